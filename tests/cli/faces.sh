#!/bin/sh
# One behaviour for both faces: --export-pair -o chooses TMX by a .tmx name
# as the reader's E key does, unless --format says otherwise; --width 0 is
# one line per paragraph, as the export_width = 0 setting is.
. "$top_srcdir/tests/cli/lib.sh"
DE=000_bb48c70955bb72ea EN=002_954a635c099c0dbf

"$TANDEM" --export-pair $DE $EN -o "$TMP/pair.tmx" "$CORPUS"
ok $? "--export-pair -o pair.tmx exits 0"
is "$(head -c 5 "$TMP/pair.tmx")" "<?xml" "  the file is TMX: it starts with <?xml"
"$TANDEM" --align $DE $EN --sentences "$CORPUS" | awk -F '\t' '$1 != "" && $2 != ""' >"$TMP/pairs"
is "$(grep -c '<tu>' "$TMP/pair.tmx")" "$(wc -l <"$TMP/pairs")" "  with a translation unit per sentence pair"
[ "$(wc -l <"$TMP/pairs")" -ge 25 ]
ok $? "  of which there are 25 or more (the seeds' close pair has 29 sentences a side)"
"$TANDEM" --export-pair $DE $EN -o "$TMP/upper.TMX" "$CORPUS"
is "$(head -c 5 "$TMP/upper.TMX")" "<?xml" "a name ending in .TMX is TMX too"

"$TANDEM" --export-pair $DE $EN --format text -o "$TMP/text.tmx" "$CORPUS"
ok $? "--format text -o text.tmx exits 0"
grep -q "Kalmückien.*│.*Kalmykia" "$TMP/text.tmx" && ! grep -q "<?xml" "$TMP/text.tmx"
ok $? "  --format wins: side-by-side text, no XML"
"$TANDEM" --export-pair $DE $EN --format tmx -o "$TMP/asked.txt" "$CORPUS"
is "$(head -c 5 "$TMP/asked.txt")" "<?xml" "--format tmx -o asked.txt gives TMX"
"$TANDEM" --export-pair $DE $EN -o "$TMP/plain.txt" "$CORPUS"
grep -q "│" "$TMP/plain.txt" && ! grep -q "<?xml" "$TMP/plain.txt"
ok $? "-o plain.txt gives side-by-side text"
"$TANDEM" --export-pair $DE $EN "$CORPUS" | grep -q "│"
ok $? "standard output gives side-by-side text"

"$TANDEM" --export $DE --width 0 "$CORPUS" >"$TMP/w0"
ok $? "--export --width 0 exits 0"
is "$(sed '1,/^$/d' "$TMP/w0" | grep -c .)" 9 "  one line per paragraph: 9 paragraphs, 9 lines"
"$TANDEM" --export $DE "$CORPUS" >"$TMP/plain"
cmp -s "$TMP/w0" "$TMP/plain"
ok $? "  the same as no --width with the default settings"

mkdir -p "$TMP/home/.config/tandem"
printf '[general]\nexport_width = 40\n' >"$TMP/home/.config/tandem/tandem.ini"
"$TANDEM" --export $DE --width 0 "$CORPUS" >"$TMP/w0set"
cmp -s "$TMP/w0set" "$TMP/plain"
ok $? "--width 0 is unwrapped even when export_width = 40 is set"
"$TANDEM" --export-pair $DE $EN "$CORPUS" >"$TMP/pair40"
is "$(max_columns "$TMP/pair40")" 40 "export_width = 40 makes --export-pair 40 columns wide, as E in the reader"
"$TANDEM" --export-pair $DE $EN --width 0 "$CORPUS" >"$TMP/pair0"
is "$(max_columns "$TMP/pair0")" 100 "--export-pair --width 0: the default 100 columns, as export_width = 0 in the reader"

"$TANDEM" --export $DE --width -1 "$CORPUS" >/dev/null 2>"$TMP/err"
is "$?" 2 "--width -1 is bad usage"
is "$(head -n 1 "$TMP/err")" "tandem: --width takes a number of columns from 0 to 10000 (0: one line per paragraph)" \
   "  saying what a width may be"
"$TANDEM" --export $DE --format tmx "$CORPUS" >/dev/null 2>"$TMP/err"
is "$?" 2 "--format with --export is bad usage"
done_testing
