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

/*
 * Mojibake: UTF-8 that was read as a single-byte code page and written out
 * as UTF-8 again ("PrÃ¤sident" through Windows-1252, "Pr├Ąsident" through
 * CP852). A page is a code page it may have gone through; PAGE_CP1252 is
 * Latin-1 too, which reads 0x80..0x9F as C1 controls.
 */
enum page { PAGE_CP1252, PAGE_CP852, PAGE_CP850, PAGE_CP437, PAGE_COUNT };

/* The DOS code pages' 0x80..0xFF. */
static const uint16_t dos_high[PAGE_COUNT - 1][128] = {
	{	/* CP852, Central European */
	0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x016F, 0x0107, 0x00E7,
	0x0142, 0x00EB, 0x0150, 0x0151, 0x00EE, 0x0179, 0x00C4, 0x0106,
	0x00C9, 0x0139, 0x013A, 0x00F4, 0x00F6, 0x013D, 0x013E, 0x015A,
	0x015B, 0x00D6, 0x00DC, 0x0164, 0x0165, 0x0141, 0x00D7, 0x010D,
	0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x0104, 0x0105, 0x017D, 0x017E,
	0x0118, 0x0119, 0x00AC, 0x017A, 0x010C, 0x015F, 0x00AB, 0x00BB,
	0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x011A,
	0x015E, 0x2563, 0x2551, 0x2557, 0x255D, 0x017B, 0x017C, 0x2510,
	0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x0102, 0x0103,
	0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
	0x0111, 0x0110, 0x010E, 0x00CB, 0x010F, 0x0147, 0x00CD, 0x00CE,
	0x011B, 0x2518, 0x250C, 0x2588, 0x2584, 0x0162, 0x016E, 0x2580,
	0x00D3, 0x00DF, 0x00D4, 0x0143, 0x0144, 0x0148, 0x0160, 0x0161,
	0x0154, 0x00DA, 0x0155, 0x0170, 0x00FD, 0x00DD, 0x0163, 0x00B4,
	0x00AD, 0x02DD, 0x02DB, 0x02C7, 0x02D8, 0x00A7, 0x00F7, 0x00B8,
	0x00B0, 0x00A8, 0x02D9, 0x0171, 0x0158, 0x0159, 0x25A0, 0x00A0,
	}, {	/* CP850, Western European */
	0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
	0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
	0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
	0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
	0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
	0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
	0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,
	0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
	0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
	0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
	0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE,
	0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
	0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
	0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
	0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
	0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
	}, {	/* CP437, the original PC's */
	0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
	0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
	0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
	0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
	0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
	0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
	0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
	0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
	0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
	0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
	0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
	0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
	0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
	0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
	0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
	0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
	},
};

/* Above every character a page's high half holds (U+25A0 is the highest). */
#define PAGE_TOP 0x25A1

/*
 * Each page's byte for a character below PAGE_TOP (0: not in its high
 * half), and the pages in which the character is a UTF-8 lead byte
 * (0xC2..0xF4, bit 1 << page) or a continuation byte (0x80..0xBF, bit
 * 0x10 << page). Built on first use from the tables above; tandem reads
 * on one thread.
 */
static struct {
	int built;
	uint8_t byte[PAGE_TOP][PAGE_COUNT];
	uint8_t role[PAGE_TOP];
} pages;

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

static void
page_add(enum page p, uint32_t c, unsigned b)
{
	pages.byte[c][p] = (uint8_t)b;
	if (b >= 0xC2 && b <= 0xF4)
		pages.role[c] |= (uint8_t)(1u << p);
	else if (b < 0xC0)
		pages.role[c] |= (uint8_t)(0x10u << p);
}

static void
pages_build(void)
{
	unsigned b;
	int p;

	if (pages.built)
		return;
	for (b = 0x80; b < 0x100; b++) {
		uint32_t c = b < 0xA0 ? cp1252_high[b - 0x80] : b;

		page_add(PAGE_CP1252, c != 0 ? c : b, b);
		if (b < 0xA0)	/* read as Latin-1: a C1 control */
			page_add(PAGE_CP1252, b, b);
		for (p = PAGE_CP1252 + 1; p < PAGE_COUNT; p++)
			page_add((enum page)p, dos_high[p - 1][b - 0x80], b);
	}
	pages.built = 1;
}

/* The pages in which a, b could be the first two bytes of a UTF-8
 * character. */
static unsigned
mojibake_pair(uint32_t a, uint32_t b)
{
	if (a < 0x80 || a >= PAGE_TOP || b < 0x80 || b >= PAGE_TOP)
		return 0;
	return pages.role[a] & (pages.role[b] >> 4) & 0x0Fu;
}

static int
is_ascii_letter(uint32_t c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

/* Whether c belongs to a run of page p: a character of its high half, or
 * an ASCII letter or digit of the same word. */
static int
page_member(enum page p, uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || is_ascii_letter(c);
	return c < PAGE_TOP && pages.byte[c][p] != 0;
}

/* What repaired mojibake may decode to: letters of European scripts,
 * punctuation and common symbols, emoji. Anything else (C1 controls, box
 * drawing, Arabic or CJK from Czech "ěž" or "šč" read as CP852) leaves a
 * run as it was. */
static const struct { uint32_t lo, hi; } plausible[] = {
	{ 0x00A0, 0x017F },	/* Latin-1 Supplement, Latin Extended-A */
	{ 0x0192, 0x0192 },	/* ƒ */
	{ 0x0218, 0x021B },	/* Romanian ș ț */
	{ 0x0300, 0x0304 },	/* the accents of decomposed (NFD) Latin letters: */
	{ 0x0306, 0x0308 },	/* grave, acute, circumflex, tilde, macron, */
	{ 0x030A, 0x030C },	/* breve, dot, diaeresis, ring, double acute, */
	{ 0x0327, 0x0328 },	/* caron, cedilla, ogonek */
	{ 0x0386, 0x03CE },	/* Greek */
	{ 0x0400, 0x04FF },	/* Cyrillic */
	{ 0x1E00, 0x1EFF },	/* Latin Extended Additional */
	{ 0x2000, 0x22FF },	/* punctuation, currency, letterlike, arrows, maths */
	{ 0x25A0, 0x27BF },	/* shapes, symbols, dingbats */
	{ 0xFEFF, 0xFEFF },	/* a byte order mark */
	{ 0xFFFD, 0xFFFD },
	{ 0x1F300, 0x1FAFF },	/* emoji */
};

static int
is_plausible(uint32_t c)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(plausible); i++)
		if (c >= plausible[i].lo && c <= plausible[i].hi)
			return 1;
	return 0;
}

/* The pages of mask in which c[0..k) starts with the bytes of one plausible
 * UTF-8 character of two to four bytes: the sign of mojibake that a run is
 * looked at closer for ("ß“" in German is none: 0xDF 0x93 is N'Ko). */
static unsigned
mojibake_starts(const uint32_t *c, size_t k, unsigned mask)
{
	unsigned found = 0;
	int p;

	for (p = 0; p < PAGE_COUNT; p++) {
		uint8_t b[4];
		size_t need, j = 1;
		ucs4_t u;

		if (!(mask & (1u << p)))
			continue;
		b[0] = pages.byte[c[0]][p];
		need = b[0] >= 0xF0 ? 4 : b[0] >= 0xE0 ? 3 : 2;
		for (; j < need && j < k && c[j] >= 0x80 && c[j] < PAGE_TOP &&
		    (pages.role[c[j]] & (0x10u << p)); j++)
			b[j] = pages.byte[c[j]][p];
		if (j == need && u8_mbtoucr(&u, b, need) == (int)need && is_plausible(u))
			found |= 1u << p;
	}
	return found;
}

/* Whether the character prev, before the UTF-8 bytes s (len of them),
 * starts mojibake with the characters they begin with. */
static int
mojibake_before(uint32_t prev, const uint8_t *s, size_t len)
{
	uint32_t c[4];
	size_t k = 1, i = 0;
	unsigned pair = 0;

	c[0] = prev;
	while (k < 4 && i < len) {
		ucs4_t u;
		int n = u8_mbtoucr(&u, s + i, len - i);

		if (n <= 0 || (k == 1 && (pair = mojibake_pair(prev, u)) == 0))
			return 0;
		c[k++] = u;
		i += (size_t)n;
	}
	return k >= 2 && mojibake_starts(c, k, pair) != 0;
}

/*
 * Whether len bytes, mapped back from a run of nchars characters, are the
 * text the run was made from: valid UTF-8, fewer characters, each of them
 * plausible. An accent must follow an ASCII letter (Czech "PROHLÍŽEČ" is
 * no "PROHL" and a combining mark). Greek or Cyrillic letters must not
 * share a word with ASCII letters, and must come from a run that held
 * something other than letters (odd): Vietnamese "đó" read back through
 * CP852 is no "Т".
 */
static int
mojibake_mends(const uint8_t *b, size_t len, size_t nchars, int odd)
{
	size_t i = 0, n = 0;
	int latin = 0, other = 0;
	ucs4_t prev = 0;

	if (u8_check(b, len) != NULL)
		return 0;
	while (i < len) {
		ucs4_t c;

		i += (size_t)u8_mbtouc(&c, b + i, len - i);
		n++;
		if (c >= 0x80 && (!is_plausible(c) || (c >= 0x0300 && c < 0x0370 && !is_ascii_letter(prev))))
			return 0;
		latin |= is_ascii_letter(c);
		other |= c >= 0x0386 && c <= 0x04FF;
		prev = c;
	}
	return n < nchars && !(other && (latin || !odd));
}

/* Looking for mojibake: a run found, and how far each page was looked at. */
struct mojibake {
	size_t start, end;	/* the run */
	struct buf bytes;	/* the run mapped back to bytes */
	size_t done[PAGE_COUNT];
};

/* Takes the run of page p around c[i] (not reaching before from), maps it
 * back to bytes and says whether that mends it. */
static int
mojibake_try(const uint32_t *c, size_t n, size_t from, size_t i, enum page p, struct mojibake *m)
{
	size_t k;
	int odd = 0;

	for (m->start = i; m->start > from && page_member(p, c[m->start - 1]); m->start--)
		;
	for (m->end = i; m->end < n && page_member(p, c[m->end]); m->end++)
		;
	m->done[p] = m->end;
	m->bytes.len = 0;
	for (k = m->start; k < m->end; k++) {
		buf_addc(&m->bytes, (char)(c[k] < 0x80 ? c[k] : pages.byte[c[k]][p]));
		odd |= c[k] >= 0x80 && !uc_is_alpha(c[k]);
	}
	return mojibake_mends((const uint8_t *)m->bytes.data, m->bytes.len, m->end - m->start, odd);
}

/*
 * Finds the next run at or after from that mapping back mends. Each run of
 * a page is looked at once (m->done), so a search over the whole text is
 * linear in its length.
 */
static int
mojibake_next(const uint32_t *c, size_t n, size_t from, struct mojibake *m)
{
	size_t i;
	int p;

	for (i = from; i + 1 < n; i++) {
		unsigned pair;

		if (c[i] < 0x80 || (pair = mojibake_pair(c[i], c[i + 1])) == 0 ||
		    (pair = mojibake_starts(c + i, n - i < 4 ? n - i : 4, pair)) == 0)
			continue;
		for (p = 0; p < PAGE_COUNT; p++)
			if ((pair & (1u << p)) && i >= m->done[p] && mojibake_try(c, n, from, i, (enum page)p, m))
				return 1;
	}
	return 0;
}

/* Replaces each run of mojibake by what it was made from; says whether
 * there was one. */
static int
mojibake_repair(struct ucs *u)
{
	struct mojibake m = { 0 };
	size_t r = 0, w = 0;
	int any = 0;

	while (mojibake_next(u->c, u->n, r, &m)) {
		const uint8_t *b = (const uint8_t *)m.bytes.data;
		size_t i = 0;

		memmove(u->c + w, u->c + r, (m.start - r) * sizeof(*u->c));
		w += m.start - r;
		while (i < m.bytes.len) {
			ucs4_t c;

			i += (size_t)u8_mbtouc(&c, b + i, m.bytes.len - i);
			u->c[w++] = c;
		}
		r = m.end;
		any = 1;
	}
	buf_free(&m.bytes);
	if (!any)	/* u->c may be NULL: no text at all */
		return 0;
	memmove(u->c + w, u->c + r, (u->n - r) * sizeof(*u->c));
	u->n = w + (u->n - r);
	return 1;
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
		if (i < len && p[i] >= 0x80 && mojibake_before(c, p + i, len - i))
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
	pages_build();
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
	if (*repairs & TEXT_CP1252)	/* its bytes were never UTF-8 */
		mend = 0;
	for (pass = 0; mend && pass < 3 && mojibake_repair(&u); pass++)	/* twice mangled: twice */
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

static int
is_ascii_digit(unsigned char c)
{
	return (unsigned)(c - '0') < 10;
}

/* The bytes of the letter (or, with marks, combining mark) at s[i]; 0 when
 * there is none. */
static int
letter_len(const char *s, size_t len, size_t i, int marks)
{
	uint32_t c;
	int n;

	if ((unsigned char)s[i] < 0x80)
		return is_ascii_letter((unsigned char)s[i]);
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
