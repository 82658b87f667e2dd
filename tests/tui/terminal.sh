#!/bin/sh
# The terminal is restored on q and on SIGINT, SIGTERM and SIGHUP.
. "$top_srcdir/tests/tui/lib.sh"

# run_and_end HOW: tandem in a shell that saves stty -g before and after.
run_and_end() {
	rm -f "$WORK/before" "$WORK/after" "$WORK/pid"
	start 100 30 "sh -c 'stty -g >before; sh -c \"echo \\\$\\\$ >pid; exec \\\"$TANDEM\\\" \\\"$CORPUS\\\"\"; echo \$? >status; stty -g >after'"
	wait_for "meetings" || return 1
	if [ "$1" = q ]; then
		keys q
	else
		kill -"$1" "$(cat "$WORK/pid")"
	fi
	wait_file "$WORK/after" || return 1
	sleep 0.1
	cmp -s "$WORK/before" "$WORK/after"
}

check "after q the terminal settings are as before" run_and_end q
check "  and tandem exited with status 0" test "$(cat "$WORK/status")" = 0
for sig in INT TERM HUP; do
	check "after SIG$sig the terminal settings are as before" run_and_end $sig
	check "  and tandem exited" test -s "$WORK/status"
done
finish
