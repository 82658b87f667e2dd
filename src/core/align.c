/* align: German and English paragraphs paired by length and evidence. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/align.h"
#include "tandem/lexicon.h"
#include "tandem/util.h"
#include "tokens.h"

/* Gale & Church: the variance of the length difference per character. */
#define GC_S2 6.8
/* The chance that a pair's lengths say nothing (a paragraph rewritten, an
 * aside added): Gale & Church's cost grows without bound with the
 * difference; mixed with this flat chance it stops at about 8, and the
 * words decide. */
#define LENGTH_ASIDE 0.0003
/* English characters per German one: the default, and the bounds of the
 * ratio measured on the pair. */
#define GC_C 1.0
#define RATIO_MIN 0.75
#define RATIO_MAX 1.33
/* Half the width of the band around the guide, in paragraphs, at least. */
#define BAND 24
/* Up to this many cells the whole table is filled, without a band. */
#define FULL_CELLS 40000
/* The most cells of a band; it narrows to fit. */
#define BAND_CELLS (8u << 20)
/* Cells filled between two questions to stop. */
#define STOP_EVERY 1024
#define INF 1e30

/* The kinds of bead, as (German, English) paragraph counts, with their prior
 * probabilities. Real bilingual news merge and split paragraphs far more
 * often than Gale & Church's sentences did. */
static const struct kind {
	unsigned char nde, nen;
	double prior;
} kinds[] = {
	{ 1, 1, 0.80 }, { 1, 0, 0.01 }, { 0, 1, 0.01 }, { 2, 1, 0.065 }, { 1, 2, 0.065 },
	{ 2, 2, 0.02 }, { 3, 1, 0.015 }, { 1, 3, 0.015 },
};
/* Gale & Church's own kinds and priors, for align_lengths(). */
static const struct kind gc_kinds[] = {
	{ 1, 1, 0.89 }, { 1, 0, 0.0099 / 2 }, { 0, 1, 0.0099 / 2 }, { 2, 1, 0.089 / 2 }, { 1, 2, 0.089 / 2 },
};
#define KIND_MAX 3	/* the most paragraphs of one side in a bead */

/* What the evidence of a bead weighs: a figure found on the other side is
 * likelier in a translation than a word is; each word is weighed by how
 * many of the other side's paragraphs hold it (a name found everywhere
 * tells nothing). */
#define FOUND_WORD 0.75	/* chance a translated word is found, at first */
#define FOUND_FIGURE 0.9
/* Whether a paragraph is translated at all: a word the dictionary knows is
 * found somewhere in the other article at this chance, at first, when its
 * paragraph is translated, and missed everywhere at UNTRANSLATED_MISS when
 * it is not. Both are learnt per pair of articles: a write-up on the same
 * subject holds the words of a paragraph it does not translate too, and
 * then finding them says little. Misses weigh more than finds: a second
 * write-up's own lead shares names with the German lead, and little else.
 * ALONE_WEIGHT is how many words' worth the default weighs. */
#define FOUND_KNOWN 0.7
#define UNTRANSLATED_MISS 0.75
#define MISS_WEIGHT 1.5
#define ALONE_WEIGHT 60.0
#define EVIDENCE_WEIGHT 0.4
#define FOUND_MIN 0.5
#define FOUND_MAX 0.95
/* The most a token's chance of being found at random is taken to be: one
 * found in nearly every paragraph still says a little. */
#define CHANCE_MAX 0.95
/* How many beads' worth the defaults weigh against what a first alignment
 * shows, and the characters of pairs it needs to measure the length ratio. */
#define LEARN_WEIGHT 20.0
/* The same for the kinds of bead: one side that merges paragraphs the other
 * keeps apart does it all through the article, so fewer beads decide. */
#define KIND_WEIGHT 6.0
#define LEARN_PASSES 3
#define RATIO_CHARS 400.0
/* What a sentence left out of a translation weighs against the pair: a
 * translator who drops one sentence of three still translated the
 * paragraph. A sentence of a bead whose evidence weighs less is taken as
 * left out: it weighs this, and its length is not the bead's. */
#define SENTENCE_LEFT_OUT 6.0

/* The weights of the evidence for one pair of articles. */
struct model {
	double found[3];	/* chance a token of a translation is found: word, figure; and
				 * a known word, anywhere in the other article */
	double ratio;		/* English characters per German one */
	double alone_found;	/* chance a known word of a paragraph left alone is found
				 * anywhere in the other article */
	double known_llr[2];	/* what a known word missed, found anywhere weighs */
	double prior[ARRAY_SIZE(kinds)];	/* -log of each kind's probability */
	int evidence;		/* words compared at all */
};

/* The tokens of beads weighed and found, by class (word, figure), and the
 * known words found anywhere. */
struct tally {
	double hit[3], all[3];
};
#define KNOWN 2	/* the class of known words in model.found and tally */

/* The band: the cells of row i are lo[i]..hi[i]. */
struct table {
	size_t n, m;
	size_t *lo, *hi, *off;
	unsigned char *kind;	/* every cell: the kind of its last bead, 255 none */
	double *cost[KIND_MAX + 1];	/* the last rows, ring by i % (KIND_MAX + 1) */
	size_t width;		/* the widest row */
};

/*
 * The evidence of one side's paragraphs i..i+ni-1 against the other's
 * j..j+nj-1: the log-likelihood ratio of the tokens found and missed, a
 * translation against a run of nj paragraphs taken at random from those
 * the paragraph may be paired with. A figure the other side lacks speaks
 * against any pair: translations keep their figures. So do the words the
 * dictionary knows that the other article lacks: against the paragraph's
 * being translated at all. A sentence weighs against the pair at most
 * SENTENCE_LEFT_OUT, as one left out, and then its characters are added to
 * *left. Counts the tokens found and weighed in ty.
 */
static double
side_evidence(const struct side *sd, size_t i, size_t ni, size_t j, size_t nj, const struct model *md,
    struct tally *ty, double *left)
{
	double llr = 0, sentence[SENTENCES_MAX];
	size_t x, k;

	for (x = i; x < i + ni; x++) {
		const struct para *p = &sd->p[x];

		memset(sentence, 0, p->nsentences * sizeof(*sentence));
		for (k = p->tok; k < p->tok + p->ntok; k++) {
			const struct token *t = &sd->tok[k];
			double p0, p1, *here = &sentence[t->sentence];

			if (t->known) {
				ty->all[KNOWN] += 1;
				ty->hit[KNOWN] += t->nfound > 0;
				*here += md->known_llr[t->nfound > 0];
			}
			if (t->nfound == 0 && !t->figure)
				continue;	/* a word found nowhere: the dictionary may lack it */
			p0 = (double)t->nfound * (double)nj / (double)(p->whi - p->wlo + 1);
			if (p0 > CHANCE_MAX)
				p0 = CHANCE_MAX;
			p1 = md->found[t->figure] > p0 ? md->found[t->figure] : p0;
			ty->all[t->figure] += 1;
			if (side_found_in(sd, t, j, nj)) {
				ty->hit[t->figure] += 1;
				*here += log(p1 / p0);
			} else {
				*here += log((1 - p1) / (1 - p0));
			}
		}
		for (k = 0; k < p->nsentences; k++)
			if (sentence[k] > -SENTENCE_LEFT_OUT) {
				llr += sentence[k];
			} else {
				llr -= SENTENCE_LEFT_OUT;
				*left += sd->sentence_chars[p->sentence + k];
			}
	}
	return llr;
}

/* -log of the probability of the lengths under Gale & Church's model. */
static double
length_cost(double l1, double l2, double ratio)
{
	double mean = (l1 + l2 / ratio) / 2, delta, p;

	if (mean <= 0)
		return 0;
	delta = (l2 - l1 * ratio) / sqrt(mean * GC_S2);
	p = (1 - LENGTH_ASIDE) * erfc(fabs(delta) / sqrt(2.0)) + LENGTH_ASIDE;
	return -log(p);
}

/* The cost of a bead of kind k by its lengths alone: its prior's (prior,
 * -log of it), and Gale & Church's cost when it has both sides. */
static double
length_bead_cost(const struct kind *k, double prior, double l1, double l2, double ratio)
{
	if (k->nde == 0 || k->nen == 0)
		return prior;
	return prior + length_cost(l1, l2, ratio);
}

/* The sum of the n lengths of l that end before end. */
static size_t
run_length(const size_t *l, size_t end, size_t n)
{
	size_t s = 0, x;

	for (x = 0; x < n; x++)
		s += l[end - 1 - x];
	return s;
}

/*
 * The cost of each bead by lengths: bead[(k * (n1 + 1) + i) * (n2 + 1) + j]
 * for the bead of kind k whose runs end before paragraph i of l1 and j of
 * l2 (INF where there is no room for it). Caller frees.
 */
static double *
bead_costs(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio)
{
	size_t nk = ARRAY_SIZE(gc_kinds), w = n2 + 1, i, j, k;
	double *bead = xmalloc(nk * (n1 + 1) * w * sizeof(*bead));

	for (k = 0; k < nk; k++) {
		/* once, not in every cell: grouping aligns the lengths of many pairs */
		double prior = -log(gc_kinds[k].prior);
		size_t ni = gc_kinds[k].nde, nj = gc_kinds[k].nen;

		for (i = 0; i <= n1; i++)
			for (j = 0; j <= n2; j++)
				bead[(k * (n1 + 1) + i) * w + j] = i < ni || j < nj ? INF :
				    length_bead_cost(&gc_kinds[k], prior, (double)run_length(l1, i, ni),
				    (double)run_length(l2, j, nj), ratio);
	}
	return bead;
}

/* The best alignment's cost with beads of bead_costs(), l2 taken
 * backwards when backwards is set: the run ending before j of the
 * reversed l2 is the one starting at n2 - j of l2. */
static double
lengths_best(const double *bead, size_t n1, size_t n2, int backwards)
{
	double *cost = xmalloc((n1 + 1) * (n2 + 1) * sizeof(*cost)), best;
	size_t i, j, k, w = n2 + 1;

	for (i = 0; i <= n1; i++) {
		for (j = 0; j <= n2; j++) {
			double c = i == 0 && j == 0 ? 0 : INF;

			for (k = 0; k < ARRAY_SIZE(gc_kinds); k++) {
				size_t ni = gc_kinds[k].nde, nj = gc_kinds[k].nen;
				double b;

				if (i < ni || j < nj)
					continue;
				b = bead[(k * (n1 + 1) + i) * w + (backwards ? n2 - j + nj : j)];
				if (cost[(i - ni) * w + j - nj] + b < c)
					c = cost[(i - ni) * w + j - nj] + b;
			}
			cost[i * w + j] = c;
		}
	}
	best = cost[n1 * w + n2];
	free(cost);
	return best;
}

double
align_lengths(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio)
{
	double *bead = bead_costs(l1, n1, l2, n2, ratio), best = lengths_best(bead, n1, n2, 0);

	free(bead);
	return best;
}

void
align_lengths_both(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio,
    double *forward, double *backward)
{
	double *bead = bead_costs(l1, n1, l2, n2, ratio);

	*forward = lengths_best(bead, n1, n2, 0);
	*backward = lengths_best(bead, n1, n2, 1);
	free(bead);
}

/* The pair of articles being aligned. */
struct pair {
	struct side de, en;
	struct model md;
	struct table t;
};

static double
chars_of(const struct side *sd, size_t i, size_t n)
{
	double c = 0;
	size_t x;

	for (x = i; x < i + n; x++)
		c += (double)sd->p[x].chars;
	return c;
}

/* The evidence for the bead of the German i..i+ni-1 and English j..j+nj-1;
 * *score gets the share of weighed tokens found, ty (when not NULL) adds
 * them up, left[0] and left[1] the characters of the sentences left out. */
static double
bead_evidence(const struct pair *pr, size_t i, size_t ni, size_t j, size_t nj, double *score,
    struct tally *ty, double *left)
{
	struct tally here = { { 0, 0, 0 }, { 0, 0, 0 } };
	double llr, all;
	int c;

	llr = side_evidence(&pr->de, i, ni, j, nj, &pr->md, &here, &left[0]);
	llr += side_evidence(&pr->en, j, nj, i, ni, &pr->md, &here, &left[1]);
	all = here.all[0] + here.all[1];
	*score = all > 0 ? (here.hit[0] + here.hit[1]) / all : 0;
	for (c = 0; ty != NULL && c < (int)ARRAY_SIZE(here.hit); c++) {
		ty->hit[c] += here.hit[c];
		ty->all[c] += here.all[c];
	}
	return llr;
}

/* The cost of the bead of kind k that ends before (i, j). */
static double
bead_cost(const struct pair *pr, size_t i, size_t j, size_t k, double *score, struct tally *ty)
{
	const struct kind *kd = &kinds[k];
	double llr = 0, left[2] = { 0, 0 };

	*score = 0;
	if (kd->nde == 0 || kd->nen == 0)
		return pr->md.prior[k];
	*score = 0.5;	/* without evidence: nothing either way */
	if (pr->md.evidence)
		llr = bead_evidence(pr, i - kd->nde, kd->nde, j - kd->nen, kd->nen, score, ty, left);
	return pr->md.prior[k] + length_cost(chars_of(&pr->de, i - kd->nde, kd->nde) - left[0],
	    chars_of(&pr->en, j - kd->nen, kd->nen) - left[1], pr->md.ratio) - EVIDENCE_WEIGHT * llr;
}

static double *
cost_at(struct table *t, size_t i, size_t j)
{
	if (j < t->lo[i] || j > t->hi[i])
		return NULL;
	return &t->cost[i % (KIND_MAX + 1)][j - t->lo[i]];
}

static void
fill_cell(struct pair *pr, size_t i, size_t j)
{
	struct table *t = &pr->t;
	double best = i == 0 && j == 0 ? 0 : INF, score, *prev;
	unsigned char kind = 255;
	size_t k;

	for (k = 0; k < ARRAY_SIZE(kinds) && (i || j); k++) {
		double c;

		if (i < kinds[k].nde || j < kinds[k].nen ||
		    (prev = cost_at(t, i - kinds[k].nde, j - kinds[k].nen)) == NULL || *prev >= INF)
			continue;
		c = *prev + bead_cost(pr, i, j, k, &score, NULL);
		if (c < best) {
			best = c;
			kind = (unsigned char)k;
		}
	}
	*cost_at(t, i, j) = best;
	t->kind[t->off[i] + j - t->lo[i]] = kind;
}

/* Walks back from the end, writing the beads in reading order; ty (when
 * not NULL) adds up the tokens of the beads with both sides. */
static void
trace(struct pair *pr, struct alignment *al, struct tally *ty)
{
	struct table *t = &pr->t;
	size_t i = t->n, j = t->m, n = 0, cap = 0, a, b;
	struct bead *rev = NULL;

	while (i > 0 || j > 0) {
		size_t kk = t->kind[t->off[i] + j - t->lo[i]];
		const struct kind *k = &kinds[kk];

		rev = xgrow(rev, &cap, n + 1, sizeof(*rev));
		rev[n].nde = k->nde;
		rev[n].nen = k->nen;
		bead_cost(pr, i, j, kk, &rev[n].score, ty);
		i -= k->nde;
		j -= k->nen;
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

/* The English paragraph row i is expected at: straight between anchors. */
static void
guide_rows(size_t n, size_t m, const struct anchor *an, size_t nan, size_t *g)
{
	size_t k, i, i0 = 0, j0 = 0;

	for (k = 0; k <= nan; k++) {
		size_t i1 = k < nan ? an[k].de : n, j1 = k < nan ? an[k].en : m;

		for (i = i0; i <= i1; i++)
			g[i] = i1 > i0 ? j0 + (j1 - j0) * (i - i0) / (i1 - i0) : j1;
		i0 = i1;
		j0 = j1;
	}
}

/*
 * The band: every cell when there are few, else rows of half-width BAND
 * plus the stretch the guide has to make up around row i (where one side
 * has paragraphs the other lacks), narrowed to BAND_CELLS in all.
 */
static void
table_init(struct table *t, size_t n, size_t m, const struct anchor *an, size_t nan)
{
	size_t i, total = 0, *g = xmalloc((n + 1) * sizeof(*g)), *slack = xmalloc((n + 1) * sizeof(*slack));
	size_t k, i0 = 0, j0 = 0, all = 0;
	int full = (double)(n + 1) * (double)(m + 1) <= FULL_CELLS;

	memset(t, 0, sizeof(*t));
	t->n = n;
	t->m = m;
	t->lo = xmalloc((n + 1) * sizeof(*t->lo));
	t->hi = xmalloc((n + 1) * sizeof(*t->hi));
	t->off = xmalloc((n + 2) * sizeof(*t->off));
	guide_rows(n, m, an, nan, g);
	for (k = 0; k <= nan; k++) {	/* the stretch of each stretch between anchors */
		size_t i1 = k < nan ? an[k].de : n, j1 = k < nan ? an[k].en : m;
		size_t d = i1 - i0 > j1 - j0 ? (i1 - i0) - (j1 - j0) : (j1 - j0) - (i1 - i0);

		for (i = i0; i <= i1; i++)
			slack[i] = BAND + d;
		all += (i1 - i0 + 1) * (2 * (BAND + d) + 1);
		i0 = i1;
		j0 = j1;
	}
	for (i = 0; i <= n; i++) {
		size_t half = all > BAND_CELLS ? (size_t)((double)slack[i] * BAND_CELLS / (double)all) : slack[i];

		if (half < BAND)
			half = BAND;
		t->lo[i] = full || g[i] < half ? 0 : g[i] - half;
		t->hi[i] = full || g[i] + half > m ? m : g[i] + half;
	}
	/* Rows must overlap and rise, so that a path runs from corner to corner. */
	for (i = 1; i <= n; i++)
		if (t->lo[i] < t->lo[i - 1])
			t->lo[i] = t->lo[i - 1];
	for (i = n; i-- > 0;)
		if (t->hi[i] > t->hi[i + 1])
			t->hi[i] = t->hi[i + 1];
	for (i = 1; i <= n; i++)
		if (t->lo[i] > t->hi[i - 1])
			t->lo[i] = t->hi[i - 1];
	t->hi[n] = m;
	t->lo[0] = 0;
	for (i = 0; i <= n; i++) {
		t->off[i] = total;
		total += t->hi[i] - t->lo[i] + 1;
		if (t->hi[i] - t->lo[i] + 1 > t->width)
			t->width = t->hi[i] - t->lo[i] + 1;
	}
	t->off[n + 1] = total;
	t->kind = xmalloc(total);
	for (k = 0; k <= KIND_MAX; k++)
		t->cost[k] = xmalloc(t->width * sizeof(*t->cost[k]));
	free(g);
	free(slack);
}

static void
table_free(struct table *t)
{
	size_t k;

	free(t->lo);
	free(t->hi);
	free(t->off);
	free(t->kind);
	for (k = 0; k <= KIND_MAX; k++)
		free(t->cost[k]);
	memset(t, 0, sizeof(*t));
}

/* The paragraphs of each side that a bead in the band can pair with
 * those of the other. */
static void
band_windows(const struct table *t, struct side *de, struct side *en)
{
	size_t x, i = 0, k = 0;

	for (x = 0; x < de->n; x++) {
		size_t lo = t->lo[x], hi = t->hi[x + KIND_MAX < t->n ? x + KIND_MAX : t->n];

		de->p[x].wlo = (uint32_t)(lo > KIND_MAX ? lo - KIND_MAX : 0);
		de->p[x].whi = (uint32_t)(hi > 0 ? hi - 1 : 0);
	}
	for (x = 0; x < en->n; x++) {	/* rows rise: two pointers */
		while (i < t->n && t->hi[i] < x)
			i++;
		while (k < t->n && t->lo[k + 1] <= x + 1)
			k++;
		en->p[x].wlo = (uint32_t)(i > KIND_MAX ? i - KIND_MAX : 0);
		en->p[x].whi = (uint32_t)(k + KIND_MAX < de->n ? k + KIND_MAX : de->n ? de->n - 1 : 0);
	}
}

/* Fills the band row by row; -1 when stop said to. */
static int
fill(struct pair *pr, const struct stop *stop)
{
	size_t i, j, asked = 0;

	for (i = 0; i <= pr->t.n; i++)
		for (j = pr->t.lo[i]; j <= pr->t.hi[i]; j++) {
			if (stop_asked(stop, &asked, STOP_EVERY))
				return -1;
			fill_cell(pr, i, j);
		}
	return 0;
}

static double
clamp(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

/* What a known word weighs for its paragraph's being translated, missed
 * everywhere or found anywhere in the other article. */
static void
model_known(struct model *md)
{
	md->known_llr[0] = MISS_WEIGHT * log((1 - md->found[KNOWN]) / (1 - md->alone_found));
	md->known_llr[1] = log(md->found[KNOWN] / md->alone_found);
}

/* The weights for this pair at first: the length ratio of the whole
 * articles, the defaults for the rest. */
static void
model_init(struct model *md, const struct side *de, const struct side *en, int evidence)
{
	size_t k;

	md->found[0] = FOUND_WORD;
	md->found[1] = FOUND_FIGURE;
	md->found[KNOWN] = FOUND_KNOWN;
	md->alone_found = 1 - UNTRANSLATED_MISS;
	model_known(md);
	md->ratio = de->chars > 0 && en->chars > 0 ? clamp(en->chars / de->chars, RATIO_MIN, RATIO_MAX) : GC_C;
	for (k = 0; k < ARRAY_SIZE(kinds); k++)
		md->prior[k] = -log(kinds[k].prior);
	md->evidence = evidence;
}

/*
 * The weights learnt from a first alignment (one step of Viterbi EM): the
 * length ratio of its pairs, how often their tokens were found, how often
 * each kind of bead was taken and how often a lone paragraph's known words
 * were found anyway, each drawn toward the default by LEARN_WEIGHT beads'
 * worth (KIND_WEIGHT for the kinds, ALONE_WEIGHT words' worth for the
 * last). Loosely related write-ups leave most paragraphs alone, and then a
 * pair must show more; an article with one paragraph a line against one
 * with several sentences a paragraph merges throughout.
 */
static void
model_learn(struct model *md, const struct pair *pr, const struct alignment *al, const struct tally *ty)
{
	double count[ARRAY_SIZE(kinds)] = { 0 }, de = 0, en = 0, known = 0, found = 0;
	size_t b, k, t;
	int c;

	for (b = 0; b < al->nbeads; b++) {
		const struct bead *bd = &al->beads[b];
		const struct side *sd = bd->nde ? &pr->de : &pr->en;
		const struct para *p = &sd->p[bd->nde ? bd->de : bd->en];

		for (t = p->tok; (bd->nde == 0 || bd->nen == 0) && t < p->tok + p->ntok; t++)
			if (sd->tok[t].known) {	/* a paragraph left alone */
				known += 1;
				found += sd->tok[t].nfound > 0;
			}
		for (k = 0; k < ARRAY_SIZE(kinds); k++)
			count[k] += kinds[k].nde == bd->nde && kinds[k].nen == bd->nen;
		if (bd->nde == 1 && bd->nen == 1) {
			de += chars_of(&pr->de, bd->de, 1);
			en += chars_of(&pr->en, bd->en, 1);
		}
	}
	md->alone_found = clamp((found + ALONE_WEIGHT * md->alone_found) / (known + ALONE_WEIGHT),
	    1 - FOUND_MAX, FOUND_MAX);
	if (de >= RATIO_CHARS && en > 0)
		md->ratio = clamp(en / de, RATIO_MIN, RATIO_MAX);
	for (c = 0; c < (int)ARRAY_SIZE(ty->hit); c++)
		md->found[c] = clamp((ty->hit[c] + LEARN_WEIGHT * md->found[c]) / (ty->all[c] + LEARN_WEIGHT),
		    FOUND_MIN, FOUND_MAX);
	model_known(md);
	for (k = 0; k < ARRAY_SIZE(kinds); k++)
		md->prior[k] = -log((count[k] + KIND_WEIGHT * kinds[k].prior) / ((double)al->nbeads + KIND_WEIGHT));
}

int
align_articles(const struct article *de, const struct article *en, struct alignment *al, char **note,
    const struct stop *stop)
{
	struct intern keys = { 0 };
	struct pair pr;
	struct anchor *an;
	size_t nan;
	char *cause = NULL;
	int evidence = de->nparagraphs + en->nparagraphs <= ALIGN_EVIDENCE_MAX, rc, pass;

	memset(al, 0, sizeof(*al));
	if (evidence && !lexicon_ready() && (rc = lexicon_load(NULL, &cause, stop)) != 0) {
		if (rc > 0)
			return -1;	/* stopped: the next call goes on loading */
		if (note != NULL && cause != NULL)
			*note = cause;	/* said once: later loads fail without a cause */
		else
			free(cause);
	}
	memset(&pr, 0, sizeof(pr));
	if (side_prepare(&pr.de, de, LANG_DE, &keys, evidence, stop) < 0 ||
	    side_prepare(&pr.en, en, LANG_EN, &keys, evidence, stop) < 0) {
		side_free(&pr.de);
		side_free(&pr.en);
		intern_free(&keys);
		return -1;
	}
	nan = side_anchors(&pr.de, &pr.en, &an);
	table_init(&pr.t, pr.de.n, pr.en.n, an, nan);
	model_init(&pr.md, &pr.de, &pr.en, evidence);
	if (evidence)
		band_windows(&pr.t, &pr.de, &pr.en);
	rc = evidence && (side_find(&pr.de, &pr.en, stop) < 0 || side_find(&pr.en, &pr.de, stop) < 0) ? -1 : 0;
	if (rc == 0)
		rc = fill(&pr, stop);
	for (pass = 1; rc == 0 && evidence && pass < LEARN_PASSES; pass++) {
		struct tally ty = { { 0, 0, 0 }, { 0, 0, 0 } };

		trace(&pr, al, &ty);
		model_learn(&pr.md, &pr, al, &ty);
		align_free(al);
		rc = fill(&pr, stop);
	}
	if (rc == 0)
		trace(&pr, al, NULL);
	al->by_lengths = !evidence;
	free(an);
	table_free(&pr.t);
	side_free(&pr.de);
	side_free(&pr.en);
	intern_free(&keys);
	return rc;
}

/* Units are paragraphs of two articles that hold nothing else: no
 * dateline, no metadata, which the alignment does not read. */
int
align_units(const struct paragraph *de, size_t nde, const struct paragraph *en, size_t nen,
    struct alignment *al, char **note, const struct stop *stop)
{
	struct article a = { 0 }, b = { 0 };

	a.paragraphs = (struct paragraph *)de;
	a.nparagraphs = nde;
	a.lang = LANG_DE;
	b.paragraphs = (struct paragraph *)en;
	b.nparagraphs = nen;
	b.lang = LANG_EN;
	return align_articles(&a, &b, al, note, stop);
}

void
align_free(struct alignment *al)
{
	free(al->beads);
	memset(al, 0, sizeof(*al));
}

const char *
align_limit_note(const struct alignment *al)
{
#define STR(x) #x
#define XSTR(x) STR(x)
	return al->by_lengths ? "over " XSTR(ALIGN_EVIDENCE_MAX) " paragraphs: aligned by lengths and anchors only" : NULL;
#undef XSTR
#undef STR
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
