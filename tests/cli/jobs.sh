#!/bin/sh
# --jobs N: the corpus read in N threads gives the same output as in one;
# the jobs setting; the progress line of a long load on a terminal.
. "$top_srcdir/tests/cli/lib.sh"

# A generated corpus of 2,000 articles (a second or two), with the
# hostile fixtures among them for warnings and skipped files.
corpus=$TMP/corpus
perl "$top_srcdir/tests/bench/gencorpus" 2000 "$corpus" >/dev/null
cp "$top_srcdir"/tests/data/hostile/*.txt "$corpus/"
export TANDEM_STATE_DIR=$TMP/state

# same DESCRIPTION ARGS...: stdout and stderr of --jobs 1 and --jobs 4 are
# byte for byte the same, and not empty.
same() {
	what=$1
	shift
	"$TANDEM" --jobs 1 "$@" >"$TMP/out1" 2>"$TMP/err1"
	"$TANDEM" --jobs 4 "$@" >"$TMP/out4" 2>"$TMP/err4"
	[ -s "$TMP/out1" ] && cmp -s "$TMP/out1" "$TMP/out4" && cmp -s "$TMP/err1" "$TMP/err4"
	ok $? "$what: the same output with --jobs 1 and --jobs 4"
}

same "--list, no index" --no-index --list "$corpus"
files=$(ls "$corpus" | grep -c '\.txt$')
skipped=$(grep -c ": binary file, not text$\|: empty file$\|: no text$" "$TMP/err1")
is "$(wc -l <"$TMP/out1" | tr -d ' ') $skipped" "$((files - skipped)) 3" \
    "  every article listed, the binary, empty and blank files skipped"
same "--grep Minsk" --no-index --grep Minsk "$corpus"
same "--list on the bundled corpus" --no-index --list "$CORPUS"
same "--grep on the bundled corpus" --no-index --grep Kalmykia "$CORPUS"

# Through the index: written with 4 threads, then read with one file added
# and one changed (those two read again in threads, the rest from the index).
"$TANDEM" --no-index --jobs 1 --list "$corpus" >"$TMP/plain" 2>/dev/null
"$TANDEM" --jobs 4 --list "$corpus" >"$TMP/first" 2>/dev/null
cmp -s "$TMP/plain" "$TMP/first"
ok $? "--list writing the index with --jobs 4 equals --list without it"
first=$(ls "$corpus" | head -n 1)
cp "$corpus/$first" "$corpus/zz_added.txt"
printf '\nMinsk, 3 March. A new paragraph.' >>"$corpus/$(ls "$corpus" | sed -n 10p)"
"$TANDEM" --no-index --jobs 1 --list "$corpus" >"$TMP/plain" 2>/dev/null
"$TANDEM" --jobs 4 --list "$corpus" >"$TMP/again" 2>/dev/null
cmp -s "$TMP/plain" "$TMP/again" && ! cmp -s "$TMP/first" "$TMP/again"
ok $? "  one file added, one changed: --jobs 4 through the index equals --jobs 1 without"

# --jobs takes 1 to 256, nothing else.
for bad in 0 257 -1 two " 4" ""; do
	"$TANDEM" --jobs "$bad" --list "$CORPUS" >/dev/null 2>"$TMP/err"
	s=$?
	is "$s $(head -n 1 "$TMP/err")" "2 tandem: --jobs takes a number of threads from 1 to 256" \
	    "--jobs '$bad' is bad usage, said so"
done
"$TANDEM" --jobs 256 --no-index --list "$CORPUS" >"$TMP/out" 2>&1
ok $? "--jobs 256 works"

# The jobs setting: read as a string, a bad one named with its line.
mkdir -p "$XDG_CONFIG_HOME/tandem"
printf '[general]\njobs = 3\n' >"$XDG_CONFIG_HOME/tandem/tandem.ini"
is "$("$TANDEM" --no-index --list "$CORPUS" 2>&1 >/dev/null)" "" "jobs = 3 in the settings: no warning"
printf '[general]\njobs = 0\n' >"$XDG_CONFIG_HOME/tandem/tandem.ini"
"$TANDEM" --no-index --list "$CORPUS" >"$TMP/out" 2>"$TMP/err"
s=$?
is "$s $(cat "$TMP/err")" "0 tandem: $XDG_CONFIG_HOME/tandem/tandem.ini:2: bad value for jobs: \"0\" (want a number of threads from 1 to 256, or empty); the default (empty) is used" \
    "jobs = 0: named with its line, the default used"
rm "$XDG_CONFIG_HOME/tandem/tandem.ini"

# The progress line, on a terminal (script(1) makes stderr one), shown at
# once with TANDEM_PROGRESS_MS=0: how many files of how many, then
# grouping, then the line cleared; stdout untouched.
commas() {	# 12345 as 12,345
	echo "$1" | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta'
}
if command -v script >/dev/null 2>&1; then
	TANDEM_PROGRESS_MS=0 script -qec "'$TANDEM' --no-index --jobs 2 --list '$corpus' >'$TMP/list'" /dev/null \
	    </dev/null >"$TMP/tty" 2>&1
	files=$(commas "$(ls "$corpus" | grep -c '\.txt$')")
	listed=$(grep -c . "$TMP/list")
	tr '\r' '\n' <"$TMP/tty" | sed 's/\x1b\[K//g' | grep '^tandem: \(reading\|grouping\)' >"$TMP/lines"
	is "$(sed -n '1p;$p' "$TMP/lines")
$(grep -c "^tandem: reading [0-9,]*/$files files$" "$TMP/lines")" "tandem: reading 256/$files files
tandem: grouping $(commas "$listed") articles
8" "on a terminal: reading N/M files (every 256 and the last), then grouping"
	grep -q "^tandem: reading $files/$files files$" "$TMP/lines"
	ok $? "  up to the last file"
	grep -q "grouping $(commas "$listed") articles$(printf '\r\033')\[Ktandem: ansi-escapes.txt" "$TMP/tty"
	ok $? "  the line cleared at the end, before the warnings"
	is "$(grep -c . "$TMP/list")" "$(grep -c . "$TMP/plain")" "  and stdout is the list alone"
	TANDEM_PROGRESS_MS=0 "$TANDEM" --no-index --list "$corpus" >/dev/null 2>"$TMP/err"
	is "$(grep -c 'reading\|grouping' "$TMP/err")" 0 "stderr not a terminal: no progress line"
else
	echo "ok $((n = n + 1)) # SKIP no script(1) to make a terminal"
fi
done_testing
