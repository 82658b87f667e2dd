#!/bin/sh
# The settings file (keys, bad lines, colours, NO_COLOR) and the remembered reading position.
. "$top_srcdir/tests/tui/lib.sh"

conf=$XDG_CONFIG_HOME/tandem
state=$XDG_STATE_HOME/tandem/state
mkdir -p "$conf"
# A session that outlives each tandem, so that the tmux server never exits between two starts.
t new-session -d -s keep -x 20 -y 5 "sleep 600"

# colour_codes: how many SGR colour codes (30-38, 40-48) the screen holds.
colour_codes() {
	t capture-pane -e -p -t tandem | perl -ne '$n++ while /\e\[(?:\d+;)*(?:3[0-8]|4[0-8])[;m]/g; END { print $n + 0, "\n" }'
}

printf '[keys]\nquit = ü\nhelp = h, F1\n' >"$conf/tandem.ini"
start_tandem 120 40
keys h
check "a rebinding takes effect: h opens the help" wait_for "tandem: keys"
check "  and the help screen names the new keys" wait_for "h, F1"
keys q
wait_for "Languages"
keys -l "ü"
check "quit bound to ü: typing ü quits" wait_exit

printf '[general]\nlayout = diagonal\n[keys]\nmove_up = j\n[colors:title]\n' >"$conf/tandem.ini"
start_tandem 120 40
check "the status line counts the problems in the settings" wait_for "3 problems in the settings, listed on exit"
check "  and names the first with its file and line" wait_for "tandem.ini:2: bad value for layout"
keys Q
wait_exit
check "after quitting, each problem is on the terminal: a key bound twice" \
	wait_for "tandem.ini:4: j is bound to both move_down and move_up"
check "  a section named like a key (iniparser's crash) is only a warning" \
	wait_for "tandem.ini:5: unknown section [colors:title]"

start 120 40 "'$TANDEM' --config '$top_srcdir/res/tandem.ini' '$CORPUS'"
check "res/tandem.ini, every key and action in it, loads without a problem" wait_for "meetings, 5 articles"
keys Q
wait_exit

# search_kalmykia: opens the Kalmykia meeting and searches for "kalm".
search_kalmykia() {
	open_meeting "Kalm"
	wait_for "DE ·"
	keys /
	keys -l "kalm"
	keys Enter
	wait_for "match 1/"
}

rm -f "$conf/tandem.ini"
check "the bad file's run wrote no reading position (no meeting opened)" test ! -e "$state"
start 120 40 "env NO_COLOR=1 '$TANDEM' '$CORPUS'"
wait_for "meetings"
search_kalmykia
check "NO_COLOR: a search leaves no colour code on the screen" test "$(colour_codes)" = 0
keys Q
wait_exit
start_tandem 120 40
search_kalmykia
check "  while without it the matches are coloured" test "$(colour_codes)" -gt 0

# The reading position: Kalmykia, a few pages down, is where the next start opens.
keys Escape
keys Space Space Space
sleep 0.2
keys q
wait_for "Languages"
keys Q
wait_exit
check "quitting writes the state file" grep -q "^meeting	000_bb48c70955bb72ea$" "$state"
check "  with the German article's top paragraph" grep -q "^position	000_bb48c70955bb72ea	[1-9]" "$state"
start_tandem 120 40
keys Enter
check "at the next start the list is on the last meeting opened" wait_for "DE ·"
check "  and Kalmykia opens where it was left, not at the top" sh -c '! screen | grep -q "MINSK, 20. März"'
keys q
wait_for "Languages"

rm -f "$state"
start_tandem 120 40
open_meeting "Kalm"
wait_for "DE ·"
keys Space Space
sleep 0.2
kill -TERM "$(t display-message -p -t tandem '#{pane_pid}')"
wait_exit
check "SIGTERM in the reader still writes the position" grep -q "^position	000_bb48c70955bb72ea	[1-9]" "$state"

printf 'tandem-state 1\nposition\tgarbage\n' >"$state"
start 120 40 "'$TANDEM' '$CORPUS'"
check "a damaged state file is named on the status line, and tandem runs" wait_for "state:2: damaged state file; ignored"
finish
