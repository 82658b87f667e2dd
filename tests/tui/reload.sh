#!/bin/sh
# R reads the corpus folder again: a new article shows in the list, a
# removed one is gone, the cursor stays on the meeting that was open though
# its row moved up; a folder deleted meanwhile
# gives the reason on the status line and what is open stays readable.
. "$top_srcdir/tests/tui/lib.sh"

LIVE=$WORK/live
cp -R "$CORPUS" "$LIVE"
chabarowsk_languages() {
	screen | grep -F "Chabarowsk" | grep -qE "$1 *\$"
}

start 120 40 "'$TANDEM' '$LIVE'"
wait_for "3 meetings, 5 articles"
open_meeting "Kalm"
wait_for "EN 1/2"
cp "$LIVE/003_5657ae1482649044.txt" "$LIVE/005_copy.txt"
rm "$LIVE/001_994465b2fab599f9.txt"	# Smolensk, the meeting above
keys R
check "R with a file added and one removed says reloaded, with the new counts" \
	wait_for "reloaded: 2 meetings, 5 articles, 0 skipped, 0 repaired"
check "  the reader closed for the list" screen_has "Languages"
check "  the list shows the new article in its meeting" poll chabarowsk_languages "DE DE"
check "  and the removed one's meeting no more" screen_lacks "Smolensk"
keys Enter
check "  and the cursor stayed on the meeting that was open" wait_for "EN 1/2"
wait_for "Kalmückien"

rm -rf "$LIVE"
keys R
check "R with the folder deleted says why it cannot reload" \
	wait_for "cannot reload $LIVE: No such file or directory"
check "  the open meeting is still shown" screen_has "EN 1/2"
keys G
check "  and still scrolls to its end" wait_for "belarussische Staatsoberhaupt zusammengefasst."
keys c
check "  its other English article still opens" wait_for "EN 2/2"
keys e
wait_for "Export to:"
keys Enter
check "  and still exports" wait_for "Exported to"
check "  a file that holds the article" sh -c "grep -q 'Kalmückien' '$WORK'/*.txt"
keys q
check "the list still shows the corpus as it was" poll chabarowsk_languages "DE DE"
keys Q
check "Q quits" wait_exit
finish
