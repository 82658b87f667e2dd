/* Sentences: the truth files (no wrong split, no missed split) and the
 * spans of single paragraphs. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/corpus.h"
#include "tandem/sentence.h"
#include "tandem/text.h"
#include "tap.h"

#define TRUTH TANDEM_SRCDIR "/tests/data/sentences/"
#define SEEDS TANDEM_SRCDIR "/res/corpus/"

/* Ten German and ten English articles written for the test, and the seeds. */
static const char *const articles[] = {
	"de01", "de02", "de03", "de04", "de05", "de06", "de07", "de08", "de09", "de10",
	"en01", "en02", "en03", "en04", "en05", "en06", "en07", "en08", "en09", "en10",
	"000_bb48c70955bb72ea", "001_994465b2fab599f9", "002_954a635c099c0dbf",
	"003_5657ae1482649044", "004_bec5a6384e55e9b3",
};

/* Sentences as one stream without spaces, and where each one ends in it. */
struct cut {
	struct buf text;
	size_t *ends, n, cap;
};

static void
cut_add(struct cut *c, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\n')
			buf_addc(&c->text, s[i]);
	c->ends = xgrow(c->ends, &c->cap, c->n + 1, sizeof(*c->ends));
	c->ends[c->n++] = c->text.len;
}

static void
cut_free(struct cut *c)
{
	buf_free(&c->text);
	free(c->ends);
}

static int
cut_has(const struct cut *c, size_t end)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->ends[i] == end)
			return 1;
	return 0;
}

/* The article's sentences as the program cuts them, shown as read. */
static int
cut_article(const char *name, struct cut *c)
{
	char path[512], *cause = NULL;
	struct article *a;
	struct buf shown = { 0 };
	size_t p, k, n;

	snprintf(path, sizeof(path), "%s%s.txt", name[0] == 'd' || name[0] == 'e' ? TRUTH : SEEDS, name);
	if ((a = corpus_read_article(path, name, &cause)) == NULL) {
		printf("# %s\n", cause);
		free(cause);
		return -1;
	}
	for (p = 0; p < a->nparagraphs; p++) {
		struct sentence *ss;

		n = sentence_split(a->paragraphs[p].text, a->paragraphs[p].len, a->lang,
		    p == 0 ? a->dateline_len : 0, &ss);
		for (k = 0; k < n; k++) {
			shown.len = 0;
			text_add_visible(&shown, a->paragraphs[p].text + ss[k].start, ss[k].end - ss[k].start);
			cut_add(c, shown.data, shown.len);
		}
		free(ss);
	}
	buf_free(&shown);
	article_free(a);
	return 0;
}

static int
cut_truth(const char *name, struct cut *c)
{
	char path[512], line[8192];
	FILE *f;

	snprintf(path, sizeof(path), TRUTH "%s.truth", name);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] != '\0')
			cut_add(c, line, strlen(line));
	}
	fclose(f);
	return 0;
}

/* Prints the text around a boundary for the reader of a failure. */
static void
show_at(const char *what, const struct cut *c, size_t end)
{
	size_t from = end > 40 ? end - 40 : 0;

	printf("#   %s: ...%.*s | %.40s\n", what, (int)(end - from), c->text.data + from, c->text.data + end);
}

static void
test_truth(const char *name)
{
	struct cut got = { { 0 }, NULL, 0, 0 }, want = { { 0 }, NULL, 0, 0 };
	size_t i, wrong = 0, missed = 0;

	if (cut_article(name, &got) < 0 || cut_truth(name, &want) < 0) {
		ok(0, "%s: read", name);
		return;
	}
	if (!ok(got.text.len == want.text.len && memcmp(got.text.data, want.text.data, got.text.len) == 0,
	    "%s: the sentences hold the article's text", name)) {
		cut_free(&got);
		cut_free(&want);
		return;
	}
	for (i = 0; i < got.n; i++)
		if (!cut_has(&want, got.ends[i]) && ++wrong)
			show_at("wrong split", &got, got.ends[i]);
	for (i = 0; i < want.n; i++)
		if (!cut_has(&got, want.ends[i]) && ++missed)
			show_at("missed split", &want, want.ends[i]);
	ok(wrong == 0 && missed == 0, "%s: %zu sentences, no wrong split (%zu), no missed split (%zu)", name,
	    want.n, wrong, missed);
	cut_free(&got);
	cut_free(&want);
}

/* The sentences of s, each as "[text]". */
static char *
spans(const char *s, enum lang lang, size_t skip)
{
	struct sentence *ss;
	struct buf b = { 0 };
	size_t n = sentence_split(s, strlen(s), lang, skip, &ss), k;

	buf_adds(&b, "");
	for (k = 0; k < n; k++)
		buf_printf(&b, "[%.*s]", (int)(ss[k].end - ss[k].start), s + ss[k].start);
	free(ss);
	return buf_detach(&b, &n);
}

static void
is_spans(const char *s, enum lang lang, size_t skip, const char *want, const char *name)
{
	char *got = spans(s, lang, skip);

	is_str(got, want, name);
	free(got);
}

static void
test_paragraphs(void)
{
	is_spans("Er kam am Abend\nnach Minsk. Dort\nsprach er.", LANG_DE, 0,
	    "[Er kam am Abend\nnach Minsk.][Dort\nsprach er.]", "a sentence runs over a hard line break");
	is_spans("  Landmaschinen und Busse  ", LANG_DE, 0, "[Landmaschinen und Busse]",
	    "a heading without a stop is one sentence, without its spaces");
	is_spans(" \n ", LANG_DE, 0, "", "spaces alone hold no sentence");
	is_spans("MINSK, June 2. /TASS/. Talks began.", LANG_EN, 22, "[MINSK, June 2. /TASS/. Talks began.]",
	    "no sentence ends in the dateline");
	is_spans("MINSK, June 2. /TASS/. Talks began.", LANG_EN, 0, "[MINSK, June 2.][/TASS/.][Talks began.]",
	    "without the dateline's length, its stops are read as ends");
	is_spans("Wir warten... Dann gehen wir.", LANG_DE, 0, "[Wir warten...][Dann gehen wir.]",
	    "three dots end a sentence too");
	is_spans("Das Werk stellt Busse, Lastwagen usw. her. Die Nachfrage wächst.", LANG_DE, 0,
	    "[Das Werk stellt Busse, Lastwagen usw. her.][Die Nachfrage wächst.]",
	    "usw. before a lower-case word ends nothing");
	is_spans("Im Jahr 2024. Experten sind sich einig.", LANG_DE, 0,
	    "[Im Jahr 2024.][Experten sind sich einig.]", "a year before a noun ends a sentence");
	is_spans("Der Umsatz stieg um 40. Die Kosten auch.", LANG_DE, 0,
	    "[Der Umsatz stieg um 40.][Die Kosten auch.]", "a figure before Die ends a sentence");
	is_spans("„Wirklich?“ fragte er. „Ja!“ Er ging.", LANG_DE, 0,
	    "[„Wirklich?“ fragte er.][„Ja!“][Er ging.]", "a quote ends a sentence only before a capital");
	is_spans("He lives in the U.S. The family moved there in 2010.", LANG_EN, 0,
	    "[He lives in the U.S.][The family moved there in 2010.]", "U.S. before The ends a sentence");
}

int
main(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(articles); i++)
		test_truth(articles[i]);
	test_paragraphs();
	return done_testing();
}
