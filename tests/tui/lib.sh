# lib.sh: drive the real tandem inside a private tmux server and speak TAP.
# Sourced by tests/tui/*.sh; needs $TANDEM and $top_srcdir (set by make check).

: "${TANDEM:?set TANDEM to the tandem binary}"
: "${top_srcdir:?set top_srcdir}"
LC_ALL=${LC_ALL:-C.UTF-8}
export LC_ALL

if ! command -v tmux >/dev/null 2>&1; then
	# CI installs tmux: there a skip would hide every TUI test.
	if [ -n "${TANDEM_CI:-}" ]; then
		echo "1..1"
		echo "not ok 1 - tmux is installed (TANDEM_CI is set: a skip is a failure)"
		exit 1
	fi
	echo "1..0 # SKIP tmux not installed"
	exit 0
fi

CORPUS=$top_srcdir/res/corpus
# The dictionary fixture, not whatever the machine has installed: the same
# alignments everywhere (test_lexicon reads the system dictionary).
TANDEM_DICTIONARY=$top_srcdir/tests/data/dictionary/de-en
export TANDEM_DICTIONARY
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tandem-tui.XXXXXX")
# Never the user's settings or reading position: a home of the test's own.
HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_STATE_HOME=$WORK/home/.local/state
export HOME XDG_CONFIG_HOME XDG_STATE_HOME
unset NO_COLOR
TMUX_SOCKET=tandem-test-$$
unset TMUX
trap 'tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
trap 'exit 1' INT TERM HUP

tests_run=0

t() {
	tmux -L "$TMUX_SOCKET" -f /dev/null "$@"
}

# A session that outlives the tests' own: killing the last session ends a
# tmux server, and a new-session racing that shutdown fails ("server exited
# unexpectedly"), so the server must never be left without one.
t new-session -d -s keeper -x 20 -y 5 "sleep 86400"

# Polls last up to POLL_TRIES * 0.05 s: ten seconds, for a loaded machine.
POLL_TRIES=${POLL_TRIES:-200}

# ok STATUS DESCRIPTION: one TAP line.
ok() {
	tests_run=$((tests_run + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tests_run - $2"
	else
		echo "not ok $tests_run - $2"
	fi
}

# check DESCRIPTION COMMAND...: one TAP line from a command's status.
check() {
	desc=$1
	shift
	if "$@"; then
		ok 0 "$desc"
	else
		ok 1 "$desc"
		screen 2>/dev/null | sed 's/^/#   screen: /'	# what the terminal showed, for the log
	fi
}

# start WIDTH HEIGHT SHELL-COMMAND: a fresh session running the command in $WORK.
start() {
	t kill-session -t tandem 2>/dev/null
	t new-session -d -s tandem -x "$1" -y "$2" -c "$WORK" \
		"env LC_ALL=$LC_ALL TERM=screen HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME $3"
	t set-option -t tandem status off
	t set-option -t tandem remain-on-exit on
}

# start_tandem WIDTH HEIGHT: tandem on the bundled corpus.
start_tandem() {
	start "$1" "$2" "'$TANDEM' '$CORPUS'"
	wait_for "meetings"
}

screen() {
	t capture-pane -p -t tandem
}

keys() {
	t send-keys -t tandem "$@"
}

resize() {
	t resize-window -t tandem -x "$1" -y "$2"
}

# wait_for TEXT: polls the screen for TEXT.
wait_for() {
	poll screen_has "$1"
}

# wait_gone TEXT: polls until TEXT is off the screen.
wait_gone() {
	poll screen_lacks "$1"
}

# wait_exit: polls until the program in the pane has ended.
wait_exit() {
	poll pane_dead
}

# wait_file PATH: polls for a file.
wait_file() {
	poll test -e "$1"
}

# select_row TEXT: from the top of the list, selects the row holding TEXT;
# open_meeting TEXT opens it.
select_row() {
	keys g	# the list may open on the meeting read last
	row=$(screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1)
	[ -n "$row" ] || return 1
	i=2
	while [ $i -lt "$row" ]; do
		keys j
		i=$((i + 1))
	done
}

open_meeting() {
	select_row "$1" && keys Enter
}

# rule_columns: the display column of the rule on every reader row but the
# status line, one a line (counting characters, double-width ones twice).
rule_columns() {
	screen | sed '$d' | perl -CSD -ne '
		chomp;
		my $i = index($_, "\x{2502}");
		if ($i < 0) { print "none\n"; next }
		my $before = substr($_, 0, $i);
		my $wide = () = $before =~ /[\p{Ea=W}\p{Ea=F}]/g;
		print $i + $wide, "\n";'
}

# poll COMMAND...: runs the command until it succeeds. Every wait_* is one.
poll() {
	_poll=0
	while [ $_poll -lt "$POLL_TRIES" ]; do
		"$@" && return 0
		sleep 0.05
		_poll=$((_poll + 1))
	done
	return 1
}

screen_has() {
	screen | grep -qF -- "$1"
}

screen_lacks() {
	! screen_has "$1"
}

pane_dead() {
	[ "$(t display-message -p -t tandem '#{pane_dead}')" = 1 ]
}

rule_at() {
	[ "$(rule_columns | sort -u)" = "$1" ]
}

# wait_rule COLUMN: polls until the rule stands in COLUMN on every row.
wait_rule() {
	poll rule_at "$1"
}

# pane_text SIDE: the left or right side of the rule on every row.
pane_text() {
	screen | perl -CSD -ne '
		chomp;
		my ($l, $r) = split /\x{2502}/, $_, 2;
		print((("'"$1"'" eq "left") ? $l : ($r // "")), "\n");'
}

# row N: the text of screen row N (1 is the top).
row() {
	screen | sed -n "${1}p"
}

# status_line: the last row of the screen.
status_line() {
	screen | tail -n 1
}

# column_of TEXT [ROW]: the display column where TEXT starts on screen row ROW
# (the status line when none), -1 when it is not there; double-width characters count twice.
column_of() {
	if [ -n "${2:-}" ]; then row "$2"; else status_line; fi | TEXT=$1 perl -CSDA -ne '
		chomp;
		my $text = $ENV{TEXT};
		utf8::decode($text);
		my $i = index($_, $text);
		if ($i < 0) { print "-1\n"; exit }
		my $before = substr($_, 0, $i);
		my $wide = () = $before =~ /[\p{Ea=W}\p{Ea=F}]/g;
		print $i + $wide, "\n";'
}

# char_at COLUMN ROW: the character in display column COLUMN of screen row ROW, a blank past its end.
char_at() {
	row "$2" | COL=$1 perl -CSD -ne '
		chomp;
		my $col = 0;
		for my $c (split //) {
			if ($col == $ENV{COL}) { print "$c\n"; exit }
			$col += $c =~ /[\p{Ea=W}\p{Ea=F}]/ ? 2 : 1;
		}
		print " \n";'
}

# column_is TEXT COLUMN [ROW]: whether TEXT starts in COLUMN of ROW (the status line when none).
column_is() {
	[ "$(column_of "$1" "${3:-}")" = "$2" ]
}

# wait_column TEXT COLUMN [ROW]: polls until TEXT starts in COLUMN of ROW.
wait_column() {
	poll column_is "$@"
}

# reverse_column ROW: the display column where reverse video starts on screen row ROW, -1 for none.
reverse_column() {
	t capture-pane -e -p -t tandem | sed -n "${1}p" | perl -CSD -ne '
		chomp;
		my $col = 0;
		while (length) {
			if (s/^\e\[([0-9;]*)m//) {
				if (grep { $_ eq "7" } split /;/, $1) { print "$col\n"; exit }
			} elsif (s/^\e[^a-zA-Z]*[a-zA-Z]//) {
			} else {
				s/^(.)//;
				$col += $1 =~ /[\p{Ea=W}\p{Ea=F}]/ ? 2 : 1;
			}
		}
		print "-1\n";'
}

# lit_runs [SGR]: each run of cells in reverse video (or the attribute of
# SGR code SGR: 4 underline) on the screen's text rows (not the top row,
# where the focus pane's title is reversed, nor the status line), one a
# line as "ROW COLUMN TEXT": ROW from 1, COLUMN from 0 counting
# double-width characters twice. tmux writes an attribute when it changes,
# across rows too, so the state is carried from one row to the next.
lit_runs() {
	t capture-pane -p -e -t tandem | sed '$d' | SGR=${1:-7} perl -CSD -ne '
		BEGIN { $rev = 0; $on = $ENV{SGR}; $off = "2$on" }
		chomp;
		$row++;
		my ($col, $run, $at) = (0, "", 0);
		my $flush = sub {
			print "$row $at $run\n" if $run ne "" && $row > 1;
			$run = "";
		};
		while (/\G(?:\e\[([0-9;]*)m|(.))/gcs) {
			if (defined $1) {
				for my $c (split /;/, $1 eq "" ? "0" : $1) {
					if ($c eq $on && !$rev) { $rev = 1; $at = $col }
					elsif (($c eq "0" || $c eq $off) && $rev) { $flush->(); $rev = 0 }
				}
				next;
			}
			$run .= $2 if $rev;
			$col += $2 =~ /[\p{Ea=W}\p{Ea=F}]/ ? 2 : 1;
		}
		$flush->() if $rev;
		$at = 0;'
}

# lit ROW COLUMN TEXT: the screen shows TEXT in reverse video from COLUMN of ROW, as one run.
lit() {
	lit_runs | grep -qxF -- "$1 $2 $3"
}

# wait_lit ROW COLUMN TEXT: polls for it.
wait_lit() {
	poll lit "$1" "$2" "$3"
}

# nothing_lit [SGR]: no text row holds a cell in reverse video (or SGR's attribute).
nothing_lit() {
	[ -z "$(lit_runs "${1:-}")" ]
}

# underlined ROW COLUMN TEXT: the screen shows TEXT underlined from COLUMN of ROW, as one run.
underlined() {
	lit_runs 4 | grep -qxF -- "$1 $2 $3"
}

finish() {
	echo "1..$tests_run"
}
