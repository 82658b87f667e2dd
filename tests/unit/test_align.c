/* Alignment: the golds, the edge cases, speed at 1,000 paragraphs, and the
 * two pair exports. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tandem/align.h"
#include "tandem/corpus.h"
#include "tandem/export.h"
#include "tandem/layout.h"
#include "tandem/text.h"
#include "tap.h"

#define SHY "\xC2\xAD"	/* U+00AD SOFT HYPHEN */
#define SEEDS TANDEM_SRCDIR "/res/corpus/"
#define GOLD TANDEM_SRCDIR "/tests/data/align/"

static struct article *
seed(const char *name)
{
	char path[512], *cause = NULL;
	struct article *a;

	snprintf(path, sizeof(path), SEEDS "%s.txt", name);
	a = corpus_read_article(path, name, &cause);
	free(cause);
	return a;
}

/* The beads as "de\ten\n" lines, the way the gold files hold them. */
static char *
beads_text(const struct alignment *al)
{
	struct buf b = { 0 };
	char de[64], en[64];
	size_t i;

	for (i = 0; i < al->nbeads; i++)
		buf_printf(&b, "%s\t%s\n", align_numbers(al->beads[i].de, al->beads[i].nde, de, sizeof(de)),
		    align_numbers(al->beads[i].en, al->beads[i].nen, en, sizeof(en)));
	return buf_detach(&b, NULL);
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	struct buf b = { 0 };
	char chunk[4096];
	size_t n;

	while (f && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	if (f)
		fclose(f);
	return buf_detach(&b, NULL);
}

/* Only the pairs (beads with both sides), one per line. */
static char *
pairs_only(const char *beads)
{
	struct buf b = { 0 };
	const char *line = beads;

	while (*line) {
		const char *nl = strchr(line, '\n'), *tab = strchr(line, '\t');
		size_t len = nl ? (size_t)(nl - line) + 1 : strlen(line);

		if (tab && tab != line && tab[1] != '\n' && tab[1] != '\0')
			buf_add(&b, line, len);
		line += len;
	}
	return buf_detach(&b, NULL);
}

static void
test_golds(void)
{
	struct article *de = seed("000_bb48c70955bb72ea"), *en2 = seed("002_954a635c099c0dbf");
	struct article *en4 = seed("004_bec5a6384e55e9b3");
	struct alignment al;
	char *got, *want, *gp, *wp;

	align_articles(de, en2, &al, NULL, NULL);
	got = beads_text(&al);
	want = slurp(GOLD "000_002.gold");
	is_str(got, want, "000 and 002 give exactly the gold beads");
	ok(al.beads[0].score > 0 && al.beads[1].score == 0, "  a pair has a score, an unmatched paragraph none");
	ok(align_coverage(&al, de) == 1.0, "  every German paragraph has a counterpart");
	free(got);
	free(want);
	align_free(&al);

	align_articles(de, en4, &al, NULL, NULL);
	got = beads_text(&al);
	want = slurp(GOLD "000_004.gold");
	gp = pairs_only(got);
	wp = pairs_only(want);
	is_str(gp, wp, "000 and 004 (another write-up) pair only German 2-3 with English 4-5");
	is_int((long)(al.matched_de + al.matched_en), 4, "  and nothing else is forced together");
	ok(align_coverage(&al, de) < 0.3, "  so its coverage is low");
	free(gp);
	free(wp);
	free(got);
	free(want);
	align_free(&al);
	article_free(de);
	article_free(en2);
	article_free(en4);
}

static struct article *
make(const char *name, const char *text)
{
	return article_parse(name, text, strlen(text));
}

static void
test_edges(void)
{
	struct article *empty = make("e", ""), *en = make("en", "One.\nTwo.\nThree.");
	struct alignment al;

	align_articles(empty, en, &al, NULL, NULL);
	is_int((long)al.nbeads, 3, "an empty German article: every English paragraph stands alone");
	ok(al.beads[0].nde == 0 && al.beads[2].nen == 1, "  as 0-1 beads");
	align_free(&al);
	align_articles(empty, empty, &al, NULL, NULL);
	is_int((long)al.nbeads, 0, "two empty articles: no beads");
	align_free(&al);
	article_free(empty);
	article_free(en);
}

/* n paragraphs a side that share a name and two numbers each, and one
 * extra English paragraph every 50. */
/* Alignment by paragraph lengths alone, as grouping uses it. */
static void
test_lengths(void)
{
	size_t de[] = { 200, 560, 340, 430 }, en[] = { 180, 500, 300, 390 }, back[] = { 390, 300, 500, 180 };
	size_t shorter[] = { 180, 500, 390 };
	double same = align_lengths(de, 4, en, 4, 0.9);

	ok(same < 4 * 1.0, "a translation's lengths, in order, cost little (%.2f)", same);
	ok(align_lengths(de, 4, back, 4, 0.9) > same + 5, "  the same lengths backwards cost more");
	ok(align_lengths(de, 4, en, 4, 0.6) > same, "  and more when the ratio is wrong");
	ok(align_lengths(de, 4, shorter, 3, 0.9) > same + 3, "a paragraph left untranslated costs a bead of its own");
	is_int((long)align_lengths(de, 0, en, 0, 0.9), 0, "two empty articles cost nothing");
}

static void
synthetic(int n, struct article **de, struct article **en)
{
	static const char *names[][2] = {
		{ "Chassikow", "Khasikov" }, { "Schukow", "Zhukov" }, { "Worobjow", "Vorobyov" },
		{ "Anochin", "Anokhin" }, { "Demeschin", "Demeshin" },
	};
	struct buf d = { 0 }, e = { 0 };
	int i;

	for (i = 0; i < n; i++) {
		int k = i % 5;

		buf_printf(&d, "Der Gouverneur %s nannte die Zahl %d und sprach über %d Traktoren und Lieferungen.\n",
		    names[k][0], 1000 + i, 7 * i + 3);
		buf_printf(&e, "Governor %s named the figure %d and spoke about %d tractors and deliveries.\n",
		    names[k][1], 1000 + i, 7 * i + 3);
		if (i % 50 == 25)
			buf_printf(&e, "The weather in Minsk was sunny on day %d.\n", 90000 + i);
	}
	*de = make("de", d.data);
	*en = make("en", e.data);
	buf_free(&d);
	buf_free(&e);
}

static void
test_speed(void)
{
	struct article *de, *en;
	struct alignment al;
	clock_t t0;
	double secs;
	size_t i, wrong = 0;

	synthetic(1000, &de, &en);
	t0 = clock();
	align_articles(de, en, &al, NULL, NULL);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	printf("# 1,000 + 1,020 paragraphs aligned in %.3f s (dictionary already loaded)\n", secs);
	for (i = 0; i < al.nbeads; i++)
		if (al.beads[i].nde == 1 && al.beads[i].nen == 1 &&
		    strstr(en->paragraphs[al.beads[i].en].text, "Governor") == NULL)
			wrong++;
	is_int((long)al.matched_de, 1000, "1,000-paragraph articles: every German paragraph paired");
	is_int((long)wrong, 0, "  never with an extra English one");
	ok(getenv("TANDEM_TEST_SLOW") || secs < 5.0, "  and it finishes in seconds, not minutes (%.3f s)", secs);
	align_free(&al);
	article_free(de);
	article_free(en);
}

/* A stop that says yes at the first question, and counts them. */
static int
stop_at_once(void *arg)
{
	++*(int *)arg;
	return 1;
}

/* A key while 300 paragraphs are aligned (the dictionary's load is
 * stopped in test_lexicon, which reads the system one: the fixture is read
 * before the first question). */
static void
test_stop(void)
{
	struct article *de, *en;
	struct alignment al;
	int asked = 0;
	struct stop stop = { stop_at_once, &asked };

	synthetic(300, &de, &en);
	is_int(align_articles(de, en, &al, NULL, &stop), -1, "a key while 300 paragraphs are aligned stops the work");
	ok(asked == 1 && al.nbeads == 0, "  at the first question, and leaves no beads");
	is_int(align_articles(de, en, &al, NULL, NULL), 0, "  without a key the same pair aligns");
	is_int((long)al.matched_de, 300, "  every German paragraph paired");
	align_free(&al);
	article_free(de);
	article_free(en);
}

/* Aligns de and en (and frees them): the beads are want. */
static void
is_beads(struct article *de, struct article *en, const char *want, const char *name)
{
	struct alignment al;
	char *got;

	align_articles(de, en, &al, NULL, NULL);
	got = beads_text(&al);
	is_str(got, want, name);
	free(got);
	align_free(&al);
	article_free(de);
	article_free(en);
}

/* Figures in German and English conventions: a pair keeps them, and a
 * paragraph whose figures the other side lacks stays alone. */
static void
test_figures(void)
{
	struct article *de = make("de",
	    "MINSK, 20. M\xC3\xA4rz (BelTA) - Der Handelsumsatz zwischen Belarus und der Region erreichte im "
	    "vergangenen Jahr 1,2 Milliarden Dollar.\n"
	    "Die Lieferungen von Lebensmitteln stiegen um 22,5 Prozent, die von Maschinen um 4,4 Prozent.\n"
	    "Belarussische Betriebe haben 22.500 Traktoren und 1.300 M\xC3\xA4hdrescher in die Region geliefert.\n"
	    "Bis 2025 soll der Umsatz auf 1,5 Milliarden Dollar steigen.");
	struct article *en = make("en", "Trade with the region grows\n\n"
	    "Trade between Belarus and the region reached $1.2 billion last year.\n\n"
	    "Belarusian companies have supplied 22,500 tractors and 1,300 combine harvesters to the region.\n\n"
	    "By 2025 trade is expected to rise to $1.5 billion.");

	is_beads(de, en, "1\t1\n2\t\n3\t2\n4\t3\n",
	    "1,2 Milliarden Dollar pairs with $1.2 billion, 22.500 with 22,500; the shares the English lacks stay alone");
}

/* A translator who renders one sentence of a long paragraph and leaves
 * out the rest still translated that paragraph: the reader wants the two
 * side by side, not each alone. */
static void
test_sentences_left_out(void)
{
	struct article *de = make("de",
	    "MINSK, 20. M\xC3\xA4rz (BelTA) - Der Pr\xC3\xA4sident hat den Gouverneur des Gebiets Tula getroffen.\n"
	    "Die Landwirtschaft der Region braucht neue Traktoren und M\xC3\xA4hdrescher. Die Schulen bekommen "
	    "moderne Computer und B\xC3\xBC" "cher, das Krankenhaus erh\xC3\xA4lt neue Ger\xC3\xA4te, und die Stadt "
	    "baut neue Stra\xC3\x9F" "en und H\xC3\xA4user. Die Zusammenarbeit in Kultur, Sport, Tourismus und "
	    "Bildung soll gest\xC3\xA4rkt werden, betonte das Staatsoberhaupt, und die Delegation will im Winter "
	    "das Museum und den Olympiapark besuchen.\n"
	    "Der Handelsumsatz soll im n\xC3\xA4" "chsten Jahr auf 1,5 Milliarden Dollar steigen.\n"
	    "Der Gouverneur lud den Pr\xC3\xA4sidenten zu einem Besuch in das Gebiet ein.");
	struct article *en = make("en", "Governor of Tula meets President\n\n"
	    "The President met the governor of the Tula region.\n\n"
	    "The agriculture of the region needs new tractors and combine harvesters.\n\n"
	    "Trade is expected to rise to $1.5 billion next year.\n\n"
	    "The governor invited the President to visit the region.");

	is_beads(de, en, "1\t1\n2\t2\n3\t3\n4\t4\n",
	    "a paragraph of three sentences pairs with the one sentence of it the English kept");
}

/* The beads of de and en (freed) with their scores, as "de\ten\tscore" lines. */
static char *
scored_beads(struct article *de, struct article *en)
{
	struct alignment al;
	struct buf b = { 0 };
	char d[64], e[64];
	size_t i;

	align_articles(de, en, &al, NULL, NULL);
	for (i = 0; i < al.nbeads; i++)
		buf_printf(&b, "%s\t%s\t%.6f\n", align_numbers(al.beads[i].de, al.beads[i].nde, d, sizeof(d)),
		    align_numbers(al.beads[i].en, al.beads[i].nen, e, sizeof(e)), al.beads[i].score);
	align_free(&al);
	article_free(de);
	article_free(en);
	return buf_detach(&b, NULL);
}

/* A German article hyphenated with soft hyphens, as some sites send it,
 * aligns as it does without them: words are read whole. */
static void
test_soft_hyphens(void)
{
	static const char en[] = "New equipment\n\n"
	    "Agriculture needs new tractors and combine harvesters.\n\n"
	    "The schools get modern computers and books.\n\n"
	    "The hospital receives new equipment.";
	char *plain = scored_beads(make("de", "Die Landwirtschaft braucht neue Traktoren und M\xC3\xA4hdrescher.\n"
	    "Die Schulen bekommen moderne Computer und B\xC3\xBC" "cher.\n"
	    "Das Krankenhaus erh\xC3\xA4lt neue Ger\xC3\xA4te."), make("en", en));
	char *soft = scored_beads(make("de", "Die Landwirt" SHY "schaft braucht neue Trak" SHY "toren und "
	    "M\xC3\xA4h" SHY "drescher.\n"
	    "Die Schu" SHY "len bekom" SHY "men mo" SHY "derne Com" SHY "puter und B\xC3\xBC" SHY "cher.\n"
	    "Das Kranken" SHY "haus erh\xC3\xA4lt neue Ge" SHY "r\xC3\xA4te."), make("en", en));

	is_str(soft, plain, "soft hyphens in German words change no bead and no score");
	free(plain);
	free(soft);
}

/* Three German paragraphs against one English, two against two, one
 * against three; German a paragraph a line, English between blank lines. */
static void
test_bead_kinds(void)
{
	static const char *names[][2] = {
		{ "Chassikow", "Khasikov" }, { "Schukow", "Zhukov" }, { "Worobjow", "Vorobyov" },
		{ "Anochin", "Anokhin" }, { "Demeschin", "Demeshin" },
	};
	static const char *de_breaks = "\n\n\n \n\n\n  \n";	/* after sentence k: ' ' joins */
	static const char *en_breaks = "  \n\n \n\n\n\n\n";
	struct buf d = { 0 }, e = { 0 };
	int k;

	for (k = 0; k < 10; k++) {
		buf_printf(&d, "Gouverneur %s nannte %d Traktoren und %d Lieferungen.%s", names[k % 5][0], 100 + k,
		    31 * k + 7, de_breaks[k] == ' ' ? " " : "\n");
		buf_printf(&e, "Governor %s named %d tractors and %d deliveries.%s", names[k % 5][1], 100 + k,
		    31 * k + 7, en_breaks[k] == ' ' ? " " : "\n\n");
	}
	is_beads(make("de", d.data), make("en", e.data), "1,2,3\t1\n4,5\t2,3\n6\t4\n7\t5,6,7\n",
	    "beads 3-1, 2-2, 1-1 and 1-3 pair paragraphs merged and split apart");
	buf_free(&d);
	buf_free(&e);
}

/* Over ALIGN_EVIDENCE_MAX paragraphs: lengths and anchors, and a note. */
static void
test_long(void)
{
	struct article *de, *en;
	struct alignment al;
	size_t i, wrong = 0;

	synthetic(ALIGN_EVIDENCE_MAX / 2 + 50, &de, &en);
	align_articles(de, en, &al, NULL, NULL);
	ok(al.by_lengths && align_limit_note(&al) != NULL && strstr(align_limit_note(&al), "lengths and anchors"),
	    "%zu and %zu paragraphs are aligned by lengths and anchors, and the note says so", de->nparagraphs,
	    en->nparagraphs);
	for (i = 0; i < al.nbeads; i++)
		if (al.beads[i].nde == 1 && al.beads[i].nen == 1 &&
		    strstr(en->paragraphs[al.beads[i].en].text, "Governor") == NULL)
			wrong++;
	ok(al.matched_de + 10 >= de->nparagraphs && wrong == 0,
	    "  nearly every German paragraph is paired (%zu of %zu), never with an extra English one",
	    al.matched_de, de->nparagraphs);
	align_free(&al);
	article_free(de);
	article_free(en);
}

/* The display column where the rule stands on each line, or -1. */
static int
rule_column(const char *line, size_t len)
{
	const char *rule = strstr(line, "│");

	return rule && (size_t)(rule - line) < len ? text_width(line, (size_t)(rule - line)) : -1;
}

static void
test_side_by_side(void)
{
	struct article *de = make("de", "Titel\n\nGrößere Übergrößen auf der Straße: Äpfel, Öl und Müll.\nZweiter Absatz.");
	struct article *en = make("en", "Title\n\n日本語のテキストを折り返す。漢字は二桁です。\nSecond paragraph.");
	struct alignment al = { 0 };
	struct bead beads[] = { { 0, 1, 0, 1, 1 }, { 1, 1, 0, 0, 0 }, { 2, 0, 1, 1, 0 } };
	struct buf out = { 0 };
	const char *line;
	int bad = 0, lines = 0;

	al.beads = beads;
	al.nbeads = 3;
	export_pair_text(de, en, &al, 40, &out);
	ok(strncmp(out.data, "German title: Titel\nGerman date: -\n", 35) == 0 &&
	    strstr(out.data, "\nEnglish article: en\n\n") != NULL,
	    "side by side at 40: a header of both articles, German first, then a blank line");
	for (line = strstr(out.data, "\n\n") + 2; *line; lines++) {
		const char *nl = strchr(line, '\n');

		if (rule_column(line, (size_t)(nl - line)) != 19)
			bad++;
		line = nl + 1;
	}
	ok(lines == 8 && bad == 0, "  then 18 columns, a space, then the rule, on all %d lines "
	    "(umlauts one column, CJK two)", lines);
	ok(strstr(out.data, "Second paragraph.") > strstr(out.data, "Zweiter Absatz."),
	    "  an unmatched paragraph gets its own rows, the other side empty");
	buf_free(&out);
	article_free(de);
	article_free(en);
}

static void
test_tmx(void)
{
	struct article *de = make("de", "Titel\n\nZitat: <b> & \"Kalmückien\"\nNur deutsch.");
	struct article *en = make("en", "Title\n\nQuote: <b> & \"Kalmykia\"");
	struct alignment al = { 0 };
	struct bead beads[] = { { 0, 1, 0, 1, 1 }, { 1, 1, 1, 0, 0 } };
	struct buf out = { 0 };

	free(de->paragraphs[1].text);
	de->paragraphs[1].text = strdup("raw \x01 control");
	de->paragraphs[1].len = strlen(de->paragraphs[1].text);
	beads[1].nen = 1;
	beads[1].en = 0;
	al.beads = beads;
	al.nbeads = 2;
	export_pair_tmx(de, en, &al, EXPORT_SEGMENTS_paragraph, &out);
	ok(strncmp(out.data, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">", 56) == 0,
	    "TMX 1.4 in UTF-8");
	ok(strstr(out.data, "srclang=\"de\"") != NULL, "  German is the source language");
	ok(strstr(out.data, "<tuv xml:lang=\"de\"><seg>Zitat: &lt;b&gt; &amp; &quot;Kalmückien&quot;</seg></tuv>\n"
	    "      <tuv xml:lang=\"en\">") != NULL, "  < > & \" escaped, German first, then English");
	ok(strstr(out.data, "raw  control") != NULL && strchr(out.data, '\x01') == NULL,
	    "  control characters never reach the file");
	buf_free(&out);
	article_free(de);
	article_free(en);
}

/* The aligned reader's rows: both sides of a bead start on one row. */
static void
test_rows(void)
{
	struct article *de = seed("000_bb48c70955bb72ea"), *en = seed("002_954a635c099c0dbf");
	struct layout l[2];
	const struct layout *side[2] = { &l[0], &l[1] };
	struct pair_layout pl;
	struct alignment al;
	size_t b, r, misaligned = 0, row, lost = 0;

	align_articles(de, en, &al, NULL, NULL);
	layout_build(&l[0], de, 40);
	layout_build(&l[1], en, 30);
	layout_pair_build(&pl, side, &al);
	for (b = 0; b < al.nbeads; b++) {
		const struct pair_row *first = &pl.rows[pl.bead_row[b]];

		if (al.beads[b].nde && l[0].lines[first->line[0]].para != al.beads[b].de)
			misaligned++;
		if (al.beads[b].nen && l[1].lines[first->line[1]].para != al.beads[b].en)
			misaligned++;
		if ((al.beads[b].nde == 0) != (first->line[0] == PAIR_FILLER))
			misaligned++;
	}
	is_int((long)misaligned, 0, "every bead's sides start on the same row; a missing side is filler");
	for (r = 0; r < l[0].nlines; r++)
		lost += pl.rows[pl.row_of[0][r]].line[0] != r;
	is_int((long)lost, 0, "  every German line has its row");
	row = 0;
	ok(layout_pair_unmatched(&pl, &al, &row, 1) && row == pl.bead_row[1], "the next unmatched paragraph is English 2");
	ok(layout_pair_unmatched(&pl, &al, &row, 1) && pl.rows[row].line[1] != PAIR_FILLER &&
	    l[1].lines[pl.rows[row].line[1]].para == 8, "  then English 9");
	ok(!layout_pair_unmatched(&pl, &al, &row, 1), "  then none");
	ok(layout_pair_unmatched(&pl, &al, &row, -1) && row == pl.bead_row[1], "  and back to English 2");
	layout_pair_free(&pl);
	layout_free(&l[0]);
	layout_free(&l[1]);
	align_free(&al);
	article_free(de);
	article_free(en);
}

int
main(void)
{
	/* The fixture, not whatever the machine has installed. */
	setenv("TANDEM_DICTIONARY", TEST_DICTIONARY, 1);
	test_stop();
	test_golds();
	test_edges();
	test_lengths();
	test_speed();
	test_figures();
	test_sentences_left_out();
	test_soft_hyphens();
	test_bead_kinds();
	test_long();
	test_side_by_side();
	test_tmx();
	test_rows();
	return done_testing();
}
