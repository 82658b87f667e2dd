/* keys: the action table turned into key lookup, key names and [keys] bindings. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistr.h>

#include "tandem/settings.h"
#include "view.h"

struct action_info {
	const char *name;
	const char *description;
	int keys[ACTION_MAX_KEYS];	/* 0 ends the list */
};

static const struct action_info actions[ACT_COUNT] = {
	[ACT_NONE] = { "", "", { 0 } },
#define ACTION(name, description, ...) [ACT_##name] = { #name, description, { __VA_ARGS__ } },
	UI_ACTIONS(ACTION)
#undef ACTION
};

/* Actions that belong to one view; there they win over the others' keys. */
static const struct {
	enum action action;
	const struct view_ops *view;
} view_actions[] = {
	{ ACT_SEARCH_BACK, &reader_view },
	{ ACT_OPEN, &list_view },
	{ ACT_COUNTERPART, &list_view },
	{ ACT_OPEN, &lookup_view },
};

/* The most keys an action may have from the settings file. */
#define KEYS_MAX_BOUND 8

/* A key as get_wch gives it: a character, or a KEY_* code. */
struct binding {
	int key;
	int is_code;
	char name[16];	/* as people spell it ("C-d", "PageDown"); "" for none */
};

/* The keys of each action now; key 0 ends the list. */
static struct binding bound[ACT_COUNT][KEYS_MAX_BOUND + 1];
static int bound_ready;

/* Names for keys keyname() spells for programmers, not readers; the first name of a key is shown. */
static const struct {
	int key;
	const char *name;
} key_names[] = {
	{ ' ', "Space" }, { '\t', "Tab" }, { '\n', "Enter" }, { KEY_DOWN, "Down" }, { KEY_UP, "Up" },
	{ KEY_NPAGE, "PageDown" }, { KEY_PPAGE, "PageUp" }, { KEY_HOME, "Home" },
	{ KEY_END, "End" }, { KEY_F(1), "F1" }, { 0x0c, "C-l" },
	{ 0x1b, "Esc" }, { 0x1b, "Escape" }, { KEY_LEFT, "Left" }, { KEY_RIGHT, "Right" },
	{ KEY_BACKSPACE, "Backspace" }, { KEY_DC, "Delete" }, { KEY_IC, "Insert" },
	{ ',', "Comma" }, { ';', "Semicolon" }, { '#', "Hash" }, { '=', "Equals" },
};

/* Spells key b for people into b->name. */
static void
keys_spell(struct binding *b)
{
	const char *name;
	size_t i;
	int n;

	for (i = 0; i < ARRAY_SIZE(key_names); i++)
		if (key_names[i].key == b->key && (key_names[i].key >= KEY_MIN) == b->is_code) {
			snprintf(b->name, sizeof b->name, "%s", key_names[i].name);
			return;
		}
	if (!b->is_code && b->key > 0 && b->key < ' ') {
		snprintf(b->name, sizeof b->name, "C-%c", b->key + 'a' - 1);
	} else if (!b->is_code && b->key > ' ' && b->key != 0x7f) {
		n = u8_uctomb((uint8_t *)b->name, (ucs4_t)b->key, (int)sizeof b->name - 1);
		b->name[n > 0 ? n : 0] = '\0';
	} else {
		name = keyname(b->key);
		snprintf(b->name, sizeof b->name, "%s", name != NULL ? name : "");
	}
}

/* The action's default keys into bound[a]. */
static void
keys_reset(enum action a)
{
	int i;

	memset(bound[a], 0, sizeof bound[a]);
	for (i = 0; i < ACTION_MAX_KEYS && actions[a].keys[i] != 0; i++) {
		bound[a][i].key = actions[a].keys[i];
		bound[a][i].is_code = actions[a].keys[i] >= KEY_MIN;
		keys_spell(&bound[a][i]);
	}
}

static void
keys_ready(void)
{
	int a;

	if (bound_ready)
		return;
	for (a = 0; a < ACT_COUNT; a++)
		keys_reset((enum action)a);
	bound_ready = 1;
}

/* The (first) view an action belongs to, or NULL when it belongs to every view. */
static const struct view_ops *
keys_view_of(enum action a)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(view_actions); i++)
		if (view_actions[i].action == a)
			return view_actions[i].view;
	return NULL;
}

/* Whether action a belongs to view (of several, maybe). */
static int
keys_belongs(enum action a, const struct view_ops *view)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(view_actions); i++)
		if (view_actions[i].action == a && view_actions[i].view == view)
			return 1;
	return 0;
}

static int
keys_has(enum action a, int key, int is_code)
{
	const struct binding *b;

	for (b = bound[a]; b->key != 0; b++)
		if (b->key == key && b->is_code == !!is_code)
			return 1;
	return 0;
}

enum action
keys_action(const struct view_ops *view, int key, int is_code)
{
	enum action found = ACT_NONE;
	int a;

	keys_ready();
	for (a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		const struct view_ops *only = keys_view_of((enum action)a);

		if (!keys_has((enum action)a, key, is_code) || (only != NULL && !keys_belongs((enum action)a, view)))
			continue;
		if (only != NULL)
			return (enum action)a;
		if (found == ACT_NONE)
			found = (enum action)a;
	}
	return found;
}

const char *
keys_description(enum action a)
{
	return actions[a].description;
}

const char *
keys_doing(enum action a, char *buf, size_t n)
{
	snprintf(buf, n, "%s", actions[a].description);
	buf[0] = (char)ascii_tolower((unsigned char)buf[0]);
	return buf;
}

/* The name of a bound key, NULL when it has none; valid while the key stays bound. */
static const char *
keys_name(const struct binding *b)
{
	return b->name[0] != '\0' ? b->name : NULL;
}

const char *
keys_hint(const struct view_ops *view, enum action a)
{
	const struct binding *b;
	const char *name;

	keys_ready();
	for (b = bound[a]; b->key != 0; b++)
		if (keys_action(view, b->key, b->is_code) == a && (name = keys_name(b)) != NULL)
			return name;
	return "?";
}

const char *
keys_names(enum action a, char *buf, size_t n)
{
	size_t used = 0;
	const struct binding *b;

	keys_ready();
	buf[0] = '\0';
	for (b = bound[a]; b->key != 0; b++) {
		const char *name = keys_name(b);

		if ((!b->is_code && b->key == '\r') || (b->is_code && b->key == KEY_ENTER) || name == NULL)
			continue;
		used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "", name);
		if (used >= n)
			break;
	}
	return buf;
}

/* The key named name ("j", "C-d", "PageDown", "F1", "ü") into b[]; how many (Enter is three), 0 if none. */
static int
keys_parse_name(const char *name, struct binding *b)
{
	size_t i, len = strlen(name);
	ucs4_t uc;
	int n;

	if (ascii_strcasecmp(name, "Enter") == 0 || ascii_strcasecmp(name, "Return") == 0) {
		b[0] = (struct binding){ .key = '\r', .is_code = 0 };
		b[1] = (struct binding){ .key = '\n', .is_code = 0 };
		b[2] = (struct binding){ .key = KEY_ENTER, .is_code = 1 };
		return 3;
	}
	for (i = 0; len > 1 && i < ARRAY_SIZE(key_names); i++)
		if (ascii_strcasecmp(name, key_names[i].name) == 0) {
			b[0] = (struct binding){ .key = key_names[i].key, .is_code = key_names[i].key >= KEY_MIN };
			return 1;
		}
	if ((name[0] == 'F' || name[0] == 'f') && len > 1 && len < 4 && ascii_isdigit((unsigned char)name[1])
	    && (n = atoi(name + 1)) >= 1 && n <= 12 && (len == 2 || ascii_isdigit((unsigned char)name[2]))) {
		b[0] = (struct binding){ .key = KEY_F(n), .is_code = 1 };
		return 1;
	}
	if ((ascii_strncasecmp(name, "C-", 2) == 0 && len == 3) || (ascii_strncasecmp(name, "Ctrl-", 5) == 0 && len == 6)) {
		if (!ascii_isalpha((unsigned char)name[len - 1]))
			return 0;
		b[0] = (struct binding){ .key = ascii_tolower((unsigned char)name[len - 1]) - 'a' + 1, .is_code = 0 };
		return 1;
	}
	n = u8_mbtouc(&uc, (const uint8_t *)name, len);
	if (n <= 0 || (size_t)n != len || uc <= ' ' || uc == 0x7f || uc == 0xfffd)
		return 0;
	b[0] = (struct binding){ .key = (int)uc, .is_code = 0 };
	return 1;
}

/* The action named name in [keys] (move_down), or ACT_NONE. */
static enum action
keys_find_action(const char *name)
{
	int a;

	for (a = ACT_NONE + 1; a < ACT_COUNT; a++)
		if (ascii_strcasecmp(actions[a].name, name) == 0)
			return (enum action)a;
	return ACT_NONE;
}

/* Binds action a to the keys of one [keys] line; 0, or -1 after a warning. */
static int
keys_bind(struct settings *s, enum action a, const struct settings_binding *sb)
{
	struct binding keys[KEYS_MAX_BOUND + 3];
	char *copy = xstrdup(sb->keys), *save = NULL, *tok;
	int n = 0, got = 0;

	for (tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		while (ascii_isspace((unsigned char)*tok))
			tok++;
		tok[strcspn(tok, " \t")] = '\0';
		if (n > KEYS_MAX_BOUND || (got = keys_parse_name(tok, keys + n)) == 0)
			break;
		n += got;
	}
	if (tok != NULL || n == 0 || n > KEYS_MAX_BOUND) {
		settings_warn(s, sb->line, "%s: %s; the default keys are kept", sb->action,
		    n > KEYS_MAX_BOUND ? "too many keys" : n == 0 && tok == NULL ? "no keys given" : "unknown key name");
		free(copy);
		return -1;
	}
	free(copy);
	memset(bound[a], 0, sizeof bound[a]);
	memcpy(bound[a], keys, (size_t)n * sizeof *keys);
	while (n-- > 0)
		keys_spell(&bound[a][n]);
	return 0;
}

/* Whether actions a and b may not share a key: both act in one view alike. */
static int
keys_clash(enum action a, enum action b)
{
	return keys_view_of(a) == keys_view_of(b);
}

/* A key of a that b holds too, or NULL. */
static const struct binding *
keys_shared(enum action a, enum action b)
{
	const struct binding *k;

	for (k = bound[a]; k->key != 0; k++)
		if (keys_has(b, k->key, k->is_code))
			return k;
	return NULL;
}

/* The name of action a as [keys] spells it: move_down. */
static const char *
keys_action_name(enum action a, char *buf, size_t n)
{
	size_t i;

	for (i = 0; actions[a].name[i] != '\0' && i + 1 < n; i++)
		buf[i] = (char)ascii_tolower((unsigned char)actions[a].name[i]);
	buf[i] = '\0';
	return buf;
}

/* Finds one key bound to two actions that clash; resets the later-set one. 1 when one was found. */
static int
keys_resolve_one(struct settings *s, int *line)
{
	int a, b;

	for (a = ACT_NONE + 1; a < ACT_COUNT; a++)
		for (b = a + 1; b < ACT_COUNT; b++) {
			const struct binding *k = keys_shared((enum action)a, (enum action)b);
			int loser = line[a] > line[b] ? a : b;
			char name[16], an[32], bn[32];

			if (k == NULL || !keys_clash((enum action)a, (enum action)b) || line[loser] == 0)
				continue;
			snprintf(name, sizeof name, "%s", keys_name(k) ? keys_name(k) : "?");
			settings_warn(s, line[loser], "%s is bound to both %s and %s; %s keeps its default keys",
			    name, keys_action_name((enum action)a, an, sizeof an),
			    keys_action_name((enum action)b, bn, sizeof bn), loser == a ? an : bn);
			keys_reset((enum action)loser);
			line[loser] = 0;
			return 1;
		}
	return 0;
}

void
keys_configure(struct settings *s)
{
	int line[ACT_COUNT] = { 0 };
	size_t i;

	bound_ready = 0;
	keys_ready();
	for (i = 0; i < s->nbindings; i++) {
		const struct settings_binding *sb = &s->bindings[i];
		enum action a = keys_find_action(sb->action);

		if (a == ACT_NONE)
			settings_warn(s, sb->line, "unknown action %s in [keys]; ignored", sb->action);
		else if (keys_bind(s, a, sb) == 0)
			line[a] = sb->line;
	}
	while (keys_resolve_one(s, line))
		;
}
