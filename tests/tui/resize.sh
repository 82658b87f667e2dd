#!/bin/sh
# Resizing keeps the reading position; narrow and tiny terminals still work.
. "$top_srcdir/tests/tui/lib.sh"

# The text of row 2 (the first text row) left of the rule, trimmed.
top_left() {
	pane_text left | sed -n 3p | sed 's/ *$//'
}

# The first word of $top is on the first or second text row of the left pane.
first_word_on_top() {
	word=${top%% *}
	pane_text left | sed -n '3,4p' | grep -qF -- "$word"
}

start_tandem 120 40
open_meeting "Kalm"
wait_for "│"
top=$(top_left)
# 13 rows down: past the English paragraph without a German counterpart, into German paragraph 2.
keys j j j j j j j j j j j j j
wait_gone "$top"
top=$(top_left)
check "after scrolling the German pane has text on top" test -n "$top"

resize 70 20
check "at 70x20 both panes are shown, the rule in column 34 on every row" wait_rule 34
check "at 70x20 the words that were on top are still on top" first_word_on_top

resize 12 4
check "at 12x4 the screen says the terminal is too small" wait_for "too small"

resize 50 20
check "at 50x20 one pane is shown with a key to switch" wait_for "v: other pane"
check "  and it is the German pane" wait_for "Kalmückien"
keys v
check "v shows the English pane" wait_for "EN 1/2"
keys v

resize 120 40
check "back at 120x40 the panes are side by side, the rule in column 59" wait_rule 59
check "  and the same line is on top as before" test "$(top_left)" = "$top"

# Odd sizes, with keys pressed at each, must not end the program.
for size in 1x1 2x2 5x3 19x6 20x5 21x7 62x10 63x10 64x3 200x60 1x50 80x1; do
	resize "${size%x*}" "${size#*x}"
	keys j G k Tab v c g
done
resize 120 40
check "after twelve odd sizes and keys at each tandem still runs" wait_for "│"
check "  and has not ended" test "$(t display-message -p -t tandem '#{pane_dead}')" = 0
keys q
check "q goes back to the list" wait_for "Languages"
finish
