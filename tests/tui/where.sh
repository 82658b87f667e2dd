#!/bin/sh
# The reader opens at the first row of the aligned text, and each pane's
# header says whether there is text above (▲) and below (▼) the screen, at
# 120x40, 80x24 and 60x20: ▼ alone at the top, ▲ alone at the end (where
# the status line says END), and both in between.
. "$top_srcdir/tests/tui/lib.sh"

# The Kalmykia meeting with BelTA's English write-up only: its first three
# paragraphs have no German counterpart, so the first row is English alone.
mkdir "$WORK/kalm"
cp "$CORPUS"/000_bb48c70955bb72ea.txt "$CORPUS"/004_bec5a6384e55e9b3.txt "$WORK/kalm/"

# marks_are ROW COLUMN UP DOWN: ROW holds UP in COLUMN and DOWN after it ("▲" or " ", "▼" or " ").
marks_are() {
	[ "$(char_at "$2" "$1")$(char_at $(($2 + 1)) "$1")" = "$3$4" ]
}

# pane_marks P UP DOWN: the marks at the end of pane P's details (P is de or en).
pane_marks() {
	if [ "$1" = de ]; then
		marks_are 2 "$de_marks" "$2" "$3"
	else
		marks_are "$en_header" "$en_marks" "$2" "$3"
	fi
}

# wait_marks P UP DOWN: polls until pane P shows the marks.
wait_marks() {
	poll pane_marks "$@"
}

for size in 120x40 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	left=$(((w - 1) / 2))
	start "$w" "$h" "'$TANDEM' '$WORK/kalm'"
	wait_for "1 meeting"
	keys Enter
	wait_for "DE ·"
	if [ "$w" -ge 63 ]; then
		en=$((left + 2)) de_marks=$((left - 3)) en_marks=$((w - 2)) en_header=2
		check "$size: the reader opens at the first row: English paragraph 1 on row 3, column $en" \
			wait_column "The principled position" "$en" 3
		check "$size:   beside it, (no counterpart) in column 0" wait_column "(no counterpart)" 0 3
	else
		keys L L	# stacked: German above, English below from row 13
		wait_for "Layout: stacked"
		de_marks=$((w - 2)) en_marks=$((w - 2)) en_header=12
		check "$size: stacked, the English pane starts at its paragraph 1 (row 13, column 1)" \
			wait_column "The principled position" 1 13
		check "$size:   and the German pane at the top says (no counterpart) first" wait_column "(no counterpart)" 1 3
	fi
	check "$size: at the top each pane's header ends in ▼ alone (columns $de_marks and $en_marks)" \
		wait_marks de " " "▼"
	check "$size:   the English pane's too" wait_marks en " " "▼"
	keys G
	check "$size: G: the status line says END" wait_for "END · "
	check "$size:   and the headers end in ▲ alone" wait_marks de "▲" " "
	check "$size:   the English one too" wait_marks en "▲" " "
	keys k
	check "$size: k: both marks, ▲▼, with text above and below" wait_marks de "▲" "▼"
	keys g
	check "$size: g: back at the top, ▼ alone" wait_marks de " " "▼"
	check "$size:   and the first row again" \
		wait_column "The principled position" "$([ "$w" -ge 63 ] && echo "$en" || echo 1)" \
		"$([ "$w" -ge 63 ] && echo 3 || echo 13)"
	keys Q
	wait_exit
done

# The bundled corpus, one pane at 60x20 (German only): ▼ in the last column, END and ▲ at the end.
start_tandem 60 20
open_meeting "Kalm"
wait_for "DE ·"
check "60x20, one pane: the header ends in ▼ in the last column (59)" poll marks_are 2 58 " " "▼"
keys G
check "  G: ▲ in column 58 and no ▼, as the status line says END" poll marks_are 2 58 "▲" " "
check "  (END on the status line)" wait_for "END · "
resize 120 40
check "a resize to 120x40 keeps ▲ alone, now at the end of the German pane's header (56)" \
	poll marks_are 2 56 "▲" " "
keys q
wait_for "Languages"
keys ?
check "the help says what the marks mean, on row 2 from column 1" \
	wait_column "▲ ▼ by a reader pane's details: more text above, below" 1 2
keys Q
wait_exit
finish
