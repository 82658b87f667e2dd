#!/bin/sh
# c in the list narrows it to the meetings with the selected one's
# counterpart, whatever the spelling (Primorje and Primorsky, Koschemjako and
# Kozhemyako), newest first, the status line saying whose and how many;
# Esc (or q) shows all again, the meeting selected before selected again.
. "$top_srcdir/tests/tui/lib.sh"
FIX=$top_srcdir/tests/data/counterpart

# rows_are TEXT...: screen rows 2, 3, ... start with the TEXTs, and the row after the last is blank.
rows_are() {
	r=2
	for text in "$@"; do
		[ "$(column_of "$text" $r)" = 0 ] || return 1
		r=$((r + 1))
	done
	[ -z "$(row $r | tr -d ' ')" ]
}

# selected_row N: the reverse video of the selection starts in column 0 of row N.
selected_row() {
	[ "$(reverse_column "$1")" = 0 ]
}

# help_row TEXT: a row of the help holds TEXT from column 22 and the key c in column 1.
help_row() {
	r=$(screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1)
	[ -n "$r" ] && column_is "$1" 22 "$r" && column_is "c " 1 "$r"
}

for size in 120x40 80x24; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$TANDEM' '$FIX'"
	wait_for "meetings"
	select_row "3 Mar 2021"
	wait_column "5/7 · " 0
	keys c
	check "$size: c narrows the list: the status line says 3/4 · Primorje · 4 meetings, 2019–2025 from column 0" \
		wait_column "3/4 · Primorje · 4 meetings, 2019–2025 · Esc shows all" 0
	check "$size:   the keys for help and quit still end in the last column" \
		column_is "? help  q quit" $((w - 14))
	check "$size:   the rows: Primorje's meetings in either spelling, newest first, nothing else" \
		rows_are "22 May 2025" "14 Sep 2023" "3 Mar 2021" "10 Jul 2019"
	check "$size:   the English-only meeting (Primorsky, Oleg Kozhemyako) in the Counterpart column" \
		test "$(column_of "Primorsky, Ol" 3)" = "$(column_of "Counterpart" 1)"
	check "$size:   Wologda, met once, is not listed" screen_lacks "Wologda"
	check "$size:   the meeting selected stays selected (row 4)" selected_row 4
	keys j
	check "$size: j moves within the narrowed list: 4/4" wait_column "4/4 · Primorje" 0
	keys Enter
	check "$size:   Enter opens the meeting selected" wait_for "200 Traktoren"
	keys ')'
	wait_for "sentence 1/"
	keys Escape Escape	# the sentence put out, then the (empty) search
	keys q
	check "$size:   Esc in the reader and q come back to the narrowed list, not all of it" \
		wait_column "4/4 · Primorje" 0
	check "$size:   its rows unchanged" rows_are "22 May 2025" "14 Sep 2023" "3 Mar 2021" "10 Jul 2019"
	check "$size:   the same meeting selected (row 5)" selected_row 5
	keys Escape
	check "$size: Esc shows all 7 meetings again" wait_column "5/7 · 7 meetings, 10 articles" 0
	check "$size:   the rows of all meetings are back" \
		rows_are "22 May 2025" "14 Nov 2024" "14 Sep 2023" "5 Oct 2022" "3 Mar 2021" "8 Aug 2020" "10 Jul 2019"
	check "$size:   the meeting selected before c is selected again (row 6)" selected_row 6
	select_row "14 Sep 2023"
	keys c
	check "$size: c on the English-only meeting names the counterpart as it spells it" \
		wait_column "2/4 · Primorsky · 4 meetings, 2019–2025" 0
	keys q
	check "$size:   q shows all again, saying so" wait_column "Filter cleared; q again quits" 0
	check "$size:   with the meeting selected before (row 4)" selected_row 4
	select_row "14 Nov 2024"
	keys c
	check "$size: a counterpart met once: Wologda · 1 meeting, 2024" wait_column "1/1 · Wologda · 1 meeting, 2024" 0
	keys Escape
	wait_column "2/7 · 7 meetings" 0
	select_row "8 Aug 2020"
	keys c
	check "$size: c on a meeting without a counterpart says so from column 0" \
		wait_column "c: this meeting names no counterpart (show only the meetings" 0
	check "$size:   and the list stays whole" rows_are "22 May 2025" "14 Nov 2024" "14 Sep 2023" "5 Oct 2022" \
		"3 Mar 2021" "8 Aug 2020" "10 Jul 2019"
	keys '?'
	check "$size: the help lists c, and what it does in column 22" poll help_row "Show only the meetings with the selected"
	keys q
done
finish
