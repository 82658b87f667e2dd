#!/bin/sh
# The keys of less and vim at 120x40, 80x24 and 60x20: C-d, C-u, C-f, C-b and
# Enter move the reader, Left and Right move the focus, a reader key pressed
# in the list or in a one-language meeting says what it does, q clears a filter.
. "$top_srcdir/tests/tui/lib.sh"

# The screen on stdin without the "(no counterpart)" a filler shows on the top row only.
unlabelled() {
	sed 's/(no counterpart)/                /'
}

# rows_moved FROM TO: whether screen row FROM, as it was in $before, is now row TO, and the text moved.
rows_moved() {
	[ "$(screen | unlabelled | sed -n "${2}p")" = "$(echo "$before" | unlabelled | sed -n "${1}p")" ] &&
		[ "$(screen | sed '$d')" != "$(echo "$before" | sed '$d')" ]
}

# text_as_before: whether the rows above the status line are as in $before.
text_as_before() {
	[ "$(screen | sed '$d')" = "$(echo "$before" | sed '$d')" ]
}

# wait_moved FROM TO: polls until row FROM of $before is row TO.
wait_moved() {
	poll rows_moved "$@"
}

for size in 120x40 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	rows=$((h - 3))		# two header rows and the status line
	half=$((rows / 2))
	start_tandem "$w" "$h"
	open_meeting "Kalm"
	wait_for "focus DE"

	before=$(screen)
	keys C-d
	check "$size: C-d moves the reader half a page: row $((3 + half)) is now the first text row" \
		wait_moved $((3 + half)) 3
	keys C-u
	check "$size:   C-u moves it back: every text row is as before" poll text_as_before
	keys C-f
	check "$size: C-f moves a page: the last text row (row $((h - 1))) is now the first" wait_moved $((h - 1)) 3
	before=$(screen)
	keys C-b
	check "$size:   C-b moves a page back: the first text row is now row $((h - 1))" wait_moved 3 $((h - 1))
	before=$(screen)
	keys Enter
	check "$size: Enter in the reader moves one line down: row 4 is now row 3" wait_moved 4 3

	keys Right
	check "$size: Right moves the focus to the English pane (the status line says so)" wait_for "focus EN"
	if [ "$w" -ge 63 ]; then
		check "$size:   the English title, right of the rule, is in reverse video" \
			test "$(reverse_column 1)" -gt $((w / 2))
	else
		check "$size:   on a narrow screen the English pane is shown, from column 0" wait_column "EN 1/2" 0 2
	fi
	keys Left
	check "$size: Left moves the focus back to the German pane" wait_for "focus DE"
	if [ "$w" -ge 63 ]; then
		check "$size:   the German title, in column 0, is in reverse video" test "$(reverse_column 1)" = 0
	else
		check "$size:   on a narrow screen the German pane is shown" wait_column "DE · " 0 2
	fi

	keys q
	wait_for "Languages"
	open_meeting "18 Nov"
	wait_for "no English counterpart"
	keys c
	check "$size: c in a German-only meeting says why not, then what it does, from column 0" \
		wait_column "c: this meeting has no English article (show" 0
	keys Tab
	check "$size: Tab in a one-language meeting says why the focus stays, in the same words" \
		wait_column "Tab: this meeting has one language (move the focus" 0

	keys q
	wait_for "Languages"
	keys E
	check "$size: E in the list says it works in the reader as the reader says why, from column 0" \
		wait_column "E: works in the reader; Enter opens a meeting (export" 0
	if [ "$w" -ge 100 ]; then
		check "$size:   and what it does" wait_for "export the aligned pair: TMX for name.tmx, else text"
	else
		check "$size:   cut with … in the last column ($((w - 1)))" wait_column "…" $((w - 1))
	fi
	keys s
	check "$size: s in the list says it works in the reader" wait_column "s: works in the reader" 0
	keys Tab
	check "$size: Tab in the list says it works in the reader" wait_column "Tab: works in the reader" 0

	keys /
	wait_for "Filter:"
	keys -l "smolensk"
	keys Enter
	wait_for "1 of 3 meetings match"
	keys q
	check "$size: q with a filter clears it: the three meetings are listed again" wait_for "Kalm"
	check "$size:   the status line says a second q quits, from column 0" \
		wait_column "Filter cleared; q again quits" 0
	check "$size:   and tandem still runs" test "$(t display-message -p -t tandem '#{pane_dead}')" = 0
	keys q
	check "$size: the second q quits" wait_exit
done
finish
