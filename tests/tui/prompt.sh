#!/bin/sh
# The export prompt at 120x40 and 80x24: the readline keys (C-a C-e C-b C-f
# C-u C-k C-w, Home, End, Delete, Left, Right) edit by characters, the
# cursor by display columns; ~/ is the home folder; the two English articles
# of a meeting get names of their own; Tab completes a folder. At 80x24 a
# name wider than the field scrolls sideways to keep the cursor in sight.
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$HOME"
label="Export to: "	# 11 columns

# prompt_is TEXT: the status line is the prompt holding exactly TEXT.
prompt_is() {
	[ "$(status_line | sed 's/ *$//')" = "$(printf '%s' "$label$1" | sed 's/ *$//')" ]
}

# cursor_at COLUMN: the terminal's cursor is on the status line in COLUMN.
cursor_at() {
	[ "$(t display-message -p -t tandem '#{cursor_x},#{cursor_y}')" = "$1,$((h - 1))" ]
}

# edited KEYS...: opens the pair's prompt (E), empties it (C-u) and sends KEYS.
edited() {
	keys E
	wait_for "$label" || return 1
	keys C-u
	poll prompt_is "" || return 1
	keys "$@"
}

first=03-20_kalmückien_de-en_002-954a635c099c0dbf.txt
second=03-20_kalmückien_de-en_004-bec5a6384e55e9b3.txt

for size in 120x40 80x24; do
	w=${size%x*} h=${size#*x}
	rm -rf "$WORK"/*.txt "$WORK"/*.tmx "$WORK"/archiv "$WORK"/ausgabe-* "$WORK"/umlaut "$HOME"/x.txt
	start_tandem "$w" "$h"
	open_meeting "Kalm"
	wait_for "EN 1/2"

	keys E
	check "$size: E offers the pair a name with the English article's name" wait_for "$label$first"
	check "$size:   the cursor after it, in column $((11 + ${#first}))" poll cursor_at $((11 + $(printf %s "$first" | wc -m)))
	keys Enter
	check "$size:   Enter writes it" wait_file "$WORK/$first"
	keys c
	wait_for "EN 2/2"
	keys E
	check "$size: the other English article gets another name" wait_for "$label$second"
	keys Enter
	check "$size:   Enter writes it without asking to overwrite the first" wait_for "Exported to $second"
	check "$size:   both files are there" test -f "$WORK/$first" -a -f "$WORK/$second"
	keys c
	wait_for "EN 1/2"

	edited
	check "$size: C-u empties the prompt, the cursor in column 11" poll cursor_at 11
	keys -l "kalmykia.tmx"
	keys Enter
	check "$size: E, C-u, kalmykia.tmx, Enter writes exactly kalmykia.tmx" wait_file "$WORK/kalmykia.tmx"
	check "$size:   as TMX" grep -q "<tu>" "$WORK/kalmykia.tmx"
	check "$size:   and nothing else" test "$(ls "$WORK" | grep -c kalmykia)" = 1

	mkdir -p "$WORK/archiv"
	edited -l "archiv/entwurf.txt"
	keys C-w
	check "$size: C-w deletes the word before the cursor, back to the slash" poll prompt_is "archiv/"
	check "$size:   the cursor in column 18" poll cursor_at 18
	keys C-w
	check "$size: C-w again deletes the folder" poll prompt_is ""
	keys Escape
	wait_for "Export cancelled"

	edited -l "lmykia.txt"
	keys C-a
	check "$size: C-a puts the cursor in column 11" poll cursor_at 11
	keys -l "ka"
	check "$size:   typing there inserts: kalmykia.txt" poll prompt_is "kalmykia.txt"
	check "$size:   the cursor after ka, in column 13" poll cursor_at 13
	keys C-e
	check "$size: C-e puts the cursor at the end, column 23" poll cursor_at 23
	keys C-b C-b C-b C-b C-k
	check "$size: C-b four times, C-k deletes to the end: kalmykia" poll prompt_is "kalmykia"
	keys -l "_2.txt"
	keys Home Right Right Right Delete
	check "$size: Home, Right thrice, Delete: kalykia_2.txt" poll prompt_is "kalykia_2.txt"
	keys C-f Left End
	keys -l "x"
	check "$size: C-f, Left, End, x: kalykia_2.txtx" poll prompt_is "kalykia_2.txtx"
	keys BSpace Enter
	check "$size:   Backspace, Enter writes kalykia_2.txt" wait_file "$WORK/kalykia_2.txt"

	edited -l "grüße.txt"
	keys C-a C-f C-f C-f
	check "$size: C-f moves over ü as one character: the cursor in column 14" poll cursor_at 14
	keys BSpace
	check "$size:   Backspace deletes the ü whole: grße.txt" poll prompt_is "grße.txt"
	check "$size:   the cursor in column 13" poll cursor_at 13
	keys C-a
	keys -l "日本"
	check "$size: a wide character takes two columns: the cursor in column 15" poll cursor_at 15
	keys Enter
	check "$size:   Enter writes 日本grße.txt" wait_file "$WORK/日本grße.txt"

	edited -l "~/x.txt"
	keys Enter
	check "$size: ~/x.txt writes x.txt in the home folder" wait_file "$HOME/x.txt"
	check "$size:   and the status line names it" wait_for "Exported to $HOME/x.txt"
	check "$size:   no folder named ~ is made" test ! -e "$WORK/~"

	keys E
	wait_for "$label$first"
	keys C-a
	keys -l "arc"
	keys Tab
	check "$size: Tab completes the one folder: archiv/ before the name" poll prompt_is "archiv/$first"
	check "$size:   the cursor after the slash, in column 18" poll cursor_at 18
	keys Enter
	check "$size:   Enter writes the pair into the folder" wait_file "$WORK/archiv/$first"

	mkdir -p "$WORK/ausgabe-de" "$WORK/ausgabe-en" "$WORK/umlaut/äpfel" "$WORK/umlaut/öl"
	edited -l "aus"
	keys Tab
	check "$size: with two folders, Tab completes what they share: ausgabe-" poll prompt_is "ausgabe-"
	keys Tab
	check "$size:   Tab again changes nothing" poll prompt_is "ausgabe-"
	keys -l "e"
	keys Tab
	check "$size:   e, Tab: ausgabe-en/" poll prompt_is "ausgabe-en/"
	keys C-u
	keys -l "umlaut/"
	keys Tab
	check "$size: äpfel and öl share no character: Tab adds nothing, no half of one" poll prompt_is "umlaut/"
	keys -l "ö"
	keys Tab
	check "$size:   ö, Tab: umlaut/öl/" poll prompt_is "umlaut/öl/"
	check "$size:   the cursor in column 21" poll cursor_at 21
	keys Escape
	wait_for "Export cancelled"
	resize 60 20
	keys E
	check "60x20: the prompt still opens after a resize" wait_for "Export to:"
	keys Escape
	keys Q
	wait_exit
done

# A 100-character name: 18 + 73 + 9.
long=anfang_kalmückien_$(printf '%073d' 0 | tr 0 x)_ende.txt
w=80 h=24
start_tandem "$w" "$h"
open_meeting "Kalm"
wait_for "EN 1/2"
above=$(row $((h - 1)))
edited -l "$long"
check "80x24: a 100-character name scrolls: its end stands before the cursor, _ende.txt in column 70" \
	wait_column "_ende.txt" 70
check "  the cursor in the last column, 79" poll cursor_at 79
check "  … in column 11 says the name goes on to the left" wait_column "…" 11
check "  its start is out of sight" sh -c '! echo "$1" | grep -q anfang' - "$(status_line)"
check "  the row above the prompt is as it was: nothing wrapped" test "$(row $((h - 1)))" = "$above"
keys C-a
check "C-a scrolls back: the start of the name in column 11" wait_column "anfang_kalmückien_" 11
check "  the cursor in column 11" poll cursor_at 11
check "  … in the last column, 79, says the name goes on" wait_column "…" 79
check "  its end is out of sight" sh -c '! echo "$1" | grep -q _ende' - "$(status_line)"
keys C-e
check "C-e shows the end again" wait_column "_ende.txt" 70
keys C-a
wait_column "anfang" 11
keys End
check "End too, the cursor in column 79" poll cursor_at 79
keys Home
check "Home scrolls back as C-a" wait_column "anfang_kalmückien_" 11
keys Enter
check "Enter writes the file under the whole name" wait_file "$WORK/$long"
keys Q
wait_exit
finish
