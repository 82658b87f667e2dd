/* text: bytes to clean NFC UTF-8, and display widths. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>
#include <uninorm.h>
#include <unictype.h>

#include "tandem/text.h"
#include "tandem/util.h"
#include "decode.h"

static const char *const repair_reasons[] = {
#define X(name, reason) reason,
	TEXT_REPAIRS(X)
#undef X
};

static int
is_bidi_control(uint32_t c)
{
	return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x200E || c == 0x200F || c == 0x061C;
}

/*
 * One decoded character to what clean text holds in its place: itself,
 * a replacement, or nothing (returns 0).
 */
static int
clean_char(uint32_t c, uint32_t next, uint32_t *out, unsigned *repairs)
{
	if (c == '\r') {
		if (next == '\n')
			return 0;
		c = '\n';
	} else if (c == 0) {
		*repairs |= TEXT_NUL;
		return 0;
	} else if (c == 0x2028 || c == 0x2029) {
		c = '\n';
	} else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
		*repairs |= TEXT_CONTROL;
		c = c == 0x7F ? 0x2421 : 0x2400 + c;	/* the Control Pictures block */
	} else if (c >= 0x80 && c < 0xA0) {
		*repairs |= TEXT_CONTROL;
		c = 0xFFFD;
	} else if (c == 0xFEFF) {
		return 0;
	} else if (is_bidi_control(c)) {
		*repairs |= TEXT_BIDI;
		return 0;
	}
	*out = c;
	return 1;
}

/*
 * Whether c is kept as it is by cleaning and by NFC wherever it stands: a
 * printable character of Latin-1 (the soft hyphen too), Latin Extended-A
 * and -B, General Punctuation (but its two singletons, line and paragraph
 * separators, and bidi controls) or Currency Symbols. None composes with
 * its neighbours.
 */
static int
stays_as_is(uint32_t c)
{
	if (c < 0x80)
		return (c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n';
	if (c >= 0xA0 && c <= 0x24F)
		return 1;
	if (c >= 0x2002 && c <= 0x206F)
		return c != 0x2028 && c != 0x2029 && !is_bidi_control(c);
	return c >= 0x20A0 && c <= 0x20CF;
}

/* Whether len bytes are already clean NFC UTF-8 but for CR LF line ends,
 * with no sign of mojibake: the common case, which then skips decoding to
 * code points, cleaning and normalization. */
static int
is_clean(const uint8_t *p, size_t len)
{
	size_t i = 0;

	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return 0;
	while (i < len) {
		ucs4_t c;
		int n;

		while (p[i] >= 0x20 && p[i] < 0x7F)	/* printable ASCII, most of a text */
			if (++i == len)
				return 1;
		if (p[i] == '\r' && i + 1 < len && p[i + 1] == '\n') {
			i++;
			continue;
		}
		n = u8_mbtoucr(&c, p + i, len - i);
		if (n <= 0 || !stays_as_is(c))
			return 0;
		i += (size_t)n;
		if (i < len && p[i] >= 0x80 && decode_mojibake_before(c, p + i, len - i))
			return 0;
	}
	return 1;
}

/* text_clean(), and mojibake repaired when mend is set. */
static char *
clean_bytes(const uint8_t *bytes, size_t len, size_t *outlen, unsigned *repairs, int mend)
{
	struct ucs u = { 0 };
	size_t i, n = 0, end, u8len = 0, nfclen = 0;
	uint8_t *u8, *nfc;
	char *s;
	int pass;

	*repairs = 0;
	decode_init();
	if (is_clean(bytes, len)) {
		s = xmalloc(len + 1);
		for (i = 0; i < len; i = end + 1) {	/* each CR stands before LF: dropped */
			const uint8_t *cr = memchr(bytes + i, '\r', len - i);

			end = cr != NULL ? (size_t)(cr - bytes) : len;
			memcpy(s + n, bytes + i, end - i);
			n += end - i;
		}
		s[n] = '\0';
		if (outlen != NULL)
			*outlen = n;
		return s;
	}
	decode_bytes(bytes, len, &u, repairs);
	if (*repairs & TEXT_CP1252)	/* its bytes were never UTF-8 */
		mend = 0;
	for (pass = 0; mend && pass < 3 && decode_mend(&u); pass++)	/* twice mangled: twice */
		*repairs |= TEXT_MOJIBAKE;
	for (i = 0; i < u.n; i++) {
		uint32_t c;

		if (clean_char(u.c[i], i + 1 < u.n ? u.c[i + 1] : 0, &c, repairs))
			u.c[n++] = c;
	}
	u8 = u32_to_u8(u.c, n, NULL, &u8len);
	free(u.c);
	if (u8 == NULL)
		die("out of memory");
	nfc = u8_normalize(UNINORM_NFC, u8, u8len, NULL, &nfclen);
	free(u8);
	if (nfc == NULL)
		die("out of memory");
	s = xstrndup((const char *)nfc, nfclen);
	free(nfc);
	if (outlen != NULL)
		*outlen = nfclen;
	return s;
}

char *
text_clean(const uint8_t *bytes, size_t len, size_t *outlen, unsigned *repairs)
{
	return clean_bytes(bytes, len, outlen, repairs, 1);
}

/* A name is shown as it is spelled, mojibake and all: the user looks for
 * the file by it. */
char *
text_safe(const char *s, size_t len)
{
	size_t n, i;
	unsigned repairs;
	char *clean = clean_bytes((const uint8_t *)s, len, &n, &repairs, 0);
	struct buf b = { 0 };

	for (i = 0; i < n; i++) {
		if (clean[i] == '\t')
			buf_adds(&b, "\xe2\x90\x89");	/* U+2409 */
		else if (clean[i] == '\n')
			buf_adds(&b, "\xe2\x90\x8a");	/* U+240A */
		else
			buf_addc(&b, clean[i]);
	}
	free(clean);
	return buf_detach(&b, NULL);
}

const char *
text_repairs_describe(unsigned repairs)
{
	static char out[512];
	size_t i;

	out[0] = '\0';
	for (i = 0; i < TEXT_BIT_COUNT; i++) {
		if (!(repairs & (1u << i)))
			continue;
		if (out[0] != '\0')
			strcat(out, "; ");
		strcat(out, repair_reasons[i]);
	}
	return out;
}

int
text_char_width(uint32_t uc)
{
	int w;

	if (uc < 0x7F)
		return uc >= 0x20;
	w = uc_width(uc, "UTF-8");
	return w < 0 ? 1 : w;
}

int
text_char_len(const char *s, size_t len, uint32_t *uc)
{
	ucs4_t c;
	int n;

	if ((unsigned char)s[0] < 0x80) {
		*uc = (unsigned char)s[0];
		return 1;
	}
	n = u8_mbtouc(&c, (const uint8_t *)s, len);
	*uc = c;
	return n < 1 ? 1 : n;
}

/* Whether s[i] starts a soft hyphen. */
static int
is_soft_hyphen(const char *s, size_t len, size_t i)
{
	return (unsigned char)s[i] == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xAD;
}

size_t
text_chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)	/* every byte but a continuation, and no soft hyphen */
		n += ((unsigned char)s[i] & 0xC0) != 0x80 && !is_soft_hyphen(s, len, i);
	return n;
}

size_t
text_visible_run(const char *s, size_t len)
{
	const char *at = s;

	while ((at = memchr(at, 0xAD, len - (size_t)(at - s))) != NULL) {
		if (at > s && (unsigned char)at[-1] == 0xC2)
			return (size_t)(at - 1 - s);
		at++;
	}
	return len;
}

void
text_add_visible(struct buf *out, const char *s, size_t len)
{
	size_t run;

	do {
		run = text_visible_run(s, len);
		buf_add(out, s, run);
		run = run < len ? run + 2 : len;	/* past the soft hyphen */
		s += run;
		len -= run;
	} while (len > 0);
}

int
text_ends_soft_hyphen(const char *s, size_t len)
{
	return len >= 2 && is_soft_hyphen(s, len, len - 2);
}

int
text_width(const char *s, size_t len)
{
	size_t i = 0;
	int w = 0;

	while (i < len) {
		uint32_t c;

		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			w++;
			i++;
			continue;
		}
		i += (size_t)text_char_len(s + i, len - i, &c);
		w += text_char_width(c);
	}
	return w;
}

size_t
text_fit(const char *s, size_t len, int width, int *used)
{
	size_t i = 0;
	int w = 0;

	while (i < len) {
		uint32_t c;
		int n = text_char_len(s + i, len - i, &c);
		int cw = text_char_width(c);

		if (cw > 0 && w + cw > width)
			break;
		w += cw;
		i += (size_t)n;
	}
	if (used != NULL)
		*used = w;
	return i;
}

/* The bytes of the letter (or, with marks, combining mark) at s[i]; 0 when
 * there is none. */
static int
letter_len(const char *s, size_t len, size_t i, int marks)
{
	uint32_t c;
	int n;

	if ((unsigned char)s[i] < 0x80)
		return ascii_isalpha((unsigned char)s[i]);
	n = text_char_len(s + i, len - i, &c);
	return uc_is_alpha(c) || (marks && uc_is_property_combining(c)) ? n : 0;
}

/* Where a word starting with a letter ends: ASCII letters, and other
 * letters and combining marks looked up in libunistring; a soft hyphen
 * between letters is inside the word. */
static size_t
letters_end(const char *s, size_t len, size_t i)
{
	while (i < len) {
		int n = letter_len(s, len, i, 1);

		if (n == 0 && is_soft_hyphen(s, len, i) && i + 2 < len && letter_len(s, len, i + 2, 0) > 0)
			n = 2;
		if (n == 0)
			break;
		i += (size_t)n;
	}
	return i;
}

/* Where a number ends: digits, with a single . or , between digits. */
static size_t
number_end(const char *s, size_t len, size_t i)
{
	while (i < len && (ascii_isdigit((unsigned char)s[i]) ||
	    ((s[i] == '.' || s[i] == ',') && i + 1 < len && ascii_isdigit((unsigned char)s[i + 1]))))
		i++;
	return i;
}

int
text_next_word(const char *s, size_t len, size_t *pos, size_t *start, size_t *wlen)
{
	size_t i = *pos;

	while (i < len) {
		unsigned char b = (unsigned char)s[i];
		uint32_t c;
		int n;

		if (b < 0x80) {
			if (ascii_isalpha(b) || ascii_isdigit(b))
				break;
			i++;
			continue;
		}
		n = text_char_len(s + i, len - i, &c);
		if (uc_is_alpha(c) && !uc_is_property_combining(c))
			break;	/* a combining mark starts no word */
		i += (size_t)n;
	}
	if (i >= len)
		return 0;
	*start = i;
	i = ascii_isdigit((unsigned char)s[i]) ? number_end(s, len, i) : letters_end(s, len, i);
	*wlen = i - *start;
	*pos = i;
	return 1;
}

int
text_sentence_starts(const char *s, size_t st)
{
	while (st > 0 && s[st - 1] == ' ')
		st--;
	return st == 0 || s[st - 1] == '.' || s[st - 1] == '!' || s[st - 1] == '?';
}

int
text_ends_sentence(const char *s, size_t len)
{
	static const char *const ends[] = { ".", "!", "?", ":", "\"", "“", "”", "»", "«", "…", "。", "！", "？" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ends); i++) {
		size_t k = strlen(ends[i]);

		if (len >= k && memcmp(s + len - k, ends[i], k) == 0)
			return 1;
	}
	return 0;
}

void
text_skip_spaces(const char *s, size_t len, size_t *i)
{
	while (*i < len && s[*i] == ' ')
		(*i)++;
}

int
text_is_capitalized(const char *s, size_t len)
{
	uint32_t c;

	if (len == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	text_char_len(s, len, &c);
	return uc_is_upper(c);
}

int
text_is_number(const char *s, size_t len)
{
	return len > 0 && s[0] >= '0' && s[0] <= '9';
}
