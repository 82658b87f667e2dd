/* Meetings: the seeds' three, the date rule, and meetings.ini overrides. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tandem/corpus.h"
#include "tandem/fold.h"
#include "tandem/meeting.h"
#include "tandem/rank.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus"

static const char *
name_of(const struct article *a)
{
	return a->name;
}

static const char *
lang_of(const struct article *a)
{
	return lang_code(a->lang);
}

/* Meeting m's articles in its order, each as the first width bytes of
 * what it gives, one space between. */
static const char *
each_article(const struct corpus *c, size_t m, const char *(*what)(const struct article *), int width,
    char *buf, size_t n)
{
	size_t k, used = 0;

	buf[0] = '\0';
	for (k = 0; k < c->meetings.list[m].narticles && used + (size_t)width + 2 < n; k++)
		used += (size_t)snprintf(buf + used, n - used, "%s%.*s", k ? " " : "", width,
		    what(c->articles[c->meetings.list[m].articles[k]]));
	return buf;
}

/* The first three characters of meeting m's article names: "000 002 004". */
static const char *
names(const struct corpus *c, size_t m, char *buf, size_t n)
{
	return each_article(c, m, name_of, 3, buf, n);
}

static void
test_seeds(void)
{
	struct corpus c;
	char *cause = NULL, buf[64], langs[32];

	is_int(corpus_load(&c, SEEDS, &cause), 0, "the bundled corpus loads");
	is_int((long)c.narticles, 5, "  5 articles");
	is_int((long)c.nwarnings, 0, "  no warnings");
	is_int((long)c.meetings.n, 3, "  3 meetings");
	is_str(names(&c, 0, buf, sizeof(buf)), "001", "  newest first: Smolensk, 18 November");
	is_str(names(&c, 1, buf, sizeof(buf)), "000 002 004", "  Kalmykia: 000 (de), 002 and 004 (en)");
	is_str(names(&c, 2, buf, sizeof(buf)), "003", "  Khabarovsk, 3 February");
	is_str(each_article(&c, 1, lang_of, 2, langs, sizeof(langs)), "de en en", "  German first, then English");
	is_str(c.meetings.list[1].region, "Kalmückien", "  counterpart region");
	is_str(c.meetings.list[1].person, "Batu Chassikow", "  counterpart person");
	is_str(c.meetings.list[0].person, "Wassili Anochin", "  Smolensk's counterpart");
	is_int((long)corpus_meeting_of(&c, 2), 1, "  002 belongs to the Kalmykia meeting");
	corpus_free(&c);
}

static char *
make_corpus(const char *ini)
{
	char *dir = strdup("/tmp/tandem-meeting-XXXXXX");
	char cmd[1024];
	FILE *f;

	if (mkdtemp(dir) == NULL)
		return NULL;
	snprintf(cmd, sizeof(cmd), "cp %s/*.txt %s/", SEEDS, dir);
	if (system(cmd) != 0)
		return NULL;
	snprintf(cmd, sizeof(cmd), "%s/meetings.ini", dir);
	if (ini != NULL && (f = fopen(cmd, "w")) != NULL) {
		fputs(ini, f);
		fclose(f);
	}
	return dir;
}

static void
remove_corpus(char *dir)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
	free(dir);
}

static void
test_overrides(void)
{
	struct corpus c;
	char *cause = NULL, buf[64];
	char *dir = make_corpus("[split]\nx = 004_bec5a6384e55e9b3\n[join]\ny = 001_994465b2fab599f9 003_5657ae1482649044\n"
	    "[bogus]\nz = 1\n");

	is_int(corpus_load(&c, dir, &cause), 0, "a corpus with meetings.ini loads");
	is_int((long)c.meetings.n, 3, "  split one off and joined two: still 3 meetings");
	is_str(names(&c, 0, buf, sizeof(buf)), "000 002", "  004 split off the Kalmykia meeting");
	is_str(names(&c, 1, buf, sizeof(buf)), "004", "  and stands alone");
	is_str(names(&c, 2, buf, sizeof(buf)), "001 003", "  001 and 003 joined");
	ok(c.nwarnings == 1 && strstr(c.warnings[0], "meetings.ini: unknown section [bogus]") != NULL,
	    "  an unknown section is named in a warning");
	corpus_free(&c);
	remove_corpus(dir);
}

static void
write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((f = fopen(path, "w")) != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

/* Seed file name with a soft hyphen after the fourth letter of every word
 * of eight ASCII letters or more, as some sites hyphenate; *hyphens counts
 * them. Caller frees. */
static char *
hyphenated_seed(const char *name, size_t *hyphens)
{
	char path[512];
	struct buf raw = { 0 }, out = { 0 };
	size_t run = 0, i, k;
	FILE *f;
	int ch;

	snprintf(path, sizeof(path), "%s/%s", SEEDS, name);
	if ((f = fopen(path, "r")) == NULL)
		return xstrdup("");
	while ((ch = getc(f)) != EOF)
		buf_addc(&raw, (char)ch);
	fclose(f);
	for (i = 0; i < raw.len; i++) {
		buf_addc(&out, raw.data[i]);
		run = isalpha((unsigned char)raw.data[i]) ? run + 1 : 0;	/* C locale: ASCII */
		for (k = i + 1; k < raw.len && isalpha((unsigned char)raw.data[k]); k++)
			;
		if (run == 4 && k - i > 4) {
			buf_adds(&out, "\xc2\xad");
			(*hyphens)++;
		}
	}
	buf_free(&raw);
	return buf_detach(&out, NULL);
}

/* A meeting's counterpart as shown: without soft hyphens. Caller frees. */
static char *
shown(const char *s)
{
	struct buf b = { 0 };

	buf_adds(&b, "");
	if (s != NULL)
		text_add_visible(&b, s, strlen(s));
	return buf_detach(&b, NULL);
}

/* The meetings of the corpus in dir as "articles (region, person); ", the
 * names as shown; *narticles gets how many articles it holds. Caller frees. */
static char *
meetings_shown(const char *dir, size_t *narticles)
{
	struct buf out = { 0 };
	struct corpus c;
	char *cause = NULL, buf[64];
	size_t i;

	buf_adds(&out, "");
	*narticles = 0;
	if (corpus_load(&c, dir, &cause) < 0) {
		free(cause);
		return buf_detach(&out, NULL);
	}
	*narticles = c.narticles;
	for (i = 0; i < c.meetings.n; i++) {
		char *region = shown(c.meetings.list[i].region), *person = shown(c.meetings.list[i].person);

		buf_printf(&out, "%s (%s, %s); ", names(&c, i, buf, sizeof(buf)), region, person);
		free(region);
		free(person);
	}
	corpus_free(&c);
	return buf_detach(&out, NULL);
}

/* The seeds hyphenated with soft hyphens form the same meetings, with the
 * same counterparts, as without. */
static void
test_soft_hyphens(void)
{
	static const char *const seeds[] = { "000_bb48c70955bb72ea.txt", "001_994465b2fab599f9.txt",
		"002_954a635c099c0dbf.txt", "003_5657ae1482649044.txt", "004_bec5a6384e55e9b3.txt" };
	char *dir = make_corpus(NULL), *text, *plain, *soft;
	size_t i, hyphens = 0, n;

	for (i = 0; i < ARRAY_SIZE(seeds); i++) {
		text = hyphenated_seed(seeds[i], &hyphens);
		write_file(dir, seeds[i], text);
		free(text);
	}
	plain = meetings_shown(SEEDS, &n);
	soft = meetings_shown(dir, &n);
	ok(n == 5 && hyphens > 200, "the seeds with %zu soft hyphens in their long words load", hyphens);
	is_str(soft, plain, "  into the same meetings with the same counterparts as without them");
	free(plain);
	free(soft);
	remove_corpus(dir);
}

static void
test_dates_apart(void)
{
	static const char *const others[] = { "Pskov", "Tver", "Kaluga", "Tula", "Oryol", "Kursk", "Bryansk",
	    "Smolensk", "Ryazan", "Ivanovo", "Kostroma", "Yaroslavl", "Vologda", "Kirov", "Perm", "Omsk" };
	struct corpus c;
	char *cause = NULL, name[32], text[512];
	char *dir = make_corpus(NULL);
	size_t i;

	write_file(dir, "005_same_names.txt", "MINSK, 21. März (BelTA) - Alexander Lukaschenko traf erneut das "
	    "Oberhaupt der Republik Kalmückien Batu Chassikow. Der Austausch im September 2022 wurde erwähnt.");
	corpus_load(&c, dir, &cause);
	is_int((long)c.meetings.n, 4, "the same names on another day make another meeting");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_file(dir, "005_year_one.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über den Handelsumsatz von 4,7 Milliarden Dollar "
	    "und 173 MAZ-Busse.");
	write_file(dir, "006_year_two.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über den Handelsumsatz von 2,3 Milliarden Dollar "
	    "und 2.841 Traktoren.");
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 5) != corpus_meeting_of(&c, 6), "one counterpart on 12 May with no year, each report "
	    "with figures the other lacks: two visits (two years), not one meeting");
	corpus_free(&c);
	remove_corpus(dir);
	dir = make_corpus(NULL);
	for (i = 0; i < ARRAY_SIZE(others); i++) {
		snprintf(name, sizeof(name), "1%02zu_other.txt", i);
		snprintf(text, sizeof(text), "Meeting with Governor of %s Oblast\n\nAleksandr Lukashenko met with "
		    "Governor of %s Oblast on 17 October 2019 and spoke of trade, which the head of state received well.",
		    others[i], others[i]);
		write_file(dir, name, text);
	}
	write_file(dir, "005_outlet_one.txt", "President of Belarus meets Governor of Novgorod Oblast\n\n"
	    "Aleksandr Lukashenko met with Governor of Novgorod Oblast Andrei Nikitin on 17 October 2019 "
	    "and spoke of 173 buses.");
	write_file(dir, "006_outlet_two.txt", "New projects for Novgorod Oblast\n\n"
	    "Trade worth $2.3 billion was the topic when the head of state received Governor of Novgorod Oblast "
	    "Andrei Nikitin on 17 October 2019.");
	corpus_load(&c, dir, &cause);
	is_int((long)corpus_meeting_of(&c, 5), (long)corpus_meeting_of(&c, 6), "two outlets on one counterpart, "
	    "both dated 17 October 2019, each with a figure the other lacks: one meeting (the year is no other)");
	corpus_free(&c);
	remove_corpus(dir);
}

static void
test_counterparts(void)
{
	struct corpus c;
	char *cause = NULL, buf[64];
	char *dir = make_corpus(NULL);

	write_file(dir, "005_a.txt", "MINSK, 21. März (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über den Handelsumsatz, die Landwirtschaft, "
	    "die Zusammenarbeit und die Lieferungen von Traktoren nach Russland im Jahr 2024.");
	write_file(dir, "006_b.txt", "MINSK, 21. März (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Kaluga Witali Kitoew sprach Alexander Lukaschenko über den Handelsumsatz, die Landwirtschaft, "
	    "die Zusammenarbeit und die Lieferungen von Traktoren nach Russland im Jahr 2024.");
	write_file(dir, "007_c.txt", "Meeting with Governor of Tambov Oblast Oleg Zhochuenko\n\n"
	    "At a meeting with Governor of Tambov Oblast Oleg Zhochuenko, Aleksandr Lukashenko spoke about "
	    "trade, agriculture, cooperation and deliveries of tractors to Russia in 2024.");
	write_file(dir, "008_d.txt", "Meeting with Governor of Tambov Oblast Fyodor Zhochuenko\n\n"
	    "At a meeting with Governor of Tambov Oblast Fyodor Zhochuenko, Aleksandr Lukashenko spoke about "
	    "trade, agriculture, cooperation and deliveries of tractors to Russia in 2024.");
	corpus_load(&c, dir, &cause);
	is_str(names(&c, 1, buf, sizeof(buf)), "005 007", "one day, two regions: two meetings, whatever words they share");
	is_str(names(&c, 2, buf, sizeof(buf)), "006", "  Kaluga on its own");
	ok(corpus_meeting_of(&c, 8) != corpus_meeting_of(&c, 7), "the same surname with another first name is another person");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_file(dir, "005_sacha.txt", "MINSK, 30. September (BelTA) - Bei einem Treffen mit dem Oberhaupt der Republik "
	    "Sacha Ilja Sacharow sprach Alexander Lukaschenko über Diamanten, Traktoren und Flugzeuge.");
	write_file(dir, "006_sakha.txt", "Meeting with Head of Russia's Sakha Republic Ilya Sakharov\n\n"
	    "On 30 September, at a meeting with the Head of the Sakha Republic Ilya Sakharov, Aleksandr Lukashenko "
	    "spoke about diamonds, tractors and aircraft.");
	corpus_load(&c, dir, &cause);
	is_str(c.articles[6]->region, "Yakutia", "\"Head of the Sakha Republic\": Yakutia, the name other pages use");
	ok(corpus_meeting_of(&c, 5) == corpus_meeting_of(&c, 6),
	    "\"Republik Sacha\" and \"Sakha Republic\": one counterpart, one meeting");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_file(dir, "005_sakha.txt", "Regional cooperation was discussed in the Palace of Independence\n\n"
	    "Aleksandr Lukashenko, President of the Republic of Belarus, met with the Head of the Sakha Republic "
	    "in Minsk. The visit "
	    "brought 40 joint projects and 1,713 tonnes of diamonds worth $1.77 billion.");
	write_file(dir, "006_lavrov.txt", "Trade and the Union State were discussed in the Palace of Independence\n\n"
	    "Aleksandr Lukashenko, President of the Republic of Belarus, met with Russian Foreign Minister Sergei "
	    "Lavrov in Minsk. The visit "
	    "marked 40 years of talks and 1,713 tonnes of grain worth $1.77 billion.");
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 5) != corpus_meeting_of(&c, 6), "two undated pages of one site that share "
	    "figures but each name a counterpart the other never mentions: two meetings");
	corpus_free(&c);
	remove_corpus(dir);

	/* a guest met again and again: named as the counterpart in four of
	 * eleven articles, but nowhere else */
	dir = make_corpus(NULL);
	write_file(dir, "005_guest.txt", "MINSK, 17. Oktober (BelTA) - Lukaschenko traf den Direktor des "
	    "Auslandsgeheimdienstes Iwan Musterow. Sie sprachen über 12 Projekte.");
	write_file(dir, "006_guest.txt", "MINSK, 22. Oktober (BelTA) - Lukaschenko traf den Direktor des "
	    "Auslandsgeheimdienstes Iwan Musterow. Sie sprachen über 27 Projekte.");
	write_file(dir, "007_guest.txt", "MINSK, 3. Mai (BelTA) - Lukaschenko traf den Direktor des "
	    "Auslandsgeheimdienstes Iwan Musterow. Sie sprachen über 77 Projekte.");
	write_file(dir, "008_guest.txt", "MINSK, 15. April (BelTA) - Lukaschenko traf den Direktor des "
	    "Auslandsgeheimdienstes Iwan Musterow. Sie sprachen über 93 Projekte.");
	write_file(dir, "009_guest.txt", "Ivan Musterov in Minsk\n\nAleksandr Lukashenko met with Head of Russia's "
	    "Foreign Intelligence Service Ivan Musterov. They spoke of border security, drones, radar stations "
	    "worth 845 million rubles and 31 joint exercises.");
	write_file(dir, "010_other.txt", "Belousow in Minsk\n\nAlexander Lukaschenko traf den russischen "
	    "Verteidigungsminister Andrej Belousow. Sie sprachen über Grenzsicherung, Drohnen, Radarstationen "
	    "für 845 Millionen Rubel und 31 gemeinsame Übungen.");
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 9) != corpus_meeting_of(&c, 10), "a guest met again and again is no host: "
	    "his undated page stays apart from another guest's with the same figures");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_file(dir, "005_host.txt", "Lukashenko on Kalmykia\n\nBelarusian President Aleksandr Lukashenko said "
	    "the visits of September 2022 gave Belarus and Kalmykia a new impetus.");
	write_file(dir, "006_host.txt", "Lukashenko on Kalmykia again\n\nGovernor Aleksandr Lukashenko of Belarus "
	    "praised Kalmykia and Batu Khasikov, meeting on the visits of September 2022.");
	write_file(dir, "007_host.txt", "Lukashenko on Smolensk\n\nGovernor Aleksandr Lukashenko spoke of Smolensk.");
	write_file(dir, "008_host.txt", "Lukashenko on Pskov\n\nGovernor Aleksandr Lukashenko spoke of Pskov.");
	write_file(dir, "009_host.txt", "Lukashenko on Brjansk\n\nGovernor Aleksandr Lukashenko spoke of Bryansk.");
	corpus_load(&c, dir, &cause);
	ok(c.articles[6]->person != NULL && corpus_meeting_of(&c, 6) == corpus_meeting_of(&c, 0),
	    "a person taken for the counterpart in many articles (the host) keeps no article from its meeting");
	corpus_free(&c);
	remove_corpus(dir);
}

/* German reports of two visits of one counterpart, each with its figures. */
static void
write_visits(const char *dir)
{
	write_file(dir, "005_visit.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über den Handelsumsatz von 4,7 Milliarden Dollar.\n"
	    "In den letzten zwei Jahren wurden 173 MAZ-Busse geliefert, 58 Industrieunternehmen sind beteiligt.");
	write_file(dir, "006_visit.txt", "MINSK, 9. Oktober (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über den Handelsumsatz von 2,3 Milliarden Dollar.\n"
	    "Belarus lieferte 2.841 Traktoren und Mähdrescher, 96 Elektrobusse sollen folgen.");
}

static void
test_undated(void)
{
	struct corpus c;
	char *cause = NULL, buf[64];
	char *dir = make_corpus(NULL);
	const char *title = "Meeting with Governor of Tambov Oblast Oleg Zhochuenko\n\n  \u2022 12\n  \u2022 7:42\n\n";
	char text[1024];

	write_visits(dir);
	snprintf(text, sizeof(text), "%sAleksandr Lukashenko met with Governor of Tambov Oblast Oleg Zhochuenko. "
	    "Belarus supplied 2,841 tractors and combine harvesters; 96 electric buses are to follow.", title);
	write_file(dir, "007_undated.txt", text);
	corpus_load(&c, dir, &cause);
	is_int(c.articles[7]->date.month, 0, "an English page with no date");
	is_int((long)corpus_meeting_of(&c, 7), (long)corpus_meeting_of(&c, 6),
	    "  goes to the visit of its counterpart whose figures it shares (9 October)");
	ok(corpus_meeting_of(&c, 5) != corpus_meeting_of(&c, 6), "  the other visit stays apart");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_visits(dir);
	snprintf(text, sizeof(text), "%sAleksandr Lukashenko met with Governor of Tambov Oblast Oleg Zhochuenko. "
	    "The parties discussed trade and cooperation.", title);
	write_file(dir, "007_undated.txt", text);
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 7) != corpus_meeting_of(&c, 5) && corpus_meeting_of(&c, 7) != corpus_meeting_of(&c, 6),
	    "with nothing to tell two visits apart, it joins neither");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_file(dir, "005_visit.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über die Zusammenarbeit.");
	write_file(dir, "007_undated.txt", title);
	snprintf(text, sizeof(text), "%sAleksandr Lukashenko met with Governor of Tambov Oblast Oleg Zhochuenko "
	    "to discuss cooperation.", title);
	write_file(dir, "007_undated.txt", text);
	corpus_load(&c, dir, &cause);
	is_str(names(&c, 1, buf, sizeof(buf)), "005 007", "the one visit found takes it when no figure tells them apart");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_file(dir, "005_visit.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über 173 MAZ-Busse.");
	snprintf(text, sizeof(text), "%sAleksandr Lukashenko met with Governor of Tambov Oblast Oleg Zhochuenko "
	    "to discuss 2,841 tractors.", title);
	write_file(dir, "007_undated.txt", text);
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 6) != corpus_meeting_of(&c, 5),
	    "  but not when each reports a figure the other lacks (another visit)");
	corpus_free(&c);
	remove_corpus(dir);
}

/* An undated report whose lead names a weekday goes with a visit on that
 * day, never with one on another day (12 May 2025 was a Monday). */
static void
test_weekdays(void)
{
	static const char *const lead[] = { "On Monday, Aleksandr", "On Thursday, Aleksandr" };
	struct corpus c;
	char *cause = NULL, *dir, text[1024];
	size_t k;

	for (k = 0; k < 2; k++) {
		dir = make_corpus(NULL);
		write_file(dir, "005_visit.txt", "12 Mai 2025, 12:48\n\nMINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem "
		    "Gouverneur des Gebiets Tambow Oleg Schotschuenko sprach Alexander Lukaschenko \xC3\xBC" "ber die "
		    "Zusammenarbeit.");
		snprintf(text, sizeof(text), "Meeting with Governor of Tambov Oblast Oleg Zhochuenko\n\n%s Lukashenko met "
		    "with Governor of Tambov Oblast Oleg Zhochuenko to discuss cooperation.", lead[k]);
		write_file(dir, "007_undated.txt", text);
		corpus_load(&c, dir, &cause);
		is_int(c.articles[6]->date.month, 0, "an English page with no date, its lead naming a weekday");
		if (k == 0)
			is_int((long)corpus_meeting_of(&c, 6), (long)corpus_meeting_of(&c, 5),
			    "  \"On Monday\": goes with the visit of Monday 12 May 2025");
		else
			ok(corpus_meeting_of(&c, 6) != corpus_meeting_of(&c, 5),
			    "  \"On Thursday\": not with the visit of Monday 12 May 2025");
		corpus_free(&c);
		remove_corpus(dir);
	}

	dir = make_corpus(NULL);
	write_file(dir, "005_visit.txt", "12 Mai 2025, 12:48\n\nMINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem "
	    "Gouverneur des Gebiets Tambow Oleg Schotschuenko sprach Alexander Lukaschenko \xC3\xBC" "ber die "
	    "Zusammenarbeit. Eine Delegation kommt am Donnerstag wieder.");
	write_file(dir, "006_visit.txt", "12 May 2025, 14:02\n\nMINSK, 12 May (BelTA) - Aleksandr Lukashenko met with "
	    "Governor of Tambov Oblast Oleg Zhochuenko to discuss cooperation.");
	corpus_load(&c, dir, &cause);
	ok(c.narticles == 7 && corpus_meeting_of(&c, 5) == corpus_meeting_of(&c, 6),
	    "a dated report whose lead names another day (\"kommt am Donnerstag wieder\") stays with its visit");
	corpus_free(&c);
	remove_corpus(dir);

	for (k = 0; k < 2; k++) {
		dir = make_corpus(NULL);
		write_file(dir, "005_visit.txt", "13 May 2025, 09:12\n\nMINSK, 13 May (BelTA) - Aleksandr Lukashenko met "
		    "with Governor of Tambov Oblast Oleg Zhochuenko to discuss cooperation.");
		snprintf(text, sizeof(text), "Lukaschenko trifft Gouverneur\n\nAm %s traf Alexander Lukaschenko den "
		    "Gouverneur des Gebiets Tambow Oleg Schotschuenko, um \xC3\xBC" "ber die Zusammenarbeit zu sprechen.",
		    k == 0 ? "Montag" : "Mittwoch");
		write_file(dir, "007_undated.txt", text);
		corpus_load(&c, dir, &cause);
		if (k == 0)
			ok(c.narticles == 7 && corpus_meeting_of(&c, 5) == corpus_meeting_of(&c, 6),
			    "an English report dated Tuesday 13 May 2025 may be of Monday's meeting (\"am Montag\"): "
			    "the day after");
		else
			ok(c.narticles == 7 && corpus_meeting_of(&c, 5) != corpus_meeting_of(&c, 6),
			    "  never of Wednesday's (\"am Mittwoch\")");
		corpus_free(&c);
		remove_corpus(dir);
	}
}

/*
 * Two German visits of one counterpart with no figure between them: the
 * same lead, then a long and a short paragraph (12 May), or four of
 * middle length (9 October).
 */
static void
write_plain_visits(const char *dir, int both, const char *second_day)
{
	char text[2048];

	if (both)
		write_file(dir, "005_visit.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über die Zusammenarbeit.\n"
	    "Die belarussische Seite hält es für notwendig, von einmaligen Handelsgeschäften zu langfristigen "
	    "Verträgen überzugehen, Reparatur- und Ersatzteillager einzurichten und die Produktionszusammenarbeit "
	    "zu stärken. Auch in den Bereichen Bildung, Sport, Tourismus, medizinische Versorgung und kultureller "
	    "Austausch gibt es Potenzial für eine Zusammenarbeit, betonte der Präsident.\n"
	    "Die Türen sind offen, sagte der Staatschef.");
	snprintf(text, sizeof(text), "MINSK, %s (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über die Zusammenarbeit.\n"
	    "Ein natürlicher Bereich der Zusammenarbeit ist die Lebensmittelversorgung. Die Menschen wissen, dass "
	    "wir Qualitätsprodukte haben, und es gibt keine Hindernisse für die Zusammenarbeit, so der "
	    "belarussische Staatschef.\nDie benachbarten Gebiete hätten einander auch nach dem Zerfall der "
	    "Sowjetunion viel geholfen, fügte er hinzu. Politisch sei man getrennt gewesen, dennoch wollten die "
	    "einfachen Menschen zusammenleben, und daran habe sich bis heute nichts geändert.\n"
	    "Belarussische Künstler nehmen regelmäßig an Veranstaltungen in der Region teil, und die Zusammenarbeit "
	    "im Bereich der staatsbürgerlichen und patriotischen Erziehung ist im Gange.\nAlexander Lukaschenko "
	    "bestätigte das Interesse an einer direkten Flugverbindung durch russische Fluggesellschaften. Die "
	    "belarussische Seite sei bereit, exklusive Präferenzen auf dem nationalen Flughafen zu besprechen.",
	    second_day);
	write_file(dir, "006_visit.txt", text);
}

/* Where an undated page goes when only its paragraph lengths can tell. */
static void
test_undated_lengths(void)
{
	struct corpus c;
	char *cause = NULL, text[1024];
	char *dir = make_corpus(NULL);
	const char *page = "Meeting with Governor of Tambov Oblast Oleg Zhochuenko\n\n  \u2022 12\n  \u2022 7:42\n\n"
	    "Aleksandr Lukashenko spoke about cooperation at a meeting with Governor of Tambov Oblast Oleg Zhochuenko.\n\n"
	    "Belarus believes it is high time to move from occasional trade deals to long-term contracts, to build "
	    "repair facilities and spare parts warehouses, and strengthen industrial cooperation. Education, sports, "
	    "tourism, medical services and culture hold a lot of promise, too, the President stressed.\n\n"
	    "The doors are open, the head of state said.";

	write_plain_visits(dir, 1, "9. Oktober");
	write_file(dir, "007_undated.txt", page);
	corpus_load(&c, dir, &cause);
	is_int((long)corpus_meeting_of(&c, 7), (long)corpus_meeting_of(&c, 5),
	    "an undated page with no figures goes to the visit whose paragraphs it translates, by their lengths (12 May)");
	ok(corpus_meeting_of(&c, 6) != corpus_meeting_of(&c, 5), "  the other visit stays apart");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_plain_visits(dir, 0, "9. Oktober");
	write_file(dir, "005_visit.txt", "MINSK, 12. Mai (BelTA) - Bei einem Treffen mit dem Gouverneur des Gebiets "
	    "Tambow Oleg Schotschuenko sprach Alexander Lukaschenko über Kliniken in Mitschurinsk und Kotowsk.\n"
	    "Die belarussische Seite hält es für notwendig, von einmaligen Handelsgeschäften zu langfristigen "
	    "Verträgen überzugehen, Reparatur- und Ersatzteillager einzurichten und die Produktionszusammenarbeit "
	    "zu stärken. Auch in den Bereichen Bildung, Sport, Tourismus, medizinische Versorgung und kultureller "
	    "Austausch gibt es Potenzial für eine Zusammenarbeit, betonte der Präsident.\n"
	    "Die Türen sind offen, sagte der Staatschef.");
	write_file(dir, "007_undated.txt", "Meeting with Governor of Tambov Oblast Oleg Zhochuenko\n\n"
	    "Aleksandr Lukashenko spoke about clinics in Michurinsk and Kotovsk at a meeting with Governor of Tambov "
	    "Oblast Oleg Zhochuenko.\n\nBelarus believes it is high time to move from occasional trade deals to "
	    "long-term contracts, to build repair facilities and spare parts warehouses, and strengthen industrial "
	    "cooperation. Education, sports, tourism, medical services and culture hold a lot of promise, too, the "
	    "President stressed. Trade reached $3.2 billion, with 740 tractors sold.\n\n"
	    "The doors are open, the head of state said.");
	corpus_load(&c, dir, &cause);
	is_int((long)corpus_meeting_of(&c, 7), (long)corpus_meeting_of(&c, 5),
	    "  and so does one that adds figures the shorter German report leaves out");
	ok(corpus_meeting_of(&c, 6) != corpus_meeting_of(&c, 5), "  the other visit stays apart");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_plain_visits(dir, 0, "9. Oktober");
	write_file(dir, "007_undated.txt", page);
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 5) != corpus_meeting_of(&c, 6), "the one visit found does not take a page whose "
	    "paragraphs it does not translate (the page's own visit has no German report)");
	corpus_free(&c);
	remove_corpus(dir);

	dir = make_corpus(NULL);
	write_plain_visits(dir, 0, "22. Dezember");
	snprintf(text, sizeof(text), "%s Trade grew by 22 percent.", page);
	write_file(dir, "007_undated.txt", text);
	corpus_load(&c, dir, &cause);
	ok(corpus_meeting_of(&c, 5) != corpus_meeting_of(&c, 6), "  nor when the page's 22 percent "
	    "meets the visit's 22 December: a share is no day");
	corpus_free(&c);
	remove_corpus(dir);
}

static void
test_rank(void)
{
	struct corpus c;
	char *cause = NULL, *note = NULL, buf[64], from[512], to[512];
	char *dir = make_corpus(NULL);

	snprintf(from, sizeof(from), "%s/004_bec5a6384e55e9b3.txt", dir);
	snprintf(to, sizeof(to), "%s/0005_loose.txt", dir);
	if (rename(from, to) != 0)
		printf("# could not rename\n");
	corpus_load(&c, dir, &cause);
	is_str(names(&c, 1, buf, sizeof(buf)), "000 000 002", "by name the loose write-up comes first");
	ok(c.meetings.list[1].coverage < 0, "  and the coverage is not known before ranking");
	is_int(meeting_rank(&c, 1, &note, NULL), 0, "without a key the ranking runs to the end");
	is_str(c.articles[c.meetings.list[1].articles[1]]->name, "002_954a635c099c0dbf",
	    "ranked, the close counterpart 002 comes first");
	is_str(c.articles[c.meetings.list[1].articles[2]]->name, "0005_loose", "  the loose write-up second");
	ok(c.meetings.list[1].coverage == 1.0, "  the meeting's coverage is the best one's (all 9 German paragraphs)");
	free(note);
	corpus_free(&c);
	remove_corpus(dir);
}

int
main(void)
{
	/* The fixture, not whatever the machine has installed. */
	setenv("TANDEM_DICTIONARY", TEST_DICTIONARY, 1);
	test_seeds();
	test_overrides();
	test_soft_hyphens();
	test_dates_apart();
	test_rank();
	test_counterparts();
	test_undated();
	test_weekdays();
	test_undated_lengths();
	return done_testing();
}
