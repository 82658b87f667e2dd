/* search: articles folded once, queries matched and mapped back; see search.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/article.h"
#include "tandem/fold.h"
#include "tandem/search.h"
#include "tandem/text.h"
#include "tandem/util.h"

static int search_fast = 1;

void
search_set_fast_path(int on)
{
	search_fast = on;
}

/* A folding being made: texts one after another, each NUL-terminated,
 * with their shifts. */
struct search_folding {
	struct buf text;
	struct search_shift *shifts;
	size_t nshifts, cap;
};

/* Appends the folding of one character (n bytes at s) to out, by libunistring. */
static void
search_fold_char_slow(const char *s, size_t n, enum search_fold fold, struct buf *out)
{
	uint8_t small[64], *folded;
	size_t flen = sizeof small;
	char *plain;

	folded = u8_casefold((const uint8_t *)s, n, NULL, NULL, small, &flen);
	if (folded == NULL)
		die("out of memory");
	if (fold == SEARCH_PLAIN) {
		plain = fold_plain((const char *)folded, flen);
		buf_adds(out, plain);
		free(plain);
	} else {
		buf_add(out, folded, flen);
	}
	if (folded != small)
		free(folded);
}

/* Whether n bytes at s are exactly one character. */
static int
search_one_char(const char *s, size_t n)
{
	uint32_t uc;

	return n > 0 && (size_t)text_char_len(s, n, &uc) == n;
}

/* Whether folding n bytes of one character into flen bytes at folded needs
 * a shift: the length changes, or it gives other than one character. */
static int
search_shifts(const char *folded, size_t flen, size_t n)
{
	return flen != n || !search_one_char(folded, flen);
}

/* The folding of a character of the Basic Multilingual Plane, made once
 * and kept: with no context, a character folds the same anywhere. */
struct search_folded {
	unsigned char state;	/* 0: not yet made, 1: made, 2: too long to keep */
	unsigned char len;
	unsigned char shifts;	/* search_shifts() of it */
	char text[13];
};

/* Appends the folding of the non-ASCII character (n bytes at s, code point
 * uc) to out, through the kept foldings; returns whether it shifts. */
static int
search_fold_char(const char *s, size_t n, uint32_t uc, enum search_fold fold, struct buf *out)
{
	static struct search_folded table[SEARCH_FOLDS][0x10000];
	struct search_folded *f = uc < 0x10000 ? &table[fold][uc] : NULL;
	size_t before = out->len, flen;

	if (f != NULL && f->state == 1) {
		buf_add(out, f->text, f->len);
		return f->shifts;
	}
	search_fold_char_slow(s, n, fold, out);
	flen = out->len - before;
	if (f != NULL && f->state == 0) {
		f->state = flen <= sizeof f->text ? 1 : 2;
		f->len = (unsigned char)flen;
		f->shifts = (unsigned char)search_shifts(out->data + before, flen, n);
		if (f->state == 1)
			memcpy(f->text, out->data + before, flen);
		return f->shifts;
	}
	return search_shifts(out->data + before, flen, n);
}

#define SEARCH_ONES ((uint64_t)0x0101010101010101u)

/* The eight ASCII bytes of w with A..Z lower-cased: a byte gets its 0x20
 * bit when adding 0x3F carries into its top bit (>= 'A') and adding 0x25
 * does not (<= 'Z'); no byte carries into the next. */
static uint64_t
search_lower8(uint64_t w)
{
	uint64_t upper = (w + SEARCH_ONES * (0x80 - 'A')) & ~(w + SEARCH_ONES * (0x80 - 'Z' - 1));

	return w | ((upper & SEARCH_ONES * 0x80) >> 2);
}

/* Appends the run of ASCII at s[i, len) lower-cased, eight bytes at a time:
 * the same length, so no shift. Returns where the run ends. */
static size_t
search_fold_ascii(const char *s, size_t i, size_t len, struct buf *out)
{
	char *to;
	uint64_t w;

	out->data = xgrow(out->data, &out->cap, out->len + (len - i) + 1, 1);
	to = out->data + out->len;
	for (; i + 8 <= len; i += 8, to += 8) {
		memcpy(&w, s + i, 8);
		if (w & SEARCH_ONES * 0x80)
			break;
		w = search_lower8(w);
		memcpy(to, &w, 8);
	}
	for (; i < len && (unsigned char)s[i] < 0x80; i++)
		*to++ = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 'a' - 'A') : s[i];
	out->len = (size_t)(to - out->data);
	out->data[out->len] = '\0';
	return i;
}

/* Whether uc is ä, ö or ü, small or capital: in the plain folding it becomes
 * a, o or u, which a query's ae, oe or ue may stand for. */
static int
search_is_umlaut(uint32_t uc)
{
	return uc == 0xE4 || uc == 0xF6 || uc == 0xFC || uc == 0xC4 || uc == 0xD6 || uc == 0xDC;
}

static void
search_add_shift(struct search_folding *fo, const struct search_shift *sh)
{
	fo->shifts = xgrow(fo->shifts, &fo->cap, fo->nshifts + 1, sizeof(*fo->shifts));
	fo->shifts[fo->nshifts++] = *sh;
}

/* Appends the folding of len bytes of clean UTF-8 to fo, then a NUL; shifts
 * count from where it starts. */
static void
search_fold_text(const char *s, size_t len, enum search_fold fold, struct search_folding *fo)
{
	size_t i = 0, start;

	fo->text.data = xgrow(fo->text.data, &fo->text.cap, fo->text.len + len + 1, 1);
	start = fo->text.len;
	while (i < len) {
		uint32_t uc;
		size_t n, before = fo->text.len;
		struct search_shift sh;
		int shifts;

		if (search_fast && (unsigned char)s[i] < 0x80) {
			i = search_fold_ascii(s, i, len, &fo->text);
			continue;
		}
		n = (size_t)text_char_len(s + i, len - i, &uc);
		if (uc == TEXT_SOFT_HYPHEN) {
			shifts = 1;	/* folds to nothing: Verkehrs-infra finds Verkehrsinfra */
		} else if (search_fast) {
			shifts = search_fold_char(s + i, n, uc, fold, &fo->text);
		} else {
			search_fold_char_slow(s + i, n, fold, &fo->text);
			shifts = search_shifts(fo->text.data + before, fo->text.len - before, n);
		}
		sh.folded = before - start;
		sh.orig = i;
		sh.folded_len = fo->text.len - before;
		sh.orig_len = n;
		sh.umlaut = fold == SEARCH_PLAIN && search_is_umlaut(uc);
		if (shifts)
			search_add_shift(fo, &sh);
		i += n;
	}
	buf_add(&fo->text, "", 1);
}

/* The index of the first shift of t that starts after folded offset pos. */
static size_t
search_shift_after(const struct search_text *t, size_t pos)
{
	size_t lo = 0, hi = t->nshifts;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->shifts[mid].folded <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The byte offset in the original text of folded offset pos. Inside the
 * folding of one character, a start goes to the character's start and an
 * end to its end, so a match always covers whole characters.
 */
static size_t
search_map(const struct search_text *t, size_t pos, int is_end)
{
	size_t lo = search_shift_after(t, pos);
	const struct search_shift *sh;

	if (lo == 0)
		return pos;
	sh = &t->shifts[lo - 1];
	if (pos == sh->folded)	/* a match starts after a soft hyphen, which folded to nothing */
		return is_end || sh->folded_len > 0 ? sh->orig : sh->orig + sh->orig_len;
	if (pos < sh->folded + sh->folded_len)
		return is_end ? sh->orig + sh->orig_len : sh->orig;
	return sh->orig + sh->orig_len + (pos - sh->folded - sh->folded_len);
}

/* Bytes of folded German and English news, commonest first (counted in
 * 17 MB of it); a byte not here is rarer than all of these. */
static const char search_common[] = " enraistoudlhcbgmfpk\n.,wzv\xc3y2\xbc\xe2\x80\xa4j10x:-\x9c" "34\xb6\"5";

/* Bytes from here on are rare enough (3.4 % and less) to look for first. */
#define SEARCH_RARE_FROM 10

/* The offset of the query's rarest byte, the first found of the rarest; len
 * when all its bytes are common. */
static size_t
search_rarest(const char *text, size_t len)
{
	size_t i, rare = 0, best = 0;

	for (i = 0; i < len; i++) {
		const char *at = strchr(search_common, text[i]);
		size_t rank = at != NULL ? (size_t)(at - search_common) : sizeof search_common;

		if (rank > best || i == 0) {
			best = rank;
			rare = i;
		}
	}
	return best >= SEARCH_RARE_FROM ? rare : len;
}

/* Spelling *out of the typed query: with the e dropped after each of its n
 * vowels at[] that mask chooses, and those vowels marked as umlauts. */
static void
search_spell(const struct search_spelling *typed, const size_t *at, size_t n, unsigned mask,
    struct search_spelling *out)
{
	struct buf b = { NULL, 0, 0 };
	size_t from = 0, k;

	memset(out, 0, sizeof *out);
	for (k = 0; k < n; k++) {
		if (!(mask & 1u << k))
			continue;
		buf_add(&b, typed->text + from, at[k] + 1 - from);
		out->umlauts[out->numlauts++] = b.len - 1;
		from = at[k] + 2;
	}
	buf_add(&b, typed->text + from, typed->len - from);
	out->text = buf_detach(&b, &out->len);
	out->rare = search_rarest(out->text, out->len);
}

/*
 * German readers type ae, oe and ue for ä, ö and ü, so a plain query gets a
 * spelling for each choice of its first SEARCH_UMLAUTS such pairs read so;
 * the a, o or u of a pair so read matches only an ä, ö or ü of the text.
 * Both sides folding ue to u would make kalmueckien meet Kalmückien too,
 * but would also make fuel find full, guest August and does besides, as
 * its query turns into a shorter other word. This way a false match needs
 * a real umlaut in the text (fuel finds Füllung). Quelle, neue, Feuer keep
 * matching what they did; a pair ending a word (true, due, blue) is not
 * read as an umlaut, as German words seldom end in one and true should not
 * find Trümmer.
 */
static void
search_spell_umlauts(struct search_query *q)
{
	const struct search_spelling *typed = &q->spellings[0];
	const char *s = typed->text;
	size_t at[SEARCH_UMLAUTS], n = 0, i;
	unsigned mask;

	for (i = 0; i + 2 < typed->len && n < SEARCH_UMLAUTS; i++)
		if ((s[i] == 'a' || s[i] == 'o' || s[i] == 'u') && s[i + 1] == 'e' && s[i + 2] >= 'a' && s[i + 2] <= 'z')
			at[n++] = i++;	/* past the e */
	for (mask = 1; mask < 1u << n; mask++)
		search_spell(typed, at, n, mask, &q->spellings[q->nspellings++]);
}

int
search_query_init(struct search_query *q, const char *s, size_t len)
{
	size_t clen = 0;
	unsigned repairs = 0;
	char *clean = text_clean((const uint8_t *)s, len, &clen, &repairs);
	struct search_folding fo[SEARCH_FOLDS];
	struct search_spelling *typed = &q->spellings[0];
	int f;

	memset(q, 0, sizeof *q);
	memset(fo, 0, sizeof fo);
	while (clen > 0 && (clean[clen - 1] == '\n' || clean[clen - 1] == '\t'))
		clen--;
	for (f = 0; f < SEARCH_FOLDS; f++)
		search_fold_text(clean, clen, (enum search_fold)f, &fo[f]);
	free(clean);
	q->fold = strcmp(fo[SEARCH_FULL].text.data, fo[SEARCH_PLAIN].text.data) == 0 ? SEARCH_PLAIN : SEARCH_FULL;
	typed->text = buf_detach(&fo[q->fold].text, &typed->len);
	typed->len--;	/* the NUL search_fold_text() ends with */
	typed->rare = search_rarest(typed->text, typed->len);
	q->nspellings = 1;
	if (q->fold == SEARCH_PLAIN)
		search_spell_umlauts(q);
	for (f = 0; f < SEARCH_FOLDS; f++) {
		buf_free(&fo[f].text);
		free(fo[f].shifts);
	}
	if (typed->len == 0) {
		search_query_free(q);
		return -1;
	}
	return 0;
}

void
search_query_free(struct search_query *q)
{
	size_t i;

	for (i = 0; i < q->nspellings; i++)
		free(q->spellings[i].text);
	memset(q, 0, sizeof *q);
}

/* Folds len bytes at s as the next text of fo; t gets its length and number of shifts. */
static void
search_fold_next(struct search_folding *fo, const char *s, size_t len, enum search_fold f,
    struct search_text *t)
{
	size_t before = fo->text.len, nshifts = fo->nshifts;

	search_fold_text(s, len, f, fo);
	t->len = fo->text.len - before - 1;
	t->nshifts = fo->nshifts - nshifts;
}

/* Points t, folded after the texts *text bytes and *shift shifts long, into
 * the finished buffers of fold f; counts t into both. */
static void
search_text_place(struct search_text *t, const struct search_article *sa, enum search_fold f,
    size_t *text, size_t *shift)
{
	t->text = sa->folded[f] + *text;
	t->shifts = sa->shifts[f] != NULL ? sa->shifts[f] + *shift : NULL;	/* none shifted */
	*text += t->len + 1;
	*shift += t->nshifts;
}

/* Folds the headline and the paragraphs of sa's article into sa's buffers for fold f. */
static void
search_article_fold_one(struct search_article *sa, enum search_fold f)
{
	const struct article *a = sa->article;
	const char *headline = article_headline(a);
	size_t hlen = headline != NULL ? strlen(headline) : 0;
	struct search_folding fo;
	struct search_text *t = sa->paragraphs[f];
	size_t p, total = hlen + 1, text = 0, shift = 0;

	memset(&fo, 0, sizeof fo);
	for (p = 0; p < a->nparagraphs; p++)
		total += a->paragraphs[p].len + 1;
	fo.text.data = xgrow(NULL, &fo.text.cap, total + total / 4 + 1, 1);	/* ß and the like grow */
	search_fold_next(&fo, headline != NULL ? headline : "", hlen, f, &sa->title[f]);
	for (p = 0; p < a->nparagraphs; p++)
		search_fold_next(&fo, a->paragraphs[p].text, a->paragraphs[p].len, f, &t[p]);
	sa->folded[f] = fo.text.data;
	sa->shifts[f] = fo.shifts;
	search_text_place(&sa->title[f], sa, f, &text, &shift);	/* the buffers stay put now */
	for (p = 0; p < a->nparagraphs; p++)
		search_text_place(&t[p], sa, f, &text, &shift);
}

/* Folds a in the foldings for which want[fold] is set; the others stay empty. */
static struct search_article *
search_article_fold(const struct article *a, const int *want)
{
	struct search_article *sa = xcalloc(1, sizeof *sa);
	int f;

	sa->article = a;
	sa->nparagraphs = a->nparagraphs;
	for (f = 0; f < SEARCH_FOLDS; f++) {
		sa->paragraphs[f] = xcalloc(a->nparagraphs + 1, sizeof(struct search_text));
		if (want[f])
			search_article_fold_one(sa, (enum search_fold)f);
	}
	return sa;
}

struct search_article *
search_article_new(const struct article *a)
{
	static const int both[SEARCH_FOLDS] = { 1, 1 };

	return search_article_fold(a, both);
}

struct search_article *
search_article_new_for(const struct article *a, const struct search_query *q)
{
	int want[SEARCH_FOLDS] = { 0, 0 };

	want[q->fold] = 1;
	return search_article_fold(a, want);
}

void
search_article_free(struct search_article *sa)
{
	int f;

	if (sa == NULL)
		return;
	for (f = 0; f < SEARCH_FOLDS; f++) {
		free(sa->paragraphs[f]);
		free(sa->folded[f]);
		free(sa->shifts[f]);
	}
	free(sa);
}

/* The first place of q in len bytes at text, as memmem() finds it; by
 * the query's rarest byte (memchr is quick) when it has a rare one. */
static const char *
search_next(const char *text, size_t len, const struct search_spelling *q)
{
	const char *at, *end;

	if (q->rare == q->len || len < q->len)
		return memmem(text, len, q->text, q->len);
	at = text + q->rare;
	end = text + len - (q->len - q->rare) + 1;	/* past the last place the rare byte can be */
	while (at < end && (at = memchr(at, q->text[q->rare], (size_t)(end - at))) != NULL) {
		if (at[-(ptrdiff_t)q->rare] == q->text[0] && memcmp(at - q->rare, q->text, q->len) == 0)
			return at - q->rare;
		at++;
	}
	return NULL;
}

/* Whether the letters of spelling s that stand for umlauts are umlauts in
 * t, for s at folded offset at. */
static int
search_umlauts_at(const struct search_text *t, size_t at, const struct search_spelling *s)
{
	size_t k, i;

	for (k = 0; k < s->numlauts; k++) {
		i = search_shift_after(t, at + s->umlauts[k]);
		if (i == 0 || t->shifts[i - 1].folded != at + s->umlauts[k] || !t->shifts[i - 1].umlaut)
			return 0;
	}
	return 1;
}

/* The first match of spelling s in t at or after folded offset from, or NULL. */
static const char *
search_spelling_next(const struct search_text *t, size_t from, const struct search_spelling *s)
{
	const char *at = t->text + from, *end = t->text + t->len;

	while ((at = search_next(at, (size_t)(end - at), s)) != NULL) {
		if (search_umlauts_at(t, (size_t)(at - t->text), s))
			return at;
		at++;
	}
	return NULL;
}

/* Which of q's spellings matches first in t at or after folded offset from
 * (q->nspellings: none). next[] holds each one's first match found so far;
 * one before from is looked for again. */
static size_t
search_first(const struct search_text *t, size_t from, const struct search_query *q, const char **next)
{
	size_t i, first = q->nspellings;

	for (i = 0; i < q->nspellings; i++) {
		if (next[i] != NULL && next[i] < t->text + from)
			next[i] = search_spelling_next(t, from, &q->spellings[i]);
		if (next[i] != NULL && (first == q->nspellings || next[i] < next[first]))
			first = i;
	}
	return first;
}

/* Adds the matches of q in paragraph para to *m (holding *n of *cap). */
static void
search_find_in(const struct search_text *t, size_t para, const struct search_query *q,
    struct search_match **m, size_t *n, size_t *cap)
{
	const char *next[ARRAY_SIZE(q->spellings)];
	size_t i, from = 0;

	for (i = 0; i < q->nspellings; i++)
		next[i] = search_spelling_next(t, 0, &q->spellings[i]);
	while ((i = search_first(t, from, q, next)) < q->nspellings) {
		size_t f = (size_t)(next[i] - t->text), len = q->spellings[i].len;
		size_t off = search_map(t, f, 0), stop = search_map(t, f + len, 1);
		struct search_match *prev = *n > 0 ? &(*m)[*n - 1] : NULL;

		from = f + len;
		if (prev != NULL && prev->para == para && off < prev->off + prev->len) {
			if (stop > prev->off + prev->len)	/* two matches in one ß */
				prev->len = stop - prev->off;
			continue;
		}
		*m = xgrow(*m, cap, *n + 1, sizeof(**m));
		(*m)[*n].para = para;
		(*m)[*n].off = off;
		(*m)[*n].len = stop - off;
		(*n)++;
	}
}

size_t
search_find(const struct search_article *sa, const struct search_query *q,
    struct search_match **matches)
{
	size_t p, n = 0, cap = 0;

	*matches = NULL;
	if (q->nspellings == 0)
		return 0;
	search_find_in(&sa->title[q->fold], SEARCH_TITLE, q, matches, &n, &cap);
	for (p = 0; p < sa->nparagraphs; p++)
		search_find_in(&sa->paragraphs[q->fold][p], p, q, matches, &n, &cap);
	return n;
}

int
search_paragraph_has(const struct search_article *sa, size_t para, const struct search_query *q)
{
	const struct search_text *t;
	size_t i;

	if ((para >= sa->nparagraphs && para != SEARCH_TITLE) || q->nspellings == 0)
		return 0;
	t = para == SEARCH_TITLE ? &sa->title[q->fold] : &sa->paragraphs[q->fold][para];
	for (i = 0; i < q->nspellings; i++)
		if (search_spelling_next(t, 0, &q->spellings[i]) != NULL)
			return 1;
	return 0;
}

int
search_article_has(const struct search_article *sa, const struct search_query *q)
{
	size_t p;

	for (p = 0; p < sa->nparagraphs; p++)
		if (search_paragraph_has(sa, p, q))
			return 1;
	return search_paragraph_has(sa, SEARCH_TITLE, q);
}

void
search_index_init(struct search_index *ix, struct corpus *c)
{
	ix->corpus = c;
	ix->articles = xcalloc(c->narticles + 1, sizeof(*ix->articles));
}

void
search_index_free(struct search_index *ix)
{
	size_t i;

	if (ix->articles != NULL)
		for (i = 0; i < ix->corpus->narticles; i++)
			search_article_free(ix->articles[i]);
	free(ix->articles);
	ix->articles = NULL;
}

/* Article a of corpus c folded (in q's folding, or both when q is NULL);
 * its text is read for it, and let go of again if it was not read before. */
static struct search_article *
fold_from_corpus(struct corpus *c, struct article *a, const struct search_query *q)
{
	int was_read = a->paragraphs != NULL;
	struct search_article *sa;

	corpus_text(c, a, NULL);	/* empty when it cannot be read */
	sa = q != NULL ? search_article_new_for(a, q) : search_article_new(a);
	if (!was_read)
		article_release_text(a);
	return sa;
}

const struct search_article *
search_index_article(struct search_index *ix, size_t i)
{
	if (ix->articles[i] == NULL)
		ix->articles[i] = fold_from_corpus(ix->corpus, ix->corpus->articles[i], NULL);
	return ix->articles[i];
}

int
search_meeting_has(struct search_index *ix, size_t m, const struct search_query *q)
{
	const struct meeting *mt = &ix->corpus->meetings.list[m];
	size_t k;

	for (k = 0; k < mt->narticles; k++) {
		size_t i = mt->articles[k];
		struct search_article *sa;
		int has;

		if (ix->articles[i] != NULL) {
			if (search_article_has(ix->articles[i], q))
				return 1;
			continue;
		}
		/* Folded for this query and not kept: the list filter goes over
		 * every article, and two foldings of 100,000 would stay. */
		sa = fold_from_corpus(ix->corpus, ix->corpus->articles[i], q);
		has = search_article_has(sa, q);
		search_article_free(sa);
		if (has)
			return 1;
	}
	return 0;
}
