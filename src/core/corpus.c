/* corpus: a folder of .txt files read into articles and meetings. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tandem/corpus.h"
#include "tandem/index.h"
#include "tandem/meeting.h"
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

/* Reads a whole regular file without blocking on FIFOs or devices. */
static int
read_bytes(const char *path, uint8_t **out, size_t *len, char **cause)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;
	size_t got = 0;
	uint8_t *p;

	if (fd < 0) {
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		*cause = xstrdup(strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode) || st.st_size > (off_t)CORPUS_MAX_FILE) {
		*cause = S_ISDIR(st.st_mode) ? xstrdup("is a folder, not a file") :
		    !S_ISREG(st.st_mode) ? xstrdup("not a regular file") :
		    xasprintf("too large (over %u MB)", CORPUS_MAX_FILE >> 20);
		close(fd);
		return -1;
	}
	p = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, p + got, (size_t)st.st_size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*cause = xasprintf("cannot be read: %s", strerror(errno));
			free(p);
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	*out = p;
	*len = got;
	return 0;
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
	uint8_t *bytes;
	size_t len, clen;
	unsigned repairs;
	char *text;
	struct article *a;

	if (read_bytes(path, &bytes, &len, cause) < 0)
		return NULL;
	if (len == 0 || looks_binary(bytes, len)) {
		*cause = xstrdup(len == 0 ? "empty file" : "binary file, not text");
		free(bytes);
		return NULL;
	}
	text = text_clean(bytes, len, &clen, &repairs);
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

static int
compare_articles(const void *x, const void *y)
{
	return strcmp((*(struct article *const *)x)->name, (*(struct article *const *)y)->name);
}

/* The .txt names in dir, sorted. Returns -1 with *cause on failure. */
static int
list_txt(const char *dir, char ***names, size_t *n, char **cause)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t cap = 0;

	*names = NULL;
	*n = 0;
	if (d == NULL) {
		*cause = xasprintf("%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (!is_txt_name(e->d_name))
			continue;
		*names = xgrow(*names, &cap, *n + 1, sizeof(**names));
		(*names)[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (*n > 1)
		qsort(*names, *n, sizeof(**names), compare_names);
	return 0;
}

/* Reads file into c; returns its article, or NULL when it was skipped. */
static struct article *
add_article(struct corpus *c, const char *file, size_t *cap)
{
	char *path = xasprintf("%s/%s", c->dir, file);
	char *name = text_safe(file, strlen(file) - 4);	/* what --list shows */
	char *cause = NULL;
	struct article *a = corpus_read_article(path, name, &cause);

	if (a == NULL) {
		corpus_warn(c, file, cause);
		c->skipped++;
	} else {
		if (a->repairs != 0) {
			corpus_warn(c, file, text_repairs_describe(a->repairs));
			c->repaired++;
		}
		c->articles = xgrow(c->articles, cap, c->narticles + 1, sizeof(*c->articles));
		c->articles[c->narticles++] = a;
	}
	free(cause);
	free(name);
	free(path);
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

/* Takes file f from the index when it is unchanged, else reads it. The
 * file is stat'ed before it is read, so a change meanwhile shows next time. */
static struct article *
take_file(struct corpus *c, struct index_map *ix, struct index_file *f, size_t *cap)
{
	const char *warning = NULL;
	int skipped = 0;
	struct article *a = ix != NULL ? index_article(ix, f, &warning, &skipped) : NULL;
	size_t before = c->nwarnings;

	if (a == NULL && !skipped) {
		a = add_article(c, f->name, cap);
	} else {
		if (warning != NULL) {
			c->warnings = xrealloc(c->warnings, (c->nwarnings + 1) * sizeof(*c->warnings));
			c->warnings[c->nwarnings++] = xstrdup(warning);
		}
		c->skipped += a == NULL;
		c->repaired += a != NULL && a->repairs != 0;
		if (a != NULL) {
			c->articles = xgrow(c->articles, cap, c->narticles + 1, sizeof(*c->articles));
			c->articles[c->narticles++] = a;
		}
	}
	f->warning = c->nwarnings > before ? c->warnings[c->nwarnings - 1] : NULL;
	return a;
}

struct placed {
	const struct article *a;
	size_t at;
};

static int
compare_placed(const void *x, const void *y)
{
	const struct placed *p = x, *q = y;

	return p->a < q->a ? -1 : p->a > q->a;
}

/* Sorts the articles by name and tells each file where its article went. */
static void
sort_articles(struct corpus *c, struct index_file *files, struct article **read, size_t n)
{
	struct placed *pl = xmalloc((c->narticles + 1) * sizeof(*pl)), key, *hit;
	size_t i;

	if (c->narticles > 1)
		qsort(c->articles, c->narticles, sizeof(*c->articles), compare_articles);
	for (i = 0; i < c->narticles; i++)
		pl[i].a = c->articles[i], pl[i].at = i;
	qsort(pl, c->narticles, sizeof(*pl), compare_placed);
	for (i = 0; i < n; i++) {
		key.a = read[i];
		hit = read[i] ? bsearch(&key, pl, c->narticles, sizeof(*pl), compare_placed) : NULL;
		files[i].article = hit ? hit->at : INDEX_NONE;
	}
	free(pl);
}

static long
ms_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* Reads every file, from the index where it can; progress as it goes. */
static void
read_files(struct corpus *c, struct index_map *ix, char **names, size_t n, struct index_file *files,
    const struct corpus_options *o)
{
	struct article **read = xcalloc(n + 1, sizeof(*read));
	int dfd = open(c->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	size_t i, cap = 0;
	struct timespec start;
	int showing = 0;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (i = 0; i < n; i++) {
		stat_file(dfd, names[i], &files[i]);
		read[i] = take_file(c, ix, &files[i], &cap);
		if (o->progress == NULL || (i % 256 != 255 && i + 1 != n))
			continue;
		showing = showing || ms_since(&start) >= CORPUS_PROGRESS_MS;
		if (showing && o->progress(i + 1, n, o->arg)) {
			c->interrupted = 1;
			break;
		}
	}
	for (; i < n; i++)
		stat_file(-1, names[i], &files[i]);
	if (dfd >= 0)
		close(dfd);
	sort_articles(c, files, read, n);
	free(read);
}

/* Groups c, or takes the meetings from the index when nothing changed;
 * keeps a new index when something did. */
static void
group_and_keep(struct corpus *c, struct index_map *ix, const char *path, struct index_file *files,
    size_t n)
{
	char *overrides = xasprintf("%s/meetings.ini", c->dir), *cause = NULL;
	struct index_file ini;

	stat_file(AT_FDCWD, overrides, &ini);
	if (ix != NULL && index_unchanged(ix, files, n, &ini)) {
		index_take_meetings(ix, c);
	} else {
		meeting_group(c, overrides);
		if (path != NULL && !c->interrupted && index_save(path, c, files, n, &ini, &cause) < 0) {
			corpus_warn(c, "index not kept", cause);
			free(cause);
		}
	}
	free(overrides);
}

int
corpus_load_indexed(struct corpus *c, const char *dir, const struct corpus_options *o, char **cause)
{
	char **names, *path = NULL, *why = NULL;
	struct index_file *files;
	size_t n, i;

	memset(c, 0, sizeof(*c));
	if (list_txt(dir, &names, &n, cause) < 0)
		return -1;
	c->dir = xstrdup(dir);
	if (o->state_dir != NULL && (path = index_path(o->state_dir, dir)) != NULL)
		c->index = index_open(path, dir, &why);
	free(why);
	files = xcalloc(n + 1, sizeof(*files));
	read_files(c, c->index, names, n, files, o);
	group_and_keep(c, c->index, path, files, n);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(files);
	free(path);
	return 0;
}

int
corpus_load(struct corpus *c, const char *dir, char **cause)
{
	struct corpus_options o = { NULL, NULL, NULL };

	return corpus_load_indexed(c, dir, &o, cause);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	meeting_free_all(c);
	for (i = 0; i < c->narticles; i++)
		if (!index_owns(c->index, c->articles[i]))
			article_free(c->articles[i]);
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
