/*
 * meeting: articles grouped across languages into meetings (the "group"
 * step).
 *
 * Each article gives keys: its date, numbers, and proper names folded across
 * transliterations (fold.h). Candidate pairs come from an inverted index on
 * the rarer keys only, so no pass compares every article with every other.
 * A pair is scored by the rarity of the keys it shares; articles with known,
 * different dates never meet. An article without a date goes to the visit
 * of its counterpart that holds all its figures and whose paragraph lengths
 * it matches as a translation (align_lengths), or stays alone. An optional
 * meetings.ini in the corpus folder joins or splits what the automatic
 * grouping got wrong.
 */
#ifndef TANDEM_MEETING_H
#define TANDEM_MEETING_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/corpus.h"
#include "tandem/util.h"

/*
 * The grouping keys of articles, taken from each article's text once, as it
 * is read, so that grouping needs no article text in memory.
 */
struct meeting_keys *meeting_keys_new(void);
/* Takes the keys of a, and its paragraph lengths, whose paragraphs must be
 * in memory; returns the handle to keep in a->keys. */
uint32_t meeting_keys_add(struct meeting_keys *k, const struct article *a);
/*
 * meeting_keys_add() in two halves, for reading in threads: the draft of
 * a's keys (its length profile, then each key as a string) into draft,
 * which touches nothing shared; then, in the one thread that owns k, the
 * draft put in k. The caller owns draft.
 */
void meeting_keys_draft(const struct article *a, struct buf *draft);
uint32_t meeting_keys_put(struct meeting_keys *k, const struct article *a, const struct buf *draft);
void meeting_keys_free(struct meeting_keys *k);

/*
 * Groups c->articles into c->meetings (newest first), by the keys in c->keys
 * (each article's handle in a->keys), which it uses up (frees, and sets
 * c->keys to NULL); when c->keys is NULL, the keys are taken from the
 * articles' paragraphs, which must then be in memory.
 * Reads overrides from the file overrides when it is not NULL and exists;
 * problems with it become warnings in c.
 */
void meeting_group(struct corpus *c, const char *overrides);

/*
 * Orders meeting m's English articles best first, by how many paragraphs of
 * its first German article each covers (alignment), and sets m's coverage.
 * Aligns only the first time; cheap after. *note as for align_articles().
 * Returns 0, or -1 when stop (may be NULL) said to stop: m is then not
 * ranked yet, and a later call starts again.
 */
int meeting_rank(struct corpus *c, size_t m, char **note, const struct stop *stop);

/* Frees the meetings of c. */
void meeting_free_all(struct corpus *c);

#endif
