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
		struct layout_line line = { p, wl[i].off, wl[i].len, wl[i].width, 0 };
		lines_add(la, line);
	}
	free(wl);
	if (p + 1 < a->nparagraphs) {
		struct layout_line blank = { p, para->len + 1, 0, 0, 1 };
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
