#!/bin/sh
# Search in the reader (/, ?, n, N, typed UTF-8, both panes highlighted) and the list filter.
. "$top_srcdir/tests/tui/lib.sh"

# The screen with its attributes; a highlighted match starts with a colour SGR code.
screen_sgr() {
	t capture-pane -e -p -t tandem
}

# highlighted SIDE WORD: WORD stands in the pane on SIDE right after a colour code.
highlighted() {
	screen_sgr | perl -CSD -Mutf8 -ne '
		my ($l, $r) = split /\x{2502}/, $_, 2;
		my $side = ("'"$1"'" eq "left") ? $l : ($r // "");
		$found = 1 if $side =~ /\e\[(?:\d+;)*4[0-7]m(?:\e\[[\d;]*m)*\Q'"$2"'\E/;
		END { exit !$found }'
}

# no_highlight: no colour code on the screen at all.
no_highlight() {
	! screen_sgr | grep -q "$(printf '\033')\[4[0-7]m"
}

start_tandem 120 40
open_meeting "Kalm"
wait_for "DE ·"
keys /
check "/ opens the search prompt" wait_for "/"
keys -l "kalmückien"
keys Enter
check "a query typed with ü finds Kalmückien: match 1/N" wait_for "match 1/"
total=$(screen | sed -n '$s/.*match 1\/\([0-9]*\).*/\1/p')
check "  the German pane counts $total matches" test "${total:-0}" -ge 3
check "  and the match is highlighted in the German pane" poll highlighted left "Kalmückien"
keys n
check "n goes to the next match" wait_for "match 2/$total"
keys N
check "N goes back" wait_for "match 1/$total"
keys N
check "N at the first match wraps to the last, and says so" wait_for "match $total/$total (search wrapped to the bottom)"
keys n
check "n at the last wraps to the first" wait_for "match 1/$total (search wrapped to the top)"

keys g
keys /
wait_for "/"
keys -l "kalm"
keys Enter
wait_for "match 1/"
check "kalm is highlighted in the German pane (Kalmückien)" poll highlighted left "Kalm"
check "  and in the English pane (Kalmykia) at the same time" poll highlighted right "Kalm"

keys "?"
check "? searches backward in the reader" wait_for "?"
keys -l "STRASSE"
keys Enter
check "  a word that is not there: Not found" wait_for "Not found: STRASSE"
keys Escape
check "Esc clears the highlights" poll no_highlight
keys q
wait_for "Languages"

keys /
check "in the list, / opens the filter prompt" wait_for "Filter:"
keys -l "smolensk"
keys Enter
check "the filter keeps the matching meetings: 1 of 3" wait_for "1 of 3 meetings match: smolensk"
check "  the Smolensk meeting is listed" wait_for "Smolensk"
check "  the Kalmykia meeting is not" wait_gone "Kalm"
keys Escape
check "Esc shows every meeting again" wait_for "Kalm"
keys /
wait_for "Filter:"
keys -l "STRASSE"
keys Enter
check "a filter by full case folding: STRASSE matches Straße" wait_for "1 of 3 meetings match: STRASSE"
keys Enter
check "  Enter opens the filtered meeting" wait_for "Smolensk"

# Titles are searched: "hailed" stands only in the title of 004, the second
# English article of the Kalmykia meeting.
keys q
wait_for "Languages"
keys Escape
wait_for "Kalm"
keys /
wait_for "Filter:"
keys -l "hailed"
keys Enter
check "/hailed in the list finds the meeting whose article 004 has it in its title" \
	wait_for "1 of 3 meetings match: hailed"
check "  the Kalmykia meeting is listed" wait_for "Kalmückien, Batu Chassikow"
check "  the Smolensk meeting is not" wait_gone "Smolensk"
keys Enter
wait_for "EN 1/2"
keys c
check "c shows 004 in the English pane, its title in the header" wait_for "hailed as example"
keys /
wait_for "/"
keys -l "hailed"
keys Enter
check "the reader's search finds the title word: match 1/1 in the title" wait_for "match 1/1 in the title"
check "  and highlights it in the English pane's header" poll highlighted right "hailed"

# underlined: the match, underlined, in pane $1 (left or right)
underlined() {
	screen_sgr | perl -CSD -Mutf8 -ne '
		my ($l, $r) = split /\x{2502}/, $_, 2;
		my $side = ("'"$1"'" eq "left") ? $l : ($r // "");
		$found = 1 if $side =~ /\e\[(?:\d+;)*4m(?:\e\[[\d;]*m)*\Q'"$2"'\E/;
		END { exit !$found }'
}

# Without colours a match is reverse video, as the focused pane's header
# is: there it is underlined instead, so that it still shows.
start 120 40 "NO_COLOR=1 '$TANDEM' '$CORPUS'"
wait_for "meetings"
open_meeting "Kalm"
wait_for "EN 1/2"
keys c
wait_for "hailed as example"
keys Right
keys /
wait_for "/"
keys -l "hailed"
keys Enter
wait_for "match 1/1 in the title"
check "without colours, a title match in the focused header is underlined" poll underlined right "hailed"
finish
