/* overrides: meetings.ini, read into article indexes to split and join. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif

#include "tandem/corpus.h"
#include "tandem/util.h"
#include "grouping.h"

/*
 * iniparser reports syntax errors through a printf-like callback that is
 * process-global and takes no argument of the caller's (iniparser 4.1):
 * the message can only be caught in a static buffer.
 */
static char ini_error[512];

static int
ini_errback(const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	vsnprintf(ini_error, sizeof(ini_error), fmt, ap);
	va_end(ap);
	n = strlen(ini_error);
	while (n > 0 && (ini_error[n - 1] == '\n' || ini_error[n - 1] == ' '))
		ini_error[--n] = '\0';
	return 0;
}

/* Article indexes named in an override value ("a b, c"); warns on unknown. */
static size_t
override_articles(struct corpus *c, const char *value, size_t *out, size_t max)
{
	char *copy = xstrdup(value), *save = NULL, *tok;
	size_t n = 0;

	for (tok = strtok_r(copy, " ,\t", &save); tok && n < max; tok = strtok_r(NULL, " ,\t", &save)) {
		struct article *a = corpus_find(c, tok);
		size_t i;

		if (a == NULL) {
			char *why = xasprintf("no article named %s", tok);

			corpus_add_warning(c, "meetings.ini", why);
			free(why);
			continue;
		}
		for (i = 0; c->articles[i] != a; i++)
			;
		out[n++] = i;
	}
	free(copy);
	return n;
}

/* Reads one section of meetings.ini into o: [split] first, then [join]. */
static void
read_section(struct overrides *o, struct corpus *c, dictionary *d, const char *sec, int split)
{
	int nkeys = iniparser_getsecnkeys(d, sec), k;
	const char **keys = xcalloc((size_t)nkeys + 1, sizeof(*keys));
	size_t *ids = xmalloc((c->narticles + 1) * sizeof(*ids)), used = 0, cap = 0, gcap = 0;

	iniparser_getseckeys(d, sec, keys);
	for (k = 0; k < nkeys; k++) {
		const char *v = iniparser_getstring(d, keys[k], NULL);
		size_t n = v ? override_articles(c, v, ids, c->narticles) : 0, i;

		if (split) {
			for (i = 0; i < n; i++)
				o->alone[ids[i]] = 1;
			continue;
		}
		o->join = xgrow(o->join, &cap, used + n + 1, sizeof(*o->join));
		memcpy(o->join + used, ids, n * sizeof(*ids));
		used += n;
		o->join_end = xgrow(o->join_end, &gcap, o->ngroups + 1, sizeof(*o->join_end));
		o->join_end[o->ngroups++] = used;
	}
	free(ids);
	free(keys);
}

/* Reads meetings.ini at path (none when NULL or missing) into o; its
 * problems become warnings in c. */
void
overrides_load(struct overrides *o, struct corpus *c, const char *path)
{
	dictionary *d;
	int i;

	memset(o, 0, sizeof(*o));
	o->alone = xcalloc(c->narticles + 1, 1);
	if (path == NULL || access(path, F_OK) != 0)
		return;
	ini_error[0] = '\0';
	iniparser_set_error_callback(ini_errback);
	d = iniparser_load(path);
	if (d == NULL) {
		corpus_add_warning(c, "meetings.ini", ini_error[0] ? ini_error : "cannot be read");
		return;
	}
	for (i = 0; i < iniparser_getnsec(d); i++) {
		const char *sec = iniparser_getsecname(d, i);

		if (strcmp(sec, "join") != 0 && strcmp(sec, "split") != 0) {
			char *why = xasprintf("unknown section [%s] (use [join] or [split])", sec);

			corpus_add_warning(c, "meetings.ini", why);
			free(why);
		}
	}
	read_section(o, c, d, "split", 1);
	read_section(o, c, d, "join", 0);
	iniparser_freedict(d);
}

void
overrides_free(struct overrides *o)
{
	free(o->alone);
	free(o->join);
	free(o->join_end);
}
