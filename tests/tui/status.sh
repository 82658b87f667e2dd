#!/bin/sh
# The status line says where you are, at 120x40, 80x24 and 60x20: the
# selected meeting of the list, the paragraph on top of the reader's focused
# pane, the percent or END, the focus and sync; singulars; cut with … to fit.
. "$top_srcdir/tests/tui/lib.sh"

# status_fits: the status line is no wider than the screen ($w).
status_fits() {
	[ "$(status_line | perl -CSD -ne 'chomp; my $wide = () = /[\p{Ea=W}\p{Ea=F}]/g; print length($_) + $wide')" -le "$w" ]
}

# status_matches REGEX: the status line matches the extended regular expression.
status_matches() {
	status_line | grep -qE -- "$1"
}

# wait_status REGEX: polls until the status line matches.
wait_status() {
	poll status_matches "$1"
}

# status_ends_with_hint: "? help  q quit" ends in the last column.
status_ends_with_hint() {
	[ "$(column_of "$1")" -eq $((w - ${#1})) ]
}

for size in 120x40 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	start_tandem "$w" "$h"
	check "$size: the list's status line starts with the selected meeting of 3: 1/3" \
		wait_column "1/3 · 3 meetings, 5 articles, 0 skipped, 0 repaired" 0
	if [ "$w" -ge 70 ]; then
		check "$size:   and ends with the keys for help and quit in the last column" \
			status_ends_with_hint "? help  q quit"
	else
		check "$size:   the keys for help and quit, that do not fit, are left out whole" \
			sh -c '! echo "$1" | grep -q "help\|q qu"' - "$(status_line)"
	fi
	keys j
	check "$size: j selects meeting 2/3" wait_column "2/3 · " 0

	keys /
	wait_for "Filter:"
	keys -l "smolensk"
	keys Enter
	check "$size: with a filter the status line says 1/1 and the filter" \
		wait_column "1/1 · 1 of 3 meetings match: smolensk" 0
	keys Escape
	wait_for "Kalm"

	keys /
	wait_for "Filter:"
	keys -l "Belarus und das russische Gebiet Smolensk sollen den Handelsumsatz"
	keys Enter
	if [ "$w" -ge 120 ]; then
		check "$size: a long filter fits the status line whole" wait_for "Handelsumsatz · Esc shows all"
	elif [ "$w" -ge 80 ]; then
		check "$size: a long filter is kept whole, the counts and the Esc hint left out" \
			wait_column "1/1 · match: Belarus und das russische Gebiet Smolensk sollen den Handelsumsatz" 0
		check "$size:   and the line is no wider than the screen" status_fits
	else
		check "$size: a long filter is cut with … in the last column ($((w - 1)))" wait_column "…" $((w - 1))
		check "$size:   and the line is no wider than the screen" status_fits
	fi
	keys Escape
	wait_for "Kalm"

	open_meeting "Kalm"
	check "$size: the reader's status line from column 0: paragraph 1 of 9 on top, the percent, focus and sync" \
		wait_status "^¶ 1/9 · [0-9]+% · focus DE · sync on "
	check "$size:   and the keys for help and back in the last column" status_ends_with_hint "F1 help  q back"
	keys k
	check "$size: k at the top says so" wait_column "at the top" 0
	keys G
	check "$size: G: END on the status line, a paragraph near the last on top" wait_status "^¶ [78]/9 · END · focus DE "

	keys j
	check "$size: j at the end says so" wait_column "at the end" 0
	keys Space
	check "$size: Space at the end says so too" wait_column "at the end" 0
	keys g Tab
	check "$size: Tab: the focus is on the English pane, its paragraph 1 of 11" \
		wait_status "^¶ 1/11 · [0-9]+% · focus EN · sync on "
	keys s Down
	check "$size: s: sync off" wait_for "focus EN · sync off"
	keys s
	keys q
	wait_for "Languages"
	open_meeting "18 Nov"
	check "$size: a one-language meeting: paragraph 1 of 25 and the language, no focus or sync" \
		wait_status "^¶ 1/25 · [0-9]+% · DE  "
	keys Q
	wait_exit
done

# A corpus of one article: one meeting, one article, in the singular.
mkdir "$WORK/one"
cp "$CORPUS/000_bb48c70955bb72ea.txt" "$WORK/one/"
for size in 120x40 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$TANDEM' '$WORK/one'"
	check "$size: one article: 1/1 · 1 meeting, 1 article, in the singular, from column 0" \
		wait_column "1/1 · 1 meeting, 1 article, 0 skipped, 0 repaired" 0
	check "$size:   never 1 meetings or 1 articles" sh -c '! printf "%s\n" "$1" | grep -q "1 meetings\|1 articles"' - "$(status_line)"
	keys Q
	wait_exit
done
finish
