#!/bin/sh
# A start from the index draws the list before it checks every file; a file
# changed in place since is still read again before its text is shown, and a
# file added is read right after the first screen, which the index drew.
. "$top_srcdir/tests/tui/lib.sh"

LIVE=$WORK/live
cp -R "$CORPUS" "$LIVE"
start 120 40 "'$TANDEM' '$LIVE'"
wait_for "3 meetings, 5 articles"
keys Q
wait_exit
check "the first start keeps an index" sh -c "ls '$XDG_STATE_HOME'/tandem/index-* >/dev/null"

printf '\n\nEin Absatz, angefügt, nachdem der Index geschrieben war.\n' >>"$LIVE/000_bb48c70955bb72ea.txt"
start 120 40 "'$TANDEM' '$LIVE'"
check "a file changed in place since: the next start says it read the folder again" \
	wait_for "reloaded: 3 meetings, 5 articles"
open_meeting "Kalm"
wait_for "EN 1/2"
keys G
check "  and the reader shows the changed text" wait_for "nachdem der Index geschrieben war."
keys Q
wait_exit

start 120 40 "'$TANDEM' '$LIVE'"
wait_for "3 meetings, 5 articles"
sleep 1	# the check of every file runs right after the first screen
check "a start with nothing changed reads nothing again" screen_lacks "reloaded"
open_meeting "Kalm"
check "  and shows the text from the index" wait_for "EN 1/2"
keys G
wait_for "nachdem der Index geschrieben war."
keys Q
wait_exit

cp "$LIVE/003_5657ae1482649044.txt" "$LIVE/005_copy.txt"
start 120 40 "'$TANDEM' '$LIVE'"
check "a file added: the start draws what the index holds, then reads the folder again and counts it" \
	wait_for "reloaded: 3 meetings, 6 articles"
keys Q
check "Q quits" wait_exit
finish
