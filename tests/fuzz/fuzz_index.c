/*
 * Fuzz target: the index reader (index_open, index_text,
 * index_meetings, index_keys, then grouping on the keys it gave),
 * the input an index file. Its header and checksums
 * are first made those this build writes (index_seal), so that the fuzzer
 * reaches the fields and their range checks, not only the checksum.
 *
 * Seeds: with FUZZ_INDEX_SEED=FILE the target writes there the index of
 * $top_srcdir/res/corpus, copied into SEED_FOLDER, and exits (run.sh).
 */
#include "config.h"

#include <sys/stat.h>

#include "fuzz.h"
#include "tandem/corpus.h"
#include "tandem/index.h"
#include "tandem/keys.h"
#include "tandem/meeting.h"
#include "tandem/util.h"

/* The folder the seeds were made for: an index names its folder. */
#define SEED_FOLDER "/tmp/tandem-fuzz-index-folder"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static char path[] = "/tmp/tandem-fuzz-index-XXXXXX";

static int
run(const char *cmd)
{
	return system(cmd);
}

/* The index corpus_load_indexed() keeps for the bundled corpus, into out. */
static void
make_seed(const char *out)
{
	const char *top = getenv("top_srcdir");
	struct corpus_options o = { .state_dir = "/tmp/tandem-fuzz-index-state" };
	struct corpus c;
	char *cmd, *cause = NULL, *index;

	cmd = xasprintf("rm -rf %s %s && mkdir -p %s && cp '%s'/res/corpus/*.txt %s/", SEED_FOLDER, o.state_dir,
	    SEED_FOLDER, top != NULL ? top : ".", SEED_FOLDER);
	FUZZ_ASSERT(run(cmd) == 0);
	free(cmd);
	FUZZ_ASSERT(corpus_load_indexed(&c, SEED_FOLDER, &o, &cause) == 0);
	corpus_free(&c);
	index = index_path(o.state_dir, SEED_FOLDER);
	cmd = xasprintf("cp %s '%s' && rm -rf %s", index, out, o.state_dir);
	FUZZ_ASSERT(run(cmd) == 0);
	free(cmd);
	free(index);
	exit(0);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *seed = getenv("FUZZ_INDEX_SEED");

	(void)argc, (void)argv;
	if (seed != NULL)
		make_seed(seed);
	mkdir(SEED_FOLDER, 0700);	/* index_open compares its real path */
	return 0;
}

/* What the reader promises of an article it hands out, and of its text. */
static void
check_article(struct index_map *ix, struct article *a)
{
	char date[DATE_FORMAT_MAX];
	size_t i;

	FUZZ_ASSERT(a->name != NULL && a->title != NULL && date_valid(&a->date));
	FUZZ_ASSERT(strlen(date_format(&a->date, date)) <= 10);
	FUZZ_ASSERT((a->hour == -1 && a->minute == -1) || (a->hour >= 0 && a->hour < 24 && a->minute >= 0 && a->minute < 60));
	if (index_text(ix, a) < 0)
		return;
	for (i = 0; i < a->nparagraphs; i++)
		FUZZ_ASSERT(strlen(a->paragraphs[i].text) == a->paragraphs[i].len);
	FUZZ_ASSERT(a->nparagraphs == 0 || a->dateline_len <= a->paragraphs[0].len);
	article_release_text(a);
}

/* Every article in one meeting, as the index says. */
static void
check_meetings(const struct corpus *c)
{
	size_t i, k;

	for (i = 0; i < c->meetings.n; i++) {
		FUZZ_ASSERT(c->meetings.list[i].narticles > 0 && date_valid(&c->meetings.list[i].date));
		for (k = 0; k < c->meetings.list[i].narticles; k++)
			FUZZ_ASSERT(c->meetings.of[c->meetings.list[i].articles[k]] == i);
	}
	for (i = 0; i < c->narticles; i++)
		FUZZ_ASSERT(c->meetings.of[i] < c->meetings.n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t *bytes = xmalloc(size + 1);
	enum index_refusal refusal;
	struct index_map *ix;
	struct corpus c;
	struct meetings ms;
	char *why = NULL;
	size_t i;

	memcpy(bytes, data, size);
	index_seal(bytes, size);
	fuzz_write_input(path, bytes, size);
	free(bytes);
	if ((ix = index_open(path, SEED_FOLDER, &refusal, &why)) == NULL) {
		FUZZ_ASSERT(refusal == INDEX_ABSENT || why != NULL);
		free(why);
		return 0;
	}
	memset(&c, 0, sizeof(c));
	c.narticles = index_narticles(ix);
	c.articles = xcalloc(c.narticles + 1, sizeof(*c.articles));
	for (i = 0; i < c.narticles; i++) {
		c.articles[i] = index_article_at(ix, i);
		check_article(ix, c.articles[i]);
	}
	for (i = 0; i < index_nwarnings(ix); i++)
		FUZZ_ASSERT(index_warning(ix, i) != NULL);
	ms = index_meetings(ix);
	corpus_set_meetings(&c, &ms);
	check_meetings(&c);
	/* The keys, as an update takes them to group again: refused with a
	 * reason, or sound enough to group on. */
	c.keys = meeting_keys_new();
	if (index_keys(ix, c.keys, &why) < 0) {
		FUZZ_ASSERT(why != NULL);
		free(why);
		meeting_keys_free(c.keys);
		c.keys = NULL;
	} else {
		for (i = 0; i < c.narticles; i++) {
			c.articles[i]->keys = (uint32_t)i;
			meeting_keys_count(c.keys, (uint32_t)i, c.articles[i]->lang);
		}
		ms = meeting_group(&c, NULL);
		corpus_set_meetings(&c, &ms);
		check_meetings(&c);
	}
	corpus_set_meetings(&c, NULL);
	for (i = 0; i < c.nwarnings; i++)	/* grouping's, of meetings.ini */
		free(c.warnings[i]);
	free(c.warnings);
	free(c.articles);
	index_close(ix);
	return 0;
}
