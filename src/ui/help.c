/* help: the keys, one row an action, straight from the action table. */
#include "config.h"

#include "view.h"

enum { KEYS_COLUMN_WIDTH = 22 };

static int
help_rows(void)
{
	return LINES - 3 > 1 ? LINES - 3 : 1;
}

static void
help_draw(struct ui *ui)
{
	char keys[64];
	int a, y = 2;

	attron(A_BOLD);
	draw_str(ui, 0, 0, "tandem: keys", COLS);
	attroff(A_BOLD);
	for (a = ACT_NONE + 1 + (int)ui->help_top; a < ACT_COUNT && y < LINES - 1; a++, y++) {
		draw_str(ui, y, 1, keys_names((enum action)a, keys, sizeof keys), KEYS_COLUMN_WIDTH - 2);
		draw_str(ui, y, KEYS_COLUMN_WIDTH, keys_description((enum action)a), COLS - KEYS_COLUMN_WIDTH);
	}
}

static void
help_scroll(struct ui *ui, long delta)
{
	long last = (long)ACT_COUNT - 1 - help_rows(), top = (long)ui->help_top + delta;

	if (top > last)
		top = last;
	if (top < 0)
		top = 0;
	ui->help_top = (size_t)top;
}

static void
help_act(struct ui *ui, enum action a)
{
	switch (a) {
	case ACT_MOVE_DOWN: help_scroll(ui, 1); break;
	case ACT_MOVE_UP: help_scroll(ui, -1); break;
	case ACT_PAGE_DOWN: help_scroll(ui, help_rows()); break;
	case ACT_PAGE_UP: help_scroll(ui, -help_rows()); break;
	case ACT_MOVE_FIRST: help_scroll(ui, -(long)ACT_COUNT); break;
	case ACT_MOVE_LAST: help_scroll(ui, (long)ACT_COUNT); break;
	case ACT_BACK: ui_show(ui, ui->help_return); break;
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

const struct view_ops help_view = { "help", help_draw, help_act, help_mouse, NULL };
