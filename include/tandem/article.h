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
	unsigned repairs;	/* TEXT_* repairs made while reading */
	uint32_t keys;		/* handle of its grouping keys (meeting.h) */
	/* In a corpus, the paragraphs are read when first asked for (corpus_text);
	 * until then paragraphs is NULL and nparagraphs already tells how many. */
	struct paragraph *paragraphs;
	size_t nparagraphs;
	uint64_t text_at;	/* where the corpus's index holds them; 0: not there */
	size_t dateline_len;	/* bytes of paragraph 1 that are its dateline */
};	/* in this order, no padding: 100,000 of them are kept */

/*
 * Parses clean text (from text_clean) into a new article named name.
 * Never fails; an article may have no paragraphs. Free with article_free().
 */
struct article *article_parse(const char *name, const char *text, size_t len);
void article_free(struct article *a);

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
