/* sentence: where the sentences of a paragraph end; sentence beads. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

#include "tandem/dates.h"
#include "tandem/sentence.h"
#include "tandem/text.h"
#include "tandem/util.h"

/* What a full stop after a word means. */
enum stop_kind {
	STOP_ENDS,	/* ends the sentence */
	STOP_NEVER,	/* a title or a short form inside a sentence: "Dr.", "bzw." */
	STOP_NUMBER,	/* before a figure, part of it: "Nr. 5"; else an end */
	STOP_MAY_END,	/* ends one when the next word opens sentences: "usw. Die" */
};

struct abbreviation {
	const char *word;	/* without its full stop */
	enum stop_kind kind;
};

/* Short forms of German and English news, with their full stop left out.
 * Those in lower case match with a capital too ("Vgl."). */
static const struct abbreviation abbreviations[] = {
	{ "Dr", STOP_NEVER }, { "Prof", STOP_NEVER }, { "Dipl", STOP_NEVER }, { "Ing", STOP_NEVER }, { "med", STOP_NEVER },
	{ "phil", STOP_NEVER }, { "jur", STOP_NEVER }, { "rer", STOP_NEVER }, { "nat", STOP_NEVER },
	{ "Hr", STOP_NEVER }, { "Fr", STOP_NEVER }, { "St", STOP_NEVER }, { "Mr", STOP_NEVER },
	{ "Mrs", STOP_NEVER }, { "Ms", STOP_NEVER }, { "Gov", STOP_NEVER }, { "Sen", STOP_NEVER },
	{ "Rep", STOP_NEVER }, { "Gen", STOP_NEVER }, { "Lt", STOP_NEVER }, { "Col", STOP_NEVER },
	{ "Capt", STOP_NEVER }, { "Sgt", STOP_NEVER }, { "Adm", STOP_NEVER }, { "Rev", STOP_NEVER },
	{ "Mt", STOP_NEVER }, { "Ft", STOP_NEVER }, { "vs", STOP_NEVER }, { "approx", STOP_NEVER },
	{ "bzw", STOP_NEVER }, { "ca", STOP_NEVER }, { "vgl", STOP_NEVER }, { "ggf", STOP_NEVER },
	{ "evtl", STOP_NEVER }, { "inkl", STOP_NEVER }, { "exkl", STOP_NEVER }, { "zzgl", STOP_NEVER },
	{ "sog", STOP_NEVER }, { "bspw", STOP_NEVER }, { "Hrsg", STOP_NEVER }, { "geb", STOP_NEVER },
	{ "gem", STOP_NEVER }, { "lt", STOP_NEVER }, { "Jh", STOP_NEVER }, { "Tel", STOP_NEVER },
	{ "Jan", STOP_NEVER }, { "Feb", STOP_NEVER }, { "Mar", STOP_NEVER }, { "Apr", STOP_NEVER },
	{ "Jun", STOP_NEVER }, { "Jul", STOP_NEVER }, { "Aug", STOP_NEVER }, { "Sep", STOP_NEVER },
	{ "Sept", STOP_NEVER }, { "Oct", STOP_NEVER }, { "Okt", STOP_NEVER }, { "Nov", STOP_NEVER },
	{ "Dec", STOP_NEVER }, { "Dez", STOP_NEVER },
	{ "Nr", STOP_NUMBER }, { "No", STOP_NUMBER }, { "Nos", STOP_NUMBER }, { "Art", STOP_NUMBER },
	{ "Abs", STOP_NUMBER }, { "Bd", STOP_NUMBER }, { "Vol", STOP_NUMBER }, { "pp", STOP_NUMBER },
	{ "Kap", STOP_NUMBER }, { "Ziff", STOP_NUMBER },
	{ "usw", STOP_MAY_END }, { "etc", STOP_MAY_END }, { "Mio", STOP_MAY_END }, { "Mrd", STOP_MAY_END },
	{ "Tsd", STOP_MAY_END }, { "Inc", STOP_MAY_END }, { "Ltd", STOP_MAY_END }, { "Corp", STOP_MAY_END },
	{ "Co", STOP_MAY_END }, { "Jr", STOP_MAY_END }, { "Sr", STOP_MAY_END }, { "Str", STOP_MAY_END },
};

/* Words that, capitalized, open a sentence far more often than they follow
 * an abbreviation, an initial or an ordinal. No single letters: "J. A.
 * Smith". */
static const char *const german_openers[] = {
	"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es", "Wir",
	"Ich", "Ihr", "Man", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Dabei", "Dann", "Doch",
	"Und", "Aber", "Auch", "Im", "In", "Am", "Zum", "Nach", "Bei", "Laut", "So", "Wie", "Was",
	"Wenn", "Als", "Nun", "Zudem", "Außerdem", "Zuvor", "Darüber",
};
static const char *const english_openers[] = {
	"The", "An", "He", "She", "It", "We", "They", "This", "That", "These", "Those", "There",
	"In", "On", "At", "But", "And", "His", "Her", "Its", "Their", "Our", "As", "According",
	"However", "Meanwhile", "Earlier", "Later",
};

/* German words before a figure that make it an ordinal: "am 20.", "das 3.". */
static const char *const ordinal_words[] = {
	"am", "im", "zum", "zur", "vom", "beim", "ab", "bis", "seit", "der", "die", "das", "den",
	"dem", "des", "ein", "einem", "einer", "eines", "jeder", "jedem", "sein", "seinem", "seiner",
	"seines", "ihr", "ihrem", "ihrer", "ihres", "unser", "unserem", "unserer", "dieser",
	"diesem", "dieses",
};

/* Closing quotes and brackets that belong to the sentence they follow. */
static const char *const closers[] = { "\"", "'", "“", "”", "‘", "’", "»", "«", ")", "]" };
/* What may stand before a sentence's first letter: quotes, brackets, dashes. */
static const char *const openers[] = { "\"", "'", "„", "“", "‚", "‘", "»", "«", "(", "[", "-", "–", "—" };

/* The bytes of the string of list that s starts with, 0 for none. */
static size_t
starts_with_any(const char *s, size_t len, const char *const *list, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++)
		if ((k = strlen(list[i])) <= len && memcmp(s, list[i], k) == 0)
			return k;
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
in_list(const char *w, size_t len, const char *const *list, size_t n, int any_case)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len &&
		    (any_case ? ascii_strncasecmp(w, list[i], len) : strncmp(w, list[i], len)) == 0)
			return 1;
	return 0;
}

/* The length of the sentence-ending mark at s[i] (. ! ? …), 0 for none. */
static size_t
end_mark(const char *s, size_t len, size_t i)
{
	if (s[i] == '.' || s[i] == '!' || s[i] == '?')
		return 1;
	return len - i >= 3 && memcmp(s + i, "…", 3) == 0 ? 3 : 0;
}

static int
all_digits(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (w[i] < '0' || w[i] > '9')
			return 0;
	return len > 0;
}

/* Whether w is single letters each before a full stop: "U.S", "z.B", "A". */
static int
is_initials(const char *w, size_t len)
{
	size_t i = 0;
	uint32_t c;

	while (i < len) {
		i += (size_t)text_char_len(w + i, len - i, &c);
		if (!uc_is_alpha(c) || (i < len && w[i++] != '.'))
			return 0;
	}
	return len > 0;
}

static enum stop_kind
abbreviation_kind(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(abbreviations); i++) {
		const char *a = abbreviations[i].word;

		if (strlen(a) != len)
			continue;
		if (memcmp(w, a, len) == 0 ||
		    (a[0] >= 'a' && a[0] <= 'z' && w[0] == a[0] - 'a' + 'A' && memcmp(w + 1, a + 1, len - 1) == 0))
			return abbreviations[i].kind;
	}
	return STOP_ENDS;
}

/* The word before a full stop at s[i]: from the last space, without the
 * quotes or brackets around it. */
static void
word_before(const char *s, size_t from, size_t i, size_t *start, size_t *wlen)
{
	size_t w = i, k;

	while (w > from && !is_space(s[w - 1]))
		w--;
	while (w < i && (k = starts_with_any(s + w, i - w, openers, ARRAY_SIZE(openers))) > 0)
		w += k;
	*start = w;
	*wlen = i - w;
	while (*wlen > 0) {	/* "kann\"." */
		for (k = 0; k < ARRAY_SIZE(closers); k++) {
			size_t n = strlen(closers[k]);

			if (n <= *wlen && memcmp(s + w + *wlen - n, closers[k], n) == 0)
				break;
		}
		if (k == ARRAY_SIZE(closers))
			break;
		*wlen -= strlen(closers[k]);
	}
}

/* The word that follows at s[*at] past the quotes, brackets and dashes that
 * open its sentence: its letters or digits; *at moves to it. */
static size_t
next_word(const char *s, size_t len, size_t *at)
{
	size_t i = *at, k, n = 0;
	uint32_t c;

	while (i < len && ((k = starts_with_any(s + i, len - i, openers, ARRAY_SIZE(openers))) > 0 || is_space(s[i])))
		i += k > 0 ? k : 1;
	*at = i;
	while (i + n < len) {
		k = (size_t)text_char_len(s + i + n, len - i - n, &c);
		if (!uc_is_alnum(c))
			break;
		n += k;
	}
	return n;
}

static int
opens_sentences(const char *w, size_t len, enum lang lang)
{
	if (lang == LANG_EN)
		return in_list(w, len, english_openers, ARRAY_SIZE(english_openers), 0);
	return in_list(w, len, german_openers, ARRAY_SIZE(german_openers), 0);
}

/* Whether the German figure w (s[w..w+len)) before a full stop is an
 * ordinal, next being the word after it: "am 20. März", "das 3. Forum". */
static int
german_ordinal(const char *s, size_t from, size_t w, size_t len, const char *next, size_t nlen)
{
	size_t p = w, e;

	if (len > 3 || opens_sentences(next, nlen, LANG_DE))
		return 0;
	if (date_month(next, nlen) != 0 || w == from)
		return 1;	/* a date, or a numbered item */
	while (p > from && is_space(s[p - 1]))
		p--;
	e = p;
	while (p > from && !is_space(s[p - 1]))
		p--;
	return in_list(s + p, e - p, ordinal_words, ARRAY_SIZE(ordinal_words), 1);
}

/*
 * Whether the sentence that began at from ends with the full stop at s[i],
 * the next one starting at s[next]. The mark and its closers are behind,
 * and a capital or a figure is ahead.
 */
static int
full_stop_ends(const char *s, size_t len, size_t from, size_t i, size_t next, enum lang lang)
{
	size_t w, wl, at = next, nl = next_word(s, len, &at);
	const char *nw = s + at;
	int opener = opens_sentences(nw, nl, lang);

	word_before(s, from, i, &w, &wl);
	if (wl == 0)
		return 1;
	if (all_digits(s + w, wl))
		return lang == LANG_EN || !german_ordinal(s, from, w, wl, nw, nl);
	switch (abbreviation_kind(s + w, wl)) {
	case STOP_NEVER:
		return 0;
	case STOP_NUMBER:
		return nl == 0 || !(nw[0] >= '0' && nw[0] <= '9');
	case STOP_MAY_END:
		return opener;
	case STOP_ENDS:
		break;
	}
	if (is_initials(s + w, wl))	/* "A. Lukaschenko", "U.S. officials", "z. B. Minsk" */
		return opener;
	return 1;
}

/* Whether what follows at s[next] can open a sentence: a capital or a
 * figure, maybe after quotes, brackets and dashes. */
static int
starts_sentence(const char *s, size_t len, size_t next)
{
	size_t at = next;
	uint32_t c;

	next_word(s, len, &at);
	if (at >= len)
		return 1;
	text_char_len(s + at, len - at, &c);
	return uc_is_upper(c) || (c >= '0' && c <= '9') || !uc_is_alpha(c);
}

/*
 * Whether the sentence that began at from ends with the mark at s[i] (a
 * run of marks and closers up to end), the next one starting at next.
 */
static int
ends_here(const char *s, size_t len, size_t from, size_t i, size_t end, size_t next, enum lang lang)
{
	if (!starts_sentence(s, len, next))
		return 0;	/* "Mrd. wieder", "„Wirklich?“ fragte er" */
	if (s[i] != '.' || (end - i >= 3 && memcmp(s + i, "...", 3) == 0))
		return !(i > from && (s[i - 1] == '[' || s[i - 1] == '('));	/* "[…] Die" left out */
	return full_stop_ends(s, len, from, i, next, lang);
}

static void
add_sentence(struct sentence **out, size_t *n, size_t *cap, size_t start, size_t end)
{
	*out = xgrow(*out, cap, *n + 1, sizeof(**out));
	(*out)[*n].start = start;
	(*out)[*n].end = end;
	(*out)[*n].paragraph = 0;
	(*out)[*n].number = *n;
	(*n)++;
}

size_t
sentence_split(const char *s, size_t len, enum lang lang, size_t skip, struct sentence **out)
{
	size_t i, start = 0, n = 0, cap = 0, end, k, next;

	*out = NULL;
	while (start < len && is_space(s[start]))
		start++;
	for (i = start; i < len; i = end) {
		if ((k = end_mark(s, len, i)) == 0) {
			end = i + 1;
			continue;
		}
		for (end = i + k; end < len && (k = end_mark(s, len, end)) > 0;)	/* "?!", "..." */
			end += k;
		while (end < len && (k = starts_with_any(s + end, len - end, closers, ARRAY_SIZE(closers))) > 0)
			end += k;
		if (end >= len || !is_space(s[end]) || i < skip)
			continue;
		for (next = end; next < len && is_space(s[next]); next++)
			;
		if (next < len && ends_here(s, len, start, i, end, next, lang)) {
			add_sentence(out, &n, &cap, start, end);
			start = next;
		}
	}
	while (len > start && is_space(s[len - 1]))
		len--;
	if (len > start)
		add_sentence(out, &n, &cap, start, len);
	return n;
}

size_t
sentence_article(const struct article *a, struct sentence **out)
{
	struct sentence *all = NULL, *ss;
	size_t p, k, n = 0, cap = 0, m;

	for (p = 0; p < a->nparagraphs; p++) {
		m = sentence_split(a->paragraphs[p].text, a->paragraphs[p].len, a->lang,
		    p == 0 ? a->dateline_len : 0, &ss);
		all = xgrow(all, &cap, n + m + 1, sizeof(*all));
		for (k = 0; k < m; k++, n++) {
			all[n] = ss[k];
			all[n].paragraph = p;
			all[n].number = k;
		}
		free(ss);
	}
	*out = all;
	return n;
}

/* The sentences ss[0..n) of a as units for align_units(); the first of
 * the article leaves its dateline out, as paragraph alignment does. */
static struct paragraph *
units_of(const struct article *a, const struct sentence *ss, size_t n)
{
	struct paragraph *u = xmalloc((n + 1) * sizeof(*u));
	size_t k;

	for (k = 0; k < n; k++) {
		const struct sentence *s = &ss[k];
		size_t start = s->start;

		if (s->paragraph == 0 && start < a->dateline_len)
			start = a->dateline_len < s->end ? a->dateline_len : s->end;
		u[k].text = a->paragraphs[s->paragraph].text + start;
		u[k].len = s->end - start;
	}
	return u;
}

int
sentence_align(const struct article *de, const struct sentence *ds, size_t nds,
    const struct article *en, const struct sentence *es, size_t nes, struct alignment *al, char **note,
    const struct stop *stop)
{
	struct paragraph *ud = units_of(de, ds, nds), *ue = units_of(en, es, nes);
	int rc = align_units(ud, nds, ue, nes, al, note, stop);

	free(ud);
	free(ue);
	return rc;
}

const char *
sentence_numbers(const struct sentence *ss, size_t first, size_t count, char *buf, size_t n)
{
	size_t k, used = 0;

	buf[0] = '\0';
	for (k = 0; k < count && used + 1 < n; k++)
		used += (size_t)snprintf(buf + used, n - used, "%s%zu.%zu", k ? "," : "",
		    ss[first + k].paragraph + 1, ss[first + k].number + 1);
	return buf;
}
