/*
 * dates: the dates news pages write, in German and English, read into
 * struct date (part of the "clean" step).
 *
 * A page may carry the article's date several ways: a dateline ("MINSK,
 * 20. März (BelTA) - "), a date-time line by the headline ("16 Juli 2024,
 * 12:54", "15:46 21 February 2020", "Präsident 16.07.2019 | 12:48",
 * "11/18/2024"), the lead ("on 16 July", "On February 3,"); and a date that
 * is not the article's: the day the page was fetched ("flag Donnerstag,
 * 7 November 2024"), which names a weekday and no time.
 */
#ifndef TANDEM_DATES_H
#define TANDEM_DATES_H

#include <limits.h>
#include <stddef.h>

struct date {
	int year;	/* 0: unknown */
	int month;	/* 1..12, 0: unknown (then the whole date is unknown) */
	int day;	/* 1..31 */
};

/* The most bytes an int takes written in decimal, with its sign ("-2147483648"):
 * 3 digits for each 10 bits is more than log10(2) asks for. */
#define DATE_INT_CHARS (sizeof(int) * CHAR_BIT * 3 / 10 + 2)
/* The most bytes date_format() writes, with the NUL, whatever d holds. */
#define DATE_FORMAT_MAX (3 * DATE_INT_CHARS + 3)

/* Whether d is a date as tandem keeps one: none at all (0-0-0), or month
 * 1..12 and a day that month can have (29 February in any year), with year
 * 0 (unknown) or 1..9999. The index trusts no other. */
int date_valid(const struct date *d);

/* "YYYY-MM-DD", "--MM-DD" or "-" into buf: for files and scripts. */
const char *date_format(const struct date *d, char buf[DATE_FORMAT_MAX]);

/* What a screen date format may hold, for messages. */
#define DATE_DISPLAY_WHAT "text with %e (day), %d (day, 2 digits), %b (Nov), %m (11), %Y (year) or %%, " \
	"%b or %m among them"
/* The longest screen date format, in bytes. */
#define DATE_DISPLAY_FORMAT_MAX 40
/* The most bytes date_display() writes, with the NUL: each field (two bytes
 * of the format) gives at most an int's digits. */
#define DATE_DISPLAY_MAX (DATE_DISPLAY_FORMAT_MAX / 2 * DATE_INT_CHARS + 1)

/* 0 when format is a screen date format date_display() takes, else -1. */
int date_display_check(const char *format);
/*
 * The date as people write it, by a checked format ("%e %b %Y": "18 Nov
 * 2024") into buf (DATE_DISPLAY_MAX bytes). Month names are English
 * whatever the locale. Without the year, %Y goes with the text around it
 * but for what joins the fields on either side: "18 Nov", "11-18".
 * No date: "-".
 */
const char *date_display(const struct date *d, const char *format, char *buf);
/* The display columns of the widest date format writes. */
int date_display_width(const char *format);
/* The days from a fixed day to d, which has a year: date_days(b) -
 * date_days(a) counts the days from a to b. */
long date_days(const struct date *d);
/* Orders dates newest first; unknown years after known ones, no date last. */
int date_compare_newest(const struct date *a, const struct date *b);

/* The month (1..12) an English or German month name names ("März",
 * "Maerz", "Sept"), in any case, or a Russian one in the genitive ("июня");
 * 0 for any other word. */
int date_month(const char *name, size_t len);
#define DATE_WEEK_DAYS 7

/* The weekday (0 Monday .. 6 Sunday) an English or German weekday's name
 * names, in any case; -1 for another word. */
int date_weekday_named(const char *name, size_t len);
/* The weekday (0 Monday .. 6 Sunday) of d, which has a year; -1 without. */
int date_weekday(const struct date *d);

/*
 * Reads a date at the start of s: "20 March", "20. März", "20th March",
 * "March 20", "March 20th", each with a year or not ("20 March 2024",
 * "March 20, 2024"), or a numeric one with the year ("13.04.2023",
 * "2024-07-16", "11/18/2024", month first). Returns the bytes read into
 * *d, 0 when s starts with no date.
 */
size_t date_read(const char *s, size_t len, struct date *d);

/* What a line holding nothing but a date and a time is. */
enum date_line {
	DATE_LINE_NONE,		/* not such a line */
	DATE_LINE_ARTICLE,	/* the article's date: with a time, or numeric */
	DATE_LINE_PAGE,		/* a weekday and no time: when the page was fetched */
};

/*
 * Reads a line of a date, a time, or both, with at most a few words of page
 * furniture around them ("Posted:", "flag", a section's name, "|",
 * "Press release"). Sets *d (month 0 when the line has only a time) and
 * *hour, *minute (-1 when it has no time).
 */
enum date_line date_line_read(const char *s, size_t len, struct date *d, int *hour, int *minute);

/* The date a lead sentence gives the event: "on 11 March", "On March 11,",
 * "on Friday, September 25", "am 17. November". Returns 1 and sets *d. */
int date_in_lead(const char *s, size_t len, struct date *d);

#endif
