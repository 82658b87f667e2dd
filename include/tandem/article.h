/*
 * article: clean text to an article (the "clean" step).
 *
 * Splits clean text into paragraphs, removes scraping debris (repeated runs
 * of paragraphs, page bullets, photo credits, a trailing block of links to
 * other stories) and counts what it removed, and reads the metadata: title,
 * dateline place and date, time, source, language, and the counterpart of
 * the meeting (region and person) where the text names one.
 */
#ifndef TANDEM_ARTICLE_H
#define TANDEM_ARTICLE_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/dates.h"
#include "tandem/fold.h"

enum source { SOURCE_UNKNOWN, SOURCE_BELTA, SOURCE_PRESIDENT };

/* What article_parse() removed, one counter a kind of debris. */
#define ARTICLE_DEBRIS(X) \
	X(repeated, "repeated paragraphs") \
	X(bullets,  "page bullets") \
	X(credits,  "photo credits") \
	X(trailer,  "trailing links to other stories") \
	X(empty,    "empty paragraphs") \
	X(chrome,   "page chrome: menus, labels, tickers, the day the page was fetched") \
	X(dates,    "date and time lines")

struct article_debris {
#define X(name, what) uint32_t name;
	ARTICLE_DEBRIS(X)
#undef X
};

struct paragraph {
	char *text;	/* one line of NFC UTF-8, runs of white space made one space */
	size_t len;
};

/*
 * Who holds an article's memory, and so frees it: the article itself with
 * its strings (a->held), and its paragraphs' text (a->text_held, which is
 * ARTICLE_APART or ARTICLE_INDEX). Recorded where the memory is made;
 * nothing else tells (corpus.h gives the rule).
 */
enum article_holder {
	ARTICLE_APART,	/* the heap, each string and each paragraph's text a
			 * block of its own (article_parse(), a file read) */
	ARTICLE_CORPUS,	/* a corpus (corpus_compact()): the article one block with
			 * its name, title and person; place and region kept once
			 * in the corpus's strings */
	ARTICLE_INDEX,	/* a mapped index: the article in its array, the strings
			 * and the paragraphs' text in its mapping */
};

struct article {
	char *name;		/* file name without .txt */
	char *title;
	char *place;		/* dateline place ("Minsk"), NULL if none */
	char *region;		/* counterpart region ("Kalmückien"), or NULL */
	char *person;		/* counterpart person ("Batu Chassikow"), or NULL */
	struct date date;
	int hour, minute;	/* -1 when the text gives no time */
	enum source source;
	enum lang lang;
	struct article_debris debris;
	uint16_t repairs;	/* TEXT_* repairs made while reading (text.h) */
	uint8_t held;		/* enum article_holder: of a and its strings */
	uint8_t text_held;	/* enum article_holder: of its paragraphs' text */
	uint32_t keys;		/* handle of its grouping keys (meeting.h) */
	/* In a corpus, the paragraphs are read when first asked for (corpus_text);
	 * until then paragraphs is NULL and nparagraphs already tells how many. */
	struct paragraph *paragraphs;	/* the array always a's own */
	size_t nparagraphs;
	uint64_t text_at;	/* where the corpus's index holds them; 0: not there */
	size_t dateline_len;	/* bytes of paragraph 1 that are its dateline */
};	/* in this order, no padding: 100,000 of them are kept (136 bytes each) */

/*
 * Parses clean text (from text_clean) into a new article named name, held
 * apart (ARTICLE_APART). Never fails; an article may have no paragraphs.
 * Free with article_free().
 */
struct article *article_parse(const char *name, const char *text, size_t len);
/* Frees what a holds, as a->held and a->text_held say: its paragraphs, and
 * a itself with the strings that are its own, unless an index holds it
 * (then index_close() frees it). */
void article_free(struct article *a);
/* Lets go of a's paragraphs (their text too when it is a's own); a keeps
 * nparagraphs, so that they can be read again. */
void article_release_text(struct article *a);

/*
 * The article's own headline: its title, unless that was made from its name
 * or from its lead sentence (which its first paragraph holds); NULL then.
 * Needs the paragraphs read. Borrowed from a.
 */
const char *article_headline(const struct article *a);

/* Total of the debris counters. */
size_t article_debris_total(const struct article *a);

const char *source_name(enum source s);

#endif
