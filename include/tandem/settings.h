/*
 * settings: the INI file of paths, widths, layout, keys and colours.
 *
 * Every key of [general] and every colour role of [colors] is declared once
 * in the tables below; the parser, the defaults and the check that
 * res/tandem.ini documents each key all come from them. The keys of [keys]
 * are the actions of the UI's action table, so they are kept as written
 * here and read by the UI. iniparser alone reads the file; the line of a
 * section or key it returned is then looked up in the text, so that every
 * problem is told as "FILE:LINE: problem" and the default is used for what
 * it concerns. A file iniparser refuses (a syntax error, a line too long)
 * is not used at all: the defaults are. A bad file never stops tandem.
 */
#ifndef TANDEM_SETTINGS_H
#define TANDEM_SETTINGS_H

#include <stddef.h>

/* X(name, type, default, what it sets): the keys of [general]. */
#define SETTINGS_GENERAL(X) \
	X(corpus,       PATH,   "",     "folder opened when no CORPUS is given; empty: the bundled corpus") \
	X(export_dir,   PATH,   "",     "folder exports are written to; empty: the current folder") \
	X(export_width, WIDTH,  "0",    "wrap exported text at this many columns; 0: one line per paragraph") \
	X(tmx_segments, SEGMENTS, "sentence", "a TMX export's units: sentence (a pair of sentences each) or paragraph") \
	X(layout,       LAYOUT, "auto", "reader panes: side-by-side, stacked, or auto (side by side when wide enough)") \
	X(mouse,        BOOL,   "yes",  "clicks and the wheel: yes or no") \
	X(sync_scroll,  BOOL,   "yes",  "the reader's panes scroll together: yes or no") \
	X(date_format,  DATE,   "%e %b %Y", "dates on screen: %e day, %d day of 2 digits, %b month (Nov), %m month (11), %Y year") \
	X(jobs,         JOBS,   "",     "threads reading the corpus, 1 to 256; empty: one per online processor")

/* X(role, default, what it colours): the roles of [colors], as fg,bg[,attribute]. */
#define SETTINGS_COLORS(X) \
	X(title,     "default,default,bold",    "titles and column headers") \
	X(selection, "default,default,reverse", "the selected meeting in the list") \
	X(rule,      "default,default",         "the rule between the panes") \
	X(unmatched, "default,default,dim",     "paragraphs without a counterpart") \
	X(match,     "black,yellow",            "search matches (reverse video without colour)") \
	X(sentence,  "default,default,reverse", "the sentence cursor's sentence and its counterpart") \
	X(term,      "default,default,bold,underline", "the translations of the word looked up, in the counterpart") \
	X(status,    "default,default,reverse", "the status line")

enum settings_layout { SETTINGS_LAYOUT_AUTO, SETTINGS_LAYOUT_SIDE_BY_SIDE, SETTINGS_LAYOUT_STACKED };

enum settings_role {
#define X(role, def, doc) SETTINGS_ROLE_##role,
	SETTINGS_COLORS(X)
#undef X
	SETTINGS_ROLE_COUNT
};

/* Attributes of a colour role. */
enum settings_attr {
	SETTINGS_BOLD = 1, SETTINGS_DIM = 2, SETTINGS_UNDERLINE = 4,
	SETTINGS_REVERSE = 8, SETTINGS_BLINK = 16, SETTINGS_STANDOUT = 32
};

struct settings_color {
	int fg, bg;		/* 0..255, -1: the terminal's default */
	unsigned attrs;		/* SETTINGS_* attributes */
};

/* One line of [keys] as written: the action and its key names. */
struct settings_binding {
	char *action;		/* lower case, as iniparser gives it */
	char *keys;		/* "j, Down" */
	int line;		/* where it is set (the last time); 0: not found */
};

struct settings {
	char *file;		/* the file read, or NULL */
	char *corpus;		/* NULL: the bundled corpus */
	char *export_dir;	/* NULL: the current folder */
	int export_width;
	int tmx_segments;	/* enum export_segments */
	enum settings_layout layout;
	int mouse;
	int sync_scroll;
	char *date_format;	/* checked: date_display() takes it */
	int jobs;		/* threads reading the corpus; 0: one per processor */
	struct settings_color colors[SETTINGS_ROLE_COUNT];
	int color;		/* 0 when NO_COLOR is set and not empty */
	struct settings_binding *bindings;
	size_t nbindings;
	char **warnings;	/* "FILE:LINE: problem", one per problem */
	size_t nwarnings;
};

/* One documented key: its section, name, default and what it sets. */
struct settings_key {
	const char *section;
	const char *name;
	const char *def;
	const char *doc;
};

/* The keys of [general] and [colors], in the order of the tables. */
extern const struct settings_key settings_keys[];
extern const size_t settings_nkeys;

/* The longest line the file may hold, in bytes without its newline: the most iniparser 4.1 reads. */
#define SETTINGS_MAX_LINE 1022

/* Fills s with the defaults (and NO_COLOR from the environment). Free with settings_free(). */
void settings_init(struct settings *s);
void settings_free(struct settings *s);

/*
 * Reads the file path into s, over the defaults. A missing file is no
 * problem unless must_exist; every other problem becomes a warning in s
 * and leaves the default for what it concerns. Never fails.
 */
void settings_load(struct settings *s, const char *path, int must_exist);

/* Adds the warning "FILE:LINE: message" (line 0: "FILE: message") to s. */
void settings_warn(struct settings *s, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The default settings file: $XDG_CONFIG_HOME/tandem/tandem.ini. Caller frees. */
char *settings_default_path(void);


#endif
