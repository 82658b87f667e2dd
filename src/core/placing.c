/* placing: articles without a date joined to the visit that holds their
 * figures and matches their paragraph lengths. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/align.h"
#include "tandem/util.h"
#include "grouping.h"

/* The share of an undated page's figures a visit's article must hold to
 * take it: a German report leaves out some of the president's page. */
#define PLACE_FIGURES 0.5
/* A figure in this many articles at most is one visit's, not a year's. */
#define RARE_FIGURE 5
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
double
figures_held(const struct grouping *g, size_t b, size_t a)
{
	struct keyiter x, y;
	size_t all = 0, held = 0;
	int my;

	keyiter_init(&x, g->keys, g->c->articles[a]->keys);
	keyiter_init(&y, g->keys, g->c->articles[b]->keys);
	my = keyiter_next(&y);
	while (keyiter_next(&x)) {
		if (g->keys->keys[x.id].name || g->keys->keys[x.id].weekday || !key_is_figure(g, x.id))
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
int
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
	size_t la[PROFILE_MAX], lb[PROFILE_MAX];
	size_t na = profile_lengths(g->keys, g->c->articles[a]->keys, la);
	size_t nb = profile_lengths(g->keys, g->c->articles[b]->keys, lb);
	enum lang x = g->c->articles[a]->lang, y = g->c->articles[b]->lang;
	double ratio = x == y ? 1.0 : x == LANG_DE ? EN_PER_DE : 1 / EN_PER_DE, backward;

	align_lengths_both(la, na, lb, nb, ratio, cost, &backward);
	*paragraphs = na + nb;
	return backward - *cost;
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
int
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
void
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
