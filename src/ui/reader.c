/* reader: a meeting's German and English articles side by side, stacked, or one at a time. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/dates.h"
#include "tandem/rank.h"
#include "view.h"

/* The columns at the end of a pane's details for the marks of rows above and below, a blank before them. */
#define READER_MARKS_WIDTH 3

/* Text rows of each pane when stacked: two headers, the rule and the status line take the rest. */
static int
reader_stacked_rows(void)
{
	return (LINES - 2 * READER_HEADER_ROWS - 2) / 2;
}

/* How the panes share the screen, by the layout chosen and the terminal's size. */
static enum reader_arrangement
reader_arrangement(const struct ui *ui)
{
	int wide = COLS >= 2 * PANE_MIN_WIDTH + 3, rows = reader_stacked_rows();

	if (ui->reader.npanes < 2)
		return READER_ONE;
	switch (ui->layout) {
	case SETTINGS_LAYOUT_SIDE_BY_SIDE:
		return wide ? READER_SIDE_BY_SIDE : READER_ONE;
	case SETTINGS_LAYOUT_STACKED:
		return rows >= 2 ? READER_STACKED : READER_ONE;
	default:
		return wide ? READER_SIDE_BY_SIDE : rows >= PANE_MIN_STACKED_ROWS ? READER_STACKED : READER_ONE;
	}
}

/* German on top, English below, each full width after a column for the unmatched marks. */
static void
reader_stack(struct reader_geometry *g)
{
	g->shown[0] = g->shown[1] = 1;
	g->rows = reader_stacked_rows();
	g->x[0] = g->x[1] = 1;
	g->w[0] = g->w[1] = COLS - 1;
	g->hrule = READER_HEADER_ROWS + g->rows;
	g->y[1] = g->hrule + 1 + READER_HEADER_ROWS;
}

struct reader_geometry
reader_geometry(const struct ui *ui)
{
	struct reader_geometry g;
	int left = (COLS - 1) / 2;

	memset(&g, 0, sizeof g);
	g.arrangement = reader_arrangement(ui);
	g.rows = LINES - READER_HEADER_ROWS - 1 > 1 ? LINES - READER_HEADER_ROWS - 1 : 1;
	g.y[0] = g.y[1] = READER_HEADER_ROWS;
	g.rule = g.hrule = -1;
	if (g.arrangement == READER_STACKED) {
		reader_stack(&g);
	} else if (g.arrangement == READER_ONE) {
		g.shown[ui->reader.npanes == 1 ? 0 : ui->reader.focus] = 1;
		g.w[0] = g.w[1] = COLS;
	} else {
		g.shown[0] = g.shown[1] = 1;
		g.w[0] = left - 1;
		g.rule = left;
		g.x[1] = left + 2;
		g.w[1] = COLS - left - 2;
	}
	return g;
}

static const struct article *
reader_article(const struct ui *ui, int p)
{
	const struct pane *pane = &ui->reader.panes[p];

	return ui->corpus->articles[pane->articles[pane->shown]];
}

/*
 * The layout of pane p. Without UTF-8 a line grows when ä becomes ae, so
 * it is wrapped an eighth narrower and rarely loses its end to the rule.
 */
const struct layout *
reader_layout(struct ui *ui, int p, const struct reader_geometry *g)
{
	int width = ui->utf8 ? g->w[p] : g->w[p] - g->w[p] / 8;

	return layout_cache_get(&ui->reader.cache, reader_article(ui, p), width);
}

static const char *
reader_lang(enum lang lang)
{
	return lang == LANG_EN ? "EN" : lang == LANG_DE ? "DE" : "??";
}

/*
 * "DE · 20 Mar 2024 · BelTA", "EN 1/2 · 20 Mar · 100% aligned · BelTA" when
 * the pane has several articles: the source last, as it is what a cut loses.
 */
static char *
reader_meta(struct ui *ui, int p)
{
	const struct reader *r = &ui->reader;
	const struct pane *pane = &r->panes[p];
	const struct article *a = reader_article(ui, p);
	const struct date *d = a->date.month ? &a->date : &ui->corpus->meetings.list[r->meeting].date;
	char date[DATE_DISPLAY_MAX], count[48] = "", aligned[32] = "";
	const char *note = "";
	double coverage = p == 1 ? pair_coverage(ui) : -1;

	if (pane->narticles > 1)
		snprintf(count, sizeof count, " %zu/%zu", pane->shown + 1, pane->narticles);
	if (coverage >= 0)
		snprintf(aligned, sizeof aligned, " · %.0f%% aligned", coverage * 100);
	if (r->npanes == 1)
		note = a->lang == LANG_EN ? " · the corpus holds no German counterpart"
		    : " · the corpus holds no English counterpart";
	else if (reader_arrangement(ui) == READER_ONE)
		note = " · v: other pane";
	return xasprintf("%s%s · %s%s%s · %s", reader_lang(a->lang), count,
	    date_display(d, ui->settings->date_format, date), aligned, note, source_name(a->source));
}

/* Where pane p is: in aligned rows when the panes scroll together, else in its own lines. */
static struct reader_place
reader_place(struct ui *ui, const struct reader_geometry *g, int p)
{
	const struct layout *l;
	struct reader_place at;

	if (ui->sync && g->arrangement != READER_ONE && pair_place(ui, g, p, &at))
		return at;
	l = reader_layout(ui, p, g);
	at.top = layout_row_of(l, ui->reader.panes[p].pos);
	at.shown = (size_t)g->rows;
	at.total = l->nlines;
	return at;
}

/* The marks at the end of pane p's details, row y: ▲ for rows above the screen, ▼ below. */
static void
reader_draw_marks(struct ui *ui, int p, const struct reader_geometry *g, int y)
{
	struct reader_place at = reader_place(ui, g, p);
	int x = g->x[p] + g->w[p] - 2;

	if (at.top > 0)
		draw_str(ui, y, x, ui->utf8 ? "▲" : "^", 1);
	if (at.top + at.shown < at.total)
		draw_str(ui, y, x + 1, ui->utf8 ? "▼" : "v", 1);
}

static void
reader_draw_header(struct ui *ui, int p, const struct reader_geometry *g)
{
	const struct article *a = reader_article(ui, p);
	char *meta = reader_meta(ui, p);
	int focused = ui->reader.focus == p && g->arrangement != READER_ONE;
	int y = g->y[p] - READER_HEADER_ROWS;
	attr_t title = ui_attr(ui, SETTINGS_ROLE_title) | (focused ? A_REVERSE : 0);

	attron(title);
	draw_blank(y, g->x[p], g->w[p]);
	find_draw_title(ui, p, a->title != NULL ? a->title : a->name, y, g->x[p], g->w[p], title);
	attroff(title);
	attron(A_DIM);
	draw_cut(ui, y + 1, g->x[p], meta, g->w[p] - READER_MARKS_WIDTH);
	attroff(A_DIM);
	reader_draw_marks(ui, p, g, y + 1);
	free(meta);
}

static void
reader_draw_pane(struct ui *ui, int p, const struct reader_geometry *g)
{
	const struct layout *l = reader_layout(ui, p, g);
	size_t row = layout_row_of(l, ui->reader.panes[p].pos);
	int y;

	reader_draw_header(ui, p, g);
	for (y = 0; y < g->rows && row < l->nlines; y++, row++)
		find_draw_line(ui, p, l, row, g->y[p] + y, g->x[p], g->w[p]);
}

/* The rule between the panes: down the screen side by side, across it stacked. */
static void
reader_draw_rule(const struct ui *ui, const struct reader_geometry *g)
{
	int y;

	attron(ui_attr(ui, SETTINGS_ROLE_rule));
	if (g->hrule >= 0)
		mvhline(g->hrule, 0, ui->utf8 ? ACS_HLINE : '-', COLS);
	for (y = 0; g->rule >= 0 && y < LINES - 1; y++)
		mvaddch(y, g->rule, ui->utf8 ? ACS_VLINE : '|');
	attroff(ui_attr(ui, SETTINGS_ROLE_rule));
}

static void
reader_draw(struct ui *ui)
{
	struct reader_geometry g = reader_geometry(ui);
	int p, paired = ui->sync && g.arrangement != READER_ONE;

	for (p = 0; p < 2; p++)
		if (g.shown[p] && paired)
			reader_draw_header(ui, p, &g);
		else if (g.shown[p])
			reader_draw_pane(ui, p, &g);
	if (paired)
		pair_draw(ui, &g);
	reader_draw_rule(ui, &g);
}

/* "¶ 3/12 · 25% · focus DE · sync on": the paragraph on top, the share above the screen's end or END;
 * "sentence 3/7 of ¶ 4" for the paragraph while the sentence cursor is on in the focus pane. */
static char *
reader_status(struct ui *ui)
{
	struct reader_geometry g = reader_geometry(ui);
	struct reader *r = &ui->reader;
	const struct article *a = reader_article(ui, r->focus);
	struct reader_place at = reader_place(ui, &g, r->focus);
	char percent[8] = "END", panes[32], where[64];

	if (at.top + at.shown < at.total)
		snprintf(percent, sizeof percent, "%zu%%", (at.top + at.shown) * 100 / at.total);
	if (r->npanes < 2)
		snprintf(panes, sizeof panes, "%s", reader_lang(a->lang));
	else
		snprintf(panes, sizeof panes, "focus %s · sync %s", reader_lang(a->lang), ui->sync ? "on" : "off");
	if (cursor_status(ui, r->focus, where, sizeof where) == NULL)
		snprintf(where, sizeof where, "¶ %zu/%zu", a->nparagraphs > 0 ? r->panes[r->focus].pos.para + 1 : 0,
		    a->nparagraphs);
	return xasprintf("%s · %s · %s", where, percent, panes);
}

void
reader_scroll_pane(struct ui *ui, int p, long delta)
{
	struct reader_geometry g = reader_geometry(ui);
	const struct layout *l = reader_layout(ui, p, &g);
	struct pane *pane = &ui->reader.panes[p];
	long last = (long)l->nlines - g.rows, row;

	row = (long)layout_row_of(l, pane->pos) + delta;
	if (row > last)
		row = last;
	if (row < 0)
		row = 0;
	pane->pos = layout_pos_at(l, (size_t)row);
}

/* Moves the panes by delta display lines, as reader_scroll says. */
static void
reader_scroll_panes(struct ui *ui, long delta)
{
	struct reader_geometry g = reader_geometry(ui);

	if (ui->sync && g.arrangement != READER_ONE) {
		pair_scroll(ui, &g, delta);
		return;
	}
	reader_scroll_pane(ui, ui->reader.focus, delta);
	if (ui->sync)
		pair_follow(ui, ui->reader.focus);
}

/*
 * Side by side, synchronized panes scroll by aligned rows; otherwise the
 * focus pane scrolls alone, and when synchronized the other follows it.
 * When nothing moved, the status line says why.
 */
static void
reader_scroll(struct ui *ui, long delta)
{
	const struct pane *panes = ui->reader.panes;
	struct layout_pos was[2] = { panes[0].pos, panes[1].pos };

	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES)
		return;
	reader_scroll_panes(ui, delta);
	if (memcmp(&was[0], &panes[0].pos, sizeof was[0]) == 0 && memcmp(&was[1], &panes[1].pos, sizeof was[1]) == 0)
		ui_message(ui, delta > 0 ? "at the end" : "at the top");
}

long
reader_screen_row(struct ui *ui, const struct reader_geometry *g, int p, struct layout_pos pos)
{
	const struct layout *l;

	if (ui->sync && g->arrangement != READER_ONE)
		return pair_screen_row(ui, g, p, pos);
	l = reader_layout(ui, p, g);
	return (long)layout_row_of(l, pos) - (long)layout_row_of(l, ui->reader.panes[p].pos);
}

const struct layout *
reader_pane_layout(struct ui *ui, int p)
{
	struct reader_geometry g = reader_geometry(ui);

	return reader_layout(ui, p, &g);
}

void
reader_show_pos(struct ui *ui, int p, struct layout_pos pos)
{
	struct reader_geometry g = reader_geometry(ui);
	const struct layout *l = reader_layout(ui, p, &g);

	if (ui->sync && g.arrangement != READER_ONE) {
		pair_show(ui, &g, p, pos);
		return;
	}
	reader_scroll_pane(ui, p, (long)layout_row_of(l, pos) - (long)layout_row_of(l, ui->reader.panes[p].pos));
	if (ui->sync)
		pair_follow(ui, p);
}

/* Keeps the paragraph on top of each pane for the next run. */
static void
reader_remember(struct ui *ui)
{
	struct reader *r = &ui->reader;
	int p;

	for (p = 0; p < r->npanes; p++)
		state_set_position(&ui->state, reader_article(ui, p)->name, r->panes[p].pos.para);
}

/* Puts each pane at the paragraph it was left at; synchronized, the English
 * follows the German, and both at their start show the first aligned row. */
static void
reader_restore(struct ui *ui)
{
	struct reader *r = &ui->reader;
	int p;

	for (p = 0; p < r->npanes; p++) {
		const struct article *a = reader_article(ui, p);
		size_t para = state_position(&ui->state, a->name);

		r->panes[p].pos.para = para < a->nparagraphs ? para : 0;
		r->panes[p].pos.off = 0;
	}
	if (ui->sync)
		pair_follow(ui, 0);
}

static void
reader_next_english(struct ui *ui)
{
	struct pane *pane = &ui->reader.panes[ui->reader.npanes - 1];

	if (pane->narticles < 2) {
		ui_explain(ui, ACT_NEXT_ENGLISH, reader_article(ui, ui->reader.npanes - 1)->lang == LANG_EN
		    ? "this meeting has one English article" : "this meeting has no English article");
		return;
	}
	reader_remember(ui);
	pane->shown = (pane->shown + 1) % pane->narticles;
	reader_restore(ui);
}

static void
reader_toggle_sync(struct ui *ui)
{
	ui->sync = !ui->sync;
	if (ui->sync)
		pair_follow(ui, ui->reader.focus);
	ui_message(ui, ui->sync ? "The panes scroll together" : "The panes scroll each on its own; Tab moves the focus");
}

/* The next layout, auto, side by side, stacked; the paragraph on top stays there. */
static void
reader_cycle_layout(struct ui *ui)
{
	static const char *const names[] = {
		[SETTINGS_LAYOUT_AUTO] = "Layout: auto (side by side when wide enough, else stacked when high enough)",
		[SETTINGS_LAYOUT_SIDE_BY_SIDE] = "Layout: side by side (one pane at a time when narrow)",
		[SETTINGS_LAYOUT_STACKED] = "Layout: stacked, German above English",
	};

	ui->layout = (enum settings_layout)((ui->layout + 1) % ARRAY_SIZE(names));
	ui_message(ui, names[ui->layout]);
}

static void
reader_export_pair(struct ui *ui)
{
	if (ui->reader.npanes < 2) {
		ui_message(ui, "No pair to export: the meeting has one language");
		return;
	}
	prompt_export_pair(ui, reader_article(ui, 0), reader_article(ui, 1));
}

/* Puts the focus on pane p (Tab, v: the other one); with one pane, says why it stays. */
static void
reader_focus(struct ui *ui, enum action a, int p)
{
	if (ui->reader.npanes < 2) {
		ui_explain(ui, a, "this meeting has one language");
		return;
	}
	ui->reader.focus = p;
	cursor_refocus(ui);
}

static void
reader_act(struct ui *ui, enum action a)
{
	struct reader *r = &ui->reader;
	long page = reader_geometry(ui).rows;

	switch (a) {
	case ACT_MOVE_DOWN: reader_scroll(ui, 1); break;
	case ACT_MOVE_UP: reader_scroll(ui, -1); break;
	case ACT_HALF_DOWN: reader_scroll(ui, ui_half_page(page)); break;
	case ACT_HALF_UP: reader_scroll(ui, -ui_half_page(page)); break;
	case ACT_PAGE_DOWN: reader_scroll(ui, page > 2 ? page - 1 : 1); break;
	case ACT_PAGE_UP: reader_scroll(ui, page > 2 ? 1 - page : -1); break;
	case ACT_MOVE_FIRST: reader_scroll(ui, -(LONG_MAX / 2)); break;
	case ACT_MOVE_LAST: reader_scroll(ui, LONG_MAX / 2); break;
	case ACT_FOCUS:
	case ACT_SWITCH_PANE: reader_focus(ui, a, 1 - r->focus); break;
	case ACT_FOCUS_LEFT: reader_focus(ui, a, 0); break;
	case ACT_FOCUS_RIGHT: reader_focus(ui, a, 1); break;
	case ACT_CYCLE_LAYOUT: reader_cycle_layout(ui); break;
	case ACT_NEXT_ENGLISH: reader_next_english(ui); break;
	case ACT_EXPORT: prompt_export(ui, reader_article(ui, r->focus)); break;
	case ACT_EXPORT_PAIR: reader_export_pair(ui); break;
	case ACT_TOGGLE_SYNC: reader_toggle_sync(ui); break;
	case ACT_NEXT_UNMATCHED: pair_jump_unmatched(ui, 1); break;
	case ACT_PREV_UNMATCHED: pair_jump_unmatched(ui, -1); break;
	case ACT_SEARCH: prompt_search(ui, PROMPT_SEARCH); break;
	case ACT_SEARCH_BACK: prompt_search(ui, PROMPT_SEARCH_BACK); break;
	case ACT_SEARCH_NEXT: find_next(ui, 1); break;
	case ACT_SEARCH_PREV: find_next(ui, -1); break;
	case ACT_NEXT_SENTENCE: cursor_move(ui, 1); break;
	case ACT_PREV_SENTENCE: cursor_move(ui, -1); break;
	case ACT_LOOKUP: lookup_open(ui); break;
	case ACT_CLEAR:	/* the sentence lit, else the search; never the list's counterpart */
		if (!cursor_clear(ui))
			find_clear_query(ui);
		break;
	case ACT_BACK: reader_close(ui); ui_show(ui, &list_view); break;
	default: break;
	}
}

/* The pane at row y, column x: the one beyond the rule is English. */
static int
reader_pane_at(const struct ui *ui, const struct reader_geometry *g, int y, int x)
{
	if (g->arrangement == READER_SIDE_BY_SIDE)
		return x > g->rule;
	if (g->arrangement == READER_STACKED)
		return y > g->hrule;
	return ui->reader.npanes == 1 ? 0 : ui->reader.focus;
}

/* The wheel scrolls the pane under the pointer (both when synchronized); a click focuses it. */
static void
reader_mouse(struct ui *ui, int y, int x, int wheel)
{
	struct reader_geometry g = reader_geometry(ui);
	int p = reader_pane_at(ui, &g, y, x);

	if (wheel == 0 && ui->reader.npanes == 2) {
		ui->reader.focus = p;
		cursor_refocus(ui);
	} else if (wheel == 0)
		ui->reader.focus = p;
	else if (ui->sync || g.arrangement == READER_ONE)
		reader_scroll(ui, wheel * 3L);
	else
		reader_scroll_pane(ui, p, wheel * 3L);
}

/* Splits meeting m's articles: German (and unknown) left, English right. */
static void
reader_fill_panes(struct ui *ui, const struct meeting *m)
{
	struct reader *r = &ui->reader;
	size_t i;

	for (i = 0; i < 2; i++)
		r->panes[i].articles = xcalloc(m->narticles, sizeof(size_t));
	for (i = 0; i < m->narticles; i++) {
		int p = ui->corpus->articles[m->articles[i]]->lang == LANG_EN;

		r->panes[p].articles[r->panes[p].narticles++] = m->articles[i];
	}
	r->npanes = 2;
	if (r->panes[0].narticles == 0) {
		free(r->panes[0].articles);
		r->panes[0] = r->panes[1];
		memset(&r->panes[1], 0, sizeof r->panes[1]);
	}
	if (r->panes[1].narticles == 0)
		r->npanes = 1;
}

void
reader_open(struct ui *ui, size_t m)
{
	char *note = NULL, *unread = NULL;
	size_t i;

	reader_close(ui);
	/* The text first: ranking then finds it read and keeps it. */
	for (i = 0; i < ui->corpus->meetings.list[m].narticles; i++) {
		char *cause = NULL;

		if (corpus_text(ui->corpus, ui->corpus->articles[ui->corpus->meetings.list[m].articles[i]], &cause) < 0 &&
		    unread == NULL)
			unread = cause;
		else
			free(cause);
	}
	meeting_rank(ui->corpus, m, &note, NULL);
	if (note == NULL)
		note = unread, unread = NULL;
	free(unread);
	if (note != NULL)
		ui_message(ui, note);
	free(note);
	ui->reader.meeting = m;
	layout_cache_init(&ui->reader.cache);
	reader_fill_panes(ui, &ui->corpus->meetings.list[m]);
	reader_restore(ui);
	state_set_meeting(&ui->state, ui->corpus->articles[ui->corpus->meetings.list[m].articles[0]]->name);
	ui_show(ui, &reader_view);
}

void
reader_close(struct ui *ui)
{
	struct reader *r = &ui->reader;

	if (r->panes[0].articles != NULL)
		reader_remember(ui);
	free(r->panes[0].articles);
	free(r->panes[1].articles);
	free(r->matches[0]);
	free(r->matches[1]);
	pair_free(&r->pair);
	cursor_free(&r->cursor);
	lookup_free(&r->lookup);
	layout_cache_free(&r->cache);
	memset(r, 0, sizeof *r);
}

const struct view_ops reader_view = {
	.name = "reader", .draw = reader_draw, .act = reader_act, .mouse = reader_mouse,
	.status = reader_status, .back = "back",
};
