/*
 * align: the paragraphs of a German article against those of an English
 * one (the "align" step).
 *
 * Beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 are found by dynamic
 * programming over paragraph lengths (Gale & Church 1993): the lengths
 * decide where nothing speaks against them. Evidence that survives
 * translation raises a bead's score or vetoes it: figures read as values
 * (numbers.h), names folded across transliterations (fold.h) and the
 * translations of the German-English dictionary (lexicon.h). Each word
 * counts by how well it tells paragraphs apart in this pair of articles,
 * so loosely related write-ups, which share the meeting's names
 * everywhere, are not forced together. The program runs in a band around a
 * path through the words both articles hold once (anchors), in memory
 * linear in the paragraphs; beyond ALIGN_EVIDENCE_MAX paragraphs it
 * aligns by lengths and anchors only, and says so.
 */
#ifndef TANDEM_ALIGN_H
#define TANDEM_ALIGN_H

#include <stddef.h>
#include "tandem/article.h"
#include "tandem/util.h"

/* Paragraphs (both articles together; sentences, for align_units() of
 * sentences) up to which words are compared. */
#define ALIGN_EVIDENCE_MAX 4000

struct bead {
	size_t de, nde;	/* first German paragraph (from 0) and how many (0-3) */
	size_t en, nen;	/* the same for English */
	double score;	/* evidence the sides translate each other, 0..1; 0 alone */
};

struct alignment {
	struct bead *beads;	/* in reading order */
	size_t nbeads;
	size_t matched_de;	/* German paragraphs in beads with both sides */
	size_t matched_en;
	int by_lengths;		/* over ALIGN_EVIDENCE_MAX: lengths and anchors only */
};

/*
 * Aligns de with en into al (free with align_free). Loads the dictionary
 * the first time; when it is missing, *note (when not NULL) gets a message
 * for the user, once (caller frees). Returns 0, or -1 when stop (may be
 * NULL) said to stop: al is then empty, and the next call goes on loading
 * the dictionary where this one left it.
 */
int align_articles(const struct article *de, const struct article *en, struct alignment *al,
    char **note, const struct stop *stop);
void align_free(struct alignment *al);

/*
 * Aligns any two runs of units of text, a German and an English one, the
 * way align_articles() aligns paragraphs: the sentences of a pair of
 * paragraphs (sentence.h). The units' text is borrowed; their beads count
 * units. Returns as align_articles() does.
 */
int align_units(const struct paragraph *de, size_t nde, const struct paragraph *en, size_t nen,
    struct alignment *al, char **note, const struct stop *stop);

/*
 * The cost (-log probability under Gale & Church's model, beads as above)
 * of the best alignment of two articles by their paragraph lengths alone,
 * in characters, when the second side runs ratio characters for each of the
 * first's: how well one could be a translation or a copy of the other
 * without reading a word. Lower is likelier.
 */
double align_lengths(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio);
/* align_lengths() of l2 as it is (*forward) and taken backwards
 * (*backward), each bead's cost worked out once for both. */
void align_lengths_both(const size_t *l1, size_t n1, const size_t *l2, size_t n2, double ratio,
    double *forward, double *backward);
/* What the user is told of al when it was made by lengths and anchors
 * only (static), or NULL. */
const char *align_limit_note(const struct alignment *al);
/* The share of German paragraphs that have a counterpart, 0..1. */
double align_coverage(const struct alignment *al, const struct article *de);

/* Writes the bead's paragraph numbers (from 1, comma-separated, empty for
 * none) of one side into buf (size n). */
const char *align_numbers(size_t first, size_t count, char *buf, size_t n);

#endif
