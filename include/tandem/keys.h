/*
 * keys: the grouping keys of articles (keys.c), taken from each article's
 * text once, as it is read, so that grouping (meeting.h) needs no article
 * text in memory: its numbers and proper names (folded across
 * transliterations by fold.h) and its paragraph lengths.
 */
#ifndef TANDEM_KEYS_H
#define TANDEM_KEYS_H

#include <stdint.h>
#include "tandem/article.h"
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

#endif
