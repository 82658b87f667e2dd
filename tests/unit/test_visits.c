/* Visits: a counterpart's meetings found from any of them and by name, and
 * the line that sums them up. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/corpus.h"
#include "tandem/visits.h"
#include "tap.h"

#define FIXTURE TANDEM_SRCDIR "/tests/data/counterpart"

/* The meeting whose first article is named name, or meetings.n. */
static size_t
meeting_named(const struct corpus *c, const char *name)
{
	size_t m;

	for (m = 0; m < c->meetings.n; m++)
		if (strcmp(c->articles[c->meetings.list[m].articles[0]]->name, name) == 0)
			return m;
	return c->meetings.n;
}

/* visits_of_meeting() for the meeting of article name; v empty and -2 when
 * the corpus has no such article (a test fails then, never crashes). */
static int
of_named(const struct corpus *c, const char *name, struct visits *v)
{
	size_t m = meeting_named(c, name);

	memset(v, 0, sizeof(*v));
	return m < c->meetings.n ? visits_of_meeting(c, m, v) : -2;
}

/* From every one of Primorje's four meetings, in either language, the same four. */
static void
test_of_meeting(const struct corpus *c)
{
	static const char *const from[] = { "primorje-2025-de", "primorje-2023-en", "primorje-2021-de",
		"primorje-2019-de" };
	struct visits v = { 0 };
	size_t i, k, same = 0;
	char *line;

	for (i = 0; i < ARRAY_SIZE(from); i++) {
		size_t m = meeting_named(c, from[i]);

		memset(&v, 0, sizeof(v));
		if (m < c->meetings.n && visits_of_meeting(c, m, &v) == 0 && v.n == ARRAY_SIZE(from)) {
			for (k = 0; k < v.n && v.meetings[k] == meeting_named(c, from[k]); k++)
				;
			same += k == v.n;
		}
		visits_free(&v);
	}
	is_int((long)same, 4, "each of Primorje's meetings, German or English only, finds the four, newest first");
	of_named(c, "primorje-2021-de", &v);
	is_str(line = visits_summary(&v), "Primorje · 4 meetings, 2019–2025", "  summed up by the name the list shows");
	free(line);
	visits_free(&v);
	of_named(c, "primorje-2023-en", &v);
	is_str(line = visits_summary(&v), "Primorsky · 4 meetings, 2019–2025", "  from the English one, as it spells it");
	free(line);
	visits_free(&v);
	is_int(of_named(c, "ernte-2020-de", &v), -1, "a meeting naming no counterpart has none");
	is_int((long)v.n, 0, "  and no meetings");
	visits_free(&v);
}

static void
test_named(const struct corpus *c)
{
	struct visits v;
	char *line;

	is_int(visits_named(c, "Koschemjako", &v), 0, "Koschemjako is named");
	is_str(line = visits_summary(&v), "Primorje · 4 meetings, 2019–2025", "  Primorje's four meetings");
	free(line);
	visits_free(&v);
	is_int(visits_named(c, "Gebiet Wologda", &v), 0, "Gebiet Wologda: the label is no part of the name");
	is_str(line = visits_summary(&v), "Wologda · 1 meeting, 2024", "  one meeting, one year");
	free(line);
	visits_free(&v);
	is_int(visits_named(c, "Sergei Kozhemyako", &v), -1, "another first name is another person");
	is_int(visits_named(c, "", &v), -1, "an empty name names no one");
}

static void
test_summary(void)
{
	size_t m[2] = { 0, 1 };
	struct visits v = { m, 2, "Smolensk", 0, 0 };
	char *line = visits_summary(&v);

	is_str(line, "Smolensk · 2 meetings", "no year known: no years");
	free(line);
}

int
main(void)
{
	struct corpus c;
	char *cause = NULL;

	setenv("TANDEM_DICTIONARY", TEST_DICTIONARY, 1);
	if (!is_int(corpus_load(&c, FIXTURE, &cause), 0, "tests/data/counterpart loads"))
		return done_testing();
	test_of_meeting(&c);
	test_named(&c);
	test_summary();
	corpus_free(&c);
	return done_testing();
}
