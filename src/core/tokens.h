/*
 * tokens: the paragraphs of one side of a pair being aligned, as the words
 * and figures the other side may hold (align.c weighs them).
 *
 * Each paragraph's tokens carry the keys they can be found by: a word's
 * folded form, its cognate prefix, its stem (English) or its translations
 * (German, through the lexicon), a figure's values in every convention. A
 * name of several words is one token; a token said twice in a paragraph
 * counts once. side_find() then looks each token up among the paragraphs
 * of the other side that its paragraph may be paired with (the band's
 * window, wlo..whi), so that weighing a bead is a binary search a token.
 */
#ifndef TANDEM_TOKENS_H
#define TANDEM_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "tandem/article.h"
#include "tandem/util.h"

/* Sentences of a paragraph told apart; the rest count as its last. */
#define SENTENCES_MAX 64
/* Letters of a folded word that make a cognate's key. */
#define COGNATE_PREFIX 5
/* The shortest folded key of a word that is not a name. */
#define SKELETON_MIN 4
/* Paragraphs prepared or looked up between two questions to stop. */
#define PARAGRAPHS_PER_ASK 64

/* Stem ids of the lexicon and interned keys share one space: stems high. */
#define STEM_ID(x) (0x80000000u | (x))

/* One word or figure of a paragraph; its ids are the keys it can be found
 * by: its folded form, its stems or translations, a figure's values. */
struct token {
	uint32_t first;		/* into side.ids */
	uint16_t nids;
	unsigned char figure;
	unsigned char known;	/* the dictionary has the word */
	uint16_t sentence;	/* of its paragraph, from 0 */
	uint32_t found;		/* into side.found: the other side's paragraphs */
	uint32_t nfound;	/* that hold it (in the band) */
};

struct para {
	size_t chars;
	size_t nsentences;	/* 1 to SENTENCES_MAX */
	uint32_t sentence;	/* into side.sentence_chars */
	uint32_t wlo, whi;	/* the other side's paragraphs it may be paired with */
	uint32_t tok, ntok;	/* into side.tok */
	uint32_t offer, noffer;	/* into side.offer: every id of its tokens, sorted */
};

struct side {
	size_t n;
	struct para *p;
	struct token *tok;
	size_t ntok, tcap;
	uint32_t *ids, *offer, *found;
	size_t nids, icap, noffer, ocap, nfound, fcap;
	uint32_t *sentence_chars;	/* of every paragraph's sentences */
	size_t nsentences, scap;
	double chars;
};

/* Prepares a's paragraphs, interning their keys in keys (translations and
 * stems only when translate is set); -1 when stop said to. The caller
 * frees sd with side_free() either way. */
int side_prepare(struct side *sd, const struct article *a, enum lang lang, struct intern *keys, int translate,
    const struct stop *stop);
void side_free(struct side *sd);
/* Where a's tokens are found among b's paragraphs in each paragraph's
 * window; -1 when stop said to. */
int side_find(struct side *a, const struct side *b, const struct stop *stop);
/* Whether token t of sd is found in the other side's paragraphs j..j+nj-1. */
int side_found_in(const struct side *sd, const struct token *t, size_t j, size_t nj);
/* Every (id, paragraph) of sd's tokens, sorted; *n gets how many. Caller frees. */
struct id_pair *side_postings(const struct side *sd, size_t *n);

/* One candidate anchor: an id that one paragraph on each side holds. */
struct anchor {
	uint32_t de, en;
};
/* The anchors of de and en: ids (names and figures) held by one paragraph
 * on each side, the longest chain of them that runs forward on both.
 * Returns how many, into *out (caller frees). */
size_t side_anchors(const struct side *de, const struct side *en, struct anchor **out);

#endif
