/*
 * sentence: a paragraph of news text cut into its sentences (for the
 * sentence beads of align.h and the reader's sentence cursor).
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
#include "tandem/fold.h"

/* Bytes [start, end) of the paragraph, without spaces at either end. */
struct sentence {
	size_t start, end;
};

/*
 * Cuts len bytes of clean UTF-8 in language lang into sentences, in
 * reading order; none ends in the first skip bytes (a dateline: "MINSK,
 * June 2. /TASS/."). Returns how many (0 for spaces alone) into *out, which
 * the caller frees (NULL for none).
 */
size_t sentence_split(const char *s, size_t len, enum lang lang, size_t skip, struct sentence **out);

#endif
