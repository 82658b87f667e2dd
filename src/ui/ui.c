/* ui: start-up, the main loop, signals and resizing; see tandem/ui.h. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "view.h"

static volatile sig_atomic_t ui_signal;
static int ui_started;

static void
ui_on_signal(int sig)
{
	ui_signal = sig;
}

/* Restores the terminal; the die() hook and every way out. */
static void
ui_restore(void)
{
	if (ui_started && !isendwin())
		endwin();
	ui_started = 0;
}

/* SIGINT, SIGTERM, SIGHUP end the loop; get_wch returns early on them. */
static void
ui_catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < ARRAY_SIZE(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

/* 1 when output is UTF-8; with force, switches the character type to UTF-8. */
static int
ui_setup_locale(int force)
{
	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return 1;
	if (force && (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "en_US.UTF-8")))
		return 1;
	return 0;
}

static void
ui_start_curses(void)
{
	initscr();
	ui_started = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	timeout(1000);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	set_escdelay(25);
	use_default_colors();
}

void
ui_message(struct ui *ui, const char *msg)
{
	free(ui->message);
	ui->message = msg != NULL ? xstrdup(msg) : NULL;
}

void
ui_show(struct ui *ui, const struct view_ops *view)
{
	ui->view = view;
}

static void
ui_draw(struct ui *ui)
{
	if (!draw_too_small(ui)) {
		erase();
		ui->view->draw(ui);
		if (ui->prompt.mode != PROMPT_NONE)
			prompt_draw(ui);
		else
			draw_status(ui);
	}
	refresh();
}

static void
ui_open_help(struct ui *ui)
{
	ui->help_return = ui->view;
	ui->help_top = 0;
	ui_show(ui, &help_view);
}

/* Hands a mouse event to the view: a click or a wheel step. */
static void
ui_mouse(struct ui *ui)
{
	MEVENT ev;

	if (getmouse(&ev) != OK || ui->view->mouse == NULL)
		return;
	if (ev.bstate & BUTTON4_PRESSED)
		ui->view->mouse(ui, ev.y, ev.x, -1);
	else if (ev.bstate & BUTTON5_PRESSED)
		ui->view->mouse(ui, ev.y, ev.x, 1);
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))
		ui->view->mouse(ui, ev.y, ev.x, 0);
}

/* One key: the prompt takes it while open, else the view gets its action. */
static void
ui_key(struct ui *ui, int key, int is_code)
{
	enum action a;

	if (ui->prompt.mode != PROMPT_NONE) {
		prompt_key(ui, key, is_code);
		return;
	}
	ui_message(ui, NULL);
	if (is_code && key == KEY_MOUSE) {
		ui_mouse(ui);
		return;
	}
	a = keys_action(key, is_code);
	if (a == ACT_QUIT)
		ui->quit = 1;
	else if (a == ACT_REDRAW)
		clearok(curscr, TRUE);
	else if (a == ACT_HELP && ui->view != &help_view)
		ui_open_help(ui);
	else if (a != ACT_NONE)
		ui->view->act(ui, a);
}

static void
ui_loop(struct ui *ui)
{
	wint_t ch;
	int r;

	ui_draw(ui);
	while (!ui->quit && !ui_signal) {
		r = get_wch(&ch);
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			ui_draw(ui);
			continue;
		}
		ui_key(ui, (int)ch, r == KEY_CODE_YES);
		if (!ui->quit)
			ui_draw(ui);
	}
}

int
ui_run(struct corpus *c, const struct ui_options *opt)
{
	struct ui ui;

	memset(&ui, 0, sizeof ui);
	ui.corpus = c;
	ui.opt = opt;
	ui.view = &list_view;
	ui.utf8 = ui_setup_locale(opt != NULL && opt->force_utf8);
	util_set_die_hook(ui_restore);
	ui_catch_signals();
	ui_start_curses();
	ui_loop(&ui);
	ui_restore();
	reader_close(&ui);
	ui_message(&ui, NULL);
	buf_free(&ui.prompt.text);
	free(ui.prompt.path);
	return ui_signal ? 128 + ui_signal : 0;
}
