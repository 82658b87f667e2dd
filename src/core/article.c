/* article: clean text to paragraphs and metadata. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/article.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* The longest title made from a lead sentence, in columns. */
#define TITLE_COLUMNS 90
/* The most words of a headline that ends in a full stop. */
#define HEADLINE_WORDS 14
/* A repeated paragraph at least this long is dropped even on its own. */
#define REPEAT_MIN_BYTES 40

/* A line or block of the file, before it is known to be a paragraph. */
struct unit {
	char *text;
	size_t len;
};

struct units {
	struct unit *u;
	size_t n, cap;
};

static const char *const months[][4] = {
	{ "january", "januar", "jan", "janner" },
	{ "february", "februar", "feb", NULL },
	{ "march", "marz", "mar", "maerz" },
	{ "april", "apr", NULL, NULL },
	{ "may", "mai", NULL, NULL },
	{ "june", "juni", "jun", NULL },
	{ "july", "juli", "jul", NULL },
	{ "august", "aug", NULL, NULL },
	{ "september", "sep", "sept", NULL },
	{ "october", "oktober", "oct", "okt" },
	{ "november", "nov", NULL, NULL },
	{ "december", "dezember", "dec", "dez" },
};

/* Lines that open the block of links to other stories at a page's end. */
static const char *const trailer_openers[] = {
	"other materials of", "more news", "related news", "read also",
	"weitere materialien", "weitere nachrichten", "lesen sie auch",
};

static const char *const credit_openers[] = {
	"photo:", "photos:", "photo by", "foto:", "fotos:", "video:",
};

static const char *const bullets[] = { "•", "·", "▪", "◦", "‣", "●" };

/* Month number from an English or German month name (any case), or 0. */
static int
date_month(const char *name, size_t len)
{
	char *plain = fold_plain(name, len);
	size_t m, k;
	int found = 0;

	for (m = 0; m < ARRAY_SIZE(months) && !found; m++)
		for (k = 0; k < 4 && months[m][k] != NULL; k++)
			if (strcmp(plain, months[m][k]) == 0) {
				found = (int)m + 1;
				break;
			}
	free(plain);
	return found;
}

const char *
date_format(const struct date *d, char *buf)
{
	if (d->month == 0)
		strcpy(buf, "-");
	else if (d->year == 0)
		sprintf(buf, "--%02d-%02d", d->month, d->day);
	else
		sprintf(buf, "%04d-%02d-%02d", d->year, d->month, d->day);
	return buf;
}

int
date_compare_newest(const struct date *a, const struct date *b)
{
	int ka = a->month == 0 ? 0 : a->year == 0 ? 1 : 2;
	int kb = b->month == 0 ? 0 : b->year == 0 ? 1 : 2;

	if (ka != kb)
		return kb - ka;
	if (a->year != b->year)
		return b->year - a->year;
	if (a->month != b->month)
		return b->month - a->month;
	return b->day - a->day;
}

const char *
source_name(enum source s)
{
	switch (s) {
	case SOURCE_BELTA:
		return "BelTA";
	case SOURCE_PRESIDENT:
		return "president.gov.by";
	default:
		return "unknown";
	}
}

/* Whether s starts with prefix, ignoring ASCII case. */
static int
starts_ci(const char *s, size_t len, const char *prefix)
{
	size_t n;

	if (len == 0 || tolower((unsigned char)s[0]) != tolower((unsigned char)prefix[0]))
		return 0;	/* most lines, told by their first letter */
	n = strlen(prefix);
	return len >= n && strncasecmp(s, prefix, n) == 0;
}

static int
starts_any(const char *s, size_t len, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (starts_ci(s, len, list[i]))
			return 1;
	return 0;
}

/* One line with white space runs made one space and trimmed. Caller frees. */
static char *
squeeze(const char *s, size_t len, size_t *outlen)
{
	char *out = xmalloc(len + 1);
	size_t i, n = 0;
	int blank = 1;	/* after white space or at the start: a space is dropped */

	for (i = 0; i < len; i++) {	/* without branches: spaces are too many to predict */
		int space = s[i] == ' ' || s[i] == '\t';

		out[n] = space ? ' ' : s[i];
		n += !(space && blank);
		blank = space;
	}
	while (n > 0 && out[n - 1] == ' ')
		n--;
	out[n] = '\0';
	*outlen = n;
	return out;
}

static void
units_add(struct units *us, char *text, size_t len)
{
	us->u = xgrow(us->u, &us->cap, us->n + 1, sizeof(*us->u));
	us->u[us->n].text = text;
	us->u[us->n].len = len;
	us->n++;
}

static int is_bullet(const struct unit *u);

/* Whether a line ends where a sentence or a quotation does. */
static int
ends_sentence(const struct unit *u)
{
	static const char *const ends[] = { ".", "!", "?", ":", "\"", "“", "”", "»", "«", "。", "！", "？" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ends); i++) {
		size_t k = strlen(ends[i]);

		if (u->len >= k && memcmp(u->text + u->len - k, ends[i], k) == 0)
			return 1;
	}
	return 0;
}

/* Joins a block's lines into one unit when they look hard-wrapped. */
static int
block_is_wrapped(struct unit *lines, size_t n)
{
	size_t i, ended = 0;
	int maxw = 0;

	if (n < 2)
		return 0;
	for (i = 0; i < n; i++) {
		if (is_bullet(&lines[i]))
			return 0;
		int w = text_width(lines[i].text, lines[i].len);

		if (w > maxw)
			maxw = w;
	}
	if (maxw > 100 || maxw < 30)
		return 0;	/* hard wrapping happens at 30 to 100 columns */
	for (i = 0; i + 1 < n; i++) {
		if (text_width(lines[i].text, lines[i].len) * 10 < maxw * 6)
			return 0;
		ended += ends_sentence(&lines[i]);
	}
	return ended * 2 < n - 1;	/* wrapped lines mostly end mid-sentence */
}

static void
flush_block(struct units *block, struct units *out)
{
	struct buf b = { 0 };
	size_t i;

	if (!block_is_wrapped(block->u, block->n)) {
		for (i = 0; i < block->n; i++)
			units_add(out, block->u[i].text, block->u[i].len);
		block->n = 0;
		return;
	}
	for (i = 0; i < block->n; i++) {
		if (i > 0)
			buf_addc(&b, ' ');
		buf_add(&b, block->u[i].text, block->u[i].len);
		free(block->u[i].text);
	}
	block->n = 0;
	units_add(out, NULL, 0);
	out->u[out->n - 1].text = buf_detach(&b, &out->u[out->n - 1].len);
}

/*
 * Splits text into units. Where blank lines separate blocks, a block whose
 * lines look hard-wrapped is one unit; otherwise every line is one.
 */
static void
split_units(const char *text, size_t len, struct units *out)
{
	struct units block = { 0 };
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len, n;
		char *line = squeeze(text + i, end - i, &n);

		if (n == 0) {
			free(line);
			flush_block(&block, out);
		} else {
			units_add(&block, line, n);
		}
		i = end + 1;
	}
	flush_block(&block, out);
	free(block.u);
}

static int
is_bullet(const struct unit *u)
{
	size_t i;

	if (u->len == 0 || (unsigned char)u->text[0] < 0x80)
		return 0;	/* every bullet is outside ASCII */
	for (i = 0; i < ARRAY_SIZE(bullets); i++) {
		size_t n = strlen(bullets[i]);

		if (u->len >= n && memcmp(u->text, bullets[i], n) == 0)
			return text_width(u->text + n, u->len - n) <= 16;
	}
	return 0;
}

/* Reads "20 March", "20. März", "March 20", each with an optional year. */
static size_t
parse_date(const char *s, size_t len, struct date *d)
{
	size_t pos = 0, st, wl, st2, wl2, end;
	int day = 0, month;

	if (!text_next_word(s, len, &pos, &st, &wl) || st > 1)
		return 0;
	if (text_is_number(s + st, wl)) {
		day = atoi(s + st);
		if (!text_next_word(s, len, &pos, &st2, &wl2) || st2 > pos - wl2)
			return 0;
		month = date_month(s + st2, wl2);
	} else {
		month = date_month(s + st, wl);
		if (!text_next_word(s, len, &pos, &st2, &wl2) || !text_is_number(s + st2, wl2))
			return 0;
		day = atoi(s + st2);
	}
	if (month == 0 || day < 1 || day > 31)
		return 0;
	d->month = month;
	d->day = day;
	d->year = 0;
	end = pos;
	if (text_next_word(s, len, &pos, &st, &wl) && wl == 4 && text_is_number(s + st, wl) &&
	    st - end <= 2 && atoi(s + st) > 1900) {
		d->year = atoi(s + st);
		end = pos;
	}
	return end;
}

/* "14:25" or "14:25, 20 March": the time line of an English BelTA page. */
static int
parse_time_line(const struct unit *u, struct article *a)
{
	const char *s = u->text;
	int h, m, n = 0;
	struct date d;
	size_t used;

	if (sscanf(s, "%2d:%2d%n", &h, &m, &n) != 2 || n < 4 || h > 23 || m > 59)
		return 0;
	if ((size_t)n == u->len) {
		a->hour = h, a->minute = m;
		return 1;
	}
	if (s[n] != ',' || (used = parse_date(s + n + 1, u->len - (size_t)n - 1, &d)) == 0 ||
	    (size_t)n + 1 + used != u->len)
		return 0;
	a->hour = h, a->minute = m;
	if (a->date.month == 0)
		a->date = d;
	return 1;
}

static int
is_dash_at(const char *s, size_t len, size_t *dlen)
{
	if (len >= 1 && s[0] == '-')
		return (int)(*dlen = 1);
	if (len >= 3 && (memcmp(s, "–", 3) == 0 || memcmp(s, "—", 3) == 0))
		return (int)(*dlen = 3);
	return 0;
}

/* Title case for a dateline place in capitals: "MINSK" to "Minsk". */
static char *
place_name(const char *s, size_t len)
{
	size_t n = 0;
	uint8_t *low = u8_tolower((const uint8_t *)s, len, NULL, NULL, NULL, &n);
	char *out;
	size_t i;

	if (low == NULL)
		die("out of memory");
	out = xstrndup((const char *)low, n);
	free(low);
	for (i = 0; i < n; i++)
		if ((i == 0 || out[i - 1] == ' ' || out[i - 1] == '-') && islower((unsigned char)out[i]))
			out[i] = (char)toupper((unsigned char)out[i]);
	return out;
}

/*
 * Reads a dateline ("MINSK, 20. März (BelTA) - ") at the start of p.
 * Returns the offset of the text after it, 0 when there is none.
 */
static size_t
parse_dateline(const struct paragraph *p, struct article *a)
{
	const char *s = p->text, *comma = memchr(s, ',', p->len < 48 ? p->len : 48);
	size_t i, used, dl;
	struct date d;
	int agency = 0;

	if (comma == NULL || comma == s || !text_is_capitalized(s, p->len))
		return 0;
	for (i = 0; s + i < comma; i++)
		if (isdigit((unsigned char)s[i]))
			return 0;
	i = (size_t)(comma - s) + 1;
	if ((used = parse_date(s + i, p->len - i, &d)) == 0)
		return 0;
	i += used;
	while (i < p->len && s[i] == ' ')
		i++;
	if (i < p->len && s[i] == '(') {
		const char *close = memchr(s + i, ')', p->len - i);

		if (close == NULL || close - (s + i) > 24)
			return 0;
		agency = starts_ci(s + i + 1, p->len - i - 1, "belta");
		i = (size_t)(close - s) + 1;
		while (i < p->len && s[i] == ' ')
			i++;
	}
	if (!is_dash_at(s + i, p->len - i, &dl))
		return 0;
	i += dl;
	while (i < p->len && s[i] == ' ')
		i++;
	a->date = d;
	a->place = place_name(s, (size_t)(comma - s));
	if (agency)
		a->source = SOURCE_BELTA;
	return i;
}

static void
add_paragraph(struct article *a, size_t *cap, char *text, size_t len)
{
	a->paragraphs = xgrow(a->paragraphs, cap, a->nparagraphs + 1, sizeof(*a->paragraphs));
	a->paragraphs[a->nparagraphs].text = text;
	a->paragraphs[a->nparagraphs].len = len;
	a->nparagraphs++;
}

static int
same_text(const struct paragraph *x, const struct paragraph *y)
{
	return x->len == y->len && memcmp(x->text, y->text, x->len) == 0;
}

/* Eight bytes a step, each step folding the product's high half down: the
 * table's index is taken from the low bits. */
static size_t
hash_text(const struct paragraph *p)
{
	uint64_t h = hash_bytes(p->text, p->len % 8), w;
	size_t i;

	for (i = p->len % 8; i < p->len; i += 8) {
		memcpy(&w, p->text + i, sizeof(w));
		h = (h ^ w) * 0x9E3779B97F4A7C15u;
		h ^= h >> 32;
	}
	return (size_t)h;
}

/* Sets dup[i] for each paragraph whose text stood earlier. A hash table of
 * first occurrences keeps this linear: a scraped file may hold 100,000 lines. */
static void
mark_repeats(const struct article *a, char *dup)
{
	size_t n = a->nparagraphs, size = 16, i, h;
	size_t *first;	/* paragraph index + 1; 0: empty */

	while (size < 2 * n)
		size *= 2;
	first = xcalloc(size, sizeof(*first));
	for (i = 0; i < n; i++) {
		h = hash_text(&a->paragraphs[i]) & (size - 1);
		while (first[h] != 0 && !same_text(&a->paragraphs[i], &a->paragraphs[first[h] - 1]))
			h = (h + 1) & (size - 1);
		if (first[h] != 0)
			dup[i] = 1;
		else
			first[h] = i + 1;
	}
	free(first);
}

/*
 * Drops repeated runs: a paragraph that stood earlier goes when it is long
 * enough to be no accident, or when a neighbour is repeated too.
 */
static void
drop_repeats(struct article *a)
{
	size_t n = a->nparagraphs, i, kept = 0;
	char *dup = xcalloc(n, 1);

	mark_repeats(a, dup);
	for (i = 0; i < n; i++) {
		int drop = dup[i] && (a->paragraphs[i].len >= REPEAT_MIN_BYTES ||
		    (i > 0 && dup[i - 1]) || (i + 1 < n && dup[i + 1]));

		if (drop) {
			free(a->paragraphs[i].text);
			a->debris.repeated++;
		} else {
			a->paragraphs[kept++] = a->paragraphs[i];
		}
	}
	a->nparagraphs = kept;
	free(dup);
}

/* Whether a line is one sentence of three to HEADLINE_WORDS words ending
 * in a full stop, as a headline can be ("Vulkan speit Asche auf
 * Mexiko-Stadt."); a lead sentence runs longer. */
static int
is_headline_sentence(const struct unit *u)
{
	size_t i, pos = 0, st, wl, words = 0;

	if (u->text[u->len - 1] != '.')
		return 0;
	for (i = 0; i + 1 < u->len; i++)
		if (strchr(".!?", u->text[i]) && u->text[i + 1] == ' ')
			return 0;
	while (words <= HEADLINE_WORDS && text_next_word(u->text, u->len, &pos, &st, &wl))
		words++;
	return words >= 3 && words <= HEADLINE_WORDS;
}

/* A first line that is a headline: short, and no sentence end, or a short
 * sentence before a longer paragraph. */
static int
is_title_line(const struct unit *u, const struct unit *next, size_t nunits)
{
	char last = u->text[u->len - 1];
	int w = text_width(u->text, u->len);

	if (nunits < 2 || w > 160)
		return 0;
	if (strchr(".:;,", last) == NULL)
		return 1;
	return w <= 120 && is_headline_sentence(u) && text_width(next->text, next->len) > w;
}

/* The lead sentence after the dateline, shortened at a word boundary. */
static char *
lead_title(const char *s, size_t len)
{
	size_t i, end = len, fit;
	int used;
	struct buf b = { 0 };

	for (i = 1; i + 2 < len; i++)
		if (strchr(".!?", s[i]) && s[i + 1] == ' ' && !isdigit((unsigned char)s[i - 1]) &&
		    isalpha((unsigned char)s[i - 1]) && i >= 4 && isalpha((unsigned char)s[i - 2]) &&
		    isalpha((unsigned char)s[i - 3])) {
			end = i;
			break;
		}
	if (text_width(s, end) <= TITLE_COLUMNS)
		return xstrndup(s, end);
	fit = text_fit(s, end, TITLE_COLUMNS - 1, &used);
	while (fit > 0 && s[fit] != ' ')
		fit--;
	while (fit > 0 && strchr(" ,;:-", s[fit - 1]))
		fit--;
	buf_add(&b, s, fit);
	buf_adds(&b, "…");
	return buf_detach(&b, NULL);
}

static void
guess_source(struct article *a, int bullets_after_title)
{
	size_t i;

	if (a->source != SOURCE_UNKNOWN)
		return;
	for (i = 0; i < a->nparagraphs; i++)
		if (strstr(a->paragraphs[i].text, "president.gov.by")) {
			a->source = SOURCE_PRESIDENT;
			return;
		}
	if (a->debris.credits > 0 || a->debris.trailer > 0) {
		a->source = SOURCE_BELTA;	/* BelTA's page: photo credit, story links */
		return;
	}
	for (i = 0; i < a->nparagraphs; i++)
		if (strstr(a->paragraphs[i].text, "BelTA")) {
			a->source = SOURCE_BELTA;
			return;
		}
	if (bullets_after_title)
		a->source = SOURCE_PRESIDENT;	/* the president's site: counters under the title */
}

/* Sorts a unit into the article: metadata, debris, or a paragraph. */
static int
take_unit(struct article *a, struct unit *u, size_t *cap)
{
	if (is_bullet(u)) {
		a->debris.bullets++;
	} else if (starts_any(u->text, u->len, credit_openers, ARRAY_SIZE(credit_openers)) &&
	    text_width(u->text, u->len) <= 80) {
		a->debris.credits++;
	} else if (!parse_time_line(u, a)) {
		add_paragraph(a, cap, u->text, u->len);
		return 1;
	}
	free(u->text);
	return 0;
}

/* Returns whether page bullets stood right under the title. */
static int
build_body(struct article *a, struct units *us)
{
	size_t i = 0, cap = 0, trailer;
	int bullets_after_title = 0;

	if (us->n > 0 && is_title_line(&us->u[0], &us->u[us->n > 1], us->n) &&
	    parse_time_line(&us->u[0], a) == 0) {
		struct paragraph probe = { us->u[0].text, us->u[0].len };
		struct article scratch = { 0 };

		if (parse_dateline(&probe, &scratch) == 0) {
			a->title = us->u[0].text;
			i = 1;
			bullets_after_title = us->n > 1 && is_bullet(&us->u[1]);
		}
		free(scratch.place);
	}
	for (trailer = i; trailer < us->n; trailer++)
		if (starts_any(us->u[trailer].text, us->u[trailer].len, trailer_openers,
		    ARRAY_SIZE(trailer_openers)))
			break;
	for (; i < trailer; i++)
		take_unit(a, &us->u[i], &cap);
	a->debris.trailer = us->n - trailer;
	for (; trailer < us->n; trailer++)
		free(us->u[trailer].text);
	drop_repeats(a);
	return bullets_after_title;
}

/* Words before a region's name ("Republik Kalmückien", "Republic of Kalmykia"). */
static const char *const region_before[] = {
	"republik", "gebiet", "gebiets", "gebietes", "region", "oblast", "kraj",
	"bezirk", "bezirks", "provinz", "republic", "territory",
};
/* Words after a region's name ("Smolensk Oblast", "Khabarovsk Krai"). */
static const char *const region_after[] = {
	"oblast", "region", "krai", "territory", "province",
};
/* Titles after which the counterpart's name follows. */
static const char *const person_titles[] = {
	"oberhaupt", "gouverneur", "leiter", "chef", "burgermeister", "ministerprasident",
	"premierminister", "vorsitzende", "vorsitzenden", "head", "governor", "mayor",
	"chairman", "premier",
};
/* The host country is never the counterpart. */
static const char *const host_names[] = { "belarus", "weissrussland", "russland", "russia" };

/* The lists above; struct word has a bit for each, in this order. */
enum word_list { IN_REGION_BEFORE, IN_REGION_AFTER, IN_PERSON_TITLES, IN_HOST_NAMES };
static const struct {
	const char *const *words;
	size_t n;
} word_lists[] = {
	[IN_REGION_BEFORE] = { region_before, ARRAY_SIZE(region_before) },
	[IN_REGION_AFTER] = { region_after, ARRAY_SIZE(region_after) },
	[IN_PERSON_TITLES] = { person_titles, ARRAY_SIZE(person_titles) },
	[IN_HOST_NAMES] = { host_names, ARRAY_SIZE(host_names) },
};

struct word {
	size_t start, len;
	int gap_ok;	/* only spaces between this word and the one before */
	unsigned lists;	/* the word_lists that hold it, folded: 1 << IN_* */
};

struct words {
	struct word *w;
	size_t n, cap;
};

/*
 * The word_lists that hold a word once folded (ä to a, any case). The
 * listed words are hashed on first use, with the initials they start with:
 * most words are told apart by their first letter, without folding.
 */
static unsigned
lists_of(const char *w, size_t len)
{
	static struct intern set;
	static unsigned char bits[1 + ARRAY_SIZE(region_before) + ARRAY_SIZE(region_after) +
	    ARRAY_SIZE(person_titles) + ARRAY_SIZE(host_names)];	/* by id in set */
	static uint32_t initials;	/* bit c - 'a' */
	char plain[32];	/* longer than any listed word */
	unsigned c = (unsigned char)w[0] | 0x20;
	size_t k, i, n;

	if (set.n == 0)
		for (k = 0; k < ARRAY_SIZE(word_lists); k++)
			for (i = 0; i < word_lists[k].n; i++) {
				const char *listed = word_lists[k].words[i];

				bits[intern_id(&set, listed, strlen(listed), 1)] |= (unsigned char)(1u << k);
				initials |= 1u << (listed[0] - 'a');
			}
	if ((unsigned char)w[0] < 0x80 && (c < 'a' || c > 'z' || !(initials & 1u << (c - 'a'))))
		return 0;
	n = fold_plain_to(w, len, plain, sizeof(plain));
	return n < sizeof(plain) ? bits[intern_id(&set, plain, n, 0)] : 0;
}

static void
words_split(const char *s, size_t len, struct words *ws)
{
	size_t pos = 0, st, wl, prev_end = 0;

	ws->n = 0;
	while (text_next_word(s, len, &pos, &st, &wl)) {
		size_t k;
		int gap_ok = ws->n > 0;

		for (k = prev_end; k < st && gap_ok; k++)
			gap_ok = s[k] == ' ';
		ws->w = xgrow(ws->w, &ws->cap, ws->n + 1, sizeof(*ws->w));
		ws->w[ws->n].start = st;
		ws->w[ws->n].len = wl;
		ws->w[ws->n].gap_ok = gap_ok;
		ws->w[ws->n].lists = lists_of(s + st, wl);
		ws->n++;
		prev_end = st + wl;
	}
}

static int
word_in(const struct word *w, enum word_list list)
{
	return (w->lists & 1u << list) != 0;
}

/* A capitalized word that can be part of a name. */
static int
name_word(const char *s, const struct word *w)
{
	return w->len >= 2 && text_is_capitalized(s + w->start, w->len) &&
	    !word_in(w, IN_HOST_NAMES);
}

/* A word that can be part of a person's name: not a region's or a title's label. */
static int
person_word(const char *s, const struct word *w)
{
	return name_word(s, w) && !word_in(w, IN_REGION_BEFORE) && !word_in(w, IN_REGION_AFTER) &&
	    !word_in(w, IN_PERSON_TITLES);
}

struct tally {
	char *name[8];
	int count[8];
	size_t n;
};

static void
tally_add(struct tally *t, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strlen(t->name[i]) == len && memcmp(t->name[i], s, len) == 0) {
			t->count[i]++;
			return;
		}
	if (t->n < ARRAY_SIZE(t->name)) {
		t->name[t->n] = xstrndup(s, len);
		t->count[t->n++] = 1;
	}
}

/* Takes the most frequent name (the first of equals); frees the rest. */
static char *
tally_best(struct tally *t)
{
	size_t i, best = 0;
	char *out;

	if (t->n == 0)
		return NULL;
	for (i = 1; i < t->n; i++)
		if (t->count[i] > t->count[best])
			best = i;
	out = t->name[best];
	for (i = 0; i < t->n; i++)
		if (i != best)
			free(t->name[i]);
	return out;
}

static void
find_regions(const char *s, const struct words *ws, struct tally *t)
{
	size_t i;

	for (i = 0; i + 1 < ws->n; i++) {
		const struct word *w = &ws->w[i], *next = &ws->w[i + 1];

		if (word_in(w, IN_REGION_BEFORE)) {
			if (i + 2 < ws->n && next->len == 2 && strncmp(s + next->start, "of", 2) == 0)
				next = &ws->w[i + 2];
			if (next->gap_ok && name_word(s, next) &&
			    !word_in(next, IN_REGION_BEFORE))
				tally_add(t, s + next->start, next->len);
		} else if (word_in(next, IN_REGION_AFTER) &&
		    next->gap_ok && name_word(s, w) && text_is_capitalized(s + next->start, next->len)) {
			tally_add(t, s + w->start, w->len);
		}
	}
}

/* "head of state": the host's title, never the counterpart's. */
static int
head_of_state(const char *s, const struct words *ws, size_t i)
{
	return i + 2 < ws->n && ws->w[i + 1].len == 2 && strncasecmp(s + ws->w[i + 1].start, "of", 2) == 0 &&
	    ws->w[i + 2].len == 5 && strncasecmp(s + ws->w[i + 2].start, "state", 5) == 0;
}

/*
 * The counterpart's name: after a title word, the first run of two or
 * three capitalized words that are not the region or its label.
 */
static char *
find_person(const char *s, const struct words *ws, const char *region)
{
	size_t i, j, k;

	for (i = 0; i < ws->n; i++) {
		if (!word_in(&ws->w[i], IN_PERSON_TITLES) ||
		    head_of_state(s, ws, i))
			continue;
		for (j = i + 1; j < ws->n && j <= i + 12; j++) {
			const struct word *w = &ws->w[j];

			if (!person_word(s, w) ||
			    (region && w->len == strlen(region) && memcmp(s + w->start, region, w->len) == 0))
				continue;
			for (k = j + 1; k < ws->n && k < j + 3 && ws->w[k].gap_ok && person_word(s, &ws->w[k]); k++)
				;
			if (k - j >= 2 && (k >= ws->n || !ws->w[k].gap_ok || !person_word(s, &ws->w[k])))
				return xstrndup(s + w->start, ws->w[k - 1].start + ws->w[k - 1].len - w->start);
			j = k - 1;
		}
	}
	return NULL;
}

/* The words of each paragraph of a; free with words_free(). */
static struct words *
words_of_paragraphs(const struct article *a)
{
	struct words *ws = xcalloc(a->nparagraphs, sizeof(*ws));
	size_t i;

	for (i = 0; i < a->nparagraphs; i++)
		words_split(a->paragraphs[i].text, a->paragraphs[i].len, &ws[i]);
	return ws;
}

static void
words_free(struct words *ws, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(ws[i].w);
	free(ws);
}

/* Language judged from the function words; LANG_UNKNOWN without words. */
static enum lang
article_guess_lang(const struct article *a, const struct words *ws)
{
	size_t i, k, de = 0, en = 0, words = 0;

	for (i = 0; i < a->nparagraphs; i++)
		for (k = 0; k < ws[i].n; k++) {
			const char *w = a->paragraphs[i].text + ws[i].w[k].start;

			words++;
			de += fold_is_function_word(w, ws[i].w[k].len, LANG_DE);
			en += fold_is_function_word(w, ws[i].w[k].len, LANG_EN);
		}
	if (words == 0)
		return LANG_UNKNOWN;
	if (de != en)
		return de > en ? LANG_DE : LANG_EN;
	for (i = 0; i < a->nparagraphs; i++) {
		const char *s = a->paragraphs[i].text;

		if (strstr(s, "ä") || strstr(s, "ö") || strstr(s, "ü") || strstr(s, "ß"))
			return LANG_DE;
	}
	return LANG_EN;
}

static void
find_counterpart(struct article *a, const struct words *ws)
{
	struct tally t = { 0 };
	size_t i;

	for (i = 0; i < a->nparagraphs; i++)
		find_regions(a->paragraphs[i].text, &ws[i], &t);
	a->region = tally_best(&t);
	for (i = 0; i < a->nparagraphs && a->person == NULL; i++)
		a->person = find_person(a->paragraphs[i].text, &ws[i], a->region);
}

struct article *
article_parse(const char *name, const char *text, size_t len)
{
	struct article *a = xcalloc(1, sizeof(*a));
	struct units us = { 0 };
	struct words *ws;
	size_t lead = 0;
	int bullets_after_title;

	a->name = xstrdup(name);
	a->hour = a->minute = -1;
	split_units(text, len, &us);
	bullets_after_title = build_body(a, &us);
	free(us.u);
	if (a->nparagraphs > 0)
		lead = parse_dateline(&a->paragraphs[0], a);
	a->dateline_len = lead;
	ws = words_of_paragraphs(a);
	a->lang = article_guess_lang(a, ws);
	guess_source(a, bullets_after_title);
	if (a->title == NULL && a->nparagraphs > 0)
		a->title = lead_title(a->paragraphs[0].text + lead, a->paragraphs[0].len - lead);
	if (a->title == NULL)
		a->title = xstrdup(name);
	find_counterpart(a, ws);
	words_free(ws, a->nparagraphs);
	return a;
}

void
article_free(struct article *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; a->paragraphs != NULL && i < a->nparagraphs; i++)	/* NULL: let go of */
		free(a->paragraphs[i].text);
	free(a->paragraphs);
	free(a->name);
	free(a->title);
	free(a->place);
	free(a->region);
	free(a->person);
	free(a);
}

size_t
article_debris_total(const struct article *a)
{
	size_t n = 0;

#define X(name, what) n += a->debris.name;
	ARTICLE_DEBRIS(X)
#undef X
	return n;
}
