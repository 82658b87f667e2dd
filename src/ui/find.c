/* find: the reader's search, the list filter, and matches drawn highlighted. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view.h"

void
find_clear_query(struct ui *ui)
{
	search_query_free(&ui->query);
	free(ui->query_text);
	ui->query_text = NULL;
	ui->query_id++;
	if (ui->counterpart == NULL) {	/* the list's filter was the query's */
		free(ui->filtered);
		ui->filtered = NULL;
		ui->nfiltered = 0;
	}
}

void
find_clear(struct ui *ui)
{
	free(ui->counterpart);
	ui->counterpart = NULL;
	find_clear_query(ui);
}

/* Makes text the query; 0, or -1 (with a message) when it holds nothing to find. */
static int
find_set_query(struct ui *ui, const char *text)
{
	find_clear_query(ui);
	if (search_query_init(&ui->query, text, strlen(text)) < 0) {
		ui_message(ui, "Nothing to search for");
		return -1;
	}
	ui->query_text = xstrdup(text);
	return 0;
}

static size_t
find_pane_article(const struct ui *ui, int p)
{
	const struct pane *pane = &ui->reader.panes[p];

	return pane->articles[pane->shown];
}

/* The matches of the query in pane p's article, found once per article and query. */
static size_t
find_matches(struct ui *ui, int p, const struct search_match **m)
{
	struct reader *r = &ui->reader;
	size_t article = find_pane_article(ui, p);

	if (r->matches_query[p] != ui->query_id || r->matches_article[p] != article) {
		free(r->matches[p]);
		r->matches[p] = NULL;
		r->nmatches[p] = 0;
		if (ui->query.nspellings > 0)
			r->nmatches[p] = search_find(search_index_article(&ui->search, article), &ui->query, &r->matches[p]);
		r->matches_query[p] = ui->query_id;
		r->matches_article[p] = article;
		r->current[p] = (size_t)-1;
	}
	*m = r->matches[p];
	return r->nmatches[p];
}

/* Where the reader goes for a match: a match in the headline (always on
 * screen above the text) is at the top of the text. */
static struct layout_pos
find_match_pos(const struct search_match *m)
{
	if (m->para == SEARCH_TITLE)
		return (struct layout_pos){ 0, 0 };
	return (struct layout_pos){ m->para, m->off };
}

static int
find_before(const struct search_match *m, struct layout_pos pos)
{
	struct layout_pos at = find_match_pos(m);

	return at.para < pos.para || (at.para == pos.para && at.off < pos.off);
}

/* The first match at or after pos (dir 1) or the last before it (dir -1); *wrapped when none was. */
static size_t
find_from(const struct search_match *m, size_t n, struct layout_pos pos, int dir, int *wrapped)
{
	size_t i = 0;

	while (i < n && find_before(&m[i], pos))
		i++;
	*wrapped = dir > 0 ? i == n : i == 0;
	if (dir > 0)
		return i < n ? i : 0;
	return i > 0 ? i - 1 : n - 1;
}

/* Goes to a match in the focus pane (or the other when it has none). */
static void
find_go(struct ui *ui, int dir, int from_top)
{
	struct reader *r = &ui->reader;
	const struct search_match *m;
	size_t n = find_matches(ui, r->focus, &m), i;
	int wrapped = 0;
	char *msg;

	if (n == 0 && r->npanes == 2 && find_matches(ui, 1 - r->focus, &m) > 0) {
		r->focus = 1 - r->focus;
		n = find_matches(ui, r->focus, &m);
		from_top = 1;
	}
	if (n == 0) {
		msg = xasprintf("Not found: %s", ui->query_text);
		ui_message(ui, msg);
		free(msg);
		return;
	}
	if (from_top || r->current[r->focus] >= n) {
		i = find_from(m, n, r->panes[r->focus].pos, dir, &wrapped);
	} else {
		i = (r->current[r->focus] + (size_t)(dir > 0 ? 1 : n - 1)) % n;
		wrapped = dir > 0 ? i == 0 : i == n - 1;
	}
	r->current[r->focus] = i;
	reader_show_pos(ui, r->focus, find_match_pos(&m[i]));
	msg = xasprintf("match %zu/%zu%s%s", i + 1, n, m[i].para == SEARCH_TITLE ? " in the title" : "",
	    !wrapped ? "" : dir > 0 ? " (search wrapped to the top)" : " (search wrapped to the bottom)");
	ui_message(ui, msg);
	free(msg);
}

void
find_next(struct ui *ui, int dir)
{
	if (ui->query.nspellings == 0) {
		ui_message(ui, "No search yet: / searches");
		return;
	}
	if (ui->view == &reader_view)
		find_go(ui, dir, 0);
}

/* Filters the list to the meetings with a match; the list's status line says how many. */
static void
find_filter(struct ui *ui)
{
	const struct corpus *c = ui->corpus;
	size_t *shown = xcalloc(c->meetings.n + 1, sizeof(*shown)), n = 0, m;
	char *msg;

	for (m = 0; m < c->meetings.n; m++)
		if (search_meeting_has(&ui->search, m, &ui->query))
			shown[n++] = m;
	if (n == 0) {
		free(shown);
		msg = xasprintf("No meeting matches: %s", ui->query_text);
		ui_message(ui, msg);
		free(msg);
		return;
	}
	ui->filtered = shown;
	ui->nfiltered = n;
	ui->list_cursor = ui->list_top = 0;
}

void
find_start(struct ui *ui, enum prompt_mode mode, const char *text)
{
	if (text[0] == '\0' && ui->query.nspellings > 0 && mode != PROMPT_FILTER) {
		find_go(ui, mode == PROMPT_SEARCH_BACK ? -1 : 1, 0);	/* as in less: repeat */
		return;
	}
	if (mode == PROMPT_FILTER)
		find_clear(ui);	/* a filter of the whole list, not of one counterpart's meetings */
	if (find_set_query(ui, text) < 0)
		return;
	if (mode == PROMPT_FILTER)
		find_filter(ui);
	else
		find_go(ui, mode == PROMPT_SEARCH_BACK ? -1 : 1, 1);
}

/* Draws len bytes of s from (y, *x), at most *w columns, in attribute attr. */
static void
find_draw_part(const struct ui *ui, int y, int *x, int *w, const char *s, size_t len, attr_t attr)
{
	int used;

	if (len == 0 || *w <= 0)
		return;
	attron(attr);
	used = draw_text(ui, y, *x, s, len, *w);
	attroff(attr);
	*x += used;
	*w -= used;
}

/* Where text is drawn: a piece len bytes long of paragraph para from byte off. */
struct find_piece {
	const char *text;
	size_t len, para, off;
};

/* Draws len bytes of piece pc from byte at as find_draw_part, lit where the sentence cursor lights them. */
static void
find_draw_lit(struct ui *ui, int p, const struct find_piece *pc, size_t at, size_t len, int y, int *x, int *w,
    attr_t attr)
{
	while (len > 0 && *w > 0) {
		size_t until, n = len;
		attr_t lit = cursor_attr(ui, p, pc->para, pc->off + at, &until);

		if (until - (pc->off + at) < n)
			n = until - (pc->off + at);
		find_draw_part(ui, y, x, w, pc->text + at, n, attr | lit);
		at += n;
		len -= n;
	}
}

/* Where a match stands in the order search_find() gives: the headline's
 * first, then each paragraph's. */
static size_t
match_rank(size_t para)
{
	return para == SEARCH_TITLE ? 0 : para + 1;
}

/* The first of the n matches m that ends after the start of piece pc: a
 * binary search, so that drawing a row costs the same in a long article. */
static size_t
first_match(const struct search_match *m, size_t n, const struct find_piece *pc)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (match_rank(m[mid].para) < match_rank(pc->para) ||
		    (m[mid].para == pc->para && m[mid].off + m[mid].len <= pc->off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Draws a piece of pane p's article from (y, x), at most w columns, its
 * matches highlighted and the rest in attribute attr; returns the columns drawn. */
static int
find_draw_piece(struct ui *ui, int p, const struct find_piece *pc, int y, int x, int w, attr_t attr)
{
	int x0 = x;
	const struct search_match *m;
	size_t n = ui->query.nspellings > 0 && pc->len > 0 ? find_matches(ui, p, &m) : 0, i, at = 0;
	attr_t hl = ui_attr(ui, SETTINGS_ROLE_match);

	if ((attr & A_REVERSE) && (hl & A_REVERSE) && !(hl & A_COLOR))
		hl = (hl & ~A_REVERSE) | A_UNDERLINE;	/* a match in a reversed header, without colours */
	for (i = first_match(m, n, pc); i < n && w > 0 && m[i].para == pc->para && m[i].off < pc->off + pc->len;
	    i++) {
		size_t from = m[i].off, to = m[i].off + m[i].len;

		from = from > pc->off ? from - pc->off : 0;
		to = to - pc->off < pc->len ? to - pc->off : pc->len;
		find_draw_lit(ui, p, pc, at, from > at ? from - at : 0, y, &x, &w, attr);
		find_draw_part(ui, y, &x, &w, pc->text + (from > at ? from : at), to - (from > at ? from : at), hl);
		at = to;
	}
	find_draw_lit(ui, p, pc, at, pc->len - at, y, &x, &w, attr);
	return x - x0;
}

void
find_draw_line(struct ui *ui, int p, const struct layout *l, size_t row, int y, int x, int w)
{
	const struct layout_line *line = &l->lines[row];
	struct find_piece pc = { layout_text(l, row), line->len, line->para, line->off };	/* blank: len 0 */
	int used = find_draw_piece(ui, p, &pc, y, x, w, A_NORMAL);

	if (line->hyphen)	/* it breaks at a soft hyphen */
		draw_str(ui, y, x + used, "-", w - used);
}

void
find_draw_title(struct ui *ui, int p, const char *title, int y, int x, int w, attr_t attr)
{
	struct find_piece pc = { title, strlen(title), SEARCH_TITLE, 0 };
	int room = draw_room(ui, title, w), used = find_draw_piece(ui, p, &pc, y, x, room, attr);

	if (room < w) {
		attron(attr);
		draw_more(ui, y, x + used);
		attroff(attr);
	}
}
