/*
 * debris: what of a scraped page is not the article, told by its shape
 * (part of the "clean" step; article.c builds the article from the rest).
 *
 * A page is a head, a body and a tail. The head is the run of lines before
 * the first sentence: menus, the day the page was fetched, weather and
 * currency tickers, counters, the date-time line, the headline, captions.
 * The tail is what follows the last paragraph: subscribe and share blocks,
 * "more news" and related-link lists, site labels, lines in another script.
 * Inside the body, photo credits and page bullets. Each is recognised by
 * its shape (short lines without a sentence's end, runs of list items,
 * figures with a currency code, a weekday and a date without a time); a
 * table of the labels the sites use helps, but no line needs to be in it.
 */
#ifndef TANDEM_DEBRIS_H
#define TANDEM_DEBRIS_H

#include <stddef.h>

/* What a line of a page is. */
enum debris_kind {
	DEBRIS_NONE,	/* the article's text */
	DEBRIS_TITLE,	/* the headline */
	DEBRIS_DATE,	/* a line of the article's date and time */
	DEBRIS_CHROME,	/* menus, labels, tickers, weather, the page's own date */
	DEBRIS_BULLET,	/* page bullets and counters ("  • 11", "- 8:50") */
	DEBRIS_CREDIT,	/* photo credits and captions */
	DEBRIS_TRAILER,	/* the tail: links, subscribe blocks, notes of the site */
};

/* One line (or hard-wrapped block) of a page: clean UTF-8, spaces squeezed. */
struct page_line {
	const char *text;
	size_t len;
};

/* Sorts each of the n lines into kinds[i]. */
void debris_classify(const struct page_line *lines, size_t n, unsigned char *kinds);

/* Whether a line is a link, not text: an address in it, or ending in ">>" or
 * " »" ("Mehr »"). */
int debris_is_link(const char *s, size_t len);
/* Whether a line is a page bullet or counter ("• 11", "- 7", "- 8:50"). */
int debris_is_bullet(const char *s, size_t len);

#endif
