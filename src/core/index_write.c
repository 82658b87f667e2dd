/* index_write: a new index written, or one updated from the old. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parsehash.h"
#include "index_format.h"
#include "tandem/files.h"
#include "tandem/keys.h"
#include "tandem/text.h"
#include "tandem/util.h"

#define FLUSH_SIZE (256u << 10)

struct index_writer {
	struct files_writer f;
	struct buf pending;	/* bytes not yet written */
	uint64_t at;		/* the file offset of pending's first byte */
	struct index_sum sum;	/* a section's checksum, while summing */
	int summing;
	uint64_t keys, keys_sum;	/* where the keys section starts; its checksum */
	uint64_t meta;		/* where the meta section starts */
	uint64_t dead;		/* bytes of the text section no article's */
};

/* Writes what is pending once there is enough of it (or all, least 0).
 * While the meta section is summed, whole blocks only: the rest waits. */
static void
flush(struct index_writer *w, size_t least)
{
	size_t n = w->pending.len;

	if (n < least || n == 0)
		return;
	if (w->summing)
		n = index_sum_blocks(&w->sum, (const uint8_t *)w->pending.data, n);
	files_put(&w->f, w->pending.data, n, -1);
	w->at += n;
	memmove(w->pending.data, w->pending.data + n, w->pending.len - n);
	w->pending.len -= n;
}

/* Writing: numbers and strings, 8-byte aligned. */
static void
put_u64(struct buf *b, uint64_t v)
{
	buf_add(b, &v, sizeof(v));
}

static void
put_str(struct buf *b, const char *s)
{
	static const char zero[8];
	size_t n = s != NULL ? strlen(s) : 0;

	put_u64(b, s != NULL ? n : UINT64_MAX);
	if (s == NULL)
		return;
	buf_add(b, s, n);
	buf_add(b, zero, 8 - n % 8);	/* the NUL, then padding */
}

static void
put_file(struct buf *b, const struct index_file *f)
{
	put_u64(b, f->size);
	put_u64(b, f->ino);
	put_u64(b, (uint64_t)f->mtime_sec);
	put_u64(b, (uint64_t)f->mtime_nsec);
}

static void
put_article(struct buf *b, const struct article *a)
{
	put_str(b, a->name);
	put_str(b, a->title);
	put_str(b, a->place);
	put_str(b, a->region);
	put_str(b, a->person);
	put_u64(b, (uint64_t)(int64_t)a->date.year);
	put_u64(b, (uint64_t)a->date.month);
	put_u64(b, (uint64_t)a->date.day);
	put_u64(b, (uint64_t)(int64_t)a->hour);
	put_u64(b, (uint64_t)(int64_t)a->minute);
	put_u64(b, a->source);
	put_u64(b, a->lang);
	put_u64(b, a->dateline_len);
#define X(name, what) put_u64(b, a->debris.name);
	ARTICLE_DEBRIS(X)
#undef X
	put_u64(b, a->repairs);
	put_u64(b, a->nparagraphs);
	put_u64(b, a->text_at);
}

static void
put_meetings(struct index_writer *w, const struct corpus *c)
{
	struct buf *b = &w->pending;
	size_t m, k;

	put_u64(b, c->meetings.n);
	for (m = 0; m < c->meetings.n; m++) {
		const struct meeting *mt = &c->meetings.list[m];

		put_u64(b, mt->narticles);
		for (k = 0; k < mt->narticles; k++)
			put_u64(b, mt->articles[k]);
		put_u64(b, (uint64_t)(int64_t)mt->date.year);
		put_u64(b, (uint64_t)mt->date.month);
		put_u64(b, (uint64_t)mt->date.day);
		flush(w, FLUSH_SIZE);
	}
}

struct index_writer *
index_begin(const char *path, char **cause)
{
	struct index_writer *w = xcalloc(1, sizeof(*w));
	static const char zero[HEADER_SIZE];

	files_make_parents(path);
	if (files_open(&w->f, path, cause) < 0) {
		free(w);
		return NULL;
	}
	buf_add(&w->pending, zero, HEADER_SIZE);	/* the header comes last */
	return w;
}

uint64_t
index_put_text(struct index_writer *w, const struct article *a)
{
	static const char zero[8];
	uint64_t at = w->at + w->pending.len, sum;
	size_t head = w->pending.len, i;

	put_u64(&w->pending, a->nparagraphs);
	put_u64(&w->pending, 0);	/* the length and checksum, filled in below */
	put_u64(&w->pending, 0);
	for (i = 0; i < a->nparagraphs; i++)
		put_u64(&w->pending, a->paragraphs[i].len);
	for (i = 0; i < a->nparagraphs; i++) {
		buf_add(&w->pending, a->paragraphs[i].text, a->paragraphs[i].len);
		buf_addc(&w->pending, '\0');
	}
	buf_add(&w->pending, zero, (8 - w->pending.len % 8) % 8);
	sum = w->pending.len - head - RECORD_HEAD;
	memcpy(w->pending.data + head + 8, &sum, 8);
	sum = index_checksum((const uint8_t *)w->pending.data + head + RECORD_HEAD, (size_t)sum);
	memcpy(w->pending.data + head + 16, &sum, 8);
	flush(w, FLUSH_SIZE);
	return at;
}

void
index_abort(struct index_writer *w)
{
	if (w == NULL)
		return;
	files_abort(&w->f);
	buf_free(&w->pending);
	free(w);
}

/* Starts a section that is summed; returns where it starts. */
static uint64_t
section_begin(struct index_writer *w)
{
	flush(w, 0);
	index_sum_init(&w->sum);
	w->summing = 1;
	return w->at;
}

/* Ends it, all of it written: its checksum. */
static uint64_t
section_end(struct index_writer *w)
{
	uint64_t sum;

	flush(w, 0);	/* whole blocks; the tail is summed and written last */
	sum = index_sum_end(&w->sum, (const uint8_t *)w->pending.data, w->pending.len);
	files_put(&w->f, w->pending.data, w->pending.len, -1);
	w->at += w->pending.len;
	w->pending.len = 0;
	w->summing = 0;
	return sum;
}

int
index_copy_text(struct index_writer *w, const struct index_map *old, uint64_t dead, char **cause)
{
	struct stat st;
	int fd = open(old->path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fstat(fd, &st) < 0 || (uint64_t)st.st_dev != old->dev || (uint64_t)st.st_ino != old->ino ||
	    (uint64_t)st.st_size != old->len) {
		*cause = xasprintf("%s: %s", old->path, fd < 0 ? strerror(errno) : "replaced meanwhile");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	flush(w, 0);	/* the header's room */
	files_copy(&w->f, fd, HEADER_SIZE, old->text_end - HEADER_SIZE);
	close(fd);
	w->at += old->text_end - HEADER_SIZE;
	w->dead = dead;
	return 0;
}

void
index_put_keys(struct index_writer *w, const struct corpus *c)
{
	static const char zero[8];
	size_t i, n = meeting_keys_nnames(c->keys), len;

	w->keys = section_begin(w);
	put_u64(&w->pending, n);
	for (i = 0; i < n; i++) {
		put_str(&w->pending, meeting_keys_name(c->keys, (uint32_t)i));
		flush(w, FLUSH_SIZE);
	}
	put_u64(&w->pending, c->narticles);
	for (i = 0; i < c->narticles; i++) {
		const uint8_t *list = meeting_keys_list(c->keys, c->articles[i]->keys, &len);

		put_u64(&w->pending, len);
		buf_add(&w->pending, list, len);
		buf_add(&w->pending, zero, (8 - len % 8) % 8);
		flush(w, FLUSH_SIZE);
	}
	w->keys_sum = section_end(w);
}

int
index_put_files(struct index_writer *w, const char *dir, const struct index_file *files, size_t nfiles,
    const struct index_stamp *stamp, char **cause)
{
	char *real = realpath(dir, NULL);
	size_t i;

	if (real == NULL) {
		*cause = xasprintf("%s: %s", dir, strerror(errno));
		return -1;
	}
	if (w->keys == 0) {	/* no keys: an empty section */
		w->keys = section_begin(w);
		w->keys_sum = section_end(w);
	}
	w->meta = section_begin(w);
	put_str(&w->pending, real);
	free(real);
	put_file(&w->pending, &stamp->folder);
	put_file(&w->pending, &stamp->overrides);
	put_u64(&w->pending, nfiles);
	for (i = 0; i < nfiles; i++) {
		put_str(&w->pending, files[i].name);
		put_file(&w->pending, &files[i]);
		put_u64(&w->pending, files[i].article);
		put_str(&w->pending, files[i].warning);
		flush(w, FLUSH_SIZE);
	}
	return 0;
}

int
index_finish(struct index_writer *w, const struct corpus *c, char **cause)
{
	struct index_header h;
	size_t i;

	put_u64(&w->pending, c->narticles);
	for (i = 0; i < c->narticles; i++) {
		put_article(&w->pending, c->articles[i]);
		flush(w, FLUSH_SIZE);
	}
	put_u64(&w->pending, c->nwarnings);
	for (i = 0; i < c->nwarnings; i++) {
		put_str(&w->pending, c->warnings[i]);
		flush(w, FLUSH_SIZE);
	}
	put_meetings(w, c);
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, INDEX_MAGIC, 8);
	h.version = INDEX_VERSION;
	h.parser = INDEX_PARSER_HASH;
	h.build = index_build_id();
	h.unistring = index_unistring_version();
	h.meta = w->meta;
	h.keys = w->keys;
	h.keys_sum = w->keys_sum;
	h.dead = w->dead;
	h.checksum = section_end(w);
	h.size = w->at;
	files_put(&w->f, &h, sizeof(h), 0);
	buf_free(&w->pending);
	/* No fsync: a damaged index is found and rebuilt, never trusted. */
	if (files_commit(&w->f, FILES_FORCE, cause) < 0) {
		free(w);
		return -1;
	}
	free(w);
	return 0;
}
