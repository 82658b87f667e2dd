/*
 * ui: the terminal program (list view, reader view, help, prompts).
 *
 * The only part of tandem that includes curses. It draws what the core
 * has computed and does no text processing of its own.
 */
#ifndef TANDEM_UI_H
#define TANDEM_UI_H

#include "tandem/corpus.h"

struct ui_options {
	int force_utf8;		/* -u: UTF-8 output whatever the locale says */
	const char *export_dir;	/* where exports go by default; NULL: current folder */
};

/* Runs the interactive program on a loaded corpus until the user quits.
 * Returns the exit status. The terminal is restored on every way out. */
int ui_run(struct corpus *c, const struct ui_options *opt);

#endif
