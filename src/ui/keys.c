/* keys: the action table turned into key lookup and key names. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "view.h"

struct action_info {
	const char *description;
	int keys[ACTION_MAX_KEYS];	/* 0 ends the list */
};

static const struct action_info actions[ACT_COUNT] = {
	[ACT_NONE] = { "", { 0 } },
#define ACTION(name, description, ...) [ACT_##name] = { description, { __VA_ARGS__ } },
	UI_ACTIONS(ACTION)
#undef ACTION
};

/* Names for keys keyname() spells for programmers, not readers. */
static const struct {
	int key;
	const char *name;
} key_names[] = {
	{ ' ', "Space" }, { '\t', "Tab" }, { '\n', "Enter" }, { KEY_DOWN, "Down" }, { KEY_UP, "Up" },
	{ KEY_NPAGE, "PageDown" }, { KEY_PPAGE, "PageUp" }, { KEY_HOME, "Home" },
	{ KEY_END, "End" }, { KEY_F(1), "F1" }, { 0x0c, "Ctrl-L" },
};

enum action
keys_action(int key, int is_code)
{
	int a, i;

	for (a = ACT_NONE + 1; a < ACT_COUNT; a++)
		for (i = 0; i < ACTION_MAX_KEYS && actions[a].keys[i] != 0; i++)
			if (actions[a].keys[i] == key && (key >= KEY_MIN) == !!is_code)
				return (enum action)a;
	return ACT_NONE;
}

const char *
keys_description(enum action a)
{
	return actions[a].description;
}

static const char *
keys_name(int key)
{
	static char plain[2];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(key_names); i++)
		if (key_names[i].key == key)
			return key_names[i].name;
	if (key < KEY_MIN && key > ' ' && key < 0x7f) {
		plain[0] = (char)key;
		return plain;
	}
	return keyname(key);
}

const char *
keys_names(enum action a, char *buf, size_t n)
{
	size_t used = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < ACTION_MAX_KEYS && actions[a].keys[i] != 0; i++) {
		const char *name = keys_name(actions[a].keys[i]);

		if (actions[a].keys[i] == '\r' || actions[a].keys[i] == KEY_ENTER || name == NULL)
			continue;
		used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "", name);
		if (used >= n)
			break;
	}
	return buf;
}
