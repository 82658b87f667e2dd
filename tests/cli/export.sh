#!/bin/sh
# tandem --export: the cleaned article as text, wrapped by display columns,
# written atomically and never over an existing file unasked.
. "$top_srcdir/tests/cli/lib.sh"

"$TANDEM" --export 000_bb48c70955bb72ea "$CORPUS" >"$TMP/plain"
ok $? "--export exits 0"
is "$(sed -n 1,8p "$TMP/plain")" "Title: Bei einem Treffen mit dem Oberhaupt der Republik Kalmückien Batu Chassikow hat der belarussische Präsident Alexander Lukaschenko die Intensivierung der Kontakte mit dieser russischen Region festgestellt
Date: --03-20
Place: Minsk
Region: Kalmückien
Person: Batu Chassikow
Source: BelTA
Language: de" "a header: title, date, place, counterpart, source, language, then a blank line"
is "$(sed '1,/^$/d' "$TMP/plain" | grep -c .)" 9 "then the 9 paragraphs, one line each"

"$TANDEM" --export 000_bb48c70955bb72ea --width 40 "$CORPUS" >"$TMP/w40"
is "$(sed '1,/^$/d' "$TMP/w40" | max_columns /dev/stdin)" 40 "--width 40: no body line over 40 display columns, and some reach 40"
is "$(sed '1,/^$/d' "$TMP/w40" | tr -d ' \n')" \
   "$(sed '1,/^$/d' "$TMP/plain" | tr -d ' \n')" "  every word of the cleaned text is kept, in order"
b=$(sed '1,/^$/d' "$TMP/w40" | awk '{ if (length($0) > m) m = length($0) } END { print m }' LC_ALL=C)
[ "$b" -gt 40 ]
ok $? "  (some lines are over 40 bytes: columns, not bytes, were counted)"

"$TANDEM" --export 001_994465b2fab599f9 "$CORPUS" >"$TMP/001"
is "$(grep -c '^„Unser Handelsumsatz betrug früher' "$TMP/001")" 1 "001: a repeated paragraph appears once"
is "$(grep -c '^Straßenbau$' "$TMP/001")" 1 "001: the repeated run appears once"

"$TANDEM" --export 000_bb48c70955bb72ea.txt -o "$TMP/out.txt" "$CORPUS"
ok $? "-o writes a file"
cmp -s "$TMP/out.txt" "$TMP/plain"
ok $? "  holding what stdout would"
echo "keep me" >"$TMP/old.txt"
"$TANDEM" --export 000_bb48c70955bb72ea -o "$TMP/old.txt" "$CORPUS" 2>"$TMP/err"
is "$?" 1 "-o refuses an existing file with status 1"
is "$(cat "$TMP/old.txt")" "keep me" "  and leaves it as it was"
grep -q "^tandem: $TMP/old.txt: file exists" "$TMP/err"
ok $? "  saying which file and why"
is "$(ls "$TMP" | grep -c tandem-)" 0 "  no temporary file is left"
"$TANDEM" --export 000_bb48c70955bb72ea -o "$TMP/old.txt" --force "$CORPUS"
cmp -s "$TMP/old.txt" "$TMP/plain"
ok $? "--force replaces it"
"$TANDEM" --export 000_bb48c70955bb72ea -o "$TMP/no/such/dir/x.txt" "$CORPUS" 2>"$TMP/err"
is "$?" 1 "a missing target folder exits 1"
grep -q "x.txt: No such file or directory" "$TMP/err"
ok $? "  naming the file and the reason"
"$TANDEM" --export nosuch "$CORPUS" 2>"$TMP/err"
is "$?" 1 "an unknown article exits 1"
grep -q "^tandem: nosuch: no such article" "$TMP/err"
ok $? "  saying so"
done_testing
