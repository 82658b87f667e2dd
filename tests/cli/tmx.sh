#!/bin/sh
# --export-pair as TMX: one translation unit per sentence pair with both
# sides (--segments paragraph: per paragraph pair), well-formed XML in
# reading order with & < > escaped and umlauts kept, as many units as
# translate-toolkit reads and as --align --sentences prints pairs; the
# tmx_segments setting is the default.
. "$top_srcdir/tests/cli/lib.sh"
FIX="$top_srcdir/tests/data/tmx"
DE=000_bb48c70955bb72ea
PY=/usr/bin/python3

# python_has MODULE WHAT: whether python3 has MODULE; when not, one skip
# (a failure when TANDEM_CI is set: CI installs it) and status 1.
python_has() {
	[ -x "$PY" ] && "$PY" -c "import $1" 2>/dev/null && return 0
	n=$((n + 1))
	if [ -n "${TANDEM_CI:-}" ]; then
		echo "not ok $n - $2 is installed (TANDEM_CI is set: a skip is a failure)"
		failed=$((failed + 1))
	else
		echo "ok $n # SKIP $2 not installed"
	fi
	return 1
}

# pairs FILE: how many beads of an --align output have both sides.
pairs() {
	awk -F '\t' '$1 != "" && $2 != ""' "$1" | wc -l | tr -d ' '
}

# segs FILE: each unit of a TMX as "German<TAB>English", read by an XML
# parser (python3's own, not translate-toolkit), text unescaped.
segs() {
	"$PY" - "$1" <<'PY'
import sys
import xml.etree.ElementTree as ET
lang = '{http://www.w3.org/XML/1998/namespace}lang'
for tu in ET.parse(sys.argv[1]).getroot().iter('tu'):
    print('\t'.join(tuv.find('seg').text for tuv in tu.iter('tuv') if tuv.get(lang) in ('de', 'en')))
PY
}

"$TANDEM" --no-index --export-pair 000_de 001_en --format tmx "$FIX" >"$TMP/f.tmx"
ok $? "--export-pair --format tmx exits 0"
"$TANDEM" --no-index --align 000_de 001_en --sentences "$FIX" >"$TMP/f.align"
is "$(grep -c '<tu>' "$TMP/f.tmx")" "$(pairs "$TMP/f.align")" \
	"  one unit per sentence bead with both sides, as --align --sentences prints them"
is "$(grep -c '<tu>' "$TMP/f.tmx")" 6 "  6: the German sentence without a counterpart is no unit"
grep -q 'segtype="sentence"' "$TMP/f.tmx"
ok $? "  the header says the units are sentences"
grep -qF '<seg>Er sprach über Zölle &amp; Preise.</seg>' "$TMP/f.tmx"
ok $? "  & is escaped, umlauts stay UTF-8"
grep -qF 'für &lt;Lkw&gt; mit 5 &gt; 3 Achsen.</seg>' "$TMP/f.tmx"
ok $? "  < and > are escaped"
if python_has xml.etree.ElementTree "python3"; then
	segs "$TMP/f.tmx" >"$TMP/segs" 2>"$TMP/err"
	ok $? "  the TMX is well-formed XML"
	is "$(cat "$TMP/segs")" "MINSK, 20. März (BelTA) - Der Gouverneur des Gebiets Smolensk, Wassili Anochin, hat Minsk besucht.	MINSK, 20 March (BelTA) - Smolensk Oblast Governor Vasily Anokhin has visited Minsk.
Er sprach über Zölle & Preise.	He spoke about tariffs & prices.
Die Firma „Müller & Söhne“ liefert Bauteile für <Lkw> mit 5 > 3 Achsen.	The company \"Müller & Söhne\" supplies parts for <trucks> with 5 > 3 axles.
Der Vertrag gilt bis 2026.	The contract runs until 2026.
Lukaschenko nannte die Zusammenarbeit vorbildlich.	Lukashenko called the cooperation exemplary.
Er dankte dem Gouverneur für den Besuch. Das Treffen dauerte zwei Stunden.	He thanked the governor for the visit, which lasted two hours." \
		"  the units in reading order, German then English, the text read back as written"
fi

"$TANDEM" --no-index --export-pair 000_de 001_en --format tmx --segments paragraph "$FIX" >"$TMP/p.tmx"
ok $? "--segments paragraph exits 0"
is "$(grep -c '<tu>' "$TMP/p.tmx")" 3 "  one unit per paragraph pair: 3, the German paragraph alone is none"
grep -q 'segtype="paragraph"' "$TMP/p.tmx"
ok $? "  and the header says so"
"$TANDEM" --no-index --export-pair 000_de 001_en --format tmx --segments sentence "$FIX" >"$TMP/s.tmx"
cmp -s "$TMP/f.tmx" "$TMP/s.tmx"
ok $? "--segments sentence is the default"

"$TANDEM" --no-index --export-pair 000_de 001_en --format tmx --segments words "$FIX" >/dev/null 2>"$TMP/err"
is "$?" 2 "--segments words is bad usage"
is "$(head -n 1 "$TMP/err")" "tandem: --segments is sentence or paragraph" "  saying what it takes"
"$TANDEM" --no-index --export-pair 000_de 001_en --segments paragraph "$FIX" >/dev/null 2>"$TMP/err"
is "$?" 2 "--segments with a text export is bad usage"
grep -q "^tandem: --segments goes with --export-pair as TMX" "$TMP/err"
ok $? "  saying it goes with TMX"
"$TANDEM" --no-index --list --segments paragraph "$FIX" >/dev/null 2>&1
is "$?" 2 "--segments with --list is bad usage"
"$TANDEM" --no-index --export-pair 000_de 001_en --segments paragraph -o "$TMP/o.tmx" "$FIX"
is "$(grep -c '<tu>' "$TMP/o.tmx")" 3 "--segments with -o FILE.tmx is TMX by the name"

printf '[general]\ntmx_segments = paragraph\n' >"$TMP/para.ini"
"$TANDEM" --no-index --config "$TMP/para.ini" --export-pair 000_de 001_en --format tmx "$FIX" >"$TMP/c.tmx"
is "$(grep -c '<tu>' "$TMP/c.tmx")" 3 "tmx_segments = paragraph in the settings: paragraph units"
"$TANDEM" --no-index --config "$TMP/para.ini" --export-pair 000_de 001_en --format tmx --segments sentence \
	"$FIX" >"$TMP/c.tmx"
is "$(grep -c '<tu>' "$TMP/c.tmx")" 6 "  --segments sentence overrides it"
printf '[general]\n\ntmx_segments = words\n' >"$TMP/bad.ini"
"$TANDEM" --no-index --config "$TMP/bad.ini" --export-pair 000_de 001_en --format tmx "$FIX" \
	>"$TMP/c.tmx" 2>"$TMP/err"
is "$(cat "$TMP/err")" "tandem: $TMP/bad.ini:3: bad value for tmx_segments: \"words\" (want sentence or paragraph); the default sentence is used" \
	"a bad tmx_segments is named with its file and line"
is "$(grep -c '<tu>' "$TMP/c.tmx")" 6 "  and the default, sentence units, used"

"$TANDEM" --no-index --export-pair $DE 002_954a635c099c0dbf -o "$TMP/seed.tmx" "$CORPUS"
ok $? "-o FILE.tmx of two seeds writes the file"
"$TANDEM" --no-index --export-pair $DE 002_954a635c099c0dbf -o "$TMP/seed.tmx" "$CORPUS" 2>/dev/null
is "$?" 1 "  and does not overwrite it unasked"
"$TANDEM" --no-index --align $DE 002_954a635c099c0dbf --sentences "$CORPUS" >"$TMP/seed.align"
if python_has translate.storage.tmx "translate-toolkit (python3-translate)"; then
	"$PY" - "$TMP/seed.tmx" >"$TMP/tt" 2>&1 <<'PY'
import sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(len([u for u in store.units if u.source and u.target]))
PY
	ok $? "  translate-toolkit loads it without error"
	is "$(cat "$TMP/tt")" "$(pairs "$TMP/seed.align")" \
		"  and reads one unit per sentence bead with both sides of --align --sentences"
	is "$(cat "$TMP/tt")" 29 "  29 of them"
fi
done_testing
