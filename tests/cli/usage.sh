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

# README's usage (the synopsis and the list of options), the man page's
# OPTIONS and --help name the same options and say the same of -o and --width.
sed -n '/^Usage$/,/^Problems with single files/p' "$top_srcdir/README" >"$TMP/readme"
sed -n '/^\.SH OPTIONS/,/^\.SH KEYS/p' "$top_srcdir/res/tandem.1" | sed 's/\\-/-/g' >"$TMP/man"
names() {	# the long options a file names, one a line
	grep -o -- '--[a-z][a-z-]*[a-z]' "$1" | sort -u
}
lacks() {	# lacks FILE OPTION...: the options FILE does not name
	f=$1
	shift
	for opt; do
		grep -Eq -- "$opt([^a-z-]|\$)" "$f" || printf ' %s' "$opt"
	done
}
is "$(lacks "$TMP/readme" $(names "$TMP/help"))" "" "README's usage names every option --help lists"
is "$(lacks "$TMP/man" $(names "$TMP/help"))" "" "the man page's OPTIONS name every option --help lists"
is "$(lacks "$TMP/help" $(names "$TMP/readme") $(names "$TMP/man"))" "" \
   "--help lists every option README's usage and the man page name"
grep -A1 -- '--grep' "$TMP/readme" | grep -q "tandem --grep QUERY"
ok $? "README's usage shows tandem --grep QUERY"
for opt in '-o, --output FILE' '--width N'; do
	missing=""
	grep -A1 -- "^ *$opt" "$TMP/help" | grep -q -- "--export-pair" || missing="$missing --help"
	grep -A1 -- "^  $opt" "$TMP/readme" | grep -q -- "--export-pair" || missing="$missing README"
	grep -A1 -- "^\.BI* ${opt%%[ ,]*}" "$TMP/man" | grep -q -- "--export-pair" || missing="$missing man"
	is "$missing" "" "$opt goes with --export and --export-pair in --help, README and the man page"
done
grep -A2 -- '--width N' "$TMP/help" | grep -q "0: one line per paragraph"
ok $? "--help says --width 0 is one line per paragraph"
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
