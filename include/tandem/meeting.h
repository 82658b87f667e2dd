/*
 * meeting: articles grouped across languages into meetings (the "group"
 * step).
 *
 * Each article gives keys: its date, numbers, and proper names folded across
 * transliterations (fold.h). Candidate pairs come from an inverted index on
 * the rarer keys only, so no pass compares every article with every other.
 * A pair is scored by the rarity of the keys it shares; articles with known,
 * different dates never meet. An optional meetings.ini in the corpus folder
 * joins or splits what the automatic grouping got wrong.
 */
#ifndef TANDEM_MEETING_H
#define TANDEM_MEETING_H

#include <stddef.h>
#include "tandem/corpus.h"

/*
 * Groups c->articles into c->meetings (newest first). Reads overrides from
 * the file overrides when it is not NULL and exists; problems with it become
 * warnings in c.
 */
void meeting_group(struct corpus *c, const char *overrides);

/*
 * Orders meeting m's English articles best first, by how many paragraphs of
 * its first German article each covers (alignment), and sets m's coverage.
 * Aligns only the first time; cheap after. *note as for align_articles().
 */
void meeting_rank(struct corpus *c, size_t m, char **note);

/* Frees the meetings of c. */
void meeting_free_all(struct corpus *c);

/* Languages of a meeting's articles as "DE EN EN" into buf (size n). */
const char *meeting_languages(const struct corpus *c, const struct meeting *m, char *buf, size_t n);

#endif
