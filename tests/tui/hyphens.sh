#!/bin/sh
# Soft hyphens in the reader: a pane line that breaks at one ends with '-';
# elsewhere they take no column, and no pane line runs past its column.
. "$top_srcdir/tests/tui/lib.sh"

sh "$top_srcdir/tests/data/softhyphens.sh" "$WORK/corpus"

# pane_widest SIDE: the most display columns a line of the left or right pane takes.
pane_widest() {
	pane_text "$1" | sed '$d' | perl -CSD -ne 'chomp; s/\s+$//; $m = length if length > $m; END { print $m + 0, "\n" }'
}

# left_rows ROW TEXT ROW TEXT: whether the left pane's rows are those texts.
left_rows() {
	[ "$(pane_text left | sed -n "${1}p" | sed 's/ *$//')" = "$2" ] &&
		[ "$(pane_text left | sed -n "${3}p" | sed 's/ *$//')" = "$4" ]
}

# rule_in COLUMN: the rule stands in COLUMN on every row above the status line.
rule_in() {
	[ "$(rule_columns | sed '$d' | sort -u)" = "$1" ]
}

start 80 24 "'$TANDEM' --no-index '$WORK/corpus'"
wait_for "1 meeting"
keys Enter
check "80x24: the reader opens on the pair" wait_for "│"
check "  the German pane (38 columns) breaks the compound at its last soft hyphen, a hyphen ending the line" \
	left_rows 4 "Verkehrsinfrastrukturentwicklungs-" 5 "gesellschaft von Belarus wurde"
check "  the second paragraph breaks there too, its hyphen in the pane's last column" \
	left_rows 8 "Die Verkehrsinfrastrukturentwicklungs-" 9 "gesellschaft soll neue Straßen bauen"
check "  the rule stands in column 39 on every row: no pane line runs past it" rule_in 39
check "  no line of the German pane is over 38 columns" [ "$(pane_widest left)" -le 38 ]
check "  where no line breaks, a soft hyphen takes no column (Straßen is whole)" screen_has "neue Straßen bauen"
keys q q
wait_exit

start 60 20 "'$TANDEM' --no-index '$WORK/corpus'"
wait_for "1 meeting"
keys Enter
check "60x20: the reader opens one pane of 60 columns" wait_for "focus DE"
check "  it breaks the compound at a soft hyphen: the line is 52 columns, the last a hyphen" \
	[ "$(row 3 | sed 's/ *$//')" = "MINSK, 20. März (BelTA) - Die Verkehrsinfrastruktur-" ]
check "  and goes on with the rest of the word" \
	[ "$(row 4 | sed 's/ *$//')" = "entwicklungsgesellschaft von Belarus wurde gegründet." ]
check "  the other paragraph needs no break: its soft hyphens take no column" \
	[ "$(row 6 | sed 's/ *$//')" = "Die Verkehrsinfrastrukturentwicklungsgesellschaft soll neue" ]
keys q q
wait_exit
finish
