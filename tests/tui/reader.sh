#!/bin/sh
# The reader at 120x40: the Kalmykia pair side by side, the rule in one column.
. "$top_srcdir/tests/tui/lib.sh"

list_has_kalmykia_languages() {
	screen | grep 'Kalm' | grep -q 'DE EN EN'
}

left_has() {
	pane_text left | grep -qF -- "$1"
}

right_has() {
	pane_text right | grep -qF -- "$1"
}

# Every row above the status line has the rule, all in one column.
rule_straight() {
	cols=$(rule_columns | sort -u)
	[ "$(echo "$cols" | wc -l)" -eq 1 ] && [ "$cols" != none ]
}

start_tandem 120 40
check "the status line counts meetings and articles" wait_for "3 meetings, 5 articles, 0 skipped"
check "the list shows the Kalmykia meeting held in DE EN EN" list_has_kalmykia_languages
open_meeting "Kalm"
check "Enter on the Kalmykia row opens the reader" wait_for "│"
check "the German pane (left) shows Kalmückien" left_has "Kalmückien"
check "the English pane (right) shows Kalmykia" right_has "Kalmykia"
check "the English header says EN 1/2" right_has "EN 1/2"
check "on every row the rule stands in the same column" rule_straight
keys c
check "c shows the second English article (EN 2/2)" wait_for "EN 2/2"
check "  and the rule still stands in one column" rule_straight
keys Space Space
check "after two pages down the rule stands in one column" rule_straight
keys G
check "at the end the rule stands in one column" rule_straight
keys q
check "q goes back to the list" wait_for "Languages"
keys g
open_meeting "Smolensk"
check "a German-only meeting opens in one pane with a note" wait_for "no English counterpart"
check "  and without a rule" sh -c '! echo "$1" | grep -q "│"' - "$(screen)"
keys q q
check "q in the list quits" wait_exit
finish
