/* prompt: the export and search dialogs on the status line; a small UTF-8 line editor. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistr.h>

#include "tandem/export.h"
#include "tandem/text.h"
#include "view.h"

enum { KEY_CTRL_A = 0x01, KEY_CTRL_E = 0x05, KEY_CTRL_H = 0x08, KEY_ESCAPE = 0x1b, KEY_DEL = 0x7f };

static const char export_label[] = "Export to: ";

static void
prompt_close(struct ui *ui)
{
	struct prompt *p = &ui->prompt;

	buf_free(&p->text);
	free(p->path);
	p->path = NULL;
	p->mode = PROMPT_NONE;
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

/* Inserts the typed character uc at the cursor. */
static void
prompt_insert(struct prompt *p, wint_t uc)
{
	uint8_t enc[8];
	int n = u8_uctomb(enc, (ucs4_t)uc, (int)sizeof enc);
	size_t tail = p->text.len - p->cursor;

	if (n <= 0 || uc < 0x20 || uc == 0x7f)
		return;
	buf_add(&p->text, enc, (size_t)n);
	memmove(p->text.data + p->cursor + n, p->text.data + p->cursor, tail);
	memcpy(p->text.data + p->cursor, enc, (size_t)n);
	p->cursor += (size_t)n;
}

/* The file the name in the prompt stands for, in the export folder. */
static char *
prompt_path(const struct ui *ui)
{
	const char *dir = ui->opt != NULL ? ui->opt->export_dir : NULL;

	if (dir == NULL || dir[0] == '\0' || ui->prompt.text.data[0] == '/')
		return xstrdup(ui->prompt.text.data);
	return xasprintf("%s/%s", dir, ui->prompt.text.data);
}

/* The aligned pair as --export-pair -o path writes it. */
static void
prompt_render_pair(const struct ui *ui, const char *path, struct buf *out)
{
	const struct prompt *p = &ui->prompt;
	struct alignment al;

	align_articles(p->article, p->english, &al, NULL, NULL);
	export_pair(p->article, p->english, &al, export_format_for(path, -1),
	    ui->opt != NULL ? ui->opt->export_width : 0, out);
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
	if (export_write_file(path, out.data, out.len, force, &cause) == 0) {
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

/* Editing keys; returns 0 when key is none of them. */
static int
prompt_edit(struct prompt *p, int key, int is_code)
{
	if (is_code && key == KEY_LEFT)
		p->cursor = prompt_prev(p);
	else if (is_code && key == KEY_RIGHT)
		p->cursor = prompt_next(p);
	else if ((is_code && key == KEY_HOME) || (!is_code && key == KEY_CTRL_A))
		p->cursor = 0;
	else if ((is_code && key == KEY_END) || (!is_code && key == KEY_CTRL_E))
		p->cursor = p->text.len;
	else if ((is_code && key == KEY_BACKSPACE) || (!is_code && (key == KEY_DEL || key == KEY_CTRL_H)))
		prompt_cut(p, prompt_prev(p), p->cursor);
	else if (is_code && key == KEY_DC)
		prompt_cut(p, p->cursor, prompt_next(p));
	else
		return 0;
	return 1;
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
	} else if ((!is_code && (key == '\r' || key == '\n')) || (is_code && key == KEY_ENTER)) {
		prompt_accept(ui);
	} else if (!prompt_edit(p, key, is_code) && !is_code) {
		prompt_insert(p, (wint_t)key);
	}
}

void
prompt_draw(const struct ui *ui)
{
	const struct prompt *p = &ui->prompt;
	int y = LINES - 1, x, cursor_x;
	char *ask;

	draw_blank(y, 0, COLS);
	if (p->mode == PROMPT_OVERWRITE) {
		ask = xasprintf("%s exists; overwrite? (y/n)", p->path);
		draw_str(ui, y, 0, ask, COLS);
		free(ask);
		return;
	}
	x = draw_str(ui, y, 0, prompt_label(p->mode), COLS);
	if (p->text.len > 0) {
		cursor_x = x + text_width(p->text.data, p->cursor);
		draw_text(ui, y, x, p->text.data, p->text.len, COLS - x);
	} else {
		cursor_x = x;
	}
	move(y, cursor_x < COLS ? cursor_x : COLS - 1);
}
