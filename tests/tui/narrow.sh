#!/bin/sh
# At 60x20 and narrower: the list's status line keeps the position and the
# hint at the problems (!) whole, leaving the counts out first; the problems
# view and the export prompt end their lines at the screen's edge.
. "$top_srcdir/tests/tui/lib.sh"

C=$WORK/corpus
mkdir -p "$C"
cp "$CORPUS"/*.txt "$top_srcdir/tests/data/hostile/binary.txt" "$top_srcdir/tests/data/hostile/cp1252.txt" "$C"
printf '[general]\nthis is no setting\n' >"$WORK/bad.ini"

# status_is TEXT: the status line is TEXT, trailing blanks aside.
status_is() {
	[ "$(status_line | sed 's/ *$//')" = "$1" ]
}

# cursor_at COLUMN ROW: the terminal's cursor is there (0 the first of each).
cursor_at() {
	[ "$(t display-message -p -t tandem '#{cursor_x},#{cursor_y}')" = "$1,$2" ]
}

# widest: the display width of the widest screen row, trailing blanks aside.
widest() {
	screen | perl -CSD -ne '
		chomp; s/ +$//;
		my $wide = () = /[\p{Ea=W}\p{Ea=F}]/g;
		my $w = length($_) + $wide;
		$max = $w if $w > ($max // 0);
		END { print $max // 0, "\n" }'
}

start 60 20 "'$TANDEM' '$C'"
wait_for "meetings"
check "60x20: the status line keeps 1/4 and the whole ! hint, the articles left out" \
	poll status_is "1/4 · 4 meetings, 1 skipped, 1 repaired · ! shows why"
resize 45 20
check "45x20: the meetings left out too (1/4 says how many)" \
	poll status_is "1/4 · 1 skipped, 1 repaired · ! shows why"
resize 20 20
check "20x20: only the position and the hint are left" poll status_is "1/4 · ! shows why"
resize 60 20
keys !
check "60x20: ! still opens the problems view" wait_for "tandem: problems"
keys q Q
wait_exit

start 20 20 "'$TANDEM' --config bad.ini '$C'"
wait_for "syntax"
keys j k
check "20x20, with a settings problem too: the hint in its short form, whole" \
	poll status_is "1/4 · ! 3 problems"
keys Q
wait_exit

start 60 20 "'$TANDEM' '$CORPUS'"
wait_for "meetings"
check "60x20 without problems: the counts fit and are all there" \
	poll status_is "1/3 · 3 meetings, 5 articles, 0 skipped, 0 repaired"
resize 30 20
check "30x20: the counts of no problems are left out first" poll status_is "1/3 · 3 meetings, 5 articles"
keys Q
wait_exit
# The problems view: a name with umlauts and wide characters, and one too
# long for a row, which the view wraps itself, indented.
P=$WORK/problems
mkdir -p "$P"
cp "$CORPUS"/*.txt "$P"
cp "$top_srcdir/tests/data/hostile/binary.txt" "$P/größe_日本.txt"
cp "$top_srcdir/tests/data/hostile/cp1252.txt" "$P/Verkehrsinfrastrukturentwicklungsgesellschaft_Übersicht.txt"
umlauts=$(printf 'ü%.0s' $(seq 70))
cp "$top_srcdir/tests/data/hostile/binary.txt" "$P/$umlauts.txt"
start 60 20 "'$TANDEM' '$P'"
wait_for "meetings"
keys !
wait_for "tandem: problems"
check "60x20 problems: the long name from column 1 of row 4" \
	wait_column "Verkehrsinfrastrukturentwicklungsgesellschaft_Übersicht" 1 4
check "  the rest of its line on row 5 in column 3, as the view wraps, not the terminal" \
	wait_column "txt: not UTF-8, read as Windows-1252" 3 5
check "  größe_日本.txt from column 1 of row 6" wait_column "größe_日本.txt" 1 6
check "  its reason after the wide characters, in column 15" wait_column ": binary file, not text" 15 6
check "  a name of 70 ü without a break: 56 of them on row 7, the last in column 56" \
	test "$(char_at 56 7)$(char_at 57 7)" = "ü "
check "  the other 14 from column 3 of row 8" wait_column "üüüüüüüüüüüüüü.txt: binary file, not text" 3 8
check "  no row wider than 60 columns" test "$(widest)" -le 60
check "  the status line from column 0" wait_column "q close" 0
keys q Q
wait_exit

# The export prompt: the pair's name fits, a longer one scrolls, the overwrite question is cut.
first=03-20_kalmückien_de-en_002-954a635c099c0dbf.txt
start 60 20 "'$TANDEM' '$CORPUS'"
wait_for "meetings"
open_meeting "Kalm"
wait_for "EN 1/2"
above=$(row 19)
keys E
check "60x20 export: the pair's name from column 11" wait_column "$first" 11
check "  _de-en after the umlaut, in column 27" wait_column "_de-en_" 27
check "  the cursor after the name, in column 58" \
	poll cursor_at 58 19
keys -l "_längere_fassung"
check "  a longer name scrolls: fassung.txt... in the last columns, fassung in column 52" \
	wait_column "fassung" 52
check "  … in column 11 for what went out of sight on the left" wait_column "…" 11
check "  the cursor in the last column" poll cursor_at 59 19
check "  the last letter of the name in column 58" test "$(char_at 58 20)" = g
check "  no row wider than 60 columns" test "$(widest)" -le 60
check "  the row above is as it was: nothing wrapped into the next line" test "$(row 19)" = "$above"
keys C-u
keys -l "$first"
keys Enter
wait_file "$WORK/$first"
keys E
wait_for "Export to:"
keys Enter
check "  the overwrite question ends whole in the last column: overwrite? (y/n) in column 44" \
	wait_column "overwrite? (y/n)" 44
check "  the name before it cut with …" wait_column "… exists;" 34
check "  ) in the last column" test "$(char_at 59 20)" = ")"
check "  no row wider than 60 columns" test "$(widest)" -le 60
keys n Q
wait_exit
finish
