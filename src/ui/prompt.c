/* prompt: the export and search dialogs on the status line; a small UTF-8 line editor. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistr.h>

#include "tandem/export.h"
#include "tandem/files.h"
#include "tandem/text.h"
#include "view.h"

#define CTRL_KEY(c) ((c) - 'a' + 1)
enum { KEY_ESCAPE = 0x1b, KEY_DEL = 0x7f };

/* Where an editing key moves the cursor to, or cuts the text up to. */
enum prompt_place {
	PLACE_PREV_CHAR, PLACE_NEXT_CHAR, PLACE_START, PLACE_END,
	PLACE_WORD_START	/* back over slashes and spaces, then to the one before */
};

/* The editing keys, as readline has them. */
static const struct {
	int key;
	int is_code;
	int cut;		/* cut from the cursor to the place, else move there */
	enum prompt_place to;
} prompt_keys[] = {
	{ KEY_LEFT, 1, 0, PLACE_PREV_CHAR }, { CTRL_KEY('b'), 0, 0, PLACE_PREV_CHAR },
	{ KEY_RIGHT, 1, 0, PLACE_NEXT_CHAR }, { CTRL_KEY('f'), 0, 0, PLACE_NEXT_CHAR },
	{ KEY_HOME, 1, 0, PLACE_START }, { CTRL_KEY('a'), 0, 0, PLACE_START },
	{ KEY_END, 1, 0, PLACE_END }, { CTRL_KEY('e'), 0, 0, PLACE_END },
	{ KEY_BACKSPACE, 1, 1, PLACE_PREV_CHAR }, { KEY_DEL, 0, 1, PLACE_PREV_CHAR },
	{ CTRL_KEY('h'), 0, 1, PLACE_PREV_CHAR }, { KEY_DC, 1, 1, PLACE_NEXT_CHAR },
	{ CTRL_KEY('u'), 0, 1, PLACE_START }, { CTRL_KEY('k'), 0, 1, PLACE_END },
	{ CTRL_KEY('w'), 0, 1, PLACE_WORD_START },
};

static const char export_label[] = "Export to: ";

static void
prompt_close(struct ui *ui)
{
	struct prompt *p = &ui->prompt;

	buf_free(&p->text);
	free(p->path);
	p->path = NULL;
	p->mode = PROMPT_NONE;
	p->scroll = 0;
	curs_set(0);
}

void
prompt_export(struct ui *ui, const struct article *a)
{
	struct prompt *p = &ui->prompt;
	char *name = export_filename(a);

	prompt_close(ui);
	p->mode = PROMPT_EXPORT_NAME;
	p->article = a;
	p->english = NULL;
	buf_adds(&p->text, name);
	p->cursor = p->text.len;
	free(name);
	curs_set(1);
}

void
prompt_export_pair(struct ui *ui, const struct article *de, const struct article *en)
{
	char *name = export_pair_filename(de, en);

	prompt_export(ui, de);
	ui->prompt.english = en;
	buf_free(&ui->prompt.text);
	buf_adds(&ui->prompt.text, name);
	ui->prompt.cursor = ui->prompt.text.len;
	free(name);
}

void
prompt_search(struct ui *ui, enum prompt_mode mode)
{
	prompt_close(ui);
	ui->prompt.mode = mode;
	buf_add(&ui->prompt.text, "", 0);
	ui->prompt.cursor = 0;
	curs_set(1);
}

/* Enter or Escape at a search prompt: hands the query to find.c. */
static void
prompt_find(struct ui *ui, int accept)
{
	enum prompt_mode mode = ui->prompt.mode;
	char *text = xstrdup(ui->prompt.text.data != NULL ? ui->prompt.text.data : "");

	prompt_close(ui);
	if (accept)
		find_start(ui, mode, text);
	free(text);
}

static const char *
prompt_label(enum prompt_mode mode)
{
	switch (mode) {
	case PROMPT_SEARCH: return "/";
	case PROMPT_SEARCH_BACK: return "?";
	case PROMPT_FILTER: return "Filter: ";
	default: return export_label;
	}
}

/* Byte offset of the character before the cursor. */
static size_t
prompt_prev(const struct prompt *p)
{
	size_t i = 0, prev = 0;

	uint32_t uc;

	while (i < p->cursor) {
		prev = i;
		i += (size_t)text_char_len(p->text.data + i, p->text.len - i, &uc);
	}
	return prev;
}

static size_t
prompt_next(const struct prompt *p)
{
	uint32_t uc;

	if (p->cursor >= p->text.len)
		return p->text.len;
	return p->cursor + (size_t)text_char_len(p->text.data + p->cursor, p->text.len - p->cursor, &uc);
}

/* Byte offset of the start of the path part or word before the cursor. */
static size_t
prompt_word_start(const struct prompt *p)
{
	size_t i = p->cursor;

	while (i > 0 && (p->text.data[i - 1] == '/' || p->text.data[i - 1] == ' '))
		i--;
	while (i > 0 && p->text.data[i - 1] != '/' && p->text.data[i - 1] != ' ')
		i--;
	return i;
}

static size_t
prompt_place(const struct prompt *p, enum prompt_place to)
{
	switch (to) {
	case PLACE_PREV_CHAR: return prompt_prev(p);
	case PLACE_NEXT_CHAR: return prompt_next(p);
	case PLACE_START: return 0;
	case PLACE_END: return p->text.len;
	case PLACE_WORD_START: return prompt_word_start(p);
	}
	return p->cursor;
}

/* Removes the bytes [from, to) of the text and puts the cursor at from. */
static void
prompt_cut(struct prompt *p, size_t from, size_t to)
{
	if (from >= to)
		return;
	memmove(p->text.data + from, p->text.data + to, p->text.len - to + 1);
	p->text.len -= to - from;
	p->cursor = from;
}

/* Inserts n bytes of clean UTF-8 at the cursor and moves it past them. */
static void
prompt_insert_text(struct prompt *p, const char *s, size_t n)
{
	size_t tail = p->text.len - p->cursor;

	buf_add(&p->text, s, n);
	memmove(p->text.data + p->cursor + n, p->text.data + p->cursor, tail);
	memcpy(p->text.data + p->cursor, s, n);
	p->cursor += n;
}

/* Inserts the typed character uc at the cursor. */
static void
prompt_insert(struct prompt *p, wint_t uc)
{
	uint8_t enc[8];
	int n = u8_uctomb(enc, (ucs4_t)uc, (int)sizeof enc);

	if (n > 0 && uc >= 0x20 && uc != 0x7f)
		prompt_insert_text(p, (const char *)enc, (size_t)n);
}

/* The file a name typed at the prompt stands for: ~/ the home folder, else in the export folder. */
static char *
prompt_resolve(const struct ui *ui, const char *name)
{
	const char *dir = ui->opt != NULL ? ui->opt->export_dir : NULL;
	char *path = expand_home(name), *in_dir;

	if (dir == NULL || dir[0] == '\0' || path[0] == '/')
		return path;
	in_dir = xasprintf("%s/%s", dir, path);
	free(path);
	return in_dir;
}

static char *
prompt_path(const struct ui *ui)
{
	return prompt_resolve(ui, ui->prompt.text.data);
}

/* Whether a name read from the disk may go into the prompt and onto the screen as it is. */
static int
prompt_showable(const char *name)
{
	size_t n = strlen(name);
	char *safe;
	int same;

	if (u8_check((const uint8_t *)name, n) != NULL)
		return 0;
	safe = text_safe(name, n);
	same = strcmp(safe, name) == 0;
	free(safe);
	return same;
}

/* Whether the entry name of folder dir is a folder (through a link too). */
static int
prompt_is_folder(const char *dir, const char *name)
{
	struct stat st;
	char *path = xasprintf("%s/%s", dir, name);
	int folder = stat(path, &st) == 0 && S_ISDIR(st.st_mode);

	free(path);
	return folder;
}

/* Shortens *common to the start it shares with name, never inside a character. */
static void
prompt_common(char *common, const char *name)
{
	size_t k = 0;

	while (common[k] != '\0' && common[k] == name[k])
		k++;
	while (k > 0 && ((unsigned char)common[k] & 0xc0) == 0x80)
		k--;
	common[k] = '\0';
}

/* The folders in dir whose names start with the n bytes of part (hidden ones only when part
 * starts with a dot): how many, and in *common (caller frees) the start all their names share. */
static size_t
prompt_folders(const char *dir, const char *part, size_t n, char **common)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t count = 0;

	*common = NULL;
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, part, n) != 0 || strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0
		    || (e->d_name[0] == '.' && (n == 0 || part[0] != '.'))
		    || !prompt_showable(e->d_name) || !prompt_is_folder(dir, e->d_name))
			continue;
		if (count++ == 0)
			*common = xstrdup(e->d_name);
		else
			prompt_common(*common, e->d_name);
	}
	if (d != NULL)
		closedir(d);
	return count;
}

/* Tab: completes the folder name before the cursor as far as the folders it may name agree,
 * with a slash when only one does; a beep when that adds nothing. */
static void
prompt_complete(struct ui *ui)
{
	struct prompt *p = &ui->prompt;
	size_t start = p->cursor, n, count;
	char *typed, *dir, *common;

	while (start > 0 && p->text.data[start - 1] != '/')
		start--;
	n = p->cursor - start;
	typed = xstrndup(p->text.data, start);
	dir = prompt_resolve(ui, start > 0 ? typed : ".");
	count = prompt_folders(dir, p->text.data + start, n, &common);
	if (count == 0 || (count > 1 && strlen(common) == n)) {
		beep();
	} else {
		prompt_insert_text(p, common + n, strlen(common) - n);
		if (count == 1 && p->text.data[p->cursor] == '/')
			p->cursor++;
		else if (count == 1)
			prompt_insert_text(p, "/", 1);
	}
	free(common);
	free(dir);
	free(typed);
}

/* The aligned pair as --export-pair -o path writes it. */
static void
prompt_render_pair(const struct ui *ui, const char *path, struct buf *out)
{
	const struct prompt *p = &ui->prompt;
	struct alignment al;

	align_articles(p->article, p->english, &al, NULL, NULL);
	export_pair(p->article, p->english, &al, export_format_for(path, -1),
	    (enum export_segments)ui->settings->tmx_segments, ui->opt != NULL ? ui->opt->export_width : 0, out);
	align_free(&al);
}

/* Writes the article (or the pair) to path and says how it went. */
static void
prompt_write(struct ui *ui, const char *path, int force)
{
	struct buf out = { NULL, 0, 0 };
	char *cause = NULL, *msg;

	if (ui->prompt.english != NULL)
		prompt_render_pair(ui, path, &out);
	else
		export_article(ui->prompt.article, ui->opt != NULL ? ui->opt->export_width : 0, &out);
	if (files_write(path, out.data, out.len, force ? FILES_FORCE : 0, &cause) == 0) {
		msg = xasprintf("Exported to %s", path);
	} else {
		msg = xasprintf("Not exported: %s", cause != NULL ? cause : path);
	}
	ui_message(ui, msg);
	free(msg);
	free(cause);
	buf_free(&out);
	prompt_close(ui);
}

/* Enter on the file name: write, or ask first when the file exists. */
static void
prompt_accept(struct ui *ui)
{
	struct prompt *p = &ui->prompt;
	struct stat st;
	char *path;

	if (p->text.len == 0) {
		ui_message(ui, "Not exported: no file name");
		prompt_close(ui);
		return;
	}
	path = prompt_path(ui);
	if (stat(path, &st) == 0) {
		p->mode = PROMPT_OVERWRITE;
		p->path = path;
		curs_set(0);
		return;
	}
	prompt_write(ui, path, 0);
	free(path);
}

static void
prompt_confirm(struct ui *ui, int key)
{
	char *path = ui->prompt.path, *msg;

	ui->prompt.path = NULL;
	if (key == 'y' || key == 'Y') {
		prompt_write(ui, path, 1);
	} else {
		msg = xasprintf("Not exported: %s exists", path);
		ui_message(ui, msg);
		free(msg);
		prompt_close(ui);
	}
	free(path);
}

/* Editing keys (prompt_keys); returns 0 when key is none of them. */
static int
prompt_edit(struct prompt *p, int key, int is_code)
{
	size_t i, to;

	for (i = 0; i < ARRAY_SIZE(prompt_keys); i++) {
		if (prompt_keys[i].key != key || prompt_keys[i].is_code != !!is_code)
			continue;
		to = prompt_place(p, prompt_keys[i].to);
		if (!prompt_keys[i].cut)
			p->cursor = to;
		else if (to < p->cursor)
			prompt_cut(p, to, p->cursor);
		else
			prompt_cut(p, p->cursor, to);
		return 1;
	}
	return 0;
}

void
prompt_key(struct ui *ui, int key, int is_code)
{
	struct prompt *p = &ui->prompt;
	int enter = (!is_code && (key == '\r' || key == '\n')) || (is_code && key == KEY_ENTER);

	if (p->mode == PROMPT_OVERWRITE) {
		prompt_confirm(ui, is_code ? 0 : key);
	} else if (p->mode >= PROMPT_SEARCH && ((!is_code && key == KEY_ESCAPE) || enter)) {
		prompt_find(ui, enter);
	} else if (!is_code && key == KEY_ESCAPE) {
		ui_message(ui, "Export cancelled");
		prompt_close(ui);
	} else if (enter) {
		prompt_accept(ui);
	} else if (!is_code && key == '\t' && p->mode == PROMPT_EXPORT_NAME) {
		prompt_complete(ui);
	} else if (!prompt_edit(p, key, is_code) && !is_code) {
		prompt_insert(p, (wint_t)key);
	}
}

/* The columns from the text's first character shown to the end of the cursor's cell. */
static int
prompt_cursor_end(const struct ui *ui, const struct prompt *p, size_t scroll)
{
	const char *s = p->text.data + scroll;
	size_t next = prompt_next(p);
	int cell = next > p->cursor ? draw_width(ui, p->text.data + p->cursor, next - p->cursor) : 1;

	return draw_width(ui, s, p->cursor - scroll) + (cell > 0 ? cell : 1);
}

/* Whether the cursor is in the w columns of the field with the text shown from byte scroll:
 * a "…" takes the first column when text is hidden on the left, the last when some is on the right. */
static int
prompt_cursor_shown(const struct ui *ui, const struct prompt *p, size_t scroll, int w)
{
	int left = scroll > 0 ? draw_more_width(ui) : 0;
	int rest = draw_width(ui, p->text.data + scroll, p->text.len - scroll);

	if (rest > w - left)
		w -= draw_more_width(ui);
	return left + prompt_cursor_end(ui, p, scroll) <= w;
}

/* Scrolls the text sideways as little as keeps the cursor in the field of w columns, as
 * readline does; back to its start when all of it fits. */
static void
prompt_scroll(const struct ui *ui, struct prompt *p, int w)
{
	uint32_t uc;

	if (prompt_cursor_shown(ui, p, 0, w)) {
		p->scroll = 0;
		return;
	}
	if (p->cursor < p->scroll)
		p->scroll = p->cursor;
	while (p->scroll < p->cursor && !prompt_cursor_shown(ui, p, p->scroll, w))
		p->scroll += (size_t)text_char_len(p->text.data + p->scroll, p->text.len - p->scroll, &uc);
}

/* The text in the field of w columns from column x, scrolled to show the cursor; returns the
 * cursor's column. */
static int
prompt_draw_text(struct ui *ui, int y, int x, int w)
{
	struct prompt *p = &ui->prompt;
	const char *s;
	size_t len;
	int left = 0, room;

	prompt_scroll(ui, p, w);
	s = p->text.data + p->scroll;
	len = p->text.len - p->scroll;
	if (p->scroll > 0)
		left = draw_more(ui, y, x);
	room = w - left;
	if (draw_width(ui, s, len) > room) {
		room -= draw_more_width(ui);
		draw_more(ui, y, x + left + room);
	}
	draw_text(ui, y, x + left, s, len, room);
	return x + left + draw_width(ui, s, p->cursor - p->scroll);
}

void
prompt_draw(struct ui *ui)
{
	const struct prompt *p = &ui->prompt;
	static const char ask_tail[] = " exists; overwrite? (y/n)";
	int y = LINES - 1, x, cursor_x;

	draw_blank(y, 0, COLS);
	if (p->mode == PROMPT_OVERWRITE) {	/* a long path is cut, never the question */
		x = text_width(ask_tail, strlen(ask_tail));
		x = draw_cut(ui, y, 0, p->path, COLS - x > 1 ? COLS - x : 1);
		draw_str(ui, y, x, ask_tail, COLS - x);
		return;
	}
	x = draw_str(ui, y, 0, prompt_label(p->mode), COLS);
	cursor_x = p->text.len > 0 ? prompt_draw_text(ui, y, x, COLS - x) : x;
	move(y, cursor_x < COLS ? cursor_x : COLS - 1);
}
