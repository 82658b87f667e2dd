/*
 * rank: a meeting's English articles ordered best first by alignment
 * (align.h) with its first German article (rank.c). It reads the articles'
 * text when it is not in memory, and lets it go after.
 */
#ifndef TANDEM_RANK_H
#define TANDEM_RANK_H

#include <stddef.h>
#include "tandem/corpus.h"
#include "tandem/util.h"

/*
 * Orders meeting m's English articles best first, by how many paragraphs of
 * its first German article each covers (alignment), and sets m's coverage.
 * Aligns only the first time; cheap after. *note as for align_articles().
 * Returns 0, or -1 when stop (may be NULL) said to stop: m is then not
 * ranked yet, and a later call starts again.
 */
int meeting_rank(struct corpus *c, size_t m, char **note, const struct stop *stop);

#endif
