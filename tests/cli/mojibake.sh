#!/bin/sh
# Mojibake: UTF-8 that was read as Windows-1252 or a DOS code page and
# written out again ("PrÃ¤sident", "Pr├Ąsident") is read back right, and the
# file is named on stderr with the repair, as for the other repairs. Text
# that holds such characters on purpose is left alone.
. "$top_srcdir/tests/cli/lib.sh"
C="$TMP/corpus"
mkdir "$C"
# The mangled forms are spelled in octal: the UTF-8 of what each code page
# made of the UTF-8 of "ä" (Ã¤ / ├Ą), "ü" (Ã¼ / ├╝), "ß" (ÃŸ / ├č), a
# no-break space (Â  / ┬á), „ (â€ž / ÔÇ×), “ (â€œ / ÔÇť) and – (â€“ / ÔÇô).
printf 'MINSK, 2. Mai (BelTA) - Der Pr\303\203\302\244sident sprach am Montag mit dem Gouverneur\303\202\302\240von \303\242\342\202\254\305\276S\303\203\302\274dstadt\303\242\342\202\254\305\223 \303\203\302\274ber wei\303\203\305\270russische Gespr\303\203\302\244che \303\242\342\202\254\342\200\234 und \303\274ber den Stra\303\237enbau.' \
	>"$C/windows.txt"
printf 'MINSK, 3. Mai (BelTA) - Der Pr\342\224\234\304\204sident sprach am Dienstag mit dem Gouverneur\342\224\254\303\241von \303\224\303\207\303\227S\342\224\234\342\225\235dstadt\303\224\303\207\305\245 \342\224\234\342\225\235ber wei\342\224\234\304\215russische Gespr\342\224\234\304\204che \303\224\303\207\303\264 und \303\274ber den Stra\303\237enbau.' \
	>"$C/dos.txt"
printf 'MINSK, 4. Mai (BelTA) - Der Pr\303\244sident sprach am Mittwoch \303\274ber den Stra\303\237enbau.\nDie Gespr\303\203\302\244che mit den Partnern aus S\303\243o Paulo und \305\201ukasz aus \305\201\303\263d\305\272 dauerten bis in den Abend.' \
	>"$C/mixed.txt"
printf 'MINSK, 5. Mai (BelTA) - In S\303\203O PAULO sagte der Pr\303\244sident: \342\200\236Es sind 25\302\240\302\260C, \302\261 2 Grad.\342\200\234 \302\251 Agentur. Die Tabelle \342\224\234\342\224\200\342\224\200 zeigt \304\204\305\276uolas und \304\215e\305\241tina.' \
	>"$C/purpose.txt"
printf 'MINSK, 6. Mai (BelTA) - Gr\374\337e aus Minsk, sagte der Pr\344sident.' >"$C/latin1.txt"

"$TANDEM" --list --no-index "$C" >"$TMP/list" 2>"$TMP/err"
is "$?" 0 "--list on a corpus with mojibake exits 0"
reason="mojibake (UTF-8 read as Windows-1252 or a DOS code page) repaired"
is "$(sort "$TMP/err")" "tandem: dos.txt: $reason
tandem: latin1.txt: not UTF-8, read as Windows-1252
tandem: mixed.txt: $reason
tandem: windows.txt: $reason" \
	"each file with mojibake is named with the repair, as a Windows-1252 file is; the one on purpose is not"
is "$(wc -l <"$TMP/list" | tr -d ' ')" 5 "  and every file is listed"

body() {	# body NAME: the exported article without its header
	"$TANDEM" --export "$1" "$C" 2>/dev/null | sed '1,/^$/d'
}
want=$(printf 'Der Pr\303\244sident sprach am Montag mit dem Gouverneur\302\240von \342\200\236S\303\274dstadt\342\200\234 \303\274ber wei\303\237russische Gespr\303\244che \342\200\223 und \303\274ber den Stra\303\237enbau.')
is "$(body windows)" "MINSK, 2. Mai (BelTA) - $want" \
	"UTF-8 read as Windows-1252 exports word for word (with its no-break space)"
is "$(body dos)" "MINSK, 3. Mai (BelTA) - $(echo "$want" | sed 's/Montag/Dienstag/')" \
	"UTF-8 read as CP852 exports word for word"
is "$(body mixed)" "MINSK, 4. Mai (BelTA) - Der Präsident sprach am Mittwoch über den Straßenbau.

Die Gespräche mit den Partnern aus São Paulo und Łukasz aus Łódź dauerten bis in den Abend." \
	"a page with right words and a mangled one is mended where it is mangled"
is "$(body purpose)" "$(cat "$C/purpose.txt")" \
	"Ã, °, ±, ©, box drawing, Ą, č used on purpose are exported as they are"

"$TANDEM" --list "$C" >/dev/null 2>&1
"$TANDEM" --list "$C" >"$TMP/list2" 2>"$TMP/err2"
cmp -s "$TMP/list" "$TMP/list2" && cmp -s "$TMP/err" "$TMP/err2"
ok $? "the index kept between runs gives the same list and names the same repairs"
done_testing
