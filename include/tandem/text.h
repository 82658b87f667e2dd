/*
 * text: bytes as read from a file to clean NFC UTF-8 (the "read" step).
 *
 * Everything tandem shows, searches or exports went through text_clean():
 * decoding (UTF-8, UTF-16 with BOM, Windows-1252 fallback), mojibake
 * repair (UTF-8 that was read as Windows-1252 or a DOS code page and
 * written out again: "PrÃ¤sident", "Pr├Ąsident"), line endings,
 * normalization, and making control and bidi characters inert so that no
 * byte of a file can reach a terminal raw. It also holds the measuring
 * routines: display width of UTF-8 text, in columns.
 *
 * Soft hyphens (U+00AD) stay in clean text: they mark where a word may
 * break. They are never shown as they are: a line that breaks at one ends
 * with '-' (wrap.h), and everywhere else they are left out: they take no
 * column, are not counted as characters, are inside the word they split,
 * and fold to nothing.
 */
#ifndef TANDEM_TEXT_H
#define TANDEM_TEXT_H

#include <stddef.h>
#include <stdint.h>

struct buf;

/* What text_clean() had to repair; one table gives each its reason. */
#define TEXT_REPAIRS(X) \
	X(CP1252,   "not UTF-8, read as Windows-1252") \
	X(UTF16,    "UTF-16, converted to UTF-8") \
	X(INVALID,  "invalid UTF-8 replaced by U+FFFD") \
	X(NUL,      "NUL bytes removed") \
	X(CONTROL,  "control characters shown as placeholders") \
	X(BIDI,     "bidirectional overrides removed") \
	X(MOJIBAKE, "mojibake (UTF-8 read as Windows-1252 or a DOS code page) repaired")

enum text_repair_bit {
#define X(name, reason) TEXT_BIT_##name,
	TEXT_REPAIRS(X)
#undef X
	TEXT_BIT_COUNT	/* at most 16: struct article keeps the bits in a uint16_t */
};
enum text_repair {
#define X(name, reason) TEXT_##name = 1u << TEXT_BIT_##name,
	TEXT_REPAIRS(X)
#undef X
};

/*
 * Decodes and cleans len bytes. Returns NUL-terminated NFC UTF-8 with only
 * LF line ends, no BOM, no raw C0/C1 controls other than tab and newline,
 * no bidi overrides; soft hyphens are kept. A run of characters (a word, or
 * several joined by no-break spaces) that maps back through one code page
 * to valid UTF-8 of plausible characters is replaced by them; any other
 * run is kept as it is. Sets *repairs to the TEXT_* repairs
 * that deserve a warning. Caller frees.
 */
char *text_clean(const uint8_t *bytes, size_t len, size_t *outlen, unsigned *repairs);

/*
 * Bytes of unknown origin (a file name, a line of a settings file) made safe
 * to print on one line: cleaned like text_clean() but for mojibake, which
 * is kept as spelled, and tab and newline shown as control pictures too.
 * Caller frees.
 */
char *text_safe(const char *s, size_t len);

/* Writes "reason; reason" for a repairs mask into a static string. */
const char *text_repairs_describe(unsigned repairs);

/* U+00AD, kept in clean text where a word may break. */
#define TEXT_SOFT_HYPHEN 0x00ADu

/* Display width in columns of len bytes of clean UTF-8. */
int text_width(const char *s, size_t len);
/* Characters (code points) in len bytes of clean UTF-8, soft hyphens not
 * counted. */
size_t text_chars(const char *s, size_t len);
/* The bytes of s before its first soft hyphen: len when it holds none. */
size_t text_visible_run(const char *s, size_t len);
/* Appends len bytes of s as they are shown unwrapped: without soft hyphens. */
void text_add_visible(struct buf *out, const char *s, size_t len);
/* Whether len bytes of s end with a soft hyphen. */
int text_ends_soft_hyphen(const char *s, size_t len);
/* Display width of one character (0 for combining marks). */
int text_char_width(uint32_t uc);
/* Bytes of the character at s (1..4); s must be clean UTF-8. */
int text_char_len(const char *s, size_t len, uint32_t *uc);
/*
 * The longest prefix of s (at most len bytes) that fits in width columns,
 * without splitting a character or separating a combining mark from its
 * letter. Returns its length in bytes; *used gets its width.
 */
size_t text_fit(const char *s, size_t len, int width, int *used);

/*
 * Finds the next word at or after *pos in s: a run of letters (with their
 * combining marks and the soft hyphens between them), or a number (digits,
 * with a single . or , between digits). Sets *start and *wlen, moves *pos
 * past it and returns 1; returns 0 when there is none.
 */
int text_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *wlen);
/* Whether a line ends where a sentence or a quotation does (. ! ? : … and
 * closing quotes). */
int text_ends_sentence(const char *s, size_t len);
/* Whether a sentence starts at s[st]: the text's start, or a full stop,
 * question or exclamation mark and spaces before it. */
int text_sentence_starts(const char *s, size_t st);
/* Moves *i past the spaces at s[*i]. */
void text_skip_spaces(const char *s, size_t len, size_t *i);
/* Whether the word at s starts with an upper-case letter; with a digit. */
int text_is_capitalized(const char *s, size_t len);
int text_is_number(const char *s, size_t len);

#endif
