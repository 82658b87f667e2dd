/* layout: paragraphs to display lines at one pane width; see layout.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/layout.h"
#include "tandem/util.h"
#include "tandem/wrap.h"

struct line_array {
	struct layout_line *lines;
	size_t n, cap;
};

static void
lines_add(struct line_array *la, struct layout_line line)
{
	la->lines = xgrow(la->lines, &la->cap, la->n + 1, sizeof *la->lines);
	la->lines[la->n++] = line;
}

/* Appends the wrapped lines of paragraph p, and a blank line unless last. */
static void
layout_add_paragraph(struct line_array *la, const struct article *a, size_t p, int width)
{
	const struct paragraph *para = &a->paragraphs[p];
	struct wrap_line *wl = NULL;
	size_t n = wrap_paragraph(para->text, para->len, width, WRAP_CUT_LONG, &wl);
	size_t i;

	for (i = 0; i < n; i++) {
		struct layout_line line = { p, wl[i].off, wl[i].len, wl[i].width, 0, wl[i].hyphen };
		lines_add(la, line);
	}
	free(wl);
	if (p + 1 < a->nparagraphs) {
		struct layout_line blank = { p, para->len + 1, 0, 0, 1, 0 };
		lines_add(la, blank);
	}
}

void
layout_build(struct layout *l, const struct article *a, int width)
{
	struct line_array la = { NULL, 0, 0 };
	size_t p;

	if (width < 1)
		width = 1;
	l->article = a;
	l->width = width;
	l->first = xcalloc(a->nparagraphs + 1, sizeof *l->first);
	for (p = 0; p < a->nparagraphs; p++) {
		l->first[p] = la.n;
		layout_add_paragraph(&la, a, p, width);
	}
	l->first[a->nparagraphs] = la.n;
	l->lines = la.lines;
	l->nlines = la.n;
}

void
layout_free(struct layout *l)
{
	free(l->lines);
	free(l->first);
	memset(l, 0, sizeof *l);
}

struct layout_pos
layout_pos_at(const struct layout *l, size_t row)
{
	struct layout_pos pos = { 0, 0 };

	if (l->nlines == 0)
		return pos;
	if (row >= l->nlines)
		row = l->nlines - 1;
	pos.para = l->lines[row].para;
	pos.off = l->lines[row].off;
	return pos;
}

size_t
layout_row_of(const struct layout *l, struct layout_pos pos)
{
	const struct article *a = l->article;
	size_t row, end;

	if (l->nlines == 0)
		return 0;
	if (pos.para >= a->nparagraphs)
		return l->nlines - 1;
	row = l->first[pos.para];
	end = l->first[pos.para + 1];
	while (row + 1 < end && l->lines[row + 1].off <= pos.off)
		row++;
	return row;
}

const char *
layout_text(const struct layout *l, size_t row)
{
	const struct layout_line *line = &l->lines[row];

	if (line->blank)
		return "";
	return l->article->paragraphs[line->para].text + line->off;
}

void
layout_cache_init(struct layout_cache *c)
{
	memset(c, 0, sizeof *c);
}

/* The slot to reuse: an empty one, or the one used longest ago. */
static size_t
layout_cache_victim(const struct layout_cache *c)
{
	size_t i, victim = 0;

	for (i = 0; i < LAYOUT_CACHE_SIZE; i++) {
		if (c->used[i] == 0)
			return i;
		if (c->used[i] < c->used[victim])
			victim = i;
	}
	return victim;
}

const struct layout *
layout_cache_get(struct layout_cache *c, const struct article *a, int width)
{
	size_t i;

	if (width < 1)
		width = 1;
	for (i = 0; i < LAYOUT_CACHE_SIZE; i++) {
		struct layout *l = &c->slots[i];

		if (c->used[i] != 0 && l->article == a && l->width == width) {
			c->used[i] = ++c->clock;
			return l;
		}
	}
	i = layout_cache_victim(c);
	if (c->used[i] != 0)
		layout_free(&c->slots[i]);
	layout_build(&c->slots[i], a, width);
	c->used[i] = ++c->clock;
	c->builds++;
	return &c->slots[i];
}

void
layout_cache_free(struct layout_cache *c)
{
	size_t i;

	for (i = 0; i < LAYOUT_CACHE_SIZE; i++)
		if (c->used[i] != 0)
			layout_free(&c->slots[i]);
	layout_cache_init(c);
}

/* The display lines [from, to) of one side that a bead covers. */
static void
bead_lines(const struct layout *l, size_t first_para, size_t count, size_t *from, size_t *to)
{
	size_t np = l->article->nparagraphs;

	*from = l->first[first_para < np ? first_para : np];
	*to = l->first[first_para + count < np ? first_para + count : np];
}

void
layout_pair_build(struct pair_layout *pl, const struct layout *side[2], const struct alignment *al)
{
	size_t b, s, cap = 0;

	memset(pl, 0, sizeof(*pl));
	pl->nbeads = al->nbeads;
	pl->bead_row = xcalloc(al->nbeads + 1, sizeof(*pl->bead_row));
	for (s = 0; s < 2; s++)
		pl->row_of[s] = xcalloc(side[s]->nlines + 1, sizeof(*pl->row_of[s]));
	for (b = 0; b < al->nbeads; b++) {
		size_t from[2], to[2], height, r;

		bead_lines(side[0], al->beads[b].de, al->beads[b].nde, &from[0], &to[0]);
		bead_lines(side[1], al->beads[b].en, al->beads[b].nen, &from[1], &to[1]);
		height = to[0] - from[0] > to[1] - from[1] ? to[0] - from[0] : to[1] - from[1];
		pl->bead_row[b] = pl->nrows;
		pl->rows = xgrow(pl->rows, &cap, pl->nrows + height, sizeof(*pl->rows));
		for (r = 0; r < height; r++, pl->nrows++) {
			pl->rows[pl->nrows].bead = b;
			for (s = 0; s < 2; s++) {
				size_t line = from[s] + r;

				pl->rows[pl->nrows].line[s] = line < to[s] ? line : PAIR_FILLER;
				if (line < to[s])
					pl->row_of[s][line] = pl->nrows;
			}
		}
	}
	pl->bead_row[al->nbeads] = pl->nrows;
}

void
layout_pair_free(struct pair_layout *pl)
{
	free(pl->rows);
	free(pl->row_of[0]);
	free(pl->row_of[1]);
	free(pl->bead_row);
	memset(pl, 0, sizeof(*pl));
}

size_t
layout_pair_row(const struct pair_layout *pl, const struct layout *side, int s, struct layout_pos pos)
{
	size_t line = layout_row_of(side, pos);

	return line < side->nlines ? pl->row_of[s][line] : 0;
}

int
layout_pair_unmatched(const struct pair_layout *pl, const struct alignment *al, size_t *row, int dir)
{
	size_t b = *row < pl->nrows ? pl->rows[*row].bead : pl->nbeads;

	while (dir > 0 ? b + 1 < pl->nbeads : b > 0) {
		b = dir > 0 ? b + 1 : b - 1;
		if ((al->beads[b].nde == 0) != (al->beads[b].nen == 0)) {
			*row = pl->bead_row[b];
			return 1;
		}
	}
	return 0;
}
