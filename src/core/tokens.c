/* tokens: a side's paragraphs as words and figures, and where each is found. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/fold.h"
#include "tandem/lexicon.h"
#include "tandem/numbers.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tokens.h"

/* Sorts ids and drops repeats and zeros; returns the new count. */
static size_t
sort_unique(uint32_t *ids, size_t n)
{
	size_t i, k = 0;

	if (n > 1)
		qsort(ids, n, sizeof(*ids), compare_u32);
	for (i = 0; i < n; i++)
		if (ids[i] != 0 && (k == 0 || ids[k - 1] != ids[i]))
			ids[k++] = ids[i];
	return k;
}

static void
add_token(struct side *sd, const uint32_t *ids, size_t n, int figure, size_t sentence)
{
	struct token *t;
	size_t k;

	if ((n = sort_unique((uint32_t *)ids, n)) == 0)
		return;
	sd->tok = xgrow(sd->tok, &sd->tcap, sd->ntok + 1, sizeof(*sd->tok));
	sd->ids = xgrow(sd->ids, &sd->icap, sd->nids + n, sizeof(*sd->ids));
	t = &sd->tok[sd->ntok++];
	memset(t, 0, sizeof(*t));
	t->first = (uint32_t)sd->nids;
	t->nids = (uint16_t)n;
	t->figure = (unsigned char)figure;
	t->sentence = (uint16_t)sentence;
	for (k = 0; k < n && !t->known; k++)
		t->known = (ids[k] & STEM_ID(0)) != 0;
	memcpy(sd->ids + sd->nids, ids, n * sizeof(*ids));
	sd->nids += n;
}

static uint32_t
key_id(struct intern *keys, char prefix, const char *s)
{
	char key[72];

	snprintf(key, sizeof(key), "%c%s", prefix, s);
	return intern_id(keys, key, strlen(key), 1);
}

/* Where the sentences of a paragraph start, roughly: a word with a
 * capital or a digit after a full stop (an abbreviation cuts one too, which
 * only weighs its halves apart). Returns how many, the first at 0. */
static size_t
sentence_starts(const char *s, size_t len, size_t *starts)
{
	size_t pos = 0, st, wl, n = 1;

	starts[0] = 0;
	while (n < SENTENCES_MAX && text_next_word(s, len, &pos, &st, &wl))
		if (st > 0 && text_sentence_starts(s, st) &&
		    (text_is_capitalized(s + st, wl) || text_is_number(s + st, wl)))
			starts[n++] = st;
	return n;
}

/* The sentence, of n starting at starts, that byte at is in; *cur is the
 * last one found, for bytes asked in rising order. */
static size_t
sentence_at(const size_t *starts, size_t n, size_t at, size_t *cur)
{
	while (*cur + 1 < n && starts[*cur + 1] <= at)
		(*cur)++;
	return *cur;
}

/* The figures of a paragraph as tokens; marks their bytes in used. */
static void
add_figures(struct side *sd, const char *s, size_t len, enum lang lang, struct intern *keys, char *used,
    const size_t *starts, size_t nstarts)
{
	struct figure f;
	size_t pos = 0, k, cur = 0;
	uint32_t ids[NUMBER_KEYS];

	while (numbers_next(s, len, lang, &pos, &f)) {
		size_t sentence = sentence_at(starts, nstarts, f.start, &cur);

		for (k = 0; k < f.nkeys; k++)
			ids[k] = key_id(keys, '#', f.keys[k]);
		add_token(sd, ids, f.nkeys, 1, sentence);
		if (f.currency != NULL) {
			ids[0] = key_id(keys, '$', f.currency);
			add_token(sd, ids, 1, 1, sentence);
		}
		memset(used + f.start, 1, f.end - f.start);
	}
}

/* The ids of a content word (long enough, not a function word) into ids:
 * its folded form, and its stem (English) or translations (German).
 * Returns how many; *figure is set for a currency's name. */
static size_t
word_ids(const char *w, size_t len, enum lang lang, struct intern *keys, int translate, uint32_t *ids,
    int *figure)
{
	char key[64];
	size_t n = 0, k;
	const char *code;

	*figure = 0;
	if ((code = numbers_currency(w, len)) != NULL) {
		ids[0] = key_id(keys, '$', code);
		*figure = 1;
		return 1;
	}
	if (len < 4 || fold_is_function_word(w, len, lang) || fold_name(w, len, lang, key, sizeof(key)) == 0)
		return 0;
	if (strlen(key) >= SKELETON_MIN || text_is_capitalized(w, len))
		ids[n++] = key_id(keys, '@', key);	/* short skeletons of words match by chance */
	if (strlen(key) > COGNATE_PREFIX) {	/* "Demokratin" and "Democrat" */
		key[COGNATE_PREFIX] = '\0';
		ids[n++] = key_id(keys, '~', key);
	}
	if (translate && lang == LANG_EN && (ids[n] = lexicon_stem(w, len)) != 0)
		ids[n] = STEM_ID(ids[n]), n++;
	else if (translate && lang == LANG_DE)
		for (k = lexicon_translate(w, len, ids + n, LEXICON_MAX_TRANS); k > 0; k--, n++)
			ids[n] = STEM_ID(ids[n]);
	return n;
}

/* Adds ids to the last token (a name of several words is one token). */
static void
merge_token(struct side *sd, const uint32_t *ids, size_t n)
{
	struct token *t = &sd->tok[sd->ntok - 1];

	if (t->nids + n > 1000)
		return;
	sd->ids = xgrow(sd->ids, &sd->icap, sd->nids + n, sizeof(*sd->ids));
	memcpy(sd->ids + sd->nids, ids, n * sizeof(*ids));
	sd->nids += n;
	t->nids = (uint16_t)sort_unique(sd->ids + t->first, t->nids + n);
	sd->nids = t->first + t->nids;
}

static const struct side *sorting;	/* for compare_tokens */

static int
compare_tokens(const void *x, const void *y)
{
	const struct token *a = &sorting->tok[*(const uint32_t *)x], *b = &sorting->tok[*(const uint32_t *)y];

	if (a->nids != b->nids)
		return a->nids < b->nids ? -1 : 1;
	return memcmp(sorting->ids + a->first, sorting->ids + b->first, a->nids * sizeof(uint32_t));
}

/* Drops the tokens of paragraph p that repeat an earlier one: a word said
 * twice is evidence once. */
static void
drop_repeated_tokens(struct side *sd, struct para *p)
{
	uint32_t *order = xmalloc((p->ntok + 1) * sizeof(*order)), k, kept = 0;
	char *dup = xcalloc(p->ntok + 1, 1);

	for (k = 0; k < p->ntok; k++)
		order[k] = p->tok + k;
	sorting = sd;
	qsort(order, p->ntok, sizeof(*order), compare_tokens);	/* equal ones in order: see below */
	for (k = 1; k < p->ntok; k++)
		if (compare_tokens(&order[k - 1], &order[k]) == 0)
			dup[(order[k] > order[k - 1] ? order[k] : order[k - 1]) - p->tok] = 1;
	for (k = 0; k < p->ntok; k++)
		if (!dup[k])
			sd->tok[p->tok + kept++] = sd->tok[p->tok + k];
	p->ntok = kept;
	sd->ntok = p->tok + kept;
	free(order);
	free(dup);
}

static void
prepare_paragraph(struct side *sd, struct para *p, const char *s, size_t len, enum lang lang,
    struct intern *keys, int translate)
{
	size_t pos = 0, st, wl, k, n, prev_end = 0, starts[SENTENCES_MAX], cur = 0;
	char *used = xcalloc(len + 1, 1);
	uint32_t ids[LEXICON_MAX_TRANS + 2];
	int figure, name = 0;

	p->chars = text_chars(s, len);
	p->tok = (uint32_t)sd->ntok;
	p->nsentences = sentence_starts(s, len, starts);
	p->sentence = (uint32_t)sd->nsentences;
	sd->sentence_chars = xgrow(sd->sentence_chars, &sd->scap, sd->nsentences + p->nsentences,
	    sizeof(*sd->sentence_chars));
	for (k = 0; k < p->nsentences; k++) {
		size_t end = k + 1 < p->nsentences ? starts[k + 1] : len;

		sd->sentence_chars[sd->nsentences++] = (uint32_t)text_chars(s + starts[k], end - starts[k]);
	}
	add_figures(sd, s, len, lang, keys, used, starts, p->nsentences);
	while (text_next_word(s, len, &pos, &st, &wl)) {
		int capital = text_is_capitalized(s + st, wl);

		if (used[st] || text_is_number(s + st, wl) ||
		    (n = word_ids(s + st, wl, lang, keys, translate, ids, &figure)) == 0) {
			name = 0;
			continue;
		}
		if (name && capital && !figure && st == prev_end + 1 && s[prev_end] == ' ')
			merge_token(sd, ids, n);	/* "Batu Chassikow": one name */
		else
			add_token(sd, ids, n, figure, sentence_at(starts, p->nsentences, st, &cur));
		name = capital && !figure;
		prev_end = st + wl;
	}
	free(used);
	p->ntok = (uint32_t)(sd->ntok - p->tok);
	drop_repeated_tokens(sd, p);
	p->offer = (uint32_t)sd->noffer;
	for (k = p->tok; k < sd->ntok; k++) {
		const struct token *t = &sd->tok[k];

		if (t->nids == 0)
			continue;
		sd->offer = xgrow(sd->offer, &sd->ocap, sd->noffer + t->nids, sizeof(*sd->offer));
		memcpy(sd->offer + sd->noffer, sd->ids + t->first, t->nids * sizeof(*sd->ids));
		sd->noffer += t->nids;
	}
	if (sd->noffer == p->offer) {	/* nothing to offer; sd->offer may be NULL */
		p->noffer = 0;
		return;
	}
	p->noffer = (uint32_t)sort_unique(sd->offer + p->offer, sd->noffer - p->offer);
	sd->noffer = p->offer + p->noffer;
}

int
side_prepare(struct side *sd, const struct article *a, enum lang lang, struct intern *keys, int translate,
    const struct stop *stop)
{
	struct buf shown = { 0 };	/* a paragraph without soft hyphens: the words as read */
	size_t i, asked = 0;

	memset(sd, 0, sizeof(*sd));
	sd->n = a->nparagraphs;
	sd->p = xcalloc(sd->n + 1, sizeof(*sd->p));
	for (i = 0; i < sd->n; i++) {
		size_t skip = i == 0 ? a->dateline_len : 0;	/* the dateline is no content */

		if (stop_asked(stop, &asked, PARAGRAPHS_PER_ASK)) {
			buf_free(&shown);
			return -1;
		}
		shown.len = 0;
		text_add_visible(&shown, a->paragraphs[i].text + skip, a->paragraphs[i].len - skip);
		prepare_paragraph(sd, &sd->p[i], shown.data, shown.len, lang, keys, translate);
		sd->chars += (double)sd->p[i].chars;
	}
	buf_free(&shown);
	return 0;
}

void
side_free(struct side *sd)
{
	free(sd->p);
	free(sd->tok);
	free(sd->ids);
	free(sd->offer);
	free(sd->found);
	free(sd->sentence_chars);
	memset(sd, 0, sizeof(*sd));
}

/* The postings of a side, sorted: each id (first) a paragraph (second)
 * offers. */
struct id_pair *
side_postings(const struct side *sd, size_t *n)
{
	struct id_pair *ps = xmalloc((sd->noffer + 1) * sizeof(*ps));
	size_t i, k;

	*n = 0;
	for (i = 0; i < sd->n; i++)
		for (k = 0; k < sd->p[i].noffer; k++) {
			ps[*n].first = sd->offer[sd->p[i].offer + k];
			ps[(*n)++].second = (uint32_t)i;
		}
	if (*n > 1)
		qsort(ps, *n, sizeof(*ps), compare_id_pairs);
	return ps;
}

/* The first posting of id in a paragraph from para on, or n. */
static size_t
postings_find(const struct id_pair *ps, size_t n, uint32_t id, uint32_t para)
{
	struct id_pair key = { id, para };
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (compare_id_pairs(&ps[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * For every token of a, the paragraphs of b that hold one of its ids, those
 * its paragraph may be paired with (wlo..whi). -1 when stop said to.
 */
int
side_find(struct side *a, const struct side *b, const struct stop *stop)
{
	size_t nps, i, k, x, cap = 0, n, asked = 0;
	struct id_pair *ps = side_postings(b, &nps);
	uint32_t *tmp = NULL;

	for (i = 0; i < a->n && !stop_asked(stop, &asked, PARAGRAPHS_PER_ASK); i++)
		for (k = a->p[i].tok; k < a->p[i].tok + a->p[i].ntok; k++) {
			struct token *t = &a->tok[k];

			n = 0;
			for (x = 0; x < t->nids; x++) {
				uint32_t id = a->ids[t->first + x];
				size_t at = postings_find(ps, nps, id, a->p[i].wlo);

				for (; at < nps && ps[at].first == id && ps[at].second <= a->p[i].whi; at++) {
					tmp = xgrow(tmp, &cap, n + 1, sizeof(*tmp));
					tmp[n++] = ps[at].second + 1;	/* sort_unique drops zeros */
				}
			}
			n = sort_unique(tmp, n);
			a->found = xgrow(a->found, &a->fcap, a->nfound + n + 1, sizeof(*a->found));
			t->found = (uint32_t)a->nfound;
			t->nfound = (uint32_t)n;
			for (x = 0; x < n; x++)
				a->found[a->nfound++] = tmp[x] - 1;
		}
	free(tmp);
	free(ps);
	return i < a->n ? -1 : 0;
}

/* Whether token t is found in the other side's paragraphs j..j+nj-1. */
int
side_found_in(const struct side *sd, const struct token *t, size_t j, size_t nj)
{
	const uint32_t *f = sd->found + t->found;
	size_t lo = 0, hi = t->nfound;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f[mid] < j)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->nfound && f[lo] < j + nj;
}

static int
compare_anchors(const void *x, const void *y)
{
	const struct anchor *a = x, *b = y;

	if (a->de != b->de)
		return a->de < b->de ? -1 : 1;
	return a->en < b->en ? 1 : a->en > b->en ? -1 : 0;	/* so a row adds one at most */
}

/* The names and figures (not dictionary stems) held by one paragraph alone. */
static struct id_pair *
single_ids(const struct side *sd, size_t *n)
{
	size_t nps, i, k = 0;
	struct id_pair *ps = side_postings(sd, &nps);

	for (i = 0; i < nps; i++)
		if ((i == 0 || ps[i - 1].first != ps[i].first) && (i + 1 == nps || ps[i + 1].first != ps[i].first) &&
		    !(ps[i].first & STEM_ID(0)))
			ps[k++] = ps[i];
	*n = k;
	return ps;
}

size_t
side_anchors(const struct side *de, const struct side *en, struct anchor **out)
{
	size_t nd, ne, a = 0, b = 0, n = 0, len = 0, i, cap = 0;
	struct id_pair *pd = single_ids(de, &nd), *pe = single_ids(en, &ne);
	struct anchor *cand = NULL;
	size_t *tail, *prev;

	while (a < nd && b < ne) {
		if (pd[a].first != pe[b].first) {
			pd[a].first < pe[b].first ? a++ : b++;
			continue;
		}
		cand = xgrow(cand, &cap, n + 1, sizeof(*cand));
		cand[n].de = pd[a++].second;
		cand[n++].en = pe[b++].second;
	}
	free(pd);
	free(pe);
	if (n > 1)
		qsort(cand, n, sizeof(*cand), compare_anchors);
	/* The longest chain rising in both (patience sorting over en). */
	tail = xmalloc((n + 1) * sizeof(*tail));
	prev = xmalloc((n + 1) * sizeof(*prev));
	for (i = 0; i < n; i++) {
		size_t lo = 0, hi = len;

		while (lo < hi) {
			size_t mid = (lo + hi) / 2;

			if (cand[tail[mid]].en < cand[i].en)
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo > 0 ? tail[lo - 1] : (size_t)-1;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	*out = xmalloc((len + 1) * sizeof(**out));
	for (i = len, a = len ? tail[len - 1] : 0; i-- > 0; a = prev[a])
		(*out)[i] = cand[a];
	free(tail);
	free(prev);
	free(cand);
	return len;
}
