/*
 * sentence: a paragraph of news text cut into its sentences, and the
 * sentences of a pair of articles aligned (--align --sentences).
 *
 * A sentence ends at . ! ? or … (with the closing quotes and brackets
 * after it) where the next one starts with a capital, a digit, or an
 * opening quote or dash before one. A full stop ends none after an
 * abbreviation (Dr., z. B., bzw., Mr., U.S.), an initial (A. Lukaschenko)
 * or a German ordinal (am 20. März, das 3. Forum), unless the next word is
 * one that opens sentences (Die, The): "usw. Die" ends one. Line breaks
 * count as spaces; text without a final stop (a heading) is one sentence.
 */
#ifndef TANDEM_SENTENCE_H
#define TANDEM_SENTENCE_H

#include <stddef.h>
#include "tandem/align.h"
#include "tandem/article.h"
#include "tandem/fold.h"
#include "tandem/util.h"

struct sentence {
	size_t start, end;	/* bytes of its paragraph, without spaces at either end */
	size_t paragraph;	/* from 0; 0 from sentence_split() */
	size_t number;		/* in its paragraph, from 0 */
};

/*
 * Cuts len bytes of clean UTF-8 in language lang (English, else read as
 * German) into sentences, in reading order; none ends in the first skip bytes (a dateline: "MINSK,
 * June 2. /TASS/."). Returns how many (0 for spaces alone) into *out, which
 * the caller frees (NULL for none).
 */
size_t sentence_split(const char *s, size_t len, enum lang lang, size_t skip, struct sentence **out);

/* The sentences of all of a's paragraphs (read), in reading order; none
 * ends in the dateline. Returns how many into *out (caller frees). */
size_t sentence_article(const struct article *a, struct sentence **out);

/*
 * Aligns the sentences ds of de with es of en (from sentence_article) as
 * align_units() aligns units, over the whole articles, not inside each
 * pair of paragraphs: two sides that cut their paragraphs apart differently
 * pair sentences across the cuts, and a paragraph alignment that is wrong
 * by one paragraph takes no sentence with it (on NTREX regrouped, links
 * 0.985/0.970 inside paragraph pairs, 0.997/0.989 over the whole). The
 * beads of al (free with align_free) count sentences, indices into ds and
 * es. *note and stop as for align_articles(); -1 when stopped (al is then
 * empty).
 */
int sentence_align(const struct article *de, const struct sentence *ds, size_t nds,
    const struct article *en, const struct sentence *es, size_t nes, struct alignment *al, char **note,
    const struct stop *stop);

/* Writes the sentences first..first+count-1 of ss as "P.S" numbers (both
 * from 1, comma-separated, empty for none) into buf (size n). */
const char *sentence_numbers(const struct sentence *ss, size_t first, size_t count, char *buf, size_t n);

#endif
