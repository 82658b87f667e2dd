/*
 * lookup: K's window over the reader. It lists the words of the sentence
 * the cursor lights, each with the dictionary's lines that hold it
 * (lexicon.h); Enter lights the chosen word's translations in the
 * counterpart sentence, which stays in view beside the window.
 *
 * The window covers part of the lit sentence's pane, above or below the
 * sentence, where there is more room; its rows are made once when it
 * opens, and every line is cut to the window's columns when drawn.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/lexicon.h"
#include "tandem/text.h"
#include "view.h"

/* The dictionary lines listed under a word. */
#define LOOKUP_LINES 3
/* Columns the dictionary lines stand in from the words. */
#define LOOKUP_INDENT 2

static const struct article *
lookup_article(const struct ui *ui, int p)
{
	const struct pane *pane = &ui->reader.panes[p];

	return ui->corpus->articles[pane->articles[pane->shown]];
}

void
lookup_free(struct lookup *l)
{
	size_t i;

	for (i = 0; i < l->nrows; i++)
		free(l->rows[i].text);
	free(l->rows);
	free(l->words);
	memset(l, 0, sizeof(*l));
}

static void
lookup_add_row(struct lookup *l, char *text, int is_word)
{
	l->rows = xgrow(l->rows, &l->rows_cap, l->nrows + 1, sizeof(*l->rows));
	l->rows[l->nrows].text = text;
	l->rows[l->nrows].word = l->nwords - 1;
	l->rows[l->nrows++].is_word = is_word;
}

/* Whether the sentence's words before word w hold it already, spelled the same. */
static int
lookup_seen(const struct lookup *l, const char *text, size_t off, size_t len)
{
	size_t i;

	for (i = 0; i < l->nwords; i++)
		if (l->words[i].len == len && memcmp(text + l->words[i].off, text + off, len) == 0)
			return 1;
	return 0;
}

/* Adds the word at off (len bytes) of paragraph para, and its dictionary lines, as rows. */
static void
lookup_add_word(struct lookup *l, const struct article *a, size_t para, size_t off, size_t len)
{
	const char *w = a->paragraphs[para].text + off;
	uint32_t at[LOOKUP_LINES];
	size_t n = lexicon_entries(w, len, a->lang, at, LOOKUP_LINES), k;
	struct buf shown = { NULL, 0, 0 };
	char *line;

	l->words = xgrow(l->words, &l->words_cap, l->nwords + 1, sizeof(*l->words));
	l->words[l->nwords].para = para;
	l->words[l->nwords].off = off;
	l->words[l->nwords].len = len;
	l->words[l->nwords++].row = l->nrows;
	text_add_visible(&shown, w, len);	/* without its soft hyphens */
	if (n == 0)
		buf_adds(&shown, " (not in the dictionary)");
	lookup_add_row(l, buf_detach(&shown, NULL), 1);
	for (k = 0; k < n; k++)
		if ((line = lexicon_entry(at[k])) != NULL)
			lookup_add_row(l, line, 0);
}

/* The words of sentence s of article a, but numbers, function words and repeats. */
static void
lookup_fill(struct lookup *l, const struct article *a, const struct sentence *s)
{
	const char *text = a->paragraphs[s->paragraph].text;
	size_t pos = s->start, start, len;

	while (pos < s->end && text_next_word(text, s->end, &pos, &start, &len)) {
		if (text_is_number(text + start, len) || fold_is_function_word(text + start, len, a->lang) ||
		    lookup_seen(l, text, start, len))
			continue;
		lookup_add_word(l, a, s->paragraph, start, len);
	}
}

void
lookup_open(struct ui *ui)
{
	struct lookup *l = &ui->reader.lookup;
	const struct sentence *s;
	char *cause = NULL;
	int side;

	if ((s = cursor_sentence(ui, &side)) == NULL) {
		ui_explain(ui, ACT_LOOKUP, "no sentence is lit; ) lights one");
		return;
	}
	if (!lexicon_ready() && lexicon_load(NULL, &cause, NULL) != 0) {
		ui_message(ui, cause != NULL ? cause : "No dictionary to look words up in");
		free(cause);
		return;
	}
	lookup_free(l);
	l->side = side;
	lookup_fill(l, lookup_article(ui, side), s);
	if (l->nwords == 0) {
		ui_message(ui, "The sentence has no words to look up, only numbers and the like");
		lookup_free(l);
		return;
	}
	ui_show(ui, &lookup_view);
}

/* Closes the window; the translations lit stay lit. */
static void
lookup_close(struct ui *ui)
{
	lookup_free(&ui->reader.lookup);
	ui_show(ui, &reader_view);
}

/* Where the window goes on screen, its frame included. */
struct lookup_box {
	int y, x, h, w;
};

/* The rows the window takes at least, when the sentence leaves it fewer. */
#define LOOKUP_MIN_ROWS 8

/* The screen rows of the lit sentence in its pane, from its first text row: *first to *last. */
static void
lookup_sentence_rows(struct ui *ui, const struct reader_geometry *g, long *first, long *last)
{
	const struct sentence *s;
	struct layout_pos pos;
	int side;

	*first = *last = -1;
	if ((s = cursor_sentence(ui, &side)) == NULL)
		return;
	pos.para = s->paragraph;
	pos.off = s->start;
	*first = reader_screen_row(ui, g, side, pos);
	pos.off = s->end > s->start ? s->end - 1 : s->start;
	*last = reader_screen_row(ui, g, side, pos);
}

/*
 * Over the lit sentence's pane, above or below the sentence, where there
 * is more room, as high as its rows need and that room allows (at least
 * LOOKUP_MIN_ROWS): the counterpart in the other pane stays in view.
 */
static struct lookup_box
lookup_box(struct ui *ui)
{
	const struct lookup *l = &ui->reader.lookup;
	struct reader_geometry g = reader_geometry(ui);
	struct lookup_box b;
	long first, last, above, below, room;
	int p = l->side;

	lookup_sentence_rows(ui, &g, &first, &last);
	above = first < 0 ? 0 : first > g.rows ? g.rows : first;
	below = last < 0 || last >= g.rows ? g.rows - above : g.rows - 1 - last;
	room = above > below ? above : below;
	if (room < LOOKUP_MIN_ROWS)
		room = LOOKUP_MIN_ROWS < g.rows ? LOOKUP_MIN_ROWS : g.rows;
	b.x = g.arrangement == READER_SIDE_BY_SIDE ? g.x[p] : 0;
	b.w = g.arrangement == READER_SIDE_BY_SIDE ? g.w[p] : COLS;
	b.h = (long)l->nrows + 2 < room ? (int)l->nrows + 2 : (int)room;
	b.y = above > below ? g.y[p] : g.y[p] + g.rows - b.h;
	return b;
}

/* The last row of word w's lines. */
static size_t
lookup_word_end(const struct lookup *l, size_t w)
{
	return w + 1 < l->nwords ? l->words[w + 1].row - 1 : l->nrows - 1;
}

/* Scrolls the window of rows rows so that the chosen word shows, its lines too when they fit. */
static void
lookup_keep_chosen(struct lookup *l, int rows)
{
	size_t first = l->words[l->chosen].row, last = lookup_word_end(l, l->chosen);

	if (rows < 1)
		return;
	if (last >= l->top + (size_t)rows)
		l->top = last - (size_t)rows + 1;
	if (first < l->top || last - first >= (size_t)rows)
		l->top = first;
}

/* The frame, with the title in its top edge. */
static void
lookup_draw_frame(struct ui *ui, const struct lookup_box *b, const char *title)
{
	int y;

	attron(ui_attr(ui, SETTINGS_ROLE_rule));
	for (y = b->y; y < b->y + b->h; y++) {
		draw_blank(y, b->x, b->w);
		mvaddch(y, b->x, ui->utf8 ? ACS_VLINE : '|');
		mvaddch(y, b->x + b->w - 1, ui->utf8 ? ACS_VLINE : '|');
	}
	mvhline(b->y, b->x, ui->utf8 ? ACS_HLINE : '-', b->w);
	mvhline(b->y + b->h - 1, b->x, ui->utf8 ? ACS_HLINE : '-', b->w);
	mvaddch(b->y, b->x, ui->utf8 ? ACS_ULCORNER : '+');
	mvaddch(b->y, b->x + b->w - 1, ui->utf8 ? ACS_URCORNER : '+');
	mvaddch(b->y + b->h - 1, b->x, ui->utf8 ? ACS_LLCORNER : '+');
	mvaddch(b->y + b->h - 1, b->x + b->w - 1, ui->utf8 ? ACS_LRCORNER : '+');
	attroff(ui_attr(ui, SETTINGS_ROLE_rule));
	attron(A_BOLD);
	draw_cut(ui, b->y, b->x + 2, title, b->w - 4);
	attroff(A_BOLD);
}

/* One row of the window at screen row y: a word (the chosen one reversed) or a dictionary line. */
static void
lookup_draw_row(struct ui *ui, const struct lookup_box *b, size_t row, int y)
{
	const struct lookup *l = &ui->reader.lookup;
	const struct lookup_row *r = &l->rows[row];
	int x = b->x + 1, w = b->w - 2;
	attr_t attr = !r->is_word ? A_NORMAL : r->word == l->chosen ? A_BOLD | A_REVERSE : A_BOLD;

	if (!r->is_word) {
		x += LOOKUP_INDENT;
		w -= LOOKUP_INDENT;
	}
	attron(attr);
	draw_cut(ui, y, x, r->text, w);
	attroff(attr);
}

static void
lookup_draw(struct ui *ui)
{
	struct lookup *l = &ui->reader.lookup;
	struct lookup_box b;
	char title[64];
	size_t row;
	int y;

	reader_view.draw(ui);
	b = lookup_box(ui);
	if (b.h < 3 || b.w < 8)
		return;
	lookup_keep_chosen(l, b.h - 2);
	snprintf(title, sizeof title, " %s words ", l->side == 0 ? "German" : "English");
	lookup_draw_frame(ui, &b, title);
	for (row = l->top, y = b.y + 1; y < b.y + b.h - 1 && row < l->nrows; row++, y++)
		lookup_draw_row(ui, &b, row, y);
	if (l->top > 0)
		draw_str(ui, b.y, b.x + b.w - 3, ui->utf8 ? "▲" : "^", 1);
	if (row < l->nrows)
		draw_str(ui, b.y + b.h - 1, b.x + b.w - 3, ui->utf8 ? "▼" : "v", 1);
}

/* "word 3/12 · Enter lights its translations · Esc closes". */
static char *
lookup_status(struct ui *ui)
{
	const struct lookup *l = &ui->reader.lookup;

	return xasprintf("word %zu/%zu · %s lights its translations · %s closes", l->chosen + 1, l->nwords,
	    keys_hint(&lookup_view, ACT_OPEN), keys_hint(&lookup_view, ACT_CLEAR));
}

/* The words of the counterpart sentences that translate word w (of side `side`), as terms. */
static size_t
lookup_terms(struct ui *ui, const struct lookup_word *w, struct cursor_term **out)
{
	const struct cursor *c = &ui->reader.cursor;
	const struct lookup *l = &ui->reader.lookup;
	const char *word = lookup_article(ui, l->side)->paragraphs[w->para].text + w->off;
	const struct article *o = lookup_article(ui, 1 - l->side);
	size_t first, count = cursor_counterpart(ui, &first), k, n = 0, cap = 0, pos, start, len;

	*out = NULL;
	for (k = first; k < first + count; k++) {
		const struct sentence *s = &c->s[1 - l->side][k];
		const char *text = o->paragraphs[s->paragraph].text;

		for (pos = s->start; pos < s->end && text_next_word(text, s->end, &pos, &start, &len);) {
			if (l->side == 0 ? !lexicon_translates(word, w->len, text + start, len)
			    : !lexicon_translates(text + start, len, word, w->len))
				continue;
			*out = xgrow(*out, &cap, n + 1, sizeof(**out));
			(*out)[n].para = s->paragraph;
			(*out)[n].off = start;
			(*out)[n++].len = len;
		}
	}
	return n;
}

/* Lights the chosen word's translations in the counterpart and says which they are. */
static void
lookup_light(struct ui *ui)
{
	const struct lookup *l = &ui->reader.lookup;
	const struct lookup_word *w = &l->words[l->chosen];
	const struct article *o = lookup_article(ui, 1 - l->side);
	struct cursor_term *terms = NULL;
	struct buf msg = { NULL, 0, 0 };
	size_t first, n = 0, k;

	text_add_visible(&msg, lookup_article(ui, l->side)->paragraphs[w->para].text + w->off, w->len);
	if (cursor_counterpart(ui, &first) == 0) {
		buf_adds(&msg, ": the sentence has no counterpart to light its translations in");
	} else if ((n = lookup_terms(ui, w, &terms)) == 0) {
		buf_printf(&msg, ": no translation of it in the %s sentence", l->side == 0 ? "English" : "German");
	} else {
		buf_adds(&msg, " → ");
		for (k = 0; k < n; k++) {
			if (k > 0)
				buf_adds(&msg, ", ");
			text_add_visible(&msg, o->paragraphs[terms[k].para].text + terms[k].off, terms[k].len);
		}
	}
	cursor_set_terms(ui, terms, n);
	ui_message(ui, msg.data);
	buf_free(&msg);
}

/* Chooses the word delta rows of the window away (at least one word), or the first or last. */
static void
lookup_choose(struct ui *ui, long delta)
{
	struct lookup *l = &ui->reader.lookup;
	long want = (long)l->words[l->chosen].row + delta;
	size_t w = l->chosen;

	if (delta > 0) {
		while (w + 1 < l->nwords && (w == l->chosen || (long)l->words[w].row < want))
			w++;
	} else {
		while (w > 0 && (w == l->chosen || (long)l->words[w].row > want))
			w--;
	}
	l->chosen = w;
}

static void
lookup_act(struct ui *ui, enum action a)
{
	long rows = lookup_box(ui).h - 2;

	switch (a) {
	case ACT_MOVE_DOWN: lookup_choose(ui, 1); break;
	case ACT_MOVE_UP: lookup_choose(ui, -1); break;
	case ACT_HALF_DOWN: lookup_choose(ui, ui_half_page(rows)); break;
	case ACT_HALF_UP: lookup_choose(ui, -ui_half_page(rows)); break;
	case ACT_PAGE_DOWN: lookup_choose(ui, rows > 1 ? rows - 1 : 1); break;
	case ACT_PAGE_UP: lookup_choose(ui, rows > 1 ? 1 - rows : -1); break;
	case ACT_MOVE_FIRST: ui->reader.lookup.chosen = 0; break;
	case ACT_MOVE_LAST: ui->reader.lookup.chosen = ui->reader.lookup.nwords - 1; break;
	case ACT_OPEN: lookup_light(ui); break;
	case ACT_CLEAR:
	case ACT_BACK:
	case ACT_LOOKUP: lookup_close(ui); break;
	default:
		ui_message(ui, "In the word lookup: j/k choose a word, Enter lights its translations, Esc closes");
		break;
	}
}

const struct view_ops lookup_view = {
	.name = "lookup", .draw = lookup_draw, .act = lookup_act, .status = lookup_status, .back = "close",
};
