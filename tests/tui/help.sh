#!/bin/sh
# The help screen lists every action of the action table, and scrolls when they do not fit.
. "$top_srcdir/tests/tui/lib.sh"

actions=$top_srcdir/src/ui/actions.h

# row_of TEXT: the screen row (1 is the top) holding TEXT.
row_of() {
	screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1
}

# help_closes_with KEY: opens the help and closes it with KEY.
help_closes_with() {
	keys ?
	wait_for "tandem: keys" || return 1
	keys "$1"
	wait_for "Languages"
}

start_tandem 120 40
keys ?
check "? opens the help screen" wait_for "tandem: keys"
count=0
missing=
for description in $(sed -n 's/^[[:space:]]*ACTION([A-Z_]*, *"\([^"]*\)".*/\1/p' "$actions" | tr ' ' '~'); do
	description=$(echo "$description" | tr '~' ' ')
	count=$((count + 1))
	screen | grep -qF -- "$description" || missing="$missing; $description"
done
check "the action table has actions" test "$count" -gt 10
check "every one of the $count actions is on the help screen${missing:+ (missing$missing)}" test -z "$missing"
check "the keys are named: j, Down" wait_for "j, Down"
check "  at 120x40 every key fits: the status line says only q close, from column 0" wait_column "q close" 0
check "  and nothing about scrolling" screen_lacks "scroll"
keys q
check "q leaves the help screen" wait_for "Languages"
check "120x40: Esc opens and closes the help" help_closes_with Escape
check "120x40: F1 opens and closes the help" help_closes_with F1

for size in 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	rows=$((h - 3))
	start_tandem "$w" "$h"
	keys ?
	wait_for "tandem: keys"
	check "$size: the help says it scrolls, from column 0: j/k scroll · q close · $rows/$count" \
		wait_column "j/k scroll · q close · $rows/$count" 0
	check "$size:   Q is below the screen" screen_lacks "Quit tandem"
	keys Space
	[ $((2 * rows)) -lt "$count" ] && keys Space	# a page at a time
	check "$size: Space scrolls to the end: Q in column 1 of the last row above the status line" \
		wait_column "Q " 1 $((h - 1))
	check "$size:   Quit tandem in column 22" wait_column "Quit tandem" 22 $((h - 1))
	check "$size:   the status line says $count/$count" wait_column "j/k scroll · q close · $count/$count" 0
	keys k
	check "$size: k scrolls up a row: $((count - 1))/$count" wait_for "q close · $((count - 1))/$count"
	keys PageUp
	check "$size: PageUp goes back to the top: j, Down on row 3" wait_column "j, Down" 1 3
	keys j
	check "$size: j scrolls down a row: k, Up on row 3" wait_column "k, Up" 1 3
	keys PageDown
	check "$size: PageDown shows Q" wait_for "Quit tandem"
	if [ "$w" -lt 80 ]; then
		keys g
		wait_column "j, Down" 1 3
		long=$(row_of "Open the selected meeting")
		check "$size: a description too long for the screen is cut with … in the last column" \
			wait_column "…" $((w - 1)) "$long"
	fi
	keys Escape
	check "$size: Esc closes the help" wait_for "Languages"
	check "$size: F1 opens and closes the help" help_closes_with F1
	check "$size: ? opens and closes the help" help_closes_with ?
	check "$size: q closes the help" help_closes_with q
	keys Q
	wait_exit
done
finish
