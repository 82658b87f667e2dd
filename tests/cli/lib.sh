# lib.sh: TAP helpers for the command-line tests (sourced).
# Needs $TANDEM (the built program) and $top_srcdir, set by make check.
: "${TANDEM:?run through make check}"
: "${top_srcdir:?run through make check}"
CORPUS="$top_srcdir/res/corpus"
# The dictionary fixture, not whatever the machine has installed: the same
# alignments everywhere (test_lexicon reads the system dictionary).
TANDEM_DICTIONARY="$top_srcdir/tests/data/dictionary/de-en"
export TANDEM_DICTIONARY
n=0
failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/tandem-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# Never the user's settings or reading position: a home of the test's own.
HOME=$TMP/home XDG_CONFIG_HOME=$TMP/home/.config XDG_STATE_HOME=$TMP/home/.local/state
export HOME XDG_CONFIG_HOME XDG_STATE_HOME

ok() {	# ok CONDITION-STATUS DESCRIPTION
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
	fi
}

is() {	# is GOT WANT DESCRIPTION
	[ "$1" = "$2" ]
	s=$?
	ok $s "$3"
	if [ $s -ne 0 ]; then
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2" | sed '3,$s/^/#   /'
	fi
}

# The widest line of a file in display columns (not bytes).
max_columns() {
	perl -CSD -Mutf8 -ne 'chomp; my $w = 0; for my $c (split //) { $w += ($c =~ /\p{Mn}/) ? 0 : ($c =~ /\p{East_Asian_Width=Wide}|\p{East_Asian_Width=Fullwidth}/) ? 2 : 1 } $m = $w if $w > $m; END { print $m + 0, "\n" }' "$1"
}

done_testing() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}
