/*
 * search: finding a query in articles, ignoring case and, for a query
 * written without diacritics, diacritics too (the "search" step).
 *
 * Each article is folded once into a search_article: every paragraph twice,
 * by Unicode full case folding (Straße and STRASSE both give strasse, Ä gives
 * ä) and by the same with diacritics stripped (Kalmückien gives kalmuckien).
 * A query with diacritics is matched against the first folding, one without
 * against the second; there, its ae, oe and ue inside a word may also stand
 * for ä, ö and ü (kalmueckien finds Kalmückien). The article's headline is searched as well, as the
 * paragraph SEARCH_TITLE before the others. Folding changes lengths (ß gives
 * ss, a soft hyphen nothing), so each folding keeps the few places where it
 * did; a match found in folded text is mapped back to a byte range of the
 * paragraph as it is shown, whole characters only. The reader's search, the
 * list filter and --grep all use this; a search_index folds the articles of
 * a corpus as they are first asked for.
 */
#ifndef TANDEM_SEARCH_H
#define TANDEM_SEARCH_H

#include <stddef.h>
#include "tandem/corpus.h"

/* The two foldings. */
enum search_fold { SEARCH_FULL, SEARCH_PLAIN, SEARCH_FOLDS };

/* Where a folded character's length differs from the original's. */
struct search_shift {
	size_t folded, orig;	/* byte offsets of the character */
	size_t folded_len, orig_len;
	int umlaut;		/* in the plain folding: ä, ö or ü (or Ä, Ö, Ü) */
};

/* One paragraph in one folding; points into its article's buffers. */
struct search_text {
	const char *text;	/* NUL-terminated */
	size_t len;
	const struct search_shift *shifts;	/* in text order */
	size_t nshifts;
};

/* The para of a match in the article's headline, which comes before the text. */
#define SEARCH_TITLE ((size_t)-1)

struct search_article {
	const struct article *article;	/* borrowed */
	struct search_text title[SEARCH_FOLDS];	/* empty when it has no headline */
	struct search_text *paragraphs[SEARCH_FOLDS];	/* nparagraphs each */
	size_t nparagraphs;
	char *folded[SEARCH_FOLDS];	/* the paragraphs' texts, one after another */
	struct search_shift *shifts[SEARCH_FOLDS];	/* the paragraphs' shifts, likewise */
};

/* At most this many of a query's ae, oe and ue are read as umlauts; the
 * rest stand for themselves alone. */
#define SEARCH_UMLAUTS 3

/* One way of spelling a query in folded text. */
struct search_spelling {
	char *text;		/* folded, NUL-terminated */
	size_t len;
	size_t rare;		/* offset of a rare byte to look for first, or len */
	size_t umlauts[SEARCH_UMLAUTS];	/* offsets of its a, o, u that only ä, ö, ü match */
	size_t numlauts;
};

struct search_query {
	enum search_fold fold;	/* which folding of the articles it is matched against */
	/* The query as typed, folded, then (plain queries) with some of its ae, oe, ue read as umlauts. */
	struct search_spelling spellings[1 << SEARCH_UMLAUTS];
	size_t nspellings;	/* 0: no query (none yet, or freed) */
};

/* A match as a byte range of a paragraph's text, or of the headline. */
struct search_match {
	size_t para;		/* SEARCH_TITLE: in the article's headline */
	size_t off, len;
};

/*
 * Folds the query s (len bytes, any UTF-8; cleaned and normalized here) into
 * q. Returns 0, or -1 when it holds nothing to search for; then q is empty.
 * Free with search_query_free().
 */
int search_query_init(struct search_query *q, const char *s, size_t len);
void search_query_free(struct search_query *q);

/* Folds article a (borrowed; must outlive the result). Free with search_article_free(). */
struct search_article *search_article_new(const struct article *a);
/* Folds article a in q's folding only (half the work when one query is all
 * it serves, as in --grep); use it with queries of that folding alone. */
struct search_article *search_article_new_for(const struct article *a, const struct search_query *q);
void search_article_free(struct search_article *sa);

/*
 * Every match of q in sa, the headline's first, then in text order, not
 * overlapping. Stores a new array
 * in *matches (caller frees; NULL when none) and returns its length.
 */
size_t search_find(const struct search_article *sa, const struct search_query *q,
    struct search_match **matches);
/* 1 when paragraph para of sa (or its headline: SEARCH_TITLE) holds a match of q. */
int search_paragraph_has(const struct search_article *sa, size_t para, const struct search_query *q);
/* 1 when the headline or any paragraph of sa holds a match of q. */
int search_article_has(const struct search_article *sa, const struct search_query *q);

/* The foldings of a corpus's articles, made as they are first asked for. */
struct search_index {
	struct corpus *corpus;	/* borrowed; its articles' text is read */
	struct search_article **articles;	/* narticles, NULL until folded */
};

void search_index_init(struct search_index *ix, struct corpus *c);
void search_index_free(struct search_index *ix);
/* The folded article i of the corpus; the index owns it. */
const struct search_article *search_index_article(struct search_index *ix, size_t i);
/* 1 when an article of meeting m (either language) holds a match of q.
 * Articles not yet folded are folded for q alone and not kept. */
int search_meeting_has(struct search_index *ix, size_t m, const struct search_query *q);

/*
 * With on 0, every character is folded by libunistring as it comes; with 1
 * (the default), runs of ASCII are lower-cased eight bytes at a time and
 * other characters folded once and remembered. Tests compare the two.
 */
void search_set_fast_path(int on);

#endif
