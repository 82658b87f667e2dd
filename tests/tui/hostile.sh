#!/bin/sh
# The program on hostile input: escape sequences in articles stay on the
# screen as placeholders and never act on the terminal; a 1 MB word and a
# 1 MB line wrap in the panes, quickly, through a resize storm; a corpus
# folder deleted while open stays readable; an export to a device says why
# it failed.
. "$top_srcdir/tests/tui/lib.sh"
H="$WORK/hostile"
sh "$top_srcdir/tests/hostile/mkcorpus.sh" "$H"

# now: seconds since the epoch, to the hundredth.
now() {
	perl -MTime::HiRes=time -e 'printf "%.2f", time'
}

# within SECONDS START: whether less than SECONDS passed since START.
within() {
	perl -MTime::HiRes=time -e 'exit !(time - $ARGV[1] < $ARGV[0])' "$1" "$2"
}

# z_widths: the distinct lengths of the rows of Z on the screen.
z_widths() {
	screen | grep '^ZZZ*$' | awk '{ print length($0) }' | sort -n -u | tr '\n' ' '
}

# z_widths_are WIDTHS...: whether z_widths gives one of them.
z_widths_are() {
	got=$(z_widths)
	for want in "$@"; do
		[ "$got" = "$want" ] && return 0
	done
	return 1
}

skipped=11
[ "$(id -u)" = 0 ] || skipped=12
start 120 40 "'$TANDEM' '$H'"
t set-option -s set-clipboard on	# so that an OSC 52 that got through would show
check "the hostile corpus opens and the status line counts what was skipped and repaired" \
	wait_for "20 meetings, 29 articles, $skipped skipped, 10 repaired"
check "a title with colour codes shows them as ␛ placeholders" wait_for "␛[31mRed headline with colour␛[0m"

open_meeting "Red headline"
check "the article shows clear-screen, cursor moves and OSC sequences inert" \
	wait_for "␛[2J␛[HDer Präsident ␛[10;20Hsprach ␛]0;pwned title␇mit den Gästen."
check "  the OSC 52 clipboard write too" wait_for "␛]52;c;ZWNobyBwd25lZA==␇"
check "  and none of them acted: the title is still on the first row" \
	sh -c "tmux -L '$TMUX_SOCKET' capture-pane -p -t tandem | head -n 1 | grep -q 'Red headline'"
check "  the terminal's title was not set" test "$(t display-message -p -t tandem '#{pane_title}')" != "pwned title"
check "  nor its clipboard" test -z "$(t list-buffers)"
keys q
wait_for "Languages"

keys g
open_meeting "3 Jun"
check "a 1 MB word is cut at the pane's edge: rows of 120 Z" wait_for "$(printf '%0120d' 0 | tr 0 Z)"
t0=$(now)
resize 40 12
check "at 40 columns it is cut again into rows of 40 Z" poll z_widths_are "40 "
check "  in under 3 seconds" within 3 "$t0"
resize 120 40
wait_for "$(printf '%0120d' 0 | tr 0 Z)"
t0=$(now)
keys G
check "G goes to its end (1048576 = 8738 x 120 + 16): a row of 16 Z" wait_for "$(printf '%016d' 0 | tr 0 Z)
"
check "  in under 5 seconds" within 5 "$t0"
for size in 80x24 1x1 30x10 200x50 19x5 2x40 120x3 60x60 21x7 100x20 1x1 150x30 40x12 120x40; do
	resize "${size%x*}" "${size#*x}"
	keys k
done
resize 120 40
check "after a resize storm with it open tandem still runs" wait_for "ZZZZZZZZZZ"
check "  and the rows of Z are 120 columns again (and the last, 16)" poll z_widths_are "120 " "16 120 "
keys q
wait_for "Languages"

keys g
open_meeting "2 Jun"
t0=$(now)
keys G
check "a 1 MB line wraps and G shows its last word" wait_for "Wort110000"
check "  in under 5 seconds" within 5 "$t0"
keys q

# A corpus folder deleted while open: what is open is in memory.
cp -R "$CORPUS" "$WORK/gone"
start 120 40 "'$TANDEM' '$WORK/gone'"
wait_for "meetings"
open_meeting "Kalm"
wait_for "│"
rm -rf "$WORK/gone"
keys G
check "with its folder deleted, the open meeting still scrolls to its end" wait_for "EN 1/2"
keys c
check "  the other English article still opens" wait_for "EN 2/2"
keys q
keys g
open_meeting "Smolensk"
check "  and another meeting still opens" wait_for "Smolensk"
keys e
wait_for "Export to:"
keys Enter
check "  and still exports" wait_for "Exported to"

# An export to a device is refused with the reason. As root a broken tandem
# could replace /dev/full: root tests on its own node.
full=/dev/full
if [ "$(id -u)" = 0 ] && mknod "$WORK/dev-full" c 1 7 2>/dev/null; then
	full=$WORK/dev-full
fi
keys e
wait_for "Export to:"
keys -N 40 BSpace
keys -l "$full"
keys Enter
wait_for "overwrite? (y/n)"
keys y
check "an export to /dev/full says it is not a regular file" wait_for "Not exported: $full: not a regular file"
check "  and /dev/full is still the device" test -c "$full"
keys Q
check "Q quits" wait_exit
finish
