/* dates: the dates of news pages, German and English, read. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/dates.h"
#include "tandem/fold.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* The most words of furniture a date line may hold ("Press release",
 * "Distributed by Public on"). */
#define LINE_WORDS_MAX 6
/* A line with neither a time nor a numeric date holds fewer ("flag"). */
#define LINE_WORDS_PLAIN 2
/* The longest date line, in bytes. */
#define DATE_LINE_MAX 160

static const char *const months[][4] = {
	{ "january", "januar", "jan", "janner" },
	{ "february", "februar", "feb", NULL },
	{ "march", "marz", "mar", "maerz" },
	{ "april", "apr", NULL, NULL },
	{ "may", "mai", NULL, NULL },
	{ "june", "juni", "jun", NULL },
	{ "july", "juli", "jul", NULL },
	{ "august", "aug", NULL, NULL },
	{ "september", "sep", "sept", NULL },
	{ "october", "oktober", "oct", "okt" },
	{ "november", "nov", NULL, NULL },
	{ "december", "dezember", "dec", "dez" },
};

/* Each weekday's names from Monday, English then German. */
static const char *const weekdays[DATE_WEEK_DAYS][3] = {
	{ "monday", "montag", NULL }, { "tuesday", "dienstag", NULL }, { "wednesday", "mittwoch", NULL },
	{ "thursday", "donnerstag", NULL }, { "friday", "freitag", NULL },
	{ "saturday", "samstag", "sonnabend" }, { "sunday", "sonntag", NULL },
};

/* The most days month m (1..12) can have. */
static int
month_days(int m)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return days[m - 1];
}

int
date_valid(const struct date *d)
{
	if (d->month == 0)
		return d->year == 0 && d->day == 0;
	return d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= month_days(d->month) &&
	    d->year >= 0 && d->year <= 9999;
}

const char *
date_format(const struct date *d, char buf[DATE_FORMAT_MAX])
{
	if (d->month == 0)
		snprintf(buf, DATE_FORMAT_MAX, "-");
	else if (d->year == 0)
		snprintf(buf, DATE_FORMAT_MAX, "--%02d-%02d", d->month, d->day);
	else
		snprintf(buf, DATE_FORMAT_MAX, "%04d-%02d-%02d", d->year, d->month, d->day);
	return buf;
}

/* The fields of a screen date format, after its %. */
static const char display_fields[] = "edbmY%";

int
date_display_check(const char *format)
{
	size_t n = strlen(format);
	char *safe = text_safe(format, n);
	const char *s;
	int clean = strcmp(safe, format) == 0, month = 0;

	free(safe);
	if (!clean || n > DATE_DISPLAY_FORMAT_MAX)
		return -1;
	for (s = format; (s = strchr(s, '%')) != NULL; s += 2) {
		if (s[1] == '\0' || strchr(display_fields, s[1]) == NULL)
			return -1;
		month |= s[1] == 'b' || s[1] == 'm';
	}
	return month ? 0 : -1;
}

/* Field c of d ("18", "Nov", "2024") into out; "" for an unknown year or field. */
static const char *
date_field(const struct date *d, char c, char out[DATE_INT_CHARS + 1])
{
	const size_t n = DATE_INT_CHARS + 1;
	const char *name;

	switch (c) {
	case 'e': snprintf(out, n, "%d", d->day); break;
	case 'd': snprintf(out, n, "%02d", d->day); break;
	case 'm': snprintf(out, n, "%02d", d->month); break;
	case 'b':
		if (d->month >= 1 && d->month <= 12) {
			name = months[d->month - 1][0];
			snprintf(out, n, "%c%c%c", name[0] - 'a' + 'A', name[1], name[2]);
			break;
		}
		out[0] = '\0';
		break;
	case 'Y':
		if (d->year != 0) {
			snprintf(out, n, "%04d", d->year);
			break;
		}
		/* fall through */
	default: out[0] = '\0'; break;
	}
	return out;
}

/* Appends len bytes of s to buf, which holds *n, within DATE_DISPLAY_MAX. */
static void
date_add(char *buf, size_t *n, const char *s, size_t len)
{
	if (len > DATE_DISPLAY_MAX - 1 - *n)
		len = DATE_DISPLAY_MAX - 1 - *n;
	memcpy(buf + *n, s, len);
	*n += len;
	buf[*n] = '\0';
}

const char *
date_display(const struct date *d, const char *format, char *buf)
{
	char text[DATE_DISPLAY_MAX], field[DATE_INT_CHARS + 1];
	size_t n = 0, ntext = 0;
	int fields = 0, after_dropped = 0;
	const char *s;

	buf[0] = '\0';
	if (d->month < 1 || d->month > 12)
		return strcpy(buf, "-");
	for (s = format; *s != '\0'; s++) {
		if (*s != '%' || s[1] == '%') {
			s += *s == '%';
			date_add(text, &ntext, s, 1);	/* the text before the next field */
			continue;
		}
		if (*++s == '\0')
			break;
		if (date_field(d, *s, field)[0] == '\0') {
			ntext = 0;	/* the text before a field left out goes with it */
			after_dropped = 1;
			continue;
		}
		if (!after_dropped || fields > 0)	/* after it, only what joins two fields stays */
			date_add(buf, &n, text, ntext);
		date_add(buf, &n, field, strlen(field));
		ntext = 0;
		after_dropped = 0;
		fields++;
	}
	if (!after_dropped)
		date_add(buf, &n, text, ntext);
	return buf;
}

int
date_display_width(const char *format)
{
	const struct date widest = { 2024, 12, 28 };
	char buf[DATE_DISPLAY_MAX];

	date_display(&widest, format, buf);
	return text_width(buf, strlen(buf));
}

long
date_days(const struct date *d)
{
	/* days from 1 March of year 0 (proleptic Gregorian), the leap day
	 * last in each year so that one formula counts it */
	long y = d->year - (d->month <= 2), m = (d->month + 9) % 12;

	return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d->day - 1;
}

int
date_compare_newest(const struct date *a, const struct date *b)
{
	int ka = a->month == 0 ? 0 : a->year == 0 ? 1 : 2;
	int kb = b->month == 0 ? 0 : b->year == 0 ? 1 : 2;

	if (ka != kb)
		return kb - ka;
	if (a->year != b->year)
		return b->year - a->year;
	if (a->month != b->month)
		return b->month - a->month;
	return b->day - a->day;
}

/* Russian month names as dates write them ("24 июня 2024"), in the
 * genitive, as some English pages of Belarusian sites keep them. */
static const char *const russian_months[] = {
	"января", "февраля", "марта", "апреля", "мая", "июня",
	"июля", "августа", "сентября", "октября", "ноября", "декабря",
};

/* What a calendar word names: a month 1..12, WEEKDAY + the weekday (0
 * Monday .. 6 Sunday), or 0 for neither. */
#define WEEKDAY 13

/* The calendar words (folded, Cyrillic as written) and what each names,
 * by id: filled once, before any thread looks. */
static struct intern calendar_names;
static int calendar_kind[ARRAY_SIZE(months) * 4 + ARRAY_SIZE(weekdays) * 3 + ARRAY_SIZE(russian_months) + 1];
static pthread_once_t calendar_once = PTHREAD_ONCE_INIT;

static void
calendar_fill(void)
{
	size_t m, k;

	for (m = 0; m < ARRAY_SIZE(months); m++)
		for (k = 0; k < 4 && months[m][k] != NULL; k++)
			calendar_kind[intern_id(&calendar_names, months[m][k], strlen(months[m][k]), 1)] = (int)m + 1;
	for (m = 0; m < ARRAY_SIZE(russian_months); m++)
		calendar_kind[intern_id(&calendar_names, russian_months[m], strlen(russian_months[m]), 1)] =
		    (int)m + 1;
	for (m = 0; m < ARRAY_SIZE(weekdays); m++)
		for (k = 0; k < 3 && weekdays[m][k] != NULL; k++)
			calendar_kind[intern_id(&calendar_names, weekdays[m][k], strlen(weekdays[m][k]), 1)] =
			    WEEKDAY + (int)m;
}

/* The calendar word s[0..len), folded (ä to a, any case) and looked up. */
static int
calendar_word(const char *s, size_t len)
{
	char plain[16];
	size_t n;

	pthread_once(&calendar_once, calendar_fill);
	if ((unsigned char)s[0] >= 0x80)
		return calendar_kind[intern_id(&calendar_names, s, len, 0)];	/* Cyrillic, as written */
	if ((n = fold_plain_to(s, len, plain, sizeof(plain))) >= sizeof(plain))
		return 0;
	return calendar_kind[intern_id(&calendar_names, plain, n, 0)];
}

int
date_month(const char *name, size_t len)
{
	unsigned c = (unsigned char)name[0] | 0x20;
	int kind;

	if ((unsigned char)name[0] < 0x80 && (len < 3 || len > 10 || !strchr("jfmasond", (int)c)))
		return 0;	/* most words, by their first letter */
	return (kind = calendar_word(name, len)) >= WEEKDAY ? 0 : kind;
}

int
date_weekday_named(const char *name, size_t len)
{
	int kind;

	if (len < 6 || len > 12)
		return -1;	/* "Monday" to "Donnerstag" */
	return (kind = calendar_word(name, len)) >= WEEKDAY ? kind - WEEKDAY : -1;
}

int
date_weekday(const struct date *d)
{
	/* date_days() counts from 1 March of year 0, a Wednesday */
	return d->year == 0 || d->month == 0 ? -1 : (int)((date_days(d) + 2) % DATE_WEEK_DAYS);
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The number of the digits at s (at most max of them), moving *i past them;
 * -1 when there are none or more than max. */
static int
read_number(const char *s, size_t len, size_t *i, size_t max)
{
	size_t st = *i;
	int v = 0;

	while (*i < len && is_digit(s[*i]) && *i - st < max + 1)
		v = v * 10 + (s[(*i)++] - '0');
	return *i == st || *i - st > max || (*i < len && is_digit(s[*i])) ? -1 : v;
}

/* The letters of the word at s[*i], moving *i past them. */
static size_t
read_letters(const char *s, size_t len, size_t *i)
{
	size_t pos = *i, st, wl;

	if (*i >= len || is_digit(s[*i]) || !text_next_word(s, len, &pos, &st, &wl) || st != *i ||
	    text_is_number(s + st, wl))
		return 0;
	*i = st + wl;
	return wl;
}

/* A year after a day and month (", 2024" or " 2024"), moving *i past it. */
static int
read_year(const char *s, size_t len, size_t *i)
{
	size_t j = *i;
	int y;

	if (j < len && s[j] == ',')
		j++;
	text_skip_spaces(s, len, &j);
	if (j - *i > 2 || (y = read_number(s, len, &j, 4)) < 1900 || y > 2099 || (j < len && s[j] == ':'))
		return 0;
	*i = j;
	return y;
}

/* "st", "nd", "rd", "th" or "." after a day. */
static void
skip_ordinal(const char *s, size_t len, size_t *i)
{
	if (*i < len && s[*i] == '.')
		(*i)++;
	else if (*i + 1 < len && (!strncmp(s + *i, "st", 2) || !strncmp(s + *i, "nd", 2) ||
	    !strncmp(s + *i, "rd", 2) || !strncmp(s + *i, "th", 2)))
		*i += 2;
}

/* A day and month read: "31 April" is no date. */
static int
valid(const struct date *d)
{
	return d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= month_days(d->month);
}

/* "13.04.2023", "2024-07-16", "11/18/2024". */
static size_t
read_numeric(const char *s, size_t len, struct date *d)
{
	size_t i = 0;
	int a = read_number(s, len, &i, 4), b, c;
	char sep = i < len ? s[i] : 0;

	if (a < 0 || (sep != '.' && sep != '-' && sep != '/'))
		return 0;
	i++;
	if ((b = read_number(s, len, &i, 2)) < 0 || i >= len || s[i] != sep)
		return 0;
	i++;
	if ((c = read_number(s, len, &i, 4)) < 0)
		return 0;
	if (sep == '-' && a >= 1900)
		*d = (struct date){ a, b, c };
	else if (sep == '.' && c >= 1900)
		*d = (struct date){ c, b, a };
	else if (sep == '/' && c >= 1900)
		*d = (struct date){ c, a, b };
	else
		return 0;
	return valid(d) ? i : 0;
}

/* Reads day and month, or month and day, at s into *d; the bytes read. */
static size_t
read_day_month(const char *s, size_t len, struct date *d)
{
	size_t i = 0, m;
	int day;

	if (len > 0 && is_digit(s[0])) {
		if ((day = read_number(s, len, &i, 2)) < 0)
			return 0;
		skip_ordinal(s, len, &i);
		text_skip_spaces(s, len, &i);
		m = i;
		if (read_letters(s, len, &i) == 0 || (d->month = date_month(s + m, i - m)) == 0)
			return 0;
		d->day = day;
	} else {
		if (read_letters(s, len, &i) == 0 || (d->month = date_month(s, i)) == 0)
			return 0;
		if (i < len && s[i] == '.')
			i++;
		text_skip_spaces(s, len, &i);
		if ((d->day = read_number(s, len, &i, 2)) < 0)
			return 0;
		skip_ordinal(s, len, &i);
	}
	return i;
}

size_t
date_read(const char *s, size_t len, struct date *d)
{
	size_t i;

	memset(d, 0, sizeof(*d));
	if (len > 0 && is_digit(s[0]) && (i = read_numeric(s, len, d)) > 0)
		return i;
	memset(d, 0, sizeof(*d));
	if ((i = read_day_month(s, len, d)) == 0 || !valid(d)) {
		memset(d, 0, sizeof(*d));
		return 0;
	}
	if (i < len && s[i] == '.' && !is_digit(s[i - 1]))
		i++;	/* "März." "Sept." */
	d->year = read_year(s, len, &i);
	return i;
}

/* "12:25" or "13:03:00" at s[*i], moving *i past it. */
static int
read_time(const char *s, size_t len, size_t *i, int *hour, int *minute)
{
	size_t j = *i;
	int h = read_number(s, len, &j, 2), m;

	if (h < 0 || h > 23 || j >= len || s[j] != ':')
		return 0;
	j++;
	if ((m = read_number(s, len, &j, 2)) < 0 || m > 59)
		return 0;
	if (j + 2 < len && s[j] == ':' && is_digit(s[j + 1]))
		j += 3;	/* seconds */
	*hour = h;
	*minute = m;
	*i = j;
	return 1;
}

/* A reading time at s[*i] ("2 Minuten", "24 Sekunden", "3 min"), moving
 * *i past it. */
static int
read_duration(const char *s, size_t len, size_t *i)
{
	static const char *const units[] = {
		"minute", "minutes", "minuten", "min", "second", "seconds", "sekunden", "sec", "sek", "std",
	};
	size_t j = *i, st, k;

	if (read_number(s, len, &j, 3) < 0)
		return 0;
	if (j < len && s[j] == ' ')
		j++;
	st = j;
	if (read_letters(s, len, &j) == 0)
		return 0;
	for (k = 0; k < ARRAY_SIZE(units); k++)
		if (j - st == strlen(units[k]) && ascii_strncasecmp(s + st, units[k], j - st) == 0) {
			*i = j;
			return 1;
		}
	return 0;
}

/* The bytes of the furniture between the parts of a date line at s[i]
 * (a space, comma, bar, slash, dash or middle dot), 0 for none. */
static size_t
separator_at(const char *s, size_t len, size_t i)
{
	if (strchr(" ,|/-:", s[i]) != NULL)
		return 1;
	if (i + 1 < len && memcmp(s + i, "\xC2\xB7", 2) == 0)
		return 2;
	if (i + 2 < len && (memcmp(s + i, "\xE2\x80\x93", 3) == 0 || memcmp(s + i, "\xE2\x80\x94", 3) == 0 ||
	    memcmp(s + i, "\xE2\x80\xA2", 3) == 0))
		return 3;	/* en dash, em dash, bullet */
	return 0;
}

enum date_line
date_line_read(const char *s, size_t len, struct date *d, int *hour, int *minute)
{
	size_t i = 0, n, st;
	int words = 0, weekday = 0, time = 0, numeric = 0;
	struct date found;

	memset(d, 0, sizeof(*d));
	*hour = *minute = -1;
	if (len == 0 || len > DATE_LINE_MAX)
		return DATE_LINE_NONE;
	while (i < len) {
		if ((n = separator_at(s, len, i)) > 0) {
			i += n;
		} else if (!time && read_time(s, len, &i, hour, minute)) {
			time = 1;
		} else if ((n = date_read(s + i, len - i, &found)) > 0) {
			if (d->month == 0) {
				*d = found;
				numeric = read_numeric(s + i, len - i, &found) == n;
			}
			i += n;
		} else if (read_duration(s, len, &i)) {
			if (++words > LINE_WORDS_MAX)
				return DATE_LINE_NONE;	/* reading time: furniture */
		} else if (st = i, read_letters(s, len, &i) > 0) {
			if (date_weekday_named(s + st, i - st) >= 0)
				weekday = 1;
			else if (++words > LINE_WORDS_MAX)
				return DATE_LINE_NONE;
			if (i < len && s[i] == '.')
				i++;
		} else {
			return DATE_LINE_NONE;	/* a figure, a sign: not a date line */
		}
	}
	if ((d->month == 0 && !time) || (!time && !numeric && words > LINE_WORDS_PLAIN))
		return DATE_LINE_NONE;	/* "Lukashenko to meet Kursk governor on 3 May" is a headline */
	return time || numeric || !weekday ? DATE_LINE_ARTICLE : DATE_LINE_PAGE;
}

/* The bytes of a word that introduces the event's date at s ("on ",
 * "am ", "today, "), 0 for none. */
static size_t
lead_opener(const char *s, size_t len)
{
	static const char *const openers[] = { "on ", "am ", "today, ", "heute, " };
	size_t k, n;

	for (k = 0; k < ARRAY_SIZE(openers); k++)
		if (len > (n = strlen(openers[k])) && ascii_strncasecmp(s, openers[k], n) == 0)
			return n;
	return 0;
}

/* Whether a date at s[at] of n bytes is the event's without an opener: it
 * opens a sentence before a comma ("June 10, Lukashenko held talks"), or a
 * meeting's word follows it ("at the March 23 meeting"). */
static int
bare_date(const char *s, size_t len, size_t at, size_t n)
{
	static const char *const events[] = { " meeting", " talks", " visit", " negotiations" };
	size_t k;

	if (text_sentence_starts(s, at))
		return at + n < len && s[at + n] == ',';
	for (k = 0; k < ARRAY_SIZE(events); k++) {
		size_t end = at + n + strlen(events[k]);

		if (end <= len && strncmp(s + at + n, events[k], strlen(events[k])) == 0 &&
		    (end == len || !ascii_isalnum(s[end])))
			return 1;	/* the word whole: not "visitors" */
	}
	return 0;
}

int
date_in_lead(const char *s, size_t len, struct date *d)
{
	size_t st, at, n;
	struct date bare;

	for (st = 0; st + 3 < len; st++) {
		if (st > 0 && s[st - 1] != ' ')
			continue;
		if (!is_digit(s[st]) && (n = date_read(s + st, len - st, &bare)) > 0 && bare_date(s, len, st, n)) {
			*d = bare;
			return 1;
		}
		if ((at = lead_opener(s + st, len - st)) == 0)
			continue;
		at += st;
		text_skip_spaces(s, len, &at);
		if (at < len && !is_digit(s[at])) {	/* "on Friday, September 25", "am Donnerstag, dem 2. Juni" */
			size_t w = at;

			if (read_letters(s, len, &w) > 0 && date_weekday_named(s + at, w - at) >= 0) {
				at = w + (w < len && s[w] == ',');
				text_skip_spaces(s, len, &at);
				w = at;
				if (read_letters(s, len, &w) == 3 && (strncmp(s + at, "dem", 3) == 0 ||
				    strncmp(s + at, "den", 3) == 0 || strncmp(s + at, "the", 3) == 0))
					at = w;
				text_skip_spaces(s, len, &at);
			}
		}
		if (date_read(s + at, len - at, d) > 0)
			return 1;
	}
	return 0;
}
