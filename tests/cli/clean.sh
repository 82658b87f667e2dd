#!/bin/sh
# A build and its tests leave git status clean: every file they make is one
# .gitignore covers. Only in a git checkout whose top is the source folder;
# skipped in a tarball's sources and in make distcheck's copy of them.
. "$top_srcdir/tests/cli/lib.sh"

if ! command -v git >/dev/null 2>&1; then
	echo "1..0 # SKIP git not installed"
	exit 0
fi
top=$(git -C "$top_srcdir" rev-parse --show-toplevel 2>/dev/null)
if [ -z "$top" ] || [ "$(cd "$top" && pwd -P)" != "$(cd "$top_srcdir" && pwd -P)" ]; then
	echo "1..0 # SKIP the sources are not a git checkout of their own"
	exit 0
fi

others=$(git -C "$top_srcdir" ls-files --others --exclude-standard)
[ -z "$others" ]
ok $? "no file the build or the tests made is left untracked (git ls-files --others)"
[ -z "$others" ] || printf '%s\n' "$others" | sed 's/^/#   untracked: /'
done_testing
