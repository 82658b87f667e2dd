/* Search: case and diacritic folding, and matches mapped back to the text shown. */
#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/article.h"
#include "tandem/corpus.h"
#include "tandem/search.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus/"
#define SHY "\xc2\xad"	/* U+00AD SOFT HYPHEN */

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
	free(a->title);
	free(a->paragraphs[0].text);
	free(a->paragraphs);
	free(a);
}

/* The matches of query in a, as search_find() stores them in *m (caller
 * frees); *has gets what search_article_has() says. */
static size_t
find_all(const struct article *a, const char *query, struct search_match **m, int *has)
{
	struct search_article *sa = search_article_new(a);
	struct search_query q;
	size_t n = 0;

	*m = NULL;
	*has = 0;
	if (search_query_init(&q, query, strlen(query)) == 0) {
		n = search_find(sa, &q, m);
		*has = search_article_has(sa, &q);
		search_query_free(&q);
	}
	search_article_free(sa);
	return n;
}

/* The matches of query in text as "shown text|shown text", or "" for none. */
static char *
matches(const char *text, const char *query)
{
	struct article *a = one_paragraph(text);
	struct search_match *m;
	struct buf out = { NULL, 0, 0 };
	int has;
	size_t n = find_all(a, query, &m, &has), i;

	buf_add(&out, "", 0);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&out, '|');
		buf_add(&out, a->paragraphs[0].text + m[i].off, m[i].len);
	}
	free(m);
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
	struct search_match *m;
	int has;
	long col = -1;

	if (find_all(a, query, &m, &has) > 0)
		col = text_width(a->paragraphs[0].text, m[0].off);
	free(m);
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

/* A word split by soft hyphens, which are never shown, is found whole. */
static void
test_soft_hyphens(void)
{
	static const char text[] = "Die Verkehrs" SHY "infrastruktur" SHY "entwicklungs" SHY "gesellschaft baut Stra" SHY "ßen.";

	finds(text, "Verkehrsinfrastruktur", "Verkehrs" SHY "infrastruktur",
	    "Verkehrsinfrastruktur finds Verkehrs-infrastruktur split by a soft hyphen");
	finds(text, "infrastrukturentwicklung", "infrastruktur" SHY "entwicklung",
	    "  and infrastrukturentwicklung, the match starting after a soft hyphen, not on it");
	finds(text, "verkehrs", "Verkehrs", "  a match ends before a soft hyphen");
	finds(text, "Verkehrs" SHY "infrastruktur", "Verkehrs" SHY "infrastruktur", "  a query holding one finds it too");
	finds(text, "strassen", "Stra" SHY "ßen", "  strassen finds Stra-ßen (the folding without diacritics)");
	finds(text, "Straßen", "Stra" SHY "ßen", "  Straßen finds it (the folding with them)");
	is_int(column_of(text, "gesellschaft"), 37, "  the match is drawn where it is shown: soft hyphens take no column");
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

/* German readers type ae, oe, ue for ä, ö, ü: text, query, the matches, what it shows. */
static const struct {
	const char *text, *query, *want, *name;
} transliterations[] = {
	{ "Region Kalmückien und Kalmuckien", "kalmueckien", "Kalmückien",
	    "kalmueckien finds Kalmückien, not Kalmuckien" },
	{ "KALMÜCKIEN, Kalmueckien", "Kalmueckien", "KALMÜCKIEN|Kalmueckien",
	    "  and KALMÜCKIEN and the text's own Kalmueckien" },
	{ "Köln und Ärger", "KOELN", "Köln", "KOELN finds Köln" },
	{ "Köln und Ärger", "aerger", "Ärger", "aerger finds Ärger" },
	{ "die Steuerprüfung", "steuerpruefung", "Steuerprüfung",
	    "steuerpruefung finds Steuerprüfung: the ue of Steuer stays, the one of prüf is ü" },
	{ "Gemüse aus Gemuese", "gemuese", "Gemüse|Gemuese", "gemuese finds Gemüse and Gemuese" },
	{ "die Quelle, eine neue Feuerwehr", "quelle", "Quelle", "quelle still finds Quelle" },
	{ "die Quelle, eine neue Feuerwehr", "neue feuer", "neue Feuer", "neue feuer still finds neue Feuer" },
	{ "a full tank, in August", "fuel", "", "fuel does not find full (no ü there)" },
	{ "a full tank, in August", "guest", "", "guest does not find August" },
	{ "Trümmer, true and due, Düsseldorf", "true", "true",
	    "ue ending a word stays ue: true does not find Trümmer" },
	{ "Trümmer, true and due, Düsseldorf", "due", "due", "  due does not find Düsseldorf" },
	{ "Kalmückien", "kalmückien", "Kalmückien", "a query with ü is matched as before" },
};

static void
test_transliterations(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(transliterations); i++)
		finds(transliterations[i].text, transliterations[i].query, transliterations[i].want,
		    transliterations[i].name);
	is_int(column_of("Kalmückien und Ziel", "UND ZIEL"), 11, "a plain query without ae, oe, ue is matched as before");
}

static void
test_columns(void)
{
	is_int(column_of("GROẞE ZIEL", "ziel"), 6, "after ẞ (3 bytes, folded to 2) the match is at column 6");
	is_int(column_of("Kalmückien Ziel", "ziel"), 11, "after ü (stripped to u) the match is at column 11");
	is_int(column_of("Maß und Ziel", "ZIEL"), 8, "after ß the match is at column 8");
	is_int(column_of("Kalmu\xcc\x88" "ckien Ziel", "ziel"), 11, "after a decomposed ü, column 11");
}

/* Where query matches in an article of one paragraph under title: "title@off+len",
 * "para@off+len" for each, or "" for none. */
static char *
title_matches(const char *title, const char *text, const char *query)
{
	struct article *a = one_paragraph(text);
	struct search_match *m;
	struct buf out = { NULL, 0, 0 };
	int has;
	size_t n, i;

	a->title = xstrdup(title);
	n = find_all(a, query, &m, &has);
	buf_add(&out, "", 0);
	for (i = 0; i < n; i++)
		buf_printf(&out, "%s%s@%zu+%zu", i > 0 ? " " : "", m[i].para == SEARCH_TITLE ? "title" : "para",
		    m[i].off, m[i].len);
	if ((n > 0) != has)
		buf_adds(&out, " (but search_article_has says otherwise)");
	free(m);
	free_article(a);
	return buf_detach(&out, NULL);
}

static void
finds_in_title(const char *title, const char *text, const char *query, const char *want, const char *name)
{
	char *got = title_matches(title, text, query);

	is_str(got, want, name);
	free(got);
}

static void
test_titles(void)
{
	finds_in_title("Belarus' position hailed as example", "The position is a true example.", "hailed",
	    "title@18+6", "a word only the headline holds is found there");
	finds_in_title("Belarus' position hailed as example", "The position is a true example.", "EXAMPLE",
	    "title@28+7 para@23+7", "  the headline's match comes before the text's");
	finds_in_title("Treffen in Kalmückien", "Treffen in Kalmückien mit Batu Chassikow.", "kalmuckien",
	    "para@11+11", "a title made from the lead sentence is not searched twice");
	finds_in_title("Ein Treffen in…", "Ein Treffen in Kalmückien mit Batu Chassikow.", "treffen",
	    "para@4+7", "  nor one shortened with …");
	finds_in_title("Straßenbau in Smolensk", "Neue Wege.", "STRASSE", "title@0+7",
	    "the headline is folded as the text is: STRASSE finds Straße");
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
	c.meetings.list = ms;
	c.meetings.n = 2;
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

/* Queries for comparing the fast path with libunistring's folding. */
static const char *const fast_queries[] = {
	"STRASSE", "straße", "kalmuckien", "Kalmückien", "ä", "SS", "ss", "„", "“", "2019", "0", "17",
	"e", "é", "i", "İ", "ı", "fi", "ﬁ", "the", "Präsident", "Lukaschenko", "A", "@", "[", "`", "{",
	"Ü", "oe", "œ", "–", "- ", "kalmueckien", "Kalmueckien", "aerger", "uebergabe", "ueue", "verkehrsweg",
	"s" SHY "w", "gemuese", "koeln", "ueber", "fuel",
};

/* The two foldings of a paragraph the same, shift for shift. */
static int
same_text(const struct search_text *f, const struct search_text *s)
{
	size_t k;

	if (f->len != s->len || f->nshifts != s->nshifts || memcmp(f->text, s->text, f->len + 1) != 0)
		return 0;
	for (k = 0; k < f->nshifts; k++) {
		const struct search_shift *a = &f->shifts[k], *b = &s->shifts[k];

		if (a->folded != b->folded || a->orig != b->orig || a->folded_len != b->folded_len ||
		    a->orig_len != b->orig_len || a->umlaut != b->umlaut)
			return 0;
	}
	return 1;
}

/* The queries' spellings the same: the umlauts read into the same letters. */
static int
same_spellings(const struct search_query *f, const struct search_query *s)
{
	size_t i;

	if (f->fold != s->fold || f->nspellings != s->nspellings)
		return 0;
	for (i = 0; i < f->nspellings; i++) {
		const struct search_spelling *a = &f->spellings[i], *b = &s->spellings[i];

		if (a->len != b->len || memcmp(a->text, b->text, a->len) != 0 || a->numlauts != b->numlauts ||
		    memcmp(a->umlauts, b->umlauts, a->numlauts * sizeof a->umlauts[0]) != 0)
			return 0;
	}
	return 1;
}

/* Whether the letters of spelling sp that stand for umlauts, for sp at folded
 * offset at of t, are ä, ö or ü there: a shift marked so, by a plain walk. */
static int
plain_umlauts_at(const struct search_text *t, size_t at, const struct search_spelling *sp)
{
	size_t k, i;
	int found;

	for (k = 0; k < sp->numlauts; k++) {
		for (found = 0, i = 0; i < t->nshifts; i++)
			found |= t->shifts[i].folded == at + sp->umlauts[k] && t->shifts[i].umlaut;
		if (!found)
			return 0;
	}
	return 1;
}

/* Whether t holds a match of q, found the slow way: each place memmem() finds
 * each spelling, its umlauts checked. */
static int
plain_has(const struct search_text *t, const struct search_query *q)
{
	const char *at, *end = t->text + t->len;
	size_t i;

	for (i = 0; i < q->nspellings; i++) {
		const struct search_spelling *sp = &q->spellings[i];

		for (at = t->text; (at = memmem(at, (size_t)(end - at), sp->text, sp->len)) != NULL; at++)
			if (plain_umlauts_at(t, (size_t)(at - t->text), sp))
				return 1;
	}
	return 0;
}

/* Whether query finds the same in a through either path, by search_find and
 * by search_paragraph_has of an article folded for it alone, and the same
 * as memmem() in the folded text. */
static int
same_matches(const struct article *a, const struct search_article *fast,
    const struct search_article *slow, const char *query)
{
	struct search_query qf, qs;
	struct search_article *ff, *fs;
	struct search_match *mf = NULL, *ms = NULL;
	size_t nf = 0, ns = 0, p;
	int same;

	search_set_fast_path(0);
	if (search_query_init(&qs, query, strlen(query)) < 0) {	/* nothing to search for (a soft hyphen) */
		search_set_fast_path(1);
		same = search_query_init(&qf, query, strlen(query)) < 0;
		if (!same)
			search_query_free(&qf);
		return same;
	}
	search_set_fast_path(1);
	search_query_init(&qf, query, strlen(query));
	search_set_fast_path(0);
	same = same_spellings(&qf, &qs);
	nf = search_find(fast, &qf, &mf);
	ns = search_find(slow, &qs, &ms);
	same = same && nf == ns && (nf == 0 || memcmp(mf, ms, nf * sizeof *mf) == 0);
	fs = search_article_new_for(a, &qs);
	search_set_fast_path(1);
	ff = search_article_new_for(a, &qf);
	for (p = 0; p < a->nparagraphs; p++) {
		same = same && search_paragraph_has(ff, p, &qf) == search_paragraph_has(fs, p, &qs) &&
		    search_paragraph_has(fast, p, &qf) == search_paragraph_has(ff, p, &qf) &&
		    search_paragraph_has(slow, p, &qs) == plain_has(&slow->paragraphs[qs.fold][p], &qs) &&
		    search_paragraph_has(fast, p, &qf) == plain_has(&fast->paragraphs[qf.fold][p], &qf);
	}
	free(mf);
	free(ms);
	search_article_free(ff);
	search_article_free(fs);
	search_query_free(&qf);
	search_query_free(&qs);
	return same;
}

/* How many of the foldings and the queries' matches of a differ between the
 * fast path and libunistring alone; *tried counts the comparisons. */
static size_t
fast_path_differences(const struct article *a, const char *const *queries, size_t nq, size_t *tried)
{
	struct search_article *fast, *slow;
	size_t p, k, differ = 0;
	int f;

	search_set_fast_path(0);
	slow = search_article_new(a);
	search_set_fast_path(1);
	fast = search_article_new(a);
	for (f = 0; f < SEARCH_FOLDS; f++, (*tried)++) {
		differ += !same_text(&fast->title[f], &slow->title[f]);
		for (p = 0; p < a->nparagraphs; p++, (*tried)++)
			differ += !same_text(&fast->paragraphs[f][p], &slow->paragraphs[f][p]);
	}
	for (k = 0; k < nq; k++, (*tried)++)
		differ += !same_matches(a, fast, slow, queries[k]);
	search_article_free(fast);
	search_article_free(slow);
	return differ;
}

/* Every paragraph of every seed, both foldings, the usual queries. */
static void
test_fast_path_seeds(void)
{
	DIR *d = opendir(SEEDS);
	struct dirent *e;
	size_t seeds = 0, tried = 0, differ = 0;

	while (d != NULL && (e = readdir(d)) != NULL) {
		char path[512], *cause = NULL;
		struct article *a;
		size_t n = strlen(e->d_name);

		if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof path, SEEDS "%s", e->d_name);
		a = corpus_read_article(path, e->d_name, &cause);
		if (a == NULL) {
			differ++;
			free(cause);
			continue;
		}
		differ += fast_path_differences(a, fast_queries, ARRAY_SIZE(fast_queries), &tried);
		article_free(a);
		seeds++;
	}
	if (d != NULL)
		closedir(d);
	ok(seeds >= 5 && differ == 0, "the fast path folds and finds in %zu seeds as libunistring does "
	    "(%zu of %zu comparisons differ)", seeds, differ, tried);
}

/* Pieces of generated paragraphs: ASCII with the edges of A..Z, German and
 * other Latin letters, what folds to more or fewer bytes, combining marks,
 * quotes and dashes. */
static const char *const pieces[] = {
	" ", " ", "a", "Z", "z", "@", "[", "`", "{", "0", "9", ".", ",", "STRASSE", "Straße", "Strasse",
	"Kalmückien", "KALMUCKIEN", "Lukaschenko", "the President SAID", "ä", "ö", "ü", "ß", "ẞ", "Ä",
	"Ö", "Ü", "é", "è", "ç", "ñ", "ø", "å", "æ", "œ", "Œ", "İ", "ı", "ﬁ", "ﬃ", "\xcc\x81", "\xcc\x88",
	"\xcc\xa7", "„", "“", "‚", "‘", "–", "—", "ΐ", "Σ", "ς", "K", "ſ", "😀", "日本", "ǅ", SHY, "Verkehrs" SHY "weg",
	"ae", "oe", "ue", "Gemüse", "Gemuese", "Köln", "Kalmueckien", "Kalmúckien", "ÜBER", "Fu\xcc\x88llung", "Göl",
};

/* A paragraph of up to 60 pieces from the seed, cleaned as a file's would be. */
static struct article *
random_paragraph(unsigned *seed)
{
	char raw[1024];
	size_t len = 0, k, n;

	*seed = *seed * 1103515245u + 12345u;
	n = 1 + (*seed >> 16) % 60;
	for (k = 0; k < n; k++) {
		const char *p;

		*seed = *seed * 1103515245u + 12345u;
		p = pieces[(*seed >> 16) % ARRAY_SIZE(pieces)];
		if (len + strlen(p) + 1 >= sizeof raw)
			break;
		memcpy(raw + len, p, strlen(p));
		len += strlen(p);
	}
	raw[len] = '\0';
	return one_paragraph(raw);
}

/* Generated paragraphs, with the usual queries and pieces of themselves. */
static void
test_fast_path_random(void)
{
	unsigned seed = 11;
	size_t i, tried = 0, differ = 0;

	for (i = 0; i < 3000; i++) {
		struct article *a = random_paragraph(&seed);
		const char *text = a->paragraphs[0].text;
		size_t len = a->paragraphs[0].len, from = len > 0 ? (seed >> 8) % len : 0;
		char own[2][16];
		const char *queries[ARRAY_SIZE(fast_queries) + 2];

		snprintf(own[0], sizeof own[0], "%.*s", (int)(len - from < 6 ? len - from : 6), text + from);
		snprintf(own[1], sizeof own[1], "%.*s", (int)(len < 12 ? len : 12), text);
		memcpy(queries, fast_queries, sizeof fast_queries);
		queries[ARRAY_SIZE(fast_queries)] = own[0][0] != '\0' ? own[0] : "x";
		queries[ARRAY_SIZE(fast_queries) + 1] = own[1][0] != '\0' ? own[1] : "x";
		differ += fast_path_differences(a, queries, ARRAY_SIZE(queries), &tried);
		free_article(a);
	}
	ok(differ == 0, "the fast path folds and finds in 3000 generated paragraphs as libunistring does "
	    "(%zu of %zu comparisons differ)", differ, tried);
}

int
main(void)
{
	test_case_folding();
	test_soft_hyphens();
	test_diacritics();
	test_transliterations();
	test_columns();
	test_titles();
	test_index();
	test_fast_path_seeds();
	test_fast_path_random();
	return done_testing();
}
