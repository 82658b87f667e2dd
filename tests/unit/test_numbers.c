/* Figures read as values: the German and English ways of writing one value
 * give a key in common, different values none. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tandem/numbers.h"
#include "tap.h"

/* The keys of every figure in s, space-separated, into buf. */
static const char *
keys(const char *s, enum lang lang, char *buf, size_t n)
{
	struct figure f;
	size_t pos = 0, k, used = 0;

	buf[0] = '\0';
	while (numbers_next(s, strlen(s), lang, &pos, &f))
		for (k = 0; k < f.nkeys && used + 1 < n; k++)
			used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? " " : "", f.keys[k]);
	return buf;
}

/* Whether the first figure of a (German) and of b (English) share a key. */
static int
same_value(const char *a, const char *b)
{
	struct figure fa, fb;
	size_t pa = 0, pb = 0, i, k;

	if (!numbers_next(a, strlen(a), LANG_DE, &pa, &fa) || !numbers_next(b, strlen(b), LANG_EN, &pb, &fb))
		return 0;
	for (i = 0; i < fa.nkeys; i++)
		for (k = 0; k < fb.nkeys; k++)
			if (strcmp(fa.keys[i], fb.keys[k]) == 0)
				return 1;
	return 0;
}

static const char *
currency(const char *s, enum lang lang)
{
	struct figure f;
	size_t pos = 0;

	return numbers_next(s, strlen(s), lang, &pos, &f) ? f.currency : NULL;
}

static void
test_conventions(void)
{
	ok(same_value("ein Kredit von 1,2 Milliarden Dollar", "a loan of $1.2 billion"),
	    "1,2 Milliarden Dollar is $1.2 billion");
	ok(same_value("1,5 Mrd. Rubel", "1.5 billion rubles"), "1,5 Mrd. is 1.5 billion");
	ok(same_value("RUR22,5 Mrd.", "RUR22.5 billion"), "RUR22,5 Mrd. is RUR22.5 billion");
	ok(same_value("RUR22,5 Mrd.", "grew to 22.5"), "  and 22.5 written alone");
	ok(same_value("4,4 Milliarden", "4.4 billion"), "4,4 Milliarden is 4.4 billion");
	ok(same_value("2,3 Mio. Tonnen", "2.3 million tonnes"), "2,3 Mio. is 2.3 million");
	ok(same_value("22.500 Traktoren", "22,500 tractors"), "22.500 is 22,500");
	ok(same_value("22 500 Traktoren", "22,500 tractors"), "22 500 is 22,500");
	ok(same_value("22500 Traktoren", "22 500 tractors"), "22500 is 22 500");
	ok(same_value("22\xC2\xA0" "500 Traktoren", "22,500 tractors"), "a no-break space groups digits too");
	ok(same_value("1.234.567,5 Euro", "1,234,567.5 euros"), "1.234.567,5 is 1,234,567.5");
	ok(same_value("um 22 %", "by 22 percent"), "22 %% is 22 percent");
	ok(same_value("um 22 Prozent", "by 22%"), "22 Prozent is 22%%");
	ok(same_value("am 20. März", "on 20th March"), "the ordinal 20. is 20th");
	ok(!same_value("1,2 Milliarden", "12 billion"), "1,2 Milliarden is not 12 billion");
	ok(!same_value("22.500", "2,250"), "22.500 is not 2,250");
}

static void
test_readings(void)
{
	char buf[256];

	is_str(keys("1,2 Milliarden", LANG_DE, buf, sizeof(buf)), "1.2 1200000000",
	    "1,2 Milliarden: the figure as written and its value");
	is_str(keys("1.500 Menschen", LANG_DE, buf, sizeof(buf)), "1500 1.5",
	    "1.500 can be read both ways: 1500 and 1.5");
	is_str(keys("eine Billion Rubel", LANG_DE, buf, sizeof(buf)), "", "a word alone is no figure");
	is_str(keys("2 Billionen", LANG_DE, buf, sizeof(buf)), "2 2000000000000", "a German Billion is 10^12");
	is_str(keys("2 billion", LANG_EN, buf, sizeof(buf)), "2 2000000000", "an English billion is 10^9");
	is_str(keys("1.5 million", LANG_EN, buf, sizeof(buf)), "1.5 1500000",
	    "1.5 million: 1.5 as written, but not the value of 1,5 Milliarden");
	is_str(keys("22 Prozent", LANG_DE, buf, sizeof(buf)), "22 22%", "a share: the figure and the share");
	is_str(keys("am 16.07.2019 um 12:48", LANG_DE, buf, sizeof(buf)), "16 7 2019 12 48",
	    "a date is its day, month and year");
	is_str(keys("in 2019 100 people", LANG_EN, buf, sizeof(buf)), "2019 100",
	    "a year and the number after it stay two figures");
	is_str(keys("0,50 Euro", LANG_DE, buf, sizeof(buf)), "0.5", "0,50 is 0.5");
	is_str(keys("12345678901234567890123 units", LANG_EN, buf, sizeof(buf)), "",
	    "a figure too long for a key gives none, and nothing breaks");
	is_str(currency("$1.2 billion", LANG_EN), "USD", "$ before a figure: dollars");
	is_str(currency("5 US-Dollar", LANG_DE), "USD", "US-Dollar after it: dollars");
	is_str(currency("RUR22,5 Mrd.", LANG_DE), "RUB", "RUR: roubles");
	is_str(currency("7 Mio. Rubel", LANG_DE), "RUB", "Rubel after the scale: roubles");
	ok(currency("seit 7 Jahren", LANG_DE) == NULL, "no currency where none is named");
}

int
main(void)
{
	test_conventions();
	test_readings();
	return done_testing();
}
