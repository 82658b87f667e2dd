/* Every cleaning rule, and every metadata field of every seed. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/article.h"
#include "tandem/corpus.h"
#include "tandem/text.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus/"

static struct article *
seed(const char *name)
{
	char path[512];
	char *cause = NULL;
	struct article *a;

	snprintf(path, sizeof(path), SEEDS "%s.txt", name);
	a = corpus_read_article(path, name, &cause);
	if (!ok(a != NULL, "seed %s reads", name))
		printf("#   %s\n", cause ? cause : "?");
	free(cause);
	return a;
}

static struct article *
parse(const char *text)
{
	return article_parse("t", text, strlen(text));
}

static void
check_date(const struct article *a, const char *want)
{
	char buf[16];

	is_str(date_format(&a->date, buf), want, "  date");
}

static int
has_paragraph(const struct article *a, const char *prefix)
{
	size_t i;

	for (i = 0; i < a->nparagraphs; i++)
		if (strncmp(a->paragraphs[i].text, prefix, strlen(prefix)) == 0)
			return 1;
	return 0;
}

static void
test_seed_000(void)
{
	struct article *a = seed("000_bb48c70955bb72ea");

	is_int(a->lang, LANG_DE, "000 is German");
	is_int((long)a->nparagraphs, 9, "  9 paragraphs (the leading empty line is none)");
	check_date(a, "--03-20");
	is_str(a->place, "Minsk", "  dateline place");
	is_str(source_name(a->source), "BelTA", "  source");
	is_str(a->region, "Kalmückien", "  region");
	is_str(a->person, "Batu Chassikow", "  person");
	ok(strncmp(a->title, "Bei einem Treffen mit dem Oberhaupt", 35) == 0,
	    "  title is the lead sentence after the dateline: %s", a->title);
	ok(text_width(a->title, strlen(a->title)) <= 90, "  title shortened to 90 columns");
	ok(strstr(a->title, "…") != NULL && a->title[strlen(a->title) - 4] != ' ',
	    "  shortened at a word boundary, with an ellipsis");
	is_int(a->hour, -1, "  no time");
	article_free(a);
}

static void
test_seed_001(void)
{
	struct article *a = seed("001_994465b2fab599f9");

	is_int(a->lang, LANG_DE, "001 is German");
	is_int((long)a->nparagraphs, 25, "  25 paragraphs, each once");
	is_int((long)a->debris.repeated, 22, "  22 repeated paragraphs removed");
	is_str(a->paragraphs[13].text, "Straßenbau", "  a short subheading kept once, in order");
	check_date(a, "--11-18");
	is_str(a->place, "Minsk", "  place");
	is_str(a->region, "Smolensk", "  region");
	is_str(a->person, "Wassili Anochin", "  person");
	is_str(source_name(a->source), "BelTA", "  source");
	article_free(a);
}

static void
test_seed_002(void)
{
	struct article *a = seed("002_954a635c099c0dbf");

	is_int(a->lang, LANG_EN, "002 is English");
	is_str(a->title, "Meeting with Head of Russia’s Republic of Kalmykia Batu Khasikov", "  title line");
	is_int((long)a->nparagraphs, 11, "  11 paragraphs: no title, no page bullets");
	is_int((long)a->debris.bullets, 2, "  the two page bullets counted");
	check_date(a, "-");
	ok(a->place == NULL, "  no place");
	is_str(source_name(a->source), "president.gov.by", "  source");
	is_str(a->region, "Kalmykia", "  region");
	is_str(a->person, "Batu Khasikov", "  person");
	ok(strncmp(a->paragraphs[0].text, "Belarusian President", 20) == 0, "  body starts after the debris");
	article_free(a);
}

static void
test_seed_003(void)
{
	struct article *a = seed("003_5657ae1482649044");

	is_int(a->lang, LANG_DE, "003 is German");
	is_int((long)a->nparagraphs, 8, "  8 paragraphs, the repeated run gone");
	check_date(a, "--02-03");
	is_str(a->region, "Chabarowsk", "  region");
	is_str(a->person, "Dmitri Demeschin", "  person");
	article_free(a);
}

static void
test_seed_004(void)
{
	struct article *a = seed("004_bec5a6384e55e9b3");

	is_int(a->lang, LANG_EN, "004 is English");
	is_str(a->title, "Belarus' principled position hailed as example for many Russians", "  title");
	check_date(a, "--03-20");
	is_int(a->hour, 14, "  time hour");
	is_int(a->minute, 25, "  time minute");
	is_int((long)a->nparagraphs, 7, "  7 paragraphs");
	is_int((long)a->debris.credits, 1, "  the photo credit counted");
	is_int((long)a->debris.trailer, 9, "  the trailing links block counted");
	ok(!has_paragraph(a, "Other materials"), "  no trailing links block");
	ok(!has_paragraph(a, "Photo:"), "  no photo credit");
	is_str(source_name(a->source), "BelTA", "  source");
	is_str(a->region, "Kalmykia", "  region");
	is_str(a->person, "Batu Khasikov", "  person");
	article_free(a);
}

static void
test_rules(void)
{
	struct article *a;

	a = parse("Title of a story\n\nFirst line of a paragraph that was wrapped at some\n"
	    "column by whoever saved it, a thing that happens.\n\nSecond paragraph.");
	is_int((long)a->nparagraphs, 2, "hard-wrapped lines in a block are one paragraph");
	ok(strstr(a->paragraphs[0].text, "some column") != NULL, "  joined with a space");
	article_free(a);
	a = parse("MINSK, 5 May 2024 (BelTA) - The first.\nThe second.\nThe third.");
	is_int((long)a->nparagraphs, 3, "one paragraph per line without blank lines");
	is_int(a->date.year, 2024, "  a dateline year is read");
	is_int(a->lang, LANG_EN, "  language from the words");
	article_free(a);
	a = parse("GOMEL, 1. Dezember (BelTA) – Der Präsident und die Gäste   sind \t da.");
	is_str(a->place, "Gomel", "German dateline with an en dash");
	is_int(a->date.month, 12, "  Dezember is 12");
	ok(strstr(a->paragraphs[0].text, "Gäste sind da") != NULL, "  white space runs are one space");
	article_free(a);
	a = parse("MINSK, 3 February (BelTA) - Belarus and Khabarovsk Krai are discussing industrial parks, "
	    "Governor of Khabarovsk Krai Dmitry Demeshin said after a meeting.\nTrade grew by 40 percent.");
	is_str(a->region, "Khabarovsk", "an English region named before its label (Khabarovsk Krai)");
	is_str(a->person, "Dmitry Demeshin", "  the person after it, without the label");
	is_int(a->date.day, 3, "  an English dateline: day before month");
	is_int(a->lang, LANG_EN, "  English");
	article_free(a);
	a = parse("Title\n\nThe head of state Aleksandr Lukashenko said Belarus and Kalmykia will build on "
	    "the visits.\n\nHe met with Head of the Republic of Kalmykia Batu Khasikov.");
	is_str(a->person, "Batu Khasikov", "\"head of state\" is the host's title, not the counterpart's");
	article_free(a);
	a = parse("Ein Satz, der lang genug ist, um als Absatz zu gelten.\n"
	    "Ein Satz, der lang genug ist, um als Absatz zu gelten.\nJa.\nJa.");
	is_int((long)a->nparagraphs, 3, "a long repeated paragraph goes, a short lone repeat stays");
	article_free(a);
}

int
main(void)
{
	test_seed_000();
	test_seed_001();
	test_seed_002();
	test_seed_003();
	test_seed_004();
	test_rules();
	return done_testing();
}
