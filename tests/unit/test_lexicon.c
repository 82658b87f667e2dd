/* The system dictionary (Debian's trans-de-en): the words the seeds need
 * are in it, the golds hold with it, and a key stops its load. The other
 * tests read the fixture in tests/data/dictionary; this one is skipped
 * without the system dictionary, and fails then when TANDEM_CI is set. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/align.h"
#include "tandem/corpus.h"
#include "tandem/lexicon.h"
#include "tandem/meeting.h"
#include "tandem/rank.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus/"
#define GOLD TANDEM_SRCDIR "/tests/data/align/"

/* Whether the English word is among the German word's translations. */
static int
translates(const char *de, const char *en)
{
	return lexicon_translates(de, strlen(de), en, strlen(en));
}

static int
stop_at_once(void *arg)
{
	++*(int *)arg;
	return 1;
}

/* Runs first: the dictionary is loaded by the ranking it stops. */
static void
test_stop(struct corpus *c)
{
	int asked = 0, loads;
	struct stop stop = { stop_at_once, &asked };
	char *note = NULL;

	is_int(meeting_rank(c, 1, &note, &stop), -1, "a key while the dictionary loads stops the ranking");
	ok(asked == 1 && !lexicon_ready() && !c->meetings.list[1].ranked,
	    "  at the first question, with nothing half done");
	for (loads = 1; !lexicon_ready() && loads < 1000; loads++)
		meeting_rank(c, 1, &note, &stop);
	ok(lexicon_ready() && loads > 1, "  the load goes on where it stopped (%d calls)", loads);
	is_int(meeting_rank(c, 1, &note, NULL), 0, "without a key the ranking runs to the end");
	is_str(c->articles[c->meetings.list[1].articles[1]]->name, "002_954a635c099c0dbf",
	    "  the close counterpart 002 first");
	free(note);
}

static void
test_words(void)
{
	ok(translates("Gesprächen", "talks"), "Gesprächen: talks (an inflected form)");
	ok(translates("Handelsumsatz", "trade"), "Handelsumsatz: trade (a compound, by its parts)");
	ok(translates("Traktoren", "tractors"), "Traktoren: tractors");
	ok(translates("Mähdrescher", "harvester"), "Mähdrescher: harvester (an umlaut)");
	ok(!translates("Traktoren", "harvester"), "  and not harvester");
}

/* Whether the beads of de and en are those of the gold file (only those
 * with both sides when pairs is set), "de\ten" a line. */
static int
is_gold(const struct article *de, const struct article *en, const char *gold, int pairs)
{
	struct alignment al;
	struct buf got = { 0 }, want = { 0 };
	char path[512], line[256], d[64], e[64];
	size_t i;
	FILE *f;
	int same;

	snprintf(path, sizeof(path), GOLD "%s", gold);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (!pairs || (line[0] != '\t' && strstr(line, "\t\n") == NULL))
			buf_adds(&want, line);
	fclose(f);
	align_articles(de, en, &al, NULL, NULL);
	for (i = 0; i < al.nbeads; i++)
		if (!pairs || (al.beads[i].nde > 0 && al.beads[i].nen > 0))
			buf_printf(&got, "%s\t%s\n", align_numbers(al.beads[i].de, al.beads[i].nde, d, sizeof(d)),
			    align_numbers(al.beads[i].en, al.beads[i].nen, e, sizeof(e)));
	same = got.data != NULL && want.data != NULL && strcmp(got.data, want.data) == 0;
	align_free(&al);
	buf_free(&got);
	buf_free(&want);
	return same;
}

static void
test_golds(const struct corpus *c)
{
	const struct meeting *m = &c->meetings.list[1];
	const struct article *de = c->articles[m->articles[0]], *en2 = NULL, *en4 = NULL;
	size_t k;

	for (k = 1; k < m->narticles; k++)
		if (strcmp(c->articles[m->articles[k]]->name, "002_954a635c099c0dbf") == 0)
			en2 = c->articles[m->articles[k]];
		else
			en4 = c->articles[m->articles[k]];
	ok(en2 && is_gold(de, en2, "000_002.gold", 0), "000 and 002 give exactly the gold beads");
	ok(en4 && is_gold(de, en4, "000_004.gold", 1),
	    "000 and 004 (another write-up) pair only German 2-3 with English 4-5");
}

int
main(void)
{
	struct corpus c;
	char *cause = NULL;
	FILE *f = fopen(LEXICON_DEFAULT_PATH, "r");

	if (f == NULL) {
		if (getenv("TANDEM_CI") != NULL && *getenv("TANDEM_CI") != '\0') {
			plan(1);
			ok(0, "the system dictionary " LEXICON_DEFAULT_PATH " is installed (trans-de-en)");
			return done_testing();
		}
		printf("1..0 # SKIP no system dictionary at " LEXICON_DEFAULT_PATH " (Debian package trans-de-en)\n");
		return 0;
	}
	fclose(f);
	setenv("TANDEM_DICTIONARY", LEXICON_DEFAULT_PATH, 1);
	if (corpus_load(&c, SEEDS, &cause) < 0) {
		plan(1);
		ok(0, "the bundled corpus loads: %s", cause);
		free(cause);
		return done_testing();
	}
	test_stop(&c);
	test_words();
	test_golds(&c);
	corpus_free(&c);
	return done_testing();
}
