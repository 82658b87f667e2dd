#!/bin/sh
# A click selects in the list; the wheel scrolls the panes, or the one under the pointer.
. "$top_srcdir/tests/tui/lib.sh"

# mouse BUTTON X Y: an X10 mouse report (TERM=screen), 0-based cell.
mouse() {
	keys -l "$(printf '\033[M%b%b%b' \
		"\\0$(printf %o $((32 + $1)))" \
		"\\0$(printf %o $((33 + $2)))" \
		"\\0$(printf %o $((33 + $3)))")"
}

# The first text row of a pane, trimmed.
top_of() {
	pane_text "$1" | sed -n 3p | sed 's/ *$//'
}

start_tandem 120 40
wait_for "100%"	# the coverage column filled in: the first alignment loaded the dictionary
mouse 0 5 3
mouse 3 5 3
keys Enter
wait_for "no English counterpart"
check "a click on the third row selects it: Enter opens Chabarowsk" \
	sh -c 'printf "%s\n" "$1" | head -n 1 | grep -q Chabarowsk' - "$(screen)"
keys q
wait_for "Languages"
keys g
open_meeting "Kalm"
wait_for "│"
left=$(top_of left)
right=$(top_of right)
right_moved() {
	[ "$(top_of right)" != "$right" ]
}

right_back() {
	[ "$(top_of right)" = "$right" ]
}

left_moved() {
	[ "$(top_of left)" != "$left" ]
}

mouse 65 90 10
mouse 65 90 10
check "the wheel over the English pane scrolls it" poll right_moved
check "  and the German pane with it: they scroll together" poll left_moved
keys g s
wait_for "scroll each on its own"
mouse 65 90 10
mouse 65 90 10
check "with s (each on its own) the wheel over the English pane scrolls it" poll right_moved
check "  and leaves the German pane alone" test "$(top_of left)" = "$left"
mouse 64 90 10
mouse 64 90 10
check "the wheel up scrolls it back" poll right_back
finish
