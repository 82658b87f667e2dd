/* numbers: figures read as values across German and English conventions. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tandem/numbers.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* The most digit groups a figure is read with ("1.234.567,89": four). */
#define GROUPS_MAX 8

/* Words that scale the figure before them, by a power of ten. */
static const struct {
	const char *word;
	int power;
	enum lang only;	/* LANG_UNKNOWN: in both languages */
} scales[] = {
	{ "mrd", 9, LANG_UNKNOWN }, { "milliarde", 9, LANG_UNKNOWN }, { "milliarden", 9, LANG_UNKNOWN },
	{ "billion", 9, LANG_EN }, { "billions", 9, LANG_EN }, { "bln", 9, LANG_UNKNOWN },
	{ "bn", 9, LANG_UNKNOWN }, { "billion", 12, LANG_DE }, { "billionen", 12, LANG_DE },
	{ "trillion", 12, LANG_EN }, { "mio", 6, LANG_UNKNOWN }, { "million", 6, LANG_UNKNOWN },
	{ "millionen", 6, LANG_UNKNOWN }, { "millions", 6, LANG_UNKNOWN }, { "mln", 6, LANG_UNKNOWN },
	{ "tausend", 3, LANG_UNKNOWN }, { "tsd", 3, LANG_UNKNOWN }, { "thousand", 3, LANG_UNKNOWN },
	{ "thousands", 3, LANG_UNKNOWN },
};

static const struct {
	const char *word, *code;
} currencies[] = {
	{ "usd", "USD" }, { "dollar", "USD" }, { "dollars", "USD" }, { "eur", "EUR" },
	{ "euro", "EUR" }, { "euros", "EUR" }, { "rub", "RUB" }, { "rur", "RUB" },
	{ "rubel", "RUB" }, { "rubles", "RUB" }, { "ruble", "RUB" }, { "roubles", "RUB" },
	{ "rouble", "RUB" }, { "byn", "BYN" },
};

static const char *const shares[] = { "%", "prozent", "percent" };

/* A figure's digit groups and the separators before each but the first. */
struct digits {
	const char *group[GROUPS_MAX];
	size_t glen[GROUPS_MAX];
	char sep[GROUPS_MAX];	/* '.', ',' or ' ' (a space or no-break space) */
	size_t n;
};

const char *
numbers_currency(const char *word, size_t len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(currencies); i++)
		if (strlen(currencies[i].word) == len && ascii_strncasecmp(word, currencies[i].word, len) == 0)
			return currencies[i].code;
	return NULL;
}

/* The bytes of a space a figure may hold ("22 500"), 0 when s holds none. */
static size_t
space_at(const char *s, size_t len)
{
	if (len >= 1 && s[0] == ' ')
		return 1;
	if (len >= 2 && memcmp(s, "\xC2\xA0", 2) == 0)	/* no-break space */
		return 2;
	if (len >= 3 && (memcmp(s, "\xE2\x80\xAF", 3) == 0 || memcmp(s, "\xE2\x80\x89", 3) == 0))
		return 3;	/* narrow no-break space, thin space */
	return 0;
}

static size_t
run_of_digits(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return i;
}

/* Whether s starts with exactly three digits that end the figure: not
 * followed by another digit, nor by a separator and a digit. */
static int
three_digits_end(const char *s, size_t len)
{
	if (run_of_digits(s, len) != 3)
		return 0;
	return len == 3 || !strchr(".,", s[3]) || len == 4 || run_of_digits(s + 4, len - 4) == 0;
}

/* Splits the number word s[0..n) into groups, then takes in the groups of
 * three digits that follow after a space; returns where the figure ends. */
static size_t
read_groups(const char *s, size_t len, size_t n, struct digits *d)
{
	size_t i = 0, sp, k;

	d->n = 0;
	while (i < n && d->n < GROUPS_MAX) {
		k = run_of_digits(s + i, n - i);
		d->sep[d->n] = d->n ? s[i - 1] : 0;
		d->group[d->n] = s + i;
		d->glen[d->n++] = k;
		i += k + 1;
	}
	i = n;
	while (d->n < GROUPS_MAX && d->glen[d->n - 1] <= 3 && (sp = space_at(s + i, len - i)) > 0 &&
	    three_digits_end(s + i + sp, len - i - sp)) {
		d->sep[d->n] = ' ';
		d->group[d->n] = s + i + sp;
		d->glen[d->n++] = 3;
		i += sp + 3;
	}
	return i;
}

/* Writes the value whose digits are the groups, the decimal point before
 * group point (n: none), times 10^power, as its shortest decimal. */
static int
write_value(const struct digits *d, size_t point, int power, char *out)
{
	char digits[64];
	size_t nd = 0, g, intlen = 0, first, last;

	for (g = 0; g < d->n; g++) {
		if (nd + d->glen[g] >= sizeof(digits))
			return 0;
		memcpy(digits + nd, d->group[g], d->glen[g]);
		nd += d->glen[g];
		if (g + 1 == point)
			intlen = nd;
	}
	if (point >= d->n)
		intlen = nd;
	intlen += (size_t)power;
	while (nd < intlen && nd + 1 < sizeof(digits))
		digits[nd++] = '0';
	for (first = 0; first + 1 < intlen && digits[first] == '0'; first++)
		;
	for (last = nd; last > intlen && digits[last - 1] == '0'; last--)
		;
	if (intlen - first + (last > intlen ? last - intlen + 1 : 0) >= NUMBER_KEY_SIZE - 1)
		return 0;
	snprintf(out, NUMBER_KEY_SIZE, "%.*s%s%.*s", (int)(intlen - first), digits + first,
	    last > intlen ? "." : "", (int)(last - intlen), digits + intlen);
	return 1;
}

/* Whether every group after the first has three digits, the first one to
 * three, and the separators that stand at from.. are all sep. */
static int
grouped_by(const struct digits *d, size_t from, size_t to, char sep)
{
	size_t g;

	if (d->glen[0] > 3 || d->glen[0] == 0)
		return 0;
	for (g = from; g < to; g++)
		if (d->glen[g] != 3 || (d->sep[g] != sep && d->sep[g] != ' '))
			return 0;
	return 1;
}

static void
add_key(struct figure *f, const char *key)
{
	size_t i;

	for (i = 0; i < f->nkeys; i++)
		if (strcmp(f->keys[i], key) == 0)
			return;
	if (f->nkeys < NUMBER_KEYS)
		snprintf(f->keys[f->nkeys++], NUMBER_KEY_SIZE, "%s", key);
}

/* A reading with the decimal point before group point: its value, scaled
 * when a scale word followed, and as a share when one did. */
static void
add_reading(struct figure *f, const struct digits *d, size_t point, int power, int share)
{
	char v[NUMBER_KEY_SIZE], k[NUMBER_KEY_SIZE + 1];

	if (!write_value(d, point, 0, v))
		return;
	add_key(f, v);
	if (share) {
		snprintf(k, sizeof(k), "%s%%", v);
		add_key(f, k);
	}
	if (power > 0 && write_value(d, point, power, v))
		add_key(f, v);
}

/* Every reading the separators allow; the groups alone when none does
 * ("16.07.2019": a date). */
static void
add_readings(struct figure *f, const struct digits *d, int power, int share)
{
	char last = d->n > 1 ? d->sep[d->n - 1] : 0;
	size_t g;

	if (d->n == 1) {
		add_reading(f, d, 1, power, share);
		return;
	}
	if (grouped_by(d, 1, d->n, '.') || grouped_by(d, 1, d->n, ','))
		add_reading(f, d, d->n, power, share);	/* thousands: 22.500, 22,500, 22 500 */
	if (last != ' ' && d->glen[d->n - 1] > 0 && (d->n == 2 || grouped_by(d, 1, d->n - 1, last == '.' ? ',' : '.')))
		add_reading(f, d, d->n - 1, power, share);	/* a decimal: 1,2; 1.234,5 */
	if (f->nkeys == 0)
		for (g = 0; g < d->n; g++) {
			struct digits one = { { d->group[g] }, { d->glen[g] }, { 0 }, 1 };

			add_reading(f, &one, 1, 0, 0);
		}
}

/* The word that starts right after s[at] (one space or none between), as
 * text_next_word finds it; 0 when none does. */
static int
next_word_near(const char *s, size_t len, size_t at, size_t *st, size_t *wl)
{
	size_t pos = at;

	if (!text_next_word(s, len, &pos, st, wl) || *st > at + space_at(s + at, len - at))
		return 0;
	return 1;
}

/* The scale word at s[at] (as a power of ten, 0 for none), moving *end past it. */
static int
read_scale(const char *s, size_t len, enum lang lang, size_t *end)
{
	size_t st, wl, i;

	if (!next_word_near(s, len, *end, &st, &wl))
		return 0;
	for (i = 0; i < ARRAY_SIZE(scales); i++)
		if (strlen(scales[i].word) == wl && ascii_strncasecmp(s + st, scales[i].word, wl) == 0 &&
		    (scales[i].only == LANG_UNKNOWN || scales[i].only == lang)) {
			*end = st + wl + (st + wl < len && s[st + wl] == '.');
			return scales[i].power;
		}
	return 0;
}

/* Whether a share follows at s[*end] ("%", "Prozent", "percent"). */
static int
read_share(const char *s, size_t len, size_t *end)
{
	size_t at = *end + space_at(s + *end, len - *end), i, k;

	for (i = 0; i < ARRAY_SIZE(shares); i++) {
		k = strlen(shares[i]);
		if (len - at >= k && ascii_strncasecmp(s + at, shares[i], k) == 0) {
			*end = at + k;
			return 1;
		}
	}
	return 0;
}

/* The currency just before s[st] ("$1.2", "RUR22,5", "USD 5") or after
 * s[*end] ("5 Dollar", "5 US-Dollar"). */
static const char *
read_currency(const char *s, size_t len, size_t st, size_t *end)
{
	size_t b = st, wst, wl;
	const char *code = NULL;

	if (b > 0 && s[b - 1] == ' ')
		b--;
	if (b > 0 && s[b - 1] == '$')
		return "USD";
	if (b >= 3 && memcmp(s + b - 3, "\xE2\x82\xAC", 3) == 0)
		return "EUR";
	for (wst = b; wst > 0 && ((s[wst - 1] | 0x20) >= 'a' && (s[wst - 1] | 0x20) <= 'z'); wst--)
		;
	if (b - wst == 3 && (code = numbers_currency(s + wst, 3)) != NULL)
		return code;
	if (!next_word_near(s, len, *end, &wst, &wl))
		return NULL;
	if (wl == 2 && strncmp(s + wst, "US", 2) == 0 && wst + 3 < len && s[wst + 2] == '-' &&
	    !next_word_near(s, len, wst + 3, &wst, &wl))
		return NULL;	/* "US-Dollar": the currency is the second word */
	if ((code = numbers_currency(s + wst, wl)) != NULL)
		*end = wst + wl;
	return code;
}

int
numbers_next(const char *s, size_t len, enum lang lang, size_t *pos, struct figure *f)
{
	size_t st, wl, end;
	struct digits d;
	int power, share;

	do {
		if (!text_next_word(s, len, pos, &st, &wl))
			return 0;
	} while (!text_is_number(s + st, wl));
	memset(f, 0, sizeof(*f));
	end = read_groups(s + st, len - st, wl, &d) + st;
	power = read_scale(s, len, lang, &end);
	share = read_share(s, len, &end);
	f->currency = share ? NULL : read_currency(s, len, st, &end);
	add_readings(f, &d, power, share);
	f->start = st;
	f->end = *pos = end;
	return 1;
}
