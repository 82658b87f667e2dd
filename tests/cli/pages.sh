#!/bin/sh
# Pages as the news sites serve them (tests/data/pages: each site's chrome,
# invented text): what a user gets from --export and --list. The headline
# as the title, the article's date (never the day the page was fetched), the
# counterpart, no chrome line in the body and no body line lost.
. "$top_srcdir/tests/cli/lib.sh"
PAGES="$top_srcdir/tests/data/pages"

# One page a row: name|lines|date|time|region|person|meeting
#   lines    one letter a line of the page: T headline, B body (lead,
#            subheadings, speaker lines, standfirst), M metadata that is not
#            body (date line, caption, credit, source line), C chrome (menus,
#            fetch date, weather, tickers, counters, repeated headline,
#            subscribe and related-link blocks), . empty
#   date     what Date: shows: YYYY-MM-DD when the page gives the year,
#            --MM-DD when only day and month, - when none
#   time     what Time: shows, - when none, * not checked
#   meeting  pages of one meeting share it, and no other page does
PAGE_TABLE='belta-de|CCCCCCCCM.T.B.B.B.B.CCC|2024-11-14|11:40|Wologda|Kirill Swetlow|vologda
belta-en|CCCCM.T.B.B.B.B.B.C|2024-11-14|11:40|Vologda|Kirill Svetlov|vologda
president-en|T.CC.B.B.B.B.B|-|-|Vologda|Kirill Svetlov|vologda
newsby-en|CCCTBBBB|--11-14|-|Vologda|Kirill Svetlov|vologda
belta-en-video|CCCCCCM.T.B.B.B.M.C|2026-03-02|13:38|Murmansk|Roman Belyakov|murmansk
president-dash-en|TCCBBBB|--03-02|-|Murmansk|Roman Belyakov|murmansk
tatarstan-en|T.M.B.B.B.B|2023-06-05|-|Tatarstan|Rinat Sabirov|tatarstan
kondrashov-en|T.B.B.B.B..C.C|--06-05|-|Tatarstan|Rinat Sabirov|tatarstan
freiland-de|T.M.B.B.B.B.C.M.C.M|--06-02|-|Pskow|Anton Kolessow|pskov
panafrican-en|TBMBBBB|--06-02|-|Pskov|Anton Kolesov|pskov
pozirk-en|TBBBBBCCCCCCCC|--04-03|-|Tver|Gennady Zimin|tver
press-release-en|TM.B.B.B.B.CCCCC|2024-11-18|*|Kostroma|Yegor Malinin|kostroma
ctv-en|T.C.B.B.BBBB|--10-18|-|Bashkortostan|Timur Valiev|bashkortostan
mobile-belta-de|C.M.T.B.B.B.B.CCCC|2019-07-16|12:48|Primorje|Oleg Sinizyn|primorye
soyuz-en|T.M.M.B.B.B.B|--03-20|14:25|Kalmykia|Arslan Dordzhiev|kalmykia
belta-de-bare|.BBBB|--03-20|-|Kalmückien|Arslan Dordschijew|kalmykia
radiobelarus-de|T....B.B.B.B|-|-|Archangelsk|Wiktor Lapin|arkhangelsk
belnovosti-de|BBBBBCC|-|-|Brjansk|Juri Bogatow|bryansk
newsby-related-en|CTBBBBCCCC|--05-22|-|Yaroslavl|Mikhail Yevrayev|yaroslavl
uaside-en|CCCC..T.MC.B.B.B|2023-05-24|09:41|Ryazan|Pavel Malkov|ryazan'

# The lines of page $1 whose letter in $2 is one of $3, white space squeezed
# as tandem squeezes it, empty ones left out.
lines_of() {
	awk -v l="$2" -v want="$3" '{
		c = substr(l, NR, 1)
		if (index(want, c) == 0) next
		gsub(/[ \t]+/, " "); sub(/^ /, ""); sub(/ $/, "")
		if ($0 ~ /[[:alnum:]]/) print
	}' "$1"
}

field() {	# field FILE NAME: the value of "NAME: value" in an export's header
	sed -n "1,/^\$/s/^$2: //p" "$1"
}

check_page() {	# check_page NAME LINES DATE TIME REGION PERSON
	name=$1 page="$PAGES/$1.txt" out="$TMP/$1.out"
	is "$(awk 'END { print NR }' "$page")" "${#2}" "$name: the table has a letter for each line of the page"
	"$TANDEM" --no-index --export "$name" "$PAGES" >"$out" 2>"$TMP/$name.err" </dev/null
	ok $? "$name: --export exits 0"
	sed '1,/^$/d' "$out" | grep . >"$TMP/$name.body"
	lines_of "$page" "$2" T >"$TMP/$name.title"
	title=$(field "$out" Title)
	if [ -s "$TMP/$name.title" ]; then
		is "$title" "$(cat "$TMP/$name.title")" "$name: Title: is the headline, whole: $(cat "$TMP/$name.title")"
	else
		core=${title%…}
		lead=$(lines_of "$page" "$2" B | head -n 1)
		case "$lead" in
		*"$core"*) ok 0 "$name: no headline: Title: is the lead's first words ($title)" ;;
		*) ok 1 "$name: no headline: Title: is the lead's first words ($title)" ;;
		esac
	fi
	is "$(field "$out" Date)" "$3" "$name: Date: $3, the article's date, not the day the page was fetched"
	if [ "$4" != "*" ]; then
		is "$(field "$out" Time)" "$(echo "$4" | sed 's/^-$//')" "$name: Time: $4"
	fi
	is "$(field "$out" Region)" "$5" "$name: Region: $5"
	is "$(field "$out" Person)" "$6" "$name: Person: $6"
	lines_of "$page" "$2" CM >"$TMP/$name.chrome"
	awk 'NR == FNR { c[NR] = $0; nc = NR; next }
	    { for (i = 1; i <= nc; i++) if ($0 == c[i] || index($0, c[i] " ") == 1) print c[i] }' \
	    "$TMP/$name.chrome" "$TMP/$name.body" >"$TMP/$name.left"
	is "$(cat "$TMP/$name.left")" "" "$name: no chrome, date, caption or credit line of the page is (or opens) a paragraph of the body"
	lines_of "$page" "$2" B >"$TMP/$name.want"
	is "$(grep -Fx -f "$TMP/$name.want" "$TMP/$name.body")" "$(cat "$TMP/$name.want")" \
	    "$name: every body paragraph of the page is in the export, whole and in order"
}

echo "$PAGE_TABLE" >"$TMP/table"
while IFS='|' read -r name lines date time region person meeting; do
	check_page "$name" "$lines" "$date" "$time" "$region" "$person"
done <"$TMP/table"

"$TANDEM" --no-index --list "$PAGES" >"$TMP/list" 2>"$TMP/list.err"
ok $? "--list on the pages exits 0"
is "$(cat "$TMP/list.err")" "" "  with nothing on stderr"
is "$(cut -f4 "$TMP/list" | sort)" "$(cd "$PAGES" && ls *.txt | sed 's/\.txt$//' | sort)" \
    "  one line per page, each page once (the README is no article)"
is "$(cut -f1 "$TMP/table" -d'|' | sort)" "$(cut -f4 "$TMP/list" | sort)" "  and the table above has every page"
while IFS='|' read -r name lines date time region person meeting; do
	row=$(awk -F '\t' -v n="$name" '$4 == n' "$TMP/list")
	is "$(echo "$row" | cut -f2,5)" "$(field "$TMP/$name.out" Date)	$(field "$TMP/$name.out" Title)" \
	    "  $name: the list shows the date and title the export shows"
done <"$TMP/table"

# Meetings: pages of one meeting under one number, no other page with it.
cut -d'|' -f7 "$TMP/table" | sort -u >"$TMP/meetings"
while IFS= read -r meeting; do
	pages=$(awk -F '|' -v m="$meeting" '$7 == m { print $1 }' "$TMP/table" | sort)
	numbers=$(awk -F '|' -v m="$meeting" '$7 == m { print $1 }' "$TMP/table" | while IFS= read -r p; do
		awk -F '\t' -v n="$p" '$4 == n { print $1 }' "$TMP/list"
	done | sort -u)
	is "$(echo "$numbers" | wc -l)" 1 "the pages of the $meeting meeting are listed as one meeting: $(echo $pages)"
	is "$(awk -F '\t' -v m="$(echo "$numbers" | head -n 1)" '$1 == m { print $4 }' "$TMP/list" | sort)" "$pages" \
	    "  and no other page is listed in that meeting"
done <"$TMP/meetings"
done_testing
