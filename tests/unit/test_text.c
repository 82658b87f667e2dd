/* What reading a file gives: clean NFC UTF-8 that is safe on a terminal. */
#include "config.h"

#include <ctype.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/text.h"
#include "tandem/util.h"
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

/* A sentence of this file's own, clean, and the same as it reaches us
 * through each code page that mangles UTF-8. */
#define SENTENCE "Der Präsident sprach mit dem Gouverneur\xc2\xa0von „Südstadt“ über " \
	"weißrussische Gespräche – Übergabe folgt."
static const struct { const char *page, *mangled; } mangled[] = {
	{ "Windows-1252", "Der PrÃ¤sident sprach mit dem GouverneurÂ\xc2\xa0von â€žSÃ¼dstadtâ€œ Ã¼ber "
	    "weiÃŸrussische GesprÃ¤che â€“ Ãœbergabe folgt." },
	{ "Latin-1 (C1 controls)", "Der PrÃ¤sident sprach mit dem GouverneurÂ\xc2\xa0von â\xc2\x80\xc2\x9eSÃ¼dstadt"
	    "â\xc2\x80\xc2\x9c Ã¼ber weiÃ\xc2\x9frussische GesprÃ¤che â\xc2\x80\xc2\x93 Ã\xc2\x9c" "bergabe folgt." },
	{ "CP852", "Der Pr├Ąsident sprach mit dem Gouverneur┬ávon ÔÇ×S├╝dstadtÔÇť ├╝ber "
	    "wei├črussische Gespr├Ąche ÔÇô ├ťbergabe folgt." },
	{ "CP850", "Der Pr├ñsident sprach mit dem Gouverneur┬ávon ÔÇ×S├╝dstadtÔÇ£ ├╝ber "
	    "wei├ƒrussische Gespr├ñche ÔÇô ├£bergabe folgt." },
	{ "CP437", "Der Pr├ñsident sprach mit dem Gouverneur┬ávon ΓÇ₧S├╝dstadtΓÇ£ ├╝ber "
	    "wei├ƒrussische Gespr├ñche ΓÇô ├£bergabe folgt." },
};

/* Text that holds such characters on purpose: kept byte for byte. */
static const char *const on_purpose[] = {
	"SÃO PAULO: Der Bürgermeister von São Paulo kam.",
	"© 2024, ± 3 °C, ½ Liter, 10\xc2\xa0km, Nr.\xc2\xa0" "5 und „richtige“ Anführungszeichen – »so« auch.",
	"Ä, Ö und Ü sind Umlaute; Ä allein ist ein Wort.",
	"├── tabelle\n│   ├── zeile\n└── ende",
	"Łukašenka, Ąžuolas, čeština, Łódź, Gdańsk, Dvořák, Plzeň, děkuji, ěž, šč, ďáblík.",
	"Vietnamesisch: đó, đã; kroatisch: Đurđevac, građani; isländisch: Þórður, það.",
	"CAFÉ’s menu, JOSÉ’s car, naïve, coöperate, façade, Ångström.",
	"PROHLÍŽEČ, PŘEDVINUTÍ…, COSÌ… e PIÙ»",
};

static void
check_s(const char *name, const char *in, const char *want, unsigned want_repairs)
{
	check(name, in, strlen(in), want, want_repairs);
}

static void
check_mojibake(void)
{
	size_t i, n = 100000;
	char *big, *want, *got;
	unsigned repairs;

	for (i = 0; i < sizeof(mangled) / sizeof(mangled[0]); i++) {
		char name[128];

		snprintf(name, sizeof(name), "UTF-8 read as %s comes back word for word", mangled[i].page);
		check_s(name, mangled[i].mangled, SENTENCE, TEXT_MOJIBAKE);
	}
	check_s("text without mojibake is kept byte for byte", SENTENCE, SENTENCE, 0);
	for (i = 0; i < sizeof(on_purpose) / sizeof(on_purpose[0]); i++)
		check_s("such characters used on purpose are kept", on_purpose[i], on_purpose[i], 0);
	check_s("Cyrillic read as Windows-1252 comes back", "Minsk (Ð\xc2\x9cÐ¸Ð½Ñ\xc2\x81Ðº) und Ð›ÑƒÐºÐ°ÑˆÐµÐ½ÐºÐ¾",
	    "Minsk (Минск) und Лукашенко", TEXT_MOJIBAKE);
	check_s("Łukašenka read as Latin-1 comes back", "Å\xc2\x81ukaÅ¡enka", "Łukašenka", TEXT_MOJIBAKE);
	check_s("decomposed (NFD) UTF-8 read as Windows-1252 comes back composed",
	    "KapitaÌˆn und MaÌ\xc2\x88" "dchen", "Kapitän und Mädchen", TEXT_MOJIBAKE);
	check_s("UTF-8 mangled twice comes back", "GesprÃƒÂ¤che", "Gespräche", TEXT_MOJIBAKE);
	check_s("a page mixing right words, both forms and none is mended where it is bad",
	    "Präsident, Pr├Ąsident und PrÃ¤sident; São Paulo und SÃ£o Paulo; 25 °C und 25Â°C.",
	    "Präsident, Präsident und Präsident; São Paulo und São Paulo; 25 °C und 25°C.", TEXT_MOJIBAKE);
	check_s("a word that is mangled only in part is kept whole (no half repair)",
	    "ÜberprÃ¼fung und GesprÃ¤che", "ÜberprÃ¼fung und Gespräche", TEXT_MOJIBAKE);
	check_s("a lead character with nothing to lead is kept", "GesprÃ und Ã¤Ã", "GesprÃ und Ã¤Ã", 0);
	check_s("a byte order mark read as Windows-1252 is dropped", "ï»¿Minsk", "Minsk", TEXT_MOJIBAKE);
	check_s("a file that is not UTF-8 is read as Windows-1252, never mended again",
	    "\xd4\xe9\xbc Gr\xfc\xdf" "e", "Ôé¼ Grüße", TEXT_CP1252);	/* "€" through CP850 */

	/* 100,000 mangled words in one line, then a word that cannot be
	 * mended; then one word of 100,000 mangled letters with a bad end.
	 * Each run is looked at once, so neither takes long. */
	big = malloc(n * 7 + 16);
	want = malloc(n * 5 + 16);
	for (i = 0; i < n; i++) {
		memcpy(big + i * 7, "PrÃ¤ ", 7);
		memcpy(want + i * 5, "Prä ", 5);
	}
	strcpy(big + n * 7, "Ã¤Ã");
	strcpy(want + n * 5, "Ã¤Ã");
	got = clean(big, strlen(big), &repairs);
	ok(strcmp(got, want) == 0 && repairs == TEXT_MOJIBAKE, "100,000 mangled words on one line are all mended");
	free(got);
	for (i = 0; i < n; i++)
		memcpy(big + i * 4, "Ã¤", 4);
	strcpy(big + n * 4, "Ã");
	got = clean(big, strlen(big), &repairs);
	ok(strcmp(got, big) == 0 && repairs == 0, "  and a word of 100,000 mangled letters with a bad end is kept whole");
	free(got);
	free(big);
	free(want);
}

/* A soft hyphen is shown nowhere but where a line breaks at it (wrap.h). */
static void
check_soft_hyphens(void)
{
	static const char word[] = "Verkehrs\xc2\xad" "infrastruktur";
	struct buf b = { 0 };
	size_t pos = 0, st, wl;

	is_int(text_width(word, strlen(word)), 21, "a soft hyphen takes no column");
	is_int((long)text_chars(word, strlen(word)), 21, "  and is not counted as a character");
	ok(text_next_word(word, strlen(word), &pos, &st, &wl) && st == 0 && wl == strlen(word),
	    "  a word split by a soft hyphen is one word");
	pos = 0;
	ok(text_next_word("Wort\xc2\xad und", 10, &pos, &st, &wl) && wl == 4, "  one at a word's end is not part of it");
	text_add_visible(&b, "a\xc2\xad" "b\xc2\xad\xc2\xad" "c\xc2\xad", 11);
	is_str(b.data, "abc", "text as shown unwrapped has no soft hyphens");
	buf_free(&b);
	ok(text_ends_soft_hyphen(word, 10) && !text_ends_soft_hyphen(word, strlen(word)),
	    "  and a line can tell whether it ends with one");
}

/* The ASCII classes against <ctype.h> in the C locale; then, in a Latin-1
 * locale when there is one, every byte >= 0x80 in no class and caseless,
 * as the bytes of UTF-8 must be. */
static void
test_ascii(void)
{
	static const char *latin1[] = { "de_DE.ISO-8859-1", "de_DE.iso88591", "de_DE", "en_US.ISO-8859-1",
	    "en_US.iso88591", "fr_FR.ISO-8859-1" };
	size_t k;
	int c, differ = 0, high = 0;

	for (c = 0; c < 0x80; c++)
		differ += !ascii_isalpha(c) != !isalpha(c) || !ascii_isdigit(c) != !isdigit(c) ||
		    !ascii_isspace(c) != !isspace(c) || !ascii_isupper(c) != !isupper(c) ||
		    !ascii_isalnum(c) != !isalnum(c) || ascii_tolower(c) != tolower(c) || ascii_toupper(c) != toupper(c);
	is_int(differ, 0, "ASCII: the classes and cases of the C locale");
	for (k = 0; k < ARRAY_SIZE(latin1) && setlocale(LC_CTYPE, latin1[k]) == NULL; k++)
		;
	printf("# bytes >= 0x80 checked in the %s locale\n", k < ARRAY_SIZE(latin1) ? latin1[k] : "C");
	for (c = 0x80; c < 0x100; c++)
		high += ascii_isalpha(c) || ascii_isdigit(c) || ascii_isspace(c) || ascii_isupper(c) ||
		    ascii_islower(c) || ascii_isalnum(c) || ascii_tolower(c) != c || ascii_toupper(c) != c;
	is_int(high, 0, "bytes >= 0x80 (UTF-8's) are in no class and keep their case in any locale");
	setlocale(LC_CTYPE, "C");
	ok(ascii_strcasecmp("ID", "id") == 0 && ascii_strncasecmp("Enter", "ENTER!", 5) == 0,
	    "ASCII letters compare without case");
	ok(ascii_strcasecmp("\xC3\x84", "\xC3\xA4") != 0 && ascii_strcasecmp("a", "ab") < 0 &&
	    ascii_strncasecmp("ab", "a", 2) > 0, "  others by their bytes; a prefix sorts first");
}

int
main(void)
{
	size_t used;
	int w;
	char *safe;

	test_ascii();
	check("valid UTF-8 is kept", "Kalmückien", 11, "Kalmückien", 0);
	check("Windows-1252 is read as such", "Gr\xfc\xdf" "e \x84zitiert\x93 \x80", 17,
	    "Grüße „zitiert“ €", TEXT_CP1252);
	check("broken UTF-8 among good UTF-8 becomes U+FFFD", "Kalm\xc3\xbc" "ck \xff" "x", 11,
	    "Kalmück \xef\xbf\xbdx", TEXT_INVALID);
	check("decomposed umlauts are composed (NFC)", "Ka\x6cmu\xcc\x88" "ckien", 12, "Kalmückien", 0);
	check("CRLF and lone CR become LF", "a\r\nb\rc", 6, "a\nb\nc", 0);
	check("a BOM is dropped", "\xef\xbb\xbf" "Minsk", 8, "Minsk", 0);
	check("soft hyphens are kept, to break long words at", "Ver\xc2\xad" "handlung", 13,
	    "Ver\xc2\xad" "handlung", 0);
	check("  in Windows-1252 text too", "Stra\xdf" "en\xad" "bau", 11, "Straßen\xc2\xad" "bau", TEXT_CP1252);
	check("ESC is shown as a control picture", "a\x1b[31mb", 7, "a\xe2\x90\x9b[31mb", TEXT_CONTROL);
	check("a C1 control (CSI) is replaced", "a\xc2\x9b" "b", 4, "a\xef\xbf\xbd" "b", TEXT_CONTROL);
	check("bidi overrides are removed", "a\xe2\x80\xae" "b", 5, "ab", TEXT_BIDI);
	check("NUL bytes are removed", "a\0b", 3, "ab", TEXT_NUL);
	check("tab and newline stay", "a\tb\n", 4, "a\tb\n", 0);
	check("UTF-16LE with a BOM is decoded", "\xff\xfe" "M\0\xe4\0r\0z\0", 10, "März", TEXT_UTF16);
	check("UTF-16BE with a BOM is decoded", "\xfe\xff\0M\0\xe4", 6, "Mä", TEXT_UTF16);
	check_mojibake();
	check_soft_hyphens();

	safe = text_safe("evil\x1b[31m\tname\n\xc2\x9b\xff", 18);
	is_str(safe, "evil\xe2\x90\x9b[31m\xe2\x90\x89name\xe2\x90\x8a\xef\xbf\xbd\xef\xbf\xbd",
	    "a file name shows ESC, tab and newline as control pictures, C1 and bad bytes as U+FFFD");
	free(safe);
	safe = text_safe("PrÃ¤sident", strlen("PrÃ¤sident"));
	is_str(safe, "PrÃ¤sident", "a file name is shown as it is spelled, mojibake and all");
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
