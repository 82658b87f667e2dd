#!/bin/sh
# The help screen lists every action of the action table.
. "$top_srcdir/tests/tui/lib.sh"

actions=$top_srcdir/src/ui/actions.h

start_tandem 120 40
keys ?
check "? opens the help screen" wait_for "tandem: keys"
count=0
missing=
for description in $(sed -n 's/^[[:space:]]*ACTION([A-Z_]*, *"\([^"]*\)".*/\1/p' "$actions" | tr ' ' '~'); do
	description=$(echo "$description" | tr '~' ' ')
	count=$((count + 1))
	screen | grep -qF -- "$description" || missing="$missing; $description"
done
check "the action table has actions" test "$count" -gt 10
check "every one of the $count actions is on the help screen${missing:+ (missing$missing)}" test -z "$missing"
check "the keys are named: j, Down" wait_for "j, Down"
keys q
check "q leaves the help screen" wait_for "Languages"
finish
