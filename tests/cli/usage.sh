#!/bin/sh
# --help, --version and bad usage.
. "$top_srcdir/tests/cli/lib.sh"

"$TANDEM" --help >"$TMP/help"
ok $? "--help exits 0"
grep -q "^Usage: tandem \[OPTION\]... \[CORPUS\]" "$TMP/help"
ok $? "  and prints the usage"
for opt in --list --export --width --force --output --utf8 --version; do
	grep -q -- "$opt" "$TMP/help"
	ok $? "  mentions $opt"
done
is "$("$TANDEM" --version)" "tandem 0.1.0" "--version prints the version"
"$TANDEM" --bogus >/dev/null 2>"$TMP/err"
is "$?" 2 "an unknown option exits 2"
grep -q "Try 'tandem --help'" "$TMP/err"
ok $? "  with a usage hint"
"$TANDEM" --export x --width abc >/dev/null 2>&1
is "$?" 2 "a bad --width exits 2"
"$TANDEM" --width 3 >/dev/null 2>&1
is "$?" 2 "--width without --export exits 2"
"$TANDEM" a b >/dev/null 2>&1
is "$?" 2 "two corpus folders exit 2"
done_testing
