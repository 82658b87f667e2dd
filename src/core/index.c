/* index: a corpus's articles and meetings kept in one mapped file. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#ifdef HAVE_DL_ITERATE_PHDR
#include <link.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistr.h>
#include <unistring/version.h>

#include "parsehash.h"
#include "tandem/files.h"
#include "tandem/index.h"
#include "tandem/keys.h"
#include "tandem/text.h"
#include "tandem/util.h"

#define INDEX_MAGIC "TNDMIDX\n"
#define INDEX_VERSION 4u
#define HEADER_SIZE 80
#define FLUSH_SIZE (256u << 10)

/*
 * The file: this header; the text section (each article's paragraphs, one
 * record each, written as the files are read; an update copies the old
 * section whole and adds the new records after it); the keys section (the
 * grouping keys' names, then each article's list); the meta section
 * (folder, files, articles, warnings, meetings). The meta section is
 * checked whole when the file is opened; the keys section when the keys are
 * taken, to group again; a text record when it is read, so a start reads
 * only what it shows.
 */
struct header {
	char magic[8];
	uint32_t version;
	uint32_t parser;	/* INDEX_PARSER_HASH of the build that wrote it */
	uint64_t size;		/* of the whole file */
	uint64_t meta;		/* where the meta section starts */
	uint64_t checksum;	/* of the meta section */
	uint64_t build;		/* build_id() of the program that wrote it */
	uint64_t unistring;	/* libunistring's version: built with << 32 | running */
	uint64_t keys;		/* where the keys section starts: the text section ends */
	uint64_t keys_sum;	/* the keys section's checksum */
	uint64_t dead;		/* bytes of the text section that no article's record is */
};

/* A text record: n, the bytes after this head and their checksum; then n
 * paragraph lengths, then the paragraphs, each ended by a NUL, padded to 8. */
#define RECORD_HEAD 24

struct index_map {
	char *path;
	const uint8_t *map;
	size_t len;
	size_t text_end;	/* where the text records end: the keys section starts */
	size_t meta;		/* where the meta section starts: the keys section ends */
	uint64_t keys_sum, dead;
	uint64_t dev, ino;	/* the file mapped, for copying its text section */
	struct index_stamp stamp;
	struct index_file *files;	/* sorted by name; names point into map */
	size_t nfiles;
	struct article *articles;	/* the arena */
	size_t narticles;
	const char **warnings;
	size_t nwarnings;
	const uint8_t *meetings;	/* the serialized meetings, read on demand */
	size_t nmeetings;
};

struct sum {
	uint64_t a, b, c, d;
	uint64_t n;		/* bytes so far */
};

struct index_writer {
	struct files_writer f;
	struct buf pending;	/* bytes not yet written */
	uint64_t at;		/* the file offset of pending's first byte */
	struct sum sum;		/* a section's checksum, while summing */
	int summing;
	uint64_t keys, keys_sum;	/* where the keys section starts; its checksum */
	uint64_t meta;		/* where the meta section starts */
	uint64_t dead;		/* bytes of the text section no article's */
};

/* Four lanes of 64-bit multiply-xor: several bytes a cycle, any bit flip
 * shows. The lanes are spelled out: in an array GCC keeps them in memory,
 * four times slower (42 MB of metadata at 100,000 articles: 11 ms, not 40). */
static void
sum_init(struct sum *s)
{
	s->a = 0x243F6A8885A308D3ULL;
	s->b = 0x13198A2E03707344ULL;
	s->c = 0xA4093822299F31D0ULL;
	s->d = 0x082EFA98EC4E6C89ULL;
	s->n = 0;
}

/* Adds whole 32-byte blocks of p; returns how many bytes it took. */
static size_t
sum_blocks(struct sum *s, const uint8_t *p, size_t n)
{
	const uint64_t m = 0x9E3779B97F4A7C15ULL;
	uint64_t a = s->a, b = s->b, c = s->c, d = s->d;
	size_t i = 0;

	for (; i + 32 <= n; i += 32) {
		uint64_t w[4];

		memcpy(w, p + i, 32);
		a = (a ^ w[0]) * m;
		b = (b ^ w[1]) * m;
		c = (c ^ w[2]) * m;
		d = (d ^ w[3]) * m;
		a ^= a >> 29;
		b ^= b >> 29;
		c ^= c >> 29;
		d ^= d >> 29;
	}
	s->a = a, s->b = b, s->c = c, s->d = d;
	s->n += i;
	return i;
}

/* The sum, with the last bytes (fewer than 32). */
static uint64_t
sum_end(struct sum *s, const uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		s->a = (s->a ^ p[i]) * 0x100000001B3ULL;
	s->n += n;
	return s->a ^ (s->b * 3) ^ (s->c * 5) ^ (s->d * 7) ^ s->n;
}

static uint64_t
checksum(const uint8_t *p, size_t n)
{
	struct sum s;
	size_t done;

	sum_init(&s);
	done = sum_blocks(&s, p, n);
	return sum_end(&s, p + done, n - done);
}

#ifdef HAVE_DL_ITERATE_PHDR
/* The GNU build ID note of the program (the first object listed), hashed
 * into *(uint64_t *)arg. */
static int
note_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	size_t i, at;

	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);

		for (at = 0; ph->p_type == PT_NOTE && at + sizeof(ElfW(Nhdr)) <= ph->p_memsz;) {
			ElfW(Nhdr) nh;
			size_t name, desc;

			memcpy(&nh, p + at, sizeof(nh));
			name = (nh.n_namesz + 3) & ~(size_t)3;
			desc = (nh.n_descsz + 3) & ~(size_t)3;
			if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 &&
			    memcmp(p + at + sizeof(nh), "GNU", 4) == 0 && nh.n_descsz > 0) {
				*(uint64_t *)arg = checksum(p + at + sizeof(nh) + name, nh.n_descsz);
				return 1;
			}
			at += sizeof(nh) + name + desc;
		}
	}
	return 1;	/* the program is the first object: no need to look further */
}
#endif

/* A hash of the running program's file, read once: read with a changed
 * program, an index is stale even where the sources hashed look the same. */
static uint64_t
exe_hash(void)
{
	struct stat st;
	void *map;
	uint64_t h = 0;
	int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	if (fstat(fd, &st) == 0 && st.st_size > 0 &&
	    (map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0)) != MAP_FAILED) {
		h = checksum(map, (size_t)st.st_size);
		munmap(map, (size_t)st.st_size);
	}
	close(fd);
	return h;
}

/* What tells this build of tandem from any other: see index.h. */
static uint64_t
build_id(void)
{
	static uint64_t id;
	static int known;

	if (known)
		return id;
	known = 1;
#ifdef HAVE_DL_ITERATE_PHDR
	dl_iterate_phdr(note_build_id, &id);
#endif
	if (id == 0)
		id = exe_hash();
	return id;
}

static uint64_t
unistring_version(void)
{
	return (uint64_t)_LIBUNISTRING_VERSION << 32 | (uint32_t)_libunistring_version;
}

char *
index_default_dir(void)
{
	return files_state_dir();
}

char *
index_path(const char *state_dir, const char *dir)
{
	char *real = realpath(dir, NULL), *path;

	if (real == NULL)
		return NULL;
	path = xasprintf("%s/index-%016llx", state_dir, (unsigned long long)hash_bytes(real, strlen(real)));
	free(real);
	return path;
}

/* Writes what is pending once there is enough of it (or all, least 0).
 * While the meta section is summed, whole blocks only: the rest waits. */
static void
flush(struct index_writer *w, size_t least)
{
	size_t n = w->pending.len;

	if (n < least || n == 0)
		return;
	if (w->summing)
		n = sum_blocks(&w->sum, (const uint8_t *)w->pending.data, n);
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

	put_u64(b, c->nmeetings);
	for (m = 0; m < c->nmeetings; m++) {
		const struct meeting *mt = &c->meetings[m];

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
	sum = checksum((const uint8_t *)w->pending.data + head + RECORD_HEAD, (size_t)sum);
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
	sum_init(&w->sum);
	w->summing = 1;
	return w->at;
}

/* Ends it, all of it written: its checksum. */
static uint64_t
section_end(struct index_writer *w)
{
	uint64_t sum;

	flush(w, 0);	/* whole blocks; the tail is summed and written last */
	sum = sum_end(&w->sum, (const uint8_t *)w->pending.data, w->pending.len);
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
	struct header h;
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
	h.build = build_id();
	h.unistring = unistring_version();
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

/* Reading: a cursor over the meta section. The first thing found wrong
 * (a static string, for the message) makes it bad, and the rest is let be. */
struct cursor {
	const uint8_t *p, *end;
	const char *bad;
};

static void
refuse(struct cursor *cur, const char *why)
{
	if (cur->bad == NULL)
		cur->bad = why;
}

static uint64_t
get_u64(struct cursor *cur)
{
	uint64_t v = 0;

	if (cur->bad != NULL || (size_t)(cur->end - cur->p) < 8) {
		refuse(cur, "truncated");
		return 0;
	}
	memcpy(&v, cur->p, 8);
	cur->p += 8;
	return v;
}

/* A number from lo to hi; what is stored as (uint64_t)(int64_t) reads back
 * signed. */
static int64_t
get_range(struct cursor *cur, int64_t lo, int64_t hi, const char *what)
{
	int64_t v = (int64_t)get_u64(cur);

	if (v < lo || v > hi) {
		refuse(cur, what);
		return lo;
	}
	return v;
}

/* A string stored by put_str: NULL for none, and when the cursor is bad.
 * Its length is in the section, it ends in a NUL and holds none before. */
static const char *
get_str(struct cursor *cur)
{
	uint64_t n = get_u64(cur);
	const char *s = (const char *)cur->p;
	size_t padded;

	if (cur->bad != NULL || n == UINT64_MAX)
		return NULL;
	if (n >= (uint64_t)(cur->end - cur->p)) {
		refuse(cur, "a string runs past the end");
		return NULL;
	}
	padded = (size_t)n + 8 - (size_t)n % 8;
	if ((size_t)(cur->end - cur->p) < padded || s[n] != '\0' || memchr(s, '\0', (size_t)n) != NULL) {
		refuse(cur, "a string is not one string");
		return NULL;
	}
	cur->p += padded;
	return s;
}

/* A file or article name: there, and a name in the folder, not a path. */
static const char *
get_name(struct cursor *cur)
{
	const char *s = get_str(cur);

	if (cur->bad == NULL && (s == NULL || *s == '\0' || strchr(s, '/') != NULL))
		refuse(cur, "a file or article name is missing or a path");
	return s;
}

static void
get_file(struct cursor *cur, struct index_file *f)
{
	f->size = get_u64(cur);
	f->ino = get_u64(cur);
	f->mtime_sec = (int64_t)get_u64(cur);
	f->mtime_nsec = (int64_t)get_u64(cur);
}

/* A count that the rest of the section can hold, at least min bytes each. */
static size_t
get_count(struct cursor *cur, size_t min)
{
	uint64_t n = get_u64(cur);

	if (cur->bad == NULL && n > (uint64_t)(cur->end - cur->p) / min) {
		refuse(cur, "a count runs past the end");
		return 0;
	}
	return (size_t)n;
}

static void
get_date(struct cursor *cur, struct date *d, const char *what)
{
	d->year = (int)get_range(cur, INT_MIN, INT_MAX, what);
	d->month = (int)get_range(cur, INT_MIN, INT_MAX, what);
	d->day = (int)get_range(cur, INT_MIN, INT_MAX, what);
	if (!date_valid(d)) {
		refuse(cur, what);
		memset(d, 0, sizeof(*d));
	}
}

/* The hour and minute: both -1 (none), or a time of day. */
static void
get_time(struct cursor *cur, struct article *a)
{
	a->hour = (int)get_range(cur, -1, 23, "an article's time is out of range");
	a->minute = (int)get_range(cur, -1, 59, "an article's time is out of range");
	if ((a->hour < 0) != (a->minute < 0))
		refuse(cur, "an article's time is out of range");
}

/* Where a's text record is: a whole record head, 8-aligned, in the text
 * section, with room for a length of each paragraph. */
static void
check_record(struct cursor *cur, const struct index_map *ix, const struct article *a)
{
	if (a->text_at < HEADER_SIZE || a->text_at % 8 != 0 || a->text_at > ix->text_end ||
	    ix->text_end - a->text_at < RECORD_HEAD || a->nparagraphs > (ix->text_end - a->text_at - RECORD_HEAD) / 8)
		refuse(cur, "an article's text lies outside the text section");
}

static int
get_article(struct cursor *cur, const struct index_map *ix, struct article *a)
{
	a->name = (char *)get_name(cur);
	a->title = (char *)get_str(cur);
	if (cur->bad == NULL && a->title == NULL)
		refuse(cur, "an article has no title");
	a->place = (char *)get_str(cur);
	a->region = (char *)get_str(cur);
	a->person = (char *)get_str(cur);
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
	a->text_at = get_u64(cur);
	if (cur->bad == NULL)
		check_record(cur, ix, a);
	return cur->bad != NULL ? -1 : 0;
}

static int
get_files(struct cursor *cur, struct index_map *ix)
{
	size_t i;

	ix->nfiles = get_count(cur, 56);
	ix->files = xcalloc(ix->nfiles + 1, sizeof(*ix->files));
	for (i = 0; i < ix->nfiles && cur->bad == NULL; i++) {
		ix->files[i].name = (char *)get_name(cur);
		get_file(cur, &ix->files[i]);
		ix->files[i].article = (size_t)get_u64(cur);
		ix->files[i].warning = get_str(cur);
		if (cur->bad == NULL && i > 0 && strcmp(ix->files[i - 1].name, ix->files[i].name) >= 0)
			refuse(cur, "the files are out of order");
	}
	return cur->bad != NULL ? -1 : 0;
}

/* Each file gives at most one article, and each article comes of one
 * file: so one article is never two files' (nor freed twice). */
static int
check_owners(struct cursor *cur, const struct index_map *ix)
{
	uint8_t *owned = xcalloc(ix->narticles + 1, 1);
	size_t i, n = 0;

	for (i = 0; i < ix->nfiles && cur->bad == NULL; i++) {
		size_t k = ix->files[i].article;

		if (k == INDEX_NONE)
			continue;
		if (k >= ix->narticles || owned[k]++)
			refuse(cur, "a file names an article not there, or another file's");
		n++;
	}
	if (cur->bad == NULL && n != ix->narticles)
		refuse(cur, "an article comes of no file");
	free(owned);
	return cur->bad != NULL ? -1 : 0;
}

static int
get_articles(struct cursor *cur, struct index_map *ix)
{
	size_t i;

	ix->narticles = get_count(cur, 200);
	ix->articles = xcalloc(ix->narticles + 1, sizeof(*ix->articles));
	for (i = 0; i < ix->narticles; i++) {
		if (get_article(cur, ix, &ix->articles[i]) < 0)
			return -1;
		/* corpus_find() looks names up by halving */
		if (i > 0 && strcmp(ix->articles[i - 1].name, ix->articles[i].name) > 0) {
			refuse(cur, "the articles are out of order");
			return -1;
		}
	}
	return check_owners(cur, ix);
}

/* The meetings, which are checked now and read on demand: each holds one
 * article or more, and every article is in one meeting. */
static int
get_meetings(struct cursor *cur, struct index_map *ix)
{
	uint8_t *seen = xcalloc(ix->narticles + 1, 1);
	size_t i, k, total = 0;
	struct date d;

	ix->nmeetings = get_count(cur, 32);
	ix->meetings = cur->p;
	for (i = 0; i < ix->nmeetings && cur->bad == NULL; i++) {
		size_t n = get_count(cur, 8);

		if (n == 0)
			refuse(cur, "a meeting holds no article");
		for (k = 0; k < n && cur->bad == NULL; k++) {
			uint64_t a = get_u64(cur);

			if (cur->bad == NULL && (a >= ix->narticles || seen[a]++))
				refuse(cur, "a meeting names an article not there, or one of another");
		}
		total += n;
		get_date(cur, &d, "a meeting's date is out of range");
	}
	if (cur->bad == NULL && total != ix->narticles)
		refuse(cur, "an article is in no meeting");
	free(seen);
	return cur->bad != NULL ? -1 : 0;
}

/* Warnings, then the meetings; then the section must end. */
static int
get_tail(struct cursor *cur, struct index_map *ix)
{
	size_t i;

	ix->nwarnings = get_count(cur, 8);
	ix->warnings = xcalloc(ix->nwarnings + 1, sizeof(*ix->warnings));
	for (i = 0; i < ix->nwarnings && cur->bad == NULL; i++)
		if ((ix->warnings[i] = get_str(cur)) == NULL)
			refuse(cur, "a warning is missing");
	if (cur->bad == NULL && get_meetings(cur, ix) == 0 && cur->p != cur->end)
		refuse(cur, "bytes after the meetings");
	return cur->bad != NULL ? -1 : 0;
}

/* Checks ix's header (and with whole, the meta section's checksum) and
 * takes where its sections are; returns where the meta section starts, or
 * 0 with *why and *refusal. */
static size_t
check_header(struct index_map *ix, int whole, enum index_refusal *refusal, char **why)
{
	const uint8_t *map = ix->map;
	size_t len = ix->len;
	struct header h;

	if (len < HEADER_SIZE) {
		*refusal = INDEX_DAMAGED;
		*why = xstrdup("truncated");
		return 0;
	}
	memcpy(&h, map, sizeof(h));
	*refusal = INDEX_DAMAGED;
	if (memcmp(h.magic, INDEX_MAGIC, 8) != 0) {
		*why = xstrdup("not a tandem index");
	} else if (h.version != INDEX_VERSION || h.parser != INDEX_PARSER_HASH || h.build != build_id()) {
		*refusal = INDEX_STALE;
		*why = xstrdup("made by another version or build of tandem");
	} else if (h.unistring != unistring_version()) {
		*refusal = INDEX_STALE;
		*why = xstrdup("made with another version of libunistring");
	} else if (h.size != len || h.meta < HEADER_SIZE || h.meta > len || h.meta % 8 != 0) {
		*why = xstrdup("truncated or grown");
	} else if (h.keys < HEADER_SIZE || h.keys > h.meta || h.keys % 8 != 0 || h.dead > h.keys - HEADER_SIZE) {
		*why = xstrdup("damaged (sections out of place)");
	} else if (whole && h.checksum != checksum(map + h.meta, len - (size_t)h.meta)) {
		*why = xstrdup("damaged (checksum)");
	} else {
		*refusal = INDEX_ABSENT;
		ix->text_end = (size_t)h.keys;
		ix->keys_sum = h.keys_sum;
		ix->dead = h.dead;
		return (size_t)h.meta;
	}
	return 0;
}

static int
index_parse(struct index_map *ix, const char *dir, enum index_refusal *refusal, char **why)
{
	struct cursor cur = { ix->map + ix->meta, ix->map + ix->len, NULL };
	const char *stored = get_str(&cur);
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

/* Maps the meta section's pages in one go (it is read whole, at once);
 * the text section is left to be read a record at a time. */
static void
populate_meta(const struct index_map *ix)
{
#ifdef MADV_POPULATE_READ
	struct header h;
	size_t page = (size_t)sysconf(_SC_PAGESIZE), from;

	if (ix->len < HEADER_SIZE)
		return;
	memcpy(&h, ix->map, sizeof(h));
	if (h.meta >= ix->len)
		return;
	from = (size_t)h.meta / page * page;
	madvise((void *)(uintptr_t)(ix->map + from), ix->len - from, MADV_POPULATE_READ);
#else
	(void)ix;
#endif
}

/* Maps the file at path; NULL with *why (NULL when it does not exist). */
static struct index_map *
map_file(const char *path, char **why)
{
	struct index_map *ix;
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	void *map;

	*why = NULL;
	if (fd < 0) {
		if (errno != ENOENT)
			*why = xstrdup(strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < HEADER_SIZE) {
		*why = xstrdup("truncated");
		close(fd);
		return NULL;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		*why = xstrdup(strerror(errno));
		return NULL;
	}
	ix = xcalloc(1, sizeof(*ix));
	ix->path = xstrdup(path);
	ix->map = map;
	ix->len = (size_t)st.st_size;
	ix->dev = (uint64_t)st.st_dev;
	ix->ino = (uint64_t)st.st_ino;
	return ix;
}

struct index_map *
index_open(const char *path, const char *dir, enum index_refusal *refusal, char **why)
{
	struct index_map *ix = map_file(path, why);

	*refusal = *why != NULL ? INDEX_DAMAGED : INDEX_ABSENT;
	if (ix == NULL)
		return NULL;
	populate_meta(ix);
	if ((ix->meta = check_header(ix, 1, refusal, why)) == 0 ||
	    index_parse(ix, dir, refusal, why) < 0) {
		index_close(ix);
		return NULL;
	}
	return ix;
}

struct index_map *
index_open_text(const char *path, char **why)
{
	struct index_map *ix = map_file(path, why);
	enum index_refusal refusal;

	if (ix != NULL && (ix->meta = check_header(ix, 0, &refusal, why)) == 0) {
		index_close(ix);
		return NULL;
	}
	return ix;
}

void
index_close(struct index_map *ix)
{
	if (ix == NULL)
		return;
	munmap((void *)(uintptr_t)ix->map, ix->len);
	free(ix->files);
	free(ix->articles);
	free(ix->warnings);
	free(ix->path);
	free(ix);
}

static int
same_file(const struct index_file *a, const struct index_file *b)
{
	return a->size == b->size && a->ino == b->ino && a->mtime_sec == b->mtime_sec &&
	    a->mtime_nsec == b->mtime_nsec;
}

static const struct index_file *
find_file(const struct index_map *ix, const char *name, size_t *at)
{
	size_t lo = 0, hi = ix->nfiles;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(name, ix->files[mid].name);

		if (cmp == 0) {
			*at = mid;
			return &ix->files[mid];
		}
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

struct article *
index_article(struct index_map *ix, const struct index_file *f, const char **warning, int *skipped)
{
	size_t at;
	const struct index_file *old = find_file(ix, f->name, &at);

	*warning = NULL;
	*skipped = 0;
	if (old == NULL || !same_file(old, f))
		return NULL;
	*warning = old->warning;
	if (old->article == INDEX_NONE) {
		*skipped = 1;
		return NULL;
	}
	return &ix->articles[old->article];
}

/* The dateline, which the reader and the aligner skip, is a whole part
 * of the first paragraph. */
static int
dateline_fits(const struct article *a)
{
	const struct paragraph *p = &a->paragraphs[0];

	return a->dateline_len <= p->len && (p->text[a->dateline_len] & 0xC0) != 0x80;
}

int
index_text(const struct index_map *ix, struct article *a)
{
	const uint8_t *p, *end;
	uint64_t n, len, sum;
	size_t i, off;

	if (a->text_at < HEADER_SIZE || a->text_at > ix->text_end || ix->text_end - a->text_at < RECORD_HEAD)
		return -1;
	p = ix->map + a->text_at;
	memcpy(&n, p, 8);
	memcpy(&len, p + 8, 8);
	memcpy(&sum, p + 16, 8);
	if (n != a->nparagraphs || len > ix->text_end - a->text_at - RECORD_HEAD || n > len / 8 ||
	    checksum(p + RECORD_HEAD, (size_t)len) != sum)
		return -1;
	end = p + RECORD_HEAD + len;
	off = RECORD_HEAD + (size_t)n * 8;
	a->paragraphs = xcalloc((size_t)n + 1, sizeof(*a->paragraphs));
	for (i = 0; i < n; i++) {
		memcpy(&len, p + RECORD_HEAD + 8 * i, 8);
		if (len >= (size_t)(end - (p + off)) || p[off + len] != '\0' || memchr(p + off, '\0', (size_t)len)) {
			free(a->paragraphs);
			a->paragraphs = NULL;
			return -1;
		}
		a->paragraphs[i].text = (char *)(uintptr_t)(p + off);
		a->paragraphs[i].len = (size_t)len;
		off += (size_t)len + 1;
	}
	if (n > 0 && !dateline_fits(a)) {
		free(a->paragraphs);
		a->paragraphs = NULL;
		return -1;
	}
	return 0;
}

void
index_seal(uint8_t *map, size_t len)
{
	struct header h;
	uint64_t at, n, sum;

	if (len < HEADER_SIZE)
		return;
	memcpy(&h, map, sizeof(h));
	memcpy(h.magic, INDEX_MAGIC, 8);
	h.version = INDEX_VERSION;
	h.parser = INDEX_PARSER_HASH;
	h.build = build_id();
	h.unistring = unistring_version();
	h.size = len;
	if (h.meta >= HEADER_SIZE && h.meta <= len) {
		h.checksum = checksum(map + h.meta, len - (size_t)h.meta);
		if (h.keys >= HEADER_SIZE && h.keys <= h.meta)
			h.keys_sum = checksum(map + h.keys, (size_t)(h.meta - h.keys));
		for (at = HEADER_SIZE; h.keys <= h.meta && at + RECORD_HEAD <= h.keys; at += RECORD_HEAD + n) {
			memcpy(&n, map + at + 8, 8);
			if (n > h.keys - at - RECORD_HEAD)
				break;
			sum = checksum(map + at + RECORD_HEAD, (size_t)n);
			memcpy(map + at + 16, &sum, 8);
		}
	}
	memcpy(map, &h, sizeof(h));
}

/* Lets go of the pages wholly inside ix's bytes from..to. */
static void
release(const struct index_map *ix, size_t from, size_t to)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);

	from = (from + page - 1) / page * page;
	to = to / page * page;
	if (from < to)
		madvise((void *)(uintptr_t)(ix->map + from), to - from, MADV_DONTNEED);
}

void
index_release(const struct index_map *ix)
{
	release(ix, 0, ix->len);
}

void
index_discard(const struct index_map *ix)
{
	unlink(ix->path);
}

int
index_holds(const struct index_map *ix, const void *p)
{
	return ix != NULL && (const uint8_t *)p >= ix->map && (const uint8_t *)p < ix->map + ix->len;
}

struct article *
index_article_named(struct index_map *ix, const char *name)
{
	size_t at;
	const struct index_file *f = find_file(ix, name, &at);

	return f != NULL && f->article != INDEX_NONE ? &ix->articles[f->article] : NULL;
}

int
index_owns(const struct index_map *ix, const struct article *a)
{
	/* one opened for its text alone holds no articles */
	return ix != NULL && ix->narticles > 0 && a >= ix->articles && a < ix->articles + ix->narticles;
}

int
index_unchanged(const struct index_map *ix, const struct index_file *files, size_t nfiles,
    const struct index_stamp *stamp)
{
	size_t i;

	if (nfiles != ix->nfiles || !same_file(&stamp->overrides, &ix->stamp.overrides))
		return 0;
	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i].name, ix->files[i].name) != 0 || !same_file(&files[i], &ix->files[i]))
			return 0;
	return 1;
}

int
index_folder_unchanged(const struct index_map *ix, const struct index_stamp *stamp)
{
	return stamp->folder.size != UINT64_MAX && same_file(&stamp->folder, &ix->stamp.folder);
}

size_t
index_narticles(const struct index_map *ix)
{
	return ix->narticles;
}

struct article *
index_article_at(struct index_map *ix, size_t i)
{
	return &ix->articles[i];
}

size_t
index_skipped(const struct index_map *ix)
{
	size_t i, n = 0;

	for (i = 0; i < ix->nfiles; i++)
		n += ix->files[i].article == INDEX_NONE;
	return n;
}

void
index_take_meetings(struct index_map *ix, struct corpus *c)
{
	struct cursor cur = { ix->meetings, ix->map + ix->len, 0 };
	size_t i, k;

	for (i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c->warnings);
	c->warnings = xcalloc(ix->nwarnings + 1, sizeof(*c->warnings));
	for (i = 0; i < ix->nwarnings; i++)
		c->warnings[i] = xstrdup(ix->warnings[i]);
	c->nwarnings = ix->nwarnings;
	c->nmeetings = ix->nmeetings;
	c->meetings = xcalloc(ix->nmeetings + 1, sizeof(*c->meetings));
	c->meeting_of = xcalloc(c->narticles + 1, sizeof(*c->meeting_of));
	for (i = 0; i < ix->nmeetings; i++) {
		struct meeting *m = &c->meetings[i];

		m->narticles = (size_t)get_u64(&cur);
		m->articles = xmalloc((m->narticles + 1) * sizeof(*m->articles));
		for (k = 0; k < m->narticles; k++) {
			m->articles[k] = (size_t)get_u64(&cur);
			c->meeting_of[m->articles[k]] = i;
			if (m->region == NULL)
				m->region = c->articles[m->articles[k]]->region;
			if (m->person == NULL)
				m->person = c->articles[m->articles[k]]->person;
		}
		m->date.year = (int)(int64_t)get_u64(&cur);
		m->date.month = (int)get_u64(&cur);
		m->date.day = (int)get_u64(&cur);
		m->coverage = -1;
	}
}

size_t
index_article_number(const struct index_map *ix, const struct article *a)
{
	return (size_t)(a - ix->articles);
}

uint64_t
index_record_size(const struct index_map *ix, const struct article *a)
{
	uint64_t len;

	if (a->text_at < HEADER_SIZE || a->text_at > ix->text_end || ix->text_end - a->text_at < RECORD_HEAD)
		return 0;
	memcpy(&len, ix->map + a->text_at + 8, 8);
	return len <= ix->text_end - a->text_at - RECORD_HEAD ? RECORD_HEAD + len : 0;
}

uint64_t
index_text_size(const struct index_map *ix)
{
	return ix->text_end - HEADER_SIZE;
}

uint64_t
index_dead(const struct index_map *ix)
{
	return ix->dead;
}

int
index_keys(const struct index_map *ix, struct meeting_keys *k, char **why)
{
	struct cursor cur = { ix->map + ix->text_end, ix->map + ix->meta, NULL };
	size_t n, i, len, padded;
	uint32_t handle;

	if (checksum(cur.p, ix->meta - ix->text_end) != ix->keys_sum) {
		*why = xstrdup("damaged (checksum of the keys)");
		return -1;
	}
	n = get_count(&cur, 16);
	for (i = 0; i < n && cur.bad == NULL; i++) {
		const char *s = get_str(&cur);

		if (cur.bad == NULL && (s == NULL || meeting_keys_take_name(k, s) < 0))
			refuse(&cur, "a key is no key, or there twice");
	}
	if (get_count(&cur, 8) != ix->narticles)
		refuse(&cur, "the keys are not the articles'");
	for (i = 0; i < ix->narticles && cur.bad == NULL; i++) {
		len = get_count(&cur, 1);
		padded = len + (8 - len % 8) % 8;
		if (cur.bad == NULL && (padded > (size_t)(cur.end - cur.p) ||
		    meeting_keys_take_list(k, cur.p, len, &handle) < 0 || handle != i))
			refuse(&cur, "an article's keys are not keys");
		cur.p += cur.bad == NULL ? padded : 0;
	}
	if (cur.bad == NULL && cur.p != cur.end)
		refuse(&cur, "bytes after the keys");
	release(ix, ix->text_end, ix->meta);	/* k holds a copy: not both in memory */
	if (cur.bad != NULL)
		*why = xasprintf("damaged (%s)", cur.bad);
	return cur.bad != NULL ? -1 : 0;
}
