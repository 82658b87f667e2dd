#!/bin/sh
# --export -o when writing fails: a missing or read-only folder, a device,
# a full disk, a file size limit. Each time: status 1, a message naming the
# file and the reason, no temporary file left, an existing file untouched.
. "$top_srcdir/tests/cli/lib.sh"
MNT="$TMP/mnt"
mkdir "$MNT"
trap 'umount "$MNT" 2>/dev/null; rm -rf "$TMP"' EXIT
A=000_bb48c70955bb72ea

skip() {	# skip DESCRIPTION REASON
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

# temps DIR: the temporary files export left in DIR.
temps() {
	ls -a "$1" | grep -c 'tandem-'
}

# An article of about 200 kB, too big for a 64 kB disk.
mkdir "$TMP/big"
perl -e 'print "MINSK, 1. Juni (BelTA) - Der Präsident sprach.\n"; print "Absatz $_ über den Handel mit der Region.\n\n" for 1 .. 5000' \
	>"$TMP/big/big.txt"

"$TANDEM" --export $A -o "$TMP/no/such/folder/x.txt" "$CORPUS" 2>"$TMP/err"
is "$?" 1 "a missing target folder: status 1"
is "$(cat "$TMP/err")" "tandem: $TMP/no/such/folder/x.txt: No such file or directory" "  and the file and the reason are named"

# As root a broken tandem could replace /dev/full: root tests on its own node.
full=/dev/full
if [ "$(id -u)" = 0 ] && mknod "$TMP/dev-full" c 1 7 2>/dev/null; then
	full=$TMP/dev-full
fi
for force in "" --force; do
	"$TANDEM" --export $A -o "$full" $force "$CORPUS" 2>"$TMP/err"
	is "$?" 1 "-o /dev/full ${force:-without --force}: status 1"
	is "$(cat "$TMP/err")" "tandem: $full: not a regular file (tandem writes only regular files)" \
		"  saying a device is not a file tandem writes"
	test -c "$full"
	ok $? "  /dev/full is still the device"
	is "$(temps "$(dirname "$full")")" 0 "  and no temporary file was made beside it"
done
"$TANDEM" --export $A -o "$TMP" --force "$CORPUS" 2>"$TMP/err"
is "$(cat "$TMP/err")" "tandem: $TMP: is a folder, not a file" "-o naming a folder is refused, with --force too"

"$TANDEM" --export $A "$CORPUS" >/dev/full 2>"$TMP/err"
is "$?" 1 "--export to a full standard output: status 1"
is "$(cat "$TMP/err")" "tandem: standard output: No space left on device" "  saying so"
"$TANDEM" --list "$CORPUS" >/dev/full 2>"$TMP/err"
is "$(cat "$TMP/err")" "tandem: standard output: No space left on device" "--list to a full standard output says so too"

# A file size limit makes the write fail part-way on any system.
echo "keep me" >"$TMP/kept.txt"
(trap '' XFSZ; ulimit -f 20 && exec "$TANDEM" --export big -o "$TMP/kept.txt" --force "$TMP/big") 2>"$TMP/err"
is "$?" 1 "a write that fails part-way (file size limit): status 1"
is "$(cat "$TMP/err")" "tandem: $TMP/kept.txt: File too large" "  naming the file and the reason"
is "$(cat "$TMP/kept.txt")" "keep me" "  the file it was to replace is untouched"
is "$(temps "$TMP")" 0 "  and the temporary file is removed"

# A small tmpfs: a full disk and a read-only folder, where mounting is allowed.
if mount -t tmpfs -o size=64k tandem-test "$MNT" 2>/dev/null; then
	echo "keep me" >"$MNT/kept.txt"
	"$TANDEM" --export big -o "$MNT/kept.txt" --force "$TMP/big" 2>"$TMP/err"
	is "$?" 1 "a full disk (64 kB tmpfs): status 1"
	is "$(cat "$TMP/err")" "tandem: $MNT/kept.txt: No space left on device" "  naming the file and the reason"
	is "$(cat "$MNT/kept.txt")" "keep me" "  the file it was to replace is untouched"
	is "$(temps "$MNT")" 0 "  and the temporary file is removed"
	"$TANDEM" --export big -o "$MNT/new.txt" "$TMP/big" 2>/dev/null
	test ! -e "$MNT/new.txt"
	ok $? "  a new file is not left half-written"
	umount "$MNT"
else
	for d in "a full disk (64 kB tmpfs)" "  naming the file" "  the file is untouched" "  no temporary file" "  no half-written file"; do
		skip "$d" "mounting a tmpfs is not permitted here"
	done
fi
if [ "$(id -u)" != 0 ]; then
	mkdir "$TMP/ro" && chmod 555 "$TMP/ro"
	"$TANDEM" --export $A -o "$TMP/ro/x.txt" "$CORPUS" 2>"$TMP/err"
	is "$(cat "$TMP/err")" "tandem: $TMP/ro/x.txt: Permission denied" "a folder it may not write: the file and the reason are named"
elif mount -t tmpfs -o ro,size=64k tandem-test "$MNT" 2>/dev/null; then
	"$TANDEM" --export $A -o "$MNT/x.txt" "$CORPUS" 2>"$TMP/err"
	is "$(cat "$TMP/err")" "tandem: $MNT/x.txt: Read-only file system" "a folder it may not write (read-only tmpfs, as root): the file and the reason are named"
	umount "$MNT"
else
	skip "a folder it may not write" "running as root and mounting a read-only tmpfs is not permitted"
fi
done_testing
