/*
 * index: a corpus kept between runs, so that a second start parses nothing.
 *
 * After corpus_load_indexed() has read a folder, the index holds what the
 * reading cost: every article (metadata and cleaned paragraphs), the
 * warnings of every file, the size, mtime and inode each file had when it
 * was read, and the meetings. The next start maps the file and points the
 * articles into it; a file whose size, mtime or inode changed, or a new one,
 * is read again, and the meetings are grouped again unless no file changed.
 *
 * The file lives beside the reading state ($TANDEM_STATE_DIR, else
 * $XDG_STATE_HOME/tandem, else ~/.local/state/tandem), named from a hash of
 * the corpus folder's real path. It starts with a magic, a format version and
 * a hash of the parsing code it was built with; its size and a checksum of
 * every byte are checked before anything in it is used. Anything wrong makes
 * it unused (and rewritten), never trusted. It is written atomically.
 */
#ifndef TANDEM_INDEX_H
#define TANDEM_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/corpus.h"

/* What corpus_load_indexed() knew of one file when it read it. */
struct index_file {
	char *name;		/* file name, with .txt */
	uint64_t size, ino;
	int64_t mtime_sec, mtime_nsec;
	size_t article;		/* index into corpus.articles, INDEX_NONE if skipped */
	const char *warning;	/* its warning in corpus.warnings, or NULL; borrowed */
};

#define INDEX_NONE ((size_t)-1)

/* A loaded index: the mapping the articles point into. */
struct index_map;

/* The folder for index files. Caller frees; NULL without HOME. */
char *index_default_dir(void);
/* The index file for corpus folder dir inside state_dir. Caller frees;
 * NULL when dir has no real path. */
char *index_path(const char *state_dir, const char *dir);

/*
 * Maps the index at path and checks it (magic, version, parser hash, size,
 * checksum) and that it was made for the folder dir. Returns NULL with *why
 * (caller frees; NULL when the file does not exist) when it is not usable.
 * Free with index_close() once no article from it is in use.
 */
struct index_map *index_open(const char *path, const char *dir, char **why);
void index_close(struct index_map *ix);

/* The article the index holds for file f, if f is unchanged since; else
 * NULL. The article belongs to ix. *warning gets the file's warning (or
 * NULL), which belongs to ix too. Skipped files give NULL and set *skipped
 * when the file is unchanged and was skipped then too. */
struct article *index_article(struct index_map *ix, const struct index_file *f,
    const char **warning, int *skipped);
/* Whether a belongs to ix. */
int index_owns(const struct index_map *ix, const struct article *a);

/* Whether files and the overrides file (stat of meetings.ini, size -1 when
 * absent) are exactly those the index was made from; then the stored
 * meetings and warnings can be taken with index_take_meetings(). */
int index_unchanged(const struct index_map *ix, const struct index_file *files, size_t nfiles,
    const struct index_file *overrides);
/* Sets c's meetings and warnings from the index (c->articles must be the
 * index's articles, in order). */
void index_take_meetings(struct index_map *ix, struct corpus *c);

/*
 * Writes the index of c (read from files, nfiles of them, in name order;
 * overrides as for index_unchanged) to path atomically, making the folder
 * if need be. Returns 0, or -1 with *cause (caller frees).
 */
int index_save(const char *path, const struct corpus *c, const struct index_file *files, size_t nfiles,
    const struct index_file *overrides, char **cause);

#endif
