/*
 * pair: the reader's German and English article aligned row by row, the
 * panes scrolled together, and the paragraphs without a counterpart.
 *
 * The alignment is computed when the articles shown change, the rows
 * (layout.h's pair layout) when a pane's width changes; never per key.
 * Synchronized, the top row follows one pane's reading position (the
 * anchor, German when it has a line there), so a resize keeps it. Stacked,
 * each pane shows its own lines on from the bead of the top row.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view.h"

static const char no_counterpart[] = "(no counterpart)";

static size_t
pair_article(const struct reader *r, int p)
{
	return r->panes[p].articles[r->panes[p].shown];
}

void
pair_free(struct pair *pr)
{
	if (pr->aligned)
		align_free(&pr->al);
	if (pr->width[0] != 0)
		layout_pair_free(&pr->rows);
	memset(pr, 0, sizeof(*pr));
}

const struct alignment *
pair_alignment(struct ui *ui)
{
	struct reader *r = &ui->reader;
	struct pair *pr = &r->pair;
	size_t de, en;
	char *note = NULL;
	int anchor = pr->anchor;

	if (r->npanes < 2)
		return NULL;
	de = pair_article(r, 0);
	en = pair_article(r, 1);
	if (pr->aligned && pr->article[0] == de && pr->article[1] == en)
		return &pr->al;
	pair_free(pr);
	pr->anchor = anchor;
	align_articles(ui->corpus->articles[de], ui->corpus->articles[en], &pr->al, &note, NULL);
	pr->aligned = 1;
	pr->article[0] = de;
	pr->article[1] = en;
	if (note != NULL)
		ui_message(ui, note);
	else if (align_limit_note(&pr->al) != NULL)
		ui_message(ui, align_limit_note(&pr->al));
	free(note);
	return &pr->al;
}

const struct pair_layout *
pair_rows(struct ui *ui, const struct reader_geometry *g, const struct layout *side[2])
{
	struct pair *pr = &ui->reader.pair;
	const struct alignment *al = pair_alignment(ui);

	if (al == NULL)
		return NULL;
	side[0] = reader_layout(ui, 0, g);
	side[1] = reader_layout(ui, 1, g);
	if (pr->width[0] == side[0]->width && pr->width[1] == side[1]->width)
		return &pr->rows;
	if (pr->width[0] != 0)
		layout_pair_free(&pr->rows);
	layout_pair_build(&pr->rows, side, al);
	pr->width[0] = side[0]->width;
	pr->width[1] = side[1]->width;
	return &pr->rows;
}

double
pair_coverage(struct ui *ui)
{
	const struct alignment *al = pair_alignment(ui);

	if (al == NULL)
		return -1;
	return align_coverage(al, ui->corpus->articles[pair_article(&ui->reader, 0)]);
}

/* The row on top: the one showing the anchor pane's position. */
static size_t
pair_top(const struct ui *ui, const struct pair_layout *pl, const struct layout *side[2])
{
	int a = ui->reader.pair.anchor;

	return layout_pair_row(pl, side[a], a, ui->reader.panes[a].pos);
}

/* The position of side s at row: its line there, else its last line above (filler shows nothing). */
static struct layout_pos
pair_pos_at(const struct pair_layout *pl, const struct layout *side, int s, size_t row)
{
	while (row > 0 && pl->rows[row].line[s] == PAIR_FILLER)
		row--;
	return layout_pos_at(side, pl->rows[row].line[s] == PAIR_FILLER ? 0 : pl->rows[row].line[s]);
}

/* Puts row on top: both panes' positions, the anchor German when it has a line there. */
static void
pair_set_top(struct ui *ui, const struct pair_layout *pl, const struct layout *side[2], size_t row)
{
	struct reader *r = &ui->reader;
	int s;

	if (row >= pl->nrows)
		return;
	r->pair.anchor = pl->rows[row].line[0] != PAIR_FILLER ? 0 : 1;
	for (s = 0; s < 2; s++)
		r->panes[s].pos = pair_pos_at(pl, side[s], s, row);
}

void
pair_scroll(struct ui *ui, const struct reader_geometry *g, long delta)
{
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, g, side);
	long top, last, row;

	if (pl == NULL)
		return;
	top = (long)pair_top(ui, pl, side);
	last = (long)pl->nrows - g->rows;
	row = top + delta;
	if (row > last)
		row = top > last ? top : last;	/* past the last page after a jump: down stays */
	pair_set_top(ui, pl, side, row > 0 ? (size_t)row : 0);
}

void
pair_show(struct ui *ui, const struct reader_geometry *g, int p, struct layout_pos pos)
{
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, g, side);
	long row, last;

	if (pl == NULL || pl->nrows == 0)
		return;
	row = (long)layout_pair_row(pl, side[p], p, pos);
	last = (long)pl->nrows - g->rows;
	pair_set_top(ui, pl, side, (size_t)(row < last ? row : last > 0 ? last : 0));
}

void
pair_follow(struct ui *ui, int p)
{
	struct reader *r = &ui->reader;
	struct reader_geometry g = reader_geometry(ui);
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, &g, side);
	size_t row;

	if (pl == NULL || pl->nrows == 0)
		return;
	if (layout_row_of(side[p], r->panes[p].pos) == 0) {
		pair_set_top(ui, pl, side, 0);	/* from the start: what the other side has first too */
		return;
	}
	row = layout_pair_row(pl, side[p], p, r->panes[p].pos);
	r->panes[1 - p].pos = pair_pos_at(pl, side[1 - p], 1 - p, row);
	r->pair.anchor = p;
}

/* 1 when the bead of row has one side only. */
static int
pair_alone(const struct ui *ui, const struct pair_layout *pl, size_t row)
{
	const struct bead *b = &ui->reader.pair.al.beads[pl->rows[row].bead];

	return (b->nde == 0) != (b->nen == 0);
}

/* Draws a line of side s at screen row y, marked in the gutter when its paragraph has no counterpart. */
static void
pair_draw_line(struct ui *ui, const struct reader_geometry *g, const struct pair_layout *pl,
    const struct layout *side, int s, size_t line, int y)
{
	int gutter = g->rule < 0 ? g->x[s] - 1 : s == 0 ? g->rule - 1 : g->rule + 1;
	attr_t attr = ui_attr(ui, SETTINGS_ROLE_unmatched);

	find_draw_line(ui, s, side, line, y, g->x[s], g->w[s]);
	if (!pair_alone(ui, pl, pl->row_of[s][line]) || side->lines[line].blank)
		return;
	attron(attr);
	draw_str(ui, y, gutter, ui->utf8 ? "▌" : "+", 1);
	attroff(attr);
}

/* Says "(no counterpart)" at screen row y of side s. */
static void
pair_draw_none(struct ui *ui, const struct reader_geometry *g, int s, int y)
{
	attr_t attr = ui_attr(ui, SETTINGS_ROLE_unmatched);

	attron(attr);
	draw_str(ui, y, g->x[s], no_counterpart, g->w[s]);
	attroff(attr);
}

/* Side s of row at screen row y, side by side: its line or filler. */
static void
pair_draw_side(struct ui *ui, const struct reader_geometry *g, const struct pair_layout *pl,
    const struct layout *side, int s, size_t row, int y)
{
	size_t line = pl->rows[row].line[s];

	if (line != PAIR_FILLER)
		pair_draw_line(ui, g, pl, side, s, line, y);
	else if (pair_alone(ui, pl, row) && (row == pl->bead_row[pl->rows[row].bead] || y == g->y[s]))
		pair_draw_none(ui, g, s, y);
}

/* The first line of side s on a row below row (side->nlines when none); row_of[s] grows with the line. */
static size_t
pair_line_below(const struct pair_layout *pl, const struct layout *side, int s, size_t row)
{
	size_t lo = 0, hi = side->nlines;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (pl->row_of[s][mid] <= row)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* 1 when the bead of row has no paragraph on side s. */
static int
pair_lacks(const struct ui *ui, const struct pair_layout *pl, size_t row, int s)
{
	const struct bead *b = &ui->reader.pair.al.beads[pl->rows[row].bead];

	return (s == 0 ? b->nde : b->nen) == 0;
}

/*
 * The line stacked pane s starts with when row is on top: side s's line
 * there; past the end of its side of the bead, the bead's last line; when
 * the bead has nothing on side s, the next line below.
 */
static size_t
pair_stacked_line(const struct ui *ui, const struct pair_layout *pl, const struct layout *side, int s, size_t row)
{
	size_t below;

	if (pl->rows[row].line[s] != PAIR_FILLER)
		return pl->rows[row].line[s];
	below = pair_line_below(pl, side, s, row);
	return pair_lacks(ui, pl, row, s) || below == 0 ? below : below - 1;
}

/* Stacked pane s from the bead of row on: "(no counterpart)" first when it has nothing on side s. */
static void
pair_draw_stacked(struct ui *ui, const struct reader_geometry *g, const struct pair_layout *pl,
    const struct layout *side, int s, size_t row)
{
	size_t line = pair_stacked_line(ui, pl, side, s, row);
	int y = 0;

	if (pair_lacks(ui, pl, row, s))
		pair_draw_none(ui, g, s, g->y[s] + y++);
	for (; y < g->rows && line < side->nlines; y++, line++)
		pair_draw_line(ui, g, pl, side, s, line, g->y[s] + y);
}

int
pair_place(struct ui *ui, const struct reader_geometry *g, int p, struct reader_place *at)
{
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, g, side);
	size_t row;

	if (pl == NULL || pl->nrows == 0)
		return 0;
	row = pair_top(ui, pl, side);
	at->shown = (size_t)g->rows;
	if (g->arrangement != READER_STACKED) {
		at->top = row;
		at->total = pl->nrows;
		return 1;
	}
	at->top = pair_stacked_line(ui, pl, side[p], p, row);
	at->total = side[p]->nlines;
	if (pair_lacks(ui, pl, row, p) && at->shown > 0)
		at->shown--;	/* the row saying "(no counterpart)" */
	return 1;
}

long
pair_screen_row(struct ui *ui, const struct reader_geometry *g, int p, struct layout_pos pos)
{
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, g, side);
	size_t top;

	if (pl == NULL || pl->nrows == 0)
		return 0;
	top = pair_top(ui, pl, side);
	if (g->arrangement != READER_STACKED)
		return (long)layout_pair_row(pl, side[p], p, pos) - (long)top;
	return (long)layout_row_of(side[p], pos) - (long)pair_stacked_line(ui, pl, side[p], p, top) +
	    pair_lacks(ui, pl, top, p);	/* below "(no counterpart)" */
}

void
pair_draw(struct ui *ui, const struct reader_geometry *g)
{
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, g, side);
	size_t row;
	int y, s;

	if (pl == NULL || pl->nrows == 0)
		return;
	row = pair_top(ui, pl, side);
	if (g->arrangement == READER_STACKED) {
		for (s = 0; s < 2; s++)
			pair_draw_stacked(ui, g, pl, side[s], s, row);
		return;
	}
	for (y = 0; y < g->rows && row < pl->nrows; y++, row++)
		for (s = 0; s < 2; s++)
			pair_draw_side(ui, g, pl, side[s], s, row, g->y[s] + y);
}

/* Says which paragraph the jump went to: "unmatched: English 2". */
static void
pair_tell(struct ui *ui, const struct bead *b)
{
	char numbers[64], *msg;

	if (b->nde > 0)
		align_numbers(b->de, b->nde, numbers, sizeof(numbers));
	else
		align_numbers(b->en, b->nen, numbers, sizeof(numbers));
	msg = xasprintf("unmatched: %s %s", b->nde > 0 ? "German" : "English", numbers);
	ui_message(ui, msg);
	free(msg);
}

void
pair_jump_unmatched(struct ui *ui, int dir)
{
	struct reader *r = &ui->reader;
	struct reader_geometry g = reader_geometry(ui);
	const struct layout *side[2];
	const struct pair_layout *pl = pair_rows(ui, &g, side);
	const struct bead *b;
	size_t row;

	if (pl == NULL || pl->nrows == 0) {
		ui_message(ui, "No counterpart to align with");
		return;
	}
	if (ui->sync && g.arrangement != READER_ONE)
		row = pair_top(ui, pl, side);
	else
		row = layout_pair_row(pl, side[r->focus], r->focus, r->panes[r->focus].pos);
	if (!layout_pair_unmatched(pl, &r->pair.al, &row, dir)) {
		ui_message(ui, "no more unmatched paragraphs");
		return;
	}
	b = &r->pair.al.beads[pl->rows[row].bead];
	pair_set_top(ui, pl, side, row);	/* on top even on the last page, so that ] goes on from it */
	if (g.arrangement == READER_ONE)
		r->focus = b->nde > 0 ? 0 : 1;
	pair_tell(ui, b);
}
