/*
 * actions: every user action of the terminal UI, declared once.
 *
 * ACTION(NAME, "what it does", default keys...) yields the action enum, the
 * key lookup (keys.c) and the rows of the help screen (help.c). A key is a
 * character or a curses KEY_* code.
 */
#ifndef TANDEM_UI_ACTIONS_H
#define TANDEM_UI_ACTIONS_H

#define UI_ACTIONS(ACTION) \
	ACTION(MOVE_DOWN,    "Move down one line",                        'j', KEY_DOWN) \
	ACTION(MOVE_UP,      "Move up one line",                          'k', KEY_UP) \
	ACTION(PAGE_DOWN,    "Move down one page",                        ' ', KEY_NPAGE) \
	ACTION(PAGE_UP,      "Move up one page",                          'b', KEY_PPAGE) \
	ACTION(MOVE_FIRST,   "Go to the first line",                      'g', KEY_HOME) \
	ACTION(MOVE_LAST,    "Go to the last line",                       'G', KEY_END) \
	ACTION(OPEN,         "Open the selected meeting",                 '\n', '\r', KEY_ENTER) \
	ACTION(FOCUS,        "Move the focus to the other pane",          '\t') \
	ACTION(NEXT_ENGLISH, "Show the next English article",             'c') \
	ACTION(SWITCH_PANE,  "Show the other pane on a narrow terminal",  'v') \
	ACTION(EXPORT,       "Export the selected article to a file",     'e') \
	ACTION(HELP,         "Show the keys and what they do",            '?', KEY_F(1)) \
	ACTION(REDRAW,       "Redraw the screen",                         0x0c) \
	ACTION(BACK,         "Go back; in the list, quit",                'q') \
	ACTION(QUIT,         "Quit tandem",                               'Q')

enum action {
	ACT_NONE,
#define ACTION(name, ...) ACT_##name,
	UI_ACTIONS(ACTION)
#undef ACTION
	ACT_COUNT
};

/* The most keys one action may have by default. */
#define ACTION_MAX_KEYS 4

#endif
