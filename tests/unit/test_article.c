/* Every cleaning rule, and every metadata field of every seed. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/article.h"
#include "tandem/corpus.h"
#include "tandem/debris.h"
#include "tandem/text.h"
#include "tandem/util.h"
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
	char buf[DATE_FORMAT_MAX];

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
	is_str(a->title, "Bei einem Treffen mit dem Oberhaupt der Republik Kalmückien Batu Chassikow hat der "
	    "belarussische Präsident Alexander Lukaschenko die Intensivierung der Kontakte mit dieser "
	    "russischen Region festgestellt", "  title is the whole lead sentence after the dateline, no full stop");
	is_int(a->hour, -1, "  no time");
	article_free(a);
}

static void
test_seed_001(void)
{
	struct article *a = seed("001_994465b2fab599f9");

	is_int(a->lang, LANG_DE, "001 is German");
	is_int((long)a->nparagraphs, 25, "  25 paragraphs, each once");
	is_int((long)a->debris.repeated, 21, "  21 repeated paragraphs removed");
	is_int((long)a->debris.chrome, 1, "  and the headline repeated over the text, as chrome");
	is_str(a->paragraphs[13].text, "Straßenbau", "  a short subheading kept once, in order");
	check_date(a, "--11-18");
	is_str(a->place, "Minsk", "  place");
	is_str(a->region, "Smolensk", "  region");
	is_str(a->person, "Wassili Anochin", "  person");
	is_str(source_name(a->source), "BelTA", "  source");
	is_str(a->title, "Belarus und das russische Gebiet Smolensk sollen den Handelsumsatz auf das Niveau "
	    "von $5 Mrd. wieder bringen", "  title: the lead sentence goes on after \"Mrd.\" and a lower-case word");
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
	char buf[DATE_FORMAT_MAX];

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
	a = parse("Summit of EurAsEC leaders in Moscow\n\n  \xE2\x80\xA2 3\n\nOn 20 March the President met the Mayor of "
	    "Moscow as part of his working visit.\n\nThe sides agreed to set up a working group.");
	is_str(a->title, "Summit of EurAsEC leaders in Moscow", "a headline with an acronym in mixed case is no menu run");
	article_free(a);
	a = parse("MINSK, 5. Juli (BelTA) - Der Pr\xC3\xA4sident w\xC3\xBCnschte dem Gouverneur viel Gl\xC3\xBC" "ck. Der "
	    "Gouverneur dankte ihm daf\xC3\xBCr.\nSie sprachen \xC3\xBC" "ber den Handel.");
	is_str(a->title, "Der Pr\xC3\xA4sident w\xC3\xBCnschte dem Gouverneur viel Gl\xC3\xBC" "ck",
	    "a title made from the lead ends at its first sentence, after an umlaut too");
	article_free(a);
	a = parse("MINSK, 15. Juli (BelTA) \xE2\x80\x93 Der Leiter der Republik\nTschuwaschien ist sicher, dass der Handel\n"
	    "verdoppelt werden kann. Das sagte er nach dem Treffen.\n\xE2\x80\x9E" "Das ist m\xC3\xB6glich. Wir k\xC3\xB6nnen diese Marke sogar "
	    "\xC3\xBC" "berschreiten, denn wir haben schon viele Vertr\xC3\xA4ge\xE2\x80\x9C, sagte er.");
	is_int((long)a->nparagraphs, 2, "a lead hard-wrapped in a page of one paragraph a line is one paragraph");
	check_date(a, "--07-15");
	article_free(a);
	a = parse("The ministry spoke of the visit\n\nAlexander Lukashenko (Photo: Maxim Muster/EPA)\n\nThe ministry said on "
	    "Monday that the visit was a mistake.\n\nIt asked for an answer.");
	is_str(a->title, "The ministry spoke of the visit", "a caption with its credit in brackets is no headline");
	is_int((long)a->nparagraphs, 2, "  nor text");
	article_free(a);
	a = parse("Pushkov is offered help by Belarus\n\nBy Anna Muster \xE2\x80\xA2 19 April 2023 \xE2\x80\xA2 2:54\n\n"
	    "During a meeting held in Minsk on Tuesday, April 18, the President offered help to Ivan Pushkov.\n\n"
	    "They spoke of trade.");
	is_str(date_format(&a->date, buf), "2023-04-18", "a report published the day after the meeting is dated "
	    "by the meeting, with the page's year");
	article_free(a);
	a = parse("3.42 RUB\nPresident meets with delegation of Tula Oblast in Palace of Independence on July 28\n"
	    "Trade grew by a third, the governor said. The delegation will stay in Minsk for a few days.\n"
	    "Today, the delegation will hold talks with the Government.");
	is_str(date_format(&a->date, buf), "--07-28", "a page dated only in its headline (\"... on July 28\") "
	    "takes that date");
	article_free(a);
	a = parse("Lukaschenko trifft den Gouverneur\n\nMINSK, 3. Mai (BelTA) - Der Präsident traf den Gouverneur.\n\n"
	    "Sie sprachen über den Handel.\n\nBemerkungen:\n\nEin Leser schreibt, das sei nichts Neues.");
	is_int((long)a->nparagraphs, 2, "a German site's comments under \"Bemerkungen:\" are no text");
	article_free(a);
	a = parse("Envoy meets the President\n\nThe envoy met the President in Minsk on Friday.\n\n"
	    "They spoke of trade and of prisoners.\n\n(With inputs from agencies.)\n\nALSO READ\n\n"
	    "Royal Diplomacy: A Princess Strengthens the Ties of Two Countries\n\n"
	    "Reviving a City: Reigniting Tourism and Diplomacy on the Coast");
	is_int((long)a->nparagraphs, 2, "\"(With inputs from agencies.)\", \"ALSO READ\" and the stories under it "
	    "are no text");
	article_free(a);
	a = parse("Der Gouverneur in Minsk\n\nDer Gouverneur traf den Pr\xC3\xA4sidenten in Minsk.\n\n"
	    "Sie sprachen \xC3\xBC" "ber den Handel und \xC3\xBC" "ber Traktoren.\n\n"
	    "%3Awatermark(https%3A%2F%2Ff.example%2Flogos%2F4133%2Fbb98.png%2C-2p%2C-2p)\n\n"
	    "6 Kommentare\n\nEin Leser schreibt, das sei nichts Neues.");
	is_int((long)a->nparagraphs, 2, "an encoded address and the readers' comments under \"6 Kommentare\" "
	    "are no text");
	article_free(a);
	a = parse("Director meets the President\n\nThe director of the service met the President in Minsk.\n\n"
	    "They spoke of trade.\n\n  Belarus, Muster, Lukashenko");
	is_int((long)a->nparagraphs, 2, "a page's tags after the text (\"Belarus, Muster, Lukashenko\") are no text");
	article_free(a);
	a = parse("Minister besucht Minsk\nDer Minister ist zu einem Besuch in Minsk eingetroffen.\n"
	    "Sie sprachen \xC3\xBC" "ber den Handel.\n- Iwan Muster");
	is_int((long)a->nparagraphs, 2, "  nor is the source's name signed under it (\"- Iwan Muster\")");
	article_free(a);
	a = parse("Lukashenko meets Muster\n\nLukashenko has met Ivan Muster, the head of the region.\n\n"
	    "Source: the presidential Telegram channel of the country; the state-owned news agency of the country\n\n"
	    "Advertisement:\n\nThey spoke of trade and of the harvest, of the roads the region builds with Belarusian "
	    "machines, of the buses its towns buy and of the schools where Belarusian teachers work. The governor "
	    "thanked the President for the help of the last years and asked for more of it in the years ahead.\n\nThey will meet again in May, in the region, "
	    "where the President will open a new plant that makes tractors for the farms of the whole country.");
	is_int((long)a->nparagraphs, 3, "a \"Source: ...\" line of many words and an \"Advertisement:\" slot "
	    "between paragraphs are no text");
	ok(a->nparagraphs == 3 && strncmp(a->paragraphs[1].text, "They spoke of trade", 19) == 0,
	    "  the paragraphs around them stay");
	article_free(a);
	a = parse("Lukaschenko spricht von Fortschritten\n\nDer Pr\xC3\xA4sident sagte, Moskau und Minsk seien "
	    "vorangekommen.\n\nLukaschenko spricht von Fortschritten\n\nEr sagte dies bei einem Treffen mit dem "
	    "Botschafter.\n\nNachrichten wird aktualisiert, sobald Informationen verf\xC3\xBCgbar sind.");
	is_int((long)a->nparagraphs, 2, "the headline repeated over the text and \"Nachrichten wird aktualisiert\" "
	    "are no text");
	article_free(a);
	a = parse("Pushkov is offered help\n\n14:25, 20 March\n\nDuring a meeting held in Minsk on Tuesday, "
	    "March 19, the President offered help to Ivan Pushkov.\n\nThey spoke of trade.");
	is_str(date_format(&a->date, buf), "--03-19", "  also when the date line gives no year");
	article_free(a);
	a = parse("A look back\n\nBy Anna Muster \xE2\x80\xA2 19 April 2023 \xE2\x80\xA2 2:54\n\n"
	    "The governor had visited Minsk on March 2, the President recalled at the forum.\n\n"
	    "They spoke of trade.");
	is_str(date_format(&a->date, buf), "2023-04-19", "  while a day weeks before the page's date is no event "
	    "of the report: the page's date stays");
	article_free(a);
	a = parse("The ambassador's visit\n\n\xC2\xA9 Press Agency / Ivan Muster in the photo bank of Belarus Alexander "
	    "Lukashenko during a meeting with the ambassador. 21 Sep 2018The ambassador's visit\xC2\xA9 Press Agency / "
	    "Ivan Muster the image bank\n\nThe President met the new ambassador on Friday.\n\nThey spoke of trade.");
	is_int((long)a->nparagraphs, 2, "a caption that opens with its \xC2\xA9 credit is no text");
	article_free(a);
	a = parse("The ambassador's visit\n\nThe President met the new ambassador on Friday.\n\nImage of the President "
	    "with the ambassador. Credit: Telegram - Ivan Muster\n\nThey spoke of trade.");
	is_int((long)a->nparagraphs, 2, "  nor one that ends with \"Credit: ...\"");
	article_free(a);
	a = parse("The governor's gift\n\nThe governor brought an album. The President looked at an old photo: it "
	    "showed both of them in 1995.\n\nHe thanked the governor for the photo: it was a gift from 1995.");
	is_int((long)a->nparagraphs, 2, "  while text with \"photo:\" in it stays text");
	article_free(a);
	a = parse("Lukashenko meets the governor\n\nThe President met the governor on Friday. They spoke of trade.\n\n"
	    "Trade grew by a third last year, the governor said.\n\nPresident\n\nAll\n\n"
	    "Lukashenko names four threats to global security\n\nWhat Lukashenko replied to a US official on letters\n\n"
	    "Belarus brings together 600 participants from 45 countries\n\nPolitics\n\nAll\n\n"
	    "Alexander Lukashenko tells what can");
	is_int((long)a->nparagraphs, 2, "related headlines under section labels, the last cut off, are the tail");
	article_free(a);
	a = parse("Lukashenko meets the governor\n\nThe President met the governor on Friday. They spoke of trade.\n\n"
	    "Trade grew by a third last year, the governor said.\n\nWhat comes next for the region\n\n"
	    "The governor will come back in the autumn with a delegation of twenty firms");
	is_int((long)a->nparagraphs, 4, "  while a subheading and a last paragraph without its full stop stay");
	article_free(a);
	a = parse("Drei Tage Gespr\xC3\xA4" "che\n\nMinister mahnt in Minsk zu Reformen\n\nDer Minister kam am Mittwoch "
	    "nach Minsk. Er traf dort den Pr\xC3\xA4sidenten.\n\nDie Gespr\xC3\xA4" "che dauerten zwei Stunden.");
	is_str(a->title, "Minister mahnt in Minsk zu Reformen", "a kicker over the headline: the headline is the title");
	is_int((long)a->nparagraphs, 2, "  and neither the kicker nor the headline is a paragraph");
	article_free(a);
	a = parse("Lukashenko hopes the governor's visit will help trade\n\nThe President of Belarus has held a meeting with "
	    "the Governor of Altai Krai, Viktor Tomenko\n\nThe two spoke about trade. They agreed on a plan.");
	is_str(a->title, "Lukashenko hopes the governor's visit will help trade", "  a longer standfirst under a headline "
	    "is not taken for it");
	is_int((long)a->nparagraphs, 2, "  and stays in the text");
	article_free(a);
	a = parse("PoliticsPresidentSociety\nLukashenko meets Moscow mayor\n\nOn 20 March the President met the Mayor "
	    "of Moscow as part of his working visit.\n\nThe sides agreed to set up a working group.");
	is_str(a->title, "Lukashenko meets Moscow mayor", "  while menu entries run together are");
	article_free(a);
	a = parse("Talks in Minsk\n\nRussian Foreign Minister Sergei Lavrov arrived in Minsk for talks. The Head of "
	    "State thanked Sergei Lavrov for the visit.\n\nThe two sides discussed trade.");
	is_str(a->person, "Sergei Lavrov", "Russia's minister is the guest: \"Russian Foreign Minister Sergei Lavrov\"");
	is_str(a->region, NULL, "  and \"Head of State\" names no region");
	article_free(a);
	a = parse("MINSK, 26. November (dpa) - Russlands Au\xC3\x9F" "enminister Sergej Lawrow ist zu Gespr\xC3\xA4" "chen in "
	    "Minsk eingetroffen.\nDie Seiten sprachen \xC3\xBC" "ber den Handel.");
	is_str(a->person, "Sergej Lawrow", "  in German too: \"Russlands Au\xC3\x9F" "enminister Sergej Lawrow\"");
	article_free(a);
	a = parse("MINSK, 18. April (BelTA) - Der Pr\xC3\xA4sident hat das Oberhaupt der Teilrepublik Tschetschenien Ramsan "
	    "Kadyrow empfangen.\nMit dem Gebiet Kursk Kooperation gebe es schon lange, sagte er.");
	is_str(a->region, "Tschetschenien", "\"Teilrepublik\" labels a region as \"Republik\" does");
	is_str(a->person, "Ramsan Kadyrow", "  and the person after it is the counterpart");
	article_free(a);
	a = parse("MINSK, 18. April (BelTA) - Der Pr\xC3\xA4sident hat sich mit dem Chef der Donezker Volksrepublik Denis "
	    "Puschilin getroffen.\nSie sprachen \xC3\xBC" "ber den Wiederaufbau.");
	is_str(a->region, "Donezk", "\"der Donezker Volksrepublik\": the region is Donezk");
	article_free(a);
	a = parse("Talks in Minsk\n\nThe President met the Head of the Donetsk People's Republic Denis Pushilin in Minsk.");
	is_str(a->region, "Donetsk", "  \"the Donetsk People's Republic\": Donetsk");
	article_free(a);
	a = parse("Talks in Minsk\n\nActing Head of the republic Denis Pushilin met the President in Minsk on Tuesday.");
	is_str(a->region, NULL, "\"Acting Head of\": Acting is no region");
	is_str(a->person, "Denis Pushilin", "  and the person after the title is the counterpart");
	article_free(a);
	a = parse("Talks in Minsk\n\nBelarusian Foreign Minister Maxim Ryzhenkov met Boris Gryzlov, the former "
	    "chairman of the State Duma and of the Supreme Council of the Union State, now chairman of the Board of "
	    "a company.");
	is_str(a->region, NULL, "\"chairman of the State Duma\", \"of the Supreme Council\", \"of the Board\": bodies, not regions");
	is_str(a->person, "Boris Gryzlov", "  and Belarus's own minister is no counterpart: his guest is");
	article_free(a);
	a = parse("Ein Satz, der lang genug ist, um als Absatz zu gelten.\n"
	    "Ein Satz, der lang genug ist, um als Absatz zu gelten.\nJa.\nJa.");
	is_int((long)a->nparagraphs, 3, "a long repeated paragraph goes, a short lone repeat stays");
	article_free(a);
}

/* Checks that a's paragraphs are the n texts of want, in order; shows
 * them when they are not. */
static int
paragraphs_are(const struct article *a, const char *const *want, size_t n, const char *what)
{
	size_t i;
	int same = a->nparagraphs == n;

	for (i = 0; same && i < n; i++)
		same = strcmp(a->paragraphs[i].text, want[i]) == 0;
	if (!ok(same, "%s", what))
		for (i = 0; i < a->nparagraphs; i++)
			printf("#   paragraph %zu: %s\n", i + 1, a->paragraphs[i].text);
	return same;
}

/* Short lines, quotes, subheadings and one-sentence paragraphs are the
 * article's: the reader sees every one of them, in order. */
static void
test_bodies_keep_everything(void)
{
	static const char *const short_first[] = {
		"Der Besuch war kurz.",
		"MINSK, 2. Mai (BelTA) - Der Gouverneur des Gebiets Kursk Pjotr Lebedew ist zu einem Arbeitsbesuch in "
		    "Minsk eingetroffen und wurde im Palast der Unabhängigkeit empfangen.",
		"„Danke.“",
		"Traktoren für den Norden",
		"Bis Ende des Jahres sollen 300 Busse und 120 Traktoren aus Minsk in das Gebiet geliefert werden, teilte "
		    "der Pressedienst mit.",
		"Das Treffen dauerte zwei Stunden.",
	};
	static const char *const quote_first[] = {
		"„Danke.“",
		"MINSK, 2. Mai (BelTA) - Mit einem einzigen Wort begrüßte der Gast den Präsidenten, als er am "
		    "Donnerstag im Palast der Unabhängigkeit eintraf.",
		"Der Handel wuchs im vergangenen Jahr um 40 Prozent auf 510 Millionen Dollar.",
	};
	static const char *const lead_first[] = {
		"MINSK, 3 May (BelTA) – Belarus and Kursk Oblast intend to double their trade within three years, "
		    "President Aleksandr Lukashenko said at a meeting with Governor of Kursk Oblast Pyotr Lebedev.",
		"“Thank you.”",
		"The governor said the region would buy 300 buses.",
	};
	static const char *const plain_lead[] = {
		"Belarus and Kursk Oblast intend to double their trade within three years, President Aleksandr "
		    "Lukashenko said as he met with the governor of the Russian region in Minsk on Friday.",
		"New buses",
		"The region will buy 300 buses from Minsk.",
	};
	static const char *const two_words[] = {
		"Das Minsker Automobilwerk wird in diesem Jahr 300 Busse in das Gebiet Kursk liefern, sagte der "
		    "Gouverneur nach dem Treffen.",
		"Der Handel wuchs um 40 Prozent.",
	};
	struct article *a;

	a = parse("Lukaschenko empfängt den Gouverneur des Gebiets Kursk in Minsk\n\n"
	    "Der Besuch war kurz.\n\n"
	    "MINSK, 2. Mai (BelTA) - Der Gouverneur des Gebiets Kursk Pjotr Lebedew ist zu einem Arbeitsbesuch in "
	    "Minsk eingetroffen und wurde im Palast der Unabhängigkeit empfangen.\n\n"
	    "„Danke.“\n\n"
	    "Traktoren für den Norden\n\n"
	    "Bis Ende des Jahres sollen 300 Busse und 120 Traktoren aus Minsk in das Gebiet geliefert werden, teilte "
	    "der Pressedienst mit.\n\n"
	    "Das Treffen dauerte zwei Stunden.");
	is_str(a->title, "Lukaschenko empfängt den Gouverneur des Gebiets Kursk in Minsk",
	    "a page opening with its headline: the headline is the title");
	paragraphs_are(a, short_first, ARRAY_SIZE(short_first), "  and a short sentence under it, a one-word "
	    "quote („Danke.“), a subheading and a one-sentence paragraph all stay, in order");
	is_int((long)article_debris_total(a), 0, "  nothing is counted as debris");
	check_date(a, "--05-02");
	article_free(a);

	a = parse("Lukaschenko empfängt Gouverneur aus Kursk\n\n„Danke.“\n\n"
	    "MINSK, 2. Mai (BelTA) - Mit einem einzigen Wort begrüßte der Gast den Präsidenten, als er am "
	    "Donnerstag im Palast der Unabhängigkeit eintraf.\n\n"
	    "Der Handel wuchs im vergangenen Jahr um 40 Prozent auf 510 Millionen Dollar.");
	is_str(a->title, "Lukaschenko empfängt Gouverneur aus Kursk", "a one-word quote right under the headline:");
	paragraphs_are(a, quote_first, ARRAY_SIZE(quote_first), "  it is the first paragraph, nothing lost");
	article_free(a);

	a = parse("MINSK, 3 May (BelTA) – Belarus and Kursk Oblast intend to double their trade within three years, "
	    "President Aleksandr Lukashenko said at a meeting with Governor of Kursk Oblast Pyotr Lebedev.\n"
	    "“Thank you.”\nThe governor said the region would buy 300 buses.");
	paragraphs_are(a, lead_first, ARRAY_SIZE(lead_first), "a page whose first line is the lead (no headline): "
	    "every line is a paragraph");
	ok(strncmp(a->title, "Belarus and Kursk Oblast intend", 31) == 0, "  the title is the lead after its dateline: %s",
	    a->title);
	check_date(a, "--05-03");
	is_str(a->person, "Pyotr Lebedev", "  person");
	article_free(a);

	a = parse("Belarus and Kursk Oblast intend to double their trade within three years, President Aleksandr "
	    "Lukashenko said as he met with the governor of the Russian region in Minsk on Friday.\n\n"
	    "New buses\n\nThe region will buy 300 buses from Minsk.");
	paragraphs_are(a, plain_lead, ARRAY_SIZE(plain_lead), "a lead without a dateline opens the page: it and "
	    "the subheading under it stay");
	article_free(a);

	a = parse("Neue Busse\n\nDas Minsker Automobilwerk wird in diesem Jahr 300 Busse in das Gebiet Kursk liefern, "
	    "sagte der Gouverneur nach dem Treffen.\n\nDer Handel wuchs um 40 Prozent.");
	is_str(a->title, "Neue Busse", "a two-word headline alone above the text is the title");
	paragraphs_are(a, two_words, ARRAY_SIZE(two_words), "  and no paragraph is lost");
	is_int((long)article_debris_total(a), 0, "  nothing is counted as debris");
	article_free(a);

	a = parse("Neue Busse\nDas Minsker Automobilwerk wird in diesem Jahr 300 Busse in das Gebiet Kursk liefern, "
	    "sagte der Gouverneur nach dem Treffen.\nDer Handel wuchs um 40 Prozent.");
	is_str(a->title, "Neue Busse", "  the same without blank lines");
	paragraphs_are(a, two_words, ARRAY_SIZE(two_words), "  and no paragraph is lost");
	article_free(a);
}

/* A head of chrome none of whose lines is in a table of labels: each is
 * told by its shape. */
static void
test_chrome_by_shape(void)
{
	static const char *const head[] = {
		"Startseite",			/* a one-word menu entry */
		"Im Ausland",			/* a two-word menu entry */
		"Freitag, 3 Mai 2024",		/* the day the page was fetched */
		"2.91 USD",			/* tickers of currencies */
		"USD 2.91",
		"3.41 EUR",
		"Pinsk leichter Regen +11°C",	/* weather of a town no table knows */
		"+9°C",
		"02 Mai 2024, 10:15",		/* the article's date line */
		"Lukaschenko: Gebiet Kursk soll 300 Busse aus Minsk bekommen",
		"MINSK, 2. Mai (BelTA) - Das Gebiet Kursk soll in diesem Jahr 300 Busse und 120 Traktoren aus Minsk "
		    "bekommen.",
		"Das sagte der Präsident bei einem Treffen mit dem Gouverneur.",
	};
	static const unsigned char want[] = {
		DEBRIS_CHROME, DEBRIS_CHROME, DEBRIS_CHROME, DEBRIS_CHROME, DEBRIS_CHROME, DEBRIS_CHROME,
		DEBRIS_CHROME, DEBRIS_CHROME, DEBRIS_DATE, DEBRIS_TITLE, DEBRIS_NONE, DEBRIS_NONE,
	};
	static const char *const kind_names[] = {
		"text", "the headline", "a date line", "chrome", "a page bullet", "a credit", "the tail",
	};
	struct page_line lines[ARRAY_SIZE(head)];
	unsigned char kinds[ARRAY_SIZE(head)];
	struct buf b = { 0 };
	struct article *a;
	size_t i, len;
	char *text;
	const char *page;

	for (i = 0; i < ARRAY_SIZE(head); i++) {
		lines[i].text = head[i];
		lines[i].len = strlen(head[i]);
	}
	debris_classify(lines, ARRAY_SIZE(head), kinds);
	for (i = 0; i < ARRAY_SIZE(head); i++)
		if (!ok(kinds[i] == want[i], "\"%s\" is %s", head[i], kind_names[want[i]]))
			printf("#   got %s\n", kind_names[kinds[i]]);

	for (i = 0; i < ARRAY_SIZE(head); i++) {
		buf_adds(&b, head[i]);
		buf_adds(&b, i >= 8 ? "\n\n" : "\n");
	}
	text = buf_detach(&b, &len);
	a = article_parse("t", text, len);
	free(text);
	is_str(a->title, head[9], "the page read: its headline is the title");
	check_date(a, "2024-05-02");
	is_int(a->hour, 10, "  the hour of the date line, not of the page");
	is_int((long)a->debris.chrome, 8, "  the 8 lines of chrome counted as chrome");
	paragraphs_are(a, head + 10, 2, "  the two paragraphs, and nothing else");
	article_free(a);

	page = "Minister in Minsk\n\nDer Gast kam mit einer klaren Bitte nach Minsk. Er blieb zwei Tage.\n\n"
	    "12.03.2025 UPDATE: 12.03.2025 09:41 Uhr 3 Minuten, 5 Sekunden\n"
	    "ARCHIV - Der Minister (l) begr\xC3\xBC\xC3\x9F" "t den Pr\xC3\xA4sidenten in Minsk. Foto: Max Muster/dpa\n\n"
	    "Minsk (dpa) - Der Minister hat am Mittwoch den Pr\xC3\xA4sidenten getroffen.";
	a = article_parse("t", page, strlen(page));
	check_date(a, "2025-03-12");
	is_int((long)a->nparagraphs, 2, "  a date line under the teaser (with a reading time) and a caption ending in its credit leave the body");
	article_free(a);
}

/* Lines that look like another kind (a headline ending in a date, a list
 * ending the article, a link inside it, a quote first, counters) and the
 * ways real reports name the counterpart. */
static void
test_look_alikes(void)
{
	static const char *const listed[] = {
		"MINSK, 3 May (BelTA) – Belarus and Kursk Oblast signed a roadmap, the press service said after the talks.",
		"The sides agreed on:", "- 300 buses;", "- 120 tractors;", "- a joint plant in Kursk.",
	};
	static const char *const read_also[] = {
		"MINSK, 2. Mai (BelTA) - Der Präsident hat den Gouverneur des Gebiets Kursk empfangen, teilte der "
		    "Pressedienst mit.",
		"Der Handel wuchs um 40 Prozent auf 510 Millionen Dollar.",
		"Das Treffen dauerte zwei Stunden.",
	};
	static const char *const quote_first[] = {
		"„Danke.“",
		"MINSK, 2. Mai (BelTA) - Mit einem einzigen Wort begrüßte der Gast den Präsidenten, als er am "
		    "Donnerstag eintraf.",
		"Der Handel wuchs um 40 Prozent.",
	};
	static const char *const counters[] = {
		"Belarus President Aleksandr Lukashenko met with Kursk Oblast Governor Pyotr Lebedev on 2 March.",
		"The trade grew by 18 percent.",
	};
	struct article *a;

	a = parse("Projects\nAll news\n14 November 2024, 11:40\n\nLukashenko to meet Kursk governor on 3 May\n\n"
	    "MINSK, 14 November (BelTA) - The president will receive the governor of Kursk Oblast next week, the "
	    "press service said.\n\nThe sides will discuss trade.");
	is_str(a->title, "Lukashenko to meet Kursk governor on 3 May", "a headline that ends in a date is the title, "
	    "not a date line");
	check_date(a, "2024-11-14");
	article_free(a);

	a = parse("Headline for the test page\n\nThe plant opened on May Day, the governor said after the meeting "
	    "in Minsk.\n\nTrade grew by 40 percent.");
	check_date(a, "-");
	printf("#   (\"on May Day\" in the lead is no date)\n");
	article_free(a);

	a = parse("Neue Busse für Kursk\n\nAm 17. November traf Lukaschenko den Gouverneur des Gebiets Kursk in "
	    "Minsk.\n\nDer Handel wuchs um 40 Prozent auf 510 Millionen Dollar.");
	check_date(a, "--11-17");
	printf("#   (\"Am 17. November\" opening the lead dates the event)\n");
	article_free(a);

	a = parse("Lukashenko and Kursk governor sign a roadmap\n\nMINSK, 3 May (BelTA) – Belarus and Kursk Oblast "
	    "signed a roadmap, the press service said after the talks.\n\nThe sides agreed on:\n- 300 buses;\n"
	    "- 120 tractors;\n- a joint plant in Kursk.");
	paragraphs_are(a, listed, ARRAY_SIZE(listed), "a list that ends the article is the article's");
	article_free(a);

	a = parse("Lukaschenko empfängt Gouverneur aus Kursk\n\nMINSK, 2. Mai (BelTA) - Der Präsident hat den "
	    "Gouverneur des Gebiets Kursk empfangen, teilte der Pressedienst mit.\n\nLesen Sie auch: Lukaschenko "
	    "besucht Traktorenwerk\n\nDer Handel wuchs um 40 Prozent auf 510 Millionen Dollar.\n\n"
	    "Das Treffen dauerte zwei Stunden.");
	paragraphs_are(a, read_also, ARRAY_SIZE(read_also), "a \"Lesen Sie auch\" link inside the body goes, "
	    "the paragraphs after it stay");
	article_free(a);

	a = parse("„Danke.“\nMINSK, 2. Mai (BelTA) - Mit einem einzigen Wort begrüßte der Gast den Präsidenten, als "
	    "er am Donnerstag eintraf.\nDer Handel wuchs um 40 Prozent.");
	paragraphs_are(a, quote_first, ARRAY_SIZE(quote_first), "no headline, a one-word quote first: "
	    "it is a paragraph, not the title");
	article_free(a);

	a = parse("Meeting with Kursk Oblast Governor Pyotr Lebedev\n- 7\n- 8:50\n"
	    "Belarus President Aleksandr Lukashenko met with Kursk Oblast Governor Pyotr Lebedev on 2 March.\n"
	    "The trade grew by 18 percent.");
	is_int(a->hour, -1, "the counter \"- 8:50\" under a headline is no time of the article");
	is_int((long)a->debris.bullets, 2, "  both counters counted as page bullets");
	paragraphs_are(a, counters, ARRAY_SIZE(counters), "  the paragraphs");
	article_free(a);

	a = parse("MINSK, 20. März (BelTA) - Belarus und die Republik Kalmückien bauen zwei Viehzuchtbetriebe, "
	    "sagte das Oberhaupt Kalmückiens Arslan Dordschijew nach dem Treffen.\nDer Handel wuchs um 40 Prozent.");
	is_str(a->person, "Arslan Dordschijew", "\"das Oberhaupt Kalmückiens Arslan Dordschijew\": the person, "
	    "without the region in the genitive");
	article_free(a);

	a = parse("Title of the page\n\nOn November 14, Belarusian President Alexander Lukashenko met with Kirill "
	    "Svetlov, the Governor of Vologda Oblast, to discuss trade.\n\nTrade grew by 18 percent.");
	is_str(a->person, "Kirill Svetlov", "\"met with Kirill Svetlov, the Governor of Vologda Oblast\": the person");
	article_free(a);

	a = parse("Title of the page\n\nOn 5 June, President of Belarus Alexander Lukashenko received Rais of "
	    "Tatarstan Rinat Sabirov in Minsk.\n\nTrade grew by 18 percent.");
	is_str(a->person, "Rinat Sabirov", "\"Rais of Tatarstan Rinat Sabirov\": the person (Rais: Tatarstan's head)");
	article_free(a);

	a = parse("Title of the page\n\nThe President met with the head of the Chuvash Republic Pavel Sergeyev "
	    "to discuss buses.\n\nTrade grew by 18 percent.");
	is_str(a->region, "Chuvash Republic", "\"head of the Chuvash Republic\": the region whole, not its adjective");
	article_free(a);

	a = parse("Title of the page\n\nAleksandr Lukashenko met with acting head of the DPR Denis Pushilin "
	    "in Minsk.\n\nTrade grew by 18 percent.");
	is_str(a->region, "Donetsk", "\"head of the DPR\": the region is Donetsk, as the other pages spell it");
	article_free(a);

	a = parse("Title of the page\n\nThe President met with the head of the Chuvash Republic Oleg Nikolayev. "
	    "The head of the Chuvash Republic said buses would follow, as the head of the Kabardino Republic had "
	    "said.\n\nTrade grew by 18 percent.");
	is_str(a->region, "Chuvash Republic", "\"the Chuvash Republic\" twice and \"the Kabardino Republic\" once: "
	    "two regions counted apart, not one Republic");
	article_free(a);

	a = parse("Title of the page\n\nAleksandr Lukashenko met with Head of Russia's Foreign Intelligence Service "
	    "(SVR) Ivan Musterov in Minsk.\n\nThey spoke of security.");
	is_str(a->person, "Ivan Musterov", "\"Head of Russia's Foreign Intelligence Service (SVR) Ivan Musterov\": the person");
	ok(a->region == NULL, "  and no region: a service is no place");
	article_free(a);

	a = parse("MINSK, 9. Juli (BelTA) - Alexander Lukaschenko hat sich mit dem Direktor des russischen "
	    "Auslandsgeheimdienstes Iwan Musterow getroffen.\nSie sprachen über Sicherheit.");
	is_str(a->person, "Iwan Musterow", "\"Direktor des russischen Auslandsgeheimdienstes Iwan Musterow\": the person");
	ok(a->region == NULL, "  and no region: a Geheimdienst is no place");
	article_free(a);

	a = parse("MINSK, 9. Juli (BelTA) - Das erklärte er beim Treffen mit dem Leiter des Auslandsgeheimdienstes "
	    "der Russischen Föderation, Iwan Musterow.\nSie sprachen über Sicherheit.");
	ok(a->region == NULL, "\"Leiter des Auslandsgeheimdienstes der Russischen Föderation\": no region");
	is_str(a->person, "Iwan Musterow", "  the person");
	article_free(a);

	a = parse("MINSK, 10. September (BelTA) - Das sagte der Au\xC3\x9F" "erordentliche und Bevollm\xC3\xA4" "chtigte "
	    "Botschafter der Russischen F\xC3\xB6" "deration in Belarus Iwan Musterow vor Journalisten.\n"
	    "Sie sprachen \xC3\xBC" "ber Handel.");
	ok(a->region == NULL, "\"Botschafter der Russischen F\xC3\xB6" "deration\": no region");
	is_str(a->person, "Iwan Musterow", "  the person");
	article_free(a);

	a = parse("MINSK, 30. September (BelTA) - Der Pr\xC3\xA4sident traf das Oberhaupt der russischen Republik "
	    "Sacha (Jakutien) Iwan Musterow.\nSie sprachen \xC3\xBC" "ber Bergbau.");
	is_str(a->region, "Jakutien", "\"Republik Sacha (Jakutien)\": the region by the name in brackets, "
	    "which the other pages use");
	article_free(a);
	a = parse("MINSK, 3. Mai (BelTA) - Belarus und das russische Gebiet Wladimir wollen im Handel enger "
	    "zusammenarbeiten, sagte der Pr\xC3\xA4sident beim Treffen mit Gouverneur Iwan Musterow.\n"
	    "Sie sprachen \xC3\xBC" "ber Traktoren.");
	is_str(a->region, "Wladimir", "\"Gebiet Wladimir wollen\": a region named like a first name");
	is_str(a->person, "Iwan Musterow", "  and the person is the governor");
	article_free(a);
	a = parse("MINSK, 21. Februar (BelTA) - Die Zusammenarbeit stand im Mittelpunkt des Treffens zwischen dem "
	    "belarussischen Pr\xC3\xA4sidenten Alexander Lukaschenko und dem Pr\xC3\xA4sidenten der Republik Abchasien "
	    "Aslan Musterow.\nEr sprach auch \xC3\xBC" "ber den ehemaligen Pr\xC3\xA4sidenten Michail Mustermann.\n"
	    "Mustermann habe viel versprochen.");
	is_str(a->person, "Aslan Musterow", "\"dem Pr\xC3\xA4sidenten der Republik Abchasien Aslan Musterow\": a title "
	    "with an umlaut is a title; \"den ehemaligen Pr\xC3\xA4sidenten\" is none");
	article_free(a);
	a = parse("Abkhazia's leader in Minsk\n\nThe Belarussian President met the leader of Abkhazia in Minsk.\n\n"
	    "Belarussian region heads were not present.");
	ok(a->region == NULL || strcmp(a->region, "Belarussian") != 0, "\"Belarussian\" (with ss) is the host's, "
	    "no region");
	article_free(a);
	a = parse("Dodik in Minsk\n\nBelarusian leader Alexander Lukashenko hosted Republika Srpska leader Milorad "
	    "Dodik in Minsk on Tuesday.\n\nDodik said the two would talk about trade.\n\nRussian President "
	    "Vladimir Putin was not mentioned in the talks, Dodik added.\n\nDodik thanked his host.\n\n"
	    "Dodik will fly home on Friday.");
	is_str(a->person, "Milorad Dodik", "a name whose first name we do not know, said again and again by its "
	    "surname, beats a president named once with his title");
	article_free(a);
	a = parse("Talks in Minsk\n\nThe President met with Chairwoman of the Republika Srpska Council of Peoples "
	    "Ivana Musterova.\n\nThey spoke of trade.");
	is_str(a->region, "Republika Srpska", "\"of the Republika Srpska Council of Peoples\": a region's body, the "
	    "region");
	article_free(a);
	a = parse("Talks in Minsk\n\nThe President met with Chairman of the Presidency of the country Ivan Musterov."
	    "\n\nThey spoke of trade.");
	ok(a->region == NULL, "\"Chairman of the Presidency\": a body, no region");
	article_free(a);
	a = parse("Talks in Minsk\n\nThe leader of Belarus held a meeting with the U.S. President's Special Envoy for "
	    "Ukraine, Ivan Musterov.\n\nMusterov is a longtime associate of President Donald Trump, and President "
	    "Donald Trump sent him.");
	is_str(a->person, "Ivan Musterov", "\"a meeting with the ... Special Envoy for Ukraine, Ivan Musterov\": the "
	    "person met, not the title's words nor a president named twice");
	article_free(a);
	a = parse("Talks in Minsk\n\nThe governor Ivan Musterov held talks in Minsk. As a young man the President met "
	    "with members of the band and was friends with Pjotr Mustermann.\n\nThey spoke of trade.");
	is_str(a->person, "Ivan Musterov", "  \"met with members of the band ... Pjotr Mustermann\" is no meeting "
	    "with him");
	article_free(a);
	a = parse("Talks in Minsk\n\nThe President held talks with the head of the Sakha Republic, Ivan Musterov.\n\n"
	    "They spoke of mining.");
	is_str(a->region, "Yakutia", "  \"the Sakha Republic\" alone: Yakutia too");
	article_free(a);
	a = parse("Russland mahnt Belarus\n\nKremlchef Wladimir Putin schickt seinen Au\xC3\x9F" "enminister Iwan "
	    "Musterow nach Belarus.\n\nMinsk (dpa) - Nach Wochen von Protesten hat Russlands Au\xC3\x9F" "enminister "
	    "Iwan Musterow in Minsk den Pr\xC3\xA4sidenten getroffen.\n\nEr \xC3\xBC" "berbrachte Gr\xC3\xBC\xC3\x9F" "e "
	    "von Kremlchef Wladimir Putin aus Moskau.");
	is_str(a->person, "Iwan Musterow", "\"Russlands Au\xC3\x9F" "enminister Iwan Musterow\": Russia's minister is "
	    "the guest, \"seinen Au\xC3\x9F" "enminister\" no host's, Putin named in passing");
	ok(a->region == NULL, "  and \"Gr\xC3\xBC\xC3\x9F" "e aus Moskau\" far down the text is no region");
	article_free(a);

	a = parse("Title of the page\n\nAleksandr Lukashenko met with Ambassador Extraordinary and Plenipotentiary "
	    "of Russia to Belarus Ivan Musterov.\n\nThey spoke of trade.");
	is_str(a->person, "Ivan Musterov", "\"Ambassador Extraordinary and Plenipotentiary of Russia Ivan Musterov\": "
	    "the person");
	article_free(a);

	a = parse("Title of the page\n\nApril 3, BPN. Belarus wants to raise its trade with Russia’s Tver province "
	    "to $700 million, the president said at a meeting with Tver province Governor Gennady Zimin.\n\n"
	    "Trade grew by 18 percent.");
	is_str(a->region, "Tver", "\"Russia’s Tver province\": the region");
	article_free(a);

	a = parse("Title of the page\n\nMachine building should lead the cooperation between Belarus and "
	    "Bashkortostan, Alexander Lukashenko said at a meeting with Bashkortostan head Timur Valiev.\n\n"
	    "Trade grew by 18 percent.");
	is_str(a->region, "Bashkortostan", "\"Bashkortostan head Timur Valiev\": the region");
	article_free(a);
}

/* Counterparts from abroad, as outlets other than BelTA name them: the one
 * met is not whoever a title or "meet with" stands before. */
static void
test_counterparts_abroad(void)
{
	struct article *a;

	a = parse("Envoy ends talks\n\nThe sanctions will be lifted, President Adam Brown's envoy Henry Walsh said "
	    "after two days of talks in Minsk with President Alexander Lukashenko.\n\nWalsh said the talks went well.");
	is_str(a->person, "Henry Walsh", "\"President Adam Brown's envoy Henry Walsh\": the envoy, not whose envoy he is");
	ok(a->region == NULL, "  and \"envoy\" names no region");
	article_free(a);

	a = parse("Bosnian Serb Leader Meets Lukashenka\n\nMarko Petrovic, the pro-Russia president of the Serb entity, met with "
	    "Belarusian President Alyaksandr Lukashenka in Minsk on February 19.\n\nPetrovic will meet with Russian "
	    "President Vladimir Putin in Moscow next week. Petrovic said much.");
	is_str(a->person, "Marko Petrovic", "\"X met with Belarusian President Lukashenka\": X, the subject, is the "
	    "counterpart");
	article_free(a);

	a = parse("Talks in Minsk\n\nOn Friday, Marko Petrovic met with Belarusian President Alyaksandr Lukashenka in "
	    "Minsk.\n\nThey spoke of trade.");
	is_str(a->person, "Marko Petrovic", "  and after a one-word opening (\"On Friday, Marko Petrovic met with\")");
	article_free(a);

	a = parse("MINSK, 21. Juni (BelTA) \xE2\x80\x93 Pr\xC3\xA4sident Alexander Lukaschenko hat heute bei einem Treffen mit "
	    "dem Ministerpr\xC3\xA4sidenten der Russischen F\xC3\xB6" "deration Dmitri Musterow \xC3\xBC" "ber die "
	    "bevorstehenden Gespr\xC3\xA4" "che mit dem Pr\xC3\xA4sidenten der Russischen F\xC3\xB6" "deration Wladimir Putin "
	    "erz\xC3\xA4hlt.\nSie sprachen \xC3\xBC" "ber Handel.");
	is_str(a->person, "Dmitri Musterow", "\"Treffen mit dem Ministerpr\xC3\xA4sidenten der Russischen F\xC3\xB6"
	    "deration\": Russia's prime minister is the guest; \"bevorstehende Gespr\xC3\xA4" "che mit\" are to come");
	article_free(a);

	a = parse("Envoy in Minsk\n\nOn Saturday, June 21, the President met with US Presidential Special Envoy for "
	    "Ukraine Henry Walsh. This was reported by the press service.\n\nWalsh said little.");
	is_str(a->person, "Henry Walsh", "\"met with US Presidential Special Envoy for Ukraine Henry Walsh\": the capitals "
	    "before a title are the title's");
	article_free(a);

	a = parse("Talks in Minsk\n\nThe President met the guests. Earlier he greeted the President of the Republic of "
	    "Srpska, an entity in Bosnia and Herzegovina, Marko Petrovic.\n\nThey spoke of trade.");
	is_str(a->person, "Marko Petrovic", "  and a name 13 words after its title, past a long apposition");
	article_free(a);

	a = parse("Talks in Minsk\n\nBelarusian President Aleksandr Lukashenko met with Chairwoman of the Republika "
	    "Srpska Council of Peoples of Bosnia and Herzegovina Vesna Petrovic.\n\nThey spoke of trade.");
	is_str(a->person, "Vesna Petrovic", "\"Chairwoman of the Republika Srpska Council of Peoples ... Vesna "
	    "Petrovic\": a body's name is no person");
	article_free(a);

	a = parse("Talks in Minsk\n\nBelarusian President Aleksandr Lukashenko met with Prime Minister of Pakistan "
	    "Imran Qadir. Pakistan's Prime Minister Imran Qadir thanked him.\n\nThey spoke of trade.");
	is_str(a->person, "Imran Qadir", "\"Prime Minister of Pakistan Imran Qadir\": another country's prime minister "
	    "is a guest, not the host's own");
	article_free(a);

	a = parse("Advisor in Minsk\n\nIranian President Reza Karimi sent greetings as US National Security Advisor "
	    "Henry Walsh met the President in Minsk.\n\nWalsh said little. Walsh left.");
	ok(a->region == NULL, "\"Iranian President\": a people's adjective is no region");
	is_str(a->person, "Henry Walsh", "  \"National Security Advisor Henry Walsh\": an advisor's title");
	article_free(a);

	a = parse("MINSK, 7. M\xC3\xA4rz (BelTA) - Lukaschenko traf den Vorsitzenden des Staatsverwaltungsrates von "
	    "Myanmar Aung Min Thu.\nSie sprachen \xC3\xBC" "ber Handel.");
	ok(a->region == NULL, "\"Vorsitzenden des Staatsverwaltungsrates\": a council is no region");
	article_free(a);

	a = parse("Speaker in Minsk\n\nThe President met the Chairman of the Majilis Erlan Koshanov in Minsk.\n\n"
	    "They spoke of trade.");
	ok(a->region == NULL, "\"Chairman of the Majilis\": a parliament's house is no region");
	article_free(a);

	a = parse("Meeting with Chairman of Presidency of Bosnia and Herzegovina\n\nBelarusian President Aleksandr "
	    "Lukashenko met with Chairman of Presidency of Bosnia and Herzegovina Marko Petrovic.\n\nBelarus and Bosnia and "
	    "Herzegovina can do much together, he said.");
	ok(a->region == NULL, "\"Presidency of Bosnia and Herzegovina\": a country is no counterpart's region, "
	    "nor is it in \"Belarus and Bosnia and Herzegovina\"");
	article_free(a);

	a = parse("Tasks ahead\n\nBig tasks are ahead of Minsk and Moscow, Belarusian President Aleksandr Lukashenko said "
	    "at a meeting with Ambassador Ivan Musterov.\n\nThey spoke of trade.");
	ok(a->region == NULL, "\"Minsk and Moscow\": two governments' seats, no counterpart's city");
	article_free(a);

	a = parse("Cooperation with Saint Petersburg a priority\n\nCooperation with Saint Petersburg is a priority, "
	    "Aleksandr Lukashenko said at a meeting with a delegation from Saint Petersburg led by Governor Ivan Musterov.\n\n"
	    "They spoke of trade.");
	is_str(a->region, "Saint Petersburg", "\"a delegation from Saint Petersburg\": the city is the counterpart's");
	article_free(a);
}

/* Photo captions as other outlets write them: out of the text, yet what the
 * first one says of the meeting (its day, whom it shows) is read. */
static void
test_captions(void)
{
	static const char *const captions[] = {
		"Henry Walsh (Illustrative photo: Ivan Petrov/EPA)",
		"Der belarussische Staatschef Alexander Lukaschenko (Archivbild): Er hat einen Gesandten getroffen.",
		"Der belarussische Staatschef Alexander Lukaschenko (picture alliance / dpa / Ivan Petrov)",
		"President of the Republic of Srpska Marko Petrovic Belta",
		"Press Service of the President of the Republic of Belarus/Handout via REUTERS",
		"Photo credit: the parliament's press service",
	};
	struct article *a;
	char text[512];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(captions); i++) {
		snprintf(text, sizeof(text), "Envoy visits Minsk\n\n%s\n\nThe envoy met the President in Minsk. "
		    "They spoke of trade.\n\nMore talks will follow.", captions[i]);
		a = parse(text);
		ok(!has_paragraph(a, captions[i]) && a->debris.credits == 1, "caption \"%s\": out of the text, counted",
		    captions[i]);
		is_str(a->title, "Envoy visits Minsk", "  and not the headline");
		article_free(a);
	}

	a = parse("Talks in Minsk\n\nThe President met the minister in Minsk on Monday. They spoke of trade.\n\n"
	    "Lukaschenko und Lawrow\n\nOn Logistics and Trade Relations\n\nThe two sides agreed on more freight.");
	ok(!has_paragraph(a, "Lukaschenko und Lawrow") && a->debris.credits == 1,
	    "a line naming only who is in the photo (\"Lukaschenko und Lawrow\"): a caption, out of the text");
	ok(has_paragraph(a, "On Logistics and Trade Relations"), "  a subheading of capitalized words stays");
	article_free(a);

	a = parse("Talks in Minsk\n\nThe President met the governor in Minsk on Monday. They spoke of trade.\n\n"
	    "The governor thanked the President for the warm welcome and the talks.\n\n"
	    "Advertising on Belarus is available on the website of our partner >>\nHistory of the alliance");
	ok(!has_paragraph(a, "Advertising") && !has_paragraph(a, "History"),
	    "a link ending in \">>\" is a line of its own, not wrapped text, and no text");
	article_free(a);

	a = parse("Settings\nFont settings\nArial\nTimes New Roman\nFont size\nColor scheme\nBlack on white\n"
	    "Regional Executive Committee\nMain / News\n28 July 2022\n\nLukashenko: No disagreements on trade\n\n"
	    "There are no disagreements between the two presidents on trade, the President said.\n\nMore talks will follow.");
	is_str(a->title, "Lukashenko: No disagreements on trade", "the headline under the date line, not a menu's "
	    "\"Times New Roman\" above it");
	check_date(a, "2022-07-28");
	article_free(a);

	a = parse("Lukashenko meets with the envoy amid tensions Saturday, June 21, 2025 9:24:00 AM\n\n"
	    "The President met the envoy in Minsk on June 21. They spoke of the war.\n\nMore talks will follow.");
	is_str(a->title, "Lukashenko meets with the envoy amid tensions", "a date-time glued to the headline: cut off it");
	check_date(a, "2025-06-21");
	is_int(a->hour, 9, "  and its time taken");
	article_free(a);

	a = parse("Lukashenko Gives Interview To TASS\n\nThe President spoke to the agency's correspondent in Minsk. "
	    "He answered many questions.\n\nThe interview will be published in full.");
	is_str(a->title, "Lukashenko Gives Interview To TASS", "a headline ending in an agency's name stays the headline");
	article_free(a);

	a = parse("A gift\n\nThe governor gave the President a vase (photo: left) and said more cooperation is needed in "
	    "the coming years.\n\nThey spoke of trade.");
	ok(has_paragraph(a, "The governor gave the President a vase") && a->debris.credits == 0,
	    "\"a vase (photo: left) and said ...\": a lower-case \"photo:\" in a sentence is text");
	article_free(a);

	a = parse("Envoy visits Belarus for talks\n\nBelarusian President Alexander Lukashenko attends a meeting with Henry "
	    "Walsh, a representative of US President Adam Brown, in Minsk, Belarus, on Dec 12, 2025. (Photo: Handout via "
	    "REUTERS)\n\nThe President held talks on Friday with US envoy Henry Walsh, sent by President Adam Brown.\n\n"
	    "Brown has urged the release of prisoners. Walsh listened. Brown said more.");
	check_date(a, "2025-12-12");
	is_str(a->person, "Henry Walsh", "  and the person it shows meeting the President");
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
	test_bodies_keep_everything();
	test_chrome_by_shape();
	test_look_alikes();
	test_counterparts_abroad();
	test_captions();
	return done_testing();
}
