/* What the screen says while a big corpus loads: a line that fits any
 * width; who holds an article's memory, wherever it came from. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tandem/corpus.h"
#include "tandem/index.h"
#include "tandem/meeting.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus"

static char tmp[] = "/tmp/tandem-corpus.XXXXXX";
static char corpus_dir[256], state_dir[256];

/* The progress line of done of total at width: is it want, and no wider? */
static void
check_progress(size_t done, size_t total, int width, const char *want)
{
	char *got = corpus_progress_line(CORPUS_READING, done, total, width, 1);

	is_str(got, want, "the progress line at width");
	ok(text_width(got, strlen(got)) <= width, "  %d columns at most", width);
	free(got);
}

static void
test_progress(void)
{
	int width;
	char *line;

	check_progress(256, 100000, 80, "reading 256/100,000 files (q stops)");
	check_progress(256, 100000, 35, "reading 256/100,000 files (q stops)");
	check_progress(256, 100000, 34, "reading 256/100,000 files");
	check_progress(256, 100000, 24, "256/100,000 files");
	check_progress(256, 100000, 16, "256/100,000");
	check_progress(256, 100000, 11, "256/100,000");
	check_progress(256, 100000, 8, "256/100…");
	check_progress(256, 100000, 1, "…");
	check_progress(256, 100000, 0, "");
	line = corpus_progress_line(CORPUS_READING, 256, 100000, 80, 0);
	is_str(line, "reading 256/100,000 files", "  without \"q stops\" where q does not stop (--list)");
	free(line);
	line = corpus_progress_line(CORPUS_GROUPING, 100000, 100000, 80, 1);
	is_str(line, "grouping 100,000 articles", "then the grouping");
	free(line);
	for (width = 0; width <= 50; width++) {
		line = corpus_progress_line(CORPUS_READING, 99999, 100000, width, 1);
		if (!ok(text_width(line, strlen(line)) <= width, "99999 of 100000 fits %d columns", width))
			printf("#   got \"%s\"\n", line);
		free(line);
	}
}

/* The text of a, as the reader shows it, one paragraph a line; read when
 * it is not in memory (and kept). */
static char *
text_of(struct corpus *c, struct article *a)
{
	struct buf b = { 0 };
	size_t k;

	if (corpus_text(c, a, NULL) < 0)
		return xstrdup("(unreadable)");
	for (k = 0; k < a->nparagraphs; k++)
		buf_printf(&b, "%s\n", a->paragraphs[k].text);
	return b.data != NULL ? b.data : xstrdup("");
}

/* Loads the folder, with the index in state (NULL: none). */
static void
load(struct corpus *c, const char *state)
{
	struct corpus_options o = { .state_dir = state };
	char *cause = NULL;

	if (corpus_load_indexed(c, corpus_dir, &o, &cause) < 0) {
		printf("# %s\n", cause);
		free(cause);
	}
}

/* How many of c's articles are held by held, and their text (read now
 * when it is not in memory) by text_held, and read as want says. */
static size_t
count_held(struct corpus *c, enum article_holder held, enum article_holder text_held, char **want)
{
	size_t i, n = 0;

	for (i = 0; i < c->narticles && i < 5; i++) {	/* the five seeds */
		struct article *a = c->articles[i];
		char *got = text_of(c, a);

		n += a->held == held && a->text_held == text_held && want[i] != NULL && strcmp(got, want[i]) == 0;
		free(got);
	}
	return n;
}

/* An article in each of the ways a corpus gets one, freed as it records
 * (valgrind and ASan see what is left or freed twice). */
static void
test_holders(void)
{
	struct corpus c;
	char *want[5] = { NULL }, *got, *path;
	struct article *a;
	size_t i, n;
	long at;
	int fd;

	load(&c, NULL);
	ok(c.narticles == 5, "a corpus of the five seeds, read without an index");
	for (i = 0; i < c.narticles && i < 5; i++) {
		ok(c.articles[i]->held == ARTICLE_CORPUS && c.articles[i]->paragraphs != NULL &&
		    c.articles[i]->text_held == ARTICLE_APART, "  %s: the corpus's, its text its own, in memory",
		    c.articles[i]->name);
		want[i] = text_of(&c, c.articles[i]);
	}
	corpus_free(&c);

	load(&c, state_dir);
	ok(c.index != NULL && c.articles[0]->paragraphs == NULL, "read with an index made now: no text in memory");
	is_int((long)count_held(&c, ARTICLE_CORPUS, ARTICLE_INDEX, want), 5,
	    "  each article the corpus's, its text, when asked for, the index's and the same");
	a = c.articles[2];
	n = a->nparagraphs;
	article_release_text(a);
	ok(a->paragraphs == NULL && a->nparagraphs == n, "  let go of, the text is gone and its paragraphs still counted");
	got = text_of(&c, a);
	is_str(got, want[2], "  and is read again when asked for");
	free(got);
	corpus_free(&c);

	load(&c, state_dir);
	is_int((long)count_held(&c, ARTICLE_INDEX, ARTICLE_INDEX, want), 5,
	    "the next load takes every article and its text from the index");
	c.articles = xrealloc(c.articles, (c.narticles + 2) * sizeof(*c.articles));
	a = c.articles[c.narticles++] = article_parse("zzz_by_hand", "Ein Absatz von Hand.\n", 21);
	ok(a->held == ARTICLE_APART && a->text_held == ARTICLE_APART && a->nparagraphs == 1,
	    "an article put in by hand is its own; corpus_free() frees it with the index's");
	at = (long)c.articles[0]->text_at + (long)index_record_size(c.index, c.articles[0]) / 2;
	corpus_free(&c);

	path = index_path(state_dir, corpus_dir);
	fd = open(path, O_WRONLY);
	ok(fd >= 0 && pwrite(fd, "XXXX", 4, at) == 4, "the index's text of %s damaged", "000_bb48c70955bb72ea");
	close(fd);
	load(&c, state_dir);
	a = c.articles[0];
	ok(a->held == ARTICLE_INDEX && a->paragraphs == NULL, "  the article is still taken from the index");
	got = text_of(&c, a);
	is_str(got, want[0], "  its text is read from its file, as it is there");
	ok(a->text_held == ARTICLE_APART, "  and is the article's own, freed with it");
	ok(access(path, F_OK) != 0, "  and the index is thrown away, to be made anew");
	free(got);
	corpus_free(&c);
	free(path);
	for (i = 0; i < 5; i++)
		free(want[i]);
}

/* The meetings ms of c's articles as the list shows them: each one's
 * date, counterpart and article names, newest first. */
static char *
meetings_text(const struct corpus *c, const struct meetings *ms)
{
	struct buf b = { 0 };
	size_t m, k;

	for (m = 0; m < ms->n; m++) {
		const struct meeting *mt = &ms->list[m];

		buf_printf(&b, "%d-%02d-%02d %s %s:", mt->date.year, mt->date.month, mt->date.day,
		    mt->region ? mt->region : "-", mt->person ? mt->person : "-");
		for (k = 0; k < mt->narticles; k++)
			buf_printf(&b, " %s%s", c->articles[mt->articles[k]]->name,
			    ms->of[mt->articles[k]] == m ? "" : "(elsewhere)");
		buf_addc(&b, '\n');
	}
	return b.data != NULL ? b.data : xstrdup("");
}

/* Grouping and the index give the meetings; the corpus alone keeps them. */
static void
test_meetings(void)
{
	static const char *const names[] = { "000_bb48c70955bb72ea", "001_994465b2fab599f9",
		"002_954a635c099c0dbf", "003_5657ae1482649044", "004_bec5a6384e55e9b3" };
	struct corpus c, by_hand;
	struct meetings ms;
	char *want, *got, *cause = NULL;
	size_t i;

	load(&c, NULL);
	want = meetings_text(&c, &c.meetings);
	ok(c.meetings.n == 3 && strstr(want, "Kalm\xc3\xbc" "ckien Batu Chassikow: 000_bb48c70955bb72ea "
	    "002_954a635c099c0dbf 004_bec5a6384e55e9b3\n") != NULL,
	    "the seeds make three meetings, the Kalmykia visit one of them");
	memset(&by_hand, 0, sizeof(by_hand));
	by_hand.dir = xstrdup(corpus_dir);
	by_hand.articles = xcalloc(ARRAY_SIZE(names) + 1, sizeof(*by_hand.articles));
	for (i = 0; i < ARRAY_SIZE(names); i++) {
		char *path = xasprintf("%s/%s.txt", corpus_dir, names[i]);

		if ((by_hand.articles[by_hand.narticles] = corpus_read_article(path, names[i], &cause)) != NULL)
			by_hand.narticles++;
		free(path);
	}
	ok(by_hand.narticles == 5, "the five seeds read by hand, in name order");
	ms = meeting_group(&by_hand, NULL);
	ok(by_hand.meetings.n == 0 && by_hand.meetings.list == NULL,
	    "grouping a corpus by hand returns its meetings and leaves the corpus's alone");
	got = meetings_text(&by_hand, &ms);
	is_str(got, want, "  the same meetings as a load makes");
	free(got);
	corpus_set_meetings(&by_hand, &ms);
	ok(ms.list == NULL && ms.n == 0 && by_hand.meetings.n == 3, "  put in the corpus, they are the corpus's");
	ms = meeting_group(&by_hand, NULL);
	corpus_set_meetings(&by_hand, &ms);
	got = meetings_text(&by_hand, &by_hand.meetings);
	is_str(got, want, "  grouped again, the new ones take the old ones' place");
	free(got);
	corpus_free(&by_hand);
	corpus_free(&c);

	load(&c, state_dir);
	corpus_free(&c);
	load(&c, state_dir);
	ok(c.articles[0]->held == ARTICLE_INDEX, "a load from the index");
	got = meetings_text(&c, &c.meetings);
	is_str(got, want, "  has the meetings grouping made");
	free(got);
	ms = index_meetings(c.index);
	got = meetings_text(&c, &ms);
	is_str(got, want, "  and the index gives them again, anew, when asked");
	free(got);
	corpus_set_meetings(&c, &ms);
	corpus_free(&c);
	free(cause);
	free(want);
}

/* What an article keeps of itself fits the room it is given. */
static void
test_layout(void)
{
	struct article a;

	memset(&a, 0, sizeof(a));
	a.repairs = (1u << TEXT_BIT_COUNT) - 1;
	ok(a.repairs == (1u << TEXT_BIT_COUNT) - 1, "every repair an article records is kept");
	ok(sizeof(struct article) <= 136, "an article takes 136 bytes at most: 100,000 of them 13 MB");
}

int
main(void)
{
	char *cmd;

	test_progress();
	test_layout();
	if (mkdtemp(tmp) == NULL)
		return 1;
	snprintf(corpus_dir, sizeof(corpus_dir), "%s/corpus", tmp);
	snprintf(state_dir, sizeof(state_dir), "%s/state", tmp);
	mkdir(corpus_dir, 0700);
	cmd = xasprintf("cp %s/*.txt %s/", SEEDS, corpus_dir);
	ok(system(cmd) == 0, "the seeds copied into a folder of their own");
	free(cmd);
	test_holders();
	test_meetings();
	cmd = xasprintf("rm -rf %s", tmp);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmp);
	free(cmd);
	return done_testing();
}
