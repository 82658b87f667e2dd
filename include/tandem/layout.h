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
#include "tandem/align.h"
#include "tandem/article.h"

struct layout_line {
	size_t para;	/* paragraph index */
	size_t off;	/* byte offset into the paragraph's text */
	size_t len;	/* bytes; 0 for the blank line after a paragraph */
	int width;	/* display columns, a hyphen at its end included */
	int blank;	/* 1: the blank line that follows paragraph para */
	int hyphen;	/* 1: it breaks at a soft hyphen, shown as '-' at its end */
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

/*
 * The aligned reader: two layouts side by side, row by row, so that both
 * sides of a bead start on the same row and the shorter side gets filler.
 */
#define PAIR_FILLER ((size_t)-1)

struct pair_row {
	size_t line[2];	/* display line of each side's layout, or PAIR_FILLER */
	size_t bead;	/* the bead the row belongs to */
};

struct pair_layout {
	struct pair_row *rows;
	size_t nrows;
	size_t *row_of[2];	/* the row of every display line of each side */
	size_t *bead_row;	/* the first row of every bead */
	size_t nbeads;
};

/*
 * Builds the rows of layouts side[0] (German) and side[1] (English) along
 * the beads of al. The layouts and al stay the caller's; free with
 * layout_pair_free().
 */
void layout_pair_build(struct pair_layout *pl, const struct layout *side[2], const struct alignment *al);
void layout_pair_free(struct pair_layout *pl);
/* The row showing pos on side s. */
size_t layout_pair_row(const struct pair_layout *pl, const struct layout *side, int s, struct layout_pos pos);
/*
 * The next (dir 1) or previous (dir -1) bead after row that has one side
 * only, as its first row; returns 0 and leaves *row when there is none.
 */
int layout_pair_unmatched(const struct pair_layout *pl, const struct alignment *al, size_t *row, int dir);

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
