/*
 * layout: an article's paragraphs to the display lines of a pane (the
 * "layout" step's second half; wrap.h does the first).
 *
 * A layout wraps every paragraph of one article at one pane width, once,
 * and puts a blank line between paragraphs. Each display line knows its
 * paragraph and byte range, so a reading position (a paragraph and a byte
 * offset in it) can be found again in the layout of another width: the
 * paragraph at the top of a pane stays at the top when the pane is resized.
 * A layout_cache keeps the layouts of the last few (article, width) pairs,
 * so scrolling and redrawing never wrap again. No curses here.
 */
#ifndef TANDEM_LAYOUT_H
#define TANDEM_LAYOUT_H

#include <stddef.h>
#include "tandem/article.h"

struct layout_line {
	size_t para;	/* paragraph index */
	size_t off;	/* byte offset into the paragraph's text */
	size_t len;	/* bytes; 0 for the blank line after a paragraph */
	int width;	/* display columns */
	int blank;	/* 1: the blank line that follows paragraph para */
};

struct layout {
	const struct article *article;	/* borrowed */
	int width;
	struct layout_line *lines;
	size_t nlines;
	size_t *first;	/* first line of each paragraph */
};

/* Where a reader is: a paragraph and a byte offset in it. */
struct layout_pos {
	size_t para;
	size_t off;	/* past the paragraph's end: the blank line after it */
};

/* Wraps article a at width columns (>= 1) into l. Free with layout_free(). */
void layout_build(struct layout *l, const struct article *a, int width);
void layout_free(struct layout *l);

/* The position shown by display line row (clamped to the last line). */
struct layout_pos layout_pos_at(const struct layout *l, size_t row);
/* The display line showing pos; cost grows with the paragraph, not the article. */
size_t layout_row_of(const struct layout *l, struct layout_pos pos);
/* The text of display line row (not NUL-terminated; len in l->lines[row]). */
const char *layout_text(const struct layout *l, size_t row);

#define LAYOUT_CACHE_SIZE 6

/* The layouts of the last LAYOUT_CACHE_SIZE (article, width) pairs. */
struct layout_cache {
	struct layout slots[LAYOUT_CACHE_SIZE];
	unsigned long used[LAYOUT_CACHE_SIZE];	/* 0: empty, else last use */
	unsigned long clock;
	unsigned long builds;	/* how many times a layout was wrapped */
};

void layout_cache_init(struct layout_cache *c);
/* The layout of a at width, wrapped only if not cached. The cache owns it;
 * it stays valid until LAYOUT_CACHE_SIZE other pairs were asked for. */
const struct layout *layout_cache_get(struct layout_cache *c, const struct article *a, int width);
/* Frees every cached layout. */
void layout_cache_free(struct layout_cache *c);

#endif
