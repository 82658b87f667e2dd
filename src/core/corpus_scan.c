/* corpus_scan: a folder's .txt files listed and stat'ed, and one read into an article. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus_parts.h"
#include "tandem/files.h"
#include "tandem/keys.h"
#include "tandem/meeting.h"
#include "tandem/pool.h"
#include "tandem/text.h"
#include "tandem/util.h"

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
 * 2.8 MB, not 3.2 in as many allocations); free with corpus_free_names().
 * Returns -1 with *cause on failure. */
int
corpus_list_txt(const char *dir, char ***names, size_t *n, char **cause)
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
	(*names)[*n] = buf_detach(&pool, NULL);	/* the block, for corpus_free_names() */
	for (i = 0; i < *n; i++)
		(*names)[i] = (*names)[*n] + at[i];
	free(at);
	if (*n > 1)
		qsort(*names, *n, sizeof(**names), compare_names);
	return 0;
}

void
corpus_free_names(char **names, size_t n)
{
	if (names != NULL)
		free(names[n]);
	free(names);
}

/* Reads, cleans, parses and keys the file dir/file into r. Touches nothing
 * shared: the pool's threads run it. */
void
corpus_read_one(const char *dir, const char *file, struct corpus_reading *r)
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

/* Sets f to name's size, inode and mtime (name borrowed, relative to the
 * folder dfd); a file that cannot be stat'ed never matches one that can. */
static void
corpus_stat_file(int dfd, const char *name, struct index_file *f)
{
	struct stat st;

	memset(f, 0, sizeof(*f));
	f->name = name;
	f->article = INDEX_NONE;
	f->size = UINT64_MAX;
	if (fstatat(dfd, name, &st, 0) == 0) {
		f->size = (uint64_t)st.st_size;
		f->ino = (uint64_t)st.st_ino;
		f->mtime_sec = (int64_t)st.st_mtim.tv_sec;
		f->mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
	}
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
		corpus_stat_file(s->dfd, s->names[i], &s->files[i]);
}

/* The .txt files of c's folder, stat'ed in jobs threads, and its
 * meetings.ini. Returns -1 with *cause when the folder cannot be listed. */
int
corpus_stat_files(const struct corpus *c, int jobs, char ***names, struct index_file **files, size_t *n,
    struct index_stamp *stamp, char **cause)
{
	char *overrides = xasprintf("%s/meetings.ini", c->dir);
	struct stating s;
	struct pool *p;
	size_t i, njobs;

	corpus_stat_file(AT_FDCWD, c->dir, &stamp->folder);
	corpus_stat_file(AT_FDCWD, overrides, &stamp->overrides);
	free(overrides);
	if (corpus_list_txt(c->dir, names, n, cause) < 0)
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
