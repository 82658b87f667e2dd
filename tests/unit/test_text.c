/* What reading a file gives: clean NFC UTF-8 that is safe on a terminal. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/text.h"
#include "tap.h"

static char *
clean(const char *bytes, size_t len, unsigned *repairs)
{
	return text_clean((const uint8_t *)bytes, len, NULL, repairs);
}

static void
check(const char *name, const char *in, size_t len, const char *want, unsigned want_repairs)
{
	unsigned repairs;
	char *got = clean(in, len, &repairs);

	is_str(got, want, name);
	is_int((long)repairs, (long)want_repairs, "  and reports the right repairs");
	free(got);
}

int
main(void)
{
	size_t used;
	int w;
	char *safe;

	check("valid UTF-8 is kept", "Kalmückien", 11, "Kalmückien", 0);
	check("Windows-1252 is read as such", "Gr\xfc\xdf" "e \x84zitiert\x93 \x80", 17,
	    "Grüße „zitiert“ €", TEXT_CP1252);
	check("broken UTF-8 among good UTF-8 becomes U+FFFD", "Kalm\xc3\xbc" "ck \xff" "x", 11,
	    "Kalmück \xef\xbf\xbdx", TEXT_INVALID);
	check("decomposed umlauts are composed (NFC)", "Ka\x6cmu\xcc\x88" "ckien", 12, "Kalmückien", 0);
	check("CRLF and lone CR become LF", "a\r\nb\rc", 6, "a\nb\nc", 0);
	check("a BOM is dropped", "\xef\xbb\xbf" "Minsk", 8, "Minsk", 0);
	check("soft hyphens are dropped", "Ver\xc2\xad" "handlung", 13, "Verhandlung", 0);
	check("ESC is shown as a control picture", "a\x1b[31mb", 7, "a\xe2\x90\x9b[31mb", TEXT_CONTROL);
	check("a C1 control (CSI) is replaced", "a\xc2\x9b" "b", 4, "a\xef\xbf\xbd" "b", TEXT_CONTROL);
	check("bidi overrides are removed", "a\xe2\x80\xae" "b", 5, "ab", TEXT_BIDI);
	check("NUL bytes are removed", "a\0b", 3, "ab", TEXT_NUL);
	check("tab and newline stay", "a\tb\n", 4, "a\tb\n", 0);
	check("UTF-16LE with a BOM is decoded", "\xff\xfe" "M\0\xe4\0r\0z\0", 10, "März", TEXT_UTF16);
	check("UTF-16BE with a BOM is decoded", "\xfe\xff\0M\0\xe4", 6, "Mä", TEXT_UTF16);

	safe = text_safe("evil\x1b[31m\tname\n\xc2\x9b\xff", 18);
	is_str(safe, "evil\xe2\x90\x9b[31m\xe2\x90\x89name\xe2\x90\x8a\xef\xbf\xbd\xef\xbf\xbd",
	    "a file name shows ESC, tab and newline as control pictures, C1 and bad bytes as U+FFFD");
	free(safe);

	is_int(text_width("Kalmückien", strlen("Kalmückien")), 10, "an umlaut is one column");
	is_int(text_width("Straße", strlen("Straße")), 6, "ß is one column");
	is_int((long)text_chars("Straße", strlen("Straße")), 6, "Straße is six characters in seven bytes");
	is_int((long)text_chars("Ka\u0308se", strlen("Ka\u0308se")), 5, "  a combining umlaut is a character of its own");
	is_int(text_width("日本語", strlen("日本語")), 6, "CJK characters are two columns");
	is_int(text_width("e\xcc\x81", 3), 1, "a combining mark adds no column");
	used = text_fit("日本語", strlen("日本語"), 5, &w);
	is_int((long)used, 6, "text_fit never splits a double-width character");
	is_int(w, 4, "  and reports the columns it used");
	used = text_fit("ae\xcc\x81z", 5, 2, &w);
	is_int((long)used, 4, "text_fit keeps a combining mark with its letter");
	return done_testing();
}
