/* Every date form the news sites write, read as a reader reads it. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "tandem/dates.h"
#include "tandem/util.h"
#include "tap.h"

/* What date_read makes of s: "YYYY-MM-DD", "--MM-DD" or "-", and the bytes
 * it read in *used (0: no date; *d is then not looked at). */
static const char *
read_as(const char *s, size_t *used, char *buf)
{
	struct date d;

	*used = date_read(s, strlen(s), &d);
	return date_format(&d, buf);
}

static void
check_read(const char *s, const char *want, size_t want_used)
{
	char buf[DATE_FORMAT_MAX];
	size_t used;
	const char *got = read_as(s, &used, buf);

	if (want_used == 0) {
		if (!ok(used == 0, "\"%s\" starts with no date", s))
			printf("#   got %s (%zu bytes)\n", got, used);
		return;
	}
	if (!ok(strcmp(got, want) == 0 && used == want_used, "\"%s\" reads %s (%zu bytes)", s, want, want_used))
		printf("#   got %s (%zu bytes)\n", got, used);
}

static void
test_read(void)
{
	check_read("20 March", "--03-20", 8);
	check_read("20. März", "--03-20", 9);
	check_read("20. Maerz", "--03-20", 9);
	check_read("20th March", "--03-20", 10);
	check_read("March 20", "--03-20", 8);
	check_read("March 20th", "--03-20", 10);
	check_read("Sept. 3", "--09-03", 7);
	check_read("3 Sept", "--09-03", 6);
	check_read("20 March 2024", "2024-03-20", 13);
	check_read("20. März 2024", "2024-03-20", 14);
	check_read("March 20, 2024", "2024-03-20", 14);
	check_read("16 Juli 2024, 12:54", "2024-07-16", 12);
	check_read("13.04.2023", "2023-04-13", 10);
	check_read("2024-07-16", "2024-07-16", 10);
	check_read("11/18/2024", "2024-11-18", 10);
	check_read("1 DEZEMBER", "--12-01", 10);
	check_read("14 November (BelTA) - ", "--11-14", 11);
	check_read("20 March, said", "--03-20", 8);
	check_read("20 March 1812", "--03-20", 8);
	check_read("5 June 12:30", "--06-05", 6);
	check_read("2024", "-", 0);
	check_read("Minsk", "-", 0);
	check_read("March", "-", 0);
	check_read("32 March", "-", 0);
	check_read("0 March", "-", 0);
	check_read("18/11/2024", "-", 0);
	check_read("13.14.2023", "-", 0);
	check_read("Mayor Ivanov", "-", 0);
	check_read("", "-", 0);
}

static const char *const line_kinds[] = {
	[DATE_LINE_NONE] = "no date line",
	[DATE_LINE_ARTICLE] = "the article's date line",
	[DATE_LINE_PAGE] = "the day the page was fetched",
};

/* "12:48", or "no time" when hour is -1. */
static const char *
time_text(int hour, int minute, char *buf)
{
	if (hour < 0)
		return "no time";
	snprintf(buf, 16, "%02d:%02d", hour, minute);
	return buf;
}

struct line_case {
	const char *line;
	enum date_line want;
	const char *date;	/* what *d reads as */
	int hour, minute;
};

static void
test_lines(void)
{
	static const struct line_case cases[] = {
		/* the article's date-time line by the headline */
		{ "16 Juli 2024, 12:54", DATE_LINE_ARTICLE, "2024-07-16", 12, 54 },
		{ "03 April 2023, 12:25", DATE_LINE_ARTICLE, "2023-04-03", 12, 25 },
		{ "15:46 21 February 2020", DATE_LINE_ARTICLE, "2020-02-21", 15, 46 },
		{ "13:38 02 March 2026", DATE_LINE_ARTICLE, "2026-03-02", 13, 38 },
		{ "14:25, 20 March", DATE_LINE_ARTICLE, "--03-20", 14, 25 },
		{ "Präsident 16.07.2019 | 12:48", DATE_LINE_ARTICLE, "2019-07-16", 12, 48 },
		{ "13.04.2023", DATE_LINE_ARTICLE, "2023-04-13", -1, -1 },
		{ "11/18/2024", DATE_LINE_ARTICLE, "2024-11-18", -1, -1 },
		{ "11/18/2024 | Press release | Distributed by Public on 11/18/2024 07:25", DATE_LINE_ARTICLE,
		    "2024-11-18", 7, 25 },
		{ "Posted: 3 May 2024", DATE_LINE_ARTICLE, "2024-05-03", -1, -1 },
		{ "3 May 2024 · 09:15", DATE_LINE_ARTICLE, "2024-05-03", 9, 15 },
		{ "By Anna Muster \xE2\x80\xA2 19 April 2023 \xE2\x80\xA2 2:54", DATE_LINE_ARTICLE, "2023-04-19", 2, 54 },
		{ "12:48", DATE_LINE_ARTICLE, "-", 12, 48 },
		/* with a reading time beside it */
		{ "12.03.2025 UPDATE: 12.03.2025 09:41 Uhr 3 Minuten, 5 Sekunden", DATE_LINE_ARTICLE, "2025-03-12", 9, 41 },
		{ "May 3, 2024 · 4 min read", DATE_LINE_ARTICLE, "2024-05-03", -1, -1 },
		/* the day the page was fetched: a weekday and no time */
		{ "flag Donnerstag, 7 November 2024", DATE_LINE_PAGE, "2024-11-07", -1, -1 },
		{ "Flag Thursday, 25 April 2024", DATE_LINE_PAGE, "2024-04-25", -1, -1 },
		{ "Dienstag, 27 Oktober 2020", DATE_LINE_PAGE, "2020-10-27", -1, -1 },
		{ "Freitag, 3 Mai 2024", DATE_LINE_PAGE, "2024-05-03", -1, -1 },
		{ "Sunday, May 5, 2024", DATE_LINE_PAGE, "2024-05-05", -1, -1 },
		/* not date lines */
		{ "Projekte", DATE_LINE_NONE, "-", -1, -1 },
		{ "3.58 BYN", DATE_LINE_NONE, "-", -1, -1 },
		{ "Minsk bedeckt +16°C", DATE_LINE_NONE, "-", -1, -1 },
		{ "  • 11", DATE_LINE_NONE, "-", -1, -1 },
		{ "Trade reached 612 million dollars in 2023", DATE_LINE_NONE, "-", -1, -1 },
		{ "Talks lasted 40 minutes on 3 May", DATE_LINE_NONE, "-", -1, -1 },
		{ "", DATE_LINE_NONE, "-", -1, -1 },
		/* headlines that end in a date: text, not a date line */
		{ "Lukashenko to meet Kursk governor on 3 May", DATE_LINE_NONE, "-", -1, -1 },
		{ "Lukaschenko empfängt Gouverneur am 3. Mai", DATE_LINE_NONE, "-", -1, -1 },
		{ "Governor due in Minsk on 3 May", DATE_LINE_NONE, "-", -1, -1 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct line_case *c = &cases[i];
		struct date d;
		int h, m, right;
		char buf[DATE_FORMAT_MAX], want_time[16], got_time[16];
		enum date_line got = date_line_read(c->line, strlen(c->line), &d, &h, &m);

		date_format(&d, buf);
		right = got == c->want && (c->want == DATE_LINE_NONE ||
		    (strcmp(buf, c->date) == 0 && h == c->hour && m == c->minute));
		if (!ok(right, "\"%s\": %s%s%s%s%s", c->line, line_kinds[c->want],
		    c->want == DATE_LINE_NONE ? "" : ", ", c->want == DATE_LINE_NONE ? "" : c->date,
		    c->want == DATE_LINE_NONE ? "" : ", ", c->want == DATE_LINE_NONE ? "" : time_text(c->hour, c->minute, want_time)))
			printf("#   got: %s, %s, %s\n", line_kinds[got], buf, time_text(h, m, got_time));
	}
}

static void
check_lead(const char *s, const char *want)
{
	struct date d = { 0, 0, 0 };
	char buf[DATE_FORMAT_MAX];
	int found = date_in_lead(s, strlen(s), &d);

	if (!found)
		memset(&d, 0, sizeof(d));
	if (!ok(strcmp(date_format(&d, buf), want) == 0, "the lead \"%s\" dates the event %s", s, want))
		printf("#   got %s\n", buf);
}

static void
test_lead(void)
{
	check_lead("Lukashenko met with the governor on 11 March to discuss trade.", "--03-11");
	check_lead("On March 11, Belarusian President Alexander Lukashenko met with the governor.", "--03-11");
	check_lead("On 5 June, at his meeting with the head of the republic, the president spoke.", "--06-05");
	check_lead("The president said on Friday, September 25 that trade had grown.", "--09-25");
	check_lead("Der Präsident traf den Gouverneur am 17. November in Minsk.", "--11-17");
	check_lead("Lukaschenko sagte am Freitag, 3. Mai, das Potenzial sei groß.", "--05-03");
	check_lead("The governor arrived on 3 May 2024 with a delegation.", "2024-05-03");
	check_lead("The president spoke on Monday about trade.", "-");
	check_lead("The figures are based on 2024 data.", "-");
	check_lead("Der Präsident sprach am Donnerstag über den Handel.", "-");
	check_lead("Trade grew by 40 percent, the governor said.", "-");
	/* a date that opens the lead, or stands after a weekday and "dem" */
	check_lead("Am 17. November traf Lukaschenko den Gouverneur in Minsk.", "--11-17");
	check_lead("Lukaschenko traf am Donnerstag, dem 2. Juni, den Gouverneur.", "--06-02");
	/* "today" with the date beside it */
	check_lead("This was stated today, January 19, by the president at the talks.", "--01-19");
	check_lead("Das sagte der Präsident heute, 19. Januar, bei den Gesprächen.", "--01-19");
	check_lead("Today, the president spoke about trade.", "-");
	/* a sentence that opens with the date, and "the March 23 meeting" */
	check_lead("Trade should double. June 10, Alexander Lukashenko held talks with the governor.", "--06-10");
	check_lead("This was discussed at the March 23 meeting between the president and the governor.", "--03-23");
	check_lead("Cooperation should grow, said Alexander Lukashenko October 18 meeting with the head.", "--10-18");
	check_lead("Trade has grown since the May 9 parade, the governor said.", "-");
	check_lead("Works from the May 9 visitors centre were shown.", "-");
	check_lead("The plan runs to 2030. 12 projects are under way.", "-");
}

static void
test_days(void)
{
	struct date a = { 2024, 2, 28 }, b = { 2024, 3, 1 }, c = { 2023, 2, 28 }, d = { 2023, 3, 1 };
	struct date e = { 2023, 12, 31 }, f = { 2024, 1, 1 }, g = { 2000, 2, 29 }, h = { 2000, 3, 1 };

	is_int(date_days(&b) - date_days(&a), 2, "28 February to 1 March 2024: 2 days (a leap year)");
	is_int(date_days(&d) - date_days(&c), 1, "28 February to 1 March 2023: 1 day");
	is_int(date_days(&f) - date_days(&e), 1, "31 December 2023 to 1 January 2024: 1 day");
	is_int(date_days(&h) - date_days(&g), 1, "29 February to 1 March 2000: 1 day");
	is_int(date_days(&f) - date_days(&(struct date){ 2023, 1, 1 }), 365, "2023 has 365 days");
	is_int(date_weekday(&(struct date){ 2025, 5, 12 }), 0, "12 May 2025 was a Monday");
	is_int(date_weekday(&g), 1, "29 February 2000 a Tuesday");
	is_int(date_weekday(&(struct date){ 2024, 2, 29 }), 3, "29 February 2024 a Thursday");
	is_int(date_weekday(&(struct date){ 0, 5, 12 }), -1, "  and 12 May without a year no day of the week");
	is_int(date_weekday_named("Donnerstag", 10), 3, "\"Donnerstag\" is Thursday");
	is_int(date_weekday_named("SONNABEND", 9), 5, "\"SONNABEND\", in any case, Saturday");
	is_int(date_weekday_named("Sunday", 6), 6, "\"Sunday\" Sunday");
	is_int(date_weekday_named("Monate", 6), -1, "\"Monate\" no weekday");
}

static void
test_format(void)
{
	struct date full = { 2024, 7, 16 }, partial = { 0, 7, 16 }, none = { 0, 0, 0 }, older = { 2019, 7, 16 };
	char buf[DATE_FORMAT_MAX];

	is_str(date_format(&full, buf), "2024-07-16", "a date with its year reads YYYY-MM-DD");
	is_str(date_format(&partial, buf), "--07-16", "a date without its year reads --MM-DD");
	is_str(date_format(&none, buf), "-", "no date reads -");
	ok(date_compare_newest(&full, &older) < 0, "newest first: 2024-07-16 before 2019-07-16");
	ok(date_compare_newest(&older, &partial) < 0, "  a known year before an unknown one");
	ok(date_compare_newest(&partial, &none) < 0, "  no date last");
	is_int(date_month("März", strlen("März")), 3, "März is month 3");
	is_int(date_month("MAERZ", 5), 3, "MAERZ is month 3");
	is_int(date_month("Sept", 4), 9, "Sept is month 9");
	is_int(date_month("Oktober", 7), 10, "Oktober is month 10");
	is_int(date_month("Mayor", 5), 0, "Mayor is no month");
}

/* d written by format, as the list and the reader show it. */
static void
check_display(const struct date *d, const char *format, const char *want)
{
	char buf[DATE_DISPLAY_MAX];

	ok(date_display_check(format) == 0, "\"%s\" is a screen date format", format);
	if (!ok(strcmp(date_display(d, format, buf), want) == 0, "  %d-%d-%d by \"%s\" shows \"%s\"",
	    d->year, d->month, d->day, format, want))
		printf("#   got \"%s\"\n", buf);
}

static void
test_display(void)
{
	struct date full = { 2024, 11, 18 }, partial = { 0, 11, 18 }, early = { 0, 2, 3 }, none = { 0, 0, 0 };
	static const char *const bad[] = {
		"%Q %b", "%b %", "%e.%Y", "", "%e %b\t%Y", "%b %Y %e \xff",
		"%e %b %Y %e %b %Y %e %b %Y %e %b %Y %e %b %Y",
	};
	const struct {
		const struct date *d;
		const char *format, *want;
	} cases[] = {
		{ &full, "%e %b %Y", "18 Nov 2024" }, { &partial, "%e %b %Y", "18 Nov" },
		{ &early, "%e %b %Y", "3 Feb" }, { &none, "%e %b %Y", "-" },
		{ &full, "%Y-%m-%d", "2024-11-18" }, { &partial, "%Y-%m-%d", "11-18" },
		{ &early, "%d.%m.%Y", "03.02" }, { &partial, "%b %e, %Y", "Nov 18" },
		{ &full, "(%Y) %b %e %%", "(2024) Nov 18 %" }, { &partial, "(%Y) %b %e %%", "Nov 18 %" },
		{ &partial, "%b %e (%Y)", "Nov 18" }, { &full, "%e %Y %b", "18 2024 Nov" },
		{ &partial, "%e %Y %b", "18 Nov" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++)
		check_display(cases[i].d, cases[i].format, cases[i].want);
	for (i = 1; i <= 12; i++) {
		static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
		struct date d = { 0, (int)i, 1 };
		char buf[DATE_DISPLAY_MAX], want[4];

		snprintf(want, sizeof want, "%.3s", names + 3 * (i - 1));
		date_display(&d, "%b", buf);
		if (!ok(strcmp(buf, want) == 0, "month %zu is %s in English", i, want))
			printf("#   got \"%s\"\n", buf);
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		ok(date_display_check(bad[i]) < 0, "\"%s\" is refused (an unknown field, a lone %%, no month, "
		    "a control or invalid byte, over 40 bytes)", bad[i]);
	is_int(date_display_width("%e %b %Y"), 11, "the widest date of %e %b %Y takes 11 columns (28 Dec 2024)");
	is_int(date_display_width("%Y-%m-%d"), 10, "  of %Y-%m-%d 10");
}

/* Whatever a date holds (an index is read from disk), what is written of
 * it fits the buffer its type sizes; only a date tandem keeps is valid. */
static void
test_bounds(void)
{
	const struct date worst = { INT_MIN, INT_MIN, INT_MIN }, big = { INT_MAX, 12, INT_MIN };
	struct {
		char buf[DATE_FORMAT_MAX];
		char guard[8];
	} out;
	char display[DATE_DISPLAY_MAX];
	static const char *const formats[] = { "%e %b %Y", "%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%e%b" };
	size_t i;

	memset(out.guard, 'G', sizeof(out.guard));
	date_format(&worst, out.buf);
	ok(memcmp(out.guard, "GGGGGGGG", 8) == 0 && strlen(out.buf) < DATE_FORMAT_MAX,
	    "a date of INT_MIN fields writes within DATE_FORMAT_MAX: %s", out.buf);
	is_str(out.buf, "-2147483648--2147483648--2147483648", "  every digit shown, none cut");
	for (i = 0; i < ARRAY_SIZE(formats); i++) {
		date_display(&big, formats[i], display);
		ok(strlen(display) < DATE_DISPLAY_MAX && strstr(display, "-2147483648") != NULL,
		    "\"%s\" of INT_MIN days fits DATE_DISPLAY_MAX: %.30s...", formats[i], display);
	}
	ok(date_valid(&(struct date){ 0, 0, 0 }) && date_valid(&(struct date){ 2024, 2, 29 }) &&
	    date_valid(&(struct date){ 0, 12, 31 }) && date_valid(&(struct date){ 9999, 1, 1 }),
	    "no date, 29 February, 31 December with no year, 9999-01-01 are dates tandem keeps");
	ok(!date_valid(&(struct date){ 2024, 4, 31 }) && !date_valid(&(struct date){ 0, 13, 1 }) &&
	    !date_valid(&(struct date){ 10000, 1, 1 }) && !date_valid(&(struct date){ -1, 1, 1 }) &&
	    !date_valid(&(struct date){ 0, 1, 0 }) && !date_valid(&(struct date){ 2024, 0, 0 }) &&
	    !date_valid(&(struct date){ 0, 0, 5 }) && !date_valid(&worst),
	    "  31 April, month 13, year 10000 or -1, day 0, a day or year without a month are not");
	check_read("31 April 2024", NULL, 0);
	check_read("30. April 2024", "2024-04-30", 14);
	check_read("30.02.2024", NULL, 0);
}

int
main(void)
{
	test_bounds();
	test_read();
	test_lines();
	test_lead();
	test_format();
	test_days();
	test_display();
	return done_testing();
}
