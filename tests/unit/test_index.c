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
describe(struct corpus *c)
{
	struct buf b = { 0 };
	size_t i, k;

	for (i = 0; i < c->nwarnings; i++)
		buf_printf(&b, "W %s\n", c->warnings[i]);
	for (i = 0; i < c->narticles; i++) {
		const struct article *a = c->articles[i];

		corpus_text(c, c->articles[i], NULL);
		buf_printf(&b, "A %s|%s|%s|%s|%s|%d-%d-%d|%d:%d|%d|%d|%zu|%zu|%u\n", a->name, a->title,
		    a->place ? a->place : "-", a->region ? a->region : "-", a->person ? a->person : "-",
		    a->date.year, a->date.month, a->date.day, a->hour, a->minute, (int)a->source,
		    (int)a->lang, a->dateline_len, article_debris_total(a), a->repairs);
		for (k = 0; k < a->nparagraphs; k++)
			buf_printf(&b, "P %zu %s\n", a->paragraphs[k].len, a->paragraphs[k].text);
	}
	for (i = 0; i < c->meetings.n; i++) {
		buf_printf(&b, "M %d-%d %s %s:", c->meetings.list[i].date.month, c->meetings.list[i].date.day,
		    c->meetings.list[i].region ? c->meetings.list[i].region : "-", c->meetings.list[i].person ? c->meetings.list[i].person : "-");
		for (k = 0; k < c->meetings.list[i].narticles; k++)
			buf_printf(&b, " %zu", c->meetings.list[i].articles[k]);
		buf_addc(&b, '\n');
	}
	return b.data;
}

static int
load_only(struct corpus *c, const char *state)
{
	struct corpus_options o = { .state_dir = state };
	char *cause = NULL;

	if (corpus_load_indexed(c, corpus_dir, &o, &cause) < 0) {
		printf("# %s\n", cause);
		free(cause);
		return -1;
	}
	return 0;
}

static char *
load(struct corpus *c, const char *state)
{
	return load_only(c, state) < 0 ? xstrdup("") : describe(c);
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
	load_only(&c, state_dir);
	ok(c.index != NULL && c.articles[0]->paragraphs == NULL && c.articles[0]->text_at != 0,
	    "the first load with an index keeps no text in memory: it is in the index kept");
	got = describe(&c);
	is_str(got, want, "  and gives what a load without one gives");
	corpus_free(&c);
	free(got);
	ok(stat(path, &st) == 0 && st.st_size > 64, "  and an index file was kept");
	load_only(&c, state_dir);
	ok(c.index != NULL && c.narticles > 0 && c.articles[0]->held == ARTICLE_INDEX, "the second load takes its articles from the index");
	ok(c.articles[0]->paragraphs == NULL && c.articles[0]->nparagraphs > 0, "  and reads no text until it is asked for");
	ok(corpus_text(&c, c.articles[0], NULL) == 0 && c.articles[0]->paragraphs != NULL &&
	    c.articles[0]->paragraphs[0].len > 0, "  when it is, the text is there");
	got = describe(&c);
	is_str(got, want, "  the same articles, paragraphs, warnings and meetings as without an index");
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
	corpus_free(&c);
	free(got);
	got = load(&c, state_dir);
	is_str(got, want, "the index kept then holds the change");
	corpus_free(&c);
	free(got);
	free(want);
	free(path);
}

/* Changes one letter of a file in place, keeping its size, inode and mtime. */
static void
same_stat_edit(const char *file, const char *from, const char *to)
{
	char *path = xasprintf("%s/%s", corpus_dir, file), *text, *at;
	struct stat st;
	struct timespec times[2];
	FILE *f = fopen(path, "r+");
	long n;

	stat(path, &st);
	text = xcalloc((size_t)st.st_size + 1, 1);
	n = (long)fread(text, 1, (size_t)st.st_size, f);
	at = strstr(text, from);
	ok(n == st.st_size && at != NULL && strlen(from) == strlen(to), "%s changed in place, stat kept", file);
	if (at != NULL) {
		fseek(f, (long)(at - text), SEEK_SET);
		fputs(to, f);
	}
	fclose(f);
	times[0] = st.st_atim;
	times[1] = st.st_mtim;
	utimensat(AT_FDCWD, path, times, 0);
	free(text);
	free(path);
}

/* A file whose size, inode and mtime are those the index holds is not read. */
static void
test_unchanged_taken(const char *before)
{
	struct corpus c;
	char *got;

	same_stat_edit("000_bb48c70955bb72ea.txt", "Minsk", "Mxnsk");
	got = load(&c, state_dir);
	ok(strstr(got, "Mxnsk") == NULL, "an unchanged file (size, inode, mtime) is taken from the index, not read");
	corpus_free(&c);
	free(got);
	same_stat_edit("000_bb48c70955bb72ea.txt", "Mxnsk", "Minsk");
	got = load(&c, state_dir);
	is_str(got, before, "  (the file put back as it was)");
	corpus_free(&c);
	free(got);
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

/* The index at path is refused, for a reason holding word. */
static void
refused(const char *path, const char *word, const char *what)
{
	char *why = NULL;
	enum index_refusal refusal;
	struct index_map *ix = index_open(path, corpus_dir, &refusal, &why);

	ok(ix == NULL && why != NULL && strstr(why, word) != NULL, "%s (%s)", what, why ? why : "");
	index_close(ix);
	free(why);
}

/* want as a load shows it with one more warning, about the index: why
 * (NULL: none, the index was only out of date). */
static char *
with_warning(const char *want, const char *why)
{
	char *path = the_index(), *s;
	const char *articles = strstr(want, "\nA ");
	int at = articles != NULL ? (int)(articles - want) + 1 : 0;

	s = why == NULL ? xstrdup(want) : xasprintf("%.*sW %s: %s\n%s", at, want, path, why, want + at);
	free(path);
	return s;
}

/* A load gives want (read from the files) with the index's warning why
 * (NULL: none), and leaves a sound index; the next says nothing of it. */
static void
read_again_why(const char *want, const char *why, const char *what, const char *sound)
{
	struct corpus c;
	char *got = load(&c, state_dir), *path = the_index(), *reason = NULL, *shown = with_warning(want, why);
	enum index_refusal refusal;
	struct index_map *ix;

	is_str(got, shown, what);
	corpus_free(&c);
	free(got);
	free(shown);
	ix = index_open(path, corpus_dir, &refusal, &reason);
	ok(ix != NULL, "%s", sound);
	index_close(ix);
	free(reason);
	got = load(&c, state_dir);
	is_str(got, want, "  and the next start says nothing of it");
	corpus_free(&c);
	free(got);
	free(path);
}

static void
test_damage(void)
{
	struct corpus c;
	char *want, *got, *path = the_index();
	struct stat st;

	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	damage(200, "XXXX", 0);
	got = load(&c, state_dir);
	is_str(got, want, "a damaged paragraph record is never shown: the file is read instead");
	ok(access(path, F_OK) != 0, "  and the index is thrown away, to be made anew");
	corpus_free(&c);
	free(got);
	free(load(&c, state_dir));
	corpus_free(&c);
	stat(path, &st);
	damage(st.st_size - 10, "XXXX", 0);
	refused(path, "checksum", "a damaged meta section is found");
	read_again_why(want, "damaged (checksum)", "  and never trusted: the corpus is read again, the damage told once",
	    "  and the index made anew");
	damage(1000, "", 1);
	read_again_why(want, "truncated or grown", "a truncated index is not trusted", "  and made anew");
	damage(8, "\x7f", 0);
	refused(path, "version", "an index of another version is refused");
	read_again_why(want, NULL, "  and rebuilt without a word: it was only out of date", "the rebuilt index is sound");
	free(want);
	free(path);
}

/* The index's bytes, from a fresh load; *len gets how many. */
static uint8_t *
index_bytes(size_t *len)
{
	struct corpus c;
	char *path = the_index();
	struct stat st;
	uint8_t *b;
	FILE *f;

	free(load(&c, state_dir));
	corpus_free(&c);
	stat(path, &st);
	b = xmalloc((size_t)st.st_size);
	f = fopen(path, "rb");
	*len = fread(b, 1, (size_t)st.st_size, f);
	fclose(f);
	free(path);
	return b;
}

/* Writes b back as the index, its header and checksums made to vouch for it
 * (sealed), so that only the range checks can find what was changed. */
static void
put_index(uint8_t *b, size_t len, int sealed)
{
	char *path = the_index();
	FILE *f = fopen(path, "wb");

	if (sealed)
		index_seal(b, len);
	fwrite(b, 1, len, f);
	fclose(f);
	free(path);
	free(b);
}

static void
set_u64(uint8_t *b, size_t at, uint64_t v)
{
	memcpy(b + at, &v, 8);
}

/* Past the string stored at b + at. */
static size_t
skip_str(const uint8_t *b, size_t at)
{
	uint64_t n;

	memcpy(&n, b + at, 8);
	return n == UINT64_MAX ? at + 8 : at + 8 + (size_t)n + 8 - (size_t)n % 8;
}

/* Where the numbers of the article named name start (its date), after its
 * five strings; 0 when it is not found. */
static size_t
article_numbers(const uint8_t *b, size_t len, const char *name)
{
	uint64_t n = strlen(name);
	size_t at, i;

	for (at = 64; at + 8 + n < len; at += 8)
		if (memcmp(b + at, &n, 8) == 0 && memcmp(b + at + 8, name, n + 1) == 0)
			break;
	if (at + 8 + n >= len)
		return 0;
	for (i = 0; i < 5; i++)
		at = skip_str(b, at);
	return at;
}

/* The fields of an article's numbers, in bytes from its date. */
enum { AT_MONTH = 8, AT_DAY = 16, AT_HOUR = 24, AT_SOURCE = 40, AT_LANG = 48, AT_DATELINE = 56,
	AT_TEXT = 136 };

/* One field of article 000 set to v, sealed: the load tells why and reads
 * the files; the index is made anew. */
static void
bad_field(const char *want, size_t field, uint64_t v, const char *why, const char *what)
{
	size_t len;
	uint8_t *b = index_bytes(&len);
	size_t at = article_numbers(b, len, "000_bb48c70955bb72ea");
	char *reason = xasprintf("damaged (%s)", why);

	ok(at != 0, "%s", what);
	set_u64(b, at + field, v);
	put_index(b, len, 1);
	read_again_why(want, reason, "  the load tells it once and shows what the files hold", "  the index is made anew");
	free(reason);
}

/*
 * A file added between two others: the update keeps every other article's
 * text record where it was (the text section is copied, not written again
 * article by article), and gives what a load without an index gives.
 */
static void
test_update(void)
{
	struct corpus c;
	char *want, *got, *cmd = xasprintf("cp %s/003_5657ae1482649044.txt %s/001a_added.txt", corpus_dir, corpus_dir);
	const char *names[] = { "000_bb48c70955bb72ea", "002_954a635c099c0dbf", "004_bec5a6384e55e9b3" };
	uint64_t at[3];
	size_t i, moved = 0;

	load_only(&c, state_dir);
	for (i = 0; i < 3; i++)
		at[i] = corpus_find(&c, names[i])->text_at;
	corpus_free(&c);
	ok(system(cmd) == 0, "a file added between 001 and 002");
	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	load_only(&c, state_dir);
	for (i = 0; i < 3; i++)
		moved += corpus_find(&c, names[i])->text_at != at[i];
	is_int((long)moved, 0, "  the other articles' text stays where it was in the index");
	got = describe(&c);
	is_str(got, want, "  and the update gives what a load without an index gives");
	corpus_free(&c);
	free(got);
	free(want);
	free(cmd);
	cmd = xasprintf("rm %s/001a_added.txt", corpus_dir);
	ok(system(cmd) == 0, "the file removed");
	free(cmd);
	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	got = load(&c, state_dir);
	is_str(got, want, "  the update gives what a load without an index gives");
	corpus_free(&c);
	free(got);
	free(want);
}

/* Where the first article's keys start in the index b: past the keys'
 * names and the count of lists. */
static size_t
first_keys(const uint8_t *b)
{
	uint64_t keys, n, i;
	size_t at;

	memcpy(&keys, b + 56, 8);
	memcpy(&n, b + keys, 8);
	for (at = (size_t)keys + 8, i = 0; i < n; i++)
		at = skip_str(b, at);
	return at + 8;
}

/* Each field of an index out of range, with checksums that vouch for it:
 * found when the index is opened, told, never used. */
static void
test_fields(void)
{
	struct corpus c;
	char *want, *got, *path = the_index();
	uint8_t *b;
	size_t len, meta;

	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	bad_field(want, AT_DAY, 0, "an article's date is out of range", "an article dated day 0 of March");
	bad_field(want, AT_MONTH, 13, "an article's date is out of range", "an article dated month 13");
	bad_field(want, AT_HOUR, 24, "an article's time is out of range", "an article at 24 o'clock");
	bad_field(want, AT_SOURCE, 7, "an article's source is out of range", "an article from source 7");
	bad_field(want, AT_LANG, 0x100000001ULL, "an article's language is out of range",
	    "an article in language 2^32 + 1 (1 when cut to an int)");
	bad_field(want, AT_TEXT, 1ULL << 40, "an article's text lies outside the text section",
	    "an article whose text is said to lie past the end");
	b = index_bytes(&len);
	set_u64(b, len - 16, 2);	/* the last meeting's month and day */
	set_u64(b, len - 8, 30);
	put_index(b, len, 1);
	read_again_why(want, "damaged (a meeting's date is out of range)", "a meeting dated 30 February is told and rebuilt",
	    "  the index is made anew");
	b = index_bytes(&len);
	memcpy(&meta, b + 24, sizeof(meta));
	set_u64(b, skip_str(b, meta) + 64, 1ULL << 40);	/* the count of files */
	put_index(b, len, 1);
	read_again_why(want, "damaged (a count runs past the end)", "a count of files past the end is told and rebuilt",
	    "  the index is made anew");
	b = index_bytes(&len);
	b[article_numbers(b, len, "000_bb48c70955bb72ea") - 40] = '\0';	/* inside the person's name */
	put_index(b, len, 1);
	read_again_why(want, "damaged (a string is not one string)", "a NUL inside a string is told and rebuilt",
	    "  the index is made anew");
	b = index_bytes(&len);
	b[first_keys(b) + 8] = 200;	/* 200 paragraph lengths in its profile */
	put_index(b, len, 1);
	{
		char *path3 = xasprintf("%s/003_5657ae1482649044.txt", corpus_dir);
		FILE *f = fopen(path3, "a");
		char *want3;

		fputs("\n\nA paragraph added, the keys of the others wanted.", f);
		fclose(f);
		free(load(&c, NULL));
		want3 = describe(&c);
		corpus_free(&c);
		read_again_why(want3, "damaged (an article's keys are not keys)",
		    "keys out of range, found when a file changed: told and rebuilt", "  the index is made anew");
		free(want3);
		free(path3);
	}
	free(want);
	free(load(&c, NULL));
	want = describe(&c);
	corpus_free(&c);
	b = index_bytes(&len);
	set_u64(b, 48, 0x00090000ULL << 32 | 0x00090000);	/* libunistring 0.9 */
	put_index(b, len, 0);
	refused(path, "libunistring", "an index made with another libunistring is refused");
	read_again_why(want, NULL, "  and rebuilt without a word", "  the index is made anew");
	b = index_bytes(&len);
	b[40] ^= 1;	/* the build that wrote it */
	put_index(b, len, 0);
	refused(path, "build", "an index made by another build of tandem (its cleaning rules) is refused");
	read_again_why(want, NULL, "  and rebuilt without a word", "  the index is made anew");
	b = index_bytes(&len);
	set_u64(b, article_numbers(b, len, "000_bb48c70955bb72ea") + AT_DATELINE, 100000);
	put_index(b, len, 1);
	load_only(&c, state_dir);
	got = describe(&c);
	is_str(got, want, "a dateline longer than its paragraph: the text is read from the file");
	ok(access(path, F_OK) != 0, "  and the index is thrown away, to be made anew");
	corpus_free(&c);
	free(got);
	free(want);
	free(path);
}

/* A start that checks later takes the index at once; the check finds a
 * file changed in place, and one added. */
static void
test_check_later(void)
{
	struct corpus_options o = { .state_dir = state_dir, .check_later = 1 };
	struct corpus c;
	char *cause = NULL, *path = xasprintf("%s/003_5657ae1482649044.txt", corpus_dir), *cmd;
	FILE *f;

	free(load(&c, state_dir));	/* the index is up to date */
	corpus_free(&c);
	corpus_load_indexed(&c, corpus_dir, &o, &cause);
	ok(c.unchecked && c.index != NULL && c.narticles == 5, "checking later, a start takes the index before any file is checked");
	is_int(corpus_check(&c), 0, "  the check then finds nothing changed");
	corpus_free(&c);
	f = fopen(path, "a");
	fputs("\n\nA paragraph added in place.", f);
	fclose(f);
	corpus_load_indexed(&c, corpus_dir, &o, &cause);
	ok(c.unchecked, "a file changed in place leaves the folder as it was: the index is taken");
	is_int(corpus_check(&c), 1, "  and the check finds the change");
	{
		struct article *a = corpus_find(&c, "003_5657ae1482649044");

		ok(a != NULL && corpus_text(&c, a, NULL) == 0 && a->nparagraphs > 0 &&
		    strcmp(a->paragraphs[a->nparagraphs - 1].text, "A paragraph added in place.") == 0,
		    "  then its text is the file's, even before the folder is read again");
	}
	is_int(corpus_check(&c), 0, "  once");
	corpus_free(&c);
	cmd = xasprintf("cp %s %s/007_new.txt", path, corpus_dir);
	ok(system(cmd) == 0, "a file added");
	corpus_load_indexed(&c, corpus_dir, &o, &cause);
	ok(c.unchecked && c.narticles == 5, "  the start takes the index as it was, before any file is checked");
	is_int(corpus_check(&c), 1, "  and the check finds the file added");
	corpus_free(&c);
	free(cmd);
	free(path);
}

static void
test_unwritable(void)
{
	struct corpus c;
	char *state = xasprintf("%s/file-not-folder", tmp);
	FILE *f = fopen(state, "w");
	struct corpus_options o = { .state_dir = state };
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
	test_unchanged_taken(before);
	test_changed_file(before);
	test_update();
	test_damage();
	test_fields();
	test_unwritable();
	test_check_later();
	free(before);
	cmd = xasprintf("rm -rf %s", tmp);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmp);
	free(cmd);
	return done_testing();
}
