/* corpus_load: a folder loaded, each file from the index or read in the pool's threads. */
#include "config.h"

#include <fcntl.h>
#include <limits.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus_parts.h"
#include "tandem/index.h"
#include "tandem/keys.h"
#include "tandem/meeting.h"
#include "tandem/pool.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* Puts what reading file made (r, emptied) into c; returns its article, or
 * NULL when it was skipped. */
static struct article *
add_article(struct corpus *c, const char *file, struct corpus_reading *r, size_t *cap)
{
	struct article *a = r->a != NULL ? corpus_compact(c, r->a) : NULL;

	if (a == NULL) {
		corpus_add_warning(c, file, r->cause);
		c->skipped++;
	} else {
		if (a->repairs != 0) {
			corpus_add_warning(c, file, text_repairs_describe(a->repairs));
			c->repaired++;
		}
		c->articles = xgrow(c->articles, cap, c->narticles + 1, sizeof(*c->articles));
		c->articles[c->narticles++] = a;
		a->keys = meeting_keys_put(c->keys, a, &r->draft);
	}
	free(r->cause);
	r->cause = NULL;
	r->a = NULL;
	return a;
}

/* A load in progress: the index it reads from and the one it writes, and
 * the files the pool's threads read. */
struct loader {
	struct corpus *c;
	struct index_map *old;		/* NULL: none usable */
	struct index_writer *w;		/* NULL: text stays in memory */
	char *damage;			/* why the old index's keys were refused */
	/* Updating old: its unchanged articles keep their text records and
	 * keys, neither read again. */
	int update;
	size_t cap;			/* of c->articles */
	int jobs;			/* threads reading */
	const struct index_file *files;
	size_t *job_file;		/* the file each job reads */
	struct corpus_reading *ring;		/* job j's reading in ring[j % nring] */
	size_t nring;
	struct corpus_reading own;		/* a file read again in this thread */
};

/* A job of the pool: reading the job's file. */
static void
read_job(void *arg, size_t job)
{
	struct loader *l = arg;

	corpus_read_one(l->c->dir, l->files[l->job_file[job]].name, &l->ring[job % l->nring]);
}

/* The keys of a, an unchanged article of the index updated, as the index
 * gave them (handle i for its article i), counted now that a is still in. */
static uint32_t
keep_keys(struct loader *l, const struct article *a)
{
	uint32_t handle = (uint32_t)index_article_number(l->old, a);

	meeting_keys_count(l->c->keys, handle, a->lang);
	return handle;
}

/* Takes file f from the index when it is unchanged, else puts r, what
 * reading it made (NULL: not read yet, then it is read here); keeps its
 * grouping keys, and its text in the new index (or in memory). The file is
 * stat'ed before it is read, so a change meanwhile shows next time. */
static struct article *
take_file(struct loader *l, struct index_file *f, struct corpus_reading *r)
{
	struct corpus *c = l->c;
	const char *warning = NULL;
	int skipped = 0;
	struct article *a = r == NULL && l->old != NULL ? index_article(l->old, f, &warning, &skipped) : NULL;
	size_t before = c->nwarnings;

	if (a != NULL && !l->update && index_text(l->old, a) < 0)	/* a damaged record: read the file */
		a = NULL, warning = NULL;
	if (r == NULL && a == NULL && !skipped) {
		r = &l->own;
		corpus_read_one(c->dir, f->name, r);
	}
	if (r != NULL) {
		a = add_article(c, f->name, r, &l->cap);
	} else {
		if (warning != NULL)
			corpus_keep_warning(c, warning);
		c->skipped += a == NULL;
		c->repaired += a != NULL && a->repairs != 0;
		if (a != NULL) {
			c->articles = xgrow(c->articles, &l->cap, c->narticles + 1, sizeof(*c->articles));
			c->articles[c->narticles++] = a;
			a->keys = l->update ? keep_keys(l, a) : meeting_keys_add(c->keys, a);
		}
	}
	f->warning = c->nwarnings > before ? c->warnings[c->nwarnings - 1] : NULL;
	if (a != NULL && a->paragraphs != NULL) {	/* not an update's unchanged article */
		if (l->w != NULL)
			a->text_at = index_put_text(l->w, a);
		/* Without a new index, text read now stays; text from the old
		 * index can be read from it again. */
		if (l->w != NULL || a->text_held == ARTICLE_INDEX)
			article_release_text(a);
	}
	return a;
}

/* Orders positions in c->articles by their article's name. */
static int
compare_positions(const void *x, const void *y, void *arg)
{
	const struct corpus *c = arg;
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	int cmp = strcmp(c->articles[i]->name, c->articles[j]->name);

	return cmp ? cmp : (i > j) - (i < j);
}

/*
 * Puts the articles in name order and tells each file where its article
 * went. Read in file name order, they nearly always are in it already; only
 * names that showing changed (text_safe) can make it otherwise.
 */
static void
sort_articles(struct corpus *c, struct index_file *files, size_t n)
{
	size_t i, *order, *moved;
	struct article **sorted;

	for (i = 1; i < c->narticles && strcmp(c->articles[i - 1]->name, c->articles[i]->name) < 0; i++)
		;
	if (i >= c->narticles)
		return;
	order = xmalloc(c->narticles * sizeof(*order));
	moved = xmalloc(c->narticles * sizeof(*moved));
	sorted = xmalloc((c->narticles + 1) * sizeof(*sorted));
	for (i = 0; i < c->narticles; i++)
		order[i] = i;
	qsort_r(order, c->narticles, sizeof(*order), compare_positions, c);
	for (i = 0; i < c->narticles; i++) {
		sorted[i] = c->articles[order[i]];
		moved[order[i]] = i;
	}
	for (i = 0; i < n; i++)
		if (files[i].article != INDEX_NONE)
			files[i].article = moved[files[i].article];
	free(c->articles);
	c->articles = sorted;
	free(order);
	free(moved);
}

static long
ms_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* The files the index cannot give, in l->job_file; returns how many. */
static size_t
plan_jobs(struct loader *l, const struct index_file *files, size_t n)
{
	size_t i, njobs = 0;
	const char *warning;
	int skipped;

	l->job_file = xmalloc((n + 1) * sizeof(*l->job_file));
	for (i = 0; i < n; i++)
		if (l->old == NULL || (index_article(l->old, &files[i], &warning, &skipped) == NULL && !skipped))
			l->job_file[njobs++] = i;
	return njobs;
}

/* Frees the readings a stopped load did not take, and the ring. */
static void
free_readings(struct loader *l)
{
	size_t i;

	for (i = 0; i < l->nring; i++) {
		if (l->ring[i].a != NULL)
			article_free(l->ring[i].a);
		free(l->ring[i].cause);
		buf_free(&l->ring[i].draft);
	}
	free(l->ring);
	free(l->job_file);
	buf_free(&l->own.draft);
	l->ring = NULL;
	l->job_file = NULL;
}

/* How long a load goes before it shows its progress: CORPUS_PROGRESS_MS,
 * or $TANDEM_PROGRESS_MS (0: at once; the tests see the line so). */
static long
progress_after(void)
{
	const char *s = getenv("TANDEM_PROGRESS_MS");
	long ms;

	return s != NULL && parse_decimal(s, 0, LONG_MAX, &ms) == 0 ? ms : CORPUS_PROGRESS_MS;
}

/* Whether to stop after file i of n: asks o->progress now and then, once
 * reading has taken progress_after(). */
static int
read_stops(const struct corpus_options *o, size_t i, size_t n, const struct timespec *start, int *showing)
{
	if (o->progress == NULL || (i % 256 != 255 && i + 1 != n))
		return 0;
	*showing = *showing || ms_since(start) >= progress_after();
	return *showing && o->progress(CORPUS_READING, i + 1, n, o->arg);
}

/*
 * Reads every file, from the index where it can; the others in the pool's
 * threads, taken in name order. Progress as it goes; returns whether it
 * was shown.
 */
static int
read_files(struct loader *l, struct index_file *files, size_t n, const struct corpus_options *o)
{
	size_t i, k = 0, njobs = plan_jobs(l, files, n);
	struct timespec start;
	struct pool *p;
	int showing = 0;

	clock_gettime(CLOCK_MONOTONIC, &start);
	if (l->c->keys == NULL)	/* not an update's, taken from the index */
		l->c->keys = meeting_keys_new();
	l->cap = n + 1;	/* at most one article a file: no growing */
	l->c->articles = xrealloc(l->c->articles, l->cap * sizeof(*l->c->articles));
	l->files = files;
	l->nring = pool_window(l->jobs);
	l->ring = xcalloc(l->nring, sizeof(*l->ring));
	p = pool_start(l->jobs, njobs, read_job, l);
	for (i = 0; i < n; i++) {
		struct corpus_reading *r = NULL;

		if (k < njobs && l->job_file[k] == i) {
			pool_wait(p, k);
			r = &l->ring[k++ % l->nring];
		}
		if (take_file(l, &files[i], r) != NULL)
			files[i].article = l->c->narticles - 1;
		if (read_stops(o, i, n, &start, &showing)) {
			l->c->interrupted = 1;
			break;
		}
	}
	pool_stop(p);
	free_readings(l);
	sort_articles(l->c, files, n);
	return showing;
}

/* Everything from the index ix, which was made from exactly these files,
 * into c, which has no articles, warnings or meetings yet. */
static void
take_all(struct corpus *c, struct index_map *ix, size_t narticles)
{
	struct meetings ms = index_meetings(ix);
	size_t i;

	c->index = ix;
	c->narticles = narticles;
	c->articles = xmalloc((narticles + 1) * sizeof(*c->articles));
	for (i = 0; i < narticles; i++) {
		c->articles[i] = index_article_at(ix, i);
		c->repaired += c->articles[i]->repairs != 0;
	}
	for (i = 0; i < index_nwarnings(ix); i++)
		corpus_keep_warning(c, index_warning(ix, i));
	corpus_set_meetings(c, &ms);
	c->skipped = index_skipped(ix);
}

/* Puts the index being written in place; when that fails, the articles'
 * text is read from their files again. */
static void
keep_index(struct loader *l, const char *path)
{
	struct corpus *c = l->c;
	char *cause = NULL, *why = NULL;
	struct index_map *ix = NULL;
	enum index_refusal refusal;
	size_t i;
	int kept = index_finish(l->w, c, &cause) == 0;

	if (kept && l->old != NULL)
		index_release(l->old);	/* not both indexes' metadata in memory at once */
	if (kept && l->old == NULL && (ix = index_open_text(path, &why)) != NULL) {
		/* Every article was read now and is in memory: only their text
		 * is taken from the index, not the metadata again. */
		c->index = ix;
	} else if (kept && l->old != NULL && (ix = index_open(path, c->dir, &refusal, &why)) != NULL &&
	    index_narticles(ix) == c->narticles) {
		/* Some articles point into the old index: all are taken from the
		 * new one, so that the old can go. */
		for (i = 0; i < c->nwarnings; i++)
			free(c->warnings[i]);
		free(c->warnings);
		c->warnings = NULL;
		c->nwarnings = 0;
		corpus_set_meetings(c, NULL);
		for (i = 0; i < c->narticles; i++)
			article_free(c->articles[i]);
		free(c->articles);
		index_close(l->old);
		l->old = NULL;
		c->repaired = 0;
		take_all(c, ix, c->narticles);
	} else {
		index_close(ix);
		corpus_add_warning(c, "index not kept", cause ? cause : why ? why : "written, but not sound");
		for (i = 0; i < c->narticles; i++)
			c->articles[i]->text_at = 0;	/* those offsets are in no file */
		c->index = l->old;
		l->old = NULL;
	}
	l->w = NULL;
	free(cause);
	free(why);
}

/*
 * Whether to update the old index rather than make it anew (see index.h):
 * its keys sound, and no more of its text section dead, once the records
 * of the files changed and removed are, than alive. Then the keys are in
 * c->keys and the text section in the new index.
 */
static void
plan_update(struct loader *l, const struct index_file *files, size_t n)
{
	struct corpus *c = l->c;
	size_t i, nold;
	uint8_t *kept;
	uint64_t dead, size;
	char *why = NULL;
	const char *warning;
	int skipped;
	struct article *a;

	if (l->old == NULL)
		return;
	nold = index_narticles(l->old);
	kept = xcalloc(nold + 1, 1);
	for (i = 0; i < n; i++)
		if ((a = index_article(l->old, &files[i], &warning, &skipped)) != NULL)
			kept[index_article_number(l->old, a)] = 1;
	size = index_text_size(l->old);
	dead = index_dead(l->old);
	for (i = 0; i < nold; i++)
		if (!kept[i])
			dead += index_record_size(l->old, index_article_at(l->old, i));
	free(kept);
	if (dead > size / 2)
		return;	/* compacted: every record written again */
	c->keys = meeting_keys_new();
	if (index_keys(l->old, c->keys, &l->damage) < 0 ||
	    (l->w != NULL && index_copy_text(l->w, l->old, dead, &why) < 0)) {
		free(why);	/* the old file replaced meanwhile: no fault */
		meeting_keys_free(c->keys);
		c->keys = NULL;
		return;
	}
	l->update = 1;
}

/* Reads every file (from the old index where unchanged) and groups them,
 * writing a new index as it goes when there is a path for one. */
static void
build(struct loader *l, const char *path, char ***names, struct index_file **files, size_t n,
    const struct index_stamp *stamp, const struct corpus_options *o)
{
	struct corpus *c = l->c;
	char *overrides = xasprintf("%s/meetings.ini", c->dir), *why = NULL;
	struct meetings meetings;
	size_t i;
	int showing;

	if (path != NULL && (l->w = index_begin(path, &why)) == NULL) {
		corpus_add_warning(c, "index not kept", why);
		free(why);
	}
	plan_update(l, *files, n);
	showing = read_files(l, *files, n, o);
	if (l->w != NULL && !c->interrupted)
		index_put_keys(l->w, c);
	if (l->w != NULL && (c->interrupted || index_put_files(l->w, c->dir, *files, n, stamp, &why) < 0)) {
		if (!c->interrupted)
			corpus_add_warning(c, "index not kept", why);
		free(why);
		for (i = 0; i < c->narticles; i++)
			c->articles[i]->text_at = 0;	/* in no file */
		index_abort(l->w);
		l->w = NULL;
	}
	/* The files are in the index now: their list need not wait for grouping. */
	corpus_free_names(*names, n);
	free(*files);
	*names = NULL;
	*files = NULL;
	if (showing && !c->interrupted)
		o->progress(CORPUS_GROUPING, c->narticles, c->narticles, o->arg);
	meetings = meeting_group(c, overrides);	/* uses up c->keys */
	corpus_set_meetings(c, &meetings);
#ifdef HAVE_MALLOC_TRIM
	/* What grouping freed goes back before the new index is read. */
	malloc_trim(0);
#endif
	free(overrides);
	if (l->w != NULL)
		keep_index(l, path);
	else
		c->index = l->old;
	if (showing && !c->interrupted)
		o->progress(CORPUS_DONE, c->narticles, c->narticles, o->arg);
}

int
corpus_load_indexed(struct corpus *c, const char *dir, const struct corpus_options *o, char **cause)
{
	char **names = NULL, *path = NULL, *why = NULL;
	struct loader l = { 0 };
	struct index_file *files = NULL;
	struct index_stamp stamp;
	enum index_refusal refusal = INDEX_ABSENT;
	size_t n = 0;

	memset(c, 0, sizeof(*c));
	c->dir = xstrdup(dir);
	l.c = c;
	l.jobs = o->jobs > 0 ? o->jobs : pool_default_threads();
	if (o->state_dir != NULL && (path = index_path(o->state_dir, dir)) != NULL)
		l.old = index_open(path, dir, &refusal, &why);
	if (o->check_later && l.old != NULL) {
		take_all(c, l.old, index_narticles(l.old));
		c->unchecked = 1;
	} else if (corpus_stat_files(c, l.jobs, &names, &files, &n, &stamp, cause) < 0) {
		index_close(l.old);
		free(c->dir);
		c->dir = NULL;
		free(path);
		free(why);
		return -1;
	} else if (l.old != NULL && index_unchanged(l.old, files, n, &stamp)) {
		take_all(c, l.old, index_narticles(l.old));
	} else {
		build(&l, path, &names, &files, n, &stamp, o);
	}
	/* Told once, after the new index is written: it is not kept there. */
	if (refusal == INDEX_DAMAGED)
		corpus_add_warning(c, path, why);
	if (l.damage != NULL)
		corpus_add_warning(c, path, l.damage);
	free(l.damage);
	corpus_free_names(names, n);
	free(files);
	free(path);
	free(why);
	return 0;
}

int
corpus_check(struct corpus *c)
{
	char **names, *cause = NULL;
	struct index_file *files;
	struct index_stamp stamp;
	size_t n, i;
	int changed;

	if (!c->unchecked)
		return 0;
	c->unchecked = 0;
	if (corpus_stat_files(c, pool_default_threads(), &names, &files, &n, &stamp, &cause) < 0) {
		free(cause);
		return 1;
	}
	changed = !index_unchanged(c->index, files, n, &stamp);
	for (i = 0; changed && i < n; i++) {
		const char *warning;
		int skipped;
		struct article *a;

		if (index_article(c->index, &files[i], &warning, &skipped) != NULL || skipped ||
		    (a = index_article_named(c->index, files[i].name)) == NULL)
			continue;
		/* Changed in place: its text is read from the file from now on,
		 * even if the folder is not read again. */
		article_release_text(a);
		a->text_at = 0;
	}
	corpus_free_names(names, n);
	free(files);
	return changed;
}

int
corpus_load(struct corpus *c, const char *dir, char **cause)
{
	struct corpus_options o = { 0 };

	return corpus_load_indexed(c, dir, &o, cause);
}

/* Form i of a step's progress line, from the longest; NULL past the
 * shortest. */
static char *
progress_form(int i, enum corpus_step step, const char *d, const char *t, int stoppable)
{
	if (step == CORPUS_READING) {
		switch (i + !stoppable) {
		case 0: return xasprintf("reading %s/%s files (q stops)", d, t);
		case 1: return xasprintf("reading %s/%s files", d, t);
		case 2: return xasprintf("%s/%s files", d, t);
		case 3: return xasprintf("%s/%s", d, t);
		default: return NULL;
		}
	}
	switch (i) {
	case 0: return xasprintf(step == CORPUS_GROUPING ? "grouping %s articles" : "read %s articles", t);
	case 1: return xstrdup(step == CORPUS_GROUPING ? "grouping" : t);
	default: return NULL;
	}
}

char *
corpus_progress_line(enum corpus_step step, size_t done, size_t total, int width, int stoppable)
{
	char d[32], t[32], *line = NULL, *form, *cut;
	size_t fit;
	int i;

	format_count(done, d, sizeof(d));
	format_count(total, t, sizeof(t));
	for (i = 0; (form = progress_form(i, step, d, t, stoppable)) != NULL; i++) {
		free(line);
		line = form;
		if (text_width(line, strlen(line)) <= width)
			return line;
	}
	fit = text_fit(line, strlen(line), width > 1 ? (size_t)width - 1 : 0, NULL);
	cut = width > 0 ? xasprintf("%.*s\u2026", (int)fit, line) : xstrdup("");
	free(line);
	return cut;
}
