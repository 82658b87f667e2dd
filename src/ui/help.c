/* help: the keys, one row an action, straight from the action table; a page that scrolls (page.c). */
#include "config.h"

#include <stdio.h>

#include "view.h"

/* HELP_TOTAL: the actions the help lists, one a row. */
enum { KEYS_COLUMN_WIDTH = 22, HELP_TOTAL = ACT_COUNT - 1 };

static void
help_draw(struct ui *ui)
{
	char keys[64];
	int a, y = PAGE_FIRST_ROW;

	page_scroll(ui, HELP_TOTAL, 0);	/* the screen may have grown */
	attron(A_BOLD);
	draw_cut(ui, 0, 0, "tandem: keys", COLS);
	attroff(A_BOLD);
	draw_cut(ui, 1, 1, ui->utf8 ? "▲ ▼ by a reader pane's details: more text above, below"
	    : "^ v by a reader pane's details: more text above, below", COLS - 1);
	for (a = ACT_NONE + 1 + (int)ui->page.top; a < ACT_COUNT && y < LINES - 1; a++, y++) {
		draw_cut(ui, y, 1, keys_names((enum action)a, keys, sizeof keys), KEYS_COLUMN_WIDTH - 2);
		draw_cut(ui, y, KEYS_COLUMN_WIDTH, keys_description((enum action)a), COLS - KEYS_COLUMN_WIDTH);
	}
}

/* "j/k scroll · q close · 21/30" (the last row shown of all) when the keys do not fit; else "q close". */
static char *
help_status(struct ui *ui)
{
	return page_status(ui, HELP_TOTAL);
}

static void
help_act(struct ui *ui, enum action a)
{
	page_act(ui, HELP_TOTAL, a);
}

static void
help_mouse(struct ui *ui, int y, int x, int wheel)
{
	(void)y;
	(void)x;
	page_scroll(ui, HELP_TOTAL, wheel);
}

const struct view_ops help_view = {
	.name = "help", .draw = help_draw, .act = help_act, .mouse = help_mouse, .status = help_status,
	.is_page = 1,
};
