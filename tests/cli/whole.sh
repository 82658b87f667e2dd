#!/bin/sh
# Exports keep everything: whole titles in --export and --list, header
# lines wrapped to --width like the body, and a pair export that starts
# with both articles' title, date, source and name.
. "$top_srcdir/tests/cli/lib.sh"
DE=000_bb48c70955bb72ea EN=002_954a635c099c0dbf
TITLE="Bei einem Treffen mit dem Oberhaupt der Republik Kalmückien Batu Chassikow hat der belarussische Präsident Alexander Lukaschenko die Intensivierung der Kontakte mit dieser russischen Region festgestellt"

"$TANDEM" --export $DE "$CORPUS" >"$TMP/plain"
is "$(head -n 1 "$TMP/plain")" "Title: $TITLE" "--export: the whole title of 000, not cut with …"
"$TANDEM" --list "$CORPUS" >"$TMP/list"
is "$(awk -F '\t' -v a=$DE '$4 == a { print $5 }' "$TMP/list")" "$TITLE" "--list: the whole title of 000"
is "$(grep -c '…' "$TMP/list")" 0 "  no title of the list is cut with …"

"$TANDEM" --export $DE --width 40 "$CORPUS" >"$TMP/w40"
is "$(max_columns "$TMP/w40")" 40 "--export --width 40: no line wider than 40 columns, header included"
is "$(sed -n '/^Date: /q; p' "$TMP/w40" | wc -l | tr -d ' ')" 6 "  the 209-column Title: line is wrapped to 6 lines"
is "$(sed '/^Date: /q' "$TMP/w40" | tr '\n' ' ' | sed 's/ Date: .*//')" "Title: $TITLE" \
   "  the title's lines hold the whole title, in order"
is "$(sed -n '/^Date: /,/^$/p' "$TMP/w40")" "$(sed -n '/^Date: /,/^$/p' "$TMP/plain")" \
   "  the short header lines stay as they were"

"$TANDEM" --export-pair $DE $EN "$CORPUS" >"$TMP/pair"
is "$(sed '/^$/q' "$TMP/pair" | tr '\n' ' ')" "German title: $TITLE German date: --03-20 \
German source: BelTA German article: $DE English title: Meeting with Head of Russia’s Republic of \
Kalmykia Batu Khasikov English date: - English source: president.gov.by English article: $EN  " \
   "--export-pair starts with both articles' title, date, source and name, German first, then a blank line"
[ "$(sed '/^$/q' "$TMP/pair" | max_columns /dev/stdin)" -le 100 ]
ok $? "  the header wrapped within the pair's 100 columns"
line=$(awk '/^$/ { print NR + 1; exit }' "$TMP/pair")
sed -n "${line}p" "$TMP/pair" | grep -q "^MINSK, 20. März (BelTA) .*│ Belarusian President"
ok $? "  then the pairs side by side"
"$TANDEM" --export-pair $DE $EN --width 60 "$CORPUS" >"$TMP/pair60"
[ "$(sed '/^$/q' "$TMP/pair60" | max_columns /dev/stdin)" -le 60 ] && [ "$(max_columns "$TMP/pair60")" -eq 60 ]
ok $? "--export-pair --width 60: the header too is wrapped within 60 columns"
done_testing
