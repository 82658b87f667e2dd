#!/bin/sh
# The problems view at 120x40 and 80x24: ! lists each corpus file skipped or
# repaired with its reason and each settings problem with FILE:LINE; the
# list's status line hints at it; it scrolls like the help and q or Esc
# closes it.
. "$top_srcdir/tests/tui/lib.sh"

C=$WORK/corpus
mkdir -p "$C"
cp "$CORPUS"/*.txt "$top_srcdir/tests/data/hostile/binary.txt" "$top_srcdir/tests/data/hostile/cp1252.txt" "$C"
printf '[general]\nmouse = yes\nthis is no setting\n' >"$WORK/bad.ini"
MANY=$WORK/many
mkdir -p "$MANY"
cp "$CORPUS"/*.txt "$MANY"
i=10
while [ $i -lt 60 ]; do
	: >"$MANY/empty$i.txt"
	i=$((i + 1))
done

# row_of TEXT: the screen row (1 is the top) holding TEXT.
row_of() {
	screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1
}

for size in 120x40 80x24; do
	w=${size%x*} h=${size#*x}

	start "$w" "$h" "'$TANDEM' '$C'"
	wait_for "meetings"
	check "$size: the list's status line counts the broken files and hints at !, from column 0" \
		wait_column "1/4 · 4 meetings, 6 articles, 1 skipped, 1 repaired · ! shows why" 0
	keys !
	check "$size: ! opens the problems view" wait_column "tandem: problems" 0 1
	check "$size:   its corpus heading in column 0 of row 3" wait_column "Files of the corpus" 0 3
	check "$size:   the skipped file and its reason in column 1 of row 4" \
		wait_column "binary.txt: binary file, not text" 1 4
	check "$size:   the repaired file and its reason in column 1 of row 5" \
		wait_column "cp1252.txt: not UTF-8, read as Windows-1252" 1 5
	check "$size:   everything fits: the status line says q close, from column 0" wait_column "q close" 0
	check "$size:   and no settings section without settings problems" screen_lacks "The settings"
	resize 40 10
	check "40x10: a reason too long for the row wraps, indented: Windows-1252 in column 3 of row 6" \
		wait_column "Windows-1252" 3 6
	check "  nothing is cut" screen_lacks "…"
	resize "$w" "$h"
	check "$size again: the repaired file on one row" wait_column "cp1252.txt: not UTF-8, read as Windows-1252" 1 5
	keys q
	check "$size: q closes it: the list is back" wait_for "! shows why"
	keys !
	wait_for "tandem: problems"
	keys Escape
	check "$size: Esc closes it too" wait_for "! shows why"
	keys Q
	wait_exit

	start "$w" "$h" "'$TANDEM' --config bad.ini '$CORPUS'"
	wait_for "meetings"
	keys j k
	check "$size: with a settings problem only, the status line says how many and hints at !" \
		wait_column "1/3 · 3 meetings, 5 articles, 0 skipped, 0 repaired · ! shows 1 problem" 0
	keys !
	wait_for "tandem: problems"
	check "$size: the settings heading in column 0 of row 3" wait_column "The settings" 0 3
	check "$size:   the syntax error with its file and line in column 1 of row 4" \
		wait_column "bad.ini:3: syntax error: expected [section] or key = value;" 1 4
	if [ "$w" -ge 100 ]; then
		check "$size:   and what follows on the same row: iniparser reads none of the file" \
			wait_column "bad.ini:3: syntax error: expected [section] or key = value; using the defaults" 1 4
	else
		check "$size:   and what follows wrapped, indented: iniparser reads none of the file" \
			wait_column "defaults" 3 5
	fi
	check "$size:   no corpus section for a sound corpus" screen_lacks "Files of the corpus"
	keys q
	keys Q
	wait_exit

	rows=$((h - 3))
	total=51
	start "$w" "$h" "'$TANDEM' '$MANY'"
	wait_for "meetings"
	keys !
	wait_for "tandem: problems"
	check "$size: 50 broken files do not fit: the view says it scrolls, $rows/$total, from column 0" \
		wait_column "j/k scroll · q close · $rows/$total" 0
	check "$size:   the last file is below the screen" screen_lacks "empty59.txt"
	paged=$((rows * 2))
	[ $paged -le $total ] || paged=$total
	keys Space
	check "$size: Space scrolls a page: $paged/$total" wait_column "j/k scroll · q close · $paged/$total" 0
	keys G
	check "$size: G scrolls to the end: empty59.txt in column 1 of the last row above the status line" \
		wait_column "empty59.txt: empty file" 1 $((h - 1))
	check "$size:   the status line says $total/$total" wait_column "j/k scroll · q close · $total/$total" 0
	keys k
	check "$size: k scrolls up a row" wait_column "empty58.txt: empty file" 1 $((h - 1))
	keys g
	check "$size: g goes back to the top: empty10.txt on row 4" wait_column "empty10.txt: empty file" 1 4
	resize 40 10
	check "40x10: the status line counts the rows of the smaller screen: 7/$total" \
		wait_column "j/k scroll · q close · 7/$total" 0
	resize "$w" "$h"
	check "$size again: still on top: empty10.txt on row 4" wait_column "empty10.txt: empty file" 1 4
	keys !
	check "$size: ! closes it again" wait_for "! shows why"
	keys Q
	wait_exit
done
finish
