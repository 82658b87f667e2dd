#!/bin/sh
# The aligned reader: beads side by side, unmatched paragraphs marked and
# jumped to, the English articles best first, the panes scrolled together
# or apart, the coverage in the list, the pair exported.
. "$top_srcdir/tests/tui/lib.sh"

# row_of SIDE TEXT: the screen row (from 1) of the first line holding TEXT on one side.
row_of() {
	pane_text "$1" | grep -nF -- "$2" | head -n 1 | cut -d: -f1
}

# same_row TEXT_LEFT TEXT_RIGHT: both are on the screen, on one row.
same_row() {
	l=$(row_of left "$1")
	r=$(row_of right "$2")
	[ -n "$l" ] && [ "$l" = "$r" ]
}

# Every row above the status line has the rule, all in one column.
rule_straight() {
	cols=$(rule_columns | sort -u)
	[ "$(echo "$cols" | wc -l)" -eq 1 ] && [ "$cols" != none ]
}

# The row of TEXT on the right starts with the gutter mark; the left says "no counterpart".
marked() {
	row=$(row_of right "$1")
	[ -n "$row" ] || return 1
	line=$(screen | sed -n "${row}p")
	printf '%s\n' "$line" | grep -qF "│▌$1" && printf '%s\n' "$line" | grep -qF "(no counterpart)"
}

# The first text row of a side, trimmed.
top_of() {
	pane_text "$1" | sed -n 3p | sed 's/ *$//'
}

right_top_is() {
	[ "$(top_of right)" = "$1" ]
}

list_row_has() {
	screen | grep -F -- "$1" | grep -qF -- "$2"
}

start_tandem 120 40
check "the list fills in the share aligned: Kalmykia 100%" poll list_row_has Kalm "100% DE EN EN"
check "  and a dash for a meeting in one language" poll list_row_has Smolensk "– DE"
open_meeting "Kalm"
wait_for "│"
check "the English article that covers most comes first (002, EN 1/2)" wait_for "Meeting with Head of Russia"
check "  and the header says how much of the German article it covers" wait_for "EN 1/2 · 20 Mar · 100% aligned · president.gov.by"
check "German paragraph 2 and English paragraph 3 start on the same row" \
	same_row "Alexander Lukaschenko betonte" "Aleksandr Lukashenko emphasized"
check "the English paragraph 2 without a counterpart is marked beside the rule" marked "Welcoming the guest"
check "the rule stands in one column on every row" rule_straight

keys ']'
check "] goes to the next paragraph without a counterpart and names it" wait_for "unmatched: English 2"
check "  and puts it on top" poll right_top_is "▌Welcoming the guest, the Belarusian head of state noted"
keys ']'
check "] again: English 9" wait_for "unmatched: English 9"
check "  the rule still in one column" rule_straight
keys ']'
check "] at the last one: none left" wait_for "no more unmatched paragraphs"
keys '['
check "[ goes back: English 2" wait_for "unmatched: English 2"

keys g s
check "s: the panes scroll each on its own" wait_for "scroll each on its own"
left=$(top_of left)
right=$(top_of right)
keys j j j
check "  j scrolls the German pane (the focus)" wait_gone "$left"
check "  and leaves the English one" test "$(top_of right)" = "$right"
left=$(top_of left)
keys Tab j j j j j j
check "  Tab, j: the English pane scrolls" wait_gone "$right"
check "  and the German one stays" test "$(top_of left)" = "$left"
check "  the rule still in one column" rule_straight
keys s
check "s again: the panes scroll together" wait_for "The panes scroll together"
keys g
check "  and the beads line up again" poll same_row "Alexander Lukaschenko betonte" "Aleksandr Lukashenko emphasized"

keys c
check "c shows the other English article: EN 2/2" wait_for "EN 2/2"
check "  which covers less" wait_for "22% aligned"
check "  its first paragraph has no German counterpart" marked "The principled position of the Belarusian"
check "  the rule stands in one column on every row" rule_straight
keys c
wait_for "EN 1/2"

keys E
check "E offers a file name for the pair" wait_for "Export to: 03-20_kalmückien_de-en_002-954a635c099c0dbf.txt"
keys Enter
check "Enter writes it" wait_file "$WORK/03-20_kalmückien_de-en_002-954a635c099c0dbf.txt"
check "  side by side: German and English on one line" \
	grep -q "Kalmückien.*│.*Kalmykia" "$WORK/03-20_kalmückien_de-en_002-954a635c099c0dbf.txt"
keys E
wait_for "Export to:"
keys End BSpace BSpace BSpace
keys -l "tmx"
keys Enter
check "a name ending in .tmx writes TMX" wait_file "$WORK/03-20_kalmückien_de-en_002-954a635c099c0dbf.tmx"
check "  with translation units" grep -q "<tu>" "$WORK/03-20_kalmückien_de-en_002-954a635c099c0dbf.tmx"

resize 50 20
keys g ']'
check "one pane at a time, ] shows the English pane at English 2" wait_for "unmatched: English 2"
check "  the English paragraph on top" wait_for "Welcoming the guest"
resize 120 40
check "back side by side, it is still on top" poll right_top_is "▌Welcoming the guest, the Belarusian head of state noted"
finish
