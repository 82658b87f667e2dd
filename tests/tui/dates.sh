#!/bin/sh
# Dates on screen as people write them, at 120x40, 80x24 and 60x20: 20 Mar
# in the list's Date column and the reader's header, never --03-20; the
# date_format setting writes them its way, and a bad one is named with its
# file and line while the default is used.
. "$top_srcdir/tests/tui/lib.sh"

conf=$XDG_CONFIG_HOME/tandem
mkdir -p "$conf"

# list_row TEXT: the screen row (1 is the top) of the list row holding TEXT.
list_row() {
	screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1
}

for size in 120x40 80x24 60x20; do
	w=${size%x*} h=${size#*x}
	start_tandem "$w" "$h"
	wait_for "Kalm"
	check "$size: the list dates Kalmykia 20 Mar, in column 0 of its row" \
		wait_column "20 Mar " 0 "$(list_row Kalm)"
	check "$size:   Smolensk 18 Nov, Khabarovsk 3 Feb" \
		sh -c '[ "$1" = 0 ] && [ "$2" = 0 ]' - "$(column_of "18 Nov " "$(list_row Smolens)")" \
		"$(column_of "3 Feb " "$(list_row Chabar)")"
	check "$size:   and no date reads --03-20" screen_lacks "--03-20"
	check "$size:   the counterparts still start in column 12" wait_column "Kalm" 12 "$(list_row Kalm)"
	open_meeting "Kalm"
	check "$size: the reader's header: DE · 20 Mar · from column 0 of row 2" \
		wait_column "DE · 20 Mar · " 0 2
	check "$size:   no --03-20 in the reader" screen_lacks "--03-20"
	keys Q
	wait_exit
done

printf '[general]\ndate_format = %%Y-%%m-%%d\n' >"$conf/tandem.ini"
start_tandem 120 40
wait_for "Kalm"
check "date_format = %Y-%m-%d: the list writes 03-20 when the year is unknown" \
	wait_column "03-20 " 0 "$(list_row Kalm)"
check "  and the counterparts start in column 11, after the 10 columns of YYYY-MM-DD" \
	wait_column "Kalm" 11 "$(list_row Kalm)"
keys Q
wait_exit

printf '[general]\nmouse = yes\ndate_format = %%d %%B\n' >"$conf/tandem.ini"
start_tandem 120 40
check "a bad date_format is named on the status line with its file and line" \
	wait_for "tandem.ini:3: bad value for date_format"
wait_for "Kalm"
check "  and the default is used: 20 Mar" wait_column "20 Mar " 0 "$(list_row Kalm)"
keys Q
wait_exit
finish
