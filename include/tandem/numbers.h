/*
 * numbers: the figures of running text read as values, so that a German
 * figure and its English translation compare equal.
 *
 * German writes 1,2 Milliarden, 22.500 and 22 500 where English writes
 * 1.2 billion, 22,500 and 22 500; both write shares as 22 %, 22 Prozent or
 * 22 percent. numbers_next() reads a figure with the words that scale it
 * (Mrd., Milliarden, billion, Mio., million, Tausend) and the currency or
 * share that goes with it, and gives it as keys: short strings that are
 * equal when the values are. A figure whose separators allow two readings
 * (German 1.500: 1500, or 1.5 as an English decimal) gets the keys of both.
 * Alignment compares paragraphs by these keys.
 */
#ifndef TANDEM_NUMBERS_H
#define TANDEM_NUMBERS_H

#include <stddef.h>
#include "tandem/fold.h"

/* The most keys one figure gives, and the longest key with its NUL. */
#define NUMBER_KEYS 6
#define NUMBER_KEY_SIZE 24

struct figure {
	size_t start, end;	/* the bytes of the text it was read from */
	size_t nkeys;
	char keys[NUMBER_KEYS][NUMBER_KEY_SIZE];	/* "22500", "1.2e+09", "22%" */
	const char *currency;	/* "USD", "EUR", "RUB", "BYN", or NULL */
};

/*
 * Reads the next figure at or after *pos in s (len bytes of clean UTF-8
 * in lang's conventions) into f, moves *pos past it (and past the scale,
 * share or currency words read with it) and returns 1; 0 when there is none.
 */
int numbers_next(const char *s, size_t len, enum lang lang, size_t *pos, struct figure *f);

/* The currency code a word names ("Dollar", "rubles", "USD"), or NULL. */
const char *numbers_currency(const char *word, size_t len);

#endif
