/* corpus: a folder of .txt files read into articles and meetings. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tandem/corpus.h"
#include "tandem/files.h"
#include "tandem/index.h"
#include "tandem/keys.h"
#include "tandem/meeting.h"
#include "tandem/pool.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* A warning quotes a file name or a line of meetings.ini: made safe here. */
static void
corpus_warn(struct corpus *c, const char *file, const char *reason)
{
	char *raw = xasprintf("%s: %s", file, reason);

	c->warnings = xrealloc(c->warnings, (c->nwarnings + 1) * sizeof(*c->warnings));
	c->warnings[c->nwarnings++] = text_safe(raw, strlen(raw));
	free(raw);
}

/* Text has few NULs and few control bytes other than white space and ESC
 * (escape sequences are made inert); UTF-16 is decoded. */
static int
looks_binary(const uint8_t *p, size_t len)
{
	size_t i, nul = 0, odd = 0;

	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return 0;
	for (i = 0; i < len; i++) {
		nul += p[i] == 0;
		odd += (p[i] < 0x20 && !strchr("\t\n\v\f\r\x1b", p[i])) || p[i] == 0x7F;
	}
	return nul > len / 100 || odd > len / 20;
}

struct article *
corpus_read_article(const char *path, const char *name, char **cause)
{
	char *bytes;
	size_t len, clen;
	unsigned repairs;
	char *text;
	struct article *a;

	if (files_read(path, CORPUS_MAX_FILE, &bytes, &len, cause) < 0)
		return NULL;
	if (len == 0 || looks_binary((const uint8_t *)bytes, len)) {
		*cause = xstrdup(len == 0 ? "empty file" : "binary file, not text");
		free(bytes);
		return NULL;
	}
	text = text_clean((const uint8_t *)bytes, len, &clen, &repairs);
	free(bytes);
	a = article_parse(name, text, clen);
	free(text);
	a->repairs = repairs;
	if (a->nparagraphs == 0 || a->lang == LANG_UNKNOWN) {	/* not one word */
		*cause = xstrdup("no text");
		article_free(a);
		return NULL;
	}
	return a;
}

static int
is_txt_name(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static int
compare_names(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The .txt names in dir, sorted, in one block of memory (100,000 of them:
 * 2.8 MB, not 3.2 in as many allocations); free with free_names(). Returns
 * -1 with *cause on failure. */
static int
list_txt(const char *dir, char ***names, size_t *n, char **cause)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct buf pool = { 0 };
	size_t *at = NULL, cap = 0, i;

	*names = NULL;
	*n = 0;
	if (d == NULL) {
		*cause = xasprintf("%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (!is_txt_name(e->d_name))
			continue;
		at = xgrow(at, &cap, *n + 1, sizeof(*at));
		at[(*n)++] = pool.len;
		buf_add(&pool, e->d_name, strlen(e->d_name) + 1);
	}
	closedir(d);
	*names = xmalloc((*n + 1) * sizeof(**names));
	(*names)[*n] = buf_detach(&pool, NULL);	/* the block, for free_names() */
	for (i = 0; i < *n; i++)
		(*names)[i] = (*names)[*n] + at[i];
	free(at);
	if (*n > 1)
		qsort(*names, *n, sizeof(**names), compare_names);
	return 0;
}

/* A string the corpus keeps once however many articles hold it (places and
 * regions repeat: 100,000 articles name a few hundred). */
static char *
shared(struct corpus *c, char *s)
{
	char *kept;

	if (s == NULL)
		return NULL;
	kept = (char *)intern_str(&c->strings, intern_id(&c->strings, s, strlen(s), 1));
	free(s);
	return kept;
}

/*
 * The article a in one block with its name, title and person (nearly every
 * meeting's own), its place and region shared (a few hundred for 100,000
 * articles): their metadata in about 23 MB instead of 36. Such an article (its name right after it) is freed by forget_article(),
 * not article_free().
 */
static struct article *
compact(struct corpus *c, struct article *a)
{
	size_t nn = strlen(a->name) + 1, nt = strlen(a->title) + 1;
	size_t np = a->person != NULL ? strlen(a->person) + 1 : 0;
	struct article *b = xmalloc(sizeof(*b) + nn + nt + np);

	*b = *a;
	b->name = memcpy((char *)(b + 1), a->name, nn);
	b->title = memcpy(b->name + nn, a->title, nt);
	b->person = a->person != NULL ? memcpy(b->title + nt, a->person, np) : NULL;
	b->place = shared(c, a->place);
	b->region = shared(c, a->region);
	free(a->name);
	free(a->title);
	free(a->person);
	free(a);
	return b;
}

/* What reading one file made: its article and the draft of its keys, or
 * why it was skipped. */
struct reading {
	struct article *a;	/* NULL: skipped */
	char *cause;		/* why, when skipped */
	struct buf draft;	/* a's keys (meeting_keys_draft) */
};

/* Reads, cleans, parses and keys the file dir/file into r. Touches nothing
 * shared: the pool's threads run it. */
static void
read_one(const char *dir, const char *file, struct reading *r)
{
	char *path = xasprintf("%s/%s", dir, file);
	char *name = text_safe(file, strlen(file) - 4);	/* what --list shows */

	r->cause = NULL;
	r->a = corpus_read_article(path, name, &r->cause);
	if (r->a != NULL)
		meeting_keys_draft(r->a, &r->draft);
	free(name);
	free(path);
}

/* Puts what reading file made (r, emptied) into c; returns its article, or
 * NULL when it was skipped. */
static struct article *
add_article(struct corpus *c, const char *file, struct reading *r, size_t *cap)
{
	struct article *a = r->a != NULL ? compact(c, r->a) : NULL;

	if (a == NULL) {
		corpus_warn(c, file, r->cause);
		c->skipped++;
	} else {
		if (a->repairs != 0) {
			corpus_warn(c, file, text_repairs_describe(a->repairs));
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

/* Size, inode and mtime of a file; one that cannot be stat'ed never matches. */
static void
stat_file(int dfd, const char *name, struct index_file *f)
{
	struct stat st;

	memset(f, 0, sizeof(*f));
	f->name = (char *)name;
	f->article = INDEX_NONE;
	f->size = UINT64_MAX;
	if (fstatat(dfd, name, &st, 0) == 0) {
		f->size = (uint64_t)st.st_size;
		f->ino = (uint64_t)st.st_ino;
		f->mtime_sec = (int64_t)st.st_mtim.tv_sec;
		f->mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
	}
}

/* Lets go of a's paragraphs, which came from ix or were read into memory. */
static void
let_go(const struct index_map *ix, struct article *a)
{
	size_t i;

	if (a->paragraphs == NULL)
		return;
	if (a->nparagraphs == 0 || !index_holds(ix, a->paragraphs[0].text))
		for (i = 0; i < a->nparagraphs; i++)
			free(a->paragraphs[i].text);
	free(a->paragraphs);
	a->paragraphs = NULL;
}

/* Lets go of a, an article of a corpus whose index is ix (NULL: none). */
static void
forget_article(const struct index_map *ix, struct article *a)
{
	let_go(ix, a);
	if (index_owns(ix, a))
		return;
	if (a->name == (char *)(a + 1))
		free(a);	/* compact() made it in one block */
	else
		article_free(a);	/* put in the corpus by hand (tests) */
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
	struct reading *ring;		/* job j's reading in ring[j % nring] */
	size_t nring;
	struct reading own;		/* a file read again in this thread */
};

/* A job of the pool: reading the job's file. */
static void
read_job(void *arg, size_t job)
{
	struct loader *l = arg;

	read_one(l->c->dir, l->files[l->job_file[job]].name, &l->ring[job % l->nring]);
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
take_file(struct loader *l, struct index_file *f, struct reading *r)
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
		read_one(c->dir, f->name, r);
	}
	if (r != NULL) {
		a = add_article(c, f->name, r, &l->cap);
	} else {
		if (warning != NULL) {
			c->warnings = xrealloc(c->warnings, (c->nwarnings + 1) * sizeof(*c->warnings));
			c->warnings[c->nwarnings++] = xstrdup(warning);
		}
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
		if (l->w != NULL || index_holds(l->old, a->paragraphs[0].text))
			let_go(l->old, a);
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
		struct reading *r = NULL;

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

/* Everything from the index ix, which was made from exactly these files. */
static void
take_all(struct corpus *c, struct index_map *ix, size_t narticles)
{
	size_t i;

	c->index = ix;
	c->narticles = narticles;
	c->articles = xmalloc((narticles + 1) * sizeof(*c->articles));
	for (i = 0; i < narticles; i++) {
		c->articles[i] = index_article_at(ix, i);
		c->repaired += c->articles[i]->repairs != 0;
	}
	index_take_meetings(ix, c);
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
		meeting_free_all(c);
		for (i = 0; i < c->narticles; i++)
			forget_article(l->old, c->articles[i]);
		free(c->articles);
		index_close(l->old);
		l->old = NULL;
		c->repaired = 0;
		take_all(c, ix, c->narticles);
	} else {
		index_close(ix);
		corpus_warn(c, "index not kept", cause ? cause : why ? why : "written, but not sound");
		for (i = 0; i < c->narticles; i++)
			c->articles[i]->text_at = 0;	/* those offsets are in no file */
		c->index = l->old;
		l->old = NULL;
	}
	l->w = NULL;
	free(cause);
	free(why);
}

/* Files stat'ed in one job of the pool. */
#define STAT_JOB 2048

struct stating {
	int dfd;
	char **names;
	struct index_file *files;
	size_t n;
};

static void
stat_job(void *arg, size_t job)
{
	struct stating *s = arg;
	size_t i;

	for (i = job * STAT_JOB; i < s->n && i < (job + 1) * STAT_JOB; i++)
		stat_file(s->dfd, s->names[i], &s->files[i]);
}

/* The .txt files of c's folder, stat'ed in jobs threads, and its
 * meetings.ini. Returns -1 with *cause when the folder cannot be listed. */
static int
stat_files(const struct corpus *c, int jobs, char ***names, struct index_file **files, size_t *n,
    struct index_stamp *stamp, char **cause)
{
	char *overrides = xasprintf("%s/meetings.ini", c->dir);
	struct stating s;
	struct pool *p;
	size_t i, njobs;

	stat_file(AT_FDCWD, c->dir, &stamp->folder);
	stat_file(AT_FDCWD, overrides, &stamp->overrides);
	free(overrides);
	if (list_txt(c->dir, names, n, cause) < 0)
		return -1;
	*files = xcalloc(*n + 1, sizeof(**files));
	s.dfd = open(c->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	s.names = *names;
	s.files = *files;
	s.n = *n;
	njobs = (*n + STAT_JOB - 1) / STAT_JOB;
	p = pool_start(jobs, njobs, stat_job, &s);
	for (i = 0; i < njobs; i++)
		pool_wait(p, i);
	pool_stop(p);
	if (s.dfd >= 0)
		close(s.dfd);
	return 0;
}

static void
free_names(char **names, size_t n)
{
	if (names != NULL)
		free(names[n]);
	free(names);
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
	size_t i;
	int showing;

	if (path != NULL && (l->w = index_begin(path, &why)) == NULL) {
		corpus_warn(c, "index not kept", why);
		free(why);
	}
	plan_update(l, *files, n);
	showing = read_files(l, *files, n, o);
	if (l->w != NULL && !c->interrupted)
		index_put_keys(l->w, c);
	if (l->w != NULL && (c->interrupted || index_put_files(l->w, c->dir, *files, n, stamp, &why) < 0)) {
		if (!c->interrupted)
			corpus_warn(c, "index not kept", why);
		free(why);
		for (i = 0; i < c->narticles; i++)
			c->articles[i]->text_at = 0;	/* in no file */
		index_abort(l->w);
		l->w = NULL;
	}
	/* The files are in the index now: their list need not wait for grouping. */
	free_names(*names, n);
	free(*files);
	*names = NULL;
	*files = NULL;
	if (showing && !c->interrupted)
		o->progress(CORPUS_GROUPING, c->narticles, c->narticles, o->arg);
	meeting_group(c, overrides);	/* uses up c->keys */
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
	stat_file(AT_FDCWD, dir, &stamp.folder);
	if (o->check_later && l.old != NULL && index_folder_unchanged(l.old, &stamp)) {
		take_all(c, l.old, index_narticles(l.old));
		c->unchecked = 1;
	} else if (stat_files(c, l.jobs, &names, &files, &n, &stamp, cause) < 0) {
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
		corpus_warn(c, path, why);
	if (l.damage != NULL)
		corpus_warn(c, path, l.damage);
	free(l.damage);
	free_names(names, n);
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
	if (stat_files(c, pool_default_threads(), &names, &files, &n, &stamp, &cause) < 0) {
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
		let_go(c->index, a);
		a->text_at = 0;
	}
	free_names(names, n);
	free(files);
	return changed;
}

int
corpus_load(struct corpus *c, const char *dir, char **cause)
{
	struct corpus_options o = { 0 };

	return corpus_load_indexed(c, dir, &o, cause);
}

/* The name of a's file: as shown, or, when showing it changed it, the one
 * in the folder that shows so. Caller frees; NULL when there is none. */
static char *
file_of(const struct corpus *c, const struct article *a)
{
	char **names, *found = xasprintf("%s/%s.txt", c->dir, a->name);
	size_t n, i;
	int there = access(found, F_OK) == 0;

	free(found);
	found = NULL;
	if (there)
		return xasprintf("%s.txt", a->name);
	if (list_txt(c->dir, &names, &n, &found) < 0) {
		free(found);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		char *shown = text_safe(names[i], strlen(names[i]) - 4);

		if (found == NULL && strcmp(shown, a->name) == 0)
			found = xstrdup(names[i]);
		free(shown);
	}
	free_names(names, n);
	return found;
}

int
corpus_text(const struct corpus *c, struct article *a, char **cause)
{
	char *file, *path, *why = NULL;
	struct article *b;

	if (a->paragraphs != NULL || a->nparagraphs == 0)
		return 0;
	if (a->text_at != 0 && c->index != NULL && index_text(c->index, a) == 0)
		return 0;
	if (a->text_at != 0 && c->index != NULL)
		index_discard(c->index);	/* damaged: the next start makes a new one */
	if ((file = file_of(c, a)) == NULL)
		file = xasprintf("%s.txt", a->name);
	path = xasprintf("%s/%s", c->dir, file);
	b = corpus_read_article(path, a->name, &why);
	free(path);
	if (b == NULL) {
		a->nparagraphs = 0;	/* shown empty, never wrong */
		if (cause != NULL)
			*cause = xasprintf("%s: %s", file, why);
		free(why);
		free(file);
		return -1;
	}
	free(file);
	a->paragraphs = b->paragraphs;
	a->nparagraphs = b->nparagraphs;
	a->dateline_len = b->dateline_len;
	b->paragraphs = NULL;
	b->nparagraphs = 0;
	article_free(b);
	return 0;
}

void
corpus_text_release(const struct corpus *c, struct article *a)
{
	let_go(c->index, a);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	meeting_free_all(c);
	for (i = 0; i < c->narticles; i++)
		forget_article(c->index, c->articles[i]);
	intern_free(&c->strings);
	index_close(c->index);
	for (i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c->articles);
	free(c->warnings);
	free(c->dir);
	memset(c, 0, sizeof(*c));
}

struct article *
corpus_find(const struct corpus *c, const char *name)
{
	size_t lo = 0, hi = c->narticles, n = strlen(name);
	char *key;

	if (n > 4 && strcmp(name + n - 4, ".txt") == 0)
		n -= 4;
	key = text_safe(name, n);	/* names are kept as --list shows them */
	while (lo < hi) {	/* articles are sorted by name */
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(key, c->articles[mid]->name);

		if (cmp == 0) {
			free(key);
			return c->articles[mid];
		}
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	free(key);
	return NULL;
}

size_t
corpus_meeting_of(const struct corpus *c, size_t i)
{
	return c->meeting_of[i];
}

void
corpus_add_warning(struct corpus *c, const char *file, const char *reason)
{
	corpus_warn(c, file, reason);
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
