/* draw: the drawing helpers the views share; text is measured by the core. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/text.h"
#include "view.h"

/* What a terminal without UTF-8 shows for the characters tandem meets most. */
static const struct {
	uint32_t uc;
	const char *ascii;
} ascii_for[] = {
	{ 0x00c4, "Ae" }, { 0x00d6, "Oe" }, { 0x00dc, "Ue" }, { 0x00e4, "ae" },
	{ 0x00f6, "oe" }, { 0x00fc, "ue" }, { 0x00df, "ss" }, { 0x1e9e, "SS" },
	{ 0x00e9, "e" }, { 0x00e8, "e" }, { 0x00e1, "a" }, { 0x00e0, "a" },
	{ 0x00f3, "o" }, { 0x00ed, "i" }, { 0x00e7, "c" }, { 0x00c9, "E" },
	{ 0x00a0, " " }, { 0x00ab, "\"" }, { 0x00b6, "#" }, { 0x00bb, "\"" }, { 0x00b7, "-" },
	{ 0x2010, "-" }, { 0x2013, "-" }, { 0x2014, "-" }, { 0x2018, "'" },
	{ 0x2019, "'" }, { 0x201a, "'" }, { 0x201c, "\"" }, { 0x201d, "\"" },
	{ 0x201e, "\"" }, { 0x2022, "*" }, { 0x2026, "..." }, { 0x20ac, "EUR" },
};

/* What ends a line cut short. */
static const char draw_more_mark[] = "…";

/* The ASCII stand-in for a character: itself, a table entry, "" or "?". */
static const char *
draw_ascii(uint32_t uc, char *one)
{
	size_t i;

	if (uc < 0x80) {
		one[0] = (char)uc;
		one[1] = '\0';
		return one;
	}
	for (i = 0; i < ARRAY_SIZE(ascii_for); i++)
		if (ascii_for[i].uc == uc)
			return ascii_for[i].ascii;
	return text_char_width(uc) == 0 ? "" : "?";
}

/* draw_text for a terminal without UTF-8: one ASCII stand-in a character,
 * at most maxw columns; with draw 0 only measured. Returns the columns. */
static int
ascii_walk(const char *s, size_t len, int maxw, int draw)
{
	size_t i = 0;
	int used = 0;
	char one[2];

	while (i < len && used < maxw) {
		uint32_t uc;
		const char *ascii;
		int n;

		i += (size_t)text_char_len(s + i, len - i, &uc);
		ascii = draw_ascii(uc, one);
		n = (int)strlen(ascii);
		if (n > maxw - used)
			n = maxw - used;
		if (draw)
			addnstr(ascii, n);
		used += n;
	}
	return used;
}

/* Soft hyphens never reach the terminal, which would give them a column
 * (ncurses measures by the C library's wcwidth); where a line breaks at
 * one, its view draws the hyphen. */
int
draw_text(const struct ui *ui, int y, int x, const char *s, size_t len, int maxw)
{
	size_t fit, run;
	int used = 0, w;

	if (maxw <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	move(y, x);
	if (!ui->utf8)
		return ascii_walk(s, len, maxw, 1);
	for (;;) {
		run = text_visible_run(s, len);
		fit = text_fit(s, run, maxw - used, &w);
		if (fit > 0)
			addnstr(s, (int)fit);
		used += w;
		if (fit < run || run == len)
			return used;
		s += run + 2;	/* past the soft hyphen */
		len -= run + 2;
	}
}

int
draw_str(const struct ui *ui, int y, int x, const char *s, int maxw)
{
	return draw_text(ui, y, x, s, strlen(s), maxw);
}

void
draw_blank(int y, int x, int w)
{
	if (w > 0 && y >= 0 && y < LINES)
		mvhline(y, x, ' ', w);
}

int
draw_width(const struct ui *ui, const char *s, size_t len)
{
	return ui->utf8 ? text_width(s, len) : ascii_walk(s, len, INT_MAX, 0);
}

int
draw_room(const struct ui *ui, const char *s, int maxw)
{
	int mark = draw_more_width(ui);

	if (draw_width(ui, s, strlen(s)) <= maxw || maxw <= mark)
		return maxw;
	return maxw - mark;
}

int
draw_fits(const struct ui *ui, const char *s, int maxw)
{
	return draw_width(ui, s, strlen(s)) <= maxw;
}

int
draw_more_width(const struct ui *ui)
{
	return draw_width(ui, draw_more_mark, strlen(draw_more_mark));
}

int
draw_more(const struct ui *ui, int y, int x)
{
	return draw_str(ui, y, x, draw_more_mark, COLS - x);
}

int
draw_cut(const struct ui *ui, int y, int x, const char *s, int maxw)
{
	int room = draw_room(ui, s, maxw), used = draw_str(ui, y, x, s, room);

	return room < maxw ? used + draw_more(ui, y, x + used) : used;
}

/* left at the start of the status line, and right at its end when both fit; else left cut. */
static void
draw_status_parts(const struct ui *ui, const char *left, const char *right)
{
	int w = draw_width(ui, left, strlen(left));
	int rw = right != NULL ? draw_width(ui, right, strlen(right)) : 0;

	if (right != NULL && w + 3 + rw <= COLS)
		draw_str(ui, LINES - 1, COLS - rw, right, rw);
	draw_cut(ui, LINES - 1, 0, left, COLS);
}

void
draw_status(struct ui *ui)
{
	const struct view_ops *v = ui->view;
	char *where, *hint = NULL;

	attron(ui_attr(ui, SETTINGS_ROLE_status));
	draw_blank(LINES - 1, 0, COLS);
	if (ui->message != NULL) {
		draw_cut(ui, LINES - 1, 0, ui->message, COLS);
	} else {
		where = v->status(ui);
		if (v->back != NULL)
			hint = xasprintf("%s help  %s %s", keys_hint(v, ACT_HELP), keys_hint(v, ACT_BACK), v->back);
		draw_status_parts(ui, where, hint);
		free(where);
		free(hint);
	}
	attroff(ui_attr(ui, SETTINGS_ROLE_status));
}

int
draw_too_small(const struct ui *ui)
{
	if (COLS >= UI_MIN_COLS && LINES >= UI_MIN_LINES)
		return 0;
	erase();
	if (COLS >= 18) {
		draw_str(ui, 0, 0, "terminal too small", COLS);
	} else {
		draw_str(ui, 0, 0, "terminal", COLS);
		draw_str(ui, 1, 0, "too small", COLS);
	}
	return 1;
}
