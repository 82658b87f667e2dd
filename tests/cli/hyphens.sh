#!/bin/sh
# Soft hyphens (U+00AD): where an exported line breaks at one it ends with
# '-'; everywhere else they are left out, and search reads across them.
. "$top_srcdir/tests/cli/lib.sh"

sh "$top_srcdir/tests/data/softhyphens.sh" "$TMP/corpus"
shy=$(printf '\302\255')

# no_soft_hyphen FILE: whether FILE holds no U+00AD (the bytes C2 AD).
no_soft_hyphen() {
	! LC_ALL=C grep -q "$shy" "$1"
}

"$TANDEM" --no-index --export 000_de --width 30 "$TMP/corpus" >"$TMP/w30"
ok $? "--export --width 30 of an article with soft hyphens exits 0"
is "$(max_columns "$TMP/w30")" 30 "  no line is over 30 display columns (Verkehrsinfrastrukturentwicklungsgesellschaft is 45)"
no_soft_hyphen "$TMP/w30"
ok $? "  and no soft hyphen (C2 AD) is in the output"
is "$(sed '1,/^$/d' "$TMP/w30" | sed -n 1,4p)" "MINSK, 20. März (BelTA) - Die
Verkehrsinfrastruktur-
entwicklungsgesellschaft von
Belarus wurde gegründet." "  the compound breaks at a soft hyphen, the line ending with a hyphen"
is "$(sed -n 1,3p "$TMP/w30")" "Title: Die Verkehrs-
infrastrukturentwicklungs-
gesellschaft von Belarus wurde" "  the title line too"
"$TANDEM" --no-index --export 000_de --width 0 "$TMP/corpus" >"$TMP/w0"
no_soft_hyphen "$TMP/w0"
ok $? "--width 0 (unwrapped): no soft hyphen in the output"
grep -q "^Die Verkehrsinfrastrukturentwicklungsgesellschaft soll neue Straßen bauen" "$TMP/w0"
ok $? "  the words are whole, with no hyphen where a soft one was"
# The body at 30 columns, each line's hyphen at a break joined up: the body unwrapped.
joined() {
	sed '1,/^$/d' "$1" | perl -CSD -0pe 's/-\n//g; s/(?<!\n)\n(?!\n)/ /g'
}
is "$(joined "$TMP/w30")" "$(joined "$TMP/w0")" "  --width 30, less the hyphens at breaks, holds the same text"

"$TANDEM" --no-index --export-pair 000_de 001_en --width 60 "$TMP/corpus" >"$TMP/pair"
ok $? "--export-pair --width 60 exits 0"
is "$(max_columns "$TMP/pair")" 60 "  no line of the side-by-side text is over 60 display columns"
no_soft_hyphen "$TMP/pair"
ok $? "  and none holds a soft hyphen"
grep -q "Die Verkehrsinfrastruktur- *│" "$TMP/pair"
ok $? "  the German column breaks the compound at a soft hyphen, with a hyphen"

"$TANDEM" --no-index --export-pair 000_de 001_en --format tmx "$TMP/corpus" >"$TMP/pair.tmx"
no_soft_hyphen "$TMP/pair.tmx"
ok $? "TMX holds no soft hyphen"
grep -q "<seg>Die Verkehrsinfrastrukturentwicklungsgesellschaft soll neue Straßen bauen" "$TMP/pair.tmx"
ok $? "  and its segments hold the words whole"

"$TANDEM" --no-index --grep Verkehrsinfrastruktur "$TMP/corpus" >"$TMP/grep"
ok $? "--grep Verkehrsinfrastruktur finds the compound split by soft hyphens: exit 0"
is "$(cut -d: -f1,2 "$TMP/grep" | tr '\n' ' ')" "000_de:1 000_de:2 " "  in both paragraphs"
no_soft_hyphen "$TMP/grep"
ok $? "  printed without soft hyphens"
is "$("$TANDEM" --no-index --grep strassen "$TMP/corpus" | cut -d: -f1,2)" "000_de:2" "--grep strassen finds Stra-ßen"

"$TANDEM" --no-index --list "$TMP/corpus" >"$TMP/list"
no_soft_hyphen "$TMP/list"
ok $? "--list prints titles without soft hyphens"
done_testing
