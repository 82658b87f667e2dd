/* state: the reading position between runs; see state.h. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/files.h"
#include "tandem/state.h"
#include "tandem/util.h"

static const char state_magic[] = "tandem-state 1";

/* STATE_MAX_ARTICLES lines of a long name each fit well within this. */
#define STATE_MAX_FILE (4u << 20)

char *
state_default_path(void)
{
	return files_state_path("state");
}

void
state_free(struct state *s)
{
	size_t i;

	free(s->meeting);
	for (i = 0; i < s->npositions; i++)
		free(s->positions[i].article);
	free(s->positions);
	memset(s, 0, sizeof *s);
}

static size_t
state_find(const struct state *s, const char *article)
{
	size_t i;

	for (i = 0; i < s->npositions; i++)
		if (strcmp(s->positions[i].article, article) == 0)
			return i;
	return s->npositions;
}

void
state_set_position(struct state *s, const char *article, size_t para)
{
	size_t i = state_find(s, article);
	struct state_position p;

	if (i < s->npositions) {
		p = s->positions[i];
		memmove(&s->positions[i], &s->positions[i + 1], (s->npositions - i - 1) * sizeof p);
		s->npositions--;
	} else {
		p.article = xstrdup(article);
	}
	if (s->npositions == STATE_MAX_ARTICLES) {
		free(s->positions[0].article);
		memmove(&s->positions[0], &s->positions[1], (s->npositions - 1) * sizeof p);
		s->npositions--;
	}
	p.para = para;
	s->positions = xgrow(s->positions, &s->cap, s->npositions + 1, sizeof p);
	s->positions[s->npositions++] = p;
}

size_t
state_position(const struct state *s, const char *article)
{
	size_t i = state_find(s, article);

	return i < s->npositions ? s->positions[i].para : 0;
}

void
state_set_meeting(struct state *s, const char *article)
{
	free(s->meeting);
	s->meeting = xstrdup(article);
}

/* A name as the file may hold it: not empty, no tab, no newline. */
static int
state_name_ok(const char *name, size_t len)
{
	return len > 0 && memchr(name, '\t', len) == NULL && memchr(name, '\n', len) == NULL
	    && memchr(name, '\0', len) == NULL;
}

/* One line after the first; 0, or -1 when it makes no sense. */
static int
state_parse_line(struct state *s, char *line)
{
	char *tab = strchr(line, '\t'), *name, *num, *end;
	unsigned long long para;

	if (tab == NULL)
		return line[0] == '\0' || line[0] == '#' ? 0 : -1;
	*tab = '\0';
	name = tab + 1;
	if (strcmp(line, "meeting") == 0 && state_name_ok(name, strlen(name))) {
		state_set_meeting(s, name);
		return 0;
	}
	if (strcmp(line, "position") != 0 || (num = strchr(name, '\t')) == NULL)
		return -1;
	*num++ = '\0';
	errno = 0;
	para = strtoull(num, &end, 10);
	if (!state_name_ok(name, strlen(name)) || *num < '0' || *num > '9' || *end != '\0'
	    || errno != 0 || para > (size_t)-1 / 2)
		return -1;
	state_set_position(s, name, (size_t)para);
	return 0;
}

/* Parses the text of a state file; the number of the first bad line, or 0. */
static int
state_parse(struct state *s, char *text)
{
	char *line, *nl = NULL;
	int n = 1;

	for (line = text; line != NULL; line = nl != NULL ? nl + 1 : NULL, n++) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		if (n == 1 ? strcmp(line, state_magic) != 0 : state_parse_line(s, line) < 0)
			return n;
	}
	return 0;
}

int
state_load(struct state *s, const char *path, char **cause)
{
	char *text, *why = NULL;
	size_t len;
	int bad;

	memset(s, 0, sizeof *s);
	if (files_read(path, STATE_MAX_FILE, &text, &len, &why) < 0) {
		if (errno == ENOENT) {
			free(why);
			return 0;
		}
		*cause = xasprintf("%s: %s", path, why);
		free(why);
		return -1;
	}
	bad = memchr(text, '\0', len) != NULL ? 1 : state_parse(s, text);
	free(text);
	if (bad == 0)
		return 0;
	state_free(s);
	*cause = xasprintf("%s:%d: damaged state file; ignored", path, bad);
	return -1;
}

int
state_save(const struct state *s, const char *path, char **cause)
{
	struct buf b = { NULL, 0, 0 };
	size_t i;
	int status;

	buf_printf(&b, "%s\n# tandem: the last meeting opened, the top paragraph of each article read\n",
	    state_magic);
	if (s->meeting != NULL && state_name_ok(s->meeting, strlen(s->meeting)))
		buf_printf(&b, "meeting\t%s\n", s->meeting);
	for (i = 0; i < s->npositions; i++)
		if (state_name_ok(s->positions[i].article, strlen(s->positions[i].article)))
			buf_printf(&b, "position\t%s\t%zu\n", s->positions[i].article, s->positions[i].para);
	files_make_parents(path);
	status = files_write(path, b.data, b.len, FILES_FORCE, cause);
	buf_free(&b);
	return status;
}
