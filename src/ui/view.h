/*
 * view: the state of the terminal UI and the views that draw it.
 *
 * ui.c owns the main loop: it reads a key, turns it into an action through
 * the action table (keys.c) and hands it to the current view, or to the
 * prompt while one is open; KEY_RESIZE and signals are handled there only.
 * Each view (list.c, reader.c, help.c, problems.c, lookup.c) is a draw and
 * an act function over struct ui; cursor.c is the reader's sentence cursor;
 * draw.c holds the few drawing helpers they share;
 * page.c the scrolling of the help and the problems, pages over another
 * view; find.c the
 * search and the list filter, over the core's search.h; reload.c reads the
 * corpus again. Text comes
 * measured and wrapped from the core (text.h, layout.h).
 */
#ifndef TANDEM_UI_VIEW_H
#define TANDEM_UI_VIEW_H

#include <stddef.h>
#include <curses.h>

#include "tandem/corpus.h"
#include "tandem/layout.h"
#include "tandem/search.h"
#include "tandem/sentence.h"
#include "tandem/settings.h"
#include "tandem/state.h"
#include "tandem/ui.h"
#include "tandem/util.h"
#include "actions.h"

/* Panes narrower than this are not put side by side. */
#define PANE_MIN_WIDTH 30
/* Text rows each pane needs for the auto layout to stack the panes. */
#define PANE_MIN_STACKED_ROWS 8
/* Below this the UI only says the terminal is too small. */
#define UI_MIN_COLS 20
#define UI_MIN_LINES 6

struct ui;

struct view_ops {
	const char *name;
	void (*draw)(struct ui *ui);
	void (*act)(struct ui *ui, enum action a);
	/* A click (wheel 0) or a wheel step (-1 up, 1 down) at row y, column x. */
	void (*mouse)(struct ui *ui, int y, int x, int wheel);
	/* A little work while no key comes (may be NULL); 1 when some was done. */
	int (*idle)(struct ui *ui);
	/* Where the reader is in the view, for the status line ("1/3 · 3 meetings"); caller frees. */
	char *(*status)(struct ui *ui);
	/* What q does, for the status line's hint ("quit"); NULL: no hint. */
	const char *back;
	/* A page over the view it was opened from (page.c): help, problems. */
	int is_page;
};

enum prompt_mode {
	PROMPT_NONE, PROMPT_EXPORT_NAME, PROMPT_OVERWRITE,
	PROMPT_SEARCH, PROMPT_SEARCH_BACK, PROMPT_FILTER	/* find.c's */
};

/* The one-line editor on the status line. */
struct prompt {
	enum prompt_mode mode;
	struct buf text;	/* UTF-8 */
	size_t cursor;		/* byte offset into text */
	size_t scroll;		/* byte offset of the first character shown */
	const struct article *article;	/* what is being exported */
	const struct article *english;	/* not NULL: the pair article-english */
	char *path;		/* the file asked about when overwriting */
};

/* One pane of the reader: which article and where in it. */
struct pane {
	size_t *articles;	/* corpus indexes of this pane's language */
	size_t narticles;
	size_t shown;		/* index into articles */
	struct layout_pos pos;	/* the line on top */
};

/* The articles the reader shows, aligned, and their rows side by side (pair.c). */
struct pair {
	struct alignment al;
	int aligned;		/* al holds the alignment of article[0] and article[1] */
	size_t article[2];	/* corpus indexes */
	struct pair_layout rows;
	int width[2];		/* the layout widths rows were built at; 0: not built */
	int anchor;		/* the pane whose position the top row follows */
};

/* A word lit in the sentence cursor's counterpart: len bytes of paragraph para from off. */
struct cursor_term {
	size_t para, off, len;
};

/*
 * The sentence cursor (cursor.c): the sentences of the pair shown, cut and
 * aligned once, on the first ) or (; one of them lit in one pane, its
 * counterpart in the other.
 */
struct cursor {
	int ready;		/* s, n, al and bead_of are those of article[] */
	size_t article[2];	/* corpus indexes */
	struct sentence *s[2];	/* each side's sentences, in reading order */
	size_t n[2];
	struct alignment al;	/* sentence beads: indexes into s[0] and s[1] */
	size_t *bead_of[2];	/* the bead of every sentence of each side */
	int on;			/* a sentence is lit */
	int side;		/* the pane it is lit in */
	size_t at;		/* index into s[side] */
	struct cursor_term *terms;	/* lit in the counterpart (lookup.c), in reading order */
	size_t nterms;
};

/* A row of the word lookup (lookup.c): a word of the sentence, or a dictionary line of it. */
struct lookup_row {
	char *text;	/* the word as the sentence spells it, or the line; owned */
	size_t word;	/* the word it belongs to */
	int is_word;
};

/* A word of the sentence looked up: len bytes of paragraph para from off. */
struct lookup_word {
	size_t para, off, len;
	size_t row;	/* its row */
};

/* The word lookup's window: the lit sentence's words and their dictionary lines. */
struct lookup {
	int side;	/* the pane of the sentence */
	struct lookup_word *words;
	size_t nwords, words_cap;
	struct lookup_row *rows;
	size_t nrows, rows_cap;
	size_t chosen;	/* the word chosen */
	size_t top;	/* the row on top of the window */
};

struct reader {
	size_t meeting;
	struct pane panes[2];	/* German (and unknown) left, English right */
	int npanes;		/* 1 when the meeting has one language */
	int focus;		/* the pane keys and export act on */
	struct layout_cache cache;
	/* The query's matches in each pane's article, found once for each (article, query). */
	struct search_match *matches[2];
	size_t nmatches[2];
	size_t matches_article[2];	/* corpus index they were found in */
	unsigned matches_query[2];	/* ui.query_id they were found for; 0: none */
	size_t current[2];	/* the match last gone to in each pane */
	struct pair pair;
	struct cursor cursor;
	struct lookup lookup;
};

/* The reader's rows above the text: each pane's title and details. */
#define READER_HEADER_ROWS 2

/* How the reader's panes share the screen. */
enum reader_arrangement {
	READER_ONE,		/* one pane at a time (or the meeting has one language) */
	READER_SIDE_BY_SIDE,	/* German left, English right, a vertical rule between */
	READER_STACKED		/* German above, English below, a horizontal rule between */
};

/* Where the reader's panes go on the current screen. */
struct reader_geometry {
	enum reader_arrangement arrangement;
	int shown[2];	/* which panes are drawn */
	int x[2], w[2];	/* text column and width of each pane */
	int y[2];	/* first text row of each pane; its header is above */
	int rule;	/* column of the vertical rule, -1 for none */
	int hrule;	/* row of the horizontal rule, -1 for none */
	int rows;	/* text rows of each pane */
};

/* What a pane shows: its first line (or aligned row) on screen, how many it shows, of how many. */
struct reader_place {
	size_t top, shown, total;
};

/* Where a page (help, problems) is scrolled to, and what closes it. */
struct page {
	size_t top;		/* the row of the page on the first screen row */
	const struct view_ops *back_to;	/* the view it was opened from */
	enum action opened_by;	/* its key closes it too */
};

struct ui {
	struct corpus *corpus;
	const struct ui_options *opt;
	int utf8;		/* the terminal takes UTF-8 */
	const struct view_ops *view;
	size_t list_cursor, list_top;
	struct reader reader;
	struct page page;	/* the help or the problems, while one is shown */
	struct prompt prompt;
	char *message;		/* shown on the status line until the next key */
	int quit;
	const struct settings *settings;	/* never NULL */
	attr_t attrs[SETTINGS_ROLE_COUNT];	/* of each colour role */
	struct search_index search;	/* the corpus folded for searching */
	struct search_query query;	/* the last search; empty when none */
	char *query_text;	/* as typed */
	unsigned query_id;	/* counts the queries */
	size_t *filtered;	/* meetings the list shows when filtered, else NULL */
	size_t nfiltered;
	/* The list narrowed to one counterpart's meetings (filtered holds them):
	 * "Primorje · 4 meetings, 2019–2025"; else NULL. */
	char *counterpart;
	size_t wide_meeting, wide_top;	/* the meeting selected and the top row before it narrowed */
	struct state state;	/* reading positions to keep */
	int sync;		/* the reader's panes scroll together */
	enum settings_layout layout;	/* the reader's layout: the setting, cycled by a key */
};

extern const struct view_ops list_view, reader_view, help_view, problems_view, lookup_view;

/* keys.c: the action of a key in view (is_code: a KEY_* code from get_wch). */
enum action keys_action(const struct view_ops *view, int key, int is_code);
/* Binds the actions to the keys of the settings' [keys]; problems become warnings in s. */
void keys_configure(struct settings *s);
/* The name of the first key that does a in view ("?", or "F1" in the reader). */
const char *keys_hint(const struct view_ops *view, enum action a);
/* The description of an action. */
const char *keys_description(enum action a);
/* The description for the middle of a sentence ("move down one line") into buf (size n). */
const char *keys_doing(enum action a, char *buf, size_t n);
/* The keys of an action as "j, Down" into buf (size n). */
const char *keys_names(enum action a, char *buf, size_t n);

/* page.c: a page's first row below its title. */
#define PAGE_FIRST_ROW 2
/* The rows of a page between its title and the status line. */
int page_rows(void);
/* Shows view, a page, over the view shown now; the key of action opened_by closes it. */
void page_open(struct ui *ui, const struct view_ops *view, enum action opened_by);
/* Scrolls a page of total rows by delta, the last screen kept full. */
void page_scroll(struct ui *ui, size_t total, long delta);
/* The keys of a page of total rows: scrolling, and q, Esc or its own key to close it. */
void page_act(struct ui *ui, size_t total, enum action a);
/* "j/k scroll · q close · 21/30" (the last row shown of all), or "q close" when all fit; caller frees. */
char *page_status(const struct ui *ui, size_t total);

/* draw.c: draws at most maxw columns of UTF-8 s at (y, x); returns the width drawn. */
int draw_text(const struct ui *ui, int y, int x, const char *s, size_t len, int maxw);
/* Like draw_text for a NUL-terminated string. */
int draw_str(const struct ui *ui, int y, int x, const char *s, int maxw);
/* Blanks w columns from (y, x). */
void draw_blank(int y, int x, int w);
/* Like draw_str, but a string wider than maxw columns ends in "…", cut at a character. */
int draw_cut(const struct ui *ui, int y, int x, const char *s, int maxw);
/* The columns draw_cut gives s of maxw: maxw when it fits, else what is left beside "…". */
int draw_room(const struct ui *ui, const char *s, int maxw);
/* The columns the len bytes of s take on this terminal: without UTF-8, ä is drawn as ae. */
int draw_width(const struct ui *ui, const char *s, size_t len);
/* 1 when s is at most maxw columns wide on this terminal. */
int draw_fits(const struct ui *ui, const char *s, int maxw);
/* Draws the "…" of a cut line at (y, x); returns its width. */
int draw_more(const struct ui *ui, int y, int x);
/* The width draw_more draws. */
int draw_more_width(const struct ui *ui);
/* The status line: the message, or where the reader is and the keys for help and back. */
void draw_status(struct ui *ui);
/* 1 when the screen is too small to draw anything but a note; draws it. */
int draw_too_small(const struct ui *ui);

/* ui.c: whether a key (or a signal) waits: long work asks it as a
 * struct stop, and yields. */
int ui_input_waiting(void *arg);
/* Whether a signal (SIGINT, SIGTERM, SIGHUP) told the program to end. */
int ui_signalled(void);
/* Half a page of page rows, at least one: what C-d and C-u move. */
long ui_half_page(long page);
/* ui.c: shows msg on the status line (takes a copy). */
void ui_message(struct ui *ui, const char *msg);
/* Says why the reader's key for a did nothing, then what it does:
 * "c: this meeting has one English article (show the next English article)". */
void ui_explain(struct ui *ui, enum action a, const char *why);
/* Switches to a view. */
void ui_show(struct ui *ui, const struct view_ops *view);
/* The curses attributes of a colour role. */
attr_t ui_attr(const struct ui *ui, enum settings_role role);

/* reader.c: opens meeting m in the reader. */
void reader_open(struct ui *ui, size_t m);
/* Frees the reader's state. */
void reader_close(struct ui *ui);
/* Screen rows of pos in pane p from its first text row: negative above, g->rows or more below. */
long reader_screen_row(struct ui *ui, const struct reader_geometry *g, int p, struct layout_pos pos);
/* Moves pane p alone by delta display lines, keeping the last page full. */
void reader_scroll_pane(struct ui *ui, int p, long delta);
/* Scrolls so that pos of pane p is on top (both panes when they scroll together). */
void reader_show_pos(struct ui *ui, int p, struct layout_pos pos);
/* The layout pane p is drawn with now. */
const struct layout *reader_pane_layout(struct ui *ui, int p);
/* Where the panes go on the current screen, and pane p's layout there. */
struct reader_geometry reader_geometry(const struct ui *ui);
const struct layout *reader_layout(struct ui *ui, int p, const struct reader_geometry *g);

/*
 * pair.c: the rows of the two articles shown, aligned (NULL with one pane);
 * side[] gets the layouts. Aligns when an article changed, builds the rows
 * when a width changed; the reader owns both.
 */
const struct pair_layout *pair_rows(struct ui *ui, const struct reader_geometry *g, const struct layout *side[2]);
/* The share of German paragraphs with a counterpart in the English article shown; -1 with one pane. */
double pair_coverage(struct ui *ui);
/* Draws the text rows of both panes, aligned, from the top row (stacked: each pane from the top bead). */
void pair_draw(struct ui *ui, const struct reader_geometry *g);
/* Scrolls both panes by delta rows, keeping the last page full. */
void pair_scroll(struct ui *ui, const struct reader_geometry *g, long delta);
/* Scrolls both panes so that pos of pane p is on top. */
void pair_show(struct ui *ui, const struct reader_geometry *g, int p, struct layout_pos pos);
/* Where synchronized pane p is: in aligned rows side by side, in its own lines stacked; 0 with one pane. */
int pair_place(struct ui *ui, const struct reader_geometry *g, int p, struct reader_place *at);
/* Pane p leads: the other pane goes to what corresponds to p's position. */
void pair_follow(struct ui *ui, int p);
/* The row of pos of pane p in the synchronized panes, from the first text row (as reader_screen_row). */
long pair_screen_row(struct ui *ui, const struct reader_geometry *g, int p, struct layout_pos pos);
/* Goes to the next (dir 1) or previous (dir -1) paragraph without a counterpart. */
void pair_jump_unmatched(struct ui *ui, int dir);
/* Forgets the alignment and the rows. */
void pair_free(struct pair *pr);
/* The paragraph alignment of the two articles shown, aligned when they changed; NULL with one pane. */
const struct alignment *pair_alignment(struct ui *ui);

/* cursor.c: lights the next (dir 1) or previous (dir -1) sentence of the focus pane. */
void cursor_move(struct ui *ui, int dir);
/* The focus moved: the cursor goes to the counterpart's first sentence, else to the pane's top one. */
void cursor_refocus(struct ui *ui);
/* Puts the cursor out (Esc); 1 when it was on. */
int cursor_clear(struct ui *ui);
/* Forgets the sentences (the reader closes). */
void cursor_free(struct cursor *c);
/* The lit sentence of the articles shown, or NULL; *side gets its pane. */
const struct sentence *cursor_sentence(struct ui *ui, int *side);
/* The counterpart of the lit sentence: *first and the count returned, indexes into cursor.s[1 - side]. */
size_t cursor_counterpart(struct ui *ui, size_t *first);
/* "sentence 3/7 of ¶ 4" into buf (size n), or NULL when no sentence is lit in pane p. */
const char *cursor_status(struct ui *ui, int p, char *buf, size_t n);
/*
 * The attribute of byte off of paragraph para in pane p: the lit sentence,
 * its counterpart and the terms lit in it, else A_NORMAL; *until gets the
 * offset where that changes (SIZE_MAX: not in this paragraph).
 */
attr_t cursor_attr(struct ui *ui, int p, size_t para, size_t off, size_t *until);
/* Scrolls so that the lit sentence and its counterpart are on screen. */
void cursor_reveal(struct ui *ui);
/* Lights terms (n of them, in reading order) in the counterpart, until the cursor moves; takes them. */
void cursor_set_terms(struct ui *ui, struct cursor_term *terms, size_t n);

/* lookup.c: opens the word lookup on the lit sentence (or says why not). */
void lookup_open(struct ui *ui);
/* Forgets the window's rows. */
void lookup_free(struct lookup *l);

/* list.c: "3 meetings, 5 articles, 0 skipped, 0 repaired"; caller frees. */
char *list_counts(const struct corpus *c);
/* The number of rows of the list, and the meeting on row i (the filter applied). */
size_t list_count(const struct ui *ui);
size_t list_meeting(const struct ui *ui, size_t i);

/* find.c: runs the query typed at a search or filter prompt. */
void find_start(struct ui *ui, enum prompt_mode mode, const char *text);
/* Goes to the next (dir 1) or previous (dir -1) match in the reader. */
void find_next(struct ui *ui, int dir);
/* Forgets the query and the list filter (or its narrowing to a counterpart). */
void find_clear(struct ui *ui);
/* Forgets the query, and the list filter it made; a narrowing to a
 * counterpart stays. */
void find_clear_query(struct ui *ui);
/* Draws display line row of pane p's layout at (y, x) in w columns, matches highlighted. */
void find_draw_line(struct ui *ui, int p, const struct layout *l, size_t row, int y, int x, int w);
/* Draws title, pane p's article's title as its header shows it, with the
 * matches in its headline highlighted, the rest in attribute attr; cut with … as draw_cut. */
void find_draw_title(struct ui *ui, int p, const char *title, int y, int x, int w, attr_t attr);

/* reload.c: reads the corpus folder again; on success the new corpus replaces the old everywhere. */
void reload_corpus(struct ui *ui);

/* prompt.c: opens the export prompt for article a. */
void prompt_export(struct ui *ui, const struct article *a);
/* Opens the export prompt for the aligned pair de and en. */
void prompt_export_pair(struct ui *ui, const struct article *de, const struct article *en);
/* Opens an empty search or filter prompt (a PROMPT_SEARCH* or PROMPT_FILTER mode). */
void prompt_search(struct ui *ui, enum prompt_mode mode);
/* Handles a key while the prompt is open. */
void prompt_key(struct ui *ui, int key, int is_code);
/* Draws the prompt on the status line. */
void prompt_draw(struct ui *ui);

#endif
