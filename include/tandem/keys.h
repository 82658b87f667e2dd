/*
 * keys: the grouping keys of articles (keys.c), taken from each article's
 * text once, as it is read, so that grouping (meeting.h) needs no article
 * text in memory: its numbers and proper names (folded across
 * transliterations by fold.h), the weekday its lead names, and its
 * paragraph lengths.
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

/*
 * The keys as the index keeps them (index.h): the names, by id from 0, and
 * each article's list (its length profile, then its key ids) as stored
 * here; the list belongs to k.
 */
size_t meeting_keys_nnames(const struct meeting_keys *k);
const char *meeting_keys_name(const struct meeting_keys *k, uint32_t id);
const uint8_t *meeting_keys_list(const struct meeting_keys *k, uint32_t handle, size_t *len);
/*
 * Taken back into a new store: every name first, in id order (-1 when it
 * is no key or is there already); then the lists, each checked (-1 when it
 * is not one meeting_keys_put() makes of these names), *handle the next
 * from 0. A list taken counts for nothing until meeting_keys_count() counts
 * it as an article's of language lang (an article removed since is not).
 */
int meeting_keys_take_name(struct meeting_keys *k, const char *name);
int meeting_keys_take_list(struct meeting_keys *k, const uint8_t *list, size_t len, uint32_t *handle);
void meeting_keys_count(struct meeting_keys *k, uint32_t handle, enum lang lang);

#endif
