/* grouping: articles grouped into meetings by the rare keys they share. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/counterpart.h"
#include "tandem/fold.h"
#include "tandem/meeting.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "grouping.h"

/* What a name two English articles share weighs, against a figure: a half. */
#define ENGLISH_SHARE 2
/* Keys shared by more articles than this make no candidate pairs. */
#define POSTING_CAP 64

/* A set of candidate pairs (i < j), open addressing on (i+1) << 32 | (j+1). */
struct pairset {
	uint64_t *slots;
	size_t n, nslots;
};

static void
pairset_add(struct pairset *ps, uint32_t i, uint32_t j)
{
	uint64_t v = (uint64_t)(i + 1) << 32 | (j + 1);
	size_t h;

	if ((ps->n + 1) * 4 > ps->nslots * 3) {	/* three quarters full: half the memory of half */
		uint64_t *old = ps->slots;
		size_t k, oldn = ps->nslots;

		ps->nslots = oldn ? oldn * 2 : 1024;
		ps->slots = xcalloc(ps->nslots, sizeof(*ps->slots));
		ps->n = 0;
		for (k = 0; k < oldn; k++)
			if (old[k] != 0)
				pairset_add(ps, (uint32_t)(old[k] >> 32) - 1, (uint32_t)old[k] - 1);
		free(old);
	}
	h = (size_t)((v * 0x9E3779B97F4A7C15ULL) >> 20) & (ps->nslots - 1);
	while (ps->slots[h] != 0 && ps->slots[h] != v)
		h = (h + 1) & (ps->nslots - 1);
	if (ps->slots[h] == 0) {
		ps->slots[h] = v;
		ps->n++;
	}
}

/* The id of a counterpart's name (counterpart_key()), 0 when there is none. */
static uint32_t
counterpart_id(struct grouping *g, const char *name, enum lang lang, int person)
{
	struct buf key = { 0 };
	uint32_t id = 0;

	if (name != NULL && counterpart_key(name, lang, person, &key) > 0)
		id = intern_id(&g->counterparts, key.data, key.len, 1);
	buf_free(&key);
	return id;
}

/*
 * The weight of a shared key: rarity, less for words only one language
 * uses. Kept in fixed point (WEIGHT_ONE a unit), so that a pair's score is
 * one sum in any order: the ids of keys, and so the order pair_score adds
 * them in, differ between an index updated file by file and a cold start.
 */
#define WEIGHT_ONE 4294967296.0

static void
compute_weights(struct grouping *g)
{
	uint32_t all = 0;
	size_t i;

	for (i = 0; i < g->keys->n; i++)
		all |= g->keys->keys[i].langs;
	g->weight = xmalloc((g->keys->n ? g->keys->n : 1) * sizeof(*g->weight));
	for (i = 0; i < g->keys->n; i++) {
		const struct key *k = &g->keys->keys[i];
		double w = log((double)(g->c->narticles + 1) / (k->df ? k->df : 1));

		if (k->name && k->langs != all)
			w *= 0.25;	/* a German noun, not a name that crossed languages */
		if (k->weekday)
			w = 0;
		g->weight[i] = (int64_t)llround(w * WEIGHT_ONE);
	}
}

/*
 * A counterpart both articles name (region and person) is strong evidence
 * of one meeting; its words then weigh nothing in the score itself, so
 * that among visits of one counterpart the content (figures, other names)
 * decides where an undated article belongs.
 */
static double
counterpart_bonus(const struct grouping *g, size_t a, size_t b, double bar)
{
	const struct identity *x = &g->article[a], *y = &g->article[b];
	int region = x->region != 0 && x->region == y->region;
	int person = x->person != 0 && x->person == y->person;

	return region && person ? bar : region || person ? bar / 2 : 0;
}

/* The id of the key a name's word of len bytes makes in articles (as
 * keys.c makes it), 0 when no article holds it or it is a label. */
static uint32_t
name_key(const struct grouping *g, const char *word, size_t len, enum lang lang)
{
	char key[64];

	if (fold_name(word, len, lang, key + 1, sizeof(key) - 1) == 0 || strcmp(key + 1, FOLD_REPUBLIC) == 0)
		return 0;
	key[0] = KEY_NAME;
	return intern_id(&g->keys->names, key, strlen(key), 0);
}

/* How many articles hold the surname of article i's person as a key. */
static size_t
surname_df(const struct grouping *g, size_t i)
{
	const struct article *a = g->c->articles[i];
	const char *last;
	uint32_t id;

	if (a->person == NULL)
		return 0;
	last = strrchr(a->person, ' ');
	last = last != NULL ? last + 1 : a->person;
	id = name_key(g, last, strlen(last), a->lang);
	return id != 0 ? g->keys->keys[id - 1].df : 0;
}

/*
 * A person named as the counterpart in many articles and named in most
 * of all is the host, taken for a counterpart by mistake: such a person
 * is forgotten (unknown), so that the mistake cannot keep an article from
 * its meeting. A guest met again and again (a folder of one minister's
 * visits) is named in his reports only, and stays.
 */
static void
forget_host(struct grouping *g)
{
	size_t i, n = g->c->narticles, limit = n / 4 > 3 ? n / 4 : 3;
	size_t *count = xcalloc(g->counterparts.n + 1, sizeof(*count));
	char *host = xcalloc(g->counterparts.n + 1, 1);	/* 1 the host, 2 a guest met often */

	for (i = 0; i < n; i++)
		count[g->article[i].person]++;
	for (i = 0; i < n; i++) {
		uint32_t p = g->article[i].person;

		if (p != 0 && count[p] > limit && host[p] == 0)
			host[p] = surname_df(g, i) > n / 2 ? 1 : 2;
	}
	for (i = 0; i < n; i++)
		if (host[g->article[i].person] == 1)
			g->group[i].person = g->article[i].person = 0;
	free(host);
	free(count);
}

/* Marks the keys that spell a word of some article's counterpart. */
static void
mark_identity_keys(struct grouping *g)
{
	size_t i, k;

	for (i = 0; i < g->c->narticles; i++) {
		const struct article *a = g->c->articles[i];
		const char *names[2] = { a->region, a->person };

		for (k = 0; k < 2; k++) {
			size_t pos = 0, st, wl, n = names[k] ? strlen(names[k]) : 0;
			uint32_t id;

			while (text_next_word(names[k] ? names[k] : "", n, &pos, &st, &wl))
				if ((id = name_key(g, names[k] + st, wl, a->lang)) != 0)
					g->identity[id - 1] = 1;
		}
	}
}

/*
 * The weekday each article's lead names ("said on Tuesday", "am
 * Donnerstag"), when it names one and no other (keys.c's KEY_WEEKDAY
 * keys): a report of one visit of a counterpart met many times, on a
 * Thursday, is not of the visit on a Friday. A dated article keeps it only
 * when it fits its own date ("held talks on Friday (Dec 12)"): "will come
 * back on Thursday" speaks of another day.
 */
static void
mark_weekdays(struct grouping *g)
{
	uint32_t id[DATE_WEEK_DAYS];
	char key[4];
	size_t i, d;
	struct keyiter it;

	for (d = 0; d < DATE_WEEK_DAYS; d++) {
		snprintf(key, sizeof(key), "%c%d", KEY_WEEKDAY, (int)d);
		id[d] = intern_id(&g->keys->names, key, strlen(key), 0);	/* 0: none */
	}
	for (i = 0; i < g->c->narticles; i++) {
		int seen = -1, two = 0;

		keyiter_init(&it, g->keys, g->c->articles[i]->keys);
		while (keyiter_next(&it) && !two)
			for (d = 0; d < DATE_WEEK_DAYS; d++)
				if (id[d] != 0 && it.id == id[d] - 1) {
					two = seen >= 0 && seen != (int)d;
					seen = (int)d;
				}
		if (two || (seen >= 0 && !identity_weekday_fits(seen, &g->article[i])))
			seen = -1;
		g->article[i].weekday = g->group[i].weekday = seen;
	}
}

/* Whether article a's text holds a word of the name (a region or a person
 * of article b) as a key. */
static int
holds_name(const struct grouping *g, size_t a, const char *name, enum lang lang)
{
	size_t pos = 0, st, wl, n = name ? strlen(name) : 0;
	uint32_t id;
	struct keyiter it;

	while (text_next_word(name ? name : "", n, &pos, &st, &wl)) {
		if ((id = name_key(g, name + st, wl, lang)) == 0)
			continue;
		keyiter_init(&it, g->keys, g->c->articles[a]->keys);
		while (keyiter_next(&it))
			if (it.id >= id - 1) {
				if (it.id == id - 1)
					return 1;
				break;
			}
	}
	return 0;
}

/*
 * Whether a and b, in one language, each name a counterpart that the other
 * never mentions: a report names whom the meeting was with, so two such
 * are of two meetings whatever else they share (a figure, the site's
 * words). Counterparts spelt alike in one language are one key, so only
 * then is a missing word evidence.
 */
static int
strangers(const struct grouping *g, size_t a, size_t b)
{
	const struct article *x = g->c->articles[a], *y = g->c->articles[b];

	if (x->lang != y->lang || (x->region == NULL && x->person == NULL) ||
	    (y->region == NULL && y->person == NULL))
		return 0;
	return !holds_name(g, a, y->region, y->lang) && !holds_name(g, a, y->person, y->lang) &&
	    !holds_name(g, b, x->region, x->lang) && !holds_name(g, b, x->person, x->lang);
}

/*
 * The rarity of the keys a and b share. With bonus set (counterpart_bonus
 * counted the counterpart) the counterpart's words count no more.
 */
static double
pair_score(const struct grouping *g, size_t a, size_t b, int bonus, int *shared)
{
	struct keyiter x, y;
	int more;
	int64_t s = 0;
	/* Articles in one language share words whatever they report: between
	 * them only figures (and the counterpart, see counterpart_bonus) count. */
	int same_lang = g->c->articles[a]->lang == g->c->articles[b]->lang;
	/* In English, capitalized words are names (in German every noun): two
	 * English reports that name the same others tell of one meeting. */
	int english = same_lang && g->c->articles[a]->lang == LANG_EN;

	*shared = 0;
	keyiter_init(&x, g->keys, g->c->articles[a]->keys);
	keyiter_init(&y, g->keys, g->c->articles[b]->keys);
	more = keyiter_next(&x) && keyiter_next(&y);
	while (more) {
		if (x.id < y.id) {
			more = keyiter_next(&x);
		} else if (x.id > y.id) {
			more = keyiter_next(&y);
		} else {
			if ((!same_lang || !g->keys->keys[x.id].name) && !(bonus && g->identity[x.id]))
				s += g->weight[x.id];
			else if (english && !(bonus && g->identity[x.id]))
				s += g->weight[x.id] / ENGLISH_SHARE;
			*shared += !g->keys->keys[x.id].weekday;
			more = keyiter_next(&x) && keyiter_next(&y);
		}
	}
	return (double)s / WEIGHT_ONE;
}

/* Orders articles by day, then year, then index (the order a stable sort
 * gives): dates from the grouping's own array, not through every
 * article's pointer. */
static int
compare_date_of(const void *x, const void *y, void *arg)
{
	const struct grouping *g = arg;
	uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
	const struct date *a = &g->article[i].date, *b = &g->article[j].date;

	if (a->month != b->month)
		return a->month - b->month;
	if (a->day != b->day)
		return a->day - b->day;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* Keeps the pair of articles i and j unless they cannot be of one meeting. */
static void
candidate_add(const struct grouping *g, struct pairset *ps, uint32_t i, uint32_t j)
{
	if (g->alone[i] || g->alone[j] || !identity_compatible(&g->article[i], &g->article[j]))
		return;
	if (i < j)
		pairset_add(ps, i, j);
	else
		pairset_add(ps, j, i);
}

static void
candidate_all(const struct grouping *g, const uint32_t *list, size_t n, struct pairset *ps)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			candidate_add(g, ps, list[i], list[j]);
}

/*
 * Pairs of one calendar day of a long posting list (sorted by year, unknown
 * first): those of one year, and those of an unknown year with every year.
 * A bucket too large for POSTING_CAP makes none.
 */
static void
pairs_from_day(const struct grouping *g, const uint32_t *list, size_t n, struct pairset *ps)
{
	size_t unknown, start, i, j, k;

	for (unknown = 0; unknown < n && g->article[list[unknown]].date.year == 0; unknown++)
		;
	if (unknown <= POSTING_CAP)
		candidate_all(g, list, unknown, ps);
	for (start = unknown; start < n; start = i) {
		int year = g->article[list[start]].date.year;

		for (i = start + 1; i < n && g->article[list[i]].date.year == year; i++)
			;
		if (unknown + i - start > POSTING_CAP)
			continue;
		candidate_all(g, list + start, i - start, ps);
		for (j = start; j < i; j++)
			for (k = 0; k < unknown; k++)
				candidate_add(g, ps, list[k], list[j]);
	}
}

/* Lists this long are sorted by radix, not by comparing. */
#define RADIX_MIN 2048

/* Sorts n numbers below 2^33 by 11 bits at a time, through scratch (n of them). */
static void
radix_sort(uint32_t *list, size_t n, uint32_t *scratch)
{
	size_t count[2048], i, shift;
	uint32_t *from = list, *to = scratch, *swap;

	for (shift = 0; shift < 33; shift += 11) {
		size_t sum = 0;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[from[i] >> shift & 2047]++;
		for (i = 0; i < 2048; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[from[i] >> shift & 2047]++] = from[i];
		swap = from, from = to, to = swap;
	}
	if (from != list)
		memcpy(list, from, n * sizeof(*list));
}

/* Pairs within one posting list, which holds each article's place in
 * order (date_order) and is given back holding the articles: all of them
 * when it is short, else only those of one day. Places sort as plain
 * numbers, the articles' order by day with no date compared. */
static void
pairs_from_posting(struct grouping *g, uint32_t *list, size_t n, const uint32_t *order, uint32_t *scratch,
    struct pairset *ps)
{
	size_t i, start;

	if (n >= RADIX_MIN)
		radix_sort(list, n, scratch);
	else if (n > POSTING_CAP)
		qsort(list, n, sizeof(*list), compare_u32);
	for (i = 0; i < n; i++)
		list[i] = order[list[i]];
	if (n <= POSTING_CAP) {
		candidate_all(g, list, n, ps);
		return;
	}
	for (start = 0; start < n; start = i) {
		const struct date *d = &g->article[list[start]].date;

		for (i = start + 1; i < n && g->article[list[i]].date.month == d->month &&
		    g->article[list[i]].date.day == d->day; i++)
			;
		if (d->month != 0)
			pairs_from_day(g, list + start, i - start, ps);
	}
}

/* Postings held at once (1 MB): the inverted index is built a range of keys
 * at a time, so that it never holds every key of every article (4.4 million
 * at 100,000 articles: 18 MB). */
#define POSTING_CHUNK (1u << 18)

/*
 * The articles by day, then year, then index (a long posting list's pairs
 * are taken by day), and each article's place in that order: a list of
 * places sorts as numbers, much faster than by the articles' dates (that
 * was a fifth of grouping at 100,000 articles). Caller frees *order and
 * *place.
 */
static void
date_order(struct grouping *g, uint32_t **order, uint32_t **place)
{
	size_t i, n = g->c->narticles;

	*order = xmalloc((n + 1) * sizeof(**order));
	*place = xmalloc((n + 1) * sizeof(**place));
	for (i = 0; i < n; i++)
		(*order)[i] = (uint32_t)i;
	qsort_r(*order, n, sizeof(**order), compare_date_of, g);
	for (i = 0; i < n; i++)
		(*place)[(*order)[i]] = (uint32_t)i;
}

/* Candidate pairs from the inverted index: no pass over all pairs. */
static void
candidate_pairs(struct grouping *g, struct pairset *ps)
{
	size_t nk = g->keys->n, i, k, from, to, *fill = xcalloc(nk + 1, sizeof(*fill));
	size_t *start = xcalloc(nk + 1, sizeof(*start));
	uint32_t *post = NULL, *order, *place, *scratch = xmalloc((g->c->narticles + 1) * sizeof(*scratch));
	size_t cap = 0;

	date_order(g, &order, &place);
	for (from = 0; from < nk; from = to) {
		size_t n = g->keys->keys[from].df;

		/* keys [from, to): at least one, else at most POSTING_CHUNK postings */
		for (to = from + 1; to < nk && n + g->keys->keys[to].df <= POSTING_CHUNK; to++)
			n += g->keys->keys[to].df;
		start[from] = 0;
		for (k = from; k < to; k++)
			start[k + 1] = start[k] + g->keys->keys[k].df;
		post = xgrow(post, &cap, start[to] + 1, sizeof(*post));
		for (i = 0; i < g->c->narticles; i++) {
			struct keyiter it;

			keyiter_init(&it, g->keys, g->c->articles[i]->keys);
			while (keyiter_next(&it) && it.id < to)
				if (it.id >= from)
					post[start[it.id] + fill[it.id]++] = place[i];
		}
		for (k = from; k < to; k++)
			if (fill[k] >= 2 && !g->keys->keys[k].weekday)
				pairs_from_posting(g, post + start[k], fill[k], order, scratch, ps);
	}
	free(post);
	free(order);
	free(place);
	free(scratch);
	free(fill);
	free(start);
}

static int
compare_scored(const void *x, const void *y)
{
	const struct scored *p = x, *q = y;

	if (p->score != q->score)
		return p->score < q->score ? 1 : -1;
	return p->a != q->a ? (p->a < q->a ? -1 : 1) : (p->b < q->b ? -1 : p->b > q->b);
}

/*
 * Whether a pair that clears the bar only with its counterpart bonus
 * reports two visits on one calendar day of different years: each holds a
 * figure the other lacks (one report of a meeting holds every figure
 * of the other, or its translation, or a shorter write-up does).
 */
static int
other_visit(const struct grouping *g, const struct scored *s, double bar)
{
	const struct date *da = &g->article[s->a].date, *db = &g->article[s->b].date;

	if (da->year != 0 && db->year != 0)
		return 0;	/* both years known, and alike (date_compatible) */
	if (g->c->articles[s->a]->lang == LANG_EN && g->c->articles[s->b]->lang == LANG_EN &&
	    g->c->articles[s->a]->source != g->c->articles[s->b]->source)	/* each its own figures */
		return s->content < bar && figures_held(g, s->a, s->b) == 0 && figures_held(g, s->b, s->a) == 0;
	return s->content < bar && !holds_figures(g, s->a, s->b) && !holds_figures(g, s->b, s->a);
}

/* Scores the candidates and joins the pairs that clear the bar, best first;
 * articles without a date are placed after. */
static void
join_candidates(struct grouping *g, struct pairset *ps)
{
	size_t i, n = 0;
	struct scored *sc = xmalloc((ps->n + 1) * sizeof(*sc));
	double bar = log((double)g->c->narticles + 1);

	for (i = 0; i < ps->nslots; i++) {
		int shared;
		double bonus, content;

		if (ps->slots[i] == 0)
			continue;
		sc[n].a = (uint32_t)(ps->slots[i] >> 32) - 1;
		sc[n].b = (uint32_t)ps->slots[i] - 1;
		bonus = counterpart_bonus(g, sc[n].a, sc[n].b, bar);
		content = pair_score(g, sc[n].a, sc[n].b, bonus > 0, &shared);
		sc[n].score = (float)(content + bonus);
		sc[n].content = (float)content;
		if (shared >= 2 && content + bonus >= bar && !(bonus == 0 && strangers(g, sc[n].a, sc[n].b)))
			n++;
	}
	free(ps->slots);
	ps->slots = NULL;
	qsort(sc, n, sizeof(*sc), compare_scored);
	for (i = 0; i < n; i++)
		if (!date_unconfirmed(g, &sc[i], bar) && !other_visit(g, &sc[i], bar))
			join(g, sc[i].a, sc[i].b, 0);
	place_undated(g, sc, n, bar);
	free(sc);
}

/* Joins each group of articles meetings.ini names, whatever grouping said. */
static void
apply_joins(struct grouping *g, const struct overrides *o)
{
	size_t k, i, from = 0;

	for (k = 0; k < o->ngroups; from = o->join_end[k++])
		for (i = from + 1; i < o->join_end[k]; i++)
			join(g, o->join[from], o->join[i], 1);
}

/* Orders a meeting's articles (positions in g->c->articles): German
 * first, then English, then the rest, each by name. */
static int
compare_in_meeting(const void *x, const void *y, void *arg)
{
	const struct grouping *g = arg;
	const struct article *a = g->c->articles[*(const size_t *)x];
	const struct article *b = g->c->articles[*(const size_t *)y];
	int la = a->lang == LANG_DE ? 0 : a->lang == LANG_EN ? 1 : 2;
	int lb = b->lang == LANG_DE ? 0 : b->lang == LANG_EN ? 1 : 2;

	return la != lb ? la - lb : strcmp(a->name, b->name);
}

static int
compare_meetings(const void *x, const void *y, void *arg)
{
	const struct grouping *g = arg;
	const struct meeting *m = x, *n = y;
	int d = date_compare_newest(&m->date, &n->date);

	return d ? d : strcmp(g->c->articles[m->articles[0]]->name, g->c->articles[n->articles[0]]->name);
}

static void
fill_meeting(struct grouping *g, struct meeting *m)
{
	size_t i;

	qsort_r(m->articles, m->narticles, sizeof(*m->articles), compare_in_meeting, g);
	for (i = 0; i < m->narticles; i++) {
		const struct article *a = g->c->articles[m->articles[i]];

		if (m->region == NULL)
			m->region = a->region;
		if (m->person == NULL)
			m->person = a->person;
	}
}

/* The union-find groups as meetings, newest first. */
static struct meetings
build_meetings(struct grouping *g)
{
	size_t i, n = g->c->narticles, *slot = xmalloc((n + 1) * sizeof(*slot)), *count;
	struct meetings ms = { 0 };

	/* Counted first, so that each array is made once, at its size. */
	for (i = 0; i < n; i++)
		slot[i] = (size_t)-1;
	for (i = 0; i < n; i++) {
		size_t r = find_root(g, i);

		if (slot[r] == (size_t)-1)
			slot[r] = ms.n++;
	}
	ms.list = xcalloc(ms.n + 1, sizeof(*ms.list));
	count = xcalloc(ms.n + 1, sizeof(*count));
	for (i = 0; i < n; i++)
		count[slot[find_root(g, i)]]++;
	for (i = 0; i < n; i++) {
		size_t r = find_root(g, i);
		struct meeting *m = &ms.list[slot[r]];

		if (m->articles == NULL) {
			m->articles = xmalloc(count[slot[r]] * sizeof(*m->articles));
			m->date = g->group[r].date;
			m->coverage = -1;
		}
		m->articles[m->narticles++] = i;
	}
	free(count);
	for (i = 0; i < ms.n; i++)
		fill_meeting(g, &ms.list[i]);
	qsort_r(ms.list, ms.n, sizeof(*ms.list), compare_meetings, g);
	ms.of = xmalloc((n + 1) * sizeof(*ms.of));
	for (i = 0; i < ms.n; i++) {
		size_t k;

		for (k = 0; k < ms.list[i].narticles; k++)
			ms.of[ms.list[i].articles[k]] = i;
	}
	free(slot);
	return ms;
}

static void
grouping_free(struct grouping *g)
{
	free(g->identity);
	free(g->weight);
	free(g->parent);
	free(g->article);
	free(g->group);
	intern_free(&g->counterparts);
}

struct meetings
meeting_group(struct corpus *c, const char *overrides)
{
	struct grouping g = { 0 };
	struct pairset ps = { 0 };
	struct overrides o;
	struct meeting_keys *own = NULL;
	struct meetings ms;
	size_t i;

	overrides_load(&o, c, overrides);
	g.c = c;
	g.alone = o.alone;
	if ((g.keys = c->keys) == NULL) {	/* the articles' text is in memory */
		g.keys = own = meeting_keys_new();
		for (i = 0; i < c->narticles; i++)
			c->articles[i]->keys = meeting_keys_add(own, c->articles[i]);
	}
	/* All keys are in: what growing left spare goes before grouping needs more. */
	g.keys->bytes = xrealloc(g.keys->bytes, g.keys->len + 1);
	g.keys->bcap = g.keys->len + 1;
	free(g.keys->scratch);
	g.keys->scratch = NULL;
	g.keys->scratch_cap = 0;
	g.identity = xcalloc(g.keys->n + 1, sizeof(*g.identity));
	g.parent = xmalloc((c->narticles + 1) * sizeof(*g.parent));
	g.article = xcalloc(c->narticles + 1, sizeof(*g.article));
	g.group = xcalloc(c->narticles + 1, sizeof(*g.group));
	for (i = 0; i < c->narticles; i++) {
		g.parent[i] = (uint32_t)i;
		g.article[i].date = c->articles[i]->date;
		g.article[i].langs = 1u << c->articles[i]->lang;
		g.article[i].region = counterpart_id(&g, c->articles[i]->region, c->articles[i]->lang, 0);
		g.article[i].person = counterpart_id(&g, c->articles[i]->person, c->articles[i]->lang, 1);
		g.article[i].weekday = -1;
		g.group[i] = g.article[i];
	}
	forget_host(&g);
	mark_identity_keys(&g);
	mark_weekdays(&g);
	compute_weights(&g);
	candidate_pairs(&g, &ps);
	join_candidates(&g, &ps);
	/* The rest needs neither the keys nor each article's own identity:
	 * they go before the meetings are made (7 MB at 100,000 articles). */
	free(g.article);
	g.article = NULL;
	if (own == NULL)
		c->keys = NULL;
	meeting_keys_free(g.keys);
	g.keys = NULL;
	own = NULL;
	apply_joins(&g, &o);
	ms = build_meetings(&g);
	free(ps.slots);
	overrides_free(&o);
	grouping_free(&g);
	meeting_keys_free(own);
	return ms;
}
