#!/bin/sh
# The date_format setting changes the screen only: --list and the exports
# write YYYY-MM-DD (--MM-DD without the year) whatever it says; a bad format
# is named with its file and line, and the command still runs.
. "$top_srcdir/tests/cli/lib.sh"

PAGES=$top_srcdir/tests/data/pages
mkdir -p "$TMP/home/.config/tandem"
printf '[general]\ndate_format = %%d.%%m.%%Y\n' >"$TMP/home/.config/tandem/tandem.ini"

"$TANDEM" --list "$PAGES" >"$TMP/list" 2>"$TMP/err"
ok $? "--list with date_format = %d.%m.%Y exits 0"
is "$(grep -P '\tbelta-de\t|\tnewsby-en\t|\tpresident-en\t' "$TMP/list" | cut -f2,4 | tr '\t' ' ')" \
	"2024-11-14 belta-de
--11-14 newsby-en
- president-en" "  --list still writes YYYY-MM-DD, --MM-DD without the year, - for none"
is "$(cat "$TMP/err")" "" "  and date_format is a known key: nothing on stderr"

"$TANDEM" --list "$CORPUS" | cut -f2 >"$TMP/bundled"
is "$(sed -n 2p "$TMP/bundled")" "--03-20" "the bundled corpus lists Kalmykia as --03-20, not 20 Mar"

"$TANDEM" --export belta-de "$PAGES" >"$TMP/export" 2>"$TMP/err"
is "$(grep '^Date:' "$TMP/export")" "Date: 2024-11-14" "--export writes Date: 2024-11-14"
"$TANDEM" --export-pair belta-de belta-en "$PAGES" >"$TMP/pair" 2>>"$TMP/err"
is "$(grep 'date:' "$TMP/pair")" "German date: 2024-11-14
English date: 2024-11-14" "--export-pair writes both dates as 2024-11-14"
is "$(cat "$TMP/err")" "" "  with nothing on stderr"

printf '[general]\nmouse = yes\ndate_format = %%e %%B\n' >"$TMP/home/.config/tandem/tandem.ini"
"$TANDEM" --list "$PAGES" >"$TMP/list2" 2>"$TMP/err2"
ok $? "--list with a bad date_format still exits 0"
grep -q "^tandem: $TMP/home/.config/tandem/tandem.ini:3: bad value for date_format: \"%e %B\" (want text with " \
	"$TMP/err2"
ok $? "  and names the file, the line and the value on stderr"
grep -q "the default %e %b %Y is used$" "$TMP/err2"
ok $? "  saying the default is used"
is "$(cat "$TMP/list2")" "$(cat "$TMP/list")" "  and lists as before"
done_testing
