#!/bin/sh
# --list --counterpart NAME: the --list lines of the meetings whose region or
# person NAME names, in German or English spelling (Koschemjako = Kozhemyako,
# Primorje = Primorsky Krai), newest first; none: a message and status 1.
. "$top_srcdir/tests/cli/lib.sh"
FIX=$top_srcdir/tests/data/counterpart

"$TANDEM" --no-index --list "$FIX" >"$TMP/all"
# Primorje's meetings as the whole list numbers them: 1 (2025), 3 (2023, English only),
# 5 (2021, German only), 7 (2019).
awk -F '\t' '$1 == 1 || $1 == 3 || $1 == 5 || $1 == 7' "$TMP/all" >"$TMP/primorje"
is "$(cut -f1,2,4 "$TMP/primorje")" "1	2025-05-22	primorje-2025-de
1	2025-05-22	primorje-2025-en
3	2023-09-14	primorje-2023-en
5	2021-03-03	primorje-2021-de
7	2019-07-10	primorje-2019-de
7	2019-07-10	primorje-2019-en" "the fixture: Primorje met four times, 2019 to 2025"

"$TANDEM" --no-index --list --counterpart Koschemjako "$FIX" >"$TMP/out" 2>"$TMP/err"
ok $? "--counterpart Koschemjako exits 0"
is "$(cat "$TMP/out")" "$(cat "$TMP/primorje")" \
	"  the --list lines of Primorje's four meetings, numbered as in the whole list, newest first"
is "$(cat "$TMP/err")" "" "  nothing on stderr"
for name in Kozhemyako "Oleg Kozhemyako" "Oleg Koschemjako" KOZHEMYAKO Primorje "Primorsky Krai" \
    "Region Primorje" primorye; do
	"$TANDEM" --no-index --list --counterpart "$name" "$FIX" >"$TMP/out"
	is "$(cat "$TMP/out")" "$(cat "$TMP/primorje")" "--counterpart '$name': the same four meetings"
done
"$TANDEM" --list --counterpart Kozhemyako "$FIX" >/dev/null
"$TANDEM" --list --counterpart Kozhemyako "$FIX" >"$TMP/out"
is "$(cat "$TMP/out")" "$(cat "$TMP/primorje")" "  the same through the index"

"$TANDEM" --no-index --list --counterpart Swetlow "$FIX" >"$TMP/out"
is "$(cut -f1,4 "$TMP/out")" "2	wologda-2024-de
2	wologda-2024-en" "--counterpart Swetlow: Wologda's one meeting (Vologda, Svetlov in English)"
"$TANDEM" --no-index --list --counterpart "Republic of Kalmykia" "$FIX" >"$TMP/out"
is "$(cut -f1,4 "$TMP/out")" "4	kalmykia-2022-de" "--counterpart 'Republic of Kalmykia' finds Kalmückien, German only"

"$TANDEM" --no-index --list --counterpart Nobody "$FIX" >"$TMP/out" 2>"$TMP/err"
is "$?" 1 "--counterpart Nobody: exit status 1"
is "$(cat "$TMP/err")" \
	"tandem: no meeting has the counterpart Nobody (a region or a person, in German or English spelling)" \
	"  saying no meeting has it"
is "$(cat "$TMP/out")" "" "  and printing no line"
"$TANDEM" --no-index --list --counterpart "Sergei Kozhemyako" "$FIX" >"$TMP/out" 2>/dev/null
is "$?.$(cat "$TMP/out")" "1." "--counterpart 'Sergei Kozhemyako': another first name is another person"
"$TANDEM" --no-index --list --counterpart "$(printf 'X\033[2J')" "$FIX" 2>"$TMP/err"
is "$(tr -d '\n' <"$TMP/err" | LC_ALL=C tr -d '\040-\176\200-\377')" "" "  a NAME with an escape sequence is shown inert"

"$TANDEM" --no-index --counterpart Kozhemyako "$FIX" >/dev/null 2>"$TMP/err"
is "$?" 2 "--counterpart without --list is bad usage"
is "$(head -n 1 "$TMP/err")" "tandem: --counterpart goes with --list" "  saying what it goes with"
done_testing
