/* Settings: good files, each kind of bad file (with its line), and res/tandem.ini. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tandem/export.h"
#include "tandem/settings.h"
#include "tandem/util.h"
#include "../../src/ui/actions.h"
#include "tap.h"

static char dir[] = "/tmp/tandem-settings.XXXXXX";

/* Writes text to a file in the test folder; returns its path (static). */
static const char *
write_ini(const char *text, size_t len)
{
	static char path[128];
	FILE *f;

	snprintf(path, sizeof path, "%s/t.ini", dir);
	f = fopen(path, "wb");
	fwrite(text, 1, len, f);
	fclose(f);
	return path;
}

static void
load(struct settings *s, const char *text)
{
	settings_init(s);
	settings_load(s, write_ini(text, strlen(text)), 1);
}

/* The warnings of s joined by newlines, with the folder taken out. */
static char *
warnings(const struct settings *s)
{
	struct buf b = { NULL, 0, 0 };
	size_t i;

	buf_add(&b, "", 0);
	for (i = 0; i < s->nwarnings; i++) {
		const char *w = s->warnings[i];

		if (strncmp(w, dir, strlen(dir)) == 0)
			w += strlen(dir) + 1;
		buf_printf(&b, "%s%s", i ? "\n" : "", w);
	}
	return buf_detach(&b, NULL);
}

static void
warns(const char *text, const char *want, const char *name)
{
	struct settings s;
	char *got;

	load(&s, text);
	got = warnings(&s);
	is_str(got, want, name);
	free(got);
	settings_free(&s);
}

static void
test_defaults(void)
{
	struct settings s;

	unsetenv("NO_COLOR");
	settings_init(&s);
	ok(s.corpus == NULL && s.export_dir == NULL && s.export_width == 0, "default paths and width");
	is_int(s.tmx_segments, EXPORT_SEGMENTS_sentence, "TMX by sentence by default");
	ok(s.layout == SETTINGS_LAYOUT_AUTO && s.mouse && s.sync_scroll, "default layout, mouse, sync_scroll");
	is_str(s.date_format, "%e %b %Y", "dates on screen read 18 Nov 2024 by default");
	ok(s.colors[SETTINGS_ROLE_match].fg == 0 && s.colors[SETTINGS_ROLE_match].bg == 3, "match is black on yellow");
	ok(s.colors[SETTINGS_ROLE_title].attrs == SETTINGS_BOLD, "title is bold");
	ok(s.color, "colour on without NO_COLOR");
	settings_free(&s);
	setenv("NO_COLOR", "", 1);
	settings_init(&s);
	ok(s.color, "an empty NO_COLOR leaves colour on");
	settings_free(&s);
	setenv("NO_COLOR", "1", 1);
	settings_init(&s);
	ok(!s.color, "NO_COLOR=1 turns colour off");
	settings_free(&s);
	unsetenv("NO_COLOR");
}

static void
test_good(void)
{
	struct settings s;
	char *w;

	setenv("HOME", "/home/reader", 1);
	load(&s, "; a comment\n[general]\ncorpus = ~/news\nexport_dir = /tmp/out ; where\n"
	    "export_width = 72\nlayout = stacked\nmouse = no\nsync_scroll = off\ndate_format = %Y-%m-%d\n"
	    "tmx_segments = paragraph\n[keys]\nmove_down = j, C-n, ü\n[colors]\nmatch = white, 196, bold, underline\r\n");
	w = warnings(&s);
	is_str(w, "", "a good file (with comments, CRLF) gives no warning");
	free(w);
	is_str(s.corpus, "/home/reader/news", "corpus: ~ is the home folder");
	is_str(s.export_dir, "/tmp/out", "export_dir, with the comment taken off");
	is_int(s.export_width, 72, "export_width");
	ok(s.layout == SETTINGS_LAYOUT_STACKED && !s.mouse && !s.sync_scroll, "layout, mouse, sync_scroll");
	is_str(s.date_format, "%Y-%m-%d", "date_format: ISO dates for those who want them");
	is_int(s.tmx_segments, EXPORT_SEGMENTS_paragraph, "tmx_segments: paragraph units");
	ok(s.nbindings == 1 && strcmp(s.bindings[0].action, "move_down") == 0 && s.bindings[0].line == 12,
	    "[keys] kept for the UI with its line");
	is_str(s.nbindings ? s.bindings[0].keys : NULL, "j, C-n, ü", "  and its keys as written");
	ok(s.colors[SETTINGS_ROLE_match].fg == 7 && s.colors[SETTINGS_ROLE_match].bg == 196
	    && s.colors[SETTINGS_ROLE_match].attrs == (SETTINGS_BOLD | SETTINGS_UNDERLINE), "a colour with two attributes");
	settings_free(&s);
	settings_init(&s);
	settings_load(&s, "/nonexistent/tandem.ini", 0);
	ok(s.nwarnings == 0 && s.file == NULL, "a missing default file is no problem");
	settings_free(&s);
	settings_init(&s);
	settings_load(&s, "/nonexistent/tandem.ini", 1);
	ok(s.nwarnings == 1 && strstr(s.warnings[0], "/nonexistent/tandem.ini: cannot be read") == s.warnings[0],
	    "a missing --config file is named");
	settings_free(&s);
}

static void
test_bad(void)
{
	static const char nul[] = "[general]\nmouse = no\nnote = a\0b\nexport_width = 5\n";
	struct settings s;
	char *line = xmalloc(1100);

	warns("[general]\ntmx_segments = words\n", "t.ini:2: bad value for tmx_segments: \"words\" "
	    "(want sentence or paragraph); the default sentence is used", "a bad tmx_segments");
	warns("[general]\nexport_width = wide\n", "t.ini:2: bad value for export_width: \"wide\" "
	    "(want a number of columns from 0 to 10000); the default 0 is used", "a bad number");
	load(&s, "[general]\nexport_width = -3\nlayout = diagonal\nmouse = maybe\n");
	ok(s.nwarnings == 3 && s.export_width == 0 && s.layout == SETTINGS_LAYOUT_AUTO && s.mouse,
	    "bad values give warnings and keep the defaults");
	settings_free(&s);
	warns("[general]\n[fonts]\nsize = 3\n[general]\ncolour = red\n",
	    "t.ini:2: unknown section [fonts] (known: [general], [keys], [colors]); ignored\n"
	    "t.ini:5: unknown key colour in [general]; ignored", "an unknown section and key");
	warns("mouse = no\n[general]\nmouse = no\n", "t.ini:1: mouse: a key outside any section; ignored",
	    "a key before any section");
	warns("mouse = no\n[general]\nthis is not ini\n[broken\nmouse = no\n",
	    "t.ini:3: syntax error: expected [section] or key = value; using the defaults\n"
	    "t.ini:4: syntax error: expected [section] or key = value; using the defaults",
	    "syntax errors, each with its line; iniparser reads nothing else of the file");
	load(&s, "[general]\nthis is not ini\nexport_width = 40\n");
	is_int(s.export_width, 0, "  the lines after a syntax error do not count: the defaults are used");
	settings_free(&s);
	load(&s, "[general] ; note\nmouse = no\n");
	is_str(s.nwarnings ? s.warnings[0] + strlen(dir) + 1 : NULL, "t.ini:1: syntax error: expected [section] or "
	    "key = value; using the defaults", "[general] ; note: iniparser 4.1 refuses it, named with its line");
	ok(s.nwarnings == 1 && s.mouse, "  and the defaults are used");
	settings_free(&s);
	warns("\xef\xbb\xbf[general]\nmouse = no\n", "t.ini:1: a byte order mark at the start "
	    "(save the file as UTF-8 without one); using the defaults", "a byte order mark, which iniparser refuses");
	settings_init(&s);
	settings_load(&s, write_ini(nul, sizeof nul - 1), 1);
	is_str(s.nwarnings ? s.warnings[0] + strlen(dir) + 1 : NULL, "t.ini:3: NUL byte in the line; "
	    "using the defaults", "a NUL byte is named with its line");
	settings_free(&s);
	memset(line, 'x', 1099);
	memcpy(line, "[general]\nexport_dir = ", 23);
	memcpy(line + 1060, "\nexport_width = 9\n", 19);
	load(&s, line);
	ok(s.nwarnings == 1 && strstr(s.warnings[0], ":2: line longer than 1022 bytes") != NULL,
	    "a line over 1022 bytes is named with its line");
	is_int(s.export_width, 0, "  and the defaults are used");
	settings_free(&s);
	free(line);
	line = xmalloc(1100);
	memset(line, 'q', 1099);
	memcpy(line, "[general]\n", 10);
	memcpy(line + 1028, " = 1\n", 6);
	load(&s, line);
	ok(s.nwarnings == 1 && strstr(s.warnings[0], "t.ini:2: unknown key qqq") != NULL,
	    "a key of 1018 letters, too long for iniparser to look up, is an unknown key on its line");
	settings_free(&s);
	free(line);
	warns("[colors]\ntitle = purple,default\nrule = red\n",
	    "t.ini:2: bad value for title: \"purple,default\" (want fg,bg[,attribute]: a colour name, default or "
	    "0-255; bold, dim, underline, reverse, blink, standout); the default default,default,bold is used\n"
	    "t.ini:3: bad value for rule: \"red\" (want fg,bg[,attribute]: a colour name, default or 0-255; "
	    "bold, dim, underline, reverse, blink, standout); the default default,default is used", "bad colours");
	warns("[general]\nmouse = no\ndate_format = %d %B %Y\n", "t.ini:3: bad value for date_format: \"%d %B %Y\" "
	    "(want text with %e (day), %d (day, 2 digits), %b (Nov), %m (11), %Y (year) or %%, %b or %m among them); "
	    "the default %e %b %Y is used", "a bad date format is named with its file and line");
	load(&s, "[general]\ndate_format = %e.%Y\n");
	ok(s.nwarnings == 1 && strcmp(s.date_format, "%e %b %Y") == 0, "  a format without the month: the default is used");
	settings_free(&s);
	warns("[general]\nmouse = no\nmouse = yes\n", "t.ini:3: mouse is set again (first on line 2); this one counts",
	    "a key set twice");
	warns("[General]\nexport_width = 7\\\n0\n ; a comment = 1\n[keys]\nmouse = x\n[GENERAL ]\n  MOUSE = maybe\n",
	    "t.ini:8: bad value for mouse: \"maybe\" (want yes or no); the default yes is used",
	    "a key's line found past continued lines, comments, another section, and case");
	load(&s, "[general]\nexport_width = 7\\\n0\n");
	is_int(s.export_width, 70, "  a line ending in \\ is continued by the next, as iniparser reads it");
	settings_free(&s);
}

/* iniparser 4.1 crashes when getint meets a section named like a key (CVE-2023-33461). */
static void
test_cve(void)
{
	struct settings s;

	load(&s, "[general:export_width]\n[colors:title]\n[general]\nexport_width = 5\n[keys:help]\n");
	/* iniparser holds one entry for the section general:export_width and the key: the key, set last. */
	ok(s.nwarnings == 2 && s.export_width == 5, "sections named like keys are unknown sections, no crash");
	settings_free(&s);
	warns("[general]\nexport_width = 5\n[general:export_width]\n", "t.ini:3: unknown section "
	    "[general:export_width] (known: [general], [keys], [colors]); ignored",
	    "  also after the key itself: named with its line");
	load(&s, "[general]\nexport_width = 5\n[general:export_width]\n");
	is_int(s.export_width, 0, "  and the default used, as the section took the key's place");
	settings_free(&s);
	warns("[colors:title]\nfg = red\n[colors]\nrule = red,default\n", "t.ini:1: unknown section "
	    "[colors:title] (known: [general], [keys], [colors]); ignored", "a section [colors:title] with a key");
}

/* Whether the file text holds a line "name = " in section [section]. */
static int
documents(const char *text, const char *section, const char *name)
{
	char *head = xasprintf("\n[%s]\n", section), *key = xasprintf("\n%s =", name);
	const char *sec = strstr(text, head), *next, *at;
	int found;

	next = sec != NULL ? strstr(sec + 1, "\n[") : NULL;
	at = sec != NULL ? strstr(sec, key) : NULL;
	found = at != NULL && (next == NULL || at < next);
	free(head);
	free(key);
	return found;
}

/* The manual page names every key of the tables and every action. */
static void
test_manual(const char *top, const char *const *actions, size_t nactions)
{
	char *path = xasprintf("%s/res/tandem.1", top != NULL ? top : ".."), *missing = xstrdup(""), *t;
	struct buf text = { NULL, 0, 0 };
	char chunk[4096], lower[64];
	size_t i, j, n;
	FILE *f = fopen(path, "r");

	buf_add(&text, "", 0);
	while (f != NULL && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&text, chunk, n);
	if (f != NULL)
		fclose(f);
	for (i = 0; i < settings_nkeys + nactions; i++) {
		const char *name = i < settings_nkeys ? settings_keys[i].name : actions[i - settings_nkeys];

		for (j = 0; name[j] != '\0' && j + 1 < sizeof lower; j++)
			lower[j] = (char)tolower((unsigned char)name[j]);
		lower[j] = '\0';
		if (strstr(text.data, lower) == NULL) {
			t = xasprintf("%s %s", missing, lower);
			free(missing);
			missing = t;
		}
	}
	is_str(missing, "", "every key and every action is in the manual page");
	buf_free(&text);
	free(missing);
	free(path);
}

/* res/tandem.ini documents every key of the tables and every action, and loads clean. */
static void
test_documented(void)
{
	static const char *const actions[] = {
#define ACTION(name, ...) #name,
		UI_ACTIONS(ACTION)
#undef ACTION
	};
	const char *top = getenv("top_srcdir");
	char *path = xasprintf("%s/res/tandem.ini", top != NULL ? top : ".."), *missing = xstrdup(""), *t;
	struct settings s;
	struct buf text = { NULL, 0, 0 };
	char chunk[4096], lower[64];
	size_t i, n, j;
	FILE *f = fopen(path, "r");

	ok(f != NULL, "res/tandem.ini exists");
	buf_adds(&text, "\n");
	while (f != NULL && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&text, chunk, n);
	if (f != NULL)
		fclose(f);
	for (i = 0; i < settings_nkeys; i++)
		if (!documents(text.data, settings_keys[i].section, settings_keys[i].name)) {
			t = xasprintf("%s %s", missing, settings_keys[i].name);
			free(missing);
			missing = t;
		}
	for (i = 0; i < ARRAY_SIZE(actions); i++) {
		for (j = 0; actions[i][j] != '\0' && j + 1 < sizeof lower; j++)
			lower[j] = (char)tolower((unsigned char)actions[i][j]);
		lower[j] = '\0';
		if (!documents(text.data, "keys", lower)) {
			t = xasprintf("%s %s", missing, lower);
			free(missing);
			missing = t;
		}
	}
	is_str(missing, "", "every key and every action is in res/tandem.ini");
	test_manual(top, actions, ARRAY_SIZE(actions));
	settings_init(&s);
	settings_load(&s, path, 1);
	ok(s.nwarnings == 0, "res/tandem.ini loads without a warning");
	for (i = 0; i < s.nwarnings; i++)
		printf("#   %s\n", s.warnings[i]);
	settings_free(&s);
	buf_free(&text);
	free(missing);
	free(path);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 1;
	test_defaults();
	test_good();
	test_bad();
	test_cve();
	test_documented();
	unlink(write_ini("", 0));
	rmdir(dir);
	return done_testing();
}
