/* list: the meetings, one a row: date, counterpart, title, alignment, languages. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "tandem/dates.h"
#include "tandem/rank.h"
#include "tandem/visits.h"
#include "view.h"

size_t
list_count(const struct ui *ui)
{
	return ui->filtered != NULL ? ui->nfiltered : ui->corpus->meetings.n;
}

size_t
list_meeting(const struct ui *ui, size_t i)
{
	return ui->filtered != NULL ? ui->filtered[i] : i;
}

/* The s of a plural: "1 meeting", "3 meetings". */
static const char *
list_plural(size_t n)
{
	return n == 1 ? "" : "s";
}

char *
list_counts(const struct corpus *c)
{
	return xasprintf("%zu meeting%s, %zu article%s, %zu skipped, %zu repaired", c->meetings.n,
	    list_plural(c->meetings.n), c->narticles, list_plural(c->narticles), c->skipped, c->repaired);
}

/* "! shows why" after the counts of files with problems; "! shows 3 problems" when the
 * settings have some too, which the counts do not say; short: "! why", "! 3 problems";
 * "" without problems. Caller frees. */
static char *
list_problems_hint(const struct ui *ui, int shorter)
{
	size_t n = ui->corpus->nwarnings + ui->settings->nwarnings;
	const char *key = keys_hint(&list_view, ACT_PROBLEMS);

	if (n == 0)
		return xstrdup("");
	if (ui->settings->nwarnings == 0)
		return xasprintf("%s %s", key, shorter ? "why" : "shows why");
	return xasprintf("%s %s%zu problem%s", key, shorter ? "" : "shows ", n, list_plural(n));
}

/* The counts of the list's status line, in the order they are left out when it is narrow:
 * a count of no problems says least, the articles and the meetings (1/1204 says how many)
 * next, the files with problems, which ! explains, last. */
enum list_count { COUNT_NO_SKIPPED, COUNT_NO_REPAIRED, COUNT_ARTICLES, COUNT_MEETINGS,
	COUNT_SKIPPED, COUNT_REPAIRED, NCOUNTS };

/* The counts of c left of the status line, the first drop (of NCOUNTS) left out; "" for none. */
static char *
list_counts_kept(const struct corpus *c, int drop)
{
	struct buf b = { 0 };
	int kept[NCOUNTS], i;
	static const int order[NCOUNTS] = { COUNT_MEETINGS, COUNT_ARTICLES, COUNT_SKIPPED,
		COUNT_NO_SKIPPED, COUNT_REPAIRED, COUNT_NO_REPAIRED };

	for (i = 0; i < NCOUNTS; i++)
		kept[i] = i >= drop;
	kept[c->skipped > 0 ? COUNT_NO_SKIPPED : COUNT_SKIPPED] = 0;
	kept[c->repaired > 0 ? COUNT_NO_REPAIRED : COUNT_REPAIRED] = 0;
	for (i = 0; i < NCOUNTS; i++) {
		if (!kept[order[i]])
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		switch (order[i]) {
		case COUNT_MEETINGS: buf_printf(&b, "%zu meeting%s", c->meetings.n, list_plural(c->meetings.n)); break;
		case COUNT_ARTICLES: buf_printf(&b, "%zu article%s", c->narticles, list_plural(c->narticles)); break;
		case COUNT_SKIPPED: case COUNT_NO_SKIPPED: buf_printf(&b, "%zu skipped", c->skipped); break;
		default: buf_printf(&b, "%zu repaired", c->repaired); break;
		}
	}
	return buf_detach(&b, NULL);
}

/* The parts that are not "" joined by " · "; caller frees. */
static char *
list_join(const char *const part[], size_t n)
{
	struct buf b = { 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		if (part[i][0] == '\0')
			continue;
		if (b.len > 0)
			buf_adds(&b, " · ");
		buf_adds(&b, part[i]);
	}
	return buf_detach(&b, NULL);
}

/* The status line's position, the counts but the first drop and the problems hint. */
static char *
list_status_form(struct ui *ui, const char *at, int drop, int shorter)
{
	char *counts = list_counts_kept(ui->corpus, drop), *hint = list_problems_hint(ui, shorter);
	const char *const part[] = { at, counts, hint };
	char *line = list_join(part, ARRAY_SIZE(part));

	free(counts);
	free(hint);
	return line;
}

/* "57/1204 · 1204 meetings, … · ! shows why", the counts left out one by one, then the hint
 * shortened, until it fits the screen; the position and the hint stay. Caller frees. */
static char *
list_status_counts(struct ui *ui, const char *at)
{
	char *line;
	int drop;

	for (drop = 0; drop <= NCOUNTS; drop++) {
		line = list_status_form(ui, at, drop, 0);
		if (draw_fits(ui, line, COLS))
			return line;
		free(line);
	}
	return list_status_form(ui, at, NCOUNTS, 1);
}

/* "2/5 · 5 of 1204 meetings match: minsk · Esc shows all"; narrow, "2/5 · match: minsk · Esc
 * shows all", then "2/5 · match: minsk" (a long query is cut with …). Caller frees. */
static char *
list_status_filter(struct ui *ui, const char *at)
{
	const struct corpus *c = ui->corpus;
	char *line;

	line = xasprintf("%s · %zu of %zu meeting%s match: %s · %s shows all", at, list_count(ui),
	    c->meetings.n, list_plural(c->meetings.n), ui->query_text, keys_hint(&list_view, ACT_CLEAR));
	if (draw_fits(ui, line, COLS))
		return line;
	free(line);
	line = xasprintf("%s · match: %s · %s shows all", at, ui->query_text, keys_hint(&list_view, ACT_CLEAR));
	if (draw_fits(ui, line, COLS))
		return line;
	free(line);
	return xasprintf("%s · match: %s", at, ui->query_text);
}

/* "1/4 · Primorje · 4 meetings, 2019–2025 · Esc shows all"; narrow, without
 * the hint (a long name is cut with … by the status line). Caller frees. */
static char *
list_status_counterpart(struct ui *ui, const char *at)
{
	char *line = xasprintf("%s · %s · %s shows all", at, ui->counterpart, keys_hint(&list_view, ACT_CLEAR));

	if (draw_fits(ui, line, COLS))
		return line;
	free(line);
	return xasprintf("%s · %s", at, ui->counterpart);
}

/* Where the list is, "57/1204", then what else fits; caller frees. */
static char *
list_status(struct ui *ui)
{
	size_t n = list_count(ui);
	char at[48];

	snprintf(at, sizeof at, "%zu/%zu", n > 0 ? ui->list_cursor + 1 : 0, n);
	if (ui->counterpart != NULL)
		return list_status_counterpart(ui, at);
	if (ui->filtered != NULL)
		return list_status_filter(ui, at);
	return list_status_counts(ui, at);
}

/* Rows between the column header and the status line. */
static int
list_rows(void)
{
	return LINES - 2 > 1 ? LINES - 2 : 1;
}

/* Keeps the cursor on screen. */
static void
list_scroll_to_cursor(struct ui *ui)
{
	size_t rows = (size_t)list_rows();

	if (ui->list_cursor < ui->list_top)
		ui->list_top = ui->list_cursor;
	if (ui->list_cursor >= ui->list_top + rows)
		ui->list_top = ui->list_cursor - rows + 1;
}

/* The list's columns, left to right. */
enum list_column { COL_DATE, COL_COUNTERPART, COL_TITLE, COL_ALIGNED, COL_LANGS, NCOLUMNS };

static const char *const column_names[NCOLUMNS] = { "Date", "Counterpart", "Title", "Aligned", "Languages" };

/* Where each column starts and its width, one blank between two; width 0: left out. */
struct columns {
	int x[NCOLUMNS], w[NCOLUMNS];
};

/* The coverage column, " 100%", and the languages are left out when the screen is narrow. */
enum { ALIGNED_WIDTH = 7, ALIGNED_MIN_COLS = 60, LANGS_WIDTH = 12, LANGS_MIN_COLS = 40 };

/* The date as wide as its format's widest (a third of the screen at most), the rest a third
 * for the counterpart and two for the title. */
static struct columns
list_columns(const struct ui *ui)
{
	struct columns col = { { 0 }, { 0 } };
	int date = date_display_width(ui->settings->date_format), rest, i, x = 0;

	col.w[COL_DATE] = date < COLS / 3 ? date : COLS / 3;
	col.w[COL_ALIGNED] = COLS >= ALIGNED_MIN_COLS ? ALIGNED_WIDTH : 0;
	col.w[COL_LANGS] = COLS >= LANGS_MIN_COLS ? LANGS_WIDTH : 0;
	rest = COLS - col.w[COL_DATE] - 2;
	for (i = COL_ALIGNED; i < NCOLUMNS; i++)
		rest -= col.w[i] > 0 ? col.w[i] + 1 : 0;
	col.w[COL_COUNTERPART] = rest / 3;
	col.w[COL_TITLE] = rest - rest / 3;
	for (i = 0; i < NCOLUMNS; i++) {
		col.x[i] = x;
		x += col.w[i] > 0 ? col.w[i] + 1 : 0;
	}
	return col;
}

/* Draws one text a column on row y, each cut with … to its width. */
static void
list_draw_cells(const struct ui *ui, int y, const struct columns *col, const char *const text[NCOLUMNS])
{
	int i;

	for (i = 0; i < NCOLUMNS; i++)
		if (col->w[i] > 0)
			draw_cut(ui, y, col->x[i], text[i], col->w[i]);
}

/* The share of the meeting aligned, as "    89%"; a dash with one language, blank until known. */
static const char *
list_coverage(const struct meeting *m, char *buf, size_t n)
{
	if (!m->ranked)
		return "";
	if (m->coverage < 0)
		return "      –";
	snprintf(buf, n, "%6.0f%%", m->coverage * 100);
	return buf;
}

/* The languages of a meeting's articles as the Languages column shows
 * them, "DE EN EN", into buf (size n). */
static const char *
list_languages(const struct corpus *c, const struct meeting *m, char *buf, size_t n)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < m->narticles && used + 4 <= n; i++) {
		const char *code = c->articles[m->articles[i]]->lang == LANG_DE ? "DE" :
		    c->articles[m->articles[i]]->lang == LANG_EN ? "EN" : "??";

		used += (size_t)snprintf(buf + used, n - used, "%s%s", i ? " " : "", code);
	}
	return buf;
}

static void
list_draw_row(const struct ui *ui, size_t i, int y, const struct columns *col)
{
	const struct corpus *c = ui->corpus;
	const struct meeting *m = &c->meetings.list[list_meeting(ui, i)];
	const struct article *first = c->articles[m->articles[0]];
	char date[DATE_DISPLAY_MAX], langs[64], aligned[16];
	char *counterpart = xasprintf("%s%s%s", m->region != NULL ? m->region : "",
	    m->region != NULL && m->person != NULL ? ", " : "", m->person != NULL ? m->person : "");
	const char *text[NCOLUMNS] = {
		date_display(&m->date, ui->settings->date_format, date), counterpart,
		first->title != NULL ? first->title : first->name, list_coverage(m, aligned, sizeof aligned),
		list_languages(c, m, langs, sizeof langs),
	};

	if (i == ui->list_cursor)
		attron(ui_attr(ui, SETTINGS_ROLE_selection));
	draw_blank(y, 0, COLS);
	list_draw_cells(ui, y, col, text);
	attroff(ui_attr(ui, SETTINGS_ROLE_selection));
	free(counterpart);
}

static void
list_draw(struct ui *ui)
{
	struct columns col = list_columns(ui);
	size_t i;
	int y;

	list_scroll_to_cursor(ui);
	attron(ui_attr(ui, SETTINGS_ROLE_title));
	list_draw_cells(ui, 0, &col, column_names);
	attroff(ui_attr(ui, SETTINGS_ROLE_title));
	if (ui->corpus->meetings.n == 0)
		draw_cut(ui, 2, 0, "The corpus holds no articles.", COLS);
	for (i = ui->list_top, y = 1; i < list_count(ui) && y <= list_rows(); i++, y++)
		list_draw_row(ui, i, y, &col);
}

/* Moves the cursor by delta rows, within the list. */
static void
list_move(struct ui *ui, long delta)
{
	long n = (long)list_count(ui), to = (long)ui->list_cursor + delta;

	if (to >= n)
		to = n - 1;
	if (to < 0)
		to = 0;
	ui->list_cursor = (size_t)to;
}

/* Exports the first article of the selected meeting. */
static void
list_export(struct ui *ui)
{
	struct corpus *c = ui->corpus;
	struct article *first;
	char *cause = NULL;

	if (list_count(ui) == 0)
		return;
	first = c->articles[c->meetings.list[list_meeting(ui, ui->list_cursor)].articles[0]];
	if (corpus_text(c, first, &cause) == 0)
		prompt_export(ui, first);
	else
		ui_message(ui, cause);
	free(cause);
}

/* Shows every meeting again: after a filter, the selected one still
 * selected; after a counterpart's meetings, the one selected before. */
static void
list_clear_filter(struct ui *ui)
{
	if (ui->counterpart != NULL) {
		ui->list_cursor = ui->wide_meeting;
		ui->list_top = ui->wide_top;
	} else if (list_count(ui) > 0) {
		ui->list_cursor = list_meeting(ui, ui->list_cursor);
	}
	find_clear(ui);
}

/* c: the list shows only the meetings with the selected one's region or
 * person, newest first, the selected one still selected. */
static void
list_counterpart(struct ui *ui)
{
	struct visits v;
	size_t m, i;
	char doing[128], *msg;

	if (list_count(ui) == 0)
		return;
	m = list_meeting(ui, ui->list_cursor);
	if (visits_of_meeting(ui->corpus, m, &v) < 0) {
		msg = xasprintf("%s: this meeting names no counterpart (%s)", keys_hint(&list_view, ACT_COUNTERPART),
		    keys_doing(ACT_COUNTERPART, doing, sizeof doing));
		ui_message(ui, msg);
		free(msg);
		return;
	}
	if (ui->counterpart == NULL) {	/* c again in the narrowed list keeps where the whole was */
		ui->wide_meeting = m;
		ui->wide_top = ui->filtered == NULL ? ui->list_top : 0;
	}
	find_clear(ui);
	ui->filtered = v.meetings;
	ui->nfiltered = v.n;
	ui->counterpart = visits_summary(&v);
	ui->list_cursor = 0;
	for (i = 0; i < v.n; i++)
		if (v.meetings[i] == m)
			ui->list_cursor = i;
	ui->list_top = 0;
}

/* q: clears the filter when there is one, else quits. */
static void
list_back(struct ui *ui)
{
	char *msg;

	if (ui->filtered == NULL) {
		ui->quit = 1;
		return;
	}
	list_clear_filter(ui);
	msg = xasprintf("Filter cleared; %s again quits", keys_hint(&list_view, ACT_BACK));
	ui_message(ui, msg);
	free(msg);
}

/* A key of the reader pressed in the list: "E: works in the reader; Enter opens a meeting (export …)". */
static void
list_explain(struct ui *ui, enum action a)
{
	char *why = xasprintf("works in the reader; %s opens a meeting", keys_hint(&list_view, ACT_OPEN));

	ui_explain(ui, a, why);
	free(why);
}

static void
list_act(struct ui *ui, enum action a)
{
	long page = list_rows();

	switch (a) {
	case ACT_MOVE_DOWN: list_move(ui, 1); break;
	case ACT_MOVE_UP: list_move(ui, -1); break;
	case ACT_HALF_DOWN: list_move(ui, ui_half_page(page)); break;
	case ACT_HALF_UP: list_move(ui, -ui_half_page(page)); break;
	case ACT_PAGE_DOWN: list_move(ui, page); break;
	case ACT_PAGE_UP: list_move(ui, -page); break;
	case ACT_MOVE_FIRST: ui->list_cursor = 0; break;
	case ACT_MOVE_LAST: list_move(ui, (long)list_count(ui)); break;
	case ACT_SEARCH: prompt_search(ui, PROMPT_FILTER); break;
	case ACT_CLEAR: list_clear_filter(ui); break;
	case ACT_COUNTERPART: list_counterpart(ui); break;
	case ACT_BACK: list_back(ui); break;
	case ACT_OPEN:
		if (list_count(ui) > 0)
			reader_open(ui, list_meeting(ui, ui->list_cursor));
		break;
	case ACT_EXPORT: list_export(ui); break;
	default: list_explain(ui, a); break;
	}
}

static void
list_mouse(struct ui *ui, int y, int x, int wheel)
{
	(void)x;
	if (wheel != 0) {
		list_move(ui, wheel * 3);
	} else if (y >= 1 && y <= list_rows() && ui->list_top + (size_t)(y - 1) < list_count(ui)) {
		ui->list_cursor = ui->list_top + (size_t)(y - 1);
	}
}

/* Ranks one meeting on screen whose coverage is not known yet: the column
 * fills in while idle, and a key stops the work at once (it starts again
 * when the keys are done). */
static int
list_idle(struct ui *ui)
{
	size_t i, end = ui->list_top + (size_t)list_rows(), m;
	char *note = NULL;
	const struct stop stop = { ui_input_waiting, NULL };

	for (i = ui->list_top; i < end && i < list_count(ui); i++) {
		m = list_meeting(ui, i);
		if (ui->corpus->meetings.list[m].ranked)
			continue;
		if (meeting_rank(ui->corpus, m, &note, &stop) < 0)
			return 1;
		if (note != NULL)
			ui_message(ui, note);
		free(note);
		return 1;
	}
	return 0;
}

const struct view_ops list_view = {
	.name = "list", .draw = list_draw, .act = list_act, .mouse = list_mouse, .idle = list_idle,
	.status = list_status, .back = "quit",
};
