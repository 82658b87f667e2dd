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
keys j j j j j j j
sleep 0.2
top=$(top_left)
check "after scrolling the German pane has text on top" test -n "$top"

resize 70 20
check "at 70x20 both panes are still shown" wait_gone "v: other pane"
sleep 0.2
check "at 70x20 the words that were on top are still on top" first_word_on_top
check "at 70x20 the rule stands in one column" \
	test "$(rule_columns | sort -u | wc -l)" -eq 1

resize 12 4
check "at 12x4 the screen says the terminal is too small" wait_for "too small"

resize 50 20
check "at 50x20 one pane is shown with a key to switch" wait_for "v: other pane"
check "  and it is the German pane" wait_for "Kalmückien"
keys v
check "v shows the English pane" wait_for "EN 1/2"
keys v

resize 120 40
check "back at 120x40 the panes are side by side" wait_gone "v: other pane"
sleep 0.2
check "  and the same line is on top as before" test "$(top_left)" = "$top"
keys q
check "q goes back to the list" wait_for "Languages"
finish
