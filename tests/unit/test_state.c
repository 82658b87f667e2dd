/* The reading position: kept, read back, and a damaged or unwritable file survived. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tandem/index.h"
#include "tandem/state.h"
#include "tandem/util.h"
#include "tap.h"

static char dir[] = "/tmp/tandem-state.XXXXXX";

static char *
path_in(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void
write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	fputs(text, f);
	fclose(f);
}

static void
test_round_trip(void)
{
	char *path = path_in("deep/er/state"), *cause = NULL;
	struct state s, back;

	memset(&s, 0, sizeof s);
	state_set_meeting(&s, "000_bb48c70955bb72ea");
	state_set_position(&s, "000_bb48c70955bb72ea", 7);
	state_set_position(&s, "002_954a635c099c0dbf", 3);
	state_set_position(&s, "000_bb48c70955bb72ea", 9);
	is_int(state_save(&s, path, &cause), 0, "the state is written, its folders made");
	is_int(state_load(&back, path, &cause), 0, "and read back");
	is_str(back.meeting, "000_bb48c70955bb72ea", "the last meeting opened");
	is_int((long)state_position(&back, "000_bb48c70955bb72ea"), 9, "the newest position of an article");
	is_int((long)state_position(&back, "002_954a635c099c0dbf"), 3, "another article's");
	is_int((long)state_position(&back, "nothing"), 0, "an article never read starts at the top");
	is_int((long)back.npositions, 2, "one entry per article");
	state_free(&s);
	state_free(&back);
	free(path);
}

static void
test_missing(void)
{
	char *path = path_in("none"), *cause = NULL;
	struct state s;

	is_int(state_load(&s, path, &cause), 0, "a missing state file is no problem");
	ok(s.meeting == NULL && s.npositions == 0, "  and gives an empty state");
	state_free(&s);
	free(path);
}

static void
damaged(const char *text, int line, const char *name)
{
	char *path = path_in("damaged"), *cause = NULL, *want;
	struct state s;

	write_text(path, text);
	want = xasprintf("%s:%d: damaged state file; ignored", path, line);
	ok(state_load(&s, path, &cause) == -1 && s.npositions == 0 && s.meeting == NULL, "%s: ignored", name);
	is_str(cause, want, "  with the line named");
	free(cause);
	free(want);
	free(path);
}

static void
test_damaged(void)
{
	damaged("", 1, "an empty file");
	damaged("garbage\n", 1, "a file of another kind");
	damaged("tandem-state 1\nmeeting\tx\nposition\tx\tlots\n", 3, "a position that is no number");
	damaged("tandem-state 1\nposition\tx\n", 2, "a position without a number");
	damaged("tandem-state 1\nwhat\tever\n", 2, "an unknown line");
	damaged("tandem-state 1\nposition\tx\t99999999999999999999999\n", 2, "a number too large");
}

/* A folder that cannot be made or written: a file stands where it should be. */
static void
test_unwritable(void)
{
	char *file = path_in("plain"), *path = path_in("plain/tandem/state"), *cause = NULL;
	struct state s;

	memset(&s, 0, sizeof s);
	state_set_meeting(&s, "a");
	write_text(file, "not a folder\n");
	ok(state_save(&s, path, &cause) == -1 && cause != NULL && strstr(cause, path) == cause,
	    "an unwritable place gives an error naming the file, not a crash");
	free(cause);
	state_free(&s);
	unlink(file);
	free(file);
	free(path);
}

/* The state and the index live together, wherever TANDEM_STATE_DIR says. */
static void
test_places(void)
{
	char *p;

	setenv("HOME", "/home/reader", 1);
	unsetenv("XDG_STATE_HOME");
	unsetenv("TANDEM_STATE_DIR");
	is_str(p = state_default_path(), "/home/reader/.local/state/tandem/state", "the state under ~/.local/state");
	free(p);
	setenv("XDG_STATE_HOME", "/xdg", 1);
	is_str(p = state_default_path(), "/xdg/tandem/state", "  or under $XDG_STATE_HOME");
	free(p);
	setenv("TANDEM_STATE_DIR", "/own", 1);
	is_str(p = state_default_path(), "/own/state", "  or in $TANDEM_STATE_DIR, where the index goes");
	free(p);
	is_str(p = index_default_dir(), "/own", "  the index's folder");
	free(p);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 1;
	test_round_trip();
	test_missing();
	test_damaged();
	test_unwritable();
	test_places();
	return done_testing();
}
