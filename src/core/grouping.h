/*
 * The insides of grouping, private to src/core: the grouping keys' store
 * (keys.c), what makes a meeting and the union-find that joins articles
 * (identity.c), candidate pairs and their scores (grouping.c), placing
 * articles without a date (placing.c), and what meetings.ini asks
 * (overrides.c). The public side is meeting.h.
 */
#ifndef TANDEM_GROUPING_H
#define TANDEM_GROUPING_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/corpus.h"
#include "tandem/meeting.h"
#include "tandem/util.h"

/* Paragraph lengths kept per article, and steps of the log scale per
 * factor e: 24 is about 4% a step, up to 41,000 characters. */
#define PROFILE_MAX 32
#define PROFILE_SCALE 24.0

/* The first byte of a key: a folded name ("@..."), a number ("#22", a share
 * "#22%"), or the weekday the lead names ("~3", 0 Monday .. 6 Sunday), which
 * only tells days apart (mark_weekdays) and weighs nothing. */
#define KEY_NAME '@'
#define KEY_NUMBER '#'
#define KEY_WEEKDAY '~'

/* What grouping knows of a key. */
struct key {
	uint32_t df;		/* articles holding it */
	uint8_t langs;		/* 1 << lang for each language it occurs in */
	uint8_t name;		/* a folded name, not a number */
	uint8_t weekday;	/* a weekday's key: no content, no candidate pairs */
};

/*
 * The keys of every article, interned to ids from 0; each article's ids
 * sorted, unique and kept as LEB128 deltas in one byte array (about 1.5
 * bytes a key instead of 4, which matters at 100,000 articles). Before
 * them, the article's length profile: a byte of how many paragraphs, then
 * each one's length in characters as a byte on a log scale (see
 * profile_byte), for the first PROFILE_MAX paragraphs.
 */
struct meeting_keys {
	struct intern names;	/* id + 1 */
	struct key *keys;
	size_t n, cap;
	uint8_t *bytes;
	size_t len, bcap;
	size_t *start;		/* per handle: its first byte; start[nlists] = len */
	size_t nlists, scap;
	uint32_t *scratch;	/* one article's ids while they are sorted */
	size_t scratch_cap;
	struct buf draft;	/* meeting_keys_add()'s */
	/* the characters each byte of a length profile stands for: worked
	 * out once, not for each pair grouping compares */
	size_t profile_chars[256];
};

/* Walks one article's key ids. */
struct keyiter {
	const uint8_t *p, *end;
	uint32_t id;
};

static inline void
keyiter_init(struct keyiter *it, const struct meeting_keys *k, uint32_t handle)
{
	it->p = k->bytes + k->start[handle];
	it->p += 1 + it->p[0];	/* past the length profile */
	it->end = k->bytes + k->start[handle + 1];
	it->id = 0;
}

static inline int
keyiter_next(struct keyiter *it)
{
	uint32_t d = 0;
	int shift = 0;

	if (it->p == it->end)
		return 0;
	do {
		d |= (uint32_t)(*it->p & 0x7F) << shift;
		shift += 7;
	} while (*it->p++ & 0x80);
	it->id += d;
	return 1;
}

/*
 * What makes a meeting: a day and a counterpart. Region and person are
 * folded across transliterations (ids into grouping.counterparts); 0 is
 * unknown, and unknown never disagrees.
 */
struct identity {
	struct date date;
	uint32_t region;
	uint32_t person;
	unsigned langs;		/* 1 << lang of each article in it */
	int weekday;		/* the one weekday its lead names ("am Donnerstag"),
				 * 0 Monday .. 6 Sunday; -1 none */
};

struct grouping {
	const struct corpus *c;
	struct meeting_keys *keys;
	const char *alone;	/* per article: split by meetings.ini, pairs with none */
	uint8_t *identity;	/* per key: a word of some article's counterpart */
	int64_t *weight;	/* per key, in fixed point (grouping.c) */
	uint32_t *parent;	/* union-find over articles (ids, like the postings) */
	struct identity *article;	/* each article's day and counterpart */
	struct identity *group;	/* per union-find root: the group's */
	struct intern counterparts;	/* folded regions and persons */
};

struct scored {
	uint32_t a, b;
	float score;	/* content and counterpart_bonus */
	float content;	/* the shared keys alone */
};

/* What meetings.ini asks, by article index: [split] articles pair with
 * none; each [join] key's articles are one meeting. */
struct overrides {
	char *alone;		/* per article: split */
	size_t *join;		/* the groups to join, one after another */
	size_t *join_end;	/* per group: where it ends in join */
	size_t ngroups;
};


/* keys.c: an article's paragraph lengths, as its profile keeps them;
 * returns how many (at most PROFILE_MAX). */
size_t profile_lengths(const struct meeting_keys *k, uint32_t handle, size_t *len);

/* identity.c: whether two identities can be one meeting's. */
int identity_compatible(const struct identity *a, const struct identity *b);
/* Whether the weekday a lead names (day, 0 Monday .. 6 Sunday) can be that
 * of dated's date, which has a year (any, without): the same day, or, for
 * English reports alone (their date may be the day after the meeting, as
 * the dates' check allows), the day before. */
int identity_weekday_fits(int day, const struct identity *dated);
/* identity.c: the union-find root of article i's group. */
size_t find_root(struct grouping *g, size_t i);
/* identity.c: joins the groups of a and b unless (force 0) their days or
 * counterparts disagree; 1 when they are one group then. */
int join(struct grouping *g, size_t a, size_t b, int force);

/* placing.c: the share of a's figures that b holds (see there). */
double figures_held(const struct grouping *g, size_t b, size_t a);
/* placing.c: whether b holds every figure of a. */
int holds_figures(const struct grouping *g, size_t b, size_t a);
/* placing.c: whether a pair is left to place_undated(). */
int date_unconfirmed(const struct grouping *g, const struct scored *s, double bar);
/* placing.c: places the undated articles of the pairs sc[0..n). */
void place_undated(struct grouping *g, const struct scored *sc, size_t n, double bar);

/* overrides.c: reads meetings.ini at path (none when NULL or missing)
 * into o; its problems become warnings in c. Free with overrides_free(). */
void overrides_load(struct overrides *o, struct corpus *c, const char *path);
void overrides_free(struct overrides *o);

#endif
