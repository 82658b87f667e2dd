/*
 * state: where the reader was, kept between runs.
 *
 * The state file remembers the last meeting opened (by the name of its
 * first article, which outlives a changed corpus better than an index) and
 * the paragraph at the top of each article read. It is written atomically
 * (files_write), so a crash never leaves half a file; a damaged file
 * is reported and ignored, never trusted. No curses here.
 */
#ifndef TANDEM_STATE_H
#define TANDEM_STATE_H

#include <stddef.h>

/* How many articles the file remembers; the least recently read go first. */
#define STATE_MAX_ARTICLES 5000

struct state_position {
	char *article;	/* file name without .txt */
	size_t para;	/* the paragraph at the top */
};

struct state {
	char *meeting;	/* first article of the last meeting opened, or NULL */
	struct state_position *positions;	/* least recently read first */
	size_t npositions, cap;
};

/* The state file: "state" in files_state_dir(), beside the index. Caller
 * frees; NULL without HOME. */
char *state_default_path(void);

/*
 * Reads path into s (initialized here; free with state_free()). A missing
 * file gives an empty state and 0. A damaged or unreadable one gives an
 * empty state and -1 with *cause (caller frees).
 */
int state_load(struct state *s, const char *path, char **cause);
/*
 * Writes s to path atomically, making its folder if need be. Returns 0, or
 * -1 with *cause (caller frees); the old file is then left as it was.
 */
int state_save(const struct state *s, const char *path, char **cause);
void state_free(struct state *s);

/* Remembers para as the top of article (copied). */
void state_set_position(struct state *s, const char *article, size_t para);
/* The remembered top paragraph of article; 0 when none. */
size_t state_position(const struct state *s, const char *article);
/* Remembers the last meeting opened by its first article's name (copied). */
void state_set_meeting(struct state *s, const char *article);

#endif
