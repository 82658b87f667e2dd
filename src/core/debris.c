/* debris: page chrome told from the article by its shape. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/dates.h"
#include "tandem/debris.h"
#include "tandem/fold.h"
#include "tandem/numbers.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "debris_parts.h"

/* A line of at least this many words starts the body even without a
 * sentence's end (a lead cut short by the scraper). */
#define BODY_WORDS 30
/* A line longer than this (bytes) has that many words and more. */
#define LONG_LINE 400
/* The fewest words of a headline in the head, and the most. */
#define TITLE_WORDS 3
#define TITLE_WORDS_MAX 20
/* A kicker over a headline ("Drei Monate Dauerprotest") has at most this
 * many words, and the headline more. */
#define KICKER_WORDS 4
/* A menu entry or a caption has at most this many words. */
#define MENU_WORDS 2
#define CAPTION_WORDS 3
/* A line of the tail's link lists and labels has at most this many words,
 * unless it is a list item; a run of list items is a list from this many. */
#define TAIL_WORDS 5
/* Prose after a label, in bytes, that makes it a label inside the text
 * (share buttons above the article) rather than the start of the tail (a
 * comment or two under it). */
#define TAIL_PROSE 400
/* A sentence of this many words is prose, not a caption or a label. */
#define PROSE_WORDS 4
#define LIST_RUN 3
/* Related stories' headlines alone (no labels, no links) end a page from
 * this many after prose that ends a sentence. */
#define HEADLINE_RUN 3
/* A date-time line this close under the body's first line (a teaser, then
 * the date line and the photo) is the article's. */
#define BODY_DATE_REACH 4

/* Labels the sites put on their chrome: a short line (LABEL_WORDS at
 * most) that starts with one of these is never the article. */
#define LABEL_WORDS 12
static const char *const labels[] = {
	"other materials of", "more news", "related news", "related articles", "recent news from",
	"latest news", "top news", "all news", "subscribe", "follow us", "share this", "weitere materialien",
	"weitere nachrichten", "letzte nachrichten", "top-nachrichten", "alle nachrichten", "abonnieren sie",
	"folgen sie uns", "teilen", "zur information", "ubersetzt mit", "translated with", "quelle:",
	"source:", "tags:", "schlagworter", "vollversion", "full version", "government bodies",
	"staatsorgane", "nachrichten der rubrik", "news of the section", "attachments", "original document",
	"permalink", "disclaimer", "dear reader", "comments", "kommentare", "bemerkungen:", "leave a comment",
	"add a comment", "share on", "weiter bei", "neueste aus", "mehr aus", "you are here", "sie sind hier",
	"nachrichten wird aktualisiert", "news is being updated", "this story is being updated", "also read",
	"(with inputs from", "table of contents", "inhaltsverzeichnis",
	"lesen sie auch", "read also", "read more", "see also", "siehe auch", "mehr zum thema",
};
/* The labels, from here on in the table above, that also stand inside an
 * article's text ("Lesen Sie auch: ..." between two paragraphs). */
#define IN_TEXT_LABELS 6
/* A label ending in a colon ("Source: ...") may name more after it: up to
 * this many words in all. */
#define COLON_LABEL_WORDS 24
/* Lines that are a label and nothing else (a colon after it at most),
 * wherever they stand: the slot of an advertisement. */
static const char *const lone_labels[] = { "advertisement", "anzeige", "werbung", "advert" };
/* A line of more bytes than this without a space, with % or / in it, is an
 * address, no text. */
#define JUNK_BYTES 60
/* The first lines of a page a repeated headline is looked for among. */
#define HEAD_LINES 64

static const char *const bullets[] = { "•", "·", "▪", "◦", "‣", "●" };

static const char *const contact_openers[] = { "fax:", "tel:", "tel.", "phone:", "telefon:", "e-mail:", "email:" };

static size_t
count_words(const char *s, size_t len, size_t max, int *capitals)
{
	size_t pos = 0, st, wl, n = 0;

	*capitals = 1;
	while (n <= max && text_next_word(s, len, &pos, &st, &wl)) {
		n++;
		if (!text_is_capitalized(s + st, wl) || text_is_number(s + st, wl))
			*capitals = 0;
	}
	return n;
}

static void
shape_of(const struct page_line *l, struct shape *sh)
{
	sh->sentence = text_ends_sentence(l->text, l->len);
	if (l->len > LONG_LINE) {	/* a paragraph: no need to count its words */
		sh->words = BODY_WORDS + 1;
		sh->capitals = 0;
	} else {	/* a sentence starts the body at any length: fewer words tell the rest */
		sh->words = count_words(l->text, l->len, sh->sentence ? LABEL_WORDS : BODY_WORDS, &sh->capitals);
	}
}

int
debris_is_bullet(const char *s, size_t len)
{
	size_t i, n;

	if (len >= 2 && s[0] == '-' && s[1] == ' ') {	/* "- 7", "- 8:50": a counter */
		for (i = 2; i < len && (strchr("0123456789:.", s[i]) != NULL); i++)
			;
		return i == len && len > 2;
	}
	if (len == 0 || (unsigned char)s[0] < 0x80)
		return 0;	/* every bullet sign is outside ASCII */
	for (i = 0; i < ARRAY_SIZE(bullets); i++) {
		n = strlen(bullets[i]);
		if (len >= n && memcmp(s, bullets[i], n) == 0)
			return text_width(s + n, len - n) <= 16;
	}
	return 0;
}

/* Figures with currency codes and nothing else: "3.58 BYN", "USD 2.89". */
static int
is_ticker(const char *s, size_t len)
{
	size_t pos = 0, st, wl, figures = 0, words = 0;

	while (text_next_word(s, len, &pos, &st, &wl)) {
		if (text_is_number(s + st, wl))
			figures++;
		else if (numbers_currency(s + st, wl) == NULL)
			return 0;
		words++;
	}
	return figures > 0 && words <= 4;
}

/* A weather line: "Minsk bedeckt +16°C". */
static int
is_weather(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 2 < len; i++)
		if (memcmp(s + i, "\xC2\xB0", 2) == 0 && (s[i + 2] == 'C' || s[i + 2] == 'F'))
			return 1;
	return 0;
}

/* How many letters of s are in another script than the article's Latin
 * (Cyrillic), and, in *latin, how many are Latin. */
static size_t
other_script(const char *s, size_t len, size_t *latin)
{
	size_t i = 0, other = 0;

	*latin = 0;
	while (i < len) {
		uint32_t c;
		int n = text_char_len(s + i, len - i, &c);

		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			++*latin;
		else if (c >= 0x0400 && c < 0x0530)
			other++;
		i += (size_t)n;
	}
	return other;
}

/* A line mostly in another script (a link list in Russian). */
static int
is_other_script(const char *s, size_t len)
{
	size_t latin;

	return other_script(s, len, &latin) > latin;
}

int
debris_is_link(const char *s, size_t len)
{
	return memmem(s, len, "://", 3) != NULL || memmem(s, len, "www.", 4) != NULL ||
	    (len > 2 && memcmp(s + len - 2, ">>", 2) == 0) || (len > 2 && memcmp(s + len - 2, "\xC2\xBB", 2) == 0 &&
	    len > 3 && s[len - 3] == ' ');	/* "weiter bei ... >>>", "Mehr »" */
}

static int
is_list_item(const char *s, size_t len)
{
	return debris_unlisted(s, len) == 2 && !debris_is_bullet(s, len);
}

static int
is_label(const struct page_line *l, const struct shape *sh)
{
	size_t k = debris_unlisted(l->text, l->len);
	const char *label;

	while (k < l->len && ascii_isdigit((unsigned char)l->text[k]))
		k++;	/* "6 Kommentare": a count before the label */
	if (k > 0 && k < l->len && l->text[k] == ' ' && ascii_isdigit((unsigned char)l->text[k - 1]))
		k++;
	else
		k = debris_unlisted(l->text, l->len);
	if (sh->words > COLON_LABEL_WORDS ||
	    (label = debris_starts_listed(l->text + k, l->len - k, labels, ARRAY_SIZE(labels))) == NULL)
		return 0;
	return sh->words <= LABEL_WORDS || label[strlen(label) - 1] == ':';
}

/* A label alone on its line: "Advertisement:". */
static int
is_lone_label(const struct page_line *l)
{
	const char *label = debris_starts_listed(l->text, l->len, lone_labels, ARRAY_SIZE(lone_labels));
	size_t n = label != NULL ? strlen(label) : 0;

	return label != NULL && (l->len == n || (l->len == n + 1 && l->text[n] == ':'));
}

/* A line that signs the page off after the text: tags ("Belarus,
 * Naryshkin, Lukashenko"), the site's or a source's name ("Osipovichi
 * Regional Executive Committee", "- Vladimir Lytkin"). One word is too
 * little to tell from the text's last word cut off by a scraper. */
static int
is_signoff(const struct page_line *l, const struct shape *sh)
{
	return !sh->sentence && sh->words >= 2 && sh->words <= TAIL_WORDS &&
	    (sh->capitals || debris_unlisted(l->text, l->len) == 2);
}

/* A label that may stand between two paragraphs of the text. */
static int
is_text_label(const struct page_line *l)
{
	return debris_starts_listed(l->text, l->len, labels + ARRAY_SIZE(labels) - IN_TEXT_LABELS, IN_TEXT_LABELS) != NULL;
}

/* Whether s holds a postal code: five or six digits alone. */
static int
has_postcode(const char *s, size_t len)
{
	size_t i = 0, st;

	while (i < len) {
		for (st = i; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if ((i - st == 5 || i - st == 6) && (st == 0 || s[st - 1] == ' ') && (i == len || s[i] == ' ' || s[i] == ','))
			return 1;
		if (i == st)
			i++;
	}
	return 0;
}

/* A trail of the site's sections: "Main / News / Republic", "Home > World". */
static int
is_breadcrumb(const char *s, size_t len)
{
	static const char *const steps[] = { " / ", " > ", " \xC2\xBB " };
	size_t i, k, n = 0;

	if (len > 80)
		return 0;
	for (i = 0; i + 2 < len; i++)
		for (k = 0; k < ARRAY_SIZE(steps); k++)
			if (len - i >= strlen(steps[k]) && memcmp(s + i, steps[k], strlen(steps[k])) == 0)
				n++;
	return n >= 2;
}

static int
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* Lines of the site, not of any article: "[ad_2]", a long run of bytes
 * without a space but with % or / (an encoded address), a CamelCase run of
 * menu entries ("PoliticsPresidentSociety"), a trail of sections, a phone,
 * fax or postal address. */
static int
is_site_line(const char *s, size_t len)
{
	size_t i, joins = 0, digits = 0;

	if (len > 2 && s[0] == '[' && s[len - 1] == ']')
		return 1;
	if (len > JUNK_BYTES && memchr(s, ' ', len) == NULL && (memchr(s, '%', len) != NULL || memchr(s, '/', len) != NULL))
		return 1;	/* an address or an encoded blob, never words (a long word may be) */
	for (i = 1; i < len; i++) {
		joins += i >= 2 && i + 2 < len && s[i] >= 'A' && s[i] <= 'Z' && is_lower(s[i - 2]) && is_lower(s[i - 1]) &&
		    is_lower(s[i + 1]) && is_lower(s[i + 2]);	/* "sPr", not "EurAsEC" */
		digits += s[i] >= '0' && s[i] <= '9';
	}
	if (joins >= 2 || is_breadcrumb(s, len))
		return 1;
	if (debris_starts_listed(s, len, contact_openers, ARRAY_SIZE(contact_openers)))
		return 1;
	if (len < 40 && digits * 2 >= len - (size_t)(len > 20 ? 8 : 4) && memchr(s, '(', len) != NULL)
		return 1;	/* a phone number */
	return len < 80 && memchr(s, ',', len) != NULL && has_postcode(s, len);
}

/* Whether l holds nothing but the article's date and time. */
static int
is_date_line(const struct page_line *l)
{
	struct date d;
	int h, m;

	return date_line_read(l->text, l->len, &d, &h, &m) == DATE_LINE_ARTICLE;
}

/* The kind a line of the head has by its shape alone; DEBRIS_NONE when it
 * could be text (a headline, a subheading, a caption). */
static enum debris_kind
head_kind(const struct page_line *l, const struct shape *sh)
{
	struct date d;
	size_t latin;
	int h, m;

	if (debris_is_bullet(l->text, l->len))
		return DEBRIS_BULLET;	/* "- 8:50" is a counter, not a time */
	switch (date_line_read(l->text, l->len, &d, &h, &m)) {
	case DATE_LINE_ARTICLE:
		return DEBRIS_DATE;
	case DATE_LINE_PAGE:
		return DEBRIS_CHROME;
	default:
		break;
	}
	if (captions_credit(l, sh))
		return DEBRIS_CREDIT;
	/* above the text, a word in another script is a site's language menu
	 * ("Укр Рус Eng"), never a headline of ours */
	if (is_ticker(l->text, l->len) || is_weather(l->text, l->len) || is_label(l, sh) || is_site_line(l->text, l->len) ||
	    debris_is_link(l->text, l->len) || other_script(l->text, l->len, &latin) > 0 ||
	    (!sh->sentence && sh->words <= MENU_WORDS))
		return DEBRIS_CHROME;
	return DEBRIS_NONE;
}

/* The first line of the body: a sentence, or a long line; 0 when there is
 * none (then the page has no head). */
static size_t
body_start(const struct shape *sh, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((sh[i].sentence && sh[i].words > 0) || sh[i].words >= BODY_WORDS)
			return i;
	return 0;
}

static int
same_line(const struct page_line *a, const struct page_line *b)
{
	return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

/* Whether line i repeats one of the page's first HEAD_LINES lines. */
static int
repeats_head(const struct page_line *l, size_t i)
{
	size_t k;

	for (k = 0; k < i && k < HEAD_LINES; k++)
		if (same_line(&l[k], &l[i]))
			return 1;
	return 0;
}

/* Whether line i of the head stood before in it. */
static int
repeated_before(const struct page_line *l, size_t i)
{
	size_t k;

	for (k = 0; k < i; k++)
		if (same_line(&l[k], &l[i]))
			return 1;
	return 0;
}

/*
 * The head: the headline is the first line of three to TITLE_WORDS_MAX
 * words (a longer one is a standfirst) that no shape marks as chrome, after
 * the site's own lines (its name over its address or phone) and after the
 * article's date line when one follows it (a menu's "Times New Roman"
 * stands above the date); before it all is chrome; after it a
 * repeat of a line is chrome, a name alone a caption, anything else (a
 * subheading) stays text.
 */
static void
classify_head(const struct page_line *l, const struct shape *sh, size_t start, unsigned char *kinds)
{
	size_t i, title = start, above_date = start;

	for (i = 0; i < start; i++) {
		kinds[i] = (unsigned char)head_kind(&l[i], &sh[i]);
		if (kinds[i] == DEBRIS_NONE && repeated_before(l, i))
			kinds[i] = DEBRIS_CHROME;
		if (kinds[i] == DEBRIS_DATE && title < start) {
			above_date = title;	/* a headline under the date line beats one above it */
			title = start;
		}
		if (is_site_line(l[i].text, l[i].len))
			title = start;	/* a site's name stood over its address or phone */
		else if (kinds[i] == DEBRIS_NONE && sh[i].words >= TITLE_WORDS && sh[i].words <= TITLE_WORDS_MAX &&
		    (title == start || (title + 1 == i && !sh[i].sentence && sh[title].words <= KICKER_WORDS &&
		    sh[i].words > sh[title].words)))
			title = i;	/* a longer line right under a kicker is the headline */
	}
	if (title == start)
		title = above_date;
	for (i = 0; i < start; i++) {
		if (i == title)
			kinds[i] = DEBRIS_TITLE;
		else if (kinds[i] == DEBRIS_NONE && title < start && i < title)
			kinds[i] = DEBRIS_CHROME;
		else if (kinds[i] == DEBRIS_NONE && title < start)
			kinds[i] = sh[i].capitals && sh[i].words <= CAPTION_WORDS ? DEBRIS_CREDIT : DEBRIS_NONE;
	}
	if (title == start && start == 1 && !sh[0].sentence && sh[0].words > 0 &&
	    head_kind(&l[0], &sh[0]) == DEBRIS_CHROME && !is_label(&l[0], &sh[0]) && !is_ticker(l[0].text, l[0].len))
		kinds[0] = DEBRIS_TITLE;	/* a short headline, alone above the text */
}

/* A link to another story under its date: "16.07.2019 | 11:05 Headline". */
static int
is_dated_link(const struct page_line *l, const struct shape *sh)
{
	struct date d;

	return !sh->sentence && l->len > 0 && l->text[0] >= '0' && l->text[0] <= '9' &&
	    date_read(l->text, l->len, &d) > 0;
}

static int
tail_like(const struct page_line *l, const struct shape *sh)
{
	return is_label(l, sh) || debris_is_link(l->text, l->len) || is_other_script(l->text, l->len) ||
	    is_dated_link(l, sh) || (!sh->sentence && sh->words <= TAIL_WORDS);
}

/* A line like a headline: words, and no sentence's end (a related story
 * in the tail, or a subheading). */
static int
headline_like(const struct shape *sh)
{
	return !sh->sentence && sh->words > 0 && sh->words <= TITLE_WORDS_MAX;
}

/* Whether a line is prose: a sentence of a few words. */
static int
is_prose(const struct shape *sh)
{
	return sh->sentence && sh->words >= PROSE_WORDS;
}

/* Whether the list items from..to-1 are the article's: one ends as a
 * sentence or a clause does, or the line before them announces them. */
static int
list_is_text(const struct page_line *l, const struct shape *sh, size_t from, size_t to)
{
	size_t i;

	if (from > 0 && l[from - 1].len > 0 && l[from - 1].text[l[from - 1].len - 1] == ':')
		return 1;
	for (i = from; i < to; i++)
		if (sh[i].sentence || (l[i].len > 0 && l[i].text[l[i].len - 1] == ';'))
			return 1;
	return 0;
}

/*
 * The start of the run of lines like the tail's that ends at end (with
 * headlines set, lines like headlines count too); adds the labels, links
 * and lines in another script among them to *strong, and counts the short
 * lines and the headlines.
 */
static size_t
tail_run(const struct page_line *l, const struct shape *sh, size_t start, size_t end, int headlines,
    size_t *strong, size_t *short_lines, size_t *heads)
{
	size_t i;

	*short_lines = *heads = 0;
	for (i = end; i > start && (tail_like(&l[i - 1], &sh[i - 1]) || (headlines && headline_like(&sh[i - 1]))); i--) {
		*strong += is_label(&l[i - 1], &sh[i - 1]) || debris_is_link(l[i - 1].text, l[i - 1].len) ||
		    is_other_script(l[i - 1].text, l[i - 1].len) || is_signoff(&l[i - 1], &sh[i - 1]);
		if (tail_like(&l[i - 1], &sh[i - 1]))
			++*short_lines;
		else
			++*heads;
	}
	return i;
}

/*
 * The start of HEADLINE_RUN or more lines like headlines that end the page
 * after a paragraph of prose ending a sentence: stories the site links to.
 * A list the text announces ends its line before with a colon, so it is
 * not taken. end when there is none.
 */
static size_t
headline_run(const struct page_line *l, const struct shape *sh, size_t start, size_t end)
{
	size_t i;

	for (i = end; i > start && headline_like(&sh[i - 1]) && sh[i - 1].words >= TITLE_WORDS; i--)
		;
	if (end - i < HEADLINE_RUN || i == start || !is_prose(&sh[i - 1]) || list_is_text(l, sh, i, end))
		return end;
	return i;
}

/*
 * Where the tail starts: at a label of the sites' tails with at most one
 * paragraph of prose after it (a label further up is one line of chrome,
 * marked in kinds), or at a run of short lines, list items, links or lines
 * in another script that ends the page.
 */
static size_t
body_end(const struct page_line *l, const struct shape *sh, size_t start, size_t n, unsigned char *kinds)
{
	size_t i, k, end = n, list = 0, strong = 0, prose, chars, short_lines, headlines;

	for (i = start; i < n; i++) {
		if (!is_label(&l[i], &sh[i]))
			continue;
		for (prose = 0, chars = 0, k = i + 1; k < n; k++)
			if (is_prose(&sh[k])) {
				prose++;
				chars += l[k].len;
			}
		if (is_text_label(&l[i]) ? prose <= 1 : chars < TAIL_PROSE)
			return i;
		kinds[i] = DEBRIS_CHROME;	/* "Lesen Sie auch: ...", "- Share on VK" inside the text */
	}
	while (end > start && is_list_item(l[end - 1].text, l[end - 1].len)) {
		end--;
		list++;
	}
	if (list < LIST_RUN || list_is_text(l, sh, end, end + list))
		end += list;
	/* related headlines among section labels and links: the tail */
	i = tail_run(l, sh, start, end, 1, &strong, &short_lines, &headlines);
	if (headlines > 0 && short_lines >= LIST_RUN)
		return i;
	if ((i = headline_run(l, sh, start, end)) < end)
		return i;
	strong = 0;
	i = tail_run(l, sh, start, end, 0, &strong, &short_lines, &headlines);
	return end - i >= 2 || strong > 0 ? i : end;
}

void
debris_classify(const struct page_line *lines, size_t n, unsigned char *kinds)
{
	struct shape *sh = xmalloc((n + 1) * sizeof(*sh));
	size_t i, start, end;

	for (i = 0; i < n; i++) {
		shape_of(&lines[i], &sh[i]);
		kinds[i] = DEBRIS_NONE;
	}
	start = body_start(sh, n);
	classify_head(lines, sh, start, kinds);
	end = body_end(lines, sh, start, n, kinds);
	for (i = start; i < end; i++)
		if (kinds[i] != DEBRIS_NONE)
			continue;
		else if (i < start + BODY_DATE_REACH && is_date_line(&lines[i]))
			kinds[i] = DEBRIS_DATE;
		else if (debris_is_bullet(lines[i].text, lines[i].len))
			kinds[i] = DEBRIS_BULLET;
		else if (captions_credit(&lines[i], &sh[i]) || captions_names_only(&lines[i], &sh[i]))
			kinds[i] = DEBRIS_CREDIT;
		else if (!sh[i].sentence && (is_site_line(lines[i].text, lines[i].len) || debris_is_link(lines[i].text, lines[i].len)))
			kinds[i] = DEBRIS_CHROME;	/* "... on the website Sputnik of Belarus >>" */
		else if (is_lone_label(&lines[i]))
			kinds[i] = DEBRIS_CHROME;
		else if (headline_like(&sh[i]) && sh[i].words >= TITLE_WORDS && repeats_head(lines, i))
			kinds[i] = DEBRIS_CHROME;	/* the headline again, over the text */
	for (i = end; i < n; i++)
		kinds[i] = DEBRIS_TRAILER;
	free(sh);
}
