/* visits: the meetings of one counterpart; see visits.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/counterpart.h"
#include "tandem/text.h"
#include "tandem/visits.h"

/* The counterpart keys looked for: regions' and persons'. A person key
 * without a first name's initial ("kSmk") matches every first name. */
struct wanted {
	struct buf key[2][4];	/* [person][a few spellings] */
	size_t n[2];
};

static void
wanted_free(struct wanted *w)
{
	int p, k;

	for (p = 0; p < 2; p++)
		for (k = 0; k < 4; k++)
			buf_free(&w->key[p][k]);
}

/* Adds the key of name (person or region) in lang, unless it is none or there already. */
static void
wanted_add(struct wanted *w, const char *name, enum lang lang, int person)
{
	struct buf key = { 0 };
	size_t k;

	if (name == NULL || counterpart_key(name, lang, person, &key) == 0 || w->n[person] == 4) {
		buf_free(&key);
		return;
	}
	for (k = 0; k < w->n[person]; k++)
		if (strcmp(w->key[person][k].data, key.data) == 0) {
			buf_free(&key);
			return;
		}
	w->key[person][w->n[person]++] = key;
}

/* Whether a person key is one wanted: the same surname, and the same
 * initial unless one of the two has none. */
static int
person_matches(const char *want, const char *key)
{
	size_t wl = strcspn(want, ":"), kl = strcspn(key, ":");

	if (wl != kl || memcmp(want, key, wl) != 0)
		return 0;
	return want[wl] == '\0' || key[kl] == '\0' || strcmp(want + wl, key + kl) == 0;
}

/* Whether an article's region or person is one wanted. */
static int
article_matches(const struct article *a, const struct wanted *w)
{
	struct buf key = { 0 };
	size_t k;
	int found = 0;

	if (a->region != NULL && counterpart_key(a->region, a->lang, 0, &key) > 0)
		for (k = 0; k < w->n[0] && !found; k++)
			found = strcmp(w->key[0][k].data, key.data) == 0;
	if (!found && a->person != NULL && counterpart_key(a->person, a->lang, 1, &key) > 0)
		for (k = 0; k < w->n[1] && !found; k++)
			found = person_matches(w->key[1][k].data, key.data);
	buf_free(&key);
	return found;
}

/* The meetings any of whose articles is wanted, newest first, into v. */
static int
visits_collect(const struct corpus *c, const struct wanted *w, struct visits *v)
{
	size_t m, k, cap = 0;

	for (m = 0; m < c->meetings.n; m++) {
		const struct meeting *mt = &c->meetings.list[m];

		for (k = 0; k < mt->narticles; k++)
			if (article_matches(c->articles[mt->articles[k]], w))
				break;
		if (k == mt->narticles)
			continue;
		v->meetings = xgrow(v->meetings, &cap, v->n + 1, sizeof(*v->meetings));
		v->meetings[v->n++] = m;
		if (mt->date.year != 0 && (v->first_year == 0 || mt->date.year < v->first_year))
			v->first_year = mt->date.year;
		if (mt->date.year > v->last_year)
			v->last_year = mt->date.year;
	}
	return v->n > 0 ? 0 : -1;
}

/* The name the list shows for meeting m's counterpart: its region, else its person. */
static const char *
visits_name(const struct meeting *m)
{
	return m->region != NULL ? m->region : m->person;
}

int
visits_of_meeting(const struct corpus *c, size_t m, struct visits *v)
{
	const struct meeting *mt = &c->meetings.list[m];
	struct wanted w;
	size_t k;
	int status;

	memset(v, 0, sizeof(*v));
	memset(&w, 0, sizeof(w));
	for (k = 0; k < mt->narticles; k++) {
		const struct article *a = c->articles[mt->articles[k]];

		wanted_add(&w, a->region, a->lang, 0);
		wanted_add(&w, a->person, a->lang, 1);
	}
	status = w.n[0] + w.n[1] > 0 ? visits_collect(c, &w, v) : -1;
	v->name = visits_name(mt);
	wanted_free(&w);
	return status;
}

/* name without the words that label a region (Gebiet, Krai, Republic of):
 * a region's key is that of its name alone. Caller frees. */
static char *
visits_unlabelled(const char *name)
{
	struct buf b = { 0 };
	size_t pos = 0, st, wl, n = strlen(name);

	buf_adds(&b, "");
	while (text_next_word(name, n, &pos, &st, &wl))
		if (!counterpart_is_label(name + st, wl)) {
			if (b.len > 0)
				buf_addc(&b, ' ');
			buf_add(&b, name + st, wl);
		}
	return buf_detach(&b, NULL);
}

int
visits_named(const struct corpus *c, const char *name, struct visits *v)
{
	struct wanted w;
	char *region = visits_unlabelled(name);
	int status;

	memset(v, 0, sizeof(*v));
	memset(&w, 0, sizeof(w));
	wanted_add(&w, region, LANG_DE, 0);
	wanted_add(&w, region, LANG_EN, 0);
	wanted_add(&w, name, LANG_DE, 1);
	wanted_add(&w, name, LANG_EN, 1);
	status = w.n[0] + w.n[1] > 0 ? visits_collect(c, &w, v) : -1;
	if (status == 0)
		v->name = visits_name(&c->meetings.list[v->meetings[0]]);
	if (status < 0)
		visits_free(v);
	wanted_free(&w);
	free(region);
	return status;
}

char *
visits_summary(const struct visits *v)
{
	struct buf b = { 0 };

	buf_printf(&b, "%s · %zu meeting%s", v->name != NULL ? v->name : "?", v->n, v->n == 1 ? "" : "s");
	if (v->first_year != 0 && v->first_year != v->last_year)
		buf_printf(&b, ", %d–%d", v->first_year, v->last_year);
	else if (v->first_year != 0)
		buf_printf(&b, ", %d", v->first_year);
	return buf_detach(&b, NULL);
}

void
visits_free(struct visits *v)
{
	free(v->meetings);
	memset(v, 0, sizeof(*v));
}
