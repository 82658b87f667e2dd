/*
 * actions: every user action of the terminal UI, declared once.
 *
 * ACTION(NAME, "what it does", default keys...) yields the action enum, the
 * key lookup (keys.c), the [keys] section of the settings file (named in
 * lower case: move_down) and the rows of the help screen (help.c). A key is
 * a character or a curses KEY_* code. An action keys.c names as belonging to
 * one view takes its keys from the others' there (? searches backward in the
 * reader and shows help elsewhere; Enter opens a meeting in the list, lights
 * a word's translations in the word lookup and moves down a line elsewhere).
 */
#ifndef TANDEM_UI_ACTIONS_H
#define TANDEM_UI_ACTIONS_H

#define UI_ACTIONS(ACTION) \
	ACTION(MOVE_DOWN,    "Move down one line",                        'j', KEY_DOWN, '\n', '\r', KEY_ENTER) \
	ACTION(MOVE_UP,      "Move up one line",                          'k', KEY_UP) \
	ACTION(HALF_DOWN,    "Move down half a page",                     0x04) \
	ACTION(HALF_UP,      "Move up half a page",                       0x15) \
	ACTION(PAGE_DOWN,    "Move down one page",                        ' ', KEY_NPAGE, 0x06) \
	ACTION(PAGE_UP,      "Move up one page",                          'b', KEY_PPAGE, 0x02) \
	ACTION(MOVE_FIRST,   "Go to the first line",                      'g', KEY_HOME) \
	ACTION(MOVE_LAST,    "Go to the last line",                       'G', KEY_END) \
	ACTION(OPEN,         "Open the selected meeting; in the word lookup, light the word's translations", \
	                     '\n', '\r', KEY_ENTER) \
	ACTION(COUNTERPART,  "Show only the meetings with the selected one's counterpart (in the list)", 'c') \
	ACTION(FOCUS,        "Move the focus to the other pane",          '\t') \
	ACTION(FOCUS_LEFT,   "Move the focus to the German pane",         KEY_LEFT) \
	ACTION(FOCUS_RIGHT,  "Move the focus to the English pane",        KEY_RIGHT) \
	ACTION(NEXT_ENGLISH, "Show the next English article",             'c') \
	ACTION(SWITCH_PANE,  "Show the other pane on a narrow terminal",  'v') \
	ACTION(CYCLE_LAYOUT, "Lay the reader out auto, side by side or stacked", 'L') \
	ACTION(EXPORT,       "Export the selected article to a file",     'e') \
	ACTION(EXPORT_PAIR,  "Export the aligned pair: TMX for name.tmx, else text", 'E') \
	ACTION(TOGGLE_SYNC,  "Scroll the panes together or each on its own", 's') \
	ACTION(NEXT_UNMATCHED, "Go to the next paragraph without a counterpart", ']') \
	ACTION(PREV_UNMATCHED, "Go to the previous paragraph without a counterpart", '[') \
	ACTION(NEXT_SENTENCE, "Light the next sentence and its counterpart", ')') \
	ACTION(PREV_SENTENCE, "Light the previous sentence and its counterpart", '(') \
	ACTION(LOOKUP,       "Look up the lit sentence's words in the dictionary", 'K') \
	ACTION(SEARCH,       "Search forward; in the list, filter the meetings", '/') \
	ACTION(SEARCH_BACK,  "Search backward (in the reader)",           '?') \
	ACTION(SEARCH_NEXT,  "Go to the next match",                      'n') \
	ACTION(SEARCH_PREV,  "Go to the previous match",                  'N') \
	ACTION(CLEAR,        "Clear the sentence cursor, the search and the list filter", 0x1b) \
	ACTION(PROBLEMS,     "Show the files skipped or repaired and the settings' problems", '!') \
	ACTION(HELP,         "Show the keys and what they do",            '?', KEY_F(1)) \
	ACTION(REDRAW,       "Redraw the screen",                         0x0c) \
	ACTION(RELOAD,       "Read the corpus folder again",              'R') \
	ACTION(BACK,         "Go back; in the list, clear the filter or quit", 'q') \
	ACTION(QUIT,         "Quit tandem",                               'Q')

enum action {
	ACT_NONE,
#define ACTION(name, ...) ACT_##name,
	UI_ACTIONS(ACTION)
#undef ACTION
	ACT_COUNT
};

/* The most keys one action may have by default. */
#define ACTION_MAX_KEYS 5

#endif
