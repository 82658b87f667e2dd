/* help: the keys, one row an action, straight from the action table; scrolls when they do not fit. */
#include "config.h"

#include <stdio.h>

#include "view.h"

/* HELP_TOTAL: the actions the help lists, one a row. */
enum { KEYS_COLUMN_WIDTH = 22, HELP_FIRST_ROW = 2, HELP_TOTAL = ACT_COUNT - 1 };

/* Rows between the title and the status line. */
static int
help_rows(void)
{
	return LINES - HELP_FIRST_ROW - 1 > 1 ? LINES - HELP_FIRST_ROW - 1 : 1;
}

/* Scrolls by delta rows, the last page kept full. */
static void
help_scroll(struct ui *ui, long delta)
{
	long last = (long)HELP_TOTAL - help_rows(), top = (long)ui->help_top + delta;

	if (top > last)
		top = last;
	if (top < 0)
		top = 0;
	ui->help_top = (size_t)top;
}

static void
help_draw(struct ui *ui)
{
	char keys[64];
	int a, y = HELP_FIRST_ROW;

	help_scroll(ui, 0);	/* the screen may have grown */
	attron(A_BOLD);
	draw_cut(ui, 0, 0, "tandem: keys", COLS);
	attroff(A_BOLD);
	draw_cut(ui, 1, 1, ui->utf8 ? "▲ ▼ by a reader pane's details: more text above, below"
	    : "^ v by a reader pane's details: more text above, below", COLS - 1);
	for (a = ACT_NONE + 1 + (int)ui->help_top; a < ACT_COUNT && y < LINES - 1; a++, y++) {
		draw_cut(ui, y, 1, keys_names((enum action)a, keys, sizeof keys), KEYS_COLUMN_WIDTH - 2);
		draw_cut(ui, y, KEYS_COLUMN_WIDTH, keys_description((enum action)a), COLS - KEYS_COLUMN_WIDTH);
	}
}

/* "j/k scroll · q close · 21/30" (the last row shown of all) when the keys do not fit; else "q close". */
static char *
help_status(struct ui *ui)
{
	long bottom = (long)ui->help_top + help_rows();

	if (HELP_TOTAL <= help_rows())
		return xasprintf("%s close", keys_hint(&help_view, ACT_BACK));
	return xasprintf("%s/%s scroll · %s close · %ld/%ld", keys_hint(&help_view, ACT_MOVE_DOWN),
	    keys_hint(&help_view, ACT_MOVE_UP), keys_hint(&help_view, ACT_BACK),
	    bottom < HELP_TOTAL ? bottom : (long)HELP_TOTAL, (long)HELP_TOTAL);
}

static void
help_act(struct ui *ui, enum action a)
{
	long page = help_rows();

	switch (a) {
	case ACT_MOVE_DOWN: help_scroll(ui, 1); break;
	case ACT_MOVE_UP: help_scroll(ui, -1); break;
	case ACT_HALF_DOWN: help_scroll(ui, page > 1 ? page / 2 : 1); break;
	case ACT_HALF_UP: help_scroll(ui, page > 1 ? -page / 2 : -1); break;
	case ACT_PAGE_DOWN: help_scroll(ui, page); break;
	case ACT_PAGE_UP: help_scroll(ui, -page); break;
	case ACT_MOVE_FIRST: help_scroll(ui, -(long)HELP_TOTAL); break;
	case ACT_MOVE_LAST: help_scroll(ui, (long)HELP_TOTAL); break;
	case ACT_BACK:
	case ACT_CLEAR:
	case ACT_HELP: ui_show(ui, ui->help_return); break;
	default: break;
	}
}

static void
help_mouse(struct ui *ui, int y, int x, int wheel)
{
	(void)y;
	(void)x;
	help_scroll(ui, wheel);
}

const struct view_ops help_view = {
	.name = "help", .draw = help_draw, .act = help_act, .mouse = help_mouse, .status = help_status,
};
