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

/* Windows-1252's 0x80..0x9F; 0 where the code page leaves a hole. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static const char *const repair_reasons[] = {
#define X(name, reason) reason,
	TEXT_REPAIRS(X)
#undef X
};

/* Code points decoded from the input, before cleaning. */
struct ucs {
	uint32_t *c;
	size_t n, cap;
};

static void
ucs_add(struct ucs *u, uint32_t c)
{
	u->c = xgrow(u->c, &u->cap, u->n + 1, sizeof(*u->c));
	u->c[u->n++] = c;
}

static void
decode_utf16(const uint8_t *p, size_t len, int big, struct ucs *u)
{
	size_t i;

	for (i = 0; i + 1 < len; i += 2) {
		uint32_t c = big ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i + 1] << 8 | p[i]);

		if (c >= 0xD800 && c < 0xDC00 && i + 3 < len) {
			uint32_t lo = big ? (uint32_t)(p[i + 2] << 8 | p[i + 3]) : (uint32_t)(p[i + 3] << 8 | p[i + 2]);

			if (lo >= 0xDC00 && lo < 0xE000) {
				ucs_add(u, 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00));
				i += 2;
				continue;
			}
		}
		ucs_add(u, c >= 0xD800 && c < 0xE000 ? 0xFFFD : c);
	}
	if (i < len)
		ucs_add(u, 0xFFFD);
}

/* UTF-8 with every invalid byte as U+FFFD. Returns how many were invalid. */
static size_t
decode_utf8(const uint8_t *p, size_t len, struct ucs *u)
{
	size_t i = 0, bad = 0;

	while (i < len) {
		ucs4_t c;
		int n = u8_mbtoucr(&c, p + i, len - i);

		if (n <= 0) {
			ucs_add(u, 0xFFFD);
			bad++;
			i++;
			continue;
		}
		ucs_add(u, c);
		i += (size_t)n;
	}
	return bad;
}

/* A file that is not UTF-8 reads as Windows-1252 when it holds no valid
 * multi-byte UTF-8 sequence at all and none of the code page's holes. */
static int
looks_cp1252(const uint8_t *p, size_t len)
{
	size_t i = 0;

	while (i < len) {
		ucs4_t c;
		int n;

		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] < 0xA0 && cp1252_high[p[i] - 0x80] == 0)
			return 0;
		n = u8_mbtoucr(&c, p + i, len - i);
		if (n > 1)
			return 0;
		i++;
	}
	return 1;
}

static void
decode_cp1252(const uint8_t *p, size_t len, struct ucs *u)
{
	size_t i;

	for (i = 0; i < len; i++)
		ucs_add(u, p[i] >= 0x80 && p[i] < 0xA0 ? cp1252_high[p[i] - 0x80] : p[i]);
}

static void
decode(const uint8_t *p, size_t len, struct ucs *u, unsigned *repairs)
{
	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		decode_utf16(p + 2, len - 2, p[0] == 0xFE, u);
		*repairs |= TEXT_UTF16;
		return;
	}
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		p += 3;
		len -= 3;
	}
	if (u8_check(p, len) == NULL) {
		decode_utf8(p, len, u);
	} else if (looks_cp1252(p, len)) {
		decode_cp1252(p, len, u);
		*repairs |= TEXT_CP1252;
	} else {
		decode_utf8(p, len, u);
		*repairs |= TEXT_INVALID;
	}
}

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
	} else if (c == 0x00AD || c == 0xFEFF) {
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
 * printable character of Latin-1, Latin Extended-A and -B, General
 * Punctuation (but its two singletons, line and paragraph separators, and
 * bidi controls) or Currency Symbols. None composes with its neighbours.
 */
static int
stays_as_is(uint32_t c)
{
	if (c < 0x80)
		return (c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n';
	if (c >= 0xA0 && c <= 0x24F)
		return c != 0xAD;
	if (c >= 0x2002 && c <= 0x206F)
		return c != 0x2028 && c != 0x2029 && !is_bidi_control(c);
	return c >= 0x20A0 && c <= 0x20CF;
}

/* Whether len bytes are already clean NFC UTF-8 but for CR LF line ends:
 * the common case, which then skips decoding to code points, cleaning and
 * normalization. */
static int
is_clean(const uint8_t *p, size_t len)
{
	size_t i = 0;

	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return 0;
	while (i < len) {
		ucs4_t c;
		int n;

		if ((p[i] >= 0x20 && p[i] < 0x7F) || (p[i] == '\r' && i + 1 < len && p[i + 1] == '\n')) {
			i++;
			continue;
		}
		n = u8_mbtoucr(&c, p + i, len - i);
		if (n <= 0 || !stays_as_is(c))
			return 0;
		i += (size_t)n;
	}
	return 1;
}

char *
text_clean(const uint8_t *bytes, size_t len, size_t *outlen, unsigned *repairs)
{
	struct ucs u = { 0 };
	size_t i, n = 0, end, u8len = 0, nfclen = 0;
	uint8_t *u8, *nfc;
	char *s;

	*repairs = 0;
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
	decode(bytes, len, &u, repairs);
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
text_safe(const char *s, size_t len)
{
	size_t n, i;
	unsigned repairs;
	char *clean = text_clean((const uint8_t *)s, len, &n, &repairs);
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

size_t
text_chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;	/* every byte but a continuation */
	return n;
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

static int
is_ascii_letter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

static int
is_ascii_digit(unsigned char c)
{
	return (unsigned)(c - '0') < 10;
}

/* Where a word starting with a letter ends: ASCII letters, and other
 * letters and combining marks looked up in libunistring. */
static size_t
letters_end(const char *s, size_t len, size_t i)
{
	while (i < len) {
		uint32_t c;
		int n;

		if ((unsigned char)s[i] < 0x80) {
			if (!is_ascii_letter((unsigned char)s[i]))
				break;
			i++;
			continue;
		}
		n = text_char_len(s + i, len - i, &c);
		if (!uc_is_alpha(c) && !uc_is_property_combining(c))
			break;
		i += (size_t)n;
	}
	return i;
}

/* Where a number ends: digits, with a single . or , between digits. */
static size_t
number_end(const char *s, size_t len, size_t i)
{
	while (i < len && (is_ascii_digit((unsigned char)s[i]) ||
	    ((s[i] == '.' || s[i] == ',') && i + 1 < len && is_ascii_digit((unsigned char)s[i + 1]))))
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
			if (is_ascii_letter(b) || is_ascii_digit(b))
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
	i = is_ascii_digit((unsigned char)s[i]) ? number_end(s, len, i) : letters_end(s, len, i);
	*wlen = i - *start;
	*pos = i;
	return 1;
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
