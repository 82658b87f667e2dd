/* The persistent index: the same corpus back, changes seen, damage never trusted. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tandem/corpus.h"
#include "tandem/index.h"
#include "tandem/util.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus"

static char tmp[] = "/tmp/tandem-index.XXXXXX";
static char corpus_dir[256], state_dir[256];

/* Everything a user can see of a corpus, as one string. */
static char *
describe(const struct corpus *c)
{
	struct buf b = { 0 };
	size_t i, k;

	for (i = 0; i < c->nwarnings; i++)
		buf_printf(&b, "W %s\n", c->warnings[i]);
	for (i = 0; i < c->narticles; i++) {
		const struct article *a = c->articles[i];

		buf_printf(&b, "A %s|%s|%s|%s|%s|%d-%d-%d|%d:%d|%d|%d|%zu|%zu|%u\n", a->name, a->title,
		    a->place ? a->place : "-", a->region ? a->region : "-", a->person ? a->person : "-",
		    a->date.year, a->date.month, a->date.day, a->hour, a->minute, (int)a->source,
		    (int)a->lang, a->dateline_len, article_debris_total(a), a->repairs);
		for (k = 0; k < a->nparagraphs; k++)
			buf_printf(&b, "P %zu %s\n", a->paragraphs[k].len, a->paragraphs[k].text);
	}
	for (i = 0; i < c->nmeetings; i++) {
		buf_printf(&b, "M %d-%d %s %s:", c->meetings[i].date.month, c->meetings[i].date.day,
		    c->meetings[i].region ? c->meetings[i].region : "-", c->meetings[i].person ? c->meetings[i].person : "-");
		for (k = 0; k < c->meetings[i].narticles; k++)
			buf_printf(&b, " %zu", c->meetings[i].articles[k]);
		buf_addc(&b, '\n');
	}
	return b.data;
}

static char *
load(struct corpus *c, const char *state)
{
	struct corpus_options o = { state, NULL, NULL };
	char *cause = NULL;

	if (corpus_load_indexed(c, corpus_dir, &o, &cause) < 0) {
		printf("# %s\n", cause);
		free(cause);
		return xstrdup("");
	}
	return describe(c);
}

static void
copy_seeds(void)
{
	char *cmd = xasprintf("cp %s/*.txt %s/ && printf 'x\\377\\001\\002' > %s/bad.txt", SEEDS,
	    corpus_dir, corpus_dir);

	ok(system(cmd) == 0, "a corpus folder with the seeds and one binary file");
	free(cmd);
}

static char *
the_index(void)
{
	return index_path(state_dir, corpus_dir);
}

/* Loads without an index, then with a fresh one: all must be the same. */
static char *
test_round_trip(void)
{
	struct corpus c;
	char *want, *got, *path = the_index();
	struct stat st;

	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	got = load(&c, state_dir);
	is_str(got, want, "the first load with an index gives what a load without one gives");
	ok(c.index == NULL, "  nothing came from an index then");
	corpus_free(&c);
	free(got);
	ok(stat(path, &st) == 0 && st.st_size > 64, "  and an index file was kept");
	got = load(&c, state_dir);
	is_str(got, want, "the second load, from the index, gives the same articles, warnings and meetings");
	ok(c.index != NULL && c.narticles > 0 && index_owns(c.index, c.articles[0]), "  its articles came from the index");
	corpus_free(&c);
	free(got);
	free(path);
	return want;
}

static void
test_changed_file(const char *before)
{
	struct corpus c;
	char *path = xasprintf("%s/002_954a635c099c0dbf.txt", corpus_dir), *got, *want;
	FILE *f = fopen(path, "a");

	fputs("\n\nA paragraph added after the index was made.", f);
	fclose(f);
	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	got = load(&c, state_dir);
	is_str(got, want, "a changed file is read again, not taken from the index");
	ok(strcmp(got, before) != 0 && strstr(got, "added after the index") != NULL, "  the new text shows");
	ok(c.index != NULL && !index_owns(c.index, corpus_find(&c, "002_954a635c099c0dbf")) &&
	    index_owns(c.index, corpus_find(&c, "000_bb48c70955bb72ea")), "  only that file was read");
	corpus_free(&c);
	free(got);
	got = load(&c, state_dir);
	is_str(got, want, "the index kept then holds the change");
	corpus_free(&c);
	free(got);
	free(want);
	free(path);
}

/* Writes bytes over the index at offset (or truncates it to offset). */
static void
damage(long offset, const char *bytes, int truncate_it)
{
	char *path = the_index();
	int fd = open(path, O_WRONLY);

	if (truncate_it)
		ok(ftruncate(fd, offset) == 0, "index truncated to %ld bytes", offset);
	else
		ok(pwrite(fd, bytes, strlen(bytes), offset) == (ssize_t)strlen(bytes), "index damaged at %ld", offset);
	close(fd);
	free(path);
}

static void
test_damage(void)
{
	struct corpus c;
	char *want, *got, *path = the_index(), *why = NULL;
	struct stat st;
	struct index_map *ix;

	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	stat(path, &st);
	damage(st.st_size - 10, "XXXX", 0);
	ix = index_open(path, corpus_dir, &why);
	ok(ix == NULL && why != NULL && strstr(why, "checksum") != NULL, "a damaged text section is found (%s)", why ? why : "");
	free(why);
	got = load(&c, state_dir);
	is_str(got, want, "  and never trusted: the corpus is read again");
	ok(c.index == NULL, "  nothing came from it");
	corpus_free(&c);
	free(got);
	damage(1000, "", 1);
	got = load(&c, state_dir);
	is_str(got, want, "a truncated index is not trusted");
	corpus_free(&c);
	free(got);
	damage(8, "\x7f", 0);
	ix = index_open(path, corpus_dir, &why);
	ok(ix == NULL && why != NULL && strstr(why, "version") != NULL, "an index of another version is refused (%s)", why ? why : "");
	free(why);
	got = load(&c, state_dir);
	is_str(got, want, "  and rebuilt");
	corpus_free(&c);
	free(got);
	ix = index_open(path, corpus_dir, &why);
	ok(ix != NULL, "the rebuilt index is sound");
	index_close(ix);
	free(want);
	free(path);
}

static void
test_unwritable(void)
{
	struct corpus c;
	char *state = xasprintf("%s/file-not-folder", tmp);
	FILE *f = fopen(state, "w");
	struct corpus_options o = { state, NULL, NULL };
	char *cause = NULL;
	size_t i, n = 0;

	fclose(f);
	ok(corpus_load_indexed(&c, corpus_dir, &o, &cause) == 0, "a state folder that cannot be made still loads");
	for (i = 0; i < c.nwarnings; i++)
		n += strncmp(c.warnings[i], "index not kept", 14) == 0;
	is_int((long)n, 1, "  with one warning about the index");
	ok(c.narticles == 5, "  and every article");
	corpus_free(&c);
	free(state);
}

int
main(void)
{
	char *before, *cmd;

	if (mkdtemp(tmp) == NULL)
		return 1;
	snprintf(corpus_dir, sizeof(corpus_dir), "%s/corpus", tmp);
	snprintf(state_dir, sizeof(state_dir), "%s/state", tmp);
	mkdir(corpus_dir, 0700);
	copy_seeds();
	before = test_round_trip();
	test_changed_file(before);
	test_damage();
	test_unwritable();
	free(before);
	cmd = xasprintf("rm -rf %s", tmp);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmp);
	free(cmd);
	return done_testing();
}
