/*
 * wrap: a paragraph to display lines (the "layout" step's first half).
 *
 * Lines break where libunistring's line breaking allows, measured in
 * display columns; trailing spaces are not counted and not kept. A soft
 * hyphen is such a place: a line that breaks there ends with '-', which
 * counts in its width; anywhere else it takes no column. A word wider than
 * the line is either kept whole (export) or cut between characters (panes),
 * never inside a character or before a combining mark. No line is wider
 * than the width but for a word kept whole.
 */
#ifndef TANDEM_WRAP_H
#define TANDEM_WRAP_H

#include <stddef.h>

struct buf;

struct wrap_line {
	size_t off;	/* byte offset into the paragraph */
	size_t len;	/* bytes, the soft hyphen it breaks at included */
	int width;	/* display columns, the hyphen included */
	int hyphen;	/* 1: it breaks at a soft hyphen, shown as '-' at its end */
};

enum wrap_flags {
	WRAP_CUT_LONG = 1	/* cut words wider than the line */
};

/*
 * Wraps len bytes of clean one-line UTF-8 at width columns (width >= 1).
 * Stores a new array in *lines (caller frees) and returns its length; an
 * empty paragraph gives one empty line.
 */
size_t wrap_paragraph(const char *s, size_t len, int width, int flags, struct wrap_line **lines);

/* Appends line l of paragraph s as it is shown: its soft hyphens left
 * out, and '-' at its end when it breaks at one. */
void wrap_line_text(const char *s, const struct wrap_line *l, struct buf *out);

/*
 * Text of common Latin characters (ASCII, Latin-1 letters, German and
 * English quotation marks, dashes, no-break spaces; no soft hyphens) is
 * wrapped without libunistring, to the same lines, but for sequences
 * libunistring's versions break differently. wrap_fast_path_covers() says
 * whether s is such text; wrap_set_fast_path(0) makes every paragraph take
 * the general path, so that tests can compare the two. On by default.
 */
int wrap_fast_path_covers(const char *s, size_t len);
void wrap_set_fast_path(int on);

#endif
