/* index_meta: an index's meta section read, every field range-checked. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "index_format.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* A number from lo to hi; what is stored as (uint64_t)(int64_t) reads back
 * signed. */
static int64_t
get_range(struct index_cursor *cur, int64_t lo, int64_t hi, const char *what)
{
	int64_t v = (int64_t)index_get_u64(cur);

	if (v < lo || v > hi) {
		index_refuse(cur, what);
		return lo;
	}
	return v;
}

/* A file or article name: there, and a name in the folder, not a path. */
static const char *
get_name(struct index_cursor *cur)
{
	const char *s = index_get_str(cur);

	if (cur->bad == NULL && (s == NULL || *s == '\0' || strchr(s, '/') != NULL))
		index_refuse(cur, "a file or article name is missing or a path");
	return s;
}

static void
get_file(struct index_cursor *cur, struct index_file *f)
{
	f->size = index_get_u64(cur);
	f->ino = index_get_u64(cur);
	f->mtime_sec = (int64_t)index_get_u64(cur);
	f->mtime_nsec = (int64_t)index_get_u64(cur);
}

static void
get_date(struct index_cursor *cur, struct date *d, const char *what)
{
	d->year = (int)get_range(cur, INT_MIN, INT_MAX, what);
	d->month = (int)get_range(cur, INT_MIN, INT_MAX, what);
	d->day = (int)get_range(cur, INT_MIN, INT_MAX, what);
	if (!date_valid(d)) {
		index_refuse(cur, what);
		memset(d, 0, sizeof(*d));
	}
}

/* The hour and minute: both -1 (none), or a time of day. */
static void
get_time(struct index_cursor *cur, struct article *a)
{
	a->hour = (int)get_range(cur, -1, 23, "an article's time is out of range");
	a->minute = (int)get_range(cur, -1, 59, "an article's time is out of range");
	if ((a->hour < 0) != (a->minute < 0))
		index_refuse(cur, "an article's time is out of range");
}

/* Where a's text record is: a whole record head, 8-aligned, in the text
 * section, with room for a length of each paragraph. */
static void
check_record(struct index_cursor *cur, const struct index_map *ix, const struct article *a)
{
	if (a->text_at < HEADER_SIZE || a->text_at % 8 != 0 || a->text_at > ix->text_end ||
	    ix->text_end - a->text_at < RECORD_HEAD || a->nparagraphs > (ix->text_end - a->text_at - RECORD_HEAD) / 8)
		index_refuse(cur, "an article's text lies outside the text section");
}

/* Article a as the index keeps it, held by the index (ARTICLE_INDEX). Its
 * strings point into the read-only mapping: article.h's char * are for
 * what parsing makes; nothing writes an article's strings once made. */
static int
get_article(struct index_cursor *cur, const struct index_map *ix, struct article *a)
{
	a->name = (char *)get_name(cur);
	a->title = (char *)index_get_str(cur);
	if (cur->bad == NULL && a->title == NULL)
		index_refuse(cur, "an article has no title");
	a->place = (char *)index_get_str(cur);
	a->region = (char *)index_get_str(cur);
	a->person = (char *)index_get_str(cur);
	get_date(cur, &a->date, "an article's date is out of range");
	get_time(cur, a);
	a->source = (enum source)get_range(cur, 0, SOURCE_PRESIDENT, "an article's source is out of range");
	a->lang = (enum lang)get_range(cur, 0, LANG_EN, "an article's language is out of range");
	a->dateline_len = (size_t)get_range(cur, 0, INT64_MAX, "an article's dateline is out of range");
#define X(field, what) a->debris.field = (uint32_t)get_range(cur, 0, UINT32_MAX, "a debris count is out of range");
	ARTICLE_DEBRIS(X)
#undef X
	a->repairs = (unsigned)get_range(cur, 0, (1 << TEXT_BIT_COUNT) - 1, "an article's repairs are out of range");
	a->nparagraphs = (size_t)get_range(cur, 0, INT64_MAX, "an article's text lies outside the text section");
	a->text_at = index_get_u64(cur);
	a->held = ARTICLE_INDEX;
	if (cur->bad == NULL)
		check_record(cur, ix, a);
	return cur->bad != NULL ? -1 : 0;
}

static int
get_files(struct index_cursor *cur, struct index_map *ix)
{
	size_t i;

	ix->nfiles = index_get_count(cur, 56);
	ix->files = xcalloc(ix->nfiles + 1, sizeof(*ix->files));
	for (i = 0; i < ix->nfiles && cur->bad == NULL; i++) {
		ix->files[i].name = get_name(cur);
		get_file(cur, &ix->files[i]);
		ix->files[i].article = (size_t)index_get_u64(cur);
		ix->files[i].warning = index_get_str(cur);
		if (cur->bad == NULL && i > 0 && strcmp(ix->files[i - 1].name, ix->files[i].name) >= 0)
			index_refuse(cur, "the files are out of order");
	}
	return cur->bad != NULL ? -1 : 0;
}

/* Each file gives at most one article, and each article comes of one
 * file: so one article is never two files' (nor freed twice). */
static int
check_owners(struct index_cursor *cur, const struct index_map *ix)
{
	uint8_t *owned = xcalloc(ix->narticles + 1, 1);
	size_t i, n = 0;

	for (i = 0; i < ix->nfiles && cur->bad == NULL; i++) {
		size_t k = ix->files[i].article;

		if (k == INDEX_NONE)
			continue;
		if (k >= ix->narticles || owned[k]++)
			index_refuse(cur, "a file names an article not there, or another file's");
		n++;
	}
	if (cur->bad == NULL && n != ix->narticles)
		index_refuse(cur, "an article comes of no file");
	free(owned);
	return cur->bad != NULL ? -1 : 0;
}

static int
get_articles(struct index_cursor *cur, struct index_map *ix)
{
	size_t i;

	ix->narticles = index_get_count(cur, 200);
	ix->articles = xcalloc(ix->narticles + 1, sizeof(*ix->articles));
	for (i = 0; i < ix->narticles; i++) {
		if (get_article(cur, ix, &ix->articles[i]) < 0)
			return -1;
		/* corpus_find() looks names up by halving */
		if (i > 0 && strcmp(ix->articles[i - 1].name, ix->articles[i].name) > 0) {
			index_refuse(cur, "the articles are out of order");
			return -1;
		}
	}
	return check_owners(cur, ix);
}

/* The meetings, which are checked now and read on demand: each holds one
 * article or more, and every article is in one meeting. */
static int
get_meetings(struct index_cursor *cur, struct index_map *ix)
{
	uint8_t *seen = xcalloc(ix->narticles + 1, 1);
	size_t i, k, total = 0;
	struct date d;

	ix->nmeetings = index_get_count(cur, 32);
	ix->meetings = cur->p;
	for (i = 0; i < ix->nmeetings && cur->bad == NULL; i++) {
		size_t n = index_get_count(cur, 8);

		if (n == 0)
			index_refuse(cur, "a meeting holds no article");
		for (k = 0; k < n && cur->bad == NULL; k++) {
			uint64_t a = index_get_u64(cur);

			if (cur->bad == NULL && (a >= ix->narticles || seen[a]++))
				index_refuse(cur, "a meeting names an article not there, or one of another");
		}
		total += n;
		get_date(cur, &d, "a meeting's date is out of range");
	}
	if (cur->bad == NULL && total != ix->narticles)
		index_refuse(cur, "an article is in no meeting");
	free(seen);
	return cur->bad != NULL ? -1 : 0;
}

/* Warnings, then the meetings; then the section must end. */
static int
get_tail(struct index_cursor *cur, struct index_map *ix)
{
	size_t i;

	ix->nwarnings = index_get_count(cur, 8);
	ix->warnings = xcalloc(ix->nwarnings + 1, sizeof(*ix->warnings));
	for (i = 0; i < ix->nwarnings && cur->bad == NULL; i++)
		if ((ix->warnings[i] = index_get_str(cur)) == NULL)
			index_refuse(cur, "a warning is missing");
	if (cur->bad == NULL && get_meetings(cur, ix) == 0 && cur->p != cur->end)
		index_refuse(cur, "bytes after the meetings");
	return cur->bad != NULL ? -1 : 0;
}

int
index_meta_read(struct index_map *ix, const char *dir, enum index_refusal *refusal, char **why)
{
	struct index_cursor cur = { ix->map + ix->meta, ix->map + ix->len, NULL };
	const char *stored = index_get_str(&cur);
	char *real = realpath(dir, NULL);
	int same = stored != NULL && real != NULL && strcmp(stored, real) == 0;

	free(real);
	if (cur.bad == NULL && !same) {
		*refusal = INDEX_STALE;
		*why = xstrdup("made for another folder");
		return -1;
	}
	get_file(&cur, &ix->stamp.folder);
	get_file(&cur, &ix->stamp.overrides);
	if (cur.bad != NULL || get_files(&cur, ix) < 0 || get_articles(&cur, ix) < 0 || get_tail(&cur, ix) < 0) {
		*refusal = INDEX_DAMAGED;
		*why = xasprintf("damaged (%s)", cur.bad);
		return -1;
	}
	return 0;
}
