/* index: an index file opened, checked, and its articles and meetings taken. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parsehash.h"
#include "index_format.h"
#include "tandem/files.h"
#include "tandem/keys.h"
#include "tandem/util.h"

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

/* Checks ix's header (and with whole, the meta section's checksum) and
 * takes where its sections are; returns where the meta section starts, or
 * 0 with *why and *refusal. */
static size_t
check_header(struct index_map *ix, int whole, enum index_refusal *refusal, char **why)
{
	const uint8_t *map = ix->map;
	size_t len = ix->len;
	struct index_header h;

	if (len < HEADER_SIZE) {
		*refusal = INDEX_DAMAGED;
		*why = xstrdup("truncated");
		return 0;
	}
	memcpy(&h, map, sizeof(h));
	*refusal = INDEX_DAMAGED;
	if (memcmp(h.magic, INDEX_MAGIC, 8) != 0) {
		*why = xstrdup("not a tandem index");
	} else if (h.version != INDEX_VERSION || h.parser != INDEX_PARSER_HASH || h.build != index_build_id()) {
		*refusal = INDEX_STALE;
		*why = xstrdup("made by another version or build of tandem");
	} else if (h.unistring != index_unistring_version()) {
		*refusal = INDEX_STALE;
		*why = xstrdup("made with another version of libunistring");
	} else if (h.size != len || h.meta < HEADER_SIZE || h.meta > len || h.meta % 8 != 0) {
		*why = xstrdup("truncated or grown");
	} else if (h.keys < HEADER_SIZE || h.keys > h.meta || h.keys % 8 != 0 || h.dead > h.keys - HEADER_SIZE) {
		*why = xstrdup("damaged (sections out of place)");
	} else if (whole && h.checksum != index_checksum(map + h.meta, len - (size_t)h.meta)) {
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

/* Maps the meta section's pages in one go (it is read whole, at once);
 * the text section is left to be read a record at a time. */
static void
populate_meta(const struct index_map *ix)
{
#ifdef MADV_POPULATE_READ
	struct index_header h;
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
	    index_meta_read(ix, dir, refusal, why) < 0) {
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
	    index_checksum(p + RECORD_HEAD, (size_t)len) != sum)
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
	a->text_held = ARTICLE_INDEX;
	return 0;
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
index_discard(struct index_map *ix)
{
	unlink(ix->path);
}

struct article *
index_article_named(struct index_map *ix, const char *name)
{
	size_t at;
	const struct index_file *f = find_file(ix, name, &at);

	return f != NULL && f->article != INDEX_NONE ? &ix->articles[f->article] : NULL;
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

size_t
index_nwarnings(const struct index_map *ix)
{
	return ix->nwarnings;
}

const char *
index_warning(const struct index_map *ix, size_t i)
{
	return ix->warnings[i];
}

struct meetings
index_meetings(const struct index_map *ix)
{
	struct index_cursor cur = { ix->meetings, ix->map + ix->len, 0 };
	struct meetings ms;
	size_t i, k;

	ms.n = ix->nmeetings;
	ms.list = xcalloc(ix->nmeetings + 1, sizeof(*ms.list));
	ms.of = xcalloc(ix->narticles + 1, sizeof(*ms.of));
	for (i = 0; i < ix->nmeetings; i++) {
		struct meeting *m = &ms.list[i];

		m->narticles = (size_t)index_get_u64(&cur);
		m->articles = xmalloc((m->narticles + 1) * sizeof(*m->articles));
		for (k = 0; k < m->narticles; k++) {
			m->articles[k] = (size_t)index_get_u64(&cur);
			ms.of[m->articles[k]] = i;
			if (m->region == NULL)
				m->region = ix->articles[m->articles[k]].region;
			if (m->person == NULL)
				m->person = ix->articles[m->articles[k]].person;
		}
		m->date.year = (int)(int64_t)index_get_u64(&cur);
		m->date.month = (int)index_get_u64(&cur);
		m->date.day = (int)index_get_u64(&cur);
		m->coverage = -1;
	}
	return ms;
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
	struct index_cursor cur = { ix->map + ix->text_end, ix->map + ix->meta, NULL };
	size_t n, i, len, padded;
	uint32_t handle;

	if (index_checksum(cur.p, ix->meta - ix->text_end) != ix->keys_sum) {
		*why = xstrdup("damaged (checksum of the keys)");
		return -1;
	}
	n = index_get_count(&cur, 16);
	for (i = 0; i < n && cur.bad == NULL; i++) {
		const char *s = index_get_str(&cur);

		if (cur.bad == NULL && (s == NULL || meeting_keys_take_name(k, s) < 0))
			index_refuse(&cur, "a key is no key, or there twice");
	}
	if (index_get_count(&cur, 8) != ix->narticles)
		index_refuse(&cur, "the keys are not the articles'");
	for (i = 0; i < ix->narticles && cur.bad == NULL; i++) {
		len = index_get_count(&cur, 1);
		padded = len + (8 - len % 8) % 8;
		if (cur.bad == NULL && (padded > (size_t)(cur.end - cur.p) ||
		    meeting_keys_take_list(k, cur.p, len, &handle) < 0 || handle != i))
			index_refuse(&cur, "an article's keys are not keys");
		cur.p += cur.bad == NULL ? padded : 0;
	}
	if (cur.bad == NULL && cur.p != cur.end)
		index_refuse(&cur, "bytes after the keys");
	release(ix, ix->text_end, ix->meta);	/* k holds a copy: not both in memory */
	if (cur.bad != NULL)
		*why = xasprintf("damaged (%s)", cur.bad);
	return cur.bad != NULL ? -1 : 0;
}
