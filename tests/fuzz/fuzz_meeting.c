/* Fuzz target: meeting grouping (meeting_group) over a corpus made in
 * memory from the input, split at form feeds into up to 12 articles, the
 * way corpus_load() hands its articles to meeting_group(). */
#include "config.h"

#include "fuzz.h"
#include "tandem/corpus.h"
#include "tandem/meeting.h"
#include "tandem/util.h"

#define MAX_ARTICLES 12

static void
add_articles(struct corpus *c, const uint8_t *data, size_t size)
{
	size_t start = 0, i;

	c->articles = xcalloc(MAX_ARTICLES, sizeof(*c->articles));
	for (i = 0; i <= size && c->narticles < MAX_ARTICLES; i++) {
		if (i < size && data[i] != '\f')
			continue;
		if (i > start) {
			char name[8];

			snprintf(name, sizeof(name), "a%02zu", c->narticles);	/* sorted by name */
			c->articles[c->narticles++] = fuzz_article(name, data + start, i - start);
		}
		start = i + 1;
	}
}

/* Every article is in exactly one meeting, the one meetings.of names. */
static void
check_meetings(const struct corpus *c)
{
	size_t m, k, total = 0;

	for (m = 0; m < c->meetings.n; m++) {
		FUZZ_ASSERT(c->meetings.list[m].narticles > 0);
		for (k = 0; k < c->meetings.list[m].narticles; k++) {
			FUZZ_ASSERT(c->meetings.list[m].articles[k] < c->narticles);
			FUZZ_ASSERT(corpus_meeting_of(c, c->meetings.list[m].articles[k]) == m);
		}
		total += c->meetings.list[m].narticles;
		if (m > 0)
			FUZZ_ASSERT(date_compare_newest(&c->meetings.list[m - 1].date, &c->meetings.list[m].date) <= 0);
	}
	FUZZ_ASSERT(total == c->narticles);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct corpus c;
	struct meetings ms;

	memset(&c, 0, sizeof(c));
	c.dir = xstrdup("fuzz");
	add_articles(&c, data, size);
	ms = meeting_group(&c, NULL);
	corpus_set_meetings(&c, &ms);
	check_meetings(&c);
	corpus_free(&c);
	return 0;
}
