/*
 * decode: a file's bytes to code points, before text.c cleans them. UTF-8
 * (an invalid byte becomes U+FFFD), UTF-16 with its byte order mark, and
 * Windows-1252 for a file that is not UTF-8 and looks like it; then
 * mojibake mended: UTF-8 that was read as Windows-1252 or a DOS code page
 * (850, 852, 437) and encoded again ("PrÃ¤sident", "Pr├Ąsident") goes
 * back to what it was, where the whole run decodes to plausible letters.
 */
#ifndef TANDEM_DECODE_H
#define TANDEM_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* Code points decoded from the input, before cleaning. */
struct ucs {
	uint32_t *c;
	size_t n, cap;
};

/* Builds the code pages' tables once, whichever thread asks first; before
 * any other call (text_clean does). */
void decode_init(void);
/* Appends the code points of len bytes p to u, adding to *repairs
 * TEXT_UTF16, TEXT_CP1252 or TEXT_INVALID for what it had to do. */
void decode_bytes(const uint8_t *p, size_t len, struct ucs *u, unsigned *repairs);
/* Replaces each run of mojibake in u by what it was made from; says
 * whether there was one. */
int decode_mend(struct ucs *u);
/* Whether the character prev, before the UTF-8 bytes s (len of them),
 * starts mojibake with the characters they begin with. */
int decode_mojibake_before(uint32_t prev, const uint8_t *s, size_t len);

#endif
