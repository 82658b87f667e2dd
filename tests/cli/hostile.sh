#!/bin/sh
# A corpus of hostile files (tests/hostile/mkcorpus.sh): --list finishes,
# keeps every good article, names every file it skips and why, and neither
# --list nor --export prints a control byte, raw.
. "$top_srcdir/tests/cli/lib.sh"
H="$TMP/hostile"
sh "$top_srcdir/tests/hostile/mkcorpus.sh" "$H"
ok $? "the hostile corpus is made"

# raw_controls FILE [TAB-ALLOWED]: the lines holding a C0 control other than
# newline (and tab when allowed), DEL, a C1 control encoded as UTF-8, or a
# byte that is not UTF-8.
raw_controls() {
	perl -ne 'BEGIN { $tab = shift } s/\t//g if $tab;
		print if /[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]/ || !utf8::decode(my $copy = $_)' "${2:-0}" "$1"
}

# seconds COMMAND...: runs it (stdout to $TMP/out, stderr to $TMP/err),
# sets $took to the seconds it took and $rc to its status.
seconds() {
	t0=$(perl -MTime::HiRes=time -e 'printf "%.2f", time')
	timeout 60 "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	took=$(perl -MTime::HiRes=time -e 'printf "%.2f", time - $ARGV[0]' "$t0")
}

seconds "$TANDEM" --list "$H"
cp "$TMP/out" "$TMP/list"
cp "$TMP/err" "$TMP/warnings"
is "$rc" 0 "--list on the hostile corpus finishes and exits 0"
echo "# --list took ${took}s"
perl -e 'exit !($ARGV[0] < 20)' "$took"
ok $? "  in under 20 seconds (a 50 MB file, 1 MB lines and 100,000 lines among the files)"

evil=$(printf 'evil\342\220\233[31mred\342\220\233[0m')
good="000_bb48c70955bb72ea 001_994465b2fab599f9 002_954a635c099c0dbf
003_5657ae1482649044 004_bec5a6384e55e9b3 invalid-utf8 latin1 cp1252
utf16le-bom utf16be-bom nul-bytes ansi-escapes c1-controls bidi zero-width
controls crlf bom-utf8 long-word megabyte-line megabyte-word
hundred-thousand-lines -leading-dash"
missing=""
for name in $good "mit Leerzeichen und Umlauten äöüß" "$evil" "tab␉name" "new␊line" \
	"c1-�name" "latin1-ä"; do
	cut -f4 "$TMP/list" | grep -qxF -- "$name" || missing="$missing [$name]"
done
is "$missing" "" "every good article is listed, odd names shown inert (ESC as ␛, tab as ␉, newline as ␊)"
is "$(wc -l <"$TMP/list" | tr -d ' ')" 29 "  and nothing else: 29 articles"
is "$(awk -F '\t' 'NF != 5' "$TMP/list")" "" "  every line still has five tab-separated fields"

want_skip="binary.txt: binary file, not text
random-bytes.txt: binary file, not text
empty.txt: empty file
whitespace-only.txt: no text
x.txt: not a regular file
devzero.txt: not a regular file
y.txt: is a folder, not a file
loop-a.txt: looping link: it leads back to itself, or through too many links
loop-b.txt: looping link: it leads back to itself, or through too many links
dangling.txt: broken link: no/such/file.txt does not exist
fifty-megabytes.txt: too large (over 32 MB)"
if [ "$(id -u)" != 0 ]; then
	want_skip="$want_skip
unreadable.txt: Permission denied"
fi
missing=$(echo "$want_skip" | while IFS= read -r line; do
	grep -qxF "tandem: $line" "$TMP/warnings" || echo "$line"
done)
is "$missing" "" "every skipped file is named with its reason (FIFO, folder, links, binary, empty, huge)"

want_repair="invalid-utf8.txt: invalid UTF-8 replaced by U+FFFD
latin1.txt: not UTF-8, read as Windows-1252
cp1252.txt: not UTF-8, read as Windows-1252
utf16le-bom.txt: UTF-16, converted to UTF-8
utf16be-bom.txt: UTF-16, converted to UTF-8
nul-bytes.txt: NUL bytes removed
ansi-escapes.txt: control characters shown as placeholders
c1-controls.txt: control characters shown as placeholders
controls.txt: control characters shown as placeholders
bidi.txt: bidirectional overrides removed"
missing=$(echo "$want_repair" | while IFS= read -r line; do
	grep -qxF "tandem: $line" "$TMP/warnings" || echo "$line"
done)
is "$missing" "" "every repaired file is named with what was repaired"
grep -q '^tandem: meetings.ini: ' "$TMP/warnings"
ok $? "a meetings.ini of escape sequences and garbage gives a warning"

is "$(raw_controls "$TMP/list" 1)" "" "--list prints no control byte and only UTF-8"
is "$(raw_controls "$TMP/warnings")" "" "  nor do its warnings (file names and meetings.ini lines are shown inert)"

# Every article exported by the name --list shows: no control byte either.
bad=""
cut -f4 "$TMP/list" >"$TMP/names"
while IFS= read -r name; do
	"$TANDEM" --export "$name" "$H" >"$TMP/article" 2>/dev/null || bad="$bad [$name: status]"
	[ -z "$(raw_controls "$TMP/article")" ] || bad="$bad [$name: raw control]"
done <"$TMP/names"
is "$bad" "" "every article exports by its listed name, with no control byte in the text"

"$TANDEM" --export "$(printf 'evil\033[31mred\033[0m')" "$H" >"$TMP/evil" 2>&1
ok $? "the evil name exports by its raw name too"
"$TANDEM" --export -leading-dash "$H" >"$TMP/dash" 2>&1
ok $? "a name with a leading dash exports (--export takes it as the article)"

"$TANDEM" --export ansi-escapes "$H" >"$TMP/ansi"
grep -qF "␛[2J␛[HDer Präsident ␛[10;20Hsprach ␛]0;pwned title␇mit den Gästen. ␛]52;c;ZWNobyBwd25lZA==␇" "$TMP/ansi"
ok $? "escape sequences (clear screen, cursor moves, OSC title, OSC 52 clipboard) show as inert ␛ … ␇"
grep -q "^Title: ␛\[31mRed headline" "$TMP/ansi"
ok $? "  in the title too"
"$TANDEM" --export c1-controls "$H" >"$TMP/c1"
grep -qF "enthält �31m ein CSI, � ein NEL" "$TMP/c1"
ok $? "C1 controls (CSI U+009B, NEL) show as U+FFFD"
"$TANDEM" --export bidi "$H" >"$TMP/bidi"
grep -qF "Der Dateiname txt.exe und isoliert und RLM erscheinen" "$TMP/bidi"
ok $? "bidi overrides are removed and the text stays in its order"
"$TANDEM" --export latin1 "$H" >"$TMP/latin1"
grep -qF "Grüße an die Gäste aus München" "$TMP/latin1"
ok $? "Latin-1 is read right"
"$TANDEM" --export utf16be-bom "$H" >"$TMP/utf16"
grep -qF "Title: Lukashenko meets the governor of Brest Oblast" "$TMP/utf16"
ok $? "UTF-16 with a BOM is read right"
"$TANDEM" --export controls "$H" >"$TMP/controls"
grep -qF "Glocke␇, ein Rückschritt␈, ein Seitenvorschub␌, ein Tabulator␋ und ein DEL␡ stehen" "$TMP/controls"
ok $? "BEL, BS, FF, VT and DEL show as control pictures"

# cols FILE: the widest line in columns, zero-width and combining characters as 0.
cols() {
	perl -CSD -ne 'chomp; my $w = 0; for my $c (split //) { $w += $c =~ /[\p{Mn}\p{Cf}]/ ? 0 : 1 } $m = $w if $w > $m; END { print $m + 0, "\n" }' "$1"
}
"$TANDEM" --export zero-width --width 30 "$H" | sed '1,/^$/d' >"$TMP/zw"
perl -e 'exit !($ARGV[0] <= 30)' "$(cols "$TMP/zw")"
ok $? "zero-width spaces between words: --width 30 still wraps within 30 columns"
is "$(perl -ne '$n += () = /\xe2\x80\x8b/g; END { print $n + 0 }' "$TMP/zw")" 10 \
	"  breaking at the zero-width spaces and keeping all 10 of them"

"$TANDEM" --export long-word --width 40 "$H" | sed '1,/^$/d' >"$TMP/long"
is "$(grep -c '^Handelsx*abkommen$' "$TMP/long")" 1 "a 10,000-letter word stays whole in --export --width 40"
is "$(awk 'length($0) > 40' "$TMP/long" | wc -l | tr -d ' ')" 1 "  and it is the only line over 40 columns"

seconds "$TANDEM" --export megabyte-line --width 80 "$H"
echo "# --export of a 1 MB line at --width 80 took ${took}s"
is "$rc" 0 "a 1 MB single line exports at --width 80"
is "$(sed '1,/^$/d' "$TMP/out" | tr ' ' '\n' | grep -c '^Wort')" 110000 "  keeping all 110,000 words"
perl -e 'exit !($ARGV[0] <= 80 && $ARGV[1] < 20)' "$(sed '1,/^$/d' "$TMP/out" | cols /dev/stdin)" "$took"
ok $? "  in lines of at most 80 columns, in under 20 seconds"

seconds "$TANDEM" --export megabyte-word --width 80 "$H"
echo "# --export of a 1 MB word at --width 80 took ${took}s"
is "$(grep -c '^ZZZZZZZZZZ*$' "$TMP/out")" 1 "a 1 MB word is one line in --export --width 80"

seconds "$TANDEM" --export hundred-thousand-lines "$H"
echo "# --export of 100,000 lines took ${took}s"
is "$(sed '1,/^$/d' "$TMP/out" | grep -c '^Punkt')" 100000 "100,000 one-line paragraphs are all kept"
perl -e 'exit !($ARGV[0] < 20)' "$took"
ok $? "  in under 20 seconds"

# The other modes print text from the same articles: nothing raw either.
"$TANDEM" --grep "Präsident" "$H" >"$TMP/grep" 2>/dev/null
grep -q '^ansi-escapes:1:.*␛\[2J' "$TMP/grep"
ok $? "--grep finds text beside escape sequences and shows them inert"
"$TANDEM" --grep "$(printf '\033[2J')" "$H" >>"$TMP/grep" 2>&1
"$TANDEM" --export-pair ansi-escapes zero-width "$H" >"$TMP/pair" 2>&1
"$TANDEM" --export-pair c1-controls utf16le-bom --format tmx "$H" >>"$TMP/pair" 2>&1
"$TANDEM" --align controls crlf "$H" >>"$TMP/pair" 2>&1
is "$(raw_controls "$TMP/grep" 1)$(raw_controls "$TMP/pair" 1)" "" \
	"--grep (an ESC in the query too), --export-pair (text, TMX) and --align print no control byte"

"$TANDEM" --config "$H/random-bytes.txt" --list "$H" >"$TMP/list-config" 2>"$TMP/err-config"
is "$?" 0 "random bytes as the settings file: --list still exits 0"
cmp -s "$TMP/list-config" "$TMP/list"
ok $? "  with the same list"
grep -q "^tandem: $H/random-bytes.txt:[0-9]*: " "$TMP/err-config"
ok $? "  and warnings naming the settings file and line"
is "$(raw_controls "$TMP/err-config")" "" "  which quote its lines inert"

"$TANDEM" --list --no-index "$H" >"$TMP/list-noindex" 2>"$TMP/warnings-noindex"
cmp -s "$TMP/list-noindex" "$TMP/list" && cmp -s "$TMP/warnings-noindex" "$TMP/warnings"
ok $? "the index kept between runs gives the same list and warnings as reading every file"
done_testing
