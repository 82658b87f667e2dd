#!/bin/sh
# The persistent index: a second start shows what the first showed, and an
# edited file shows its new text; --no-index and an unwritable state folder.
. "$top_srcdir/tests/cli/lib.sh"

mkdir "$TMP/c"
cp "$CORPUS"/*.txt "$TMP/c/"
printf 'x\377\001\002' >"$TMP/c/binary.txt"
STATE=$XDG_STATE_HOME/tandem

"$TANDEM" --list "$TMP/c" >"$TMP/first" 2>"$TMP/err1"
ok $? "the first --list exits 0"
ls "$STATE"/index-* >/dev/null 2>&1
ok $? "an index is kept in \$XDG_STATE_HOME/tandem"
"$TANDEM" --list "$TMP/c" >"$TMP/second" 2>"$TMP/err2"
is "$(cat "$TMP/second")" "$(cat "$TMP/first")" "the second --list, from the index, equals the first"
is "$(cat "$TMP/err2")" "$(cat "$TMP/err1")" "  and warns about the same files"
grep -q "binary.txt: binary file" "$TMP/err2"
ok $? "  a skipped file is still named"

sed 's/Lukaschenko/Lukaschenko-Edit/' "$TMP/c/000_bb48c70955bb72ea.txt" >"$TMP/edited"
cat "$TMP/edited" >"$TMP/c/000_bb48c70955bb72ea.txt"
"$TANDEM" --export 000_bb48c70955bb72ea "$TMP/c" >"$TMP/export" 2>/dev/null
grep -q "Lukaschenko-Edit" "$TMP/export"
ok $? "an edited file shows its new text, not the indexed one"
"$TANDEM" --list --no-index "$TMP/c" >"$TMP/noindex" 2>/dev/null
"$TANDEM" --list "$TMP/c" >"$TMP/third" 2>/dev/null
is "$(cat "$TMP/third")" "$(cat "$TMP/noindex")" "after the edit, --list equals a --list without index"

rm -f "$STATE"/index-*
"$TANDEM" --list --no-index "$TMP/c" >/dev/null 2>&1
! ls "$STATE"/index-* >/dev/null 2>&1
ok $? "--no-index keeps no index"

TANDEM_STATE_DIR=$TMP/own "$TANDEM" --list "$TMP/c" >/dev/null 2>&1
ls "$TMP/own"/index-* >/dev/null 2>&1
ok $? "TANDEM_STATE_DIR chooses where the index goes"

: >"$TMP/notafolder"
TANDEM_STATE_DIR=$TMP/notafolder/x "$TANDEM" --list "$TMP/c" >"$TMP/unwritable" 2>"$TMP/err3"
ok $? "an unwritable state folder: --list still exits 0"
is "$(cat "$TMP/unwritable")" "$(cat "$TMP/noindex")" "  with the same output"
is "$(grep -c 'index not kept' "$TMP/err3")" 1 "  and one warning"

done_testing
