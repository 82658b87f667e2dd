/*
 * export: an article to plain text, and files written safely.
 *
 * The same code serves --export and the UI's export key. Files are written
 * to a temporary file beside the target and renamed into place, so a
 * failure never leaves a partial file, and an existing file is replaced
 * only when asked.
 */
#ifndef TANDEM_EXPORT_H
#define TANDEM_EXPORT_H

#include <stdio.h>
#include <sys/types.h>
#include "tandem/align.h"
#include "tandem/article.h"
#include "tandem/util.h"

/* Appends the article as text (header, blank line, paragraphs) to out;
 * width 0 gives one line per paragraph. */
void export_article(const struct article *a, int width, struct buf *out);

/* The width of a side-by-side export when none is asked for. */
#define EXPORT_PAIR_WIDTH 100

/* Appends an aligned pair as two columns of width columns in all, German
 * left, a rule between, each bead's sides starting on the same row. */
void export_pair_text(const struct article *de, const struct article *en, const struct alignment *al,
    int width, struct buf *out);
/* Appends an aligned pair as TMX 1.4 (srclang de): one translation unit
 * per bead that has both sides. */
void export_pair_tmx(const struct article *de, const struct article *en, const struct alignment *al,
    struct buf *out);

/*
 * Writes len bytes to path atomically. Without force an existing path is
 * left alone. Returns 0, or -1 with *cause (caller frees), naming the file
 * and the reason; then no file was created or changed.
 */
int export_write_file(const char *path, const char *data, size_t len, int force, char **cause);

/*
 * The same, a piece at a time (the index is written so): a temporary file
 * beside path, put in place by export_file_commit() or removed by
 * export_file_abort(). A failed write is kept and reported by the commit.
 */
struct export_file {
	int fd;
	char *tmp, *path;
	int err;		/* the first write error, or 0 */
};

#define EXPORT_FORCE	1	/* replace an existing file */
#define EXPORT_DURABLE	2	/* fsync before it is put in place */

int export_file_open(struct export_file *f, const char *path, char **cause);
/* Appends (at < 0) or writes at offset at. */
void export_file_write(struct export_file *f, const void *data, size_t len, off_t at);
int export_file_commit(struct export_file *f, int flags, char **cause);
void export_file_abort(struct export_file *f);

/*
 * A file name for the article: date, counterpart place and language, such
 * as "2024-11-18_smolensk_de.txt" or "11-18_smolensk_de.txt". Never starts
 * with a dash or a dot, never holds a slash. Caller frees.
 */
char *export_filename(const struct article *a);
/* The same for an aligned pair, named after de: "11-18_smolensk_de-en.txt". Caller frees. */
char *export_pair_filename(const struct article *de, const struct article *en);

#endif
