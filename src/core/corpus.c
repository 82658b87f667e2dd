/* corpus: a loaded corpus's articles, their text on demand, and its warnings. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus_parts.h"
#include "tandem/index.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* Adds the warning w (c frees it) to c. */
static void
add_warning(struct corpus *c, char *w)
{
	c->warnings = xrealloc(c->warnings, (c->nwarnings + 1) * sizeof(*c->warnings));
	c->warnings[c->nwarnings++] = w;
}

/* A string the corpus keeps once however many articles hold it (places and
 * regions repeat: 100,000 articles name a few hundred). */
static char *
shared(struct corpus *c, char *s)
{
	char *kept;

	if (s == NULL)
		return NULL;
	kept = (char *)intern_str(&c->strings, intern_id(&c->strings, s, strlen(s), 1));
	free(s);
	return kept;
}

/*
 * The article a in one block with its name, title and person (nearly every
 * meeting's own), its place and region shared (a few hundred for 100,000
 * articles): their metadata in about 23 MB instead of 36. It records that
 * the corpus holds it (ARTICLE_CORPUS), so that article_free() frees the
 * block alone.
 */
struct article *
corpus_compact(struct corpus *c, struct article *a)
{
	size_t nn = strlen(a->name) + 1, nt = strlen(a->title) + 1;
	size_t np = a->person != NULL ? strlen(a->person) + 1 : 0;
	struct article *b = xmalloc(sizeof(*b) + nn + nt + np);

	*b = *a;
	b->name = memcpy((char *)(b + 1), a->name, nn);
	b->title = memcpy(b->name + nn, a->title, nt);
	b->person = a->person != NULL ? memcpy(b->title + nt, a->person, np) : NULL;
	b->place = shared(c, a->place);
	b->region = shared(c, a->region);
	b->held = ARTICLE_CORPUS;
	free(a->name);
	free(a->title);
	free(a->person);
	free(a);
	return b;
}

/* The name of a's file: as shown, or, when showing it changed it, the one
 * in the folder that shows so. Caller frees; NULL when there is none. */
static char *
file_of(const struct corpus *c, const struct article *a)
{
	char **names, *found = xasprintf("%s/%s.txt", c->dir, a->name);
	size_t n, i;
	int there = access(found, F_OK) == 0;

	free(found);
	found = NULL;
	if (there)
		return xasprintf("%s.txt", a->name);
	if (corpus_list_txt(c->dir, &names, &n, &found) < 0) {
		free(found);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		char *shown = text_safe(names[i], strlen(names[i]) - 4);

		if (found == NULL && strcmp(shown, a->name) == 0)
			found = xstrdup(names[i]);
		free(shown);
	}
	corpus_free_names(names, n);
	return found;
}

int
corpus_text(struct corpus *c, struct article *a, char **cause)
{
	char *file, *path, *why = NULL;
	struct article *b;

	if (a->paragraphs != NULL || a->nparagraphs == 0)
		return 0;
	if (a->text_at != 0 && c->index != NULL && index_text(c->index, a) == 0)
		return 0;
	if (a->text_at != 0 && c->index != NULL)
		index_discard(c->index);	/* damaged: the next start makes a new one */
	if ((file = file_of(c, a)) == NULL)
		file = xasprintf("%s.txt", a->name);
	path = xasprintf("%s/%s", c->dir, file);
	b = corpus_read_article(path, a->name, &why);
	free(path);
	if (b == NULL) {
		a->nparagraphs = 0;	/* shown empty, never wrong */
		if (cause != NULL)
			*cause = xasprintf("%s: %s", file, why);
		free(why);
		free(file);
		return -1;
	}
	free(file);
	a->paragraphs = b->paragraphs;
	a->nparagraphs = b->nparagraphs;
	a->text_held = b->text_held;	/* its own, read from the file */
	a->dateline_len = b->dateline_len;
	b->paragraphs = NULL;
	b->nparagraphs = 0;
	article_free(b);
	return 0;
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	corpus_set_meetings(c, NULL);
	for (i = 0; i < c->narticles; i++)
		article_free(c->articles[i]);
	intern_free(&c->strings);
	index_close(c->index);
	for (i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c->articles);
	free(c->warnings);
	free(c->dir);
	memset(c, 0, sizeof(*c));
}

struct article *
corpus_find(const struct corpus *c, const char *name)
{
	size_t lo = 0, hi = c->narticles, n = strlen(name);
	char *key;

	if (n > 4 && strcmp(name + n - 4, ".txt") == 0)
		n -= 4;
	key = text_safe(name, n);	/* names are kept as --list shows them */
	while (lo < hi) {	/* articles are sorted by name */
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(key, c->articles[mid]->name);

		if (cmp == 0) {
			free(key);
			return c->articles[mid];
		}
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	free(key);
	return NULL;
}

size_t
corpus_meeting_of(const struct corpus *c, size_t i)
{
	return c->meetings.of[i];
}

/* A warning quotes a file name or a line of meetings.ini: made safe here. */
void
corpus_add_warning(struct corpus *c, const char *file, const char *reason)
{
	char *raw = xasprintf("%s: %s", file, reason);

	add_warning(c, text_safe(raw, strlen(raw)));
	free(raw);
}

void
corpus_set_meetings(struct corpus *c, struct meetings *m)
{
	size_t i;

	for (i = 0; i < c->meetings.n; i++)
		free(c->meetings.list[i].articles);
	free(c->meetings.list);
	free(c->meetings.of);
	memset(&c->meetings, 0, sizeof(c->meetings));
	if (m != NULL) {
		c->meetings = *m;
		memset(m, 0, sizeof(*m));
	}
}

void
corpus_keep_warning(struct corpus *c, const char *warning)
{
	add_warning(c, xstrdup(warning));
}
