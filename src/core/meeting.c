/* meeting: articles grouped into meetings by the rare keys they share. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <unistd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif

#include "tandem/align.h"
#include "tandem/meeting.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* The share of an undated page's figures a visit's article must hold to
 * take it: a German report leaves out some of the president's page. */
#define PLACE_FIGURES 0.5
/* A figure in this many articles at most is one visit's, not a year's. */
#define RARE_FIGURE 5
/* What a name two English articles share weighs, against a figure. */
#define ENGLISH_NAMES 0.5
/* Keys shared by more articles than this make no candidate pairs. */
#define POSTING_CAP 64
/* Paragraph lengths kept per article, and steps of the log scale per
 * factor e: 24 is about 4% a step, up to 41,000 characters. */
#define PROFILE_MAX 32
#define PROFILE_SCALE 24.0
/* English characters per German one in a translation, for comparing
 * lengths across languages (gencorpus's pairs: 0.83 a paragraph; the seeds'
 * close pair: 0.97; the choice barely moves placing). */
#define EN_PER_DE 0.9
/*
 * An undated article goes to the visit of its counterpart with the most
 * evidence: shared content less PLACE_LENGTH times the cost of the two
 * articles' paragraph lengths, ahead of any other visit by PLACE_MARGIN.
 * Unless the content clears half the bar, the lengths must also fit: cost
 * no more than PLACE_FIT a paragraph, and fit their order no worse than
 * PLACE_ORDER below the same lengths taken backwards (see place_one).
 */
#define PLACE_LENGTH 0.5
#define PLACE_MARGIN 1.0
#define PLACE_FIT 2.0
#define PLACE_ORDER 1.0

/* What grouping knows of a key (a folded name or a number). */
struct key {
	uint32_t df;		/* articles holding it */
	uint8_t langs;		/* 1 << lang for each language it occurs in */
	uint8_t name;		/* a folded name, not a number */
};

/*
 * The keys of every article, interned to ids from 0; each article's ids
 * sorted, unique and kept as LEB128 deltas in one byte array (about 1.5
 * bytes a key instead of 4, which matters at 100,000 articles). Before
 * them, the article's length profile: a byte of how many paragraphs, then
 * each one's length in characters as a byte on a log scale (see
 * profile_byte), for the first PROFILE_MAX paragraphs.
 */
struct meeting_keys {
	struct intern names;	/* id + 1 */
	struct key *keys;
	size_t n, cap;
	uint8_t *bytes;
	size_t len, bcap;
	size_t *start;		/* per handle: its first byte; start[nlists] = len */
	size_t nlists, scap;
	uint32_t *scratch;	/* one article's ids while they are sorted */
	size_t scratch_cap;
	struct buf draft;	/* meeting_keys_add()'s */
};

/* Walks one article's key ids. */
struct keyiter {
	const uint8_t *p, *end;
	uint32_t id;
};

static void
keyiter_init(struct keyiter *it, const struct meeting_keys *k, uint32_t handle)
{
	it->p = k->bytes + k->start[handle];
	it->p += 1 + it->p[0];	/* past the length profile */
	it->end = k->bytes + k->start[handle + 1];
	it->id = 0;
}

static int
keyiter_next(struct keyiter *it)
{
	uint32_t d = 0;
	int shift = 0;

	if (it->p == it->end)
		return 0;
	do {
		d |= (uint32_t)(*it->p & 0x7F) << shift;
		shift += 7;
	} while (*it->p++ & 0x80);
	it->id += d;
	return 1;
}

static uint32_t
keys_intern(struct meeting_keys *t, const char *text)
{
	uint32_t id = intern_id(&t->names, text, strlen(text), 1) - 1;

	if (id >= t->n) {
		t->keys = xgrow(t->keys, &t->cap, id + 1, sizeof(*t->keys));
		memset(&t->keys[t->n], 0, (id + 1 - t->n) * sizeof(*t->keys));
		t->keys[id].name = text[0] == '@';
		t->n = id + 1;
	}
	return id;
}

/* Whether the text after a number makes it a share ("22 %", "22 Prozent",
 * "22 percent"): then it is no day, whatever its value. */
static int
is_share(const char *s, size_t len)
{
	size_t i = 0;

	text_skip_spaces(s, len, &i);
	if (i < len && s[i] == '%')
		return 1;
	return len - i >= 7 && (strncasecmp(s + i, "percent", 7) == 0 || strncasecmp(s + i, "prozent", 7) == 0);
}

/* The keys of one word (its text after it in rest): a folded capitalized
 * name, or a number ("#22", a share "#22%"). */
static void
word_key(const struct article *a, const char *w, size_t len, const char *rest, size_t restlen,
    char *key, size_t size)
{
	size_t i, n = 0;

	key[0] = '\0';
	if (text_is_number(w, len)) {
		if (len < 2)
			return;
		key[n++] = '#';
		for (i = 0; i < len && n + 2 < size; i++)
			key[n++] = w[i] == ',' ? '.' : w[i];
		if (is_share(rest, restlen))
			key[n++] = '%';
		key[n] = '\0';
	} else if (text_is_capitalized(w, len) && fold_name(w, len, a->lang, key + 1, size - 1) > 0) {
		key[0] = '@';
	}
}

struct meeting_keys *
meeting_keys_new(void)
{
	struct meeting_keys *k = xcalloc(1, sizeof(*k));

	k->start = xgrow(k->start, &k->scap, 1, sizeof(*k->start));
	k->start[0] = 0;
	return k;
}

/* Room for more bytes: an eighth more, as doubling left megabytes spare. */
static void
keys_reserve(struct meeting_keys *t, size_t more)
{
	if (t->len + more > t->bcap) {
		t->bcap = t->len + more + t->len / 8 + 4096;
		t->bytes = xrealloc(t->bytes, t->bcap);
	}
}

static uint8_t
profile_byte(size_t chars)
{
	double q = log1p((double)chars) * PROFILE_SCALE + 0.5;

	return q >= 255 ? 255 : (uint8_t)q;
}

/* An article's paragraph lengths, as its profile keeps them; returns how
 * many (at most PROFILE_MAX). */
static size_t
profile_lengths(const struct meeting_keys *k, uint32_t handle, size_t *len)
{
	const uint8_t *p = k->bytes + k->start[handle];
	size_t i;

	for (i = 0; i < p[0]; i++)
		len[i] = (size_t)(expm1(p[1 + i] / PROFILE_SCALE) + 0.5);
	return p[0];
}

void
meeting_keys_draft(const struct article *a, struct buf *draft)
{
	size_t i, n = a->nparagraphs < PROFILE_MAX ? a->nparagraphs : PROFILE_MAX;
	char key[64];

	draft->len = 0;
	buf_addc(draft, (char)n);
	for (i = 0; i < n; i++) {
		size_t skip = i == 0 ? a->dateline_len : 0;	/* the dateline is no content */

		buf_addc(draft, (char)profile_byte(text_chars(a->paragraphs[i].text + skip,
		    a->paragraphs[i].len - skip)));
	}
	for (i = 0; i < a->nparagraphs; i++) {
		const char *s = a->paragraphs[i].text;
		size_t pos = 0, st, wl, len = a->paragraphs[i].len;

		while (text_next_word(s, len, &pos, &st, &wl)) {
			word_key(a, s + st, wl, s + st + wl, len - st - wl, key, sizeof(key));
			if (key[0] != '\0')
				buf_add(draft, key, strlen(key) + 1);
		}
	}
}

uint32_t
meeting_keys_put(struct meeting_keys *t, const struct article *a, const struct buf *draft)
{
	const uint8_t *p = (const uint8_t *)draft->data, *end = p + draft->len;
	uint32_t *ids = t->scratch;
	size_t i, n = 0, u;
	uint32_t prev = 0;

	keys_reserve(t, 1 + PROFILE_MAX);
	memcpy(t->bytes + t->len, p, 1 + (size_t)p[0]);	/* the length profile */
	t->len += 1 + (size_t)p[0];
	for (p += 1 + p[0]; p < end; p += strlen((const char *)p) + 1) {
		ids = t->scratch = xgrow(t->scratch, &t->scratch_cap, n + 1, sizeof(*ids));
		ids[n++] = keys_intern(t, (const char *)p);
	}
	if (n > 1)
		qsort(ids, n, sizeof(*ids), compare_u32);
	for (i = 0, u = 0; i < n; i++)
		if (u == 0 || ids[u - 1] != ids[i])
			ids[u++] = ids[i];
	for (i = 0; i < u; i++) {
		uint32_t d = ids[i] - prev;

		t->keys[ids[i]].df++;
		t->keys[ids[i]].langs |= (uint8_t)(1u << a->lang);
		prev = ids[i];
		keys_reserve(t, 5);
		do {
			t->bytes[t->len++] = (uint8_t)((d & 0x7F) | (d > 0x7F ? 0x80 : 0));
			d >>= 7;
		} while (d != 0);
	}
	if (t->nlists + 2 > t->scap) {	/* an eighth more, as the bytes */
		t->scap = t->nlists + 2 + t->nlists / 8 + 512;
		t->start = xrealloc(t->start, t->scap * sizeof(*t->start));
	}
	t->start[++t->nlists] = t->len;
	return (uint32_t)(t->nlists - 1);
}

uint32_t
meeting_keys_add(struct meeting_keys *t, const struct article *a)
{
	meeting_keys_draft(a, &t->draft);
	return meeting_keys_put(t, a, &t->draft);
}

void
meeting_keys_free(struct meeting_keys *k)
{
	if (k == NULL)
		return;
	intern_free(&k->names);
	free(k->keys);
	free(k->bytes);
	free(k->start);
	free(k->scratch);
	buf_free(&k->draft);
	free(k);
}

/* The day of the year (1..366, a leap year's count) of a known date. */
static int
day_of_year(const struct date *d)
{
	static const int before[] = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 };

	return before[(d->month - 1) % 12] + d->day;
}

/* Whether two dates can be the day of one meeting; with later 1, b may be
 * the day after a (-1: a the day after b). */
static int
date_compatible(const struct date *a, const struct date *b, int later)
{
	int da, db;

	if (a->month == 0 || b->month == 0)
		return 1;
	if (a->year != 0 && b->year != 0 && a->year != b->year)
		return 0;
	da = day_of_year(a);
	db = day_of_year(b);
	return da == db || (later > 0 && db == da + 1) || (later < 0 && da == db + 1);
}

/*
 * What makes a meeting: a day and a counterpart. Region and person are
 * folded across transliterations (ids into grouping.counterparts); 0 is
 * unknown, and unknown never disagrees.
 */
struct identity {
	struct date date;
	uint32_t region;
	uint32_t person;
	unsigned langs;		/* 1 << lang of each article in it */
};

/* An English report of the day after a German one: 1 when b holds only
 * English articles and a a German one, -1 the other way round, else 0. */
static int
english_after(const struct identity *a, const struct identity *b)
{
	unsigned de = 1u << LANG_DE, en = 1u << LANG_EN;

	if (b->langs == en && (a->langs & de))
		return 1;
	if (a->langs == en && (b->langs & de))
		return -1;
	return 0;
}

static int
identity_compatible(const struct identity *a, const struct identity *b)
{
	return date_compatible(&a->date, &b->date, english_after(a, b)) &&
	    (a->region == 0 || b->region == 0 || a->region == b->region) &&
	    (a->person == 0 || b->person == 0 || a->person == b->person);
}

/* Fills what into is missing from from; a date with a year beats one without. */
static void
identity_merge(struct identity *into, const struct identity *from)
{
	if (into->date.month == 0 || (into->date.year == 0 && from->date.year != 0 &&
	    from->date.month != 0))
		into->date = from->date;
	if (into->region == 0)
		into->region = from->region;
	if (into->person == 0)
		into->person = from->person;
	into->langs |= from->langs;
}

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

struct grouping {
	const struct corpus *c;
	struct meeting_keys *keys;
	const char *alone;	/* per article: split by meetings.ini, pairs with none */
	uint8_t *identity;	/* per key: a word of some article's counterpart */
	double *weight;		/* per key */
	uint32_t *parent;	/* union-find over articles (ids, like the postings) */
	struct identity *article;	/* each article's day and counterpart */
	struct identity *group;	/* per union-find root: the group's */
	struct intern counterparts;	/* folded regions and persons */
};

/*
 * One key for the spellings a name takes in either language's texts: a
 * German page may spell Drozdenko the English way, and ts, z and s then
 * stand for one another; a region's adjective is its name (Primorsky
 * Krai is Primorye: a final "sk" goes when three letters stay).
 */
static void
one_spelling(char *key, int person)
{
	size_t n = strlen(key), i;

	for (i = 0; i < n; i++)
		if (key[i] == 'T')
			key[i] = 's';
	if (!person && n > 4 && strcmp(key + n - 2, "sk") == 0)
		key[n - 2] = '\0';
}

/*
 * The folded key of a region ("Nischni Nowgorod": its words folded, joined)
 * or of a person ("Wassili Anochin": the first name's first sound and the
 * surname, so Vasily Anokhin matches and Fyodor Anokhin does not). 0 when
 * there is none.
 */
static uint32_t
counterpart_key(struct grouping *g, const char *name, enum lang lang, int person)
{
	struct buf key = { 0 };
	size_t pos = 0, st, wl, n = name ? strlen(name) : 0, words = 0;
	char word[64], initial = 0;
	uint32_t id = 0;

	while (text_next_word(name ? name : "", n, &pos, &st, &wl)) {
		if (fold_name(name + st, wl, lang, word, sizeof(word)) == 0)
			continue;
		if (!person && strcmp(word, "rpblk") == 0)
			continue;	/* "Sakha Republic" is Sacha: the label names no one */
		one_spelling(word, person);
		if (person && words++ == 0)
			initial = word[0];
		if (person)
			key.len = 0;
		else if (key.len > 0)
			buf_addc(&key, '-');
		buf_adds(&key, word);
	}
	if (person && words > 1)
		buf_printf(&key, ":%c", initial);
	if (key.len > 0)
		id = intern_id(&g->counterparts, key.data, key.len, 1);
	buf_free(&key);
	return id;
}

/* The weight of a shared key: rarity, less for words only one language uses. */
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
		g->weight[i] = w;
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

/*
 * A person named as the counterpart in many articles is the host, taken
 * for a counterpart by mistake: such a person is forgotten (unknown), so
 * that the mistake cannot keep an article from its meeting.
 */
static void
forget_host(struct grouping *g)
{
	size_t i, n = g->c->narticles, limit = n / 4 > 3 ? n / 4 : 3;
	size_t *count = xcalloc(g->counterparts.n + 1, sizeof(*count));

	for (i = 0; i < n; i++)
		count[g->article[i].person]++;
	for (i = 0; i < n; i++)
		if (g->article[i].person != 0 && count[g->article[i].person] > limit)
			g->group[i].person = g->article[i].person = 0;
	free(count);
}

/* Marks the keys that spell a word of some article's counterpart. */
static void
mark_identity_keys(struct grouping *g)
{
	size_t i, k;
	char key[64];

	for (i = 0; i < g->c->narticles; i++) {
		const struct article *a = g->c->articles[i];
		const char *names[2] = { a->region, a->person };

		for (k = 0; k < 2; k++) {
			size_t pos = 0, st, wl, n = names[k] ? strlen(names[k]) : 0;
			uint32_t id;

			while (text_next_word(names[k] ? names[k] : "", n, &pos, &st, &wl)) {
				if (fold_name(names[k] + st, wl, a->lang, key + 1, sizeof(key) - 1) == 0)
					continue;
				key[0] = '@';
				if ((id = intern_id(&g->keys->names, key, strlen(key), 0)) != 0)
					g->identity[id - 1] = 1;
			}
		}
	}
}

/* Whether article a's text holds a word of the name (a region or a person
 * of article b) as a key. */
static int
holds_name(const struct grouping *g, size_t a, const char *name, enum lang lang)
{
	size_t pos = 0, st, wl, n = name ? strlen(name) : 0;
	char key[64];
	uint32_t id;
	struct keyiter it;

	while (text_next_word(name ? name : "", n, &pos, &st, &wl)) {
		if (fold_name(name + st, wl, lang, key + 1, sizeof(key) - 1) == 0)
			continue;
		key[0] = '@';
		if ((id = intern_id(&g->keys->names, key, strlen(key), 0)) == 0)
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
	double s = 0;
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
				s += ENGLISH_NAMES * g->weight[x.id];
			(*shared)++;
			more = keyiter_next(&x) && keyiter_next(&y);
		}
	}
	return s;
}

/* Orders a posting list by day, then year, then article (the order a
 * stable sort gives): dates from the grouping's own array, not through
 * every article's pointer (a tenth of a cold --list at 100,000). */
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

/* Pairs within one posting list: all of them when it is short, else only
 * those of one day. */
static void
pairs_from_posting(struct grouping *g, uint32_t *list, size_t n, struct pairset *ps)
{
	size_t i, start;

	if (n <= POSTING_CAP) {
		candidate_all(g, list, n, ps);
		return;
	}
	qsort_r(list, n, sizeof(*list), compare_date_of, g);
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

/* Candidate pairs from the inverted index: no pass over all pairs. */
static void
candidate_pairs(struct grouping *g, struct pairset *ps)
{
	size_t nk = g->keys->n, i, k, from, to, *fill = xcalloc(nk + 1, sizeof(*fill));
	size_t *start = xcalloc(nk + 1, sizeof(*start));
	uint32_t *post = NULL;
	size_t cap = 0;

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
					post[start[it.id] + fill[it.id]++] = (uint32_t)i;
		}
		for (k = from; k < to; k++)
			if (fill[k] >= 2)
				pairs_from_posting(g, post + start[k], fill[k], ps);
	}
	free(post);
	free(fill);
	free(start);
}

struct scored {
	uint32_t a, b;
	float score;	/* content and counterpart_bonus */
	float content;	/* the shared keys alone */
};

static int
compare_scored(const void *x, const void *y)
{
	const struct scored *p = x, *q = y;

	if (p->score != q->score)
		return p->score < q->score ? 1 : -1;
	return p->a != q->a ? (p->a < q->a ? -1 : 1) : (p->b < q->b ? -1 : p->b > q->b);
}

/* Orders by the undated article (a), then by content, best first. */
static int
compare_placing(const void *x, const void *y)
{
	const struct scored *p = x, *q = y;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->content != q->content)
		return p->content < q->content ? 1 : -1;
	return p->b < q->b ? -1 : p->b > q->b;
}

static size_t
find_root(struct grouping *g, size_t i)
{
	while (g->parent[i] != i)
		i = g->parent[i] = g->parent[g->parent[i]];
	return i;
}

/* Joins the groups of a and b unless their days or counterparts disagree. */
static int
join(struct grouping *g, size_t a, size_t b, int force)
{
	size_t ra = find_root(g, a), rb = find_root(g, b);

	if (ra == rb)
		return 1;
	if (!force && !identity_compatible(&g->group[ra], &g->group[rb]))
		return 0;
	identity_merge(&g->group[rb], &g->group[ra]);
	g->parent[ra] = (uint32_t)rb;
	return 1;
}

/* Whether a number key is a figure, not what may be a day or a year. */
static int
key_is_figure(const struct grouping *g, uint32_t id)
{
	const char *k = intern_str(&g->keys->names, id + 1);
	size_t len = strlen(k + 1);
	long v = strtol(k + 1, NULL, 10);

	if (strchr(k, '.') != NULL || strchr(k, '%') != NULL)
		return 1;
	return !(len <= 2 && v <= 31) && !(len == 4 && v >= 1900 && v <= 2100);
}

/*
 * The share of a's figures (numbers that are not a day or a year) that b
 * holds, 1 when a has none; 0 when b lacks one of a's rare figures (in
 * RARE_FIGURE articles at most).
 */
static double
figures_held(const struct grouping *g, size_t b, size_t a)
{
	struct keyiter x, y;
	size_t all = 0, held = 0;
	int my;

	keyiter_init(&x, g->keys, g->c->articles[a]->keys);
	keyiter_init(&y, g->keys, g->c->articles[b]->keys);
	my = keyiter_next(&y);
	while (keyiter_next(&x)) {
		if (g->keys->keys[x.id].name || !key_is_figure(g, x.id))
			continue;
		while (my && y.id < x.id)
			my = keyiter_next(&y);
		all++;
		if (my && y.id == x.id)
			held++;
		else if (g->keys->keys[x.id].df <= RARE_FIGURE)
			return 0;
	}
	return all ? (double)held / (double)all : 1;
}

/*
 * Whether b holds every figure of a (a number that is not a day or a
 * year): a translation of a holds them all; a report of another visit
 * seldom does, even when each of the figures is common in the corpus.
 */
static int
holds_figures(const struct grouping *g, size_t b, size_t a)
{
	return figures_held(g, b, a) >= 1.0;
}

/*
 * How well the paragraph lengths of a and b match, as evidence that they
 * report one meeting: the cost of b's paragraphs taken backwards (a decoy
 * with the same lengths in an order no translation keeps) less the cost of
 * b's as they are (align_lengths). An unrelated article matches about as
 * well either way. *cost gets the cost as they are, *paragraphs how many
 * paragraphs the two profiles hold.
 */
static double
length_evidence(const struct grouping *g, size_t a, size_t b, double *cost, size_t *paragraphs)
{
	size_t la[PROFILE_MAX], lb[PROFILE_MAX], i, t;
	size_t na = profile_lengths(g->keys, g->c->articles[a]->keys, la);
	size_t nb = profile_lengths(g->keys, g->c->articles[b]->keys, lb);
	enum lang x = g->c->articles[a]->lang, y = g->c->articles[b]->lang;
	double ratio = x == y ? 1.0 : x == LANG_DE ? EN_PER_DE : 1 / EN_PER_DE;

	*cost = align_lengths(la, na, lb, nb, ratio);
	*paragraphs = na + nb;
	for (i = 0; i < nb / 2; i++) {
		t = lb[i];
		lb[i] = lb[nb - 1 - i];
		lb[nb - 1 - i] = t;
	}
	return align_lengths(la, na, lb, nb, ratio) - *cost;
}

/*
 * Places one undated article (p[0].a) among the groups its pairs p[0..n)
 * reach. A counterpart's name says nothing of which of its visits an
 * article without a date reports; what it shares with each visit's
 * articles does, and how well its paragraph lengths match a translation
 * among them (see PLACE_LENGTH). Only a visit with an article holding
 * its figures can take it, or with one of no figure of its own that its
 * lengths fit and whose content clears half the bar.
 */
static void
place_one(struct grouping *g, const struct scored *p, size_t n, double bar)
{
	size_t u = p[0].a, ru = find_root(g, u), best = (size_t)-1, rb, k, para;
	double *evidence, rival = -INFINITY;
	char *fits;
	int alone = 1;

	if (g->group[ru].date.month != 0)
		return;		/* placed already, with an article that was */
	evidence = xmalloc(n * sizeof(*evidence));
	fits = xmalloc(n);
	for (k = 0; k < n; k++) {
		size_t r = find_root(g, p[k].b);
		double cost, order;

		evidence[k] = -INFINITY;
		if (r == ru || !identity_compatible(&g->group[ru], &g->group[r]))
			continue;
		/* reports of other visits in one language share whole paragraphs
		 * (the counterpart's name is the same), so only a translation's
		 * lengths tell */
		if (g->c->articles[u]->lang == g->c->articles[p[k].b]->lang && p[k].content < bar / 2)
			continue;
		order = length_evidence(g, u, p[k].b, &cost, &para);
		fits[k] = order >= -PLACE_ORDER && cost <= PLACE_FIT * (double)(para ? para : 1);
		evidence[k] = p[k].content - PLACE_LENGTH * cost;
		/* a shorter report may leave out figures the page gives; one
		 * with figures of its own reports another visit */
		if ((figures_held(g, p[k].b, u) >= PLACE_FIGURES ||
		    (fits[k] && p[k].content >= bar / 2 && holds_figures(g, u, p[k].b))) &&
		    (best == (size_t)-1 || evidence[k] > evidence[best]))
			best = k;
	}
	if (best != (size_t)-1) {
		rb = find_root(g, p[best].b);
		for (k = 0; k < n; k++)
			if (evidence[k] > -INFINITY && find_root(g, p[k].b) != rb) {
				alone = 0;
				if (evidence[k] > rival)
					rival = evidence[k];
			}
		if ((p[best].content >= bar / 2 || fits[best]) &&
		    (alone ? g->group[rb].date.month != 0 : evidence[best] - rival >= PLACE_MARGIN))
			join(g, u, p[best].b, 0);
	}
	free(evidence);
	free(fits);
}

/* Whether the pair's day is not known on both sides while a counterpart
 * bonus (bar / 2 or more) counted: such a pair is left to place_undated. */
static int
date_unconfirmed(const struct grouping *g, const struct scored *s, double bar)
{
	return s->score - s->content > bar / 4 &&
	    (g->article[s->a].date.month == 0 || g->article[s->b].date.month == 0);
}

static int
compare_run(const void *x, const void *y, void *arg)
{
	const struct scored *p = arg;
	size_t i = *(const size_t *)x, j = *(const size_t *)y;

	if (p[i].content != p[j].content)
		return p[i].content < p[j].content ? 1 : -1;
	return i < j ? -1 : i > j;
}

/*
 * The pairs with an undated side, turned around so that a is the undated
 * article, each undated article placed in turn, the best evidenced first.
 */
static void
place_undated(struct grouping *g, const struct scored *sc, size_t n, double bar)
{
	struct scored *p = NULL;
	size_t i, np = 0, cap = 0, nruns = 0, *run;

	for (i = 0; i < n; i++) {
		if (!date_unconfirmed(g, &sc[i], bar))
			continue;
		p = xgrow(p, &cap, np + 2, sizeof(*p));
		if (g->article[sc[i].a].date.month == 0)
			p[np++] = sc[i];
		if (g->article[sc[i].b].date.month == 0) {
			p[np] = sc[i];
			p[np].a = sc[i].b;
			p[np++].b = sc[i].a;
		}
	}
	if (np == 0)
		return;
	qsort(p, np, sizeof(*p), compare_placing);
	run = xmalloc((np + 1) * sizeof(*run));
	for (i = 0; i < np; i++)
		if (i == 0 || p[i].a != p[i - 1].a)
			run[nruns++] = i;
	run[nruns] = np;
	/* runs in order of their best content: the surest placed first */
	qsort_r(run, nruns, sizeof(*run), compare_run, p);
	for (i = 0; i < nruns; i++) {
		size_t end;

		for (end = run[i] + 1; end < np && p[end].a == p[run[i]].a; end++)
			;
		place_one(g, p + run[i], end - run[i], bar);
	}
	free(run);
	free(p);
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

/* What meetings.ini asks, by article index: [split] articles pair with
 * none; each [join] key's articles are one meeting. */
struct overrides {
	char *alone;		/* per article: split */
	size_t *join;		/* the groups to join, one after another */
	size_t *join_end;	/* per group: where it ends in join */
	size_t ngroups;
};

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
static void
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

static void
overrides_free(struct overrides *o)
{
	free(o->alone);
	free(o->join);
	free(o->join_end);
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

static int
compare_in_meeting(const void *x, const void *y, void *arg)
{
	const struct corpus *c = arg;
	const struct article *a = c->articles[*(const size_t *)x];
	const struct article *b = c->articles[*(const size_t *)y];
	int la = a->lang == LANG_DE ? 0 : a->lang == LANG_EN ? 1 : 2;
	int lb = b->lang == LANG_DE ? 0 : b->lang == LANG_EN ? 1 : 2;

	return la != lb ? la - lb : strcmp(a->name, b->name);
}

static int
compare_meetings(const void *x, const void *y, void *arg)
{
	const struct corpus *c = arg;
	const struct meeting *m = x, *n = y;
	int d = date_compare_newest(&m->date, &n->date);

	return d ? d : strcmp(c->articles[m->articles[0]]->name, c->articles[n->articles[0]]->name);
}

static void
fill_meeting(struct corpus *c, struct meeting *m)
{
	size_t i;

	qsort_r(m->articles, m->narticles, sizeof(*m->articles), compare_in_meeting, c);
	for (i = 0; i < m->narticles; i++) {
		const struct article *a = c->articles[m->articles[i]];

		if (m->region == NULL)
			m->region = a->region;
		if (m->person == NULL)
			m->person = a->person;
	}
}

/* Turns the union-find groups into c->meetings, newest first. */
static void
build_meetings(struct grouping *g, struct corpus *c)
{
	size_t i, *slot = xmalloc((c->narticles + 1) * sizeof(*slot)), *count;

	/* Counted first, so that each array is made once, at its size. */
	c->nmeetings = 0;
	for (i = 0; i < c->narticles; i++)
		slot[i] = (size_t)-1;
	for (i = 0; i < c->narticles; i++) {
		size_t r = find_root(g, i);

		if (slot[r] == (size_t)-1)
			slot[r] = c->nmeetings++;
	}
	c->meetings = xcalloc(c->nmeetings + 1, sizeof(*c->meetings));
	count = xcalloc(c->nmeetings + 1, sizeof(*count));
	for (i = 0; i < c->narticles; i++)
		count[slot[find_root(g, i)]]++;
	for (i = 0; i < c->narticles; i++) {
		size_t r = find_root(g, i);
		struct meeting *m = &c->meetings[slot[r]];

		if (m->articles == NULL) {
			m->articles = xmalloc(count[slot[r]] * sizeof(*m->articles));
			m->date = g->group[r].date;
			m->coverage = -1;
		}
		m->articles[m->narticles++] = i;
	}
	free(count);
	for (i = 0; i < c->nmeetings; i++)
		fill_meeting(c, &c->meetings[i]);
	qsort_r(c->meetings, c->nmeetings, sizeof(*c->meetings), compare_meetings, c);
	c->meeting_of = xmalloc((c->narticles + 1) * sizeof(*c->meeting_of));
	for (i = 0; i < c->nmeetings; i++) {
		size_t k;

		for (k = 0; k < c->meetings[i].narticles; k++)
			c->meeting_of[c->meetings[i].articles[k]] = i;
	}
	free(slot);
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

void
meeting_group(struct corpus *c, const char *overrides)
{
	struct grouping g = { 0 };
	struct pairset ps = { 0 };
	struct overrides o;
	struct meeting_keys *own = NULL;
	size_t i;

	overrides_load(&o, c, overrides);
	meeting_free_all(c);
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
		g.article[i].region = counterpart_key(&g, c->articles[i]->region, c->articles[i]->lang, 0);
		g.article[i].person = counterpart_key(&g, c->articles[i]->person, c->articles[i]->lang, 1);
		g.group[i] = g.article[i];
	}
	forget_host(&g);
	mark_identity_keys(&g);
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
	build_meetings(&g, c);
	free(ps.slots);
	overrides_free(&o);
	grouping_free(&g);
	meeting_keys_free(own);
}

struct ranked {
	size_t article;
	double coverage;
};

static int
compare_ranked(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;

	if (a->coverage != b->coverage)
		return a->coverage < b->coverage ? 1 : -1;
	return a->article < b->article ? -1 : a->article > b->article;
}

int
meeting_rank(struct corpus *c, size_t mi, char **note, const struct stop *stop)
{
	struct meeting *m = &c->meetings[mi];
	struct ranked *r;
	size_t k, first_en, n;
	char *opened;
	int rc = 0;

	if (m->ranked)
		return 0;
	for (first_en = 0; first_en < m->narticles && c->articles[m->articles[first_en]]->lang != LANG_EN; first_en++)
		;
	n = m->narticles - first_en;
	if (n == 0 || c->articles[m->articles[0]]->lang != LANG_DE) {
		m->ranked = 1;
		return 0;
	}
	r = xmalloc(n * sizeof(*r));
	opened = xcalloc(m->narticles, 1);
	for (k = 0; k < m->narticles; k++)	/* text this reads, it lets go of */
		opened[k] = c->articles[m->articles[k]]->paragraphs == NULL &&
		    (k == 0 || k >= first_en) && corpus_text(c, c->articles[m->articles[k]], NULL) == 0;
	for (k = 0; k < n && rc == 0; k++) {
		struct alignment al;

		r[k].article = m->articles[first_en + k];
		rc = align_articles(c->articles[m->articles[0]], c->articles[r[k].article], &al, note, stop);
		r[k].coverage = align_coverage(&al, c->articles[m->articles[0]]);
		align_free(&al);
	}
	for (k = 0; k < m->narticles; k++)
		if (opened[k])
			corpus_text_release(c, c->articles[m->articles[k]]);
	free(opened);
	if (rc == 0) {
		qsort(r, n, sizeof(*r), compare_ranked);
		for (k = 0; k < n; k++)
			m->articles[first_en + k] = r[k].article;
		m->coverage = r[0].coverage;
		m->ranked = 1;
	}
	free(r);
	return rc;
}

void
meeting_free_all(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nmeetings; i++)
		free(c->meetings[i].articles);
	free(c->meetings);
	free(c->meeting_of);
	c->meetings = NULL;
	c->meeting_of = NULL;
	c->nmeetings = 0;
}
