#!/bin/sh
# A terminal without UTF-8 gets ae oe ue ss, never byte junk; -u forces UTF-8.
. "$top_srcdir/tests/tui/lib.sh"


start 120 40 "env LC_ALL=C '$TANDEM' '$CORPUS'"
check "in the C locale the list opens" wait_for "meetings"
check "  and Kalmückien reads Kalmueckien" wait_for "Kalmueckien"
open_meeting "Kalm"
check "the reader shows ß as ss: grossen Sieg" wait_for "grossen Sieg"
check "  and no byte of UTF-8 reaches the screen" sh -c '! printf "%s" "$1" | grep -q "Ã"' - "$(screen)"
keys q q
wait_exit

start 120 40 "env LC_ALL=C '$TANDEM' -u '$CORPUS'"
check "with -u the C locale still gets UTF-8: Kalmückien" wait_for "Kalmückien"
keys q
check "  and q quits" wait_exit
finish
