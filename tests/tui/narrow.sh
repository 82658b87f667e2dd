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
finish
