/* settings: the INI file, scanned for lines, read by iniparser; see settings.h. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
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

/* A warning before it is sorted into line order. */
struct problem {
	int line;
	size_t seq;
	char *message;
};

/* What the scan of the file found: sections, keys and their lines. */
struct scan_entry {
	const char *section;	/* one of sections[] */
	char *key;
	int line;
};

struct scan {
	const char *file;
	const char *section;	/* NULL before the first, or in an unknown one */
	int in_unknown;
	struct scan_entry *entries;
	size_t nentries, cap;
	struct problem *problems;
	size_t nproblems, pcap;
	struct buf clean;	/* the file as iniparser is to read it */
};

static const char *const sections[] = { "general", "keys", "colors" };

static void __attribute__((format(printf, 3, 4)))
scan_problem(struct scan *sc, int line, const char *fmt, ...)
{
	va_list ap;
	struct buf b = { NULL, 0, 0 };
	char msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (line > 0)
		buf_printf(&b, "%s:%d: %s", sc->file, line, msg);
	else
		buf_printf(&b, "%s: %s", sc->file, msg);
	sc->problems = xgrow(sc->problems, &sc->pcap, sc->nproblems + 1, sizeof(*sc->problems));
	sc->problems[sc->nproblems].line = line;
	sc->problems[sc->nproblems].seq = sc->nproblems;
	sc->problems[sc->nproblems++].message = buf_detach(&b, NULL);
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

/* A copy of s with white space trimmed and ASCII lower-cased, as iniparser keys are. */
static char *
scan_key(const char *s, size_t len)
{
	char *k;
	size_t i;

	while (len > 0 && ascii_isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len > 0 && ascii_isspace((unsigned char)s[len - 1]))
		len--;
	k = xstrndup(s, len);
	for (i = 0; i < len; i++)
		k[i] = (char)ascii_tolower((unsigned char)k[i]);
	return k;
}

static const char *
scan_known_section(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sections); i++)
		if (strcmp(name, sections[i]) == 0)
			return sections[i];
	return NULL;
}

/* A [section] line (trimmed, len bytes); 0, or -1 when it is not one. */
static int
scan_section(struct scan *sc, const char *s, size_t len, int line)
{
	char *name;

	if (len < 3 || s[len - 1] != ']')
		return -1;
	name = scan_key(s + 1, len - 2);
	if (name[0] == '\0') {
		free(name);
		return -1;
	}
	sc->section = scan_known_section(name);
	sc->in_unknown = sc->section == NULL;
	if (sc->section == NULL)
		scan_problem(sc, line, "unknown section [%s] (known: [general], [keys], [colors]); ignored", name);
	free(name);
	return 0;
}

/* A key = value line; 0, or -1 when it is not one. */
static int
scan_pair(struct scan *sc, const char *s, size_t len, int line)
{
	const char *eq = memchr(s, '=', len);
	char *key;
	size_t i;

	if (eq == NULL)
		return -1;
	key = scan_key(s, (size_t)(eq - s));
	if (key[0] == '\0') {
		free(key);
		return -1;
	}
	if (sc->section == NULL) {
		if (!sc->in_unknown)
			scan_problem(sc, line, "%s: a key outside any section; ignored", key);
		free(key);
		return 0;
	}
	for (i = 0; i < sc->nentries; i++)
		if (sc->entries[i].section == sc->section && strcmp(sc->entries[i].key, key) == 0) {
			scan_problem(sc, line, "%s is set again (first on line %d); this one counts",
			    key, sc->entries[i].line);
			free(sc->entries[i].key);
			sc->entries[i] = sc->entries[--sc->nentries];
			break;
		}
	sc->entries = xgrow(sc->entries, &sc->cap, sc->nentries + 1, sizeof(*sc->entries));
	sc->entries[sc->nentries].section = sc->section;
	sc->entries[sc->nentries].key = key;
	sc->entries[sc->nentries++].line = line;
	return 0;
}

/* One line of the file; returns 1 when iniparser may read it. */
static int
scan_line(struct scan *sc, const char *s, size_t len, int line)
{
	if (len > SETTINGS_MAX_LINE) {
		scan_problem(sc, line, "line longer than %d bytes; ignored", SETTINGS_MAX_LINE);
		return 0;
	}
	if (memchr(s, '\0', len) != NULL) {
		scan_problem(sc, line, "NUL byte in the line; ignored");
		return 0;
	}
	while (len > 0 && ascii_isspace((unsigned char)s[len - 1]))
		len--;
	while (len > 0 && ascii_isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	if (len == 0 || *s == ';' || *s == '#')
		return 1;
	if (s[len - 1] == '\\') {
		scan_problem(sc, line, "a line ending in \\ (continued lines are not read); ignored");
		return 0;
	}
	if (*s == '[' ? scan_section(sc, s, len, line) == 0 : scan_pair(sc, s, len, line) == 0)
		return 1;
	scan_problem(sc, line, "syntax error: expected [section] or key = value; ignored");
	return 0;
}

/* Scans text line by line into sc: entries, problems, and the clean copy. */
static void
scan_text(struct scan *sc, const char *text, size_t len)
{
	size_t pos = 0;
	int line = 1;

	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		pos = 3;	/* a UTF-8 byte order mark */
	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl != NULL ? (size_t)(nl - text - pos) : len - pos;

		if (scan_line(sc, text + pos, n, line))
			buf_add(&sc->clean, text + pos, n);
		buf_addc(&sc->clean, '\n');
		pos += n + 1;
		line++;
	}
}

static int
settings_quiet(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

/* iniparser reads only files: hand it the clean copy through an anonymous one. */
static dictionary *
settings_iniparse(const char *text, size_t len)
{
	dictionary *d = NULL;
	char path[64];
	int fd = memfd_create("tandem.ini", 0);
	FILE *tmp = NULL;

	if (fd < 0 && (tmp = tmpfile()) != NULL)
		fd = fileno(tmp);
	if (fd < 0)
		return NULL;
	if (write_all(fd, text, len) == 0) {
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		iniparser_set_error_callback(settings_quiet);
		d = iniparser_load(path);
	}
	if (tmp != NULL)
		fclose(tmp);
	else
		close(fd);
	return d;
}

/* Reads the whole file; NULL with a problem noted when it cannot. */
static char *
settings_read(struct scan *sc, const char *path, int must_exist, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = { NULL, 0, 0 };
	char chunk[4096];
	size_t n;

	if (f == NULL) {
		if (errno != ENOENT || must_exist)
			scan_problem(sc, 0, "cannot be read: %s; using the defaults", strerror(errno));
		return NULL;
	}
	buf_add(&b, "", 0);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= (1u << 20))
		buf_add(&b, chunk, n);
	if (ferror(f) || b.len > (1u << 20)) {
		scan_problem(sc, 0, "%s; using the defaults", ferror(f) ? "cannot be read" : "larger than 1 MiB");
		buf_free(&b);
	}
	fclose(f);
	return buf_detach(&b, len);
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
settings_add_binding(struct settings *s, const struct scan_entry *e, const char *value)
{
	struct settings_binding *b;

	s->bindings = xrealloc(s->bindings, (s->nbindings + 1) * sizeof(*s->bindings));
	b = &s->bindings[s->nbindings++];
	b->action = xstrdup(e->key);
	b->keys = xstrdup(value);
	b->line = e->line;
}

/* Applies one key the scan found, with its value from iniparser. */
static void
settings_apply(struct settings *s, struct scan *sc, const struct scan_entry *e, const char *value)
{
	const char *why = "";
	size_t i;

	if (value == NULL) {
		scan_problem(sc, e->line, "%s has no value; the default is used", e->key);
		return;
	}
	if (e->section == sections[1]) {
		settings_add_binding(s, e, value);
		return;
	}
	for (i = 0; i < settings_nkeys; i++)
		if (strcmp(settings_keys[i].section, e->section) == 0 && strcmp(settings_keys[i].name, e->key) == 0)
			break;
	if (i == settings_nkeys)
		scan_problem(sc, e->line, "unknown key %s in [%s]; ignored", e->key, e->section);
	else if (settings_set(s, i, value, &why) < 0)
		scan_problem(sc, e->line, "bad value for %s: \"%s\" (want %s); the default %s is used",
		    e->key, value, why, settings_keys[i].def[0] ? settings_keys[i].def : "(empty)");
}

static int
problem_compare(const void *a, const void *b)
{
	const struct problem *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Moves the scan's problems into s in line order and frees the scan. */
static void
settings_finish(struct settings *s, struct scan *sc)
{
	size_t i;

	if (sc->nproblems > 0)
		qsort(sc->problems, sc->nproblems, sizeof(*sc->problems), problem_compare);
	s->warnings = xrealloc(s->warnings, (s->nwarnings + sc->nproblems + 1) * sizeof(*s->warnings));
	for (i = 0; i < sc->nproblems; i++)
		s->warnings[s->nwarnings++] = sc->problems[i].message;
	for (i = 0; i < sc->nentries; i++)
		free(sc->entries[i].key);
	free(sc->entries);
	free(sc->problems);
	buf_free(&sc->clean);
}

void
settings_load(struct settings *s, const char *path, int must_exist)
{
	struct scan sc;
	dictionary *d;
	char *text, *full;
	size_t len = 0, i;

	memset(&sc, 0, sizeof sc);
	sc.file = path;
	if ((text = settings_read(&sc, path, must_exist, &len)) != NULL) {
		free(s->file);
		s->file = xstrdup(path);
		scan_text(&sc, text, len);
		free(text);
		buf_add(&sc.clean, "", 0);
		if ((d = settings_iniparse(sc.clean.data, sc.clean.len)) == NULL) {
			scan_problem(&sc, 0, "cannot be parsed; using the defaults");
			sc.nentries = 0;
		}
		for (i = 0; i < sc.nentries; i++) {
			full = xasprintf("%s:%s", sc.entries[i].section, sc.entries[i].key);
			/* Only getstring: getint on a section entry crashes iniparser 4.1. */
			settings_apply(s, &sc, &sc.entries[i], iniparser_getstring(d, full, NULL));
			free(full);
		}
		if (d != NULL)
			iniparser_freedict(d);
	}
	settings_finish(s, &sc);
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
