/* decode: bytes to code points, and mojibake mended (decode.h). */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "tandem/text.h"
#include "tandem/util.h"
#include "decode.h"

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
 * 0x10 << page). Built once from the tables above, before the first
 * text is read by any of the reading threads (pthread_once).
 */
static struct {
	uint8_t byte[PAGE_TOP][PAGE_COUNT];
	uint8_t role[PAGE_TOP];
} pages;
static pthread_once_t pages_once = PTHREAD_ONCE_INIT;

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

void
decode_bytes(const uint8_t *p, size_t len, struct ucs *u, unsigned *repairs)
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
pages_fill(void)
{
	unsigned b;
	int p;

	for (b = 0x80; b < 0x100; b++) {
		uint32_t c = b < 0xA0 ? cp1252_high[b - 0x80] : b;

		page_add(PAGE_CP1252, c != 0 ? c : b, b);
		if (b < 0xA0)	/* read as Latin-1: a C1 control */
			page_add(PAGE_CP1252, b, b);
		for (p = PAGE_CP1252 + 1; p < PAGE_COUNT; p++)
			page_add((enum page)p, dos_high[p - 1][b - 0x80], b);
	}
}

void
decode_init(void)
{
	pthread_once(&pages_once, pages_fill);
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

/* Whether c belongs to a run of page p: a character of its high half, or
 * an ASCII letter or digit of the same word. */
static int
page_member(enum page p, uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ascii_isalpha((int)c);
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
int
decode_mojibake_before(uint32_t prev, const uint8_t *s, size_t len)
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
		if (c >= 0x80 && (!is_plausible(c) || (c >= 0x0300 && c < 0x0370 && !ascii_isalpha((int)prev))))
			return 0;
		latin |= ascii_isalpha((int)c);
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
int
decode_mend(struct ucs *u)
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
