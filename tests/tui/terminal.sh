#!/bin/sh
# The terminal is restored on q and on SIGINT, SIGTERM and SIGHUP.
. "$top_srcdir/tests/tui/lib.sh"

# run_and_end HOW: tandem in a shell that saves stty -g before and after.
run_and_end() {
	rm -f "$WORK/before" "$WORK/after" "$WORK/pid"
	# Each file is written under another name and renamed, so that it
	# appears only when complete.
	start 100 30 "sh -c 'stty -g >before; sh -c \"echo \\\$\\\$ >pid; exec \\\"$TANDEM\\\" \\\"$CORPUS\\\"\"; echo \$? >status; stty -g >after.part; mv after.part after'"
	wait_for "meetings" || return 1
	if [ "$1" = q ]; then
		keys q
	else
		kill -"$1" "$(cat "$WORK/pid")"
	fi
	wait_file "$WORK/after" || return 1
	cmp -s "$WORK/before" "$WORK/after"
}

check "after q the terminal settings are as before" run_and_end q
check "  and tandem exited with status 0" test "$(cat "$WORK/status")" = 0
for sig in INT TERM HUP; do
	check "after SIG$sig the terminal settings are as before" run_and_end $sig
	check "  and tandem exited" test -s "$WORK/status"
done

# Ctrl-Z gives the shell back; fg draws the list again.
start 100 30 "env PS1='PROMPT\$ ' bash --norc --noprofile -i"
wait_for 'PROMPT$'
keys "stty -g >shell" Enter
wait_file "$WORK/shell"
keys "'$TANDEM' '$CORPUS'" Enter
wait_for "meetings"
wait_for "Languages"	# the list whole, the load behind it
keys C-z
check "Ctrl-Z suspends tandem and the shell says so" wait_for "Stopped"
keys "stty -g >during" Enter
wait_file "$WORK/during"
keys fg Enter
check "fg draws the list again" wait_for "Languages"
keys q
wait_for 'PROMPT$'
check "  and while suspended the terminal settings were as before" cmp -s "$WORK/during" "$WORK/shell"
finish
