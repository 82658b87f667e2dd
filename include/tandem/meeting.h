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
 * grouping got wrong (overrides.c).
 *
 * The keys are kept by keys.h; a meeting's English articles are ranked by
 * rank.h.
 */
#ifndef TANDEM_MEETING_H
#define TANDEM_MEETING_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/corpus.h"
#include "tandem/keys.h"

/*
 * Groups c->articles into meetings, returned newest first (the caller puts
 * them in c with corpus_set_meetings(), or frees them so), by the keys in
 * c->keys (each article's handle in a->keys), which it uses up (frees, and
 * sets c->keys to NULL); when c->keys is NULL, the keys are taken from the
 * articles' paragraphs, which must then be in memory.
 * Reads overrides from the file overrides when it is not NULL and exists;
 * problems with it become warnings in c.
 */
struct meetings meeting_group(struct corpus *c, const char *overrides);

#endif
