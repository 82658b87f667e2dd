/* search: articles folded once, queries matched and mapped back; see search.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/fold.h"
#include "tandem/search.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* Appends the folding of one non-ASCII character (n bytes at s) to out. */
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

/* The foldings of two-byte characters (U+0080..U+07FF: Latin, Greek,
 * Cyrillic), each made once and kept: a character folds the same anywhere. */
struct search_folded {
	unsigned char state;	/* 0: not yet made, 1: made, 2: too long to keep */
	unsigned char len;
	char text[14];
};

/* search_fold_char_slow(), through the table for two-byte characters. */
static void
search_fold_char(const char *s, size_t n, uint32_t uc, enum search_fold fold, struct buf *out)
{
	static struct search_folded table[SEARCH_FOLDS][0x800];
	struct search_folded *f = uc < 0x800 ? &table[fold][uc] : NULL;
	size_t before = out->len;

	if (f != NULL && f->state == 1) {
		buf_add(out, f->text, f->len);
		return;
	}
	search_fold_char_slow(s, n, fold, out);
	if (f == NULL || f->state != 0)
		return;
	f->state = out->len - before <= sizeof f->text ? 1 : 2;
	f->len = (unsigned char)(out->len - before);
	if (f->state == 1)
		memcpy(f->text, out->data + before, f->len);
}

/* Whether n bytes at s are exactly one character. */
static int
search_one_char(const char *s, size_t n)
{
	uint32_t uc;

	return n > 0 && (size_t)text_char_len(s, n, &uc) == n;
}

static void
search_add_shift(struct search_text *t, size_t *cap, const struct search_shift *sh)
{
	t->shifts = xgrow(t->shifts, cap, t->nshifts + 1, sizeof(*t->shifts));
	t->shifts[t->nshifts++] = *sh;
}

/* Appends the run of ASCII at s[i, len) lower-cased, the same length and
 * so no shift; returns where the run ends. */
static size_t
search_fold_ascii(const char *s, size_t i, size_t len, struct buf *out)
{
	size_t end = i, k;
	char *to;

	while (end < len && (unsigned char)s[end] < 0x80)
		end++;
	buf_add(out, s + i, end - i);
	to = out->data + out->len - (end - i);
	for (k = 0; k < end - i; k++)
		if (to[k] >= 'A' && to[k] <= 'Z')
			to[k] = (char)(to[k] + 'a' - 'A');
	return end;
}

/* Folds len bytes of clean UTF-8 into t, noting where lengths change. */
static void
search_fold_text(const char *s, size_t len, enum search_fold fold, struct search_text *t)
{
	struct buf out = { NULL, 0, 0 };
	size_t i = 0, cap = 0;

	memset(t, 0, sizeof *t);
	out.data = xgrow(NULL, &out.cap, len + len / 4 + 1, 1);	/* ß and the like grow */
	buf_add(&out, "", 0);
	while (i < len) {
		uint32_t uc;
		size_t n, before = out.len;
		struct search_shift sh;

		if ((unsigned char)s[i] < 0x80) {
			i = search_fold_ascii(s, i, len, &out);
			continue;
		}
		n = (size_t)text_char_len(s + i, len - i, &uc);
		search_fold_char(s + i, n, uc, fold, &out);
		sh.folded = before;
		sh.orig = i;
		sh.folded_len = out.len - before;
		sh.orig_len = n;
		if (sh.folded_len != n || !search_one_char(out.data + before, sh.folded_len))
			search_add_shift(t, &cap, &sh);
		i += n;
	}
	t->text = buf_detach(&out, &t->len);
}

static void
search_text_free(struct search_text *t)
{
	free(t->text);
	free(t->shifts);
}

/*
 * The byte offset in the original text of folded offset pos. Inside the
 * folding of one character, a start goes to the character's start and an
 * end to its end, so a match always covers whole characters.
 */
static size_t
search_map(const struct search_text *t, size_t pos, int is_end)
{
	size_t lo = 0, hi = t->nshifts;
	const struct search_shift *sh;

	while (lo < hi) {	/* the first shift starting after pos */
		size_t mid = lo + (hi - lo) / 2;

		if (t->shifts[mid].folded <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return pos;
	sh = &t->shifts[lo - 1];
	if (pos == sh->folded)
		return sh->orig;
	if (pos < sh->folded + sh->folded_len)
		return is_end ? sh->orig + sh->orig_len : sh->orig;
	return sh->orig + sh->orig_len + (pos - sh->folded - sh->folded_len);
}

int
search_query_init(struct search_query *q, const char *s, size_t len)
{
	size_t clen = 0;
	unsigned repairs = 0;
	char *clean = text_clean((const uint8_t *)s, len, &clen, &repairs);
	struct search_text full, plain;

	memset(q, 0, sizeof *q);
	while (clen > 0 && (clean[clen - 1] == '\n' || clean[clen - 1] == '\t'))
		clen--;
	search_fold_text(clean, clen, SEARCH_FULL, &full);
	search_fold_text(clean, clen, SEARCH_PLAIN, &plain);
	free(clean);
	q->fold = strcmp(full.text, plain.text) == 0 ? SEARCH_PLAIN : SEARCH_FULL;
	q->text = q->fold == SEARCH_PLAIN ? plain.text : full.text;
	q->len = q->fold == SEARCH_PLAIN ? plain.len : full.len;
	free(q->fold == SEARCH_PLAIN ? full.text : plain.text);
	free(full.shifts);
	free(plain.shifts);
	if (q->len == 0) {
		search_query_free(q);
		return -1;
	}
	return 0;
}

void
search_query_free(struct search_query *q)
{
	free(q->text);
	memset(q, 0, sizeof *q);
}

/* Folds a in the foldings for which want[fold] is set; the others stay empty. */
static struct search_article *
search_article_fold(const struct article *a, const int *want)
{
	struct search_article *sa = xcalloc(1, sizeof *sa);
	int f;
	size_t p;

	sa->article = a;
	sa->nparagraphs = a->nparagraphs;
	for (f = 0; f < SEARCH_FOLDS; f++) {
		sa->paragraphs[f] = xcalloc(a->nparagraphs + 1, sizeof(struct search_text));
		for (p = 0; p < a->nparagraphs && want[f]; p++)
			search_fold_text(a->paragraphs[p].text, a->paragraphs[p].len,
			    (enum search_fold)f, &sa->paragraphs[f][p]);
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
	size_t p;

	if (sa == NULL)
		return;
	for (f = 0; f < SEARCH_FOLDS; f++) {
		for (p = 0; p < sa->nparagraphs; p++)
			search_text_free(&sa->paragraphs[f][p]);
		free(sa->paragraphs[f]);
	}
	free(sa);
}

/* Adds the matches of q in paragraph para to *m (holding *n of *cap). */
static void
search_find_in(const struct search_text *t, size_t para, const struct search_query *q,
    struct search_match **m, size_t *n, size_t *cap)
{
	const char *at = t->text, *end = t->text + t->len;

	while ((at = memmem(at, (size_t)(end - at), q->text, q->len)) != NULL) {
		size_t f = (size_t)(at - t->text);
		size_t off = search_map(t, f, 0), stop = search_map(t, f + q->len, 1);
		struct search_match *prev = *n > 0 ? &(*m)[*n - 1] : NULL;

		at += q->len;
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
	if (q->len == 0)
		return 0;
	for (p = 0; p < sa->nparagraphs; p++)
		search_find_in(&sa->paragraphs[q->fold][p], p, q, matches, &n, &cap);
	return n;
}

int
search_paragraph_has(const struct search_article *sa, size_t para, const struct search_query *q)
{
	const struct search_text *t;

	if (para >= sa->nparagraphs || q->len == 0)
		return 0;
	t = &sa->paragraphs[q->fold][para];
	return memmem(t->text, t->len, q->text, q->len) != NULL;
}

int
search_article_has(const struct search_article *sa, const struct search_query *q)
{
	size_t p;

	for (p = 0; p < sa->nparagraphs; p++)
		if (search_paragraph_has(sa, p, q))
			return 1;
	return 0;
}

void
search_index_init(struct search_index *ix, const struct corpus *c)
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

const struct search_article *
search_index_article(struct search_index *ix, size_t i)
{
	if (ix->articles[i] == NULL)
		ix->articles[i] = search_article_new(ix->corpus->articles[i]);
	return ix->articles[i];
}

int
search_meeting_has(struct search_index *ix, size_t m, const struct search_query *q)
{
	const struct meeting *mt = &ix->corpus->meetings[m];
	size_t k;

	for (k = 0; k < mt->narticles; k++)
		if (search_article_has(search_index_article(ix, mt->articles[k]), q))
			return 1;
	return 0;
}
