#!/bin/sh
# tandem --align and --export-pair: the beads a user gets, side-by-side text
# whose rule stays in one column, and TMX of paragraphs that translate-toolkit
# loads (tmx.sh tests TMX of sentences).
. "$top_srcdir/tests/cli/lib.sh"
GOLD="$top_srcdir/tests/data/align"
DE=000_bb48c70955bb72ea

"$TANDEM" --align $DE 002_954a635c099c0dbf "$CORPUS" >"$TMP/a2"
ok $? "--align exits 0"
is "$(cut -f1,2 "$TMP/a2")" "$(cat "$GOLD/000_002.gold")" "000 and 002: exactly the gold beads"
is "$(awk -F '\t' 'NF != 3' "$TMP/a2")" "" "  three tab-separated fields a line"
is "$(awk -F '\t' '$1 != "" && $2 != "" && !($3 > 0)' "$TMP/a2")" "" "  every pair has a score above 0"
"$TANDEM" --align $DE 004_bec5a6384e55e9b3 "$CORPUS" >"$TMP/a4"
is "$(awk -F '\t' '$1 != "" && $2 != "" { print $1 "\t" $2 }' "$TMP/a4")" \
   "$(awk -F '\t' '$1 != "" && $2 != ""' "$GOLD/000_004.gold")" "000 and 004: only the two shared paragraphs pair"
is "$(cut -f1 "$TMP/a4" | grep -c .)" 9 "  every German paragraph appears once"
is "$(cut -f2 "$TMP/a4" | grep -c .)" 7 "  every English paragraph appears once"

TANDEM_DICTIONARY="$TMP/no-such-dictionary" "$TANDEM" --align $DE 002_954a635c099c0dbf "$CORPUS" \
	>"$TMP/nodict" 2>"$TMP/err"
ok $? "without the dictionary --align still works"
grep -q "no-such-dictionary: no German-English dictionary (Debian package trans-de-en)" "$TMP/err"
ok $? "  and says the dictionary is missing and which package has it"
pairs() {	# the beads with both sides of an --align output or a gold, as DE-EN
	awk -F '\t' '$1 != "" && $2 != "" { print $1 "-" $2 }' "$1"
}
pairs "$GOLD/000_002.gold" >"$TMP/goldpairs"
is "$(pairs "$TMP/nodict" | grep -cxF -f "$TMP/goldpairs")" 9 \
	"  by lengths, names and numbers it still finds all 9 gold pairs of a close translation"

"$TANDEM" --align 002_954a635c099c0dbf $DE "$CORPUS" 2>"$TMP/err"
is "$?" 1 "English first is refused with status 1"
grep -q "^tandem: 002_954a635c099c0dbf: not a German article (its language is en)$" "$TMP/err"
ok $? "  saying why"
"$TANDEM" --align $DE >/dev/null 2>&1
is "$?" 2 "--align with one article is bad usage"

"$TANDEM" --export-pair $DE 002_954a635c099c0dbf --width 80 "$CORPUS" >"$TMP/pair.txt"
ok $? "--export-pair as text exits 0"
is "$(max_columns "$TMP/pair.txt")" 80 "  no line is wider than 80 columns"
is "$(sed '1,/^$/d' "$TMP/pair.txt" | perl -CSD -Mutf8 -ne 'print index($_, "│"), "\n"' | sort -u)" 39 \
   "  the rule stands in column 40 on every line under the header (umlauts are one column)"
grep -q "Kalmückien" "$TMP/pair.txt" && grep -q "Kalmykia" "$TMP/pair.txt"
ok $? "  German and English side by side"
line=$(grep -n "^Alexander Lukaschenko betonte" "$TMP/pair.txt" | cut -d: -f1)
is "$(sed -n "${line}p" "$TMP/pair.txt" | sed 's/.*│ //' | cut -c1-20)" "Aleksandr Lukashenko" \
   "  German 2 and English 3 start on the same line"

"$TANDEM" --export-pair $DE 002_954a635c099c0dbf --format tmx --segments paragraph -o "$TMP/pair.tmx" "$CORPUS"
ok $? "--export-pair --format tmx --segments paragraph -o writes a file"
is "$(grep -c '<tu>' "$TMP/pair.tmx")" 9 "  one translation unit per paragraph bead with both sides"
"$TANDEM" --export-pair $DE 002_954a635c099c0dbf --format tmx --segments paragraph -o "$TMP/pair.tmx" "$CORPUS" 2>/dev/null
is "$?" 1 "  and it is not overwritten unasked"
if /usr/bin/python3 -c "import translate.storage.tmx" 2>/dev/null; then
	/usr/bin/python3 - "$TMP/pair.tmx" >"$TMP/tt" 2>&1 <<'PY'
import sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
units = [u for u in store.units if u.source]
print(len(units))
print(units[0].source[:23])
print(units[0].target[:20])
PY
	ok $? "translate-toolkit loads the TMX without error"
	is "$(cat "$TMP/tt")" "9
MINSK, 20. März (BelTA)
Belarusian President" "  and reads 9 units, German source, English target"
else
	n=$((n + 1)); echo "ok $n # SKIP translate-toolkit (python3-translate) not installed"
fi
"$TANDEM" --export-pair $DE 002_954a635c099c0dbf --format csv >/dev/null 2>&1
is "$?" 2 "an unknown --format is bad usage"
done_testing
