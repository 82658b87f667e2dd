/* index_format: an index file's checksums, build stamp and the cursor that reads it. */
#include "config.h"

#include <fcntl.h>
#ifdef HAVE_DL_ITERATE_PHDR
#include <link.h>
#endif
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistring/version.h>

#include "parsehash.h"
#include "index_format.h"

/* Four lanes of 64-bit multiply-xor: several bytes a cycle, any bit flip
 * shows. The lanes are spelled out: in an array GCC keeps them in memory,
 * four times slower (42 MB of metadata at 100,000 articles: 11 ms, not 40). */
void
index_sum_init(struct index_sum *s)
{
	s->a = 0x243F6A8885A308D3ULL;
	s->b = 0x13198A2E03707344ULL;
	s->c = 0xA4093822299F31D0ULL;
	s->d = 0x082EFA98EC4E6C89ULL;
	s->n = 0;
}

/* Adds whole 32-byte blocks of p; returns how many bytes it took. */
size_t
index_sum_blocks(struct index_sum *s, const uint8_t *p, size_t n)
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
uint64_t
index_sum_end(struct index_sum *s, const uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		s->a = (s->a ^ p[i]) * 0x100000001B3ULL;
	s->n += n;
	return s->a ^ (s->b * 3) ^ (s->c * 5) ^ (s->d * 7) ^ s->n;
}

uint64_t
index_checksum(const uint8_t *p, size_t n)
{
	struct index_sum s;
	size_t done;

	index_sum_init(&s);
	done = index_sum_blocks(&s, p, n);
	return index_sum_end(&s, p + done, n - done);
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
				*(uint64_t *)arg = index_checksum(p + at + sizeof(nh) + name, nh.n_descsz);
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
		h = index_checksum(map, (size_t)st.st_size);
		munmap(map, (size_t)st.st_size);
	}
	close(fd);
	return h;
}

/* What tells this build of tandem from any other: see index.h. */
uint64_t
index_build_id(void)
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

uint64_t
index_unistring_version(void)
{
	return (uint64_t)_LIBUNISTRING_VERSION << 32 | (uint32_t)_libunistring_version;
}

void
index_refuse(struct index_cursor *cur, const char *why)
{
	if (cur->bad == NULL)
		cur->bad = why;
}

uint64_t
index_get_u64(struct index_cursor *cur)
{
	uint64_t v = 0;

	if (cur->bad != NULL || (size_t)(cur->end - cur->p) < 8) {
		index_refuse(cur, "truncated");
		return 0;
	}
	memcpy(&v, cur->p, 8);
	cur->p += 8;
	return v;
}

/* A string stored by put_str (index_write.c): NULL for none, and when the
 * cursor is bad. Its length is in the section, it ends in a NUL and holds
 * none before. */
const char *
index_get_str(struct index_cursor *cur)
{
	uint64_t n = index_get_u64(cur);
	const char *s = (const char *)cur->p;
	size_t padded;

	if (cur->bad != NULL || n == UINT64_MAX)
		return NULL;
	if (n >= (uint64_t)(cur->end - cur->p)) {
		index_refuse(cur, "a string runs past the end");
		return NULL;
	}
	padded = (size_t)n + 8 - (size_t)n % 8;
	if ((size_t)(cur->end - cur->p) < padded || s[n] != '\0' || memchr(s, '\0', (size_t)n) != NULL) {
		index_refuse(cur, "a string is not one string");
		return NULL;
	}
	cur->p += padded;
	return s;
}

/* A count that the rest of the section can hold, at least min bytes each. */
size_t
index_get_count(struct index_cursor *cur, size_t min)
{
	uint64_t n = index_get_u64(cur);

	if (cur->bad == NULL && n > (uint64_t)(cur->end - cur->p) / min) {
		index_refuse(cur, "a count runs past the end");
		return 0;
	}
	return (size_t)n;
}

void
index_seal(uint8_t *map, size_t len)
{
	struct index_header h;
	uint64_t at, n, sum;

	if (len < HEADER_SIZE)
		return;
	memcpy(&h, map, sizeof(h));
	memcpy(h.magic, INDEX_MAGIC, 8);
	h.version = INDEX_VERSION;
	h.parser = INDEX_PARSER_HASH;
	h.build = index_build_id();
	h.unistring = index_unistring_version();
	h.size = len;
	if (h.meta >= HEADER_SIZE && h.meta <= len) {
		h.checksum = index_checksum(map + h.meta, len - (size_t)h.meta);
		if (h.keys >= HEADER_SIZE && h.keys <= h.meta)
			h.keys_sum = index_checksum(map + h.keys, (size_t)(h.meta - h.keys));
		for (at = HEADER_SIZE; h.keys <= h.meta && at + RECORD_HEAD <= h.keys; at += RECORD_HEAD + n) {
			memcpy(&n, map + at + 8, 8);
			if (n > h.keys - at - RECORD_HEAD)
				break;
			sum = index_checksum(map + at + RECORD_HEAD, (size_t)n);
			memcpy(map + at + 16, &sum, 8);
		}
	}
	memcpy(map, &h, sizeof(h));
}
