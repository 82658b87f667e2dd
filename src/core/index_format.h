/*
 * The insides of the index, private to src/core. index_format.c owns the
 * file's layout: its header, the checksum of its sections, the build stamp
 * the header carries, and the cursor that reads its numbers and strings,
 * each checked; index_meta.c reads the meta section, every field
 * range-checked; index_write.c writes a file; index.c opens one and
 * answers from it. The public side is index.h.
 */
#ifndef TANDEM_INDEX_FORMAT_H
#define TANDEM_INDEX_FORMAT_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/index.h"

#define INDEX_MAGIC "TNDMIDX\n"
#define INDEX_VERSION 4u
#define HEADER_SIZE 80

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
struct index_header {
	char magic[8];
	uint32_t version;
	uint32_t parser;	/* INDEX_PARSER_HASH of the build that wrote it */
	uint64_t size;		/* of the whole file */
	uint64_t meta;		/* where the meta section starts */
	uint64_t checksum;	/* of the meta section */
	uint64_t build;		/* index_build_id() of the program that wrote it */
	uint64_t unistring;	/* libunistring's version: built with << 32 | running */
	uint64_t keys;		/* where the keys section starts: the text section ends */
	uint64_t keys_sum;	/* the keys section's checksum */
	uint64_t dead;		/* bytes of the text section that no article's record is */
};

/* A text record: n, the bytes after this head and their checksum; then n
 * paragraph lengths, then the paragraphs, each ended by a NUL, padded to 8. */
#define RECORD_HEAD 24

/* A mapped index (index.h). */
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

/* A checksum taken in pieces, as a section is written. */
struct index_sum {
	uint64_t a, b, c, d;
	uint64_t n;		/* bytes so far */
};

void index_sum_init(struct index_sum *s);
/* Adds whole 32-byte blocks of p; returns how many bytes it took. */
size_t index_sum_blocks(struct index_sum *s, const uint8_t *p, size_t n);
/* The sum, with the last bytes (fewer than 32). */
uint64_t index_sum_end(struct index_sum *s, const uint8_t *p, size_t n);
/* The checksum of the n bytes at p, in one go. */
uint64_t index_checksum(const uint8_t *p, size_t n);

/* What tells this build of tandem from any other (index.h), found once. */
uint64_t index_build_id(void);
/* libunistring's version: built with << 32 | running. */
uint64_t index_unistring_version(void);

/* Reading: a cursor over a section (the meta section, the keys). The first
 * thing found wrong (a static string, for the message) makes it bad, and
 * the rest is let be. */
struct index_cursor {
	const uint8_t *p, *end;
	const char *bad;
};

/* Makes cur bad for why, unless it is already. */
void index_refuse(struct index_cursor *cur, const char *why);
/* The next number; 0 when cur is bad or at its end (then bad). */
uint64_t index_get_u64(struct index_cursor *cur);
/* A string as index_write.c stores it: NULL for none, and when the cursor
 * is bad. Its length is in the section, it ends in a NUL and holds none
 * before. It points into the section. */
const char *index_get_str(struct index_cursor *cur);
/* A count that the rest of the section can hold, at least min bytes each;
 * 0 (and cur bad) when it cannot. */
size_t index_get_count(struct index_cursor *cur, size_t min);

/*
 * Reads ix's meta section (from ix->meta to the end), checking that it was
 * made for the folder dir and every field of it (index_open() in index.h
 * says which): ix's files, articles, warnings and meetings then point into
 * the mapping. Returns 0, or -1 with *refusal and *why (caller frees).
 */
int index_meta_read(struct index_map *ix, const char *dir, enum index_refusal *refusal, char **why);

#endif
