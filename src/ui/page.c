/* page: a page of rows under a title that scrolls, over the view it was opened from (help, problems). */
#include "config.h"

#include <stdio.h>

#include "view.h"

int
page_rows(void)
{
	return LINES - PAGE_FIRST_ROW - 1 > 1 ? LINES - PAGE_FIRST_ROW - 1 : 1;
}

void
page_open(struct ui *ui, const struct view_ops *view, enum action opened_by)
{
	if (!ui->view->is_page)	/* one page replaces another: q goes back past both */
		ui->page.back_to = ui->view;
	ui->page.top = 0;
	ui->page.opened_by = opened_by;
	ui_show(ui, view);
}

void
page_scroll(struct ui *ui, size_t total, long delta)
{
	long last = (long)total - page_rows(), top = (long)ui->page.top + delta;

	if (top > last)
		top = last;
	if (top < 0)
		top = 0;
	ui->page.top = (size_t)top;
}

void
page_act(struct ui *ui, size_t total, enum action a)
{
	long page = page_rows();

	switch (a) {
	case ACT_MOVE_DOWN: page_scroll(ui, total, 1); break;
	case ACT_MOVE_UP: page_scroll(ui, total, -1); break;
	case ACT_HALF_DOWN: page_scroll(ui, total, ui_half_page(page)); break;
	case ACT_HALF_UP: page_scroll(ui, total, -ui_half_page(page)); break;
	case ACT_PAGE_DOWN: page_scroll(ui, total, page); break;
	case ACT_PAGE_UP: page_scroll(ui, total, -page); break;
	case ACT_MOVE_FIRST: page_scroll(ui, total, -(long)total); break;
	case ACT_MOVE_LAST: page_scroll(ui, total, (long)total); break;
	case ACT_BACK:
	case ACT_CLEAR: ui_show(ui, ui->page.back_to); break;
	default:
		if (a == ui->page.opened_by)
			ui_show(ui, ui->page.back_to);
		break;
	}
}

char *
page_status(const struct ui *ui, size_t total)
{
	const struct view_ops *v = ui->view;
	size_t bottom = ui->page.top + (size_t)page_rows();

	if (total <= (size_t)page_rows())
		return xasprintf("%s close", keys_hint(v, ACT_BACK));
	return xasprintf("%s/%s scroll · %s close · %zu/%zu", keys_hint(v, ACT_MOVE_DOWN),
	    keys_hint(v, ACT_MOVE_UP), keys_hint(v, ACT_BACK), bottom < total ? bottom : total, total);
}
