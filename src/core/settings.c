/*
 * settings: the INI file, read by iniparser alone; see settings.h.
 *
 * iniparser_load() decides everything the file says: its sections, keys
 * and values, and whether it is read at all (4.1 drops the whole file on
 * a syntax error or an over-long line, naming the line through its error
 * callback; the defaults are used then). files_read() first makes sure
 * the name is a regular file within the limit, so iniparser never waits
 * on a FIFO or reads a device, and keeps the text for the locator below.
 * Values are read only with iniparser_getstring(d, key, NULL) and
 * converted here: getint and getboolean crash on a section named like a
 * key (CVE-2023-33461).
 *
 * iniparser keeps no line numbers, so a small locator finds in the raw
 * text the line of a section or key iniparser returned, for the
 * "FILE:LINE:" of its message only (settings_locate()). It is not a
 * second grammar: it runs after iniparser has accepted the file, only
 * for names iniparser gave, and never adds, drops or changes a setting;
 * where it misreads a line, a message names a wrong line or none.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif

#include "tandem/dates.h"
#include "tandem/export.h"
#include "tandem/files.h"
#include "tandem/pool.h"
#include "tandem/settings.h"
#include "tandem/util.h"

enum setting_type { TYPE_PATH, TYPE_WIDTH, TYPE_SEGMENTS, TYPE_LAYOUT, TYPE_BOOL, TYPE_DATE, TYPE_JOBS };

struct general_key {
	enum setting_type type;
	size_t offset;
};

static const struct general_key general[] = {
#define X(name, type, def, doc) { TYPE_##type, offsetof(struct settings, name) },
	SETTINGS_GENERAL(X)
#undef X
};

const struct settings_key settings_keys[] = {
#define X(name, type, def, doc) { "general", #name, def, doc },
	SETTINGS_GENERAL(X)
#undef X
#define X(role, def, doc) { "colors", #role, def, doc },
	SETTINGS_COLORS(X)
#undef X
};
const size_t settings_nkeys = ARRAY_SIZE(settings_keys);

static const char *const color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct {
	const char *name;
	unsigned attr;
} attr_names[] = {
	{ "normal", 0 }, { "bold", SETTINGS_BOLD }, { "dim", SETTINGS_DIM },
	{ "underline", SETTINGS_UNDERLINE }, { "reverse", SETTINGS_REVERSE },
	{ "blink", SETTINGS_BLINK }, { "standout", SETTINGS_STANDOUT },
};

static const char *const layout_names[] = { "auto", "side-by-side", "stacked" };

static const char *const sections[] = { "general", "keys", "colors" };

/* The largest settings file read. */
#define SETTINGS_MAX_BYTES (1u << 20)
/* The longest name iniparser 4.1 looks up whole (ASCIILINESZ): a longer
 * "section:key" is cut short by iniparser_getstring(). */
#define SETTINGS_NAME_MAX 1024

/* A warning before it is sorted into line order. */
struct problem {
	int line;
	size_t seq;
	char *message;
};

struct mark;

/* One load of the file: its raw text (for lines only) and its problems. */
struct load {
	struct settings *s;
	const char *file;
	const char *text;
	size_t len;
	struct problem *problems;
	size_t nproblems, cap;
	struct mark *marks;	/* made when first needed */
	size_t nmarks, mcap;
	int marked;
	char *section;		/* the last section settings_is_section() found */
};

static void __attribute__((format(printf, 3, 4)))
load_problem(struct load *l, int line, const char *fmt, ...)
{
	va_list ap;
	char msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	l->problems = xgrow(l->problems, &l->cap, l->nproblems + 1, sizeof(*l->problems));
	l->problems[l->nproblems].line = line;
	l->problems[l->nproblems].seq = l->nproblems;
	l->problems[l->nproblems++].message = line > 0 ? xasprintf("%s:%d: %s", l->file, line, msg)
	    : xasprintf("%s: %s", l->file, msg);
}

void
settings_warn(struct settings *s, int line, const char *fmt, ...)
{
	va_list ap;
	char msg[512];
	const char *file = s->file != NULL ? s->file : "settings";

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	s->warnings = xrealloc(s->warnings, (s->nwarnings + 1) * sizeof(*s->warnings));
	s->warnings[s->nwarnings++] = line > 0 ? xasprintf("%s:%d: %s", file, line, msg)
	    : xasprintf("%s: %s", file, msg);
}

/*
 * The locator (see the top of this file) notes once, in line order, each
 * place where iniparser 4.1 finds a name: "[name]" lines, "name =" before
 * the first '=', names trimmed and lower-cased, ';' and '#' comments, a
 * line ending in a backslash continued by the next, a NUL ending a line.
 * Values are not looked at. The marks are then sorted by name for lookups.
 */
struct mark {
	char *name;		/* "section" for a heading, "section:key" for a key */
	int heading;
	int line;
};

/* Adds n bytes of s to b as iniparser makes a name: trimmed, lower-cased. */
static void
mark_name(struct buf *b, const char *s, size_t n)
{
	while (n > 0 && ascii_isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && ascii_isspace((unsigned char)s[n - 1]))
		n--;
	buf_add(b, "", 0);
	while (n-- > 0)
		buf_addc(b, (char)ascii_tolower((unsigned char)*s++));
}

static void
mark_add(struct load *l, struct buf *name, int heading, int line)
{
	l->marks = xgrow(l->marks, &l->mcap, l->nmarks + 1, sizeof(*l->marks));
	l->marks[l->nmarks].name = buf_detach(name, NULL);
	l->marks[l->nmarks].heading = heading;
	l->marks[l->nmarks++].line = line;
}

/* Marks the line s (trimmed, n bytes) when it names a section or a key;
 * section holds the name of the section it is in. */
static void
mark_line(struct load *l, const char *s, size_t n, int line, struct buf *section)
{
	struct buf name = { NULL, 0, 0 };
	const char *end;

	if (n == 0 || *s == ';' || *s == '#')
		return;
	if (*s == '[' && s[n - 1] == ']') {
		end = memchr(s, ']', n);
		if (end - s == 1)
			return;	/* "[]" leaves iniparser in the section it was in */
		section->len = 0;
		mark_name(section, s + 1, (size_t)(end - s - 1));
		buf_add(&name, section->data, section->len);
		mark_add(l, &name, 1, line);
		return;
	}
	if ((end = memchr(s, '=', n)) == NULL)
		return;
	buf_add(&name, section->data, section->len);
	buf_addc(&name, ':');
	mark_name(&name, s, (size_t)(end - s));
	mark_add(l, &name, 0, line);
}

static int
mark_compare(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c != 0)
		return c;
	if (x->heading != y->heading)
		return x->heading - y->heading;
	return (x->line > y->line) - (x->line < y->line);
}

/* Marks every name of the text l holds, sorted by name then line. */
static void
settings_mark(struct load *l)
{
	struct buf section = { NULL, 0, 0 };
	const char *s = l->text, *end = l->text + l->len, *nl;
	size_t n, skip;
	int line = 1, continued = 0;

	buf_add(&section, "", 0);	/* before any heading: iniparser's "" */
	for (; s < end; s = nl + 1, line++) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		n = strnlen(s, (size_t)(nl - s));
		while (n > 0 && ascii_isspace((unsigned char)s[n - 1]))
			n--;
		for (skip = 0; !continued && skip < n && ascii_isspace((unsigned char)s[skip]); skip++)
			;
		if (!continued)
			mark_line(l, s + skip, n - skip, line, &section);
		continued = n > 0 && s[n - 1] == '\\';
	}
	buf_free(&section);
	if (l->nmarks > 0)
		qsort(l->marks, l->nmarks, sizeof(*l->marks), mark_compare);
	l->marked = 1;
}

/* Where name (iniparser's "section" of a heading, or "section:key") is
 * written: its first and last lines, 0 when not found, and how often. */
struct place {
	int first, last;
	int count;
};

static struct place
settings_locate(struct load *l, const char *name, int heading)
{
	struct place p = { 0, 0, 0 };
	struct mark want = { (char *)name, heading, 0 };
	size_t lo = 0, hi, mid;

	if (!l->marked)
		settings_mark(l);
	for (hi = l->nmarks; lo < hi;) {	/* the first mark not below want */
		mid = lo + (hi - lo) / 2;
		if (mark_compare(&l->marks[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < l->nmarks && l->marks[lo].heading == heading && strcmp(l->marks[lo].name, name) == 0; lo++) {
		if (p.count++ == 0)
			p.first = l->marks[lo].line;
		p.last = l->marks[lo].line;
	}
	return p;
}

/* The bytes of line (from 1) in the raw text; NULL when there is none. */
static const char *
settings_raw_line(const struct load *l, int line, size_t *n)
{
	const char *s = l->text, *end = l->text + l->len, *nl;

	for (; s < end; s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		if (--line == 0) {
			*n = (size_t)(nl - s);
			return s;
		}
	}
	return NULL;
}

/* A path setting: NULL when empty, ~/ the home folder. */
static char *
settings_expand(const char *value)
{
	return value[0] != '\0' ? expand_home(value) : NULL;
}

static int
settings_choice(const char *value, const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ascii_strcasecmp(value, names[i]) == 0)
			return (int)i;
	return -1;
}

static int
settings_bool(const char *value, int *out)
{
	static const char *const yes[] = { "yes", "true", "on", "1" }, *const no[] = { "no", "false", "off", "0" };

	if (settings_choice(value, yes, ARRAY_SIZE(yes)) >= 0)
		*out = 1;
	else if (settings_choice(value, no, ARRAY_SIZE(no)) >= 0)
		*out = 0;
	else
		return -1;
	return 0;
}

/* Sets a key of [general]; 0, or -1 with *why. */
static int
settings_set_general(struct settings *s, const struct general_key *k, const char *value, const char **why)
{
	void *field = (char *)s + k->offset;
	int i;

	switch (k->type) {
	case TYPE_PATH:
		free(*(char **)field);
		*(char **)field = settings_expand(value);
		return 0;
	case TYPE_WIDTH:
		*why = EXPORT_WIDTH_WHAT;
		return export_parse_width(value, (int *)field);
	case TYPE_SEGMENTS:
		*why = EXPORT_SEGMENTS_WHAT;
		if ((i = export_segments_named(value)) < 0)
			return -1;
		*(int *)field = i;
		return 0;
	case TYPE_LAYOUT:
		*why = "side-by-side, stacked or auto";
		if ((i = settings_choice(value, layout_names, ARRAY_SIZE(layout_names))) < 0)
			return -1;
		*(enum settings_layout *)field = (enum settings_layout)i;
		return 0;
	case TYPE_BOOL:
		*why = "yes or no";
		return settings_bool(value, (int *)field);
	case TYPE_DATE:
		*why = DATE_DISPLAY_WHAT;
		if (date_display_check(value) < 0)
			return -1;
		free(*(char **)field);
		*(char **)field = xstrdup(value);
		return 0;
	case TYPE_JOBS:
		*why = POOL_THREADS_WHAT ", or empty";
		if (value[0] != '\0' && pool_parse_threads(value, &i) < 0)
			return -1;
		*(int *)field = value[0] != '\0' ? i : 0;
		return 0;
	}
	return -1;
}

static char *
settings_trim(char *s)
{
	size_t len;

	while (ascii_isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	while (len > 0 && ascii_isspace((unsigned char)s[len - 1]))
		s[--len] = '\0';
	return s;
}

/* A colour: a name, default, or 0..255; -2 when it is none. */
static int
settings_color_number(const char *s)
{
	long n;
	int i = settings_choice(s, color_names, ARRAY_SIZE(color_names));

	if (i >= 0)
		return i;
	if (ascii_strcasecmp(s, "default") == 0)
		return -1;
	return parse_decimal(s, 0, 255, &n) == 0 ? (int)n : -2;
}

static int
settings_attr(const char *s, unsigned *attrs)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(attr_names); i++)
		if (ascii_strcasecmp(s, attr_names[i].name) == 0) {
			*attrs |= attr_names[i].attr;
			return 0;
		}
	return -1;
}

/* Parses a colour role's value ("red,default,bold") into c; 0, or -1 with *why (static). */
static int
settings_parse_color(const char *value, struct settings_color *c, const char **why)
{
	char *copy = xstrdup(value), *save = NULL, *field;
	struct settings_color got = { -1, -1, 0 };
	int i = 0, status = 0;

	*why = "fg,bg[,attribute]: a colour name, default or 0-255; bold, dim, underline, reverse, blink, standout";
	for (field = strtok_r(copy, ",", &save); field != NULL; field = strtok_r(NULL, ",", &save), i++) {
		field = settings_trim(field);
		if (i == 0)
			got.fg = settings_color_number(field);
		else if (i == 1)
			got.bg = settings_color_number(field);
		else if (settings_attr(field, &got.attrs) < 0)
			status = -1;
		if (status < 0 || got.fg == -2 || got.bg == -2) {
			status = -1;
			break;
		}
	}
	free(copy);
	if (status < 0 || i < 2)
		return -1;
	*c = got;
	return 0;
}

/* Sets settings_keys[i] to value; 0, or -1 with *why. */
static int
settings_set(struct settings *s, size_t i, const char *value, const char **why)
{
	if (i < ARRAY_SIZE(general))
		return settings_set_general(s, &general[i], value, why);
	return settings_parse_color(value, &s->colors[i - ARRAY_SIZE(general)], why);
}

void
settings_init(struct settings *s)
{
	const char *no_color = getenv("NO_COLOR");
	const char *why;
	size_t i;

	memset(s, 0, sizeof *s);
	for (i = 0; i < settings_nkeys; i++)
		if (settings_set(s, i, settings_keys[i].def, &why) < 0)
			die("settings: bad default for %s", settings_keys[i].name);
	s->color = no_color == NULL || no_color[0] == '\0';
}

static void
settings_add_binding(struct settings *s, const char *action, const char *keys, int line)
{
	struct settings_binding *b;

	s->bindings = xrealloc(s->bindings, (s->nbindings + 1) * sizeof(*s->bindings));
	b = &s->bindings[s->nbindings++];
	b->action = xstrdup(action);
	b->keys = xstrdup(keys);
	b->line = line;
}

/* Applies the entry "section:key" of a known section, value as iniparser read it. */
static void
settings_apply(struct load *l, const char *entry, const char *section, const char *key, const char *value)
{
	struct place p = settings_locate(l, entry, 0);
	const char *why = "";
	size_t i;

	if (p.count > 1)
		load_problem(l, p.last, "%s is set again (first on line %d); this one counts", key, p.first);
	if (value != NULL && strcmp(section, "keys") == 0) {
		settings_add_binding(l->s, key, value, p.last);
		return;
	}
	/* value is NULL only for a name too long for iniparser to look up: no key's */
	for (i = 0; value != NULL && i < settings_nkeys; i++)
		if (strcmp(settings_keys[i].section, section) == 0 && strcmp(settings_keys[i].name, key) == 0)
			break;
	if (value == NULL || i == settings_nkeys)
		load_problem(l, p.last, "unknown key %s in [%s]; ignored", key, section);
	else if (settings_set(l->s, i, value, &why) < 0)
		load_problem(l, p.last, "bad value for %s: \"%s\" (want %s); the default %s is used",
		    key, value, why, settings_keys[i].def[0] ? settings_keys[i].def : "(empty)");
}

static int
settings_known_section(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sections); i++)
		if (strcmp(name, sections[i]) == 0)
			return 1;
	return 0;
}

/* Whether iniparser holds name as a section: an entry without a value
 * (an absent one gives the default ""). The last one found is kept, as
 * the keys of a section follow it in the dictionary. */
static int
settings_is_section(struct load *l, const dictionary *d, const char *name)
{
	if (l->section != NULL && strcmp(l->section, name) == 0)
		return 1;
	if (iniparser_getstring(d, name, "") != NULL)
		return 0;
	free(l->section);
	l->section = xstrdup(name);
	return 1;
}

/*
 * One entry of the dictionary, "section" for a section and "section:key"
 * for a key. Both may hold colons, so the section is the longest part
 * before a colon that is a section's entry; none: the key came before any
 * section (iniparser makes it ":key"). Values are read with getstring
 * only: iniparser 4.1's getint and getboolean crash on the entry of a
 * section named like a key, "[colors:title]" (CVE-2023-33461), whose
 * value is NULL.
 */
static void
settings_entry(struct load *l, const dictionary *d, const char *entry)
{
	const char *value = iniparser_getstring(d, entry, NULL);
	char *section = xstrdup(entry), *colon;

	if (value == NULL && strlen(entry) <= SETTINGS_NAME_MAX) {
		if (!settings_known_section(entry))
			load_problem(l, settings_locate(l, entry, 1).first,
			    "unknown section [%s] (known: [general], [keys], [colors]); ignored", entry);
		free(section);
		return;
	}
	while ((colon = strrchr(section, ':')) != NULL) {
		*colon = '\0';
		if (settings_is_section(l, d, section))
			break;
	}
	if (colon == NULL || section[0] == '\0')
		load_problem(l, settings_locate(l, entry, 0).last,
		    "%s: a key outside any section; ignored", entry + (entry[0] == ':'));
	else if (settings_known_section(section))
		settings_apply(l, entry, section, entry + strlen(section) + 1, value);
	/* else a key of an unknown section, named with its section */
	free(section);
}

/* iniparser tells its errors through a callback that takes no argument of
 * ours: the load under way. */
static struct load *loading;

/* iniparser's "input line too long" at line: why, from the raw line. */
static void
settings_too_long(struct load *l, int line)
{
	size_t n = 0;
	const char *s = settings_raw_line(l, line, &n);

	if (s != NULL && memchr(s, '\0', n) != NULL)
		load_problem(l, line, "NUL byte in the line; using the defaults");
	else if (s != NULL && n <= SETTINGS_MAX_LINE)
		load_problem(l, line, "longer than %d bytes with the lines it continues; using the defaults",
		    SETTINGS_MAX_LINE);
	else
		load_problem(l, line, "line longer than %d bytes; using the defaults", SETTINGS_MAX_LINE);
}

/* iniparser's error callback. Its formats are matched here: a line number
 * is taken only from "in %s (%d)", the file's name and the line. */
static int
settings_ini_error(const char *fmt, ...)
{
	va_list ap;
	const char *why;
	int line = 0;

	if (loading == NULL)
		return 0;
	va_start(ap, fmt);
	if (strstr(fmt, "in %s (%d)") != NULL) {
		(void)va_arg(ap, const char *);
		line = va_arg(ap, int);
	}
	va_end(ap);
	if (strstr(fmt, "too long") != NULL) {
		settings_too_long(loading, line);
		return 0;
	}
	if (strstr(fmt, "syntax error") == NULL)
		why = "cannot be parsed";
	else if (line == 1 && loading->len >= 3 && memcmp(loading->text, "\xef\xbb\xbf", 3) == 0)
		why = "a byte order mark at the start (save the file as UTF-8 without one)";
	else
		why = "syntax error: expected [section] or key = value";
	load_problem(loading, line, "%s; using the defaults", why);
	return 0;
}

static int
problem_compare(const void *a, const void *b)
{
	const struct problem *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Moves the load's problems into s in line order; frees the rest of l. */
static void
settings_finish(struct settings *s, struct load *l)
{
	size_t i;

	if (l->nproblems > 0)
		qsort(l->problems, l->nproblems, sizeof(*l->problems), problem_compare);
	s->warnings = xrealloc(s->warnings, (s->nwarnings + l->nproblems + 1) * sizeof(*s->warnings));
	for (i = 0; i < l->nproblems; i++)
		s->warnings[s->nwarnings++] = l->problems[i].message;
	free(l->problems);
	for (i = 0; i < l->nmarks; i++)
		free(l->marks[i].name);
	free(l->marks);
	free(l->section);
}

/* iniparser reads the file by its name, once files_read() has found it a
 * regular file within the limit; the text read is the locator's only. */
void
settings_load(struct settings *s, const char *path, int must_exist)
{
	struct load l = { s, path, NULL, 0, NULL, 0, 0, NULL, 0, 0, 0, NULL };
	dictionary *d;
	char *text = NULL, *why = NULL;
	int i;

	if (files_read(path, SETTINGS_MAX_BYTES, &text, &l.len, &why) < 0) {
		if (errno != ENOENT || must_exist)
			load_problem(&l, 0, "cannot be read: %s; using the defaults", why);
		free(why);
		settings_finish(s, &l);
		return;
	}
	free(s->file);
	s->file = xstrdup(path);
	l.text = text;
	loading = &l;
	iniparser_set_error_callback(settings_ini_error);
	d = iniparser_load(path);
	loading = NULL;
	if (d == NULL && l.nproblems == 0)
		load_problem(&l, 0, "cannot be parsed; using the defaults");
	for (i = 0; d != NULL && i < d->size; i++)
		if (d->key[i] != NULL)
			settings_entry(&l, d, d->key[i]);
	if (d != NULL)
		iniparser_freedict(d);
	free(text);
	settings_finish(s, &l);
}

void
settings_free(struct settings *s)
{
	size_t i;

	free(s->file);
	free(s->corpus);
	free(s->export_dir);
	free(s->date_format);
	for (i = 0; i < s->nbindings; i++) {
		free(s->bindings[i].action);
		free(s->bindings[i].keys);
	}
	free(s->bindings);
	for (i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s->warnings);
	memset(s, 0, sizeof *s);
}

char *
settings_default_path(void)
{
	return files_config_path("tandem.ini");
}
