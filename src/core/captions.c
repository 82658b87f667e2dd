/* captions: photo captions and credits told by their shape (debris_parts.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/fold.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "debris_parts.h"
#include "words.h"

/* The most words after a credit's opener at the end of a caption. */
#define CREDIT_TAIL_WORDS 12	/* "(Photo: President of the Republic of Belarus/Handout via REUTERS)" */
/* A caption told by its end (an agency) has at most this many words. */
#define CAPTION_WORDS_MAX 16
/* Words between a caption's bracket and its credit's opener: "(Illustrative
 * photo: ...)", "(Archive photo: ...)". */
#define CREDIT_LEAD_WORDS 2
/* A caption's own mark, in brackets after whom it shows: "Alexander
 * Lukaschenko (Archivbild): Er hat ...". */
static const char *const caption_marks[] = {
	"(archivbild)", "(symbolbild)", "(archivfoto)", "(file photo)", "(archive photo)", "(illustrative photo)",
	"(picture alliance",
};
/* Agencies a caption's credit may name at its end, after whom it shows:
 * "President of the Republic of Srpska Milorad Dodik Belta". */
static const char *const agencies[] = { "belta", "tass", "reuters", "afp", "dpa", "epa", "sputnik", "ria" };
static const char *const credit_openers[] = {
	"photo:", "photos:", "photo by", "photos used", "pictured:", "foto:", "fotos:", "video:", "bild:",
	"autor:", "written by", "author:", "credit:", "photo credit:", "©",
};

/* Whether the word at start follows an opening bracket by at most
 * CREDIT_LEAD_WORDS words, the first capitalized: "(Illustrative photo". */
static int
in_bracket(const char *s, size_t start)
{
	size_t i = start, words = 0;

	while (i > 0 && s[i - 1] != '(' && words <= CREDIT_LEAD_WORDS) {
		if (s[i - 1] == ' ')
			words++;
		else if (!ascii_isalpha((unsigned char)s[i - 1]))
			return 0;
		i--;
	}
	return i > 0 && s[i - 1] == '(' && words >= 1 && words <= CREDIT_LEAD_WORDS && ascii_isupper((unsigned char)s[i]);
}

/* Whether the line bears a caption's mark: "Alexander Lukaschenko
 * (Archivbild): Er hat ...". */
static int
is_marked_caption(const struct page_line *l)
{
	size_t i, pos;

	for (pos = 0; pos < l->len; pos++)
		for (i = 0; l->text[pos] == '(' && i < ARRAY_SIZE(caption_marks); i++)
			if (l->len - pos >= strlen(caption_marks[i]) &&
			    ascii_strncasecmp(l->text + pos, caption_marks[i], strlen(caption_marks[i])) == 0)
				return 1;
	return 0;
}

/* Whether the line closes a name with an agency, no sentence's end:
 * "President of the Republic of Srpska Milorad Dodik Belta". */
static int
is_signed(const struct page_line *l, const struct shape *sh)
{
	size_t i, pos = 0, st, wl, last = 0, last_len = 0, before = 0, before_len = 0, first = 0, first_len = 0;

	if (sh->sentence || sh->words > CAPTION_WORDS_MAX)
		return 0;
	while (text_next_word(l->text, l->len, &pos, &st, &wl)) {
		first = before;
		first_len = before_len;
		before = last;
		before_len = last_len;
		last = st;
		last_len = wl;
	}
	/* a name before it: two capitalized words, no "To" of a title-case
	 * headline ("Lukashenko Gives Interview To TASS") */
	if (before_len == 0 || last + last_len != l->len || !text_is_capitalized(l->text + before, before_len) ||
	    !text_is_capitalized(l->text + first, first_len) || fold_is_function_word(l->text + before, before_len, LANG_EN) ||
	    fold_is_function_word(l->text + before, before_len, LANG_DE))
		return 0;
	for (i = 0; i < ARRAY_SIZE(agencies); i++)
		if (strlen(agencies[i]) == last_len && ascii_strncasecmp(l->text + last, agencies[i], last_len) == 0)
			return 1;
	return 0;
}

/* The most words of a caption that only names who is in the photo. */
#define NAME_CAPTION_WORDS 8

/*
 * Whether a line of the text only names who is in its photo: names joined
 * by "and", "with" or "in" ("Lukaschenko und Lawrow", "Andrei Travnikov and
 * Roman Golovchenko", "Lukashenko in Abkhazia"), one of them the host's or
 * with a first name we know, no sentence's end. A subheading says more.
 */
int
captions_names_only(const struct page_line *l, const struct shape *sh)
{
	struct words ws = { 0 };
	size_t i;
	int joined = 0, person = 0, names = 1;

	if (sh->sentence || sh->words < 3 || sh->words > NAME_CAPTION_WORDS)
		return 0;
	words_split(l->text, l->len, LANG_EN, &ws);
	for (i = 0; i < ws.n && names; i++) {
		const struct word *w = &ws.w[i];

		if ((w->bits & (W_AND | W_WITH)) || (w->len == 2 && memcmp(l->text + w->start, "in", 2) == 0))
			joined = 1;
		else if (!w->capital || text_is_number(l->text + w->start, w->len))
			names = 0;
		else if ((w->bits & W_FIRST) || words_host(&ws, i, LANG_DE) || words_host(&ws, i, LANG_EN))
			person = 1;
	}
	free(ws.w);
	return names && joined && person;
}

/* Whether an agency's name stands beside a slash or after "via " in s:
 * "Orlovsky/BelTA/TASS", "Handout via REUTERS". */
static int
names_agency(const char *s, size_t len)
{
	size_t pos = 0, st, wl, i;

	while (text_next_word(s, len, &pos, &st, &wl)) {
		int slash = (st > 0 && s[st - 1] == '/') || (st + wl < len && s[st + wl] == '/');
		int via = st >= 4 && ascii_strncasecmp(s + st - 4, "via ", 4) == 0 && (st == 4 || s[st - 5] == ' ');

		for (i = 0; (slash || via) && i < ARRAY_SIZE(agencies); i++)
			if (strlen(agencies[i]) == wl && ascii_strncasecmp(s + st, agencies[i], wl) == 0)
				return 1;
	}
	return 0;
}

/* Whether the line ends in a credit ("... Präsident von Belarus. Foto:
 * ---/dpa", "... (Photo: X/EPA)"): a caption with its photographer, not
 * prose. Looks at the word before the line's last colon only, which must
 * be capitalized and open a sentence or a bracket. */
static int
ends_in_credit(const struct page_line *l)
{
	const char *colon = memrchr(l->text, ':', l->len);
	size_t start, pos, st, wl, words = 0, i;

	if (colon == NULL)
		return 0;
	for (start = (size_t)(colon - l->text); start > 0 && l->text[start - 1] != ' '; start--)
		;
	if (start == 0)
		return 0;	/* a credit line of its own: starts_listed's */
	if (l->text[start] == '(' || l->text[start] == '[')
		start++;	/* "Alexander Lukashenko (Photo: Maxim Shemetov/EPA)" */
	else if (in_bracket(l->text, start))
		;	/* "Keith Kellogg (Illustrative photo: Sergey Dolzhenko/EPA)" */
	else if (start < 2 || !strchr(".!?", l->text[start - 2]))
		return 0;	/* "He looked at an old photo: it showed ...": text */
	if (!ascii_isupper((unsigned char)l->text[start]) && !in_bracket(l->text, start))
		return 0;	/* a credit's opener is capitalized: "a vase (photo: left)" is text */
	pos = (size_t)(colon - l->text) + 1;
	while (words <= CREDIT_TAIL_WORDS && text_next_word(l->text, l->len, &pos, &st, &wl))
		words++;
	for (i = 0; i < ARRAY_SIZE(credit_openers) && words <= CREDIT_TAIL_WORDS; i++)
		if (strlen(credit_openers[i]) == (size_t)(colon - l->text) + 1 - start &&
		    ascii_strncasecmp(l->text + start, credit_openers[i], strlen(credit_openers[i])) == 0)
			return 1;
	return 0;
}

int
captions_credit(const struct page_line *l, const struct shape *sh)
{
	size_t k = debris_unlisted(l->text, l->len);

	if (debris_starts_listed(l->text + k, l->len - k, credit_openers, ARRAY_SIZE(credit_openers)))
		return !sh->sentence || text_width(l->text, l->len) <= 120;
	if (ends_in_credit(l) || is_marked_caption(l) || is_signed(l, sh))
		return 1;
	/* "Belarusian President Alexander Lukashenko Pavel Orlovsky/BelTA/TASS",
	 * "Press Service of the President .../Handout via REUTERS" */
	return !sh->sentence && sh->words <= CAPTION_WORDS_MAX && names_agency(l->text, l->len);
}
