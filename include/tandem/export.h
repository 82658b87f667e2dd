/*
 * export: an article or an aligned pair as text or TMX, and its file name.
 *
 * The same code serves --export and the UI's export key; files.h writes
 * the result.
 */
#ifndef TANDEM_EXPORT_H
#define TANDEM_EXPORT_H

#include <stdio.h>
#include "tandem/align.h"
#include "tandem/article.h"
#include "tandem/util.h"

/* The widest an export may be asked to wrap at (0 means unwrapped), and
 * the words for what a width may be. */
#define EXPORT_WIDTH_MAX 10000
#define EXPORT_WIDTH_WHAT "a number of columns from 0 to 10000"

/* Reads an export width, 0 to EXPORT_WIDTH_MAX, into *width; 0, or -1
 * when s is not one. */
int export_parse_width(const char *s, int *width);

/* Appends the article as text (header, blank line, paragraphs) to out,
 * every line wrapped at width columns; width 0 gives one line per header
 * field and per paragraph. */
void export_article(const struct article *a, int width, struct buf *out);

/* X(name, suffix): the formats of a pair export. A file name ending in
 * suffix (case ignored) is written in that format unless one is asked for. */
#define EXPORT_FORMATS(X) \
	X(text, ".txt") \
	X(tmx,  ".tmx")

enum export_format {
#define X(name, suffix) EXPORT_FORMAT_##name,
	EXPORT_FORMATS(X)
#undef X
	EXPORT_FORMAT_COUNT
};

/* The format called name ("text", "tmx"), or -1 when none is. */
int export_format_named(const char *name);
/* The format a pair export to path is written in: asked when it is a
 * format (>= 0), else the one path's suffix names, else text. path may be
 * NULL (standard output). The reader's E key and --export-pair both ask. */
enum export_format export_format_for(const char *path, int asked);

/* X(name): what a TMX translation unit holds, a pair of sentences (the
 * default: what CAT tools segment by) or of paragraphs. */
#define EXPORT_SEGMENTS(X) \
	X(sentence) \
	X(paragraph)

enum export_segments {
#define X(name) EXPORT_SEGMENTS_##name,
	EXPORT_SEGMENTS(X)
#undef X
	EXPORT_SEGMENTS_COUNT
};

/* The words for what segments may be, for usage and settings messages. */
#define EXPORT_SEGMENTS_WHAT "sentence or paragraph"

/* The segments called name ("sentence", "paragraph"), or -1 when none are. */
int export_segments_named(const char *name);

/* The width of a side-by-side export when none is asked for (width 0). */
#define EXPORT_PAIR_WIDTH 100

/* Appends an aligned pair in format f: text width columns wide (0:
 * EXPORT_PAIR_WIDTH), or TMX of seg units, where width does not apply. */
void export_pair(const struct article *de, const struct article *en, const struct alignment *al,
    enum export_format f, enum export_segments seg, int width, struct buf *out);
/* Appends an aligned pair as text: a header (each article's title, date,
 * source and name, German first), a blank line, then two columns of width
 * columns in all, German left, a rule between, each bead's sides starting
 * on the same row. */
void export_pair_text(const struct article *de, const struct article *en, const struct alignment *al,
    int width, struct buf *out);
/* Appends an aligned pair as TMX 1.4 (srclang de): one translation unit
 * per bead of al (seg paragraph) or per sentence bead (seg sentence,
 * aligned as --align --sentences does) that has both sides; a
 * paragraph or sentence without a counterpart is no unit. */
void export_pair_tmx(const struct article *de, const struct article *en, const struct alignment *al,
    enum export_segments seg, struct buf *out);

/*
 * A file name for the article: date, counterpart place and language, such
 * as "2024-11-18_smolensk_de.txt" or "11-18_smolensk_de.txt". Never starts
 * with a dash or a dot, never holds a slash. Caller frees.
 */
char *export_filename(const struct article *a);
/* The same for an aligned pair, named after de and the name of en, so that a
 * meeting's English articles get names of their own:
 * "11-18_smolensk_de-en_004-bec5.txt" for en 004_bec5. Caller frees. */
char *export_pair_filename(const struct article *de, const struct article *en);

#endif
