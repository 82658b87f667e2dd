/*
 * ui: the terminal program (list view, reader view, help, prompts).
 *
 * The only part of tandem that includes curses. It draws what the core
 * has computed and does no text processing of its own.
 */
#ifndef TANDEM_UI_H
#define TANDEM_UI_H

#include <stddef.h>
#include "tandem/corpus.h"
#include "tandem/settings.h"

struct ui_options {
	int force_utf8;		/* -u: UTF-8 output whatever the locale says */
	const char *export_dir;	/* where exports go by default; NULL: current folder */
	int export_width;	/* wrap exports at this width; 0: one line per paragraph */
	struct settings *settings;	/* keys, colours, layout; NULL: the defaults */
	const char *state_path;	/* where the reading position is kept; NULL: nowhere */
	const char *index_dir;	/* the index a reload (R) uses and keeps (index.h); NULL: none */
	int jobs;		/* threads a reload reads in; 0: one per processor */
};

/* Runs the interactive program on a loaded corpus until the user quits.
 * c stays the caller's to free; a reload (R) reads c->dir again and, when
 * that works, frees c's old contents and puts the new ones in their place.
 * Returns the exit status. The terminal is restored on every way out.
 * Settings problems (opt->settings->warnings) are printed to stderr first
 * and named on the status line. */
int ui_run(struct corpus *c, const struct ui_options *opt);

/* A corpus_options progress callback for the load before ui_run(): after
 * half a second it shows "reading 12,345/100,000 files (q stops)", then
 * "grouping 99,800 articles"; q while reading makes it return nonzero,
 * which stops the load. */
int ui_progress(enum corpus_step step, size_t done, size_t total, void *arg);
/* Restores the terminal after a load that ui_progress() stopped. */
void ui_progress_end(void);

#endif
