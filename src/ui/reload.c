/*
 * reload: R reads the corpus folder again. On success the new corpus takes
 * the old one's place: the reader closes, the search index and the filter
 * are dropped, and the list stays on the same meeting. On failure nothing
 * changes and the status line says why.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view.h"

/* A corpus_options callback: "Reloading" on the status line; q or a
 * signal (SIGHUP: the terminal closed) stops. */
static int
reload_progress(enum corpus_step step, size_t done, size_t total, void *arg)
{
	struct ui *ui = arg;
	char *msg, *line;
	int ch;

	if (ui_signalled())
		return 1;	/* the terminal is gone, or we are told to stop */
	if (step == CORPUS_DONE)
		return 0;	/* the reloaded list is drawn next */
	line = corpus_progress_line(step, done, total, COLS - (int)strlen("Reloading: "), 1);
	msg = xasprintf("Reloading: %s", line);
	free(line);
	attron(ui_attr(ui, SETTINGS_ROLE_status));
	draw_blank(LINES - 1, 0, COLS);
	draw_cut(ui, LINES - 1, 0, msg, COLS);
	attroff(ui_attr(ui, SETTINGS_ROLE_status));
	refresh();
	free(msg);
	timeout(0);
	while ((ch = getch()) != ERR)
		if (ch == 'q')
			return 1;
	return 0;
}

/* The name of the first article of the meeting open or under the list's cursor (copied); NULL if none. */
static char *
reload_current(const struct ui *ui)
{
	const struct corpus *c = ui->corpus;
	size_t m;

	if (ui->reader.panes[0].articles != NULL)
		m = ui->reader.meeting;
	else if (ui->list_cursor < list_count(ui))
		m = list_meeting(ui, ui->list_cursor);
	else
		return NULL;
	return xstrdup(c->articles[c->meetings.list[m].articles[0]]->name);
}

/* Puts the list's cursor on the meeting whose first article is name, else within the list. */
static void
reload_place_cursor(struct ui *ui, const char *name)
{
	const struct corpus *c = ui->corpus;
	size_t m;

	ui->list_top = 0;
	for (m = 0; name != NULL && m < c->meetings.n; m++)
		if (strcmp(c->articles[c->meetings.list[m].articles[0]]->name, name) == 0) {
			ui->list_cursor = m;
			return;
		}
	if (ui->list_cursor >= c->meetings.n)
		ui->list_cursor = c->meetings.n > 0 ? c->meetings.n - 1 : 0;
}

/* Drops everything that points into the corpus, then fresh replaces it. */
static void
reload_swap(struct ui *ui, struct corpus *fresh)
{
	struct corpus old;
	char *current = reload_current(ui);

	reader_close(ui);
	find_clear(ui);
	search_index_free(&ui->search);
	old = *ui->corpus;
	*ui->corpus = *fresh;	/* the struct stays the caller's of ui_run(); its old contents go here */
	corpus_free(&old);
	search_index_init(&ui->search, ui->corpus);
	reload_place_cursor(ui, current);
	free(current);
	ui_show(ui, &list_view);
}

void
reload_corpus(struct ui *ui)
{
	struct corpus_options co = { 0 };
	struct corpus fresh;
	char *cause = NULL, *msg, *counts;

	co.progress = reload_progress;
	co.arg = ui;
	co.state_dir = ui->opt != NULL ? ui->opt->index_dir : NULL;
	co.jobs = ui->opt != NULL ? ui->opt->jobs : 0;
	if (corpus_load_indexed(&fresh, ui->corpus->dir, &co, &cause) < 0) {
		msg = xasprintf("cannot reload %s", cause);
		free(cause);
	} else if (fresh.interrupted) {
		corpus_free(&fresh);
		msg = xstrdup("Reload stopped; the corpus is as it was");
	} else {
		reload_swap(ui, &fresh);
		counts = list_counts(ui->corpus);
		msg = xasprintf("reloaded: %s", counts);
		free(counts);
	}
	ui_message(ui, msg);
	free(msg);
}
