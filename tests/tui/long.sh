#!/bin/sh
# Long articles: the list answers a key at once while it aligns them in
# the background, and the reader says when they were too long to compare
# word by word.
. "$top_srcdir/tests/tui/lib.sh"

# article FILE LANG N NAME_DE NAME_EN DAY: a made-up report of N paragraphs.
article() {
	perl -e '
		my ($lang, $n, $de, $en, $day) = @ARGV;
		if ($lang eq "de") {
			print "MINSK, $day. März (BelTA) - Der belarussische Präsident Alexander Lukaschenko hat den Gouverneur $de empfangen.\n";
			print "Gouverneur $de nannte ", 7 * $_ + 3, " Traktoren", ($_ % 3 ? " und Lieferungen nach Minsk" : ""), ".\n" for 1 .. $n;
		} else {
			print "Meeting with Governor $en\n\nBelarusian President Aleksandr Lukashenko has met with Governor $en on $day March.\n\n";
			for (1 .. $n) {
				next if $_ % 40 == 39;
				print "Governor $en named ", 7 * $_ + 3, " tractors", ($_ % 3 ? " and deliveries to Minsk" : ""), ".\n\n";
			}
		}' "$2" "$3" "$4" "$5" "$6" >"$1"
}

mkdir -p "$WORK/long"
# Under the limit: compared word by word, which takes a while.
article "$WORK/long/001_de.txt" de 1900 Schukow Zhukov 12
article "$WORK/long/002_en.txt" en 1900 Schukow Zhukov 12
# Over it: lengths and anchors.
article "$WORK/long/003_de.txt" de 2100 Worobjow Vorobyov 14
article "$WORK/long/004_en.txt" en 2100 Worobjow Vorobyov 14

start 100 30 "'$TANDEM' --no-index '$WORK/long'"
wait_for "2 meetings"
ok $? "two meetings of long articles are listed"
# The list ranks the meetings on screen while it waits for a key, the one
# over the limit first (quick), then the other (seconds: the dictionary
# loads, then every word is compared); a key must not wait for that work.
wait_for "%"
ok $? "  the first meeting's aligned share is shown"
start_ms=$(date +%s%N)
keys '?'
wait_for "tandem: keys"
elapsed=$(( ($(date +%s%N) - start_ms) / 1000000 ))
[ "$elapsed" -lt 500 ]
ok $? "while the list aligns the meetings, ? shows the help at once ($elapsed ms)"
keys q
wait_gone "tandem: keys"
open_meeting "14 Mar"
wait_for "aligned by lengths and anchors only"
ok $? "the reader says articles over 4000 paragraphs are aligned by lengths and anchors only"
screen | grep -q "Governor Vorobyov named 10 tractors"
ok $? "  and shows them side by side"
finish
