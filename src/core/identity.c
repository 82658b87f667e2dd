/* identity: what makes a meeting (a day, a counterpart) and the union-find
 * that joins articles whose identities agree. */
#include "config.h"

#include <stdint.h>

#include "grouping.h"

/* The day of the year (1..366, a leap year's count) of a known date. */
static int
day_of_year(const struct date *d)
{
	static const int before[] = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 };

	return before[(d->month - 1) % 12] + d->day;
}

/* Whether two dates can be the day of one meeting; with later 1, b may be
 * the day after a (-1: a the day after b). */
static int
date_compatible(const struct date *a, const struct date *b, int later)
{
	int da, db;

	if (a->month == 0 || b->month == 0)
		return 1;
	if (a->year != 0 && b->year != 0 && a->year != b->year)
		return 0;
	da = day_of_year(a);
	db = day_of_year(b);
	return da == db || (later > 0 && db == da + 1) || (later < 0 && da == db + 1);
}

/* An English report of the day after a German one: 1 when b holds only
 * English articles and a a German one, -1 the other way round, else 0. */
static int
english_after(const struct identity *a, const struct identity *b)
{
	unsigned de = 1u << LANG_DE, en = 1u << LANG_EN;

	if (b->langs == en && (a->langs & de))
		return 1;
	if (a->langs == en && (b->langs & de))
		return -1;
	return 0;
}

int
identity_weekday_fits(int day, const struct identity *dated)
{
	int on = date_weekday(&dated->date);

	return on < 0 || on == day ||
	    (dated->langs == 1u << LANG_EN && (on + DATE_WEEK_DAYS - 1) % DATE_WEEK_DAYS == day);
}

/* Whether the weekdays the two sides' leads name can be one meeting's:
 * the same, or the day of the other's date. */
static int
weekday_compatible(const struct identity *a, const struct identity *b)
{
	if (a->weekday < 0 && b->weekday < 0)
		return 1;
	if (a->weekday >= 0 && b->weekday >= 0)
		return a->weekday == b->weekday;
	return a->weekday >= 0 ? identity_weekday_fits(a->weekday, b) : identity_weekday_fits(b->weekday, a);
}

int
identity_compatible(const struct identity *a, const struct identity *b)
{
	return date_compatible(&a->date, &b->date, english_after(a, b)) && weekday_compatible(a, b) &&
	    (a->region == 0 || b->region == 0 || a->region == b->region) &&
	    (a->person == 0 || b->person == 0 || a->person == b->person);
}

/* Fills what into is missing from from; a date with a year beats one without. */
static void
identity_merge(struct identity *into, const struct identity *from)
{
	if (into->date.month == 0 || (into->date.year == 0 && from->date.year != 0 &&
	    from->date.month != 0))
		into->date = from->date;
	if (into->region == 0)
		into->region = from->region;
	if (into->person == 0)
		into->person = from->person;
	if (into->weekday < 0)
		into->weekday = from->weekday;
	into->langs |= from->langs;
}

size_t
find_root(struct grouping *g, size_t i)
{
	while (g->parent[i] != i)
		i = g->parent[i] = g->parent[g->parent[i]];
	return i;
}

/* Joins the groups of a and b unless their days or counterparts disagree. */
int
join(struct grouping *g, size_t a, size_t b, int force)
{
	size_t ra = find_root(g, a), rb = find_root(g, b);

	if (ra == rb)
		return 1;
	if (!force && !identity_compatible(&g->group[ra], &g->group[rb]))
		return 0;
	identity_merge(&g->group[rb], &g->group[ra]);
	g->parent[ra] = (uint32_t)rb;
	return 1;
}
