/*
 * words: the words of a text as counterpart.c reads them: where each
 * starts, whether it has a capital and one space before it, and the bits
 * of the word lists (titles, labels of regions, the host's words, links)
 * it is on, looked up in its folded form (ä to a, lower case).
 */
#ifndef TANDEM_WORDS_H
#define TANDEM_WORDS_H

#include <stddef.h>
#include "tandem/fold.h"
#include "tandem/text.h"

/* The word lists, folded (ä to a, lower case); a word has a bit for each. */
enum {
	W_REGION_DE = 1 << 0,	/* before a German region's name: "Gebiet Leningrad" */
	W_REGION_EN = 1 << 1,	/* after an English one: "Kaluga Oblast" */
	W_REPUBLIC = 1 << 2,	/* "Republic of Kalmykia" */
	W_TITLE = 1 << 3,	/* a counterpart's title */
	W_HOST_TITLE = 1 << 4,	/* the host government's */
	W_HOST = 1 << 5,	/* the host countries, never a name */
	W_LINK = 1 << 6,	/* of, von, des, der, the: between a title and a name */
	W_FIRST = 1 << 7,	/* a first name */
	W_NOT_NAME = 1 << 8,	/* a capitalized word that is never part of a name */
	W_AND = 1 << 9,		/* "Belarus und Tatarstan" */
	W_MEET = 1 << 10,	/* "met with", "Treffen mit": the counterpart follows */
	W_WITH = 1 << 11,
	W_CITY = 1 << 12,	/* a city that is a region: no label stands by it */
	W_SAINT = 1 << 13,	/* "Sankt", "Saint", "St" before Petersburg */
	W_COUNTRY = 1 << 14,	/* Belarus itself: "Belarus und Tatarstan" */
	W_RUSSIA = 1 << 15,	/* Russia's: its minister is a guest, not a host */
	W_BODY = 1 << 16,	/* a body a title names, never a name: "State Duma" */
	W_OWNER = 1 << 17,	/* "seinen Außenminister", "former President": someone else's,
				 * or once: not the title of the one met */
	W_FOR = 1 << 18,	/* "Special Envoy for Ukraine": a title's, after it */
	W_PLAN = 1 << 19,	/* "will meet with", "bevorstehende Gespräche mit": a meeting
				 * to come, not the one reported */
	W_ANY_REGION = 1 << 20,	/* a title of no region ("envoy", "leader"): "Trump envoy"
				 * names none */
	W_FROM = 1 << 21,	/* "a delegation from Saint Petersburg": where a city is one's */
	W_NATION = 1 << 22,	/* a country, never a counterpart's region: "Bosnia", "Georgien" */
};

struct word {
	size_t start, len;
	int gap_ok;	/* one space, nothing else, before it */
	int capital;
	unsigned bits;
};

struct words {
	const char *s;
	size_t len;
	struct word *w;
	size_t n, cap;
	int title_case;	/* "Lukashenko Offers Yaroslavl Region Joint Production" */
};

/* The bits of the listed word w (len bytes), 0 for none. */
unsigned words_bits(const char *w, size_t len);
/* Cuts len bytes of s in language lang into ws's words (ws->w grows and
 * stays for the next call; the caller frees it). */
void words_split(const char *s, size_t len, enum lang lang, struct words *ws);
/* Whether word i of ws is the host's surname (Lukashenko, Lukaschenko,
 * Łukašenka: any spelling fold_name keys alike). */
int words_host(const struct words *ws, size_t i, enum lang lang);
/* Whether w can be part of a name: capitalized, not a label or title. */
int words_name(const struct word *w);
/* The length of the run of name words from i: at most max, none with the
 * bits stop, one space between them. */
size_t words_run(const struct words *ws, size_t i, size_t max, unsigned stop);
/* Whether s has no lower-case letter ("SANKT PETERSBURG" of a dateline). */
int words_all_capitals(const char *s, size_t len);
/* Whether w ends in one of ends[0..n) with more than two letters before. */
int words_ends_in(const struct words *ws, const struct word *w, const char *const *ends, size_t n);

#endif
