/* ui: start-up, the main loop, signals and resizing; see tandem/ui.h. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
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

int
ui_signalled(void)
{
	return ui_signal != 0;
}

int
ui_input_waiting(void *arg)
{
	struct pollfd p = { 0, POLLIN, 0 };

	(void)arg;
	return ui_signal != 0 || poll(&p, 1, 0) > 0;
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
ui_start_curses(const struct settings *s)
{
	if (!ui_started)	/* ui_progress() may have started it */
		initscr();
	ui_started = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	timeout(1000);
	if (s->mouse)
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	set_escdelay(25);
	if (s->color && has_colors() && start_color() == OK)
		use_default_colors();
}

static const unsigned settings_attr_bits[][2] = {
	{ SETTINGS_BOLD, A_BOLD }, { SETTINGS_DIM, A_DIM }, { SETTINGS_UNDERLINE, A_UNDERLINE },
	{ SETTINGS_REVERSE, A_REVERSE }, { SETTINGS_BLINK, A_BLINK }, { SETTINGS_STANDOUT, A_STANDOUT },
};

/* A colour number the terminal has, else its default (-1). */
static short
ui_color(int c)
{
	return c >= 0 && c < COLORS ? (short)c : -1;
}

/* The attributes of each colour role; without colour, attributes only (matches in reverse). */
static void
ui_start_colors(struct ui *ui)
{
	const struct settings *s = ui->settings;
	int color = s->color && has_colors() && COLOR_PAIRS > SETTINGS_ROLE_COUNT, r;
	size_t i;

	for (r = 0; r < SETTINGS_ROLE_COUNT; r++) {
		const struct settings_color *c = &s->colors[r];

		ui->attrs[r] = A_NORMAL;
		for (i = 0; i < ARRAY_SIZE(settings_attr_bits); i++)
			if (c->attrs & settings_attr_bits[i][0])
				ui->attrs[r] |= settings_attr_bits[i][1];
		if (color && (c->fg >= 0 || c->bg >= 0) && init_pair((short)(r + 1), ui_color(c->fg), ui_color(c->bg)) == OK)
			ui->attrs[r] |= COLOR_PAIR(r + 1);
		else if (r == SETTINGS_ROLE_match)
			ui->attrs[r] |= A_REVERSE;
	}
}

attr_t
ui_attr(const struct ui *ui, enum settings_role role)
{
	return ui->attrs[role];
}

void
ui_message(struct ui *ui, const char *msg)
{
	free(ui->message);
	ui->message = msg != NULL ? xstrdup(msg) : NULL;
}

void
ui_explain(struct ui *ui, enum action a, const char *why)
{
	char doing[128], *msg;

	msg = xasprintf("%s: %s (%s)", keys_hint(&reader_view, a), why, keys_doing(a, doing, sizeof doing));
	ui_message(ui, msg);
	free(msg);
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

/* Hands a mouse event to the view: a click (press or release: ncurses may drop either) or a wheel step. */
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
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED))
		ui->view->mouse(ui, ev.y, ev.x, 0);
}

/* The page action a opens from any view, or NULL. */
static const struct view_ops *
ui_page_of(enum action a)
{
	static const struct {
		enum action action;
		const struct view_ops *view;
	} pages[] = { { ACT_HELP, &help_view }, { ACT_PROBLEMS, &problems_view } };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(pages); i++)
		if (pages[i].action == a)
			return pages[i].view;
	return NULL;
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
	a = keys_action(ui->view, key, is_code);
	if (a == ACT_QUIT)
		ui->quit = 1;
	else if (a == ACT_REDRAW)
		clearok(curscr, TRUE);
	else if (a == ACT_RELOAD)
		reload_corpus(ui);
	else if (ui_page_of(a) != NULL && ui->view != ui_page_of(a))
		page_open(ui, ui_page_of(a), a);
	else if (a != ACT_NONE)
		ui->view->act(ui, a);
}

/* How long get_wch waits for a key while the view has idle work. */
enum { UI_IDLE_POLL_MS = 10 };

/*
 * Reads keys and draws. While the view has idle work (busy), get_wch
 * hardly waits: when no key comes, the view does a little and redraws.
 */
static void
ui_loop(struct ui *ui)
{
	wint_t ch;
	int r, busy = 1;

	ui_draw(ui);
	/* A start from the index draws before it checks the files; a file
	 * changed since is read before any text is shown. */
	if (corpus_check(ui->corpus)) {
		reload_corpus(ui);
		ui_draw(ui);
	}
	while (!ui->quit && !ui_signal) {
		timeout(busy ? UI_IDLE_POLL_MS : 1000);
		r = get_wch(&ch);
		if (r == ERR) {
			busy = ui->view->idle != NULL && ui->view->idle(ui);
			if (busy)
				ui_draw(ui);
			continue;
		}
		busy = 1;
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			ui_draw(ui);
			continue;
		}
		ui_key(ui, (int)ch, r == KEY_CODE_YES);
		if (!ui->quit)
			ui_draw(ui);
	}
}

/* Binds the keys and tells the settings' problems: on stderr, and the first on the status line. */
static void
ui_configure(struct ui *ui, struct settings *s)
{
	size_t i;
	char *msg;
	const char *first;

	keys_configure(s);
	for (i = 0; i < s->nwarnings; i++)
		warnx("%s", s->warnings[i]);
	if (s->nwarnings == 0)
		return;
	first = s->warnings[0];
	if (s->file != NULL && strncmp(first, s->file, strlen(s->file)) == 0 && strrchr(s->file, '/') != NULL)
		first += strrchr(s->file, '/') - s->file + 1;	/* the file's name is enough here */
	msg = s->nwarnings == 1 ? xstrdup(first) :
	    xasprintf("%zu problems in the settings, listed on exit; %s", s->nwarnings, first);
	ui_message(ui, msg);
	free(msg);
}

/* Reads the reading position and puts the list on the last meeting opened. */
static void
ui_load_state(struct ui *ui)
{
	const struct corpus *c = ui->corpus;
	char *cause = NULL;
	size_t m;

	if (ui->opt == NULL || ui->opt->state_path == NULL)
		return;
	if (state_load(&ui->state, ui->opt->state_path, &cause) < 0) {
		warnx("%s", cause);
		if (ui->message == NULL)
			ui_message(ui, cause);
		free(cause);
	}
	for (m = 0; ui->state.meeting != NULL && m < c->meetings.n; m++)
		if (strcmp(c->articles[c->meetings.list[m].articles[0]]->name, ui->state.meeting) == 0)
			ui->list_cursor = m;
}

/* Writes the reading position (once a meeting was opened); a failure is told, never fatal. */
static void
ui_save_state(struct ui *ui)
{
	char *cause = NULL;

	if (ui->opt != NULL && ui->opt->state_path != NULL && ui->state.meeting != NULL
	    && state_save(&ui->state, ui->opt->state_path, &cause) < 0) {
		warnx("reading position not kept: %s", cause);
		free(cause);
	}
	state_free(&ui->state);
}

int
ui_run(struct corpus *c, const struct ui_options *opt)
{
	struct ui ui;
	struct settings defaults;

	memset(&ui, 0, sizeof ui);
	settings_init(&defaults);
	ui.corpus = c;
	ui.opt = opt;
	ui.settings = opt != NULL && opt->settings != NULL ? opt->settings : &defaults;
	ui.view = &list_view;
	ui.query_id = 1;
	ui.sync = ui.settings->sync_scroll;
	ui.layout = ui.settings->layout;
	search_index_init(&ui.search, c);
	ui_configure(&ui, opt != NULL && opt->settings != NULL ? opt->settings : &defaults);
	ui_load_state(&ui);
	ui.utf8 = ui_setup_locale(opt != NULL && opt->force_utf8);
	util_set_die_hook(ui_restore);
	ui_catch_signals();
	ui_start_curses(ui.settings);
	ui_start_colors(&ui);
	ui_loop(&ui);
	ui_restore();
	reader_close(&ui);
	ui_save_state(&ui);
	find_clear(&ui);
	search_index_free(&ui.search);
	settings_free(&defaults);
	ui_message(&ui, NULL);
	buf_free(&ui.prompt.text);
	free(ui.prompt.path);
	return ui_signal ? 128 + ui_signal : 0;
}

int
ui_progress(enum corpus_step step, size_t done, size_t total, void *arg)
{
	char *line;
	int ch;

	(void)arg;
	if (step == CORPUS_DONE)
		return 0;	/* the list is drawn next */
	if (!ui_started) {
		initscr();
		ui_started = 1;
		/* From here a signal stops the load, which then removes its
		 * temporary files and restores the terminal on the way out. */
		ui_catch_signals();
		cbreak();
		noecho();
		curs_set(0);
		nodelay(stdscr, TRUE);
	}
	line = corpus_progress_line(step, done, total, COLS - 2, 1);
	erase();
	mvaddstr(LINES / 2, 2, line);
	refresh();
	free(line);
	while ((ch = getch()) != ERR)
		if (ch == 'q')
			return 1;
	return ui_signal != 0;
}

void
ui_progress_end(void)
{
	ui_restore();
}

long
ui_half_page(long page)
{
	return page > 1 ? page / 2 : 1;
}
