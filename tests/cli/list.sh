#!/bin/sh
# tandem --list on the bundled corpus: the three meetings, in order.
. "$top_srcdir/tests/cli/lib.sh"

"$TANDEM" --list "$CORPUS" >"$TMP/list" 2>"$TMP/err"
ok $? "--list exits 0"
is "$(cut -f1,2,3,4 "$TMP/list" | tr '\t' ' ')" "1 --11-18 de 001_994465b2fab599f9
2 --03-20 de 000_bb48c70955bb72ea
2 - en 002_954a635c099c0dbf
2 --03-20 en 004_bec5a6384e55e9b3
3 --02-03 de 003_5657ae1482649044" "meetings, dates, languages and articles, newest first"
is "$(awk -F '\t' 'NF != 5' "$TMP/list")" "" "every line has five tab-separated fields"
is "$(sed -n 3p "$TMP/list" | cut -f5)" "Meeting with Head of Russia’s Republic of Kalmykia Batu Khasikov" \
	"an English title is the title line"
is "$(cat "$TMP/err")" "" "nothing on stderr for a clean corpus"

cd "$TMP" && "$TANDEM" --list >"$TMP/default" 2>&1
is "$(cat "$TMP/default")" "$(cat "$TMP/list")" "without CORPUS the bundled corpus opens, from any folder"

mkdir "$TMP/c"
cp "$CORPUS"/000_*.txt "$TMP/c/"
printf 'MINSK, 2. Mai (BelTA) - Gr\374\337e aus Minsk, sagte der Pr\344sident.' >"$TMP/c/cp1252.txt"
: >"$TMP/c/empty.txt"
mkdir "$TMP/c/folder.txt"
"$TANDEM" --list "$TMP/c" >"$TMP/list2" 2>"$TMP/err2"
ok $? "--list with bad files still exits 0"
grep -q "^tandem: cp1252.txt: not UTF-8, read as Windows-1252$" "$TMP/err2"
ok $? "a Windows-1252 file is read with a warning naming it"
grep -q "Grüße aus Minsk" "$TMP/list2"
ok $? "  and its text is right"
grep -q "^tandem: empty.txt: empty file$" "$TMP/err2"
ok $? "an empty file is skipped, named with the reason"
grep -q "^tandem: folder.txt: is a folder, not a file$" "$TMP/err2"
ok $? "a folder named .txt is skipped, named with the reason"
grep -q "000_bb48c70955bb72ea" "$TMP/list2"
ok $? "the good article still loads"

"$TANDEM" --list "$TMP/nowhere" 2>"$TMP/err3"
is "$?" 1 "a missing corpus folder exits 1"
grep -q "^tandem: $TMP/nowhere: No such file or directory$" "$TMP/err3"
ok $? "  saying which folder and why"
done_testing
