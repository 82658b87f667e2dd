#!/bin/sh
# tandem --grep: each paragraph that holds the query, as the reader's search finds it.
. "$top_srcdir/tests/cli/lib.sh"

"$TANDEM" --grep kalmuckien "$CORPUS" >"$TMP/out" 2>"$TMP/err"
ok $? "--grep exits 0 when something matches"
is "$(cut -d: -f1,2 "$TMP/out" | head -n 3)" "000_bb48c70955bb72ea:1
000_bb48c70955bb72ea:2
000_bb48c70955bb72ea:3" "ARTICLE:PARAGRAPH, paragraphs numbered from 1"
grep -q "^000_bb48c70955bb72ea:3:Die Kontakte zu Kalmückien" "$TMP/out"
ok $? "  then the paragraph's text: kalmuckien (no diacritics) finds Kalmückien"
is "$(cat "$TMP/err")" "" "nothing on stderr"
n=$("$TANDEM" --grep "$(printf 'Kalmu\314\210ckien')" "$CORPUS" | wc -l)
is "$n" "$(wc -l <"$TMP/out" | tr -d ' ')" "a decomposed query (u + U+0308) finds as many paragraphs"

"$TANDEM" --grep STRASSE "$CORPUS" >"$TMP/ss"
grep -q "^001_994465b2fab599f9:[0-9]*:Straßenbau$" "$TMP/ss"
ok $? "STRASSE finds Straßenbau (full case folding: ß = ss)"
is "$("$TANDEM" --grep KHASIKOV "$CORPUS" | cut -d: -f1 | sort -u | tr '\n' ' ')" \
	"002_954a635c099c0dbf 004_bec5a6384e55e9b3 " "KHASIKOV finds both English articles"

first=$("$TANDEM" --grep KHASIKOV "$CORPUS" | grep -v '^[^:]*:0:' | head -n 1)
p=$(echo "$first" | cut -d: -f2)
a=$(echo "$first" | cut -d: -f1)
"$TANDEM" --export "$a" "$CORPUS" | sed '1,/^$/d' | awk 'BEGIN { RS = "" } { print }' | sed -n "${p}p" >"$TMP/para"
is "$(echo "$first" | cut -d: -f3-)" "$(cat "$TMP/para")" "the paragraph number is the paragraph's place in --export"

"$TANDEM" --grep "hailed as example" "$CORPUS" >"$TMP/title"
ok $? "a query only the title of 004 holds is found: exit 0"
is "$(cat "$TMP/title")" "004_bec5a6384e55e9b3:0:Belarus' principled position hailed as example for many Russians" \
	"  reported as paragraph 0 with the whole title"
is "$("$TANDEM" --grep KHASIKOV "$CORPUS" | head -n 2 | cut -d: -f1,2 | tr '\n' ' ')" \
	"002_954a635c099c0dbf:0 002_954a635c099c0dbf:1 " "a title match comes before the article's paragraphs"
is "$("$TANDEM" --grep kalmuckien "$CORPUS" | grep -c '^000_bb48c70955bb72ea:0:')" "0" \
	"a German title made from the lead sentence is not reported twice (its paragraph 1 is)"

"$TANDEM" --grep kalmueckien "$CORPUS" >"$TMP/ue"
ok $? "kalmueckien (ue typed for ü) finds something: exit 0"
is "$(grep -v ':0:' "$TMP/ue")" "$(grep -v ':0:' "$TMP/out")" "  the same paragraphs as kalmuckien: those with Kalmückien"
is "$("$TANDEM" --grep true "$CORPUS" | cut -d: -f1 | sort -u)" "004_bec5a6384e55e9b3" \
	"  while true finds true alone: not Trümmern (000), nor trucks or construction (002)"

"$TANDEM" --grep "Kalmückien" "$CORPUS" >"$TMP/full"
is "$(grep -c Kalmuckien "$TMP/full")" "0" "a query with diacritics finds only them"

"$TANDEM" --grep zzzqqq "$CORPUS" >"$TMP/none"
is "$?" "1" "no match: exit status 1 and no output"
"$TANDEM" --grep "" "$CORPUS" 2>"$TMP/err2"
is "$?" "2" "an empty query is bad usage"
done_testing
