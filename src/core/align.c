/* align: German and English paragraphs paired by length and evidence. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/align.h"
#include "tandem/fold.h"
#include "tandem/lexicon.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* Gale & Church: English characters per German one, and the variance. */
#define GC_C 1.0
#define GC_S2 6.8
/* Bead priors: 1-1; 1-0 and 0-1 together; 2-1 and 1-2 together. */
#define PRIOR_11 0.89
#define PRIOR_10 0.0099
#define PRIOR_21 0.089
/* The share of a paragraph the other side must cover for a bead with both.
 * Without the dictionary only names, numbers and cognates can cover, a few
 * words a paragraph: then each paragraph of a pair must share one of them
 * (on the seeds: the close pair nearly right, loose write-ups not). */
#define COVER_MIN 0.40
#define COVER_MIN_NAMES 0.01
/* How much more loosely related articles must show, at no overlap at all. */
#define COVER_LOOSE 0.30
/* Weight of the evidence against length in a bead's cost. */
#define EVIDENCE_WEIGHT 12.0
#define INF 1e30

/* A word that can show up in both languages: its folded form, and its
 * English stem (English) or possible translations (German). */
struct token {
	uint32_t key;
	uint32_t stem;
	const uint32_t *trans;
	size_t ntrans;
};

/* One paragraph prepared for comparing. */
struct profile {
	struct token *tok;
	size_t ntok;
	uint32_t *keys;		/* sorted unique token keys */
	size_t nkeys;
	uint32_t *stems;	/* sorted unique: stems (en) or translations (de) */
	size_t nstems;
	size_t chars;
};

struct side {
	const struct article *a;
	struct profile *p;
	size_t n;
};

/* Sorts ids and drops repeats; returns the new count. */
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

static int
has_id(const uint32_t *ids, size_t n, uint32_t id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ids[mid] == id)
			return 1;
		if (ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* A token for a content word: long enough, not a function word. */
static int
make_token(const char *w, size_t len, enum lang lang, struct intern *keys, struct token *t)
{
	char key[64];

	memset(t, 0, sizeof(*t));
	if (text_is_number(w, len)) {
		snprintf(key, sizeof(key), "#%.*s", (int)(len < 60 ? len : 60), w);
	} else if (len < 4 || fold_is_function_word(w, len, lang) ||
	    fold_name(w, len, lang, key + 1, sizeof(key) - 1) == 0) {
		return 0;
	} else {
		key[0] = '@';
	}
	t->key = intern_id(keys, key, strlen(key), 1);
	if (lang == LANG_EN)
		t->stem = lexicon_stem(w, len);
	else if (!text_is_number(w, len))
		t->trans = lexicon_translate(w, len, &t->ntrans);
	return 1;
}

static void
profile_paragraph(const char *s, size_t len, enum lang lang, struct intern *keys, struct profile *p)
{
	size_t pos = 0, st, wl, cap = 0, scap = 0, i, k;

	memset(p, 0, sizeof(*p));
	p->chars = text_chars(s, len);
	while (text_next_word(s, len, &pos, &st, &wl)) {
		struct token t;

		if (!make_token(s + st, wl, lang, keys, &t))
			continue;
		p->tok = xgrow(p->tok, &cap, p->ntok + 1, sizeof(*p->tok));
		p->tok[p->ntok++] = t;
	}
	p->keys = xmalloc((p->ntok + 1) * sizeof(*p->keys));
	for (i = 0; i < p->ntok; i++) {
		p->keys[i] = p->tok[i].key;
		p->stems = xgrow(p->stems, &scap, p->nstems + p->tok[i].ntrans + 1, sizeof(*p->stems));
		if (lang == LANG_EN)
			p->stems[p->nstems++] = p->tok[i].stem;
		for (k = 0; k < p->tok[i].ntrans; k++)
			p->stems[p->nstems++] = p->tok[i].trans[k];
	}
	p->nkeys = sort_unique(p->keys, p->ntok);
	p->nstems = sort_unique(p->stems, p->nstems);
}

static void
side_prepare(struct side *sd, const struct article *a, enum lang lang, struct intern *keys)
{
	size_t i;

	sd->a = a;
	sd->n = a->nparagraphs;
	sd->p = xcalloc(sd->n + 1, sizeof(*sd->p));
	for (i = 0; i < sd->n; i++) {
		size_t skip = i == 0 ? a->dateline_len : 0;	/* the dateline is no content */

		profile_paragraph(a->paragraphs[i].text + skip, a->paragraphs[i].len - skip, lang, keys, &sd->p[i]);
	}
}

static void
side_free(struct side *sd)
{
	size_t i;

	for (i = 0; i < sd->n; i++) {
		free(sd->p[i].tok);
		free(sd->p[i].keys);
		free(sd->p[i].stems);
	}
	free(sd->p);
}

/*
 * The share of paragraph p's tokens found in the paragraphs o[0..no) of the
 * other language: the same folded key, or a dictionary translation.
 */
static double
covered(const struct profile *p, int german, const struct profile *const *o, size_t no)
{
	size_t i, j, k, hit = 0;

	if (p->ntok == 0)
		return 0;
	for (i = 0; i < p->ntok; i++) {
		const struct token *t = &p->tok[i];
		int found = 0;

		for (j = 0; j < no && !found; j++) {
			found = has_id(o[j]->keys, o[j]->nkeys, t->key);
			if (!german)
				found = found || (t->stem && has_id(o[j]->stems, o[j]->nstems, t->stem));
			for (k = 0; german && k < t->ntrans && !found; k++)
				found = has_id(o[j]->stems, o[j]->nstems, t->trans[k]);
		}
		hit += found;
	}
	return (double)hit / (double)p->ntok;
}

/* The evidence for a bead: the least covered of its paragraphs. */
static double
bead_evidence(const struct side *de, size_t i, size_t ni, const struct side *en, size_t j, size_t nj)
{
	const struct profile *dp[2], *ep[2];
	double e = 1, c;
	size_t k;

	for (k = 0; k < ni; k++)
		dp[k] = &de->p[i + k];
	for (k = 0; k < nj; k++)
		ep[k] = &en->p[j + k];
	for (k = 0; k < ni; k++)
		if ((c = covered(dp[k], 1, ep, nj)) < e)
			e = c;
	for (k = 0; k < nj; k++)
		if ((c = covered(ep[k], 0, dp, ni)) < e)
			e = c;
	return e;
}

/* The coverage a bead with both sides needs in a closely related pair. */
static double
base_bar(void)
{
	return lexicon_ready() ? COVER_MIN : COVER_MIN_NAMES;
}

/* The five kinds of bead, as (German, English) paragraph counts. */
static const struct {
	size_t nde, nen;
} kinds[] = { { 1, 1 }, { 1, 0 }, { 0, 1 }, { 2, 1 }, { 1, 2 } };

/* The dynamic program's table, stored only inside the band. */
struct table {
	size_t n, m;
	size_t *lo, *hi, *off;
	double *cost;
	unsigned char *kind;
};

static double *
cell(struct table *t, size_t i, size_t j, unsigned char **kind)
{
	if (j < t->lo[i] || j > t->hi[i])
		return NULL;
	if (kind != NULL)
		*kind = &t->kind[t->off[i] + j - t->lo[i]];
	return &t->cost[t->off[i] + j - t->lo[i]];
}

static void
table_init(struct table *t, size_t n, size_t m)
{
	size_t i, width = 8 + (n > m ? n - m : m - n) + (n + m) / 40, total = 0;

	t->n = n;
	t->m = m;
	t->lo = xmalloc((n + 1) * sizeof(*t->lo));
	t->hi = xmalloc((n + 1) * sizeof(*t->hi));
	t->off = xmalloc((n + 1) * sizeof(*t->off));
	for (i = 0; i <= n; i++) {
		size_t center = n ? i * m / n : 0;

		t->lo[i] = center > width ? center - width : 0;
		t->hi[i] = center + width < m ? center + width : m;
		t->off[i] = total;
		total += t->hi[i] - t->lo[i] + 1;
	}
	t->cost = xmalloc(total * sizeof(*t->cost));
	t->kind = xmalloc(total);
}

static void
table_free(struct table *t)
{
	free(t->lo);
	free(t->hi);
	free(t->off);
	free(t->cost);
	free(t->kind);
}

/* -log of the probability of the lengths under Gale & Church's model. */
static double
length_cost(size_t l1, size_t l2, double ratio)
{
	double mean = (l1 + l2 / ratio) / 2, delta, p;

	if (mean <= 0)
		return 0;
	delta = ((double)l2 - (double)l1 * ratio) / sqrt(mean * GC_S2);
	p = erfc(fabs(delta) / sqrt(2.0));
	return -log(p > 1e-300 ? p : 1e-300);
}

/* The cost of a bead of kind k by its lengths alone (l1 and l2 characters
 * on each side): its prior, and Gale & Church's cost when it has both. */
static double
length_bead_cost(size_t k, size_t l1, size_t l2, double ratio)
{
	if (kinds[k].nde == 0 || kinds[k].nen == 0)
		return -log(PRIOR_10 / 2);
	return -log(k == 0 ? PRIOR_11 : PRIOR_21 / 2) + length_cost(l1, l2, ratio);
}

double
align_lengths(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio)
{
	double *cost = xmalloc((n1 + 1) * (n2 + 1) * sizeof(*cost)), best;
	size_t i, j, k, w = n2 + 1;

	for (i = 0; i <= n1; i++) {
		for (j = 0; j <= n2; j++) {
			double c = i == 0 && j == 0 ? 0 : INF;

			for (k = 0; k < ARRAY_SIZE(kinds); k++) {
				size_t ni = kinds[k].nde, nj = kinds[k].nen, s1 = 0, s2 = 0, x;
				double bead;

				if (i < ni || j < nj)
					continue;
				for (x = 0; x < ni; x++)
					s1 += l1[i - 1 - x];
				for (x = 0; x < nj; x++)
					s2 += l2[j - 1 - x];
				bead = length_bead_cost(k, s1, s2, ratio);
				if (cost[(i - ni) * w + j - nj] + bead < c)
					c = cost[(i - ni) * w + j - nj] + bead;
			}
			cost[i * w + j] = c;
		}
	}
	best = cost[n1 * w + n2];
	free(cost);
	return best;
}

/* The cost of a bead ending before (i, j), INF when it is not allowed. */
static double
bead_cost(const struct side *de, const struct side *en, size_t i, size_t j, size_t k, double bar, double *score)
{
	size_t ni = kinds[k].nde, nj = kinds[k].nen, l1 = 0, l2 = 0, x;
	double e;

	*score = 0;
	if (ni == 0 || nj == 0)
		return length_bead_cost(k, 0, 0, GC_C);
	if ((e = bead_evidence(de, i - ni, ni, en, j - nj, nj)) < bar)
		return INF;
	for (x = 0; x < ni; x++)
		l1 += de->p[i - ni + x].chars;
	for (x = 0; x < nj; x++)
		l2 += en->p[j - nj + x].chars;
	*score = e;
	return length_bead_cost(k, l1, l2, GC_C) - EVIDENCE_WEIGHT * (e - base_bar());
}

static void
fill_cell(struct table *t, const struct side *de, const struct side *en, size_t i, size_t j, double bar)
{
	unsigned char *kind;
	double *c = cell(t, i, j, &kind), best = INF, score;
	size_t k;

	*kind = 255;
	for (k = 0; k < ARRAY_SIZE(kinds); k++) {
		double *prev, cost;

		if (i < kinds[k].nde || j < kinds[k].nen ||
		    (prev = cell(t, i - kinds[k].nde, j - kinds[k].nen, NULL)) == NULL || *prev >= INF)
			continue;
		cost = *prev + bead_cost(de, en, i, j, k, bar, &score);
		if (cost < best) {
			best = cost;
			*kind = (unsigned char)k;
		}
	}
	*c = (i == 0 && j == 0) ? 0 : best;
}

/* Walks back from the end, writing the beads in reading order. */
static void
trace(struct table *t, const struct side *de, const struct side *en, double bar, struct alignment *al)
{
	size_t i = t->n, j = t->m, n = 0, cap = 0, a, b;
	struct bead *rev = NULL;

	while (i > 0 || j > 0) {
		unsigned char *kind;
		double score;

		cell(t, i, j, &kind);
		rev = xgrow(rev, &cap, n + 1, sizeof(*rev));
		rev[n].nde = kinds[*kind].nde;
		rev[n].nen = kinds[*kind].nen;
		bead_cost(de, en, i, j, *kind, bar, &score);
		rev[n].score = score;
		i -= rev[n].nde;
		j -= rev[n].nen;
		rev[n].de = i;
		rev[n].en = j;
		n++;
	}
	al->beads = xmalloc((n + 1) * sizeof(*al->beads));
	al->nbeads = n;
	al->matched_de = al->matched_en = 0;
	for (a = 0, b = n; b-- > 0; a++) {
		al->beads[a] = rev[b];
		if (rev[b].nde && rev[b].nen) {
			al->matched_de += rev[b].nde;
			al->matched_en += rev[b].nen;
		}
	}
	free(rev);
}

static void
align_pass(const struct side *de, const struct side *en, double bar, struct alignment *al)
{
	struct table t;
	size_t i, j;

	table_init(&t, de->n, en->n);
	for (i = 0; i <= de->n; i++)
		for (j = t.lo[i]; j <= t.hi[i]; j++)
			fill_cell(&t, de, en, i, j, bar);
	trace(&t, de, en, bar, al);
	table_free(&t);
}

void
align_articles(const struct article *de, const struct article *en, struct alignment *al, char **note)
{
	struct intern keys = { 0 };
	struct side sd, se;
	char *cause = NULL;
	double related, bar;

	if (!lexicon_ready() && lexicon_load(NULL, &cause) < 0 && note != NULL && cause != NULL)
		*note = cause;	/* said once: later loads fail without a cause */
	else
		free(cause);
	side_prepare(&sd, de, LANG_DE, &keys);
	side_prepare(&se, en, LANG_EN, &keys);
	align_pass(&sd, &se, base_bar(), al);
	/* Loosely related articles (different write-ups of one meeting) share
	 * the meeting's names everywhere: each pair must then show more. */
	related = sd.n + se.n ? (double)(al->matched_de + al->matched_en) / (double)(sd.n + se.n) : 1;
	bar = base_bar() + COVER_LOOSE * (1 - related);
	if (bar > base_bar() + 0.02) {
		align_free(al);
		align_pass(&sd, &se, bar, al);
	}
	side_free(&sd);
	side_free(&se);
	intern_free(&keys);
}

void
align_free(struct alignment *al)
{
	free(al->beads);
	memset(al, 0, sizeof(*al));
}

double
align_coverage(const struct alignment *al, const struct article *de)
{
	return de->nparagraphs ? (double)al->matched_de / (double)de->nparagraphs : 0;
}

const char *
align_numbers(size_t first, size_t count, char *buf, size_t n)
{
	size_t k, used = 0;

	buf[0] = '\0';
	for (k = 0; k < count && used + 1 < n; k++)
		used += (size_t)snprintf(buf + used, n - used, "%s%zu", k ? "," : "", first + k + 1);
	return buf;
}
