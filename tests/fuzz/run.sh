#!/bin/sh
# run.sh TARGET...: runs each libFuzzer target for $FUZZ_SECONDS (default
# 60) on a corpus seeded from res/corpus and tests/data, and prints how
# many inputs each ran. A crash, leak, timeout or broken promise leaves
# its input in tests/fuzz/crashes/ and makes the exit status 1.
# Run by `make fuzz` in the build folder; needs $top_srcdir.
: "${top_srcdir:?run through make fuzz}"
seconds=${FUZZ_SECONDS:-60}
work=tests/fuzz/work
mkdir -p "$work" tests/fuzz/crashes
failed=0

# seed TARGET DIR: the seed inputs of one target into DIR.
seed() {
	mkdir -p "$2"
	for f in "$top_srcdir"/res/corpus/*.txt "$top_srcdir"/tests/data/hostile/*; do
		cp "$f" "$2/"
	done
	case $1 in
	fuzz_meeting | fuzz_align)
		for f in "$top_srcdir"/res/corpus/000_*.txt "$top_srcdir"/res/corpus/002_*.txt; do
			cat "$f"
			printf '\f'
		done >"$2/pair"
		(cd "$top_srcdir/res/corpus" && for f in *.txt; do cat "$f"; printf '\f'; done) >"$2/all" ;;
	fuzz_search)
		for q in Kalmückien STRASSE lukaschenko 'ß'; do
			{ echo "$q"; cat "$top_srcdir"/res/corpus/000_*.txt; } >"$2/query-$q"
		done ;;
	fuzz_settings)
		cp "$top_srcdir/res/tandem.ini" "$2/" 2>/dev/null ;;
	fuzz_index)
		# the index of the bundled corpus, made by the target itself;
		# no text files: they are not indexes
		rm -f "$2"/*
		FUZZ_INDEX_SEED="$2/index" "$path" >/dev/null 2>&1 || echo "fuzz_index: no seed made" >&2 ;;
	esac
}

for path in "$@"; do
	t=$(basename "$path")
	seed "$t" "$work/$t.seeds"
	mkdir -p "$work/$t.corpus"
	"$path" -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="tests/fuzz/crashes/$t-" \
		"$work/$t.corpus" "$work/$t.seeds" >"$work/$t.log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log")
	if [ $status -eq 0 ]; then
		printf '%-14s %10s inputs in %ss, no crash\n' "$t" "${runs:-?}" "$seconds"
	else
		printf '%-14s FAILED (status %s): see %s and tests/fuzz/crashes/\n' "$t" "$status" "$work/$t.log"
		failed=1
	fi
done
exit $failed
