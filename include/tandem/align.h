/*
 * align: the paragraphs of a German article against those of an English
 * one (the "align" step).
 *
 * Beads 1-1, 1-0, 0-1, 2-1 and 1-2 are found by dynamic programming over
 * paragraph lengths (Gale & Church 1993) combined with evidence that
 * survives translation: numbers, names folded across transliterations
 * (fold.h) and the translations a German-English dictionary (lexicon.h)
 * offers. A bead with both sides needs every paragraph in it to be covered
 * by the other side; paragraphs that share too little stay 1-0 or 0-1. The
 * program runs in a band around the diagonal, so long articles stay fast.
 */
#ifndef TANDEM_ALIGN_H
#define TANDEM_ALIGN_H

#include <stddef.h>
#include "tandem/article.h"

struct bead {
	size_t de, nde;	/* first German paragraph (from 0) and how many (0-2) */
	size_t en, nen;	/* the same for English */
	double score;	/* evidence the sides translate each other, 0..1 */
};

struct alignment {
	struct bead *beads;	/* in reading order */
	size_t nbeads;
	size_t matched_de;	/* German paragraphs in beads with both sides */
	size_t matched_en;
};

/*
 * Aligns de with en into al (free with align_free). Loads the dictionary
 * the first time; when it is missing, *note (when not NULL) gets a message
 * for the user, once (caller frees).
 */
void align_articles(const struct article *de, const struct article *en, struct alignment *al,
    char **note);
void align_free(struct alignment *al);

/*
 * The cost (-log probability under Gale & Church's model, beads as above)
 * of the best alignment of two articles by their paragraph lengths alone,
 * in characters, when the second side runs ratio characters for each of the
 * first's: how well one could be a translation or a copy of the other
 * without reading a word. Lower is likelier.
 */
double align_lengths(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio);
/* The share of German paragraphs that have a counterpart, 0..1. */
double align_coverage(const struct alignment *al, const struct article *de);

/* Writes the bead's paragraph numbers (from 1, comma-separated, empty for
 * none) of one side into buf (size n). */
const char *align_numbers(size_t first, size_t count, char *buf, size_t n);

#endif
