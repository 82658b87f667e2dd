/* Search: case and diacritic folding, and matches mapped back to the text shown. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/article.h"
#include "tandem/search.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tap.h"

/* An article of one paragraph, the text cleaned as a file's would be. */
static struct article *
one_paragraph(const char *raw)
{
	struct article *a = xcalloc(1, sizeof *a);
	unsigned repairs;

	a->paragraphs = xcalloc(1, sizeof *a->paragraphs);
	a->nparagraphs = 1;
	a->paragraphs[0].text = text_clean((const uint8_t *)raw, strlen(raw), &a->paragraphs[0].len, &repairs);
	return a;
}

static void
free_article(struct article *a)
{
	free(a->paragraphs[0].text);
	free(a->paragraphs);
	free(a);
}

/* The matches of query in text as "shown text|shown text", or "" for none. */
static char *
matches(const char *text, const char *query)
{
	struct article *a = one_paragraph(text);
	struct search_article *sa = search_article_new(a);
	struct search_query q;
	struct search_match *m = NULL;
	struct buf out = { NULL, 0, 0 };
	size_t n = 0, i;

	buf_add(&out, "", 0);
	if (search_query_init(&q, query, strlen(query)) == 0)
		n = search_find(sa, &q, &m);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&out, '|');
		buf_add(&out, a->paragraphs[0].text + m[i].off, m[i].len);
	}
	free(m);
	search_query_free(&q);
	search_article_free(sa);
	free_article(a);
	return buf_detach(&out, NULL);
}

static void
finds(const char *text, const char *query, const char *want, const char *name)
{
	char *got = matches(text, query);

	is_str(got, want, name);
	free(got);
}

/* The display column of the first match. */
static long
column_of(const char *text, const char *query)
{
	struct article *a = one_paragraph(text);
	struct search_article *sa = search_article_new(a);
	struct search_query q;
	struct search_match *m = NULL;
	long col = -1;

	if (search_query_init(&q, query, strlen(query)) == 0 && search_find(sa, &q, &m) > 0)
		col = text_width(a->paragraphs[0].text, m[0].off);
	free(m);
	search_query_free(&q);
	search_article_free(sa);
	free_article(a);
	return col;
}

static void
test_case_folding(void)
{
	finds("Die Straße, die STRASSE", "strasse", "Straße|STRASSE", "strasse finds Straße and STRASSE");
	finds("Die Straße, die STRASSE", "STRAßE", "Straße|STRASSE", "STRAßE finds both as well");
	finds("DIE GROẞE HALLE", "große", "GROẞE", "capital sharp s (U+1E9E) folds to ss");
	finds("ÄRGER und Ärger", "ärger", "ÄRGER|Ärger", "ä finds Ä");
	finds("Ärger", "arger", "Ärger", "arger (no diacritics) finds Ärger");
	finds("Arger", "ärger", "", "ärger (with a diacritic) does not find Arger");
	finds("Die Oﬃce-Leute", "office", "Oﬃce", "the ffi ligature folds to ffi");
	finds("Die Oﬃce-Leute", "fi", "ﬃ", "a match inside a ligature covers the whole character");
	finds("Maß", "s", "ß", "two matches inside one ß are one match");
	finds("a", "", "", "an empty query finds nothing");
}

static void
test_diacritics(void)
{
	finds("Region Kalmückien und Kalmuckien", "kalmuckien", "Kalmückien|Kalmuckien",
	    "kalmuckien finds Kalmückien and Kalmuckien");
	finds("Region Kalmückien und Kalmuckien", "Kalmückien", "Kalmückien",
	    "Kalmückien finds Kalmückien, not Kalmuckien");
	finds("Region KALMÜCKIEN", "kalmückien", "KALMÜCKIEN", "kalmückien finds KALMÜCKIEN");
	finds("Region Kalmu\xcc\x88" "ckien", "kalmückien", "Kalmückien",
	    "decomposed input (u + U+0308) is found as one ü");
	finds("Region Kalmu\xcc\x88" "ckien", "kalmuckien", "Kalmückien",
	    "  and without diacritics too");
	finds("Region Kalmückien", "Kalmu\xcc\x88" "ckien", "Kalmückien", "a decomposed query is normalized");
	finds("Café crème", "cafe", "Café", "cafe finds Café");
	finds("Café crème", "café", "Café", "café finds Café");
}

static void
test_columns(void)
{
	is_int(column_of("GROẞE ZIEL", "ziel"), 6, "after ẞ (3 bytes, folded to 2) the match is at column 6");
	is_int(column_of("Kalmückien Ziel", "ziel"), 11, "after ü (stripped to u) the match is at column 11");
	is_int(column_of("Maß und Ziel", "ZIEL"), 8, "after ß the match is at column 8");
	is_int(column_of("Kalmu\xcc\x88" "ckien Ziel", "ziel"), 11, "after a decomposed ü, column 11");
}

/* A two-meeting corpus by hand: the index folds each article once. */
static void
test_index(void)
{
	struct article *a = one_paragraph("Treffen in Kalmückien");
	struct article *b = one_paragraph("Meeting in Smolensk");
	struct article *arts[2];
	size_t ids[2] = { 0, 1 };
	struct meeting ms[2];
	struct corpus c;
	struct search_index ix;
	struct search_query q;
	const struct search_article *first;

	arts[0] = a;
	arts[1] = b;
	memset(&c, 0, sizeof c);
	memset(ms, 0, sizeof ms);
	ms[0].articles = &ids[0];
	ms[1].articles = &ids[1];
	ms[0].narticles = ms[1].narticles = 1;
	c.articles = arts;
	c.narticles = 2;
	c.meetings = ms;
	c.nmeetings = 2;
	search_index_init(&ix, &c);
	search_query_init(&q, "KALMUCKIEN", 10);
	ok(search_meeting_has(&ix, 0, &q) && !search_meeting_has(&ix, 1, &q), "the index finds the meeting that matches");
	first = search_index_article(&ix, 0);
	ok(search_index_article(&ix, 0) == first, "an article is folded once and kept");
	ok(search_paragraph_has(first, 0, &q) && !search_paragraph_has(first, 1, &q), "paragraph matches");
	search_query_free(&q);
	search_index_free(&ix);
	free_article(a);
	free_article(b);
}

int
main(void)
{
	test_case_folding();
	test_diacritics();
	test_columns();
	test_index();
	return done_testing();
}
