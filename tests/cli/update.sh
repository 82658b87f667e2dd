#!/bin/sh
# An index updated file by file (files added, changed, removed, and
# meetings.ini edited) lists what a cold start without an index lists,
# byte for byte: articles, meetings and warnings.
. "$top_srcdir/tests/cli/lib.sh"

corpus=$TMP/corpus
perl "$top_srcdir/tests/bench/gencorpus" 1500 "$corpus" >/dev/null
cp "$top_srcdir"/tests/data/hostile/*.txt "$corpus/"
export TANDEM_STATE_DIR=$TMP/state
# Articles kept back, to be added later: the day's new files, which join
# meetings already listed.
mkdir "$TMP/later"
ls "$corpus" | grep '^0.*\.txt$' | awk 'NR % 50 == 7' | while read -r f; do mv "$corpus/$f" "$TMP/later/"; done
later=$(ls "$TMP/later" | wc -l)

# same DESCRIPTION: --list through the index (kept from the last start)
# equals --list of a cold start without one, stdout and stderr.
same() {
	"$TANDEM" --list "$corpus" >"$TMP/got" 2>"$TMP/goterr"
	"$TANDEM" --no-index --list "$corpus" >"$TMP/want" 2>"$TMP/wanterr"
	[ -s "$TMP/want" ] && cmp -s "$TMP/got" "$TMP/want" && cmp -s "$TMP/goterr" "$TMP/wanterr"
	ok $? "$1: --list through the index equals a cold start's"
}

"$TANDEM" --list "$corpus" >/dev/null 2>&1
ls "$TANDEM_STATE_DIR"/index-* >/dev/null 2>&1
ok $? "an index is kept"
# added: a few to the end and among the others, in two batches
ls "$TMP/later" | head -n $((later / 2)) | while read -r f; do mv "$TMP/later/$f" "$corpus/"; done
same "$((later / 2)) files added"
cp "$corpus/$(ls "$corpus" | sed -n 5p)" "$corpus/zz_copy.txt"
mv "$TMP/later"/* "$corpus/"
same "the rest added, and a copy of one"
# changed: a paragraph added with a figure and a name
f=$corpus/$(ls "$corpus" | sed -n 20p)
printf '\n\nMinsk, 3 March. The trade grew by 17.35 percent in Wladiwostok.\n' >>"$f"
same "one file changed"
# removed
rm "$corpus/$(ls "$corpus" | sed -n 30p)" "$corpus/zz_copy.txt"
same "two files removed"
# meetings.ini: one article split off its meeting, two meetings joined
"$TANDEM" --list "$corpus" >"$TMP/list" 2>/dev/null
alone=$(awk -F '\t' 'seen[$1]++ { print $4; exit }' "$TMP/list")
join=$(awk -F '\t' '$1 == 7 || $1 == 9 { print $4 }' "$TMP/list" | head -n 2 | tr '\n' ' ')
printf '[split]\nx = %s\n[join]\ny = %s\n' "$alone" "$join" >"$corpus/meetings.ini"
same "meetings.ini written"
"$TANDEM" --list "$corpus" >"$TMP/joined" 2>/dev/null
! cmp -s "$TMP/list" "$TMP/joined"
ok $? "  and it changes the meetings"
printf '[join]\ny = %s\n' "$join" >"$corpus/meetings.ini"
same "meetings.ini edited"
rm "$corpus/meetings.ini"
same "meetings.ini removed"
# most files removed: the index's text mostly dead, written anew
ls "$corpus" | grep '\.txt$' | awk 'NR % 3 != 0' | while read -r f; do rm "$corpus/$f"; done
same "two thirds of the files removed"
cp "$TMP/corpus/$(ls "$corpus" | sed -n 3p)" "$corpus/0_first.txt"
same "one more added after that"
done_testing
