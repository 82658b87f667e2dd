#!/bin/sh
# tandem --align --sentences: the sentence beads of a pair written for the
# test, whose right beads are known: 1-1, a German sentence rendered by two
# English ones (1-2) and two German ones merged into one (2-1).
. "$top_srcdir/tests/cli/lib.sh"
PAIR="$top_srcdir/tests/data/sentpair"

"$TANDEM" --align werk_de werk_en --sentences "$PAIR" >"$TMP/s"
ok $? "--align --sentences exits 0"
is "$(cut -f1,2 "$TMP/s")" "$(printf '%s\t%s\n' 1.1 1.1 1.2 1.2 2.1 2.1,2.2 2.2 2.3 3.1,3.2 3.1 4.1 4.1 4.2 4.2)" \
	"exactly the right beads, paragraph.sentence on each side"
is "$(awk -F '\t' 'NF != 3 || !($3 > 0)' "$TMP/s")" "" "  three tab-separated fields, every pair scored above 0"

"$TANDEM" --align 000_bb48c70955bb72ea 002_954a635c099c0dbf --sentences "$CORPUS" >"$TMP/seed"
ok $? "on the seeds too"
is "$(cut -f1 "$TMP/seed" | tr ',' '\n' | grep -c .)" 29 "  each of the 29 German sentences once"
is "$(cut -f2 "$TMP/seed" | tr ',' '\n' | grep -c .)" 38 "  each of the 38 English sentences once"
is "$(awk -F '\t' '$1 == ""' "$TMP/seed" | cut -f2 | tr '\n' ' ')" "2.1 2.2 4.4 9.1 9.2 9.3 9.4 9.5 " \
	"  alone: the English paragraphs 2 and 9 and the sentence 4.4, which the German lacks"

"$TANDEM" --list --sentences "$PAIR" >/dev/null 2>"$TMP/err"
is "$?" 2 "--sentences without --align is bad usage"
grep -q "^tandem: --sentences goes with --align$" "$TMP/err"
ok $? "  saying why"
"$TANDEM" --help | grep -q -- "--sentences"
ok $? "--help names --sentences"

done_testing
