/* article: clean text to paragraphs and metadata. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "tandem/article.h"
#include "tandem/counterpart.h"
#include "tandem/debris.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "dateline.h"

/* Words enough to tell the language; paragraphs enough to find the
 * counterpart. */
#define LANG_WORDS 100
#define COUNTERPART_PARAGRAPHS 24
/* Datelines and dates of the lead are looked for in this many paragraphs. */
#define DATELINE_PARAGRAPHS 3
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

/* Joins a block's lines into one unit when they look hard-wrapped. */
static int
block_is_wrapped(struct unit *lines, size_t n)
{
	size_t i, ended = 0;
	int maxw = 0;

	if (n < 2)
		return 0;
	for (i = 0; i < n; i++) {
		struct date d;
		int h, m;

		if (debris_is_bullet(lines[i].text, lines[i].len) || debris_is_link(lines[i].text, lines[i].len) ||
		    date_line_read(lines[i].text, lines[i].len, &d, &h, &m) != DATE_LINE_NONE)
			return 0;	/* a line of its own: a headline over its date line, a link */
		int w = text_width(lines[i].text, lines[i].len);

		if (w > maxw)
			maxw = w;
	}
	if (maxw > 100 || maxw < 30)
		return 0;	/* hard wrapping happens at 30 to 100 columns */
	for (i = 0; i + 1 < n; i++) {
		if (text_width(lines[i].text, lines[i].len) * 10 < maxw * 6)
			return 0;
		ended += text_ends_sentence(lines[i].text, lines[i].len);
	}
	return ended * 2 < n - 1;	/* wrapped lines mostly end mid-sentence */
}

/* Whether s starts with a lower-case letter: "Mrd. wieder" is one sentence. */
static int
starts_lower(const char *s, size_t len)
{
	uint32_t c;

	if (len == 0)
		return 0;
	text_char_len(s, len, &c);
	return uc_is_lower(c);
}

/* Whether a line opens with a dateline ("MINSK, 15. Juli (BelTA) – Der"). */
static int
opens_dateline(const struct unit *u)
{
	struct date d;

	return dateline_read(u->text, u->len, &d, NULL, NULL) > 0;
}

/* Whether line next goes on the paragraph that line ends: it ends no
 * sentence, and next starts in lower case or the paragraph opened with a
 * dateline (a lead hard-wrapped in a page of one paragraph a line). The
 * dateline is read once a paragraph, by the caller. */
static int
goes_on(const struct unit *line, const struct unit *next, int dateline)
{
	return !text_ends_sentence(line->text, line->len) && (dateline || starts_lower(next->text, next->len));
}

/* Joins lines[0..n) into one unit of out. */
static void
join_lines(struct unit *lines, size_t n, struct units *out)
{
	struct buf b = { 0 };
	size_t i;

	if (n == 1) {
		units_add(out, lines[0].text, lines[0].len);
		return;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, ' ');
		buf_add(&b, lines[i].text, lines[i].len);
		free(lines[i].text);
	}
	units_add(out, NULL, 0);
	out->u[out->n - 1].text = buf_detach(&b, &out->u[out->n - 1].len);
}

static void
flush_block(struct units *block, struct units *out)
{
	size_t i, end;

	if (block_is_wrapped(block->u, block->n)) {
		join_lines(block->u, block->n, out);
		block->n = 0;
		return;
	}
	for (i = 0; i < block->n; i = end) {
		int dateline = i + 1 < block->n && !text_ends_sentence(block->u[i].text, block->u[i].len) &&
		    opens_dateline(&block->u[i]);

		for (end = i + 1; end < block->n && goes_on(&block->u[end - 1], &block->u[end], dateline); end++)
			;
		join_lines(block->u + i, end - i, out);
	}
	block->n = 0;
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

/* Whether a line is a quoted sentence: „Danke.“ */
static int
quoted_sentence(const struct unit *u)
{
	static const char *const closing[] = { "\"", "“", "”", "»", "«", "'" };
	size_t i, k;

	for (i = 0; i < ARRAY_SIZE(closing); i++) {
		k = strlen(closing[i]);
		if (u->len > k && memcmp(u->text + u->len - k, closing[i], k) == 0)
			return strchr(".!?", u->text[u->len - k - 1]) != NULL;
	}
	return 0;
}

/* A first line that is a headline: short, and no sentence end, or a short
 * sentence before a longer paragraph. */
static int
is_title_line(const struct unit *u, const struct unit *next, size_t nunits)
{
	char last = u->text[u->len - 1];
	int w = text_width(u->text, u->len);

	if (nunits < 2 || w > 160 || quoted_sentence(u))
		return 0;
	if (strchr(".:;,", last) == NULL)
		return 1;
	return w <= 120 && is_headline_sentence(u) && text_width(next->text, next->len) > w;
}

/* Whether the n characters before s[i] are letters ("Glück." ends a
 * sentence; "Nr. 5" and "1.500" do not). */
static int
letters_before(const char *s, size_t i, int n)
{
	const uint8_t *start = (const uint8_t *)s, *p = start + i;
	ucs4_t c;

	while (n-- > 0)
		if ((p = u8_prev(&c, p, start)) == NULL || !uc_is_alpha(c))
			return 0;
	return 1;
}

/* The lead sentence after the dateline, whole: only screen columns cut a title. */
static char *
lead_title(const char *s, size_t len)
{
	size_t i;

	for (i = 1; i + 2 < len; i++)
		if (strchr(".!?", s[i]) && s[i + 1] == ' ' && letters_before(s, i, 3) &&
		    !starts_lower(s + i + 2, len - i - 2))
			return xstrndup(s, i);
	return xstrndup(s, len > 1 && s[len - 1] == '.' ? len - 1 : len);	/* a headline has no full stop */
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

/* A line of the article's date and time: sets what a has not yet. */
static void
take_date_line(struct article *a, const struct unit *u)
{
	struct date d;
	int h, m;

	if (date_line_read(u->text, u->len, &d, &h, &m) == DATE_LINE_NONE)
		return;
	if (d.month && (a->date.month == 0 || (a->date.year == 0 && d.year)))
		a->date = d;
	if (h >= 0 && a->hour < 0)
		a->hour = h, a->minute = m;
}

/*
 * A date-time line glued to the end of the headline ("... tensions
 * Saturday, June 21, 2025 9:24:00 AM"): taken as the page's date line and
 * cut off the headline.
 */
static void
cut_date_tail(struct article *a, struct unit *u)
{
	struct date d;
	size_t k;
	int h, m;

	for (k = 1; k < u->len; k++) {
		size_t w = k;

		if (u->text[k - 1] != ' ')
			continue;
		while (w < u->len && ascii_isalpha((unsigned char)u->text[w]))
			w++;
		/* the tail starts at its weekday, month or day */
		if (!ascii_isdigit((unsigned char)u->text[k]) && date_weekday_named(u->text + k, w - k) < 0 &&
		    date_month(u->text + k, w - k) == 0)
			continue;
		if (date_line_read(u->text + k, u->len - k, &d, &h, &m) != DATE_LINE_ARTICLE || h < 0 || d.year == 0)
			continue;
		take_date_line(a, &(struct unit){ u->text + k, u->len - k });
		while (k > 0 && u->text[k - 1] == ' ')
			k--;
		u->text[k] = '\0';
		u->len = k;
		return;
	}
}

/*
 * The headline when debris found none: a first line that is short and
 * ends no sentence, or is one short sentence before a longer paragraph,
 * and is not a dateline.
 */
static int
first_line_title(const struct units *us, size_t i)
{
	struct date d;

	if (i + 1 >= us->n || !is_title_line(&us->u[i], &us->u[i + 1], us->n - i))
		return 0;
	return dateline_read(us->u[i].text, us->u[i].len, &d, NULL, NULL) == 0;
}

/* Sorts the units into the article: the headline, date lines, debris
 * (counted), paragraphs. Returns whether page bullets stood right under
 * the headline. */
static int
build_body(struct article *a, struct units *us, struct unit *caption)
{
	struct page_line *lines = xmalloc((us->n + 1) * sizeof(*lines));
	unsigned char *kinds = xmalloc(us->n + 1);
	size_t i, cap = 0, title = us->n, first = us->n;
	int bullets_after_title = 0;

	for (i = 0; i < us->n; i++) {
		lines[i].text = us->u[i].text;
		lines[i].len = us->u[i].len;
	}
	debris_classify(lines, us->n, kinds);
	for (i = 0; i < us->n && first == us->n; i++)
		if (kinds[i] == DEBRIS_TITLE || kinds[i] == DEBRIS_NONE)
			first = i;
	if (first < us->n && kinds[first] == DEBRIS_NONE && first_line_title(us, first))
		kinds[first] = DEBRIS_TITLE;
	for (i = 0; i < us->n; i++) {
		switch (kinds[i]) {
		case DEBRIS_TITLE:
			if (a->title == NULL) {
				cut_date_tail(a, &us->u[i]);
				a->title = us->u[i].text;
				title = i;
				continue;
			}
			a->debris.chrome++;
			break;
		case DEBRIS_DATE:
			take_date_line(a, &us->u[i]);
			a->debris.dates++;
			break;
		case DEBRIS_CHROME:
			a->debris.chrome++;
			break;
		case DEBRIS_BULLET:
			a->debris.bullets++;
			bullets_after_title |= i == title + 1;
			break;
		case DEBRIS_CREDIT:
			a->debris.credits++;
			if (caption->text == NULL && a->nparagraphs == 0) {
				*caption = us->u[i];	/* the first photo's, above the text */
				continue;
			}
			break;
		case DEBRIS_TRAILER:
			a->debris.trailer++;
			break;
		default:
			add_paragraph(a, &cap, us->u[i].text, us->u[i].len);
			continue;
		}
		free(us->u[i].text);
	}
	free(lines);
	free(kinds);
	drop_repeats(a);
	return bullets_after_title;
}

/* The event's date from d (a dateline's or a lead's), with the year of
 * the page's date line when that is within a month of it. */
static struct date
date_with_year(struct date d, const struct date *page)
{
	if (d.year == 0 && page->year != 0) {
		int months = (d.month - page->month + 12) % 12;

		if (months == 0 || months == 1)
			d.year = page->year;
		else if (months == 11)
			d.year = page->year - (d.month == 12 && page->month == 1);
	}
	return d;
}

/* How many days a report may come out after the meeting it reports. */
#define REPORT_DAYS 3

/* Whether the event d is the page's date or up to REPORT_DAYS before it
 * (a report published the day after). A year one of them lacks is taken
 * as the other's; with none known, both are taken as one leap year. */
static int
just_before(struct date d, struct date page)
{
	long days;

	if (page.year == 0)
		page.year = d.year != 0 ? d.year : 2000;
	if (d.year == 0)
		d.year = page.year;
	days = date_days(&page) - date_days(&d);
	return days >= 0 && days <= REPORT_DAYS;
}

/*
 * The article's date: a dateline opening one of the first paragraphs, with
 * the year of a date line by the headline; else the date the lead gives
 * ("on 11 March") when there is no date line or the lead's is the date
 * line's or a few days before it (a report of the day before); else the
 * date line's; else the headline's ("... on July 28"). Returns the length
 * of the dateline of paragraph 1 (0 for none).
 */
static size_t
find_date(struct article *a, const struct unit *caption)
{
	struct date page = a->date, d = { 0, 0, 0 };
	size_t i, lead = 0, n;

	for (i = 0; i < a->nparagraphs && i < DATELINE_PARAGRAPHS && d.month == 0; i++) {
		int belta = 0;

		n = dateline_read(a->paragraphs[i].text, a->paragraphs[i].len, &d, i == 0 ? &a->place : NULL, &belta);
		if (i == 0 && belta)
			a->source = SOURCE_BELTA;
		if (i == 0)
			lead = n;
	}
	for (i = 0; i < a->nparagraphs && i < DATELINE_PARAGRAPHS && d.month == 0; i++)
		if (date_in_lead(a->paragraphs[i].text, a->paragraphs[i].len, &d) && page.month != 0 &&
		    !just_before(date_with_year(d, &page), page))
			d.month = d.day = d.year = 0;	/* another day the report speaks of */
	if (d.month == 0 && page.month == 0 && a->title != NULL)	/* "... in Minsk on July 28" */
		date_in_lead(a->title, strlen(a->title), &d);
	if (d.month == 0 && page.month == 0 && caption->text != NULL)	/* "... in Minsk, on Dec 12, 2025. (Photo: ...)" */
		date_in_lead(caption->text, caption->len, &d);
	if (d.month != 0)
		a->date = date_with_year(d, &page);
	return lead;
}

/* Language judged from the function words (of the first LANG_WORDS
 * words or so); LANG_UNKNOWN without words. */
static enum lang
article_guess_lang(const struct article *a)
{
	size_t i, de = 0, en = 0, words = 0, pos, st, wl;

	for (i = 0; i < a->nparagraphs && words < LANG_WORDS; i++)
		for (pos = 0; text_next_word(a->paragraphs[i].text, a->paragraphs[i].len, &pos, &st, &wl);) {
			const char *w = a->paragraphs[i].text + st;

			words++;
			de += fold_is_function_word(w, wl, LANG_DE);
			en += fold_is_function_word(w, wl, LANG_EN);
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

/* The region and person of the meeting, from the headline (when the page
 * has one) and the first COUNTERPART_PARAGRAPHS paragraphs, where a report
 * names them, and the caption of the page's first photo, which names whom
 * it shows. */
static void
find_counterpart(struct article *a, int headline, const struct unit *caption)
{
	struct counterpart_text *t = xmalloc((a->nparagraphs + 2) * sizeof(*t));
	size_t i, n = 0;

	if (headline)
		t[n++] = (struct counterpart_text){ a->title, strlen(a->title), 1 };
	for (i = 0; i < a->nparagraphs && i < COUNTERPART_PARAGRAPHS; i++)
		t[n++] = (struct counterpart_text){ a->paragraphs[i].text, a->paragraphs[i].len, i == 0 };
	if (caption->text != NULL)
		t[n++] = (struct counterpart_text){ caption->text, caption->len, 1 };
	counterpart_find(t, n, a->lang, &a->region, &a->person);
	free(t);
}

struct article *
article_parse(const char *name, const char *text, size_t len)
{
	struct article *a = xcalloc(1, sizeof(*a));
	struct units us = { 0 };
	struct unit caption = { NULL, 0 };
	size_t lead = 0;
	int bullets_after_title, headline;

	a->name = xstrdup(name);
	a->hour = a->minute = -1;
	split_units(text, len, &us);
	bullets_after_title = build_body(a, &us, &caption);
	free(us.u);
	lead = find_date(a, &caption);
	a->dateline_len = lead;
	a->lang = article_guess_lang(a);
	guess_source(a, bullets_after_title);
	headline = a->title != NULL;
	if (a->title == NULL && a->nparagraphs > 0)
		a->title = lead_title(a->paragraphs[0].text + lead, a->paragraphs[0].len - lead);
	if (a->title == NULL)
		a->title = xstrdup(name);
	find_counterpart(a, headline, &caption);
	free(caption.text);
	return a;
}

void
article_release_text(struct article *a)
{
	size_t i;

	if (a->paragraphs == NULL)
		return;
	for (i = 0; a->text_held == ARTICLE_APART && i < a->nparagraphs; i++)
		free(a->paragraphs[i].text);
	free(a->paragraphs);
	a->paragraphs = NULL;
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	article_release_text(a);
	switch ((enum article_holder)a->held) {
	case ARTICLE_INDEX:
		return;
	case ARTICLE_CORPUS:
		break;	/* name, title and person are in a's block */
	case ARTICLE_APART:
		free(a->name);
		free(a->title);
		free(a->place);
		free(a->region);
		free(a->person);
		break;
	}
	free(a);
}

const char *
article_headline(const struct article *a)
{
	static const char cut[] = "…";	/* where lead_title() shortened the sentence */
	const struct paragraph *first = a->paragraphs != NULL && a->nparagraphs > 0 ? &a->paragraphs[0] : NULL;
	size_t len;

	if (a->title == NULL || (a->name != NULL && strcmp(a->title, a->name) == 0))
		return NULL;
	len = strlen(a->title);
	if (len >= sizeof cut - 1 && strcmp(a->title + len - (sizeof cut - 1), cut) == 0)
		len -= sizeof cut - 1;
	if (first != NULL && a->dateline_len + len <= first->len &&
	    memcmp(first->text + a->dateline_len, a->title, len) == 0)
		return NULL;
	return a->title;
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
