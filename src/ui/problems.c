/* problems: the corpus files skipped or repaired and the settings' problems, each with why; a page (page.c). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/wrap.h"
#include "view.h"

/* One row of the page: a heading, or a line of a problem wrapped to the screen. */
struct problems_row {
	const char *text;	/* borrowed from a heading or a warning */
	size_t len;
	int x;
	int heading;
};

/* A problem's first line starts in column 1, the lines it wraps to in column 3. */
enum { PROBLEMS_X = 1, PROBLEMS_INDENT = 3 };

struct problems_rows {
	struct problems_row *row;
	size_t n, cap;
};

static void
problems_add(struct problems_rows *r, const char *text, size_t len, int x, int heading)
{
	r->row = xgrow(r->row, &r->cap, r->n + 1, sizeof *r->row);
	r->row[r->n++] = (struct problems_row){ text, len, x, heading };
}

/* A heading, a blank row above it unless it is the first, then each warning wrapped to the screen. */
static void
problems_add_section(struct problems_rows *r, const char *heading, char *const *warnings, size_t n)
{
	int width = COLS - PROBLEMS_INDENT - 1 > 1 ? COLS - PROBLEMS_INDENT - 1 : 1;
	struct wrap_line *lines;
	size_t i, k, nlines;

	if (n == 0)
		return;
	if (r->n > 0)
		problems_add(r, "", 0, 0, 0);
	problems_add(r, heading, strlen(heading), 0, 1);
	for (i = 0; i < n; i++) {
		nlines = wrap_paragraph(warnings[i], strlen(warnings[i]), width, WRAP_CUT_LONG, &lines);
		for (k = 0; k < nlines; k++)
			problems_add(r, warnings[i] + lines[k].off, lines[k].len, k == 0 ? PROBLEMS_X : PROBLEMS_INDENT, 0);
		free(lines);
	}
}

/* The rows of the page at the screen's width; caller frees r->row. */
static struct problems_rows
problems_rows(const struct ui *ui)
{
	static const char none[] = "No problems: every file was read as it is, and the settings are sound.";
	struct problems_rows r = { NULL, 0, 0 };

	problems_add_section(&r, "Files of the corpus", ui->corpus->warnings, ui->corpus->nwarnings);
	problems_add_section(&r, "The settings", ui->settings->warnings, ui->settings->nwarnings);
	if (r.n == 0)
		problems_add(&r, none, strlen(none), PROBLEMS_X, 0);
	return r;
}

static size_t
problems_total(const struct ui *ui)
{
	struct problems_rows r = problems_rows(ui);

	free(r.row);
	return r.n;
}

static void
problems_draw(struct ui *ui)
{
	struct problems_rows r = problems_rows(ui);
	size_t i;
	int y = PAGE_FIRST_ROW;

	page_scroll(ui, r.n, 0);	/* the screen may have grown */
	attron(A_BOLD);
	draw_cut(ui, 0, 0, "tandem: problems", COLS);
	attroff(A_BOLD);
	for (i = ui->page.top; i < r.n && y < LINES - 1; i++, y++) {
		if (r.row[i].heading)
			attron(ui_attr(ui, SETTINGS_ROLE_title));
		draw_text(ui, y, r.row[i].x, r.row[i].text, r.row[i].len, COLS - r.row[i].x);
		if (r.row[i].heading)
			attroff(ui_attr(ui, SETTINGS_ROLE_title));
	}
	free(r.row);
}

static char *
problems_status(struct ui *ui)
{
	return page_status(ui, problems_total(ui));
}

static void
problems_act(struct ui *ui, enum action a)
{
	page_act(ui, problems_total(ui), a);
}

static void
problems_mouse(struct ui *ui, int y, int x, int wheel)
{
	(void)y;
	(void)x;
	page_scroll(ui, problems_total(ui), wheel);
}

const struct view_ops problems_view = {
	.name = "problems", .draw = problems_draw, .act = problems_act, .mouse = problems_mouse,
	.status = problems_status, .is_page = 1,
};
