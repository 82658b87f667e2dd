/*
 * index: a corpus kept between runs, so that a second start parses nothing.
 *
 * While corpus_load_indexed() reads a folder, each article's cleaned
 * paragraphs are written to a new index as the file is read, and let go of;
 * then come the grouping keys of every article (keys.h), then the metadata
 * of every article, the warnings of every file, the size, mtime and inode
 * each file had when it was read, and the meetings. The next start maps the
 * file and points the articles into it. An article's paragraphs are read
 * from the index only when they are asked for.
 *
 * Updating it. When files were added, changed or removed (or meetings.ini
 * edited), only the new and changed files are read, cleaned and keyed; an
 * unchanged file's article keeps its metadata and keys from the index, and
 * its text is not touched (neither read nor checksummed: that is done when
 * it is shown, as on any start). The new index is made from the old one:
 * its text section copied whole by the kernel (copy_file_range), so that
 * every record keeps its offset, with the new records after it; the
 * records of changed and removed files stay as dead bytes, counted in the
 * header. When more than half the section would be dead, the index is
 * compacted instead: every record written again, every article keyed again
 * from its text. The keys section and the metadata are written anew each
 * time (55 MB beside 208 of text at 100,000 articles). Keys keep the ids
 * the old index gave them, new ones take the next; a key no article holds
 * any more stays until a compaction (it weighs nothing: no article shares
 * it).
 *
 * The meetings are grouped again, all of them, from the keys: grouping is
 * not local. A key's weight and the bar a pair must clear are logarithms of
 * the number of articles (grouping.c), so one article added moves every
 * pair's score and may tip a pair far from it over the bar or under it; the
 * host forgotten (forget_host) is counted over the whole corpus; a key's
 * languages (a name both languages use) change with any article. Regrouping
 * only what the changed files' keys reach would give other meetings than a
 * cold start does. So the output stays byte for byte a cold start's, and
 * grouping (a second or two at 100,000 articles) is the bulk of an update.
 * Pair scores are sums in fixed point, so that the order of the key ids
 * (which an update gives otherwise than a cold start) cannot change them.
 *
 * The file lives beside the reading state ($TANDEM_STATE_DIR, else
 * $XDG_STATE_HOME/tandem, else ~/.local/state/tandem), named from a hash of
 * the corpus folder's real path. It starts with a magic, a format version,
 * a hash of the parsing code it was built with, the build ID of the program
 * that wrote it and libunistring's version; its size and a checksum of the
 * metadata are checked before anything in it is used, then every field of
 * the metadata is range-checked; each article's paragraphs carry a checksum
 * of their own, checked with their lengths each time they are read; the
 * keys section has its checksum in the header, checked with every key and
 * list (ids ascending, each a key's) when an update takes the keys. Anything
 * wrong makes it unused (and rewritten), never trusted; damage is told once
 * among the corpus's warnings, an index only out of date is not. It is
 * written to a temporary file and renamed into place.
 *
 * Which build wrote it. The hash of the parsing sources (parsehash.h, made
 * by make from the sources and every header they include) misses what make
 * cannot see: a rebuild with other flags, another compiler, a library linked
 * in, a source make was not told of; a rebuilt tandem then took counterparts
 * and titles that the old build had worked out. So the index also holds the
 * program's GNU build ID, which the linker makes from the whole linked
 * program: read from the loaded program's notes (dl_iterate_phdr), no file
 * read, 4 to 13 microseconds at start. Without one (another linker, another
 * system) a hash of /proc/self/exe stands in: 0.15 ms for tandem's 1 MB when
 * cached, 3 ms from disk. Neither: the source hash alone. libunistring's
 * version (built with and running), whose normalization and case tables
 * shape the cleaned text, is kept beside it.
 *
 * Where it is done. index.c opens an index and answers from it;
 * index_meta.c checks the meta section as it is opened; index_write.c
 * writes one; index_format.c (src/core/index_format.h) has what they
 * share: the layout, the checksums, the build stamp and the cursor that
 * reads numbers and strings.
 */
#ifndef TANDEM_INDEX_H
#define TANDEM_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/corpus.h"

/* What corpus_load_indexed() knew of one file when it read it. */
struct index_file {
	const char *name;	/* file name, with .txt; borrowed */
	uint64_t size, ino;
	int64_t mtime_sec, mtime_nsec;
	size_t article;		/* index into corpus.articles, INDEX_NONE if skipped */
	const char *warning;	/* its warning in corpus.warnings, or NULL; borrowed */
};

#define INDEX_NONE ((size_t)-1)

/* The stat of the corpus folder, taken before its files are listed, and of
 * its meetings.ini (size -1 when absent). The folder's is kept in the
 * format but compared by nothing since the program takes the index before
 * any check (corpus_options.check_later): it goes at the next change of
 * the format. */
struct index_stamp {
	struct index_file folder, overrides;
};

struct meeting_keys;

/* A loaded index: the mapping the articles point into. */
struct index_map;

/* The folder for index files: files_state_dir(). Caller frees; NULL without HOME. */
char *index_default_dir(void);
/* The index file for corpus folder dir inside state_dir. Caller frees;
 * NULL when dir has no real path. */
char *index_path(const char *state_dir, const char *dir);

/* Why index_open() gave no index. */
enum index_refusal {
	INDEX_ABSENT,	/* no file: a first start */
	INDEX_STALE,	/* made by another build, with another libunistring or for
			 * another folder: no fault, made anew without a word */
	INDEX_DAMAGED,	/* unreadable, truncated, or a field out of range: a problem */
};

/*
 * Maps the index at path and checks it: its header (magic, version, parser
 * hash, build, libunistring, size, checksum), that it was made for the
 * folder dir, and every field of its meta section (counts, offsets and
 * lengths inside the file and agreeing, strings whole, dates, times and
 * kinds in range, each article of one file and in one meeting). Returns
 * NULL with *refusal and *why (caller frees; NULL when the file does not
 * exist) when it is not usable. Free with index_close() once no article
 * from it is in use.
 */
struct index_map *index_open(const char *path, const char *dir, enum index_refusal *refusal, char **why);
void index_close(struct index_map *ix);
/* Maps the index at path for index_text() alone, checking only its header:
 * for the one just written, whose articles are still in memory. */
struct index_map *index_open_text(const char *path, char **why);

/* The article the index holds for file f, if f is unchanged since; else
 * NULL. The article belongs to ix (ARTICLE_INDEX). *warning gets the file's warning (or
 * NULL), which belongs to ix too. Skipped files give NULL and set *skipped
 * when the file is unchanged and was skipped then too. */
struct article *index_article(struct index_map *ix, const struct index_file *f,
    const char **warning, int *skipped);
/* The article ix holds for the file named name, changed since or not; NULL
 * when it holds none. */
struct article *index_article_named(struct index_map *ix, const char *name);

/* Whether files (names and stat) and meetings.ini are exactly those the
 * index was made from; then the stored meetings and warnings can be taken
 * (index_meetings(), index_warning()). */
int index_unchanged(const struct index_map *ix, const struct index_file *files, size_t nfiles,
    const struct index_stamp *stamp);
/* How many articles ix holds; article i of them (in name order); how many
 * of its files were skipped. */
size_t index_narticles(const struct index_map *ix);
struct article *index_article_at(struct index_map *ix, size_t i);
size_t index_skipped(const struct index_map *ix);
/* How many warnings ix keeps, and warning i of them ("FILE: reason", made
 * safe; it belongs to ix). */
size_t index_nwarnings(const struct index_map *ix);
const char *index_warning(const struct index_map *ix, size_t i);
/* The meetings ix keeps, over its articles (index_article_at()'s
 * positions): new, for corpus_set_meetings(). */
struct meetings index_meetings(const struct index_map *ix);

/* Where a, an article of ix, is among them (its position in name order). */
size_t index_article_number(const struct index_map *ix, const struct article *a);
/* The bytes of a's text record in ix; 0 when it is not sound. */
uint64_t index_record_size(const struct index_map *ix, const struct article *a);
/* The bytes of ix's text section, and of them those no article's record is. */
uint64_t index_text_size(const struct index_map *ix);
uint64_t index_dead(const struct index_map *ix);
/* Takes the grouping keys ix keeps into k, new (keys.h): article i's list
 * as handle i. Returns 0, or -1 with *why (caller frees) when the keys
 * section is damaged; k then holds part of it. */
int index_keys(const struct index_map *ix, struct meeting_keys *k, char **why);

/* Reads a's paragraphs from ix (a->text_at) into a->paragraphs, whose text
 * then is ix's (a->text_held ARTICLE_INDEX; article_release_text() frees
 * only the array). Returns 0, or -1 when the record is missing or damaged. */
int index_text(const struct index_map *ix, struct article *a);
/* For tests and the fuzz target, which change an index's bytes on purpose
 * to see its fields checked: makes the header of the len bytes at map, the
 * checksum of their meta section and those of the text records found in
 * order what this build would write for them as they are. */
void index_seal(uint8_t *map, size_t len);
/* Lets go of the pages of ix read so far, before another index is opened:
 * what is still asked of it is read again from the file. */
void index_release(const struct index_map *ix);
/* Removes ix's file (found damaged), so that the next start makes a new one;
 * the mapping stays. */
void index_discard(struct index_map *ix);

/*
 * Writing an index: begun at path (making its folder if need be), then the
 * paragraphs of each article as it is read (index_put_text returns where
 * they are, for a->text_at); then, once every file is read, the folder's
 * files (nfiles of them, in name order, with the article each gave) and
 * stamp (as for index_unchanged); last index_finish(): c's articles,
 * warnings and meetings. index_finish() puts the file in place and frees w;
 * it and index_put_files() return 0, or -1 with *cause (caller frees).
 */
struct index_writer;

struct index_writer *index_begin(const char *path, char **cause);
/* Instead of writing every article's text again: copies old's text section
 * whole, as the start of w's (the records keep their offsets), dead bytes of
 * it no article's. Before any index_put_text(). 0, or -1 with *cause
 * (caller frees) when old's file is no longer the one mapped. */
int index_copy_text(struct index_writer *w, const struct index_map *old, uint64_t dead, char **cause);
uint64_t index_put_text(struct index_writer *w, const struct article *a);
/* The grouping keys of c's articles (c->keys, each's handle in a->keys):
 * after the text, before index_put_files(). */
void index_put_keys(struct index_writer *w, const struct corpus *c);
int index_put_files(struct index_writer *w, const char *dir, const struct index_file *files, size_t nfiles,
    const struct index_stamp *stamp, char **cause);
int index_finish(struct index_writer *w, const struct corpus *c, char **cause);
/* Gives up: nothing is put in place. */
void index_abort(struct index_writer *w);

#endif
