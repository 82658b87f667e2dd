/* counterpart: the region and the person a meeting is with. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/counterpart.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "words.h"

/* Weights of what names a counterpart: a name a title introduces or one
 * named with a title beside it, any other mention, the headline's extra,
 * and a name Belarus's own officials' titles introduce; what the headline
 * and the lead say counts LEAD times. */
#define BY_TITLE 4.0
/* A name the meeting is said to be with ("met with", "Treffen mit"). */
#define BY_MEETING 8.0
#define MENTION 0.5
#define LEAD 3.0	/* the headline and the first paragraph name the counterpart */
#define BY_HOST_TITLE -6.0
/* What a title's name weighs when its first name is none we know. */
#define UNKNOWN_FIRST 0.5
/* How far after a title its name may stand, in words: "President of the
 * Republic of Srpska, an entity in Bosnia and Herzegovina, Milorad Dodik"
 * is 13. */
#define TITLE_REACH 14
/* How far before a title the country it is of may stand: "Pakistan's
 * Prime Minister" (the "s" a word of its own). */
#define TITLE_OWNER_WORDS 4
/* A name has two or three words; a region one or two. */
#define NAME_WORDS 3
#define REGION_WORDS 2
#define CANDIDATES 24

struct candidate {
	char key[48];	/* the folded key of the name's last word, or of the one before a label */
	char *name;
	double score;
};

struct tally {
	struct candidate c[CANDIDATES];
	size_t n;
};

/* Regions the pages name by an abbreviation or their other name (alone or
 * before "Republic"): the name the other pages use. */
static const struct {
	const char *abbr[2];
	const char *name[2];	/* English, German */
} abbreviated[] = {
	{ { "DPR", "DNR" }, { "Donetsk", "Donezk" } },
	{ { "LPR", "LNR" }, { "Luhansk", "Luhansk" } },
	{ { "Sakha", "Sacha" }, { "Yakutia", "Jakutien" } },
};

/* Whether s (len bytes) is the name abbr, alone or before "Republi(c|k)". */
static int
is_other_name(const char *s, size_t len, const char *abbr)
{
	size_t n = strlen(abbr);

	return len >= n && memcmp(s, abbr, n) == 0 &&
	    (len == n || (len == n + 9 && memcmp(s + n, " Republi", 8) == 0));
}

/* The region an abbreviation s stands for, or s itself. */
static const char *
unabbreviate(const char *s, size_t *len, enum lang lang)
{
	size_t i, k;

	for (i = 0; i < ARRAY_SIZE(abbreviated); i++)
		for (k = 0; k < 2; k++)
			if (is_other_name(s, *len, abbreviated[i].abbr[k])) {
				s = abbreviated[i].name[lang == LANG_DE];
				*len = strlen(s);
				return s;
			}
	return s;
}

/* Counts a candidate name, keyed by its last word ("Nischni Nowgorod" and
 * "Nowgorod" are one) or, before a label, the word before it ("Chuvash
 * Republic" is not "Sakha Republic"). */
static void
tally_add(struct tally *t, const char *s, size_t len, enum lang lang, double score)
{
	const char *last, *end;
	char key[48];
	size_t i;

	s = unabbreviate(s, &len, lang);
	end = last = s + len;
	while (last > s && last[-1] != ' ')
		last--;
	if (last > s && fold_name(last, (size_t)(end - last), lang, key, sizeof(key)) > 0 &&
	    strcmp(key, FOLD_REPUBLIC) == 0)
		for (end = --last; last > s && last[-1] != ' '; last--)
			;
	if (fold_name(last, (size_t)(end - last), lang, key, sizeof(key)) == 0)
		return;
	for (i = 0; i < t->n; i++)
		if (strcmp(t->c[i].key, key) == 0) {
			t->c[i].score += score;
			if (len > strlen(t->c[i].name) && !words_all_capitals(s, len)) {	/* the fullest spelling */
				free(t->c[i].name);
				t->c[i].name = xstrndup(s, len);
			}
			return;
		}
	if (t->n == CANDIDATES)
		return;
	memcpy(t->c[t->n].key, key, sizeof(key));
	t->c[t->n].name = xstrndup(s, len);
	t->c[t->n++].score = score;
}

/* Takes the best candidate (the first of equals, above zero); frees the rest. */
static char *
tally_best(struct tally *t)
{
	size_t i, best = 0;
	char *out = NULL;

	for (i = 1; i < t->n; i++)
		if (t->c[i].score > t->c[best].score)
			best = i;
	for (i = 0; i < t->n; i++)
		if (i == best && t->c[i].score > 0)
			out = t->c[i].name;
		else
			free(t->c[i].name);
	t->n = 0;
	return out;
}

/* Adds words i..i+n-1 (n > 0) as a candidate; "St. Petersburg" whole. */
static void
add_words(struct tally *t, const struct words *ws, size_t i, size_t n, enum lang lang, double score)
{
	size_t end = ws->w[i + n - 1].start + ws->w[i + n - 1].len;

	tally_add(t, ws->s + ws->w[i].start, end - ws->w[i].start, lang, score);
}

/* German abstract nouns ("Kooperation", "Zusammenarbeit"): no part of a
 * place's name. */
static const char *const noun_ends[] = { "ung", "tion", "heit", "keit", "schaft", "arbeit" };
/* German bodies ("Auslandsgeheimdienstes", "Verteidigungsministeriums",
 * "Staatsverwaltungsrates"): never a region's name. */
static const char *const body_ends[] = { "dienst", "dienstes", "ministerium", "ministeriums", "rates" };

/* English adjectives of countries and peoples ("Iranian President",
 * "Zimbabwean leader", "European Commission"): no region's name. */
static const char *const demonym_ends[] = { "ian", "ean", "ese", "ish" };

/* A region's name at i: one or two name words, "St. Petersburg" joined. */
static size_t
region_at(const struct words *ws, size_t i)
{
	size_t n;

	if (i + 1 < ws->n && (ws->w[i].bits & W_SAINT) && ws->w[i].capital && (ws->w[i + 1].bits & W_CITY) &&
	    ws->w[i + 1].start - ws->w[i].start - ws->w[i].len <= 2)
		return 2;	/* "St. Petersburg", "Sankt Petersburg" */
	n = words_run(ws, i, REGION_WORDS, W_FIRST);	/* a region's name stops at a person's */
	if (n == 0 && words_run(ws, i, 1, 0) == 1 && (i + 1 == ws->n || !words_name(&ws->w[i + 1]) || !ws->w[i + 1].gap_ok ||
	    (ws->w[i + 1].bits & W_FIRST)))
		n = 1;	/* "Gebiet Wladimir in den Bereichen", "Gebiet Wladimir Alexander Awdejew" */
	if (n > 0 && (words_ends_in(ws, &ws->w[i], body_ends, ARRAY_SIZE(body_ends)) ||
	    words_ends_in(ws, &ws->w[i], noun_ends, ARRAY_SIZE(noun_ends))))
		return 0;	/* "der Russischen Föderation": no region starts with a noun */
	if (n == 2 && words_ends_in(ws, &ws->w[i + 1], noun_ends, ARRAY_SIZE(noun_ends)))
		n = 1;	/* "Gebiet Kursk Kooperation": a noun follows the name */
	return n;
}

/*
 * Counts a region's name, or the name in brackets right after it: "Republik
 * Sacha (Jakutien)", "the Sakha Republic (Yakutia)" are known by the
 * second, which the other pages use.
 */
static void
add_region(struct tally *t, const struct words *ws, size_t i, size_t n, enum lang lang, double score)
{
	size_t k = i + n, before = ws->w[k - 1].start + ws->w[k - 1].len;
	const struct word *w;

	while (k < ws->n && (ws->w[k].bits & (W_REPUBLIC | W_REGION_DE | W_REGION_EN)) &&
	    ws->w[k].start == before + 1) {	/* "Sakha Republic (Yakutia)": the label first */
		before = ws->w[k].start + ws->w[k].len;
		k++;
	}
	w = k < ws->n ? &ws->w[k] : NULL;
	if (w != NULL && w->capital && w->start == before + 2 && memcmp(ws->s + before, " (", 2) == 0 &&
	    w->start + w->len < ws->len && ws->s[w->start + w->len] == ')')
		tally_add(t, ws->s + w->start, w->len, lang, score);
	else
		add_words(t, ws, i, n, lang, score);
}

/* Skips the links after a title ("of the", "des") and a host's possessive. */
static size_t
skip_links(const struct words *ws, size_t i)
{
	while (i < ws->n && ((ws->w[i].bits & (W_LINK | W_HOST)) || ws->w[i].len == 1))
		i++;
	return i;
}

/* The words of a region's name at at, after a title and its links
 * ("Governor of St Petersburg"); 0 for none. */
static size_t
region_after_title(const struct words *ws, size_t at, enum lang lang)
{
	size_t full = at < ws->n ? words_run(ws, at, NAME_WORDS + REGION_WORDS, 0) : 0, n;
	const struct word *next;

	if (full >= 3 && full - 2 < region_at(ws, at))
		n = full - 2;	/* "Rais of Tatarstan Rinat Sabirov": a name follows */
	else
		n = at < ws->n ? region_at(ws, at) : 0;
	if (n == 0 || at + n >= ws->n)
		return n;
	next = &ws->w[at + n];
	if (next->capital && next->gap_ok && (next->bits & W_BODY))
		return n >= 2 ? n : 0;	/* "Chairman of the Supreme Council": a body, no region;
					 * "of the Republika Srpska Council": a region's body */
	if (lang == LANG_DE && (next->bits & W_REGION_DE))
		return 0;	/* "Chef der Donezker Volksrepublik": the label's rule reads it */
	if (lang != LANG_DE && (next->bits & W_REPUBLIC) && next->capital && next->gap_ok)
		return n + 1;	/* "Head of the Chuvash Republic": an adjective is no name alone */
	return (next->bits & W_REGION_EN) && lang != LANG_DE ? 0 : n;	/* "Governor of Kaluga Oblast": the label's */
}

/* Counts the regions ws names into t, and into cities (when not NULL) the
 * cities no label marks. */
static void
find_regions(const struct words *ws, enum lang lang, double weight, struct tally *t, struct tally *cities)
{
	/* in a title-case headline the word before a name is as capitalized */
	size_t i, n, most = ws->title_case ? 1 : REGION_WORDS;

	for (i = 0; i < ws->n; i++) {
		const struct word *w = &ws->w[i];

		if (lang == LANG_DE && (w->bits & W_REGION_DE) && i + 1 < ws->n && (n = region_at(ws, i + 1)) > 0) {
			add_region(t, ws, i + 1, n, lang, weight);
		} else if (lang == LANG_DE && (w->bits & W_REGION_DE) && i > 0 && ws->w[i].gap_ok && words_name(&ws->w[i - 1]) &&
		    ws->w[i - 1].len > 6 && !strncmp(ws->s + ws->w[i - 1].start + ws->w[i - 1].len - 2, "er", 2)) {
			tally_add(t, ws->s + ws->w[i - 1].start, ws->w[i - 1].len - 2, lang, weight);	/* "Murmansker Region" */
		} else if (lang == LANG_EN && (w->bits & W_REGION_EN) && i > 0 && w->gap_ok) {
			for (n = 0; n < most && n < i && words_name(&ws->w[i - 1 - n]) &&
			    (n == 0 || ws->w[i - n].gap_ok); n++)
				;
			if (n > 0)
				add_region(t, ws, i - n, n, lang, weight);
		} else if (lang == LANG_EN && (w->bits & W_TITLE) && !(w->bits & W_ANY_REGION) && i > 0 && w->gap_ok &&
		    words_name(&ws->w[i - 1]) && !words_ends_in(ws, &ws->w[i - 1], demonym_ends, ARRAY_SIZE(demonym_ends)) &&
		    !(ws->w[i - 1].bits & W_FIRST)) {
			for (n = 0; n < most && n < i && words_name(&ws->w[i - 1 - n]) &&
			    (n == 0 || ws->w[i - n].gap_ok); n++)
				;
			if (n == 1 && i >= 2 && region_at(ws, i - 2) == 2)
				n = 2;	/* "St. Petersburg Governor" */
			add_region(t, ws, i - n, n, lang, weight);	/* "St Petersburg Governor" */
		} else if ((w->bits & W_CITY) && w->capital) {
			n = i > 0 && (ws->w[i - 1].bits & W_SAINT) ? 2 : 1;
			/* "a delegation from Saint Petersburg", not "Minsk and
			 * Moscow", "allowing Moscow to": a government's seat */
			if (cities != NULL && i >= n && (ws->w[i - n].bits & (W_LINK | W_FROM)))
				add_words(cities, ws, i + 1 - n, n, lang, weight);
		} else if ((w->bits & W_COUNTRY) && i + 2 < ws->n && (ws->w[i + 1].bits & W_AND) &&
		    ws->w[i + 1].gap_ok && ws->w[i + 2].gap_ok && !(ws->w[i + 2].bits & W_CITY) &&
		    (n = region_at(ws, i + 2)) > 0) {
			add_region(t, ws, i + 2, n, lang, weight);	/* "zwischen Belarus und Tatarstan" */
		} else if ((w->bits & (W_REPUBLIC | W_TITLE)) && !(w->bits & W_ANY_REGION) && i + 1 < ws->n &&
		    (ws->w[i + 1].bits & W_LINK)) {
			size_t at = skip_links(ws, i + 1);

			if ((n = region_after_title(ws, at, lang)) > 0)
				add_region(t, ws, at, n, lang, weight);	/* "Governor of St Petersburg" */
		}
	}
}

/* Whether a sentence or a clause ends between word j - 1 and word j
 * (or before word j when j is the first after a title). */
static int
clause_ends(const struct words *ws, size_t j)
{
	size_t from = ws->w[j - 1].start + ws->w[j - 1].len, k;

	for (k = from; k < ws->w[j].start; k++)
		if (ws->s[k] == '.' || ws->s[k] == ':' || ws->s[k] == ';')
			return 1;
	return 0;
}

/* Patronymics: "Grigorjewitsch", "Nurgaliyevich". */
static const char *const patronymic_ends[] = { "vich", "witsch", "ovna", "owna", "evna", "ewna" };

/* The person's name in the run of n name words at i: from its first name
 * when it holds a known one; else its last two words, or three when the
 * middle one is a patronymic. Returns where it starts; *len its words. */
static size_t
trim_name(const struct words *ws, size_t i, size_t n, size_t *len)
{
	size_t k;

	if (ws->w[i + n - 1].bits & W_FIRST) {
		*len = 0;	/* "Amur Wassili": a first name ends no name */
		return i;
	}
	for (k = i; k + 1 < i + n; k++)
		if (ws->w[k].bits & W_FIRST) {
			*len = i + n - k > NAME_WORDS ? NAME_WORDS : i + n - k;
			return k;
		}
	if (n >= 3 && words_ends_in(ws, &ws->w[i + n - 2], patronymic_ends, ARRAY_SIZE(patronymic_ends)))
		*len = 3;
	else
		*len = n < 2 ? n : 2;
	return i + n - *len;
}

/* A person's name run at or after i within TITLE_REACH words, before a
 * sentence ends; starts at a first name when it holds one. With near set
 * (after "met with") only titles and their links may stand before it:
 * "met with members of the band and ... Vladimir Mulyavin" names no one. */
static size_t
person_after(const struct words *ws, size_t i, size_t *len, int near)
{
	size_t j, n, k;

	for (j = i; j < ws->n && j < i + TITLE_REACH; j++) {
		if (j > 0 && clause_ends(ws, j))
			return ws->n;	/* a sentence or a clause ended */
		if (near && !ws->w[j].capital && !(ws->w[j].bits & (W_LINK | W_FOR)))
			return ws->n;
		if (j > i && !near && (ws->w[j].bits & (W_TITLE | W_HOST_TITLE)))
			return ws->n;	/* "Gesandten von US-Präsident Donald Trump": the name is the second title's */
		n = words_run(ws, j, NAME_WORDS + 1, 0);
		if (n >= 1 && j + n < ws->n && ws->w[j + n].gap_ok && ((!ws->w[j + n].capital &&
		    (ws->w[j + n].bits & (W_LINK | W_FOR))) || (ws->w[j + n].bits & (W_TITLE | W_HOST_TITLE | W_BODY)))) {
			j += n - 1;	/* "Special Envoy for Ukraine, Keith Kellogg", "US Presidential
					 * Special Envoy ...": a title's words; "Republika Srpska
					 * Council": a body's */
			continue;
		}
		if (n < 2) {
			if (j == i && n == 1 && !(ws->w[j].bits & W_FIRST) && (j + 1 == ws->n || clause_ends(ws, j + 1))) {
				*len = 1;	/* "Governor Filimonov: ...": the surname alone */
				return j;
			}
			continue;
		}
		k = trim_name(ws, j, n, len);
		return *len >= 2 ? k : ws->n;
	}
	return ws->n;
}

/* "head of state": the host's title, never the counterpart's. */
static int
head_of_state(const struct words *ws, size_t i)
{
	return i + 2 < ws->n && ws->w[i + 1].len == 2 && ascii_strncasecmp(ws->s + ws->w[i + 1].start, "of", 2) == 0 &&
	    ws->w[i + 2].len == 5 && ascii_strncasecmp(ws->s + ws->w[i + 2].start, "state", 5) == 0;
}

/* A host's title that Russia's name comes shortly before ("Russian Foreign
 * Minister", "Russia's Foreign Minister"): a guest's title. */
static int
russian_title(const struct words *ws, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i; k++)
		if (ws->w[i - k].bits & W_RUSSIA)
			return 1;
		else if (!(ws->w[i - k].capital || ws->w[i - k].len == 1))
			return 0;	/* "Russia and the Belarusian minister" */
	return 0;
}

/* Whether another country's name stands by the host's title at i, whose
 * name is at k: shortly before it ("Pakistan's Prime Minister") or among
 * its links ("Prime Minister of Pakistan Shehbaz Sharif"): a guest's. */
static int
foreign_title(const struct words *ws, size_t i, size_t k)
{
	size_t j;

	for (j = 1; j <= TITLE_OWNER_WORDS && j <= i; j++)
		if (ws->w[i - j].bits & W_NATION)
			return 1;
		else if (!(ws->w[i - j].capital || ws->w[i - j].len == 1))
			break;
	for (j = i + 1; j < k; j++)
		if (ws->w[j].bits & W_NATION)
			return 1;
	return 0;
}

/* Whether the name of n words at i is the host's, or no name at all. */
static int
is_host_person(const struct words *ws, size_t i, size_t n, enum lang lang)
{
	const struct word *w = &ws->w[i + n - 1];
	char key[48];

	return fold_name(ws->s + w->start, w->len, lang, key, sizeof(key)) == 0 || words_host(ws, i + n - 1, lang);
}

/* Whether the name of n words at k is followed by "'s" or "’s": whose
 * envoy, not the envoy ("President Donald Trump's envoy John Coale"). */
static int
possessive(const struct words *ws, size_t k, size_t n)
{
	size_t end = ws->w[k + n - 1].start + ws->w[k + n - 1].len;
	const char *s = ws->s + end;
	size_t left = ws->len - end;

	return (left >= 2 && s[0] == '\'' && s[1] == 's') ||
	    (left >= 4 && memcmp(s, "\xe2\x80\x99", 3) == 0 && s[3] == 's');
}

/* Whether the meeting word at i is one to come ("will meet with", "plans to
 * meet", "bevorstehenden Gespräche mit"): its counterpart is not this one's. */
static int
planned(const struct words *ws, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i; k++)
		if (ws->w[i - k].bits & W_PLAN)
			return 1;
	return 0;
}

/* Whether the words between a title at i and its name at k are links and
 * Russia's ("Präsidenten der Russischen Föderation Wladimir Putin"): the
 * title is Russia's, as when its name comes before the title. */
static int
russian_after(const struct words *ws, size_t i, size_t k)
{
	size_t j;
	int russia = 0;

	for (j = i + 1; j < k; j++)
		if (ws->w[j].bits & W_RUSSIA)
			russia = 1;
		else if (!(ws->w[j].bits & (W_LINK | W_HOST)))
			return 0;
	return russia;
}

/*
 * "Milorad Dodik, the president of ..., met with Belarusian President
 * Lukashenka": when the one met with (after word i) is the host, the
 * counterpart is the sentence's subject, its first name of two words or
 * more. Returns where it starts, or ws->n; *len its words.
 */
static size_t
subject_of(const struct words *ws, size_t i, enum lang lang, size_t *len)
{
	size_t from = i, j, n, k;

	if (i + 1 >= ws->n)
		return ws->n;
	if (!(ws->w[i + 1].bits & W_HOST) &&
	    ((k = person_after(ws, i + 1, &n, 1)) == ws->n || !is_host_person(ws, k, n, lang)))
		return ws->n;
	while (from > 0 && !clause_ends(ws, from))
		from--;
	for (j = from; j + 1 < i; j++) {
		if ((n = words_run(ws, j, NAME_WORDS + 1, 0)) < 2)
			continue;	/* the next word may start a name */
		k = trim_name(ws, j, n, len);
		/* German nouns have capitals: "Moskaus Chefdiplomat" */
		return *len >= 2 && !is_host_person(ws, k, *len, lang) &&
		    (lang != LANG_DE || (ws->w[k].bits & W_FIRST)) ? k : ws->n;
	}
	return ws->n;
}

static void
find_persons(const struct words *ws, enum lang lang, double weight, struct tally *t)
{
	double mention = MENTION * weight;
	size_t i, k, n;

	for (i = 0; i < ws->n; i++) {
		const struct word *w = &ws->w[i];

		unsigned before = i > 0 ? ws->w[i - 1].bits : 0;
		int meeting = (w->bits & W_WITH) && (before & W_MEET) && !planned(ws, i - 1);

		/* a host word before a title makes it the host's ("belarussischen
		 * Präsidenten"), or Russia's president, named in passing; Russia's
		 * minister is a guest ("Russlands Außenminister Sergej Lawrow") */
		if ((((w->bits & (W_TITLE | W_HOST_TITLE)) &&
		    !((before & W_HOST) && !((before & W_RUSSIA) && (w->bits & W_HOST_TITLE))) &&
		    !(before & W_OWNER) && !head_of_state(ws, i)) || meeting) &&
		    (k = person_after(ws, i + 1, &n, meeting)) < ws->n && !is_host_person(ws, k, n, lang) &&
		    !possessive(ws, k, n) && (meeting || !(w->bits & W_TITLE) || !russian_after(ws, i, k)))
			add_words(t, ws, k, n, lang, (w->bits & W_HOST_TITLE && !russian_title(ws, i) &&
			    !russian_after(ws, i, k) && !foreign_title(ws, i, k) ? BY_HOST_TITLE :
			    meeting ? BY_MEETING : BY_TITLE) * weight *
			    (ws->w[k].bits & W_FIRST ? 1 : UNKNOWN_FIRST));
		else if (meeting && (k = subject_of(ws, i, lang, &n)) < ws->n)
			add_words(t, ws, k, n, lang, BY_MEETING * weight * (ws->w[k].bits & W_FIRST ? 1 : UNKNOWN_FIRST));
		if ((n = words_run(ws, i, NAME_WORDS + 1, 0)) >= 2 && (i == 0 || !words_name(&ws->w[i - 1]) || !ws->w[i].gap_ok)) {
			const struct word *last = &ws->w[i + n - 1];
			size_t after = last->start + last->len, from = trim_name(ws, i, n, &k);
			double score = (ws->w[from].bits & W_FIRST) ? mention : 0;

			if (after < ws->len && i + n < ws->n && ws->s[after] == ',' &&
			    ((ws->w[i + n].bits & W_TITLE) || (i + n + 1 < ws->n && (ws->w[i + n + 1].bits & W_TITLE))))
				score += BY_TITLE * weight;	/* "Oleg Kozhemyako, the Governor of ..." */
			if (score != 0 && k >= 2 && !is_host_person(ws, from, k, lang))	/* a first name or a title makes a name */
				add_words(t, ws, from, k, lang, score);
		}
	}
}

/* Takes out of persons the names that are regions' ("Nischni Nowgorod"). */
static void
drop_places(struct tally *persons, const struct tally *regions)
{
	size_t i, k;

	for (i = 0; i < persons->n; i++)
		for (k = 0; k < regions->n; k++)
			if (strcmp(persons->c[i].key, regions->c[k].key) == 0)
				persons->c[i].score = 0;
}

/* Takes out of regions the countries ("Bosnia and Herzegovina", "United
 * States"): no counterpart's region. (A bare acronym, "SVR", stays: as
 * unlikely a region, yet it keeps one service's reports together.) */
static void
drop_nations(struct tally *regions)
{
	size_t i, pos, st, wl;

	for (i = 0; i < regions->n; i++) {
		const char *s = regions->c[i].name;
		size_t len = strlen(s);

		for (pos = 0; text_next_word(s, len, &pos, &st, &wl);)
			if (words_bits(s + st, wl) & W_NATION)
				regions->c[i].score = 0;
	}
}

/* The folded keys of words standing alone as names: surnames said again
 * without the first name ("Dodik said", "Kellogg's visit"). */
struct lone {
	char key[32][48];
	size_t n;
};

/* Whether word i of ws is a name word standing alone (no name word beside
 * it); *key gets its folded key. */
static int
lone_name(const struct words *ws, size_t i, enum lang lang, char *key, size_t size)
{
	const struct word *w = &ws->w[i];

	return words_name(w) && !(w->bits & W_FIRST) && !(i > 0 && words_name(&ws->w[i - 1]) && w->gap_ok) &&
	    !(i + 1 < ws->n && words_name(&ws->w[i + 1]) && ws->w[i + 1].gap_ok) &&
	    fold_name(ws->s + w->start, w->len, lang, key, size) > 0;
}

static void
lone_collect(const struct words *ws, enum lang lang, struct lone *l)
{
	char key[48];
	size_t i, k;

	for (i = 0; i < ws->n && l->n < ARRAY_SIZE(l->key); i++) {
		if (!lone_name(ws, i, lang, key, sizeof(key)))
			continue;
		for (k = 0; k < l->n && strcmp(l->key[k], key) != 0; k++)
			;
		if (k == l->n)
			memcpy(l->key[l->n++], key, sizeof(key));
	}
}

/*
 * A counterpart whose first name is none we know gets nothing from
 * mentions of the whole name, while a leader named in passing, with a
 * first name we know, does. So in English a name of two or three words
 * whose surname also stands alone (in l) counts as a mention (German nouns
 * all have capitals: "Millionen Tonnen Getreide").
 */
static void
count_surnamed(const struct words *ws, enum lang lang, double weight, const struct lone *l, struct tally *t)
{
	char key[48];
	size_t i, k, n, from, len;

	for (i = 0; lang == LANG_EN && i < ws->n; i++) {
		const struct word *last;

		if ((n = words_run(ws, i, NAME_WORDS, 0)) < 2 || (i > 0 && words_name(&ws->w[i - 1]) && ws->w[i].gap_ok))
			continue;
		last = &ws->w[i + n - 1];
		from = trim_name(ws, i, n, &len);
		i += n - 1;
		if (len < 2 || (ws->w[from].bits & W_FIRST) || is_host_person(ws, from, len, lang) ||
		    fold_name(ws->s + last->start, last->len, lang, key, sizeof(key)) == 0)
			continue;	/* a first name we know: find_persons counted it */
		for (k = 0; k < l->n; k++)
			if (strcmp(l->key[k], key) == 0) {
				add_words(t, ws, from, len, lang, MENTION * weight);
				break;
			}
	}
}

/* Adds a mention to the candidate of t each surname standing alone names. */
static void
count_surnames(const struct words *ws, enum lang lang, double weight, struct tally *t)
{
	char key[48];
	size_t i, k;

	for (i = 0; i < ws->n; i++)
		if (lone_name(ws, i, lang, key, sizeof(key)))
			for (k = 0; k < t->n; k++)
				if (strcmp(t->c[k].key, key) == 0)
					t->c[k].score += MENTION * weight;
}

void
counterpart_find(const struct counterpart_text *texts, size_t n, enum lang lang, char **region, char **person)
{
	struct tally regions = { .n = 0 }, persons = { .n = 0 }, cities = { .n = 0 };
	struct lone lone = { .n = 0 };
	struct words *ws = xcalloc(n + 1, sizeof(*ws));	/* each text cut once */
	size_t i;
	int labelled;

	for (i = 0; i < n; i++) {
		words_split(texts[i].text, texts[i].len, lang, &ws[i]);
		/* a city named only further down is where someone came from
		 * ("Grüße ... aus Moskau"), not a counterpart no label marks */
		find_regions(&ws[i], lang, texts[i].lead ? LEAD : 1, &regions, texts[i].lead ? &cities : NULL);
		find_persons(&ws[i], lang, texts[i].lead ? LEAD : 1, &persons);
		lone_collect(&ws[i], lang, &lone);
	}
	/* the surnames standing alone anywhere are known only now */
	for (i = 0; i < n && lone.n > 0; i++)
		count_surnamed(&ws[i], lang, texts[i].lead ? LEAD : 1, &lone, &persons);
	for (i = 0; i < n && lone.n > 0; i++)
		count_surnames(&ws[i], lang, texts[i].lead ? LEAD : 1, &persons);
	for (i = 0; i < n; i++)
		free(ws[i].w);
	free(ws);
	drop_places(&persons, &regions);
	drop_places(&persons, &cities);
	drop_nations(&regions);
	for (i = 0, labelled = 0; i < regions.n; i++)
		labelled |= regions.c[i].score > 0;
	*region = tally_best(labelled ? &regions : &cities);	/* a city no label marks, last */
	free(tally_best(labelled ? &cities : &regions));
	*person = tally_best(&persons);
}

/*
 * One key for the spellings a name takes in either language's texts: a
 * German page may spell Drozdenko the English way, and ts, z and s then
 * stand for one another; a region's adjective is its name (Primorsky
 * Krai is Primorye: a final "sk" goes when three letters stay).
 */
static void
one_spelling(char *key, int person)
{
	size_t n = strlen(key), i;

	for (i = 0; i < n; i++)
		if (key[i] == 'T')
			key[i] = 's';
	if (!person && n > 4 && strcmp(key + n - 2, "sk") == 0)
		key[n - 2] = '\0';
}

size_t
counterpart_key(const char *name, enum lang lang, int person, struct buf *key)
{
	size_t pos = 0, st, wl, n = strlen(name), words = 0;
	char word[64], initial = 0;

	key->len = 0;
	buf_adds(key, "");
	while (text_next_word(name, n, &pos, &st, &wl)) {
		if (fold_name(name + st, wl, lang, word, sizeof(word)) == 0)
			continue;
		if (!person && strcmp(word, FOLD_REPUBLIC) == 0)
			continue;	/* "Sakha Republic" is Sacha: the label names no one */
		one_spelling(word, person);
		if (person && words++ == 0)
			initial = word[0];
		if (person)
			key->len = 0;
		else if (key->len > 0)
			buf_addc(key, '-');
		buf_adds(key, word);
	}
	if (person && words > 1)
		buf_printf(key, ":%c", initial);
	return key->len;
}

int
counterpart_is_label(const char *word, size_t len)
{
	return (words_bits(word, len) & (W_REGION_DE | W_REGION_EN | W_REPUBLIC)) != 0;
}
