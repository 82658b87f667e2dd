#!/bin/sh
# What does not fit is cut with … at a character, by display columns, and the
# most useful part kept: the list's columns at 120x40, 80x24 and 60x20 keep a
# blank between them and cut the counterpart and the title with …; the
# reader's header keeps the percent aligned and cuts the source at 80 and 90
# columns (its last three columns are for the marks of text above and below); a title too long for its pane ends in … in the pane's last column.
. "$top_srcdir/tests/tui/lib.sh"

# blanks_before ROW COLUMN...: the column left of each COLUMN is blank on row ROW.
blanks_before() {
	_row=$1
	shift
	for _col in "$@"; do
		[ "$(char_at $((_col - 1)) "$_row")" = " " ] || return 1
	done
}

# char_is CHARACTER COLUMN ROW: whether CHARACTER stands in COLUMN of ROW.
char_is() {
	[ "$(char_at "$2" "$3")" = "$1" ]
}

# cut_at COLUMN ROW: … in COLUMN of ROW, and a blank or the screen's end after it.
cut_at() {
	char_is "…" "$1" "$2" && char_is " " $(($1 + 1)) "$2"
}

# headers_at COLUMN...: Date, Count(erpart), Title, Aligned and Languages start in the COLUMNs.
headers_at() {
	[ "$(column_of Date 1) $(column_of Count 1) $(column_of Title 1) $(column_of Aligned 1) $(column_of Languages 1)" = "$*" ]
}

# list_blanks COLUMN...: the column left of each COLUMN is blank on the header and the three rows.
list_blanks() {
	for _r in 1 2 3 4; do
		blanks_before $_r "$@" || return 1
	done
}

# list_row TEXT: the screen row (1 is the top) of the list row holding TEXT.
list_row() {
	screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1
}

# The columns at each size: counterpart and title start, the last column of each.
for size in 120x40 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	case $size in
	120x40) cp=12 cp_end=39 title=41 title_end=98 aligned=100 langs=108 ;;
	80x24) cp=12 cp_end=26 title=28 title_end=58 aligned=60 langs=68 ;;
	60x20) cp=12 cp_end=19 title=21 title_end=38 aligned=40 langs=48 ;;
	esac
	start_tandem "$w" "$h"
	wait_for "DE EN EN"
	check "$size: the column headers start in columns 0, $cp, $title, $aligned and $langs" \
		headers_at 0 "$cp" "$title" "$aligned" "$langs"
	r=$(list_row Kalm)
	check "$size: a title too long for its column ends in … in column $title_end, a blank after it" \
		poll cut_at "$title_end" "$r"
	check "$size:   every column has a blank on its left, on the header and on each row" \
		list_blanks "$cp" "$title" "$aligned" "$langs"
	if [ "$w" -lt 120 ]; then
		check "$size: the counterpart is cut with … in column $cp_end, never run into the title" \
			cut_at "$cp_end" "$r"
	else
		check "$size: the counterpart fits whole: Kalmückien, Batu Chassikow from column $cp" \
			wait_column "Kalmückien, Batu Chassikow " "$cp" "$r"
	fi
	check "$size:   and never as SmolenskW: the name is either whole or cut with …" screen_lacks "SmolenskW"
	keys Q
	wait_exit
done

# The reader's header: "EN 1/2 · 20 Mar · 100% aligned · president.gov.by".
for size in 120x40 90x30 80x24; do
	w=${size%x*} h=${size#*x}
	left=$(((w - 1) / 2))
	en=$((left + 2))	# the English pane's first column
	start_tandem "$w" "$h"
	open_meeting "Kalm"
	check "$size: the English header starts EN 1/2 · 20 Mar · 100% aligned in column $en" \
		wait_column "EN 1/2 · 20 Mar · 100% aligned · " "$en" 2
	if [ "$w" -ge 120 ]; then
		check "$size:   and the source follows whole" wait_for "100% aligned · president.gov.by"
	else
		check "$size:   the source is cut with … in column $((w - 4)), before the marks of text above and below" \
			char_is "…" $((w - 4)) 2
		check "$size:   and never whole" sh -c '! printf "%s\n" "$1" | grep -q president.gov.by' - "$(row 2)"
		check "$size: the German title is cut with … in the last column of its pane ($((left - 2)))" \
			char_is "…" $((left - 2)) 1
		check "$size:   the English title too ($((w - 1)))" char_is "…" $((w - 1)) 1
	fi
	keys Q
	wait_exit
done
finish
