/*
 * cursor: the reader's sentence cursor. ) and ( light the next or previous
 * sentence of the focus pane, and its counterpart, by the sentence
 * alignment, in the other pane; the panes scroll to keep both in view.
 *
 * The pair's sentences are cut and aligned on the first ) or ( and kept
 * until the articles shown change: a key costs the same in a long article.
 * Aligning stops when a key comes, as the list's ranking does, and the
 * next ) starts it again. Scrolling leaves the lit sentence where it is;
 * once it is off screen, ) and ( start again from the top of the pane.
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "view.h"

static size_t
cursor_article(const struct reader *r, int p)
{
	return r->panes[p].articles[r->panes[p].shown];
}

void
cursor_free(struct cursor *c)
{
	int s;

	if (c->ready)
		align_free(&c->al);
	for (s = 0; s < 2; s++) {
		free(c->s[s]);
		free(c->bead_of[s]);
	}
	free(c->terms);
	memset(c, 0, sizeof(*c));
}

/* 1 when the sentences are those of the articles shown. */
static int
cursor_current(const struct ui *ui)
{
	const struct reader *r = &ui->reader;
	const struct cursor *c = &r->cursor;

	return c->ready && r->npanes == 2 && c->article[0] == cursor_article(r, 0) &&
	    c->article[1] == cursor_article(r, 1);
}

/* The bead of every sentence of each side, so that a key finds its counterpart at once. */
static void
cursor_index(struct cursor *c)
{
	size_t b, k;

	c->bead_of[0] = xcalloc(c->n[0] + 1, sizeof(size_t));
	c->bead_of[1] = xcalloc(c->n[1] + 1, sizeof(size_t));
	for (b = 0; b < c->al.nbeads; b++) {
		const struct bead *bd = &c->al.beads[b];

		for (k = 0; k < bd->nde; k++)
			c->bead_of[0][bd->de + k] = b;
		for (k = 0; k < bd->nen; k++)
			c->bead_of[1][bd->en + k] = b;
	}
}

/* How long the sentences' alignment works before a key may stop it: a
 * reader who types )) fast wants the second sentence, not the first's few
 * milliseconds of work undone; a long pair still yields to a key at once
 * after it. */
#define GRACE_NS 40000000L

/* A stop that asks only once GRACE_NS has passed since *arg (the start). */
static int
key_after_grace(void *arg)
{
	const struct timespec *start = arg;
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((now.tv_sec - start->tv_sec) * 1000000000L + (now.tv_nsec - start->tv_nsec) < GRACE_NS)
		return 0;
	return ui_input_waiting(NULL);
}

/* Cuts and aligns the sentences of the pair shown unless done; 0, or -1 with a message. */
static int
cursor_prepare(struct ui *ui)
{
	struct reader *r = &ui->reader;
	struct cursor *c = &r->cursor;
	struct timespec start;
	const struct stop stop = { key_after_grace, &start };
	const struct article *a[2];
	char *note = NULL;
	int s;

	if (cursor_current(ui))
		return 0;
	cursor_free(c);
	if (pair_alignment(ui) == NULL)	/* it loads the dictionary, and tells its note */
		return -1;
	for (s = 0; s < 2; s++) {
		c->article[s] = cursor_article(r, s);
		a[s] = ui->corpus->articles[c->article[s]];
		c->n[s] = sentence_article(a[s], &c->s[s]);
	}
	clock_gettime(CLOCK_MONOTONIC, &start);
	if (sentence_align(a[0], c->s[0], c->n[0], a[1], c->s[1], c->n[1], &c->al, &note, &stop) < 0) {
		free(note);
		cursor_free(c);
		ui_message(ui, "Aligning the sentences stopped at a key; ) or ( starts it again");
		return -1;
	}
	free(note);	/* the paragraphs' alignment told it already */
	c->ready = 1;
	cursor_index(c);
	return 0;
}

/* The first sentence of pane p that ends below pos: the one on top. */
static size_t
cursor_first_after(const struct cursor *c, int p, struct layout_pos pos)
{
	size_t lo = 0, hi = c->n[p];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct sentence *s = &c->s[p][mid];

		if (s->paragraph < pos.para || (s->paragraph == pos.para && s->end <= pos.off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->n[p] ? lo : c->n[p] - 1;
}

static struct layout_pos
cursor_start_of(const struct sentence *s)
{
	struct layout_pos pos = { s->paragraph, s->start };

	return pos;
}

/* The position of the last character of s. */
static struct layout_pos
cursor_end_of(const struct sentence *s)
{
	struct layout_pos pos = { s->paragraph, s->end > s->start ? s->end - 1 : s->start };

	return pos;
}

/* 1 when the first line of the lit sentence is on screen. */
static int
cursor_on_screen(struct ui *ui)
{
	const struct cursor *c = &ui->reader.cursor;
	struct reader_geometry g = reader_geometry(ui);
	long row = reader_screen_row(ui, &g, c->side, cursor_start_of(&c->s[c->side][c->at]));

	return row >= 0 && row < g.rows;
}

static void
cursor_light(struct ui *ui, int side, size_t at)
{
	struct cursor *c = &ui->reader.cursor;

	c->on = 1;
	c->side = side;
	c->at = at;
	cursor_set_terms(ui, NULL, 0);
}

void
cursor_set_terms(struct ui *ui, struct cursor_term *terms, size_t n)
{
	struct cursor *c = &ui->reader.cursor;

	free(c->terms);
	c->terms = terms;
	c->nterms = n;
}

void
cursor_move(struct ui *ui, int dir)
{
	struct reader *r = &ui->reader;
	struct cursor *c = &r->cursor;
	int p = r->focus;

	if (r->npanes < 2) {
		ui_explain(ui, dir > 0 ? ACT_NEXT_SENTENCE : ACT_PREV_SENTENCE, "this meeting has one language");
		return;
	}
	if (cursor_prepare(ui) < 0)
		return;
	if (c->n[p] == 0) {
		ui_message(ui, "This article has no sentences");
		return;
	}
	if (!c->on || c->side != p || !cursor_on_screen(ui))
		cursor_light(ui, p, cursor_first_after(c, p, r->panes[p].pos));
	else if (dir > 0 ? c->at + 1 >= c->n[p] : c->at == 0)
		ui_message(ui, dir > 0 ? "at the last sentence" : "at the first sentence");
	else
		cursor_light(ui, p, c->at + (dir > 0 ? 1 : (size_t)-1));
	cursor_reveal(ui);
}

const struct sentence *
cursor_sentence(struct ui *ui, int *side)
{
	struct cursor *c = &ui->reader.cursor;

	if (!c->on || !cursor_current(ui))
		return NULL;
	*side = c->side;
	return &c->s[c->side][c->at];
}

size_t
cursor_counterpart(struct ui *ui, size_t *first)
{
	struct cursor *c = &ui->reader.cursor;
	const struct bead *b;

	if (!c->on || !cursor_current(ui))
		return 0;
	b = &c->al.beads[c->bead_of[c->side][c->at]];
	*first = c->side == 0 ? b->en : b->de;
	return c->side == 0 ? b->nen : b->nde;
}

void
cursor_refocus(struct ui *ui)
{
	struct reader *r = &ui->reader;
	struct cursor *c = &r->cursor;
	size_t first;
	int p = r->focus;

	if (!c->on || c->side == p || !cursor_current(ui))
		return;
	if (cursor_counterpart(ui, &first) > 0)
		cursor_light(ui, p, first);
	else if (c->n[p] > 0)	/* a sentence alone: the focus pane's top one */
		cursor_light(ui, p, cursor_first_after(c, p, r->panes[p].pos));
	else
		cursor_clear(ui);
}

int
cursor_clear(struct ui *ui)
{
	struct cursor *c = &ui->reader.cursor;
	int was = c->on;

	c->on = 0;
	cursor_set_terms(ui, NULL, 0);
	return was;
}

const char *
cursor_status(struct ui *ui, int p, char *buf, size_t n)
{
	const struct cursor *c = &ui->reader.cursor;
	const struct sentence *s;
	size_t k, total;
	int side;

	if ((s = cursor_sentence(ui, &side)) == NULL || side != p)
		return NULL;
	for (k = c->at + 1; k < c->n[p] && c->s[p][k].paragraph == s->paragraph; k++)
		;
	total = s->number + (k - c->at);
	snprintf(buf, n, "sentence %zu/%zu of ¶ %zu", s->number + 1, total, s->paragraph + 1);
	return buf;
}

/* The sentences lit in pane p, from *from to *to (its end, exclusive); 0 when none. */
static int
cursor_lit(struct ui *ui, int p, struct layout_pos *from, struct layout_pos *to)
{
	struct cursor *c = &ui->reader.cursor;
	size_t first = c->at, count = 1;

	if (!c->on || !cursor_current(ui))
		return 0;
	if (p != c->side && (count = cursor_counterpart(ui, &first)) == 0)
		return 0;
	*from = cursor_start_of(&c->s[p][first]);
	to->para = c->s[p][first + count - 1].paragraph;
	to->off = c->s[p][first + count - 1].end;
	return 1;
}

static int
cursor_before(size_t para, size_t off, struct layout_pos pos)
{
	return para < pos.para || (para == pos.para && off < pos.off);
}

attr_t
cursor_attr(struct ui *ui, int p, size_t para, size_t off, size_t *until)
{
	const struct cursor *c = &ui->reader.cursor;
	struct layout_pos from, to;
	size_t k;

	*until = SIZE_MAX;
	if (para == SEARCH_TITLE || !cursor_lit(ui, p, &from, &to))
		return A_NORMAL;
	if (cursor_before(para, off, from)) {
		if (para == from.para)
			*until = from.off;
		return A_NORMAL;
	}
	if (!cursor_before(para, off, to))
		return A_NORMAL;
	if (para == to.para)
		*until = to.off;
	for (k = 0; p != c->side && k < c->nterms; k++) {
		const struct cursor_term *t = &c->terms[k];

		if (t->para != para || t->off + t->len <= off)
			continue;
		if (t->off <= off) {
			*until = t->off + t->len;
			return ui_attr(ui, SETTINGS_ROLE_term);
		}
		if (t->off < *until)
			*until = t->off;
	}
	return ui_attr(ui, SETTINGS_ROLE_sentence);
}

/* How far to scroll a screen of rows so that rows lo..hi show, lo first when they cannot all. */
static long
cursor_delta(long lo, long hi, long rows)
{
	if (lo < 0)
		return lo;
	if (hi >= rows)
		return hi - rows + 1 < lo ? hi - rows + 1 : lo;
	return 0;
}

/* The rows of the sentences first..first+count-1 of pane p: *lo and *hi widened to hold them. */
static void
cursor_rows(struct ui *ui, const struct reader_geometry *g, int p, size_t first, size_t count, long *lo, long *hi)
{
	const struct cursor *c = &ui->reader.cursor;
	long a, b;

	if (count == 0)
		return;
	a = reader_screen_row(ui, g, p, cursor_start_of(&c->s[p][first]));
	b = reader_screen_row(ui, g, p, cursor_end_of(&c->s[p][first + count - 1]));
	if (a < *lo)
		*lo = a;
	if (b > *hi)
		*hi = b;
}

/*
 * Synchronized panes scroll by aligned rows, one scroll for both. Stacked,
 * each shows its own lines from the top row's bead, which a row moves by
 * one line or none: a few more steps catch up with the longer side.
 */
static void
cursor_reveal_pair(struct ui *ui, const struct reader_geometry *g, size_t first, size_t count)
{
	const struct cursor *c = &ui->reader.cursor;
	long lo, hi, delta;
	int step;

	for (step = 0; step < 4; step++) {
		lo = LONG_MAX;
		hi = LONG_MIN;
		cursor_rows(ui, g, c->side, c->at, 1, &lo, &hi);
		cursor_rows(ui, g, 1 - c->side, first, count, &lo, &hi);
		if ((delta = cursor_delta(lo, hi, g->rows)) == 0)
			return;
		pair_scroll(ui, g, delta);
	}
}

void
cursor_reveal(struct ui *ui)
{
	struct cursor *c = &ui->reader.cursor;
	struct reader_geometry g = reader_geometry(ui);
	size_t first = 0, count = cursor_counterpart(ui, &first);
	long lo[2] = { LONG_MAX, LONG_MAX }, hi[2] = { LONG_MIN, LONG_MIN };
	int p = c->side, o = 1 - p;

	if (!c->on || !cursor_current(ui))
		return;
	if (ui->sync && g.arrangement != READER_ONE) {
		cursor_reveal_pair(ui, &g, first, count);
		return;
	}
	cursor_rows(ui, &g, p, c->at, 1, &lo[p], &hi[p]);
	reader_scroll_pane(ui, p, cursor_delta(lo[p], hi[p], g.rows));
	if (ui->sync)
		pair_follow(ui, p);
	cursor_rows(ui, &g, o, first, count, &lo[o], &hi[o]);
	if (count > 0)
		reader_scroll_pane(ui, o, cursor_delta(lo[o], hi[o], g.rows));
}
