#!/bin/sh
# Ctrl-C, kill or a hang-up while tandem writes a file: the program ends as
# the signal asks and leaves no temporary file (*.tandem-XXXXXX) behind,
# in --export -o and during the load (the index) alike.
. "$top_srcdir/tests/cli/lib.sh"
A=000_bb48c70955bb72ea

skip() {	# skip DESCRIPTION REASON
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

temps() {	# temps DIR: how many temporary files DIR holds
	find "$1" -name '*.tandem-*' 2>/dev/null | wc -l | tr -d ' '
}

# wait_temp DIR: until a temporary file shows in DIR (at most 20 s).
wait_temp() {
	i=0
	while [ "$(temps "$1")" = 0 ] && [ $i -lt 2000 ]; do
		sleep 0.01
		i=$((i + 1))
	done
}

# A command run in the background of a script ignores SIGINT; started
# through this, it takes every signal as from a terminal.
FG=$TMP/foreground
printf '%s\n' '#!/usr/bin/perl' '$SIG{$_} = "DEFAULT" for qw(INT TERM HUP); exec @ARGV or die;' >"$FG"
chmod +x "$FG"

signal_number() {
	case $1 in INT) echo 2 ;; TERM) echo 15 ;; HUP) echo 1 ;; esac
}

# --export -o: strace holds the fsync before the rename 5 s, and the
# signal comes meanwhile.
if strace -o /dev/null true 2>/dev/null; then
	for sig in INT TERM HUP; do
		out=$TMP/out-$sig
		mkdir "$out"
		strace -f -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=5000000 \
			"$FG" "$TANDEM" --no-index --export $A -o "$out/a.txt" "$CORPUS" 2>"$TMP/err" &
		tracer=$!
		wait_temp "$out"
		kill -$sig "$(pgrep -P $tracer)"
		wait $tracer
		is "$?" $((128 + $(signal_number $sig))) "SIG$sig during --export -o: tandem ends by the signal"
		is "$(temps "$out")" 0 "  and no temporary file is left"
		test ! -e "$out/a.txt"
		ok $? "  nor a file exported"
	done
else
	skip "a signal during --export -o leaves no temporary file" "strace cannot trace here"
fi

# --list of a corpus big enough that the new index is being written for a
# while: SIGINT once its temporary file shows.
perl "$top_srcdir/tests/bench/gencorpus" 3000 "$TMP/big" >/dev/null
TANDEM_STATE_DIR=$TMP/state "$FG" "$TANDEM" --jobs 1 --list "$TMP/big" >/dev/null 2>&1 &
pid=$!
wait_temp "$TMP/state"
is "$(temps "$TMP/state")" 1 "a slow --list writes its index to a temporary file"
kill -INT $pid
wait $pid
is "$?" 130 "  SIGINT ends it"
is "$(temps "$TMP/state")" 0 "  and the temporary file is gone"

done_testing
