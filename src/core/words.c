/* words: a text's words and the word lists they are on (words.h). */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/dates.h"
#include "tandem/fold.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "words.h"

/* The word lists, folded (ä to a, lower case); a word has a bit for each. */
static const struct {
	const char *word;
	unsigned bits;
} listed[] = {
	{ "republik", W_REGION_DE }, { "teilrepublik", W_REGION_DE }, { "volksrepublik", W_REGION_DE },
	{ "gebiet", W_REGION_DE }, { "gebiets", W_REGION_DE },
	{ "gebietes", W_REGION_DE }, { "region", W_REGION_DE | W_REGION_EN }, { "oblast", W_REGION_DE | W_REGION_EN },
	{ "kraj", W_REGION_DE }, { "bezirk", W_REGION_DE }, { "bezirks", W_REGION_DE }, { "provinz", W_REGION_DE },
	{ "krai", W_REGION_EN }, { "territory", W_REGION_EN }, { "province", W_REGION_EN },
	{ "exklave", W_REGION_DE }, { "exclave", W_REGION_EN },
	{ "republic", W_REPUBLIC },
	{ "oberhaupt", W_TITLE }, { "gouverneur", W_TITLE }, { "gouverneurs", W_TITLE }, { "leiter", W_TITLE },
	{ "chef", W_TITLE }, { "burgermeister", W_TITLE }, { "vorsitzende", W_TITLE }, { "vorsitzenden", W_TITLE },
	{ "prasident", W_TITLE }, { "prasidenten", W_TITLE }, { "rais", W_TITLE }, { "head", W_TITLE },
	{ "governor", W_TITLE }, { "mayor", W_TITLE }, { "chairman", W_TITLE }, { "president", W_TITLE },
	{ "chairwoman", W_TITLE }, { "gesandte", W_TITLE | W_ANY_REGION },
	{ "gesandten", W_TITLE | W_ANY_REGION }, { "gesandter", W_TITLE | W_ANY_REGION },
	{ "sondergesandte", W_TITLE | W_ANY_REGION }, { "sondergesandten", W_TITLE | W_ANY_REGION },
	{ "sondergesandter", W_TITLE | W_ANY_REGION }, { "envoy", W_TITLE | W_ANY_REGION },
	{ "leader", W_TITLE | W_ANY_REGION }, { "advisor", W_TITLE | W_ANY_REGION },
	{ "adviser", W_TITLE | W_ANY_REGION }, { "berater", W_TITLE | W_ANY_REGION },
	{ "secretary", W_TITLE | W_ANY_REGION }, { "sekretar", W_TITLE | W_ANY_REGION },
	{ "premierminister", W_HOST_TITLE }, { "premierministers", W_HOST_TITLE }, { "premier", W_HOST_TITLE },
	{ "ministerprasident", W_HOST_TITLE }, { "ministerprasidenten", W_HOST_TITLE }, { "prime", W_HOST_TITLE }, { "minister", W_HOST_TITLE },
	{ "aussenminister", W_HOST_TITLE }, { "aussenministers", W_HOST_TITLE },
	{ "belarus", W_HOST | W_COUNTRY }, { "weissrussland", W_HOST | W_COUNTRY }, { "russland", W_HOST | W_RUSSIA }, { "russlands", W_HOST | W_RUSSIA },
	{ "russia", W_HOST | W_RUSSIA }, { "russian", W_HOST | W_RUSSIA }, { "belarusian", W_HOST }, { "belarussian", W_HOST }, { "federation", W_HOST },
	{ "foderation", W_HOST }, { "minsk", W_HOST }, { "belta", W_HOST }, { "belarussische", W_HOST },
	{ "belarussischer", W_HOST }, { "belarussischen", W_HOST }, { "weissrussische", W_HOST },
	{ "weissrussischer", W_HOST }, { "weissrussischen", W_HOST }, { "russische", W_HOST | W_RUSSIA },
	{ "russischen", W_HOST | W_RUSSIA }, { "russischer", W_HOST | W_RUSSIA },
	{ "of", W_LINK }, { "von", W_LINK }, { "des", W_LINK }, { "der", W_LINK }, { "the", W_LINK },
	{ "dem", W_LINK }, { "den", W_LINK }, { "from", W_FROM }, { "aus", W_FROM },
	{ "aleksandr", W_FIRST }, { "alexander", W_FIRST }, { "andrei", W_FIRST }, { "andrej", W_FIRST },
	{ "andrey", W_FIRST }, { "anatoli", W_FIRST }, { "anatoly", W_FIRST }, { "batu", W_FIRST },
	{ "dmitri", W_FIRST }, { "dmitry", W_FIRST }, { "gleb", W_FIRST }, { "igor", W_FIRST }, { "oleg", W_FIRST },
	{ "rustam", W_FIRST }, { "roman", W_FIRST }, { "sergei", W_FIRST }, { "sergey", W_FIRST },
	{ "sergej", W_FIRST }, { "vladimir", W_FIRST }, { "wladimir", W_FIRST }, { "vladislav", W_FIRST },
	{ "wladislaw", W_FIRST }, { "vasily", W_FIRST }, { "wassili", W_FIRST }, { "mikhail", W_FIRST },
	{ "michail", W_FIRST }, { "nikolai", W_FIRST }, { "pavel", W_FIRST }, { "pawel", W_FIRST },
	{ "alexei", W_FIRST }, { "alexej", W_FIRST }, { "yuri", W_FIRST }, { "juri", W_FIRST },
	{ "ivan", W_FIRST }, { "iwan", W_FIRST }, { "maxim", W_FIRST }, { "viktor", W_FIRST },
	{ "wiktor", W_FIRST }, { "yevgeny", W_FIRST }, { "jewgeni", W_FIRST }, { "denis", W_FIRST },
	{ "konstantin", W_FIRST }, { "radii", W_FIRST }, { "vitaly", W_FIRST }, { "witali", W_FIRST },
	{ "valery", W_FIRST }, { "waleri", W_FIRST }, { "vyacheslav", W_FIRST }, { "wjatscheslaw", W_FIRST },
	{ "vasili", W_FIRST }, { "dmitrij", W_FIRST }, { "yury", W_FIRST },
	{ "nikolay", W_FIRST }, { "aleksey", W_FIRST }, { "alexey", W_FIRST }, { "maksim", W_FIRST },
	{ "boris", W_FIRST }, { "grigori", W_FIRST }, { "grigory", W_FIRST }, { "fjodor", W_FIRST },
	{ "fyodor", W_FIRST }, { "fedor", W_FIRST }, { "artjom", W_FIRST }, { "artyom", W_FIRST },
	{ "artem", W_FIRST }, { "jaroslaw", W_FIRST }, { "yaroslav", W_FIRST }, { "stanislaw", W_FIRST },
	{ "stanislav", W_FIRST }, { "gennadi", W_FIRST }, { "gennady", W_FIRST }, { "leonid", W_FIRST },
	{ "evgeny", W_FIRST }, { "jewgenij", W_FIRST }, { "ramzan", W_FIRST }, { "ramsan", W_FIRST }, { "radij", W_FIRST },
	{ "alexandr", W_FIRST }, { "pjotr", W_FIRST },
	{ "rinat", W_FIRST }, { "timur", W_FIRST }, { "kirill", W_FIRST }, { "arslan", W_FIRST },
	{ "yegor", W_FIRST }, { "jegor", W_FIRST }, { "egor", W_FIRST }, { "anton", W_FIRST },
	{ "ilya", W_FIRST }, { "ilja", W_FIRST }, { "ruslan", W_FIRST }, { "marat", W_FIRST },
	{ "airat", W_FIRST }, { "ayrat", W_FIRST }, { "rustem", W_FIRST }, { "bair", W_FIRST },
	{ "pyotr", W_FIRST }, { "petr", W_FIRST }, { "georgi", W_FIRST }, { "georgy", W_FIRST },
	{ "herr", W_NOT_NAME }, { "mister", W_NOT_NAME }, { "ihrer", W_NOT_NAME }, { "ihre", W_NOT_NAME },
	{ "ihr", W_NOT_NAME }, { "unsere", W_NOT_NAME }, { "unserer", W_NOT_NAME }, { "diese", W_NOT_NAME },
	{ "dieser", W_NOT_NAME }, { "staatschef", W_NOT_NAME }, { "staatsoberhaupt", W_NOT_NAME },
	{ "if", W_NOT_NAME }, { "when", W_NOT_NAME }, { "while", W_NOT_NAME }, { "since", W_NOT_NAME },
	{ "because", W_NOT_NAME }, { "although", W_NOT_NAME }, { "both", W_NOT_NAME }, { "all", W_NOT_NAME },
	{ "many", W_NOT_NAME }, { "some", W_NOT_NAME }, { "what", W_NOT_NAME }, { "how", W_NOT_NAME },
	{ "why", W_NOT_NAME }, { "where", W_NOT_NAME }, { "before", W_NOT_NAME }, { "during", W_NOT_NAME },
	{ "today", W_NOT_NAME }, { "yesterday", W_NOT_NAME }, { "tomorrow", W_NOT_NAME }, { "heute", W_NOT_NAME },
	{ "gestern", W_NOT_NAME }, { "morgen", W_NOT_NAME }, { "now", W_NOT_NAME }, { "meanwhile", W_NOT_NAME },
	{ "earlier", W_NOT_NAME }, { "later", W_NOT_NAME }, { "then", W_NOT_NAME },
	/* bodies a title names, never a region: "Chairman of the State Duma" */
	{ "state", W_BODY }, { "duma", W_BODY }, { "staatsduma", W_BODY }, { "council", W_BODY },
	{ "rat", W_BODY }, { "rates", W_BODY }, { "board", W_BODY }, { "committee", W_BODY },
	{ "assembly", W_BODY }, { "parliament", W_BODY }, { "government", W_BODY },
	{ "ministry", W_BODY }, { "administration", W_BODY }, { "company", W_BODY },
	{ "corporation", W_BODY }, { "bank", W_BODY }, { "union", W_BODY }, { "chamber", W_BODY },
	{ "regierung", W_BODY }, { "verwaltung", W_BODY }, { "parlament", W_BODY },
	{ "parlaments", W_BODY }, { "ministeriums", W_BODY }, { "ministerium", W_BODY },
	{ "ausschusses", W_BODY }, { "kommission", W_BODY }, { "versammlung", W_BODY },
	{ "unternehmens", W_BODY }, { "kammer", W_BODY }, { "embassy", W_BODY },
	{ "staat", W_BODY }, { "staates", W_BODY }, { "staats", W_BODY }, { "house", W_BODY }, { "senate", W_BODY },
	{ "senat", W_BODY }, { "majilis", W_BODY }, { "mazhilis", W_BODY }, { "madschilis", W_BODY },
	{ "service", W_BODY }, { "presidency", W_BODY }, { "soviet", W_BODY }, { "handout", W_NOT_NAME }, { "intelligence", W_BODY }, { "dienst", W_BODY }, { "dienstes", W_BODY },
	/* words of a title that are never a name: "Head of the Foreign
	 * Intelligence Service", "Ambassador Extraordinary and Plenipotentiary" */
	{ "foreign", W_NOT_NAME }, { "extraordinary", W_NOT_NAME }, { "plenipotentiary", W_NOT_NAME },
	{ "ausserordentlicher", W_NOT_NAME }, { "bevollmachtigter", W_NOT_NAME },
	{ "director", W_TITLE }, { "direktor", W_TITLE }, { "ambassador", W_TITLE }, { "botschafter", W_TITLE },
	{ "botschaft", W_BODY },
	/* words before a title: "Acting Head of ..." */
	{ "people", W_NOT_NAME }, { "acting", W_NOT_NAME }, { "deputy", W_NOT_NAME }, { "former", W_NOT_NAME | W_OWNER }, { "interim", W_NOT_NAME },
	{ "und", W_AND }, { "and", W_AND },
	{ "met", W_MEET }, { "meet", W_MEET }, { "meets", W_MEET }, { "meeting", W_MEET }, { "talks", W_MEET },
	{ "treffen", W_MEET }, { "traf", W_MEET }, { "trifft", W_MEET }, { "gesprach", W_MEET },
	{ "gesprache", W_MEET }, { "gesprachen", W_MEET },
	{ "with", W_WITH }, { "mit", W_WITH },
	{ "for", W_FOR }, { "fur", W_FOR },
	{ "will", W_PLAN }, { "would", W_PLAN }, { "plan", W_PLAN }, { "plans", W_PLAN }, { "planned", W_PLAN },
	{ "upcoming", W_PLAN }, { "next", W_PLAN }, { "future", W_PLAN }, { "wird", W_PLAN }, { "werden", W_PLAN },
	{ "plant", W_PLAN }, { "geplant", W_PLAN }, { "geplante", W_PLAN }, { "geplanten", W_PLAN },
	{ "bevorstehende", W_PLAN }, { "bevorstehenden", W_PLAN }, { "kommende", W_PLAN }, { "kommenden", W_PLAN },
	{ "sein", W_OWNER }, { "seine", W_OWNER }, { "seinen", W_OWNER }, { "seines", W_OWNER },
	{ "his", W_OWNER }, { "her", W_OWNER }, { "ihr", W_OWNER }, { "ihren", W_OWNER },
	{ "ehemalige", W_OWNER }, { "ehemaligen", W_OWNER }, { "ehemaliger", W_OWNER },
	/* countries, in English and German: a country is no counterpart's region */
	{ "afghanistan", W_NATION }, { "agypten", W_NATION }, { "albania", W_NATION },
	{ "albanien", W_NATION }, { "algeria", W_NATION }, { "algerien", W_NATION }, { "america", W_NATION },
	{ "amerika", W_NATION }, { "andorra", W_NATION }, { "angola", W_NATION }, { "arabien", W_NATION },
	{ "argentina", W_NATION }, { "argentinien", W_NATION }, { "armenia", W_NATION },
	{ "armenien", W_NATION }, { "aserbaidschan", W_NATION }, { "athiopien", W_NATION },
	{ "australia", W_NATION }, { "australien", W_NATION }, { "austria", W_NATION },
	{ "azerbaijan", W_NATION }, { "bahamas", W_NATION }, { "bahrain", W_NATION },
	{ "bangladesch", W_NATION }, { "bangladesh", W_NATION }, { "barbados", W_NATION },
	{ "belgien", W_NATION }, { "belgium", W_NATION }, { "belize", W_NATION }, { "benin", W_NATION },
	{ "bhutan", W_NATION }, { "bolivia", W_NATION }, { "bolivien", W_NATION }, { "bosnia", W_NATION },
	{ "bosnien", W_NATION }, { "botsuana", W_NATION }, { "botswana", W_NATION }, { "brasilien", W_NATION },
	{ "brazil", W_NATION }, { "britain", W_NATION }, { "brunei", W_NATION }, { "bulgaria", W_NATION },
	{ "bulgarien", W_NATION }, { "burundi", W_NATION }, { "cambodia", W_NATION }, { "cameroon", W_NATION },
	{ "canada", W_NATION }, { "chad", W_NATION }, { "chile", W_NATION }, { "china", W_NATION },
	{ "colombia", W_NATION }, { "comoros", W_NATION }, { "congo", W_NATION }, { "croatia", W_NATION },
	{ "cuba", W_NATION }, { "cyprus", W_NATION }, { "czechia", W_NATION }, { "danemark", W_NATION },
	{ "denmark", W_NATION }, { "deutschland", W_NATION }, { "djibouti", W_NATION },
	{ "dschibuti", W_NATION }, { "ecuador", W_NATION }, { "egypt", W_NATION }, { "emirate", W_NATION },
	{ "emirates", W_NATION }, { "eritrea", W_NATION }, { "estland", W_NATION }, { "estonia", W_NATION },
	{ "eswatini", W_NATION }, { "ethiopia", W_NATION }, { "fidschi", W_NATION }, { "fiji", W_NATION },
	{ "finland", W_NATION }, { "finnland", W_NATION }, { "france", W_NATION }, { "frankreich", W_NATION },
	{ "gabon", W_NATION }, { "gabun", W_NATION }, { "gambia", W_NATION }, { "georgia", W_NATION },
	{ "georgien", W_NATION }, { "germany", W_NATION }, { "ghana", W_NATION }, { "greece", W_NATION },
	{ "griechenland", W_NATION }, { "grossbritannien", W_NATION }, { "guatemala", W_NATION },
	{ "guinea", W_NATION }, { "guyana", W_NATION }, { "haiti", W_NATION }, { "honduras", W_NATION },
	{ "hungary", W_NATION }, { "iceland", W_NATION }, { "india", W_NATION }, { "indien", W_NATION },
	{ "indonesia", W_NATION }, { "indonesien", W_NATION }, { "irak", W_NATION }, { "iran", W_NATION },
	{ "iraq", W_NATION }, { "ireland", W_NATION }, { "irland", W_NATION }, { "israel", W_NATION },
	{ "italien", W_NATION }, { "italy", W_NATION }, { "jamaica", W_NATION }, { "jamaika", W_NATION },
	{ "japan", W_NATION }, { "jemen", W_NATION }, { "jordan", W_NATION }, { "jordanien", W_NATION },
	{ "kambodscha", W_NATION }, { "kamerun", W_NATION }, { "kanada", W_NATION },
	{ "kasachstan", W_NATION }, { "katar", W_NATION }, { "kazakhstan", W_NATION }, { "kenia", W_NATION },
	{ "kenya", W_NATION }, { "kirgisistan", W_NATION }, { "kolumbien", W_NATION }, { "komoren", W_NATION },
	{ "korea", W_NATION }, { "kosovo", W_NATION }, { "kroatien", W_NATION }, { "kuba", W_NATION },
	{ "kuwait", W_NATION }, { "kyrgyzstan", W_NATION }, { "laos", W_NATION }, { "latvia", W_NATION },
	{ "lebanon", W_NATION }, { "lesotho", W_NATION }, { "lettland", W_NATION }, { "libanon", W_NATION },
	{ "liberia", W_NATION }, { "libya", W_NATION }, { "libyen", W_NATION }, { "liechtenstein", W_NATION },
	{ "litauen", W_NATION }, { "lithuania", W_NATION }, { "luxembourg", W_NATION },
	{ "luxemburg", W_NATION }, { "macedonia", W_NATION }, { "madagascar", W_NATION },
	{ "madagaskar", W_NATION }, { "malawi", W_NATION }, { "malaysia", W_NATION }, { "maldives", W_NATION },
	{ "malediven", W_NATION }, { "mali", W_NATION }, { "malta", W_NATION }, { "marokko", W_NATION },
	{ "mauretanien", W_NATION }, { "mauritania", W_NATION }, { "mauritius", W_NATION },
	{ "mazedonien", W_NATION }, { "mexico", W_NATION }, { "mexiko", W_NATION }, { "moldau", W_NATION },
	{ "moldawien", W_NATION }, { "moldova", W_NATION }, { "monaco", W_NATION }, { "mongolei", W_NATION },
	{ "mongolia", W_NATION }, { "montenegro", W_NATION }, { "morocco", W_NATION },
	{ "mosambik", W_NATION }, { "mozambique", W_NATION }, { "myanmar", W_NATION }, { "namibia", W_NATION },
	{ "nepal", W_NATION }, { "netherlands", W_NATION }, { "nicaragua", W_NATION },
	{ "niederlande", W_NATION }, { "niger", W_NATION }, { "nigeria", W_NATION },
	{ "nordmazedonien", W_NATION }, { "norway", W_NATION }, { "norwegen", W_NATION }, { "oman", W_NATION },
	{ "osterreich", W_NATION }, { "pakistan", W_NATION }, { "palastina", W_NATION },
	{ "palestine", W_NATION }, { "panama", W_NATION }, { "paraguay", W_NATION }, { "peru", W_NATION },
	{ "philippines", W_NATION }, { "poland", W_NATION }, { "portugal", W_NATION }, { "qatar", W_NATION },
	{ "romania", W_NATION }, { "ruanda", W_NATION }, { "rumanien", W_NATION }, { "rwanda", W_NATION },
	{ "sambia", W_NATION }, { "saudi", W_NATION }, { "schweden", W_NATION }, { "schweiz", W_NATION },
	{ "senegal", W_NATION }, { "serbia", W_NATION }, { "serbien", W_NATION }, { "simbabwe", W_NATION },
	{ "singapore", W_NATION }, { "singapur", W_NATION }, { "slovakia", W_NATION },
	{ "slovenia", W_NATION }, { "slowakei", W_NATION }, { "slowenien", W_NATION }, { "somalia", W_NATION },
	{ "spain", W_NATION }, { "spanien", W_NATION }, { "sudan", W_NATION }, { "suriname", W_NATION },
	{ "sweden", W_NATION }, { "switzerland", W_NATION }, { "syria", W_NATION }, { "syrien", W_NATION },
	{ "tadschikistan", W_NATION }, { "taiwan", W_NATION }, { "tajikistan", W_NATION },
	{ "tansania", W_NATION }, { "tanzania", W_NATION }, { "thailand", W_NATION }, { "togo", W_NATION },
	{ "tschad", W_NATION }, { "tschechien", W_NATION }, { "tunesien", W_NATION }, { "tunisia", W_NATION },
	{ "turkei", W_NATION }, { "turkey", W_NATION }, { "turkmenistan", W_NATION }, { "uganda", W_NATION },
	{ "uk", W_NATION }, { "ukraine", W_NATION }, { "ungarn", W_NATION }, { "united", W_NATION },
	{ "uruguay", W_NATION }, { "usa", W_NATION }, { "usbekistan", W_NATION }, { "uzbekistan", W_NATION },
	{ "venezuela", W_NATION }, { "vereinigte", W_NATION }, { "vereinigten", W_NATION },
	{ "vietnam", W_NATION }, { "yemen", W_NATION }, { "zambia", W_NATION }, { "zimbabwe", W_NATION },
	{ "zypern", W_NATION },
	{ "petersburg", W_CITY }, { "moscow", W_CITY }, { "moskau", W_CITY }, { "sevastopol", W_CITY },
	{ "sewastopol", W_CITY }, { "sankt", W_SAINT }, { "saint", W_SAINT }, { "st", W_SAINT },
};

/* The listed words, interned, with their bits (by id) and, per first
 * letter, bit n for a listed word of n bytes: filled once, before any
 * thread looks. */
static struct intern listed_set;
static unsigned listed_bits[ARRAY_SIZE(listed) + 1];
static uint32_t listed_lengths[26];
static pthread_once_t listed_once = PTHREAD_ONCE_INIT;

static void
listed_fill(void)
{
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(listed); i++) {
		n = strlen(listed[i].word);
		listed_bits[intern_id(&listed_set, listed[i].word, n, 1)] |= listed[i].bits;
		listed_lengths[listed[i].word[0] - 'a'] |= 1u << (n < 31 ? n : 31);
	}
}

static int
ascii_only(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)w[i] >= 0x80)
			return 0;
	return 1;
}

unsigned
words_bits(const char *w, size_t len)
{
	char plain[32];
	size_t n;
	unsigned c = (unsigned char)w[0] | 0x20;

	pthread_once(&listed_once, listed_fill);
	if ((unsigned char)w[0] < 0x80 && (c < 'a' || c > 'z' ||
	    (!(listed_lengths[c - 'a'] & 1u << (len < 31 ? len : 31)) && ascii_only(w, len))))
		return 0;	/* most words, by their first letter and length ("Präsident"
			 * folds to fewer bytes: its length tells nothing) */
	if (len >= sizeof(plain) || (n = fold_plain_to(w, len, plain, sizeof(plain))) >= sizeof(plain))
		return 0;
	return listed_bits[intern_id(&listed_set, plain, n, 0)];
}

/* Whether every word of four letters or more is capitalized, and there are
 * four such: English headlines in title case, where a capital tells no
 * name from a verb. */
static int
is_title_case(const struct words *ws)
{
	size_t i, long_words = 0;

	for (i = 0; i < ws->n; i++) {
		const struct word *w = &ws->w[i];

		if (w->len < 4 || text_is_number(ws->s + w->start, w->len))
			continue;
		if (!w->capital)
			return 0;
		long_words++;
	}
	return long_words >= 4;
}

void
words_split(const char *s, size_t len, enum lang lang, struct words *ws)
{
	size_t pos = 0, st, wl, prev_end = 0;

	ws->s = s;
	ws->len = len;
	ws->n = 0;
	while (text_next_word(s, len, &pos, &st, &wl)) {
		struct word *w;

		ws->w = xgrow(ws->w, &ws->cap, ws->n + 1, sizeof(*ws->w));
		w = &ws->w[ws->n++];
		w->start = st;
		w->len = wl;
		w->gap_ok = ws->n > 1 && st == prev_end + 1 && s[prev_end] == ' ';
		w->capital = text_is_capitalized(s + st, wl) && !text_is_number(s + st, wl);
		w->bits = words_bits(s + st, wl);
		if (w->capital && lang == LANG_EN && wl > 5 && !strncmp(s + st + wl - 3, "ing", 3) &&
		    text_sentence_starts(s, st))
			w->bits |= W_NOT_NAME;	/* "Noting Tyumen's ...": a verb opens the sentence */
		if (w->capital && (fold_is_function_word(s + st, wl, lang) || fold_is_function_word(s + st, wl, LANG_EN) ||
		    date_month(s + st, wl)))
			w->bits |= W_NOT_NAME;	/* only a capital can start a name */
		prev_end = st + wl;
	}
	ws->title_case = lang == LANG_EN && is_title_case(ws);
}

/* Lukashenko in any spelling, as fold_name keys it. */
static const char *const host_person[] = { "lkSnk", "lksnk" };

int
words_host(const struct words *ws, size_t i, enum lang lang)
{
	const struct word *w = &ws->w[i];
	char key[48];
	size_t k;

	if (fold_name(ws->s + w->start, w->len, lang, key, sizeof(key)) == 0)
		return 0;
	for (k = 0; k < ARRAY_SIZE(host_person); k++)
		if (strcmp(key, host_person[k]) == 0)
			return 1;
	return 0;
}

/* A word that can be part of a name: capitalized, not a label or title. */
int
words_name(const struct word *w)
{
	return w->capital && w->len >= 2 &&
	    !(w->bits & (W_REGION_DE | W_REGION_EN | W_REPUBLIC | W_TITLE | W_HOST_TITLE | W_HOST | W_LINK | W_NOT_NAME |
	    W_BODY));
}

/* The run of name words from i (at most max, none with the bits stop),
 * each after one space; its length. */
size_t
words_run(const struct words *ws, size_t i, size_t max, unsigned stop)
{
	size_t k = i;

	while (k < ws->n && k - i < max && words_name(&ws->w[k]) && !(ws->w[k].bits & stop) &&
	    (k == i || ws->w[k].gap_ok))
		k++;
	return k - i;
}

/* Whether s has no lower-case letter ("SANKT PETERSBURG" of a dateline). */
int
words_all_capitals(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
	return 1;
}

/* Whether word w ends in one of ends[0..n) with more than two letters
 * before it. */
int
words_ends_in(const struct words *ws, const struct word *w, const char *const *ends, size_t n)
{
	size_t k, len;

	for (k = 0; k < n; k++)
		if (w->len > (len = strlen(ends[k])) + 2 && strncmp(ws->s + w->start + w->len - len, ends[k], len) == 0)
			return 1;
	return 0;
}
