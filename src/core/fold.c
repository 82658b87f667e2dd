/* fold: words to keys shared across German and English transliterations. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>
#include <unicase.h>
#include <uninorm.h>
#include <unictype.h>

#include "tandem/fold.h"
#include "tandem/text.h"
#include "tandem/util.h"

/*
 * Spelling rules, longest first: the German or English spelling of one
 * Russian sound to one letter of the key. Capitals stand for sounds the
 * Latin alphabet has no single letter for (C = ч, S = ш/ж/щ, X = х, T = ц).
 */
struct spelling {
	const char *from;
	const char *to;
};

static const struct spelling german[] = {
	{ "tsch", "C" }, { "sch", "S" }, { "ch", "X" }, { "ck", "k" }, { "ts", "T" },
	{ "tz", "T" }, { "z", "T" }, { "x", "ks" }, { "w", "v" }, { "ph", "f" },
	{ NULL, NULL }
};

static const struct spelling english[] = {
	{ "shch", "S" }, { "ch", "C" }, { "sh", "S" }, { "zh", "S" },
	{ "kh", "X" }, { "ts", "T" }, { "tz", "T" }, { "ck", "k" },
	{ "z", "s" }, { "x", "ks" }, { "w", "v" }, { "ph", "f" },
	{ NULL, NULL }
};

static const char *const german_words[] = {
	"der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu",
	"im", "ein", "eine", "auch", "sich", "des", "dem", "dass", "wir", "ich",
	"es", "auf", "werden", "wird", "hat", "haben", "bei", "nach", "sind",
	"aber", "als", "aus", "diese", "dieser", "einem", "einen", "einer", "für",
	"noch", "oder", "sie", "über", "uns", "unser", "unsere", "vom", "vor",
	"war", "wie", "zum", "zur",
};

static const char *const english_words[] = {
	"the", "and", "of", "to", "is", "that", "for", "with", "was", "on",
	"as", "by", "it", "are", "be", "has", "have", "this", "from", "at",
	"which", "will", "we", "our", "said", "he", "she", "they", "about",
	"after", "also", "been", "but", "had", "his", "her", "its", "their",
	"were", "you", "your", "there", "into", "than", "them", "these", "those",
};

int
fold_is_function_word(const char *word, size_t len, enum lang lang)
{
	const char *const *list = lang == LANG_DE ? german_words : english_words;
	size_t i, n = lang == LANG_DE ? ARRAY_SIZE(german_words) : ARRAY_SIZE(english_words);
	char first;

	if (len == 0 || len > 6)
		return 0;	/* the longest is six bytes */
	first = word[0] >= 'A' && word[0] <= 'Z' ? (char)(word[0] + 'a' - 'A') : word[0];
	for (i = 0; i < n; i++)
		if (list[i][0] == first && strlen(list[i]) == len && strncasecmp(word, list[i], len) == 0)
			return 1;
	return 0;
}

const char *
lang_code(enum lang lang)
{
	switch (lang) {
	case LANG_DE:
		return "de";
	case LANG_EN:
		return "en";
	default:
		return "??";
	}
}

/* fold_plain() of ASCII: lower case, nothing to decompose; NULL otherwise. */
static char *
fold_plain_ascii(const char *s, size_t len)
{
	char *out = xmalloc(len + 1);
	size_t i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80) {
			free(out);
			return NULL;
		}
		out[i] = (char)tolower((unsigned char)s[i]);
	}
	out[len] = '\0';
	return out;
}

char *
fold_plain(const char *s, size_t len)
{
	size_t dlen = 0, i = 0;
	uint8_t *d;
	struct buf out = { 0 };
	char *ascii = fold_plain_ascii(s, len);

	if (ascii != NULL)
		return ascii;
	d = u8_normalize(UNINORM_NFD, (const uint8_t *)s, len, NULL, &dlen);
	if (d == NULL)
		die("out of memory");
	while (i < dlen) {
		uint32_t c;
		int n = text_char_len((const char *)d + i, dlen - i, &c);

		if (c == 0xDF || c == 0x1E9E)
			buf_adds(&out, "ss");
		else if (c < 0x80)
			buf_addc(&out, (char)tolower((int)c));
		else if (!uc_is_property_combining(c)) {
			uint8_t u8[6];
			int m = u8_uctomb(u8, uc_tolower(c), sizeof(u8));

			if (m > 0)
				buf_add(&out, u8, (size_t)m);
		}
		i += (size_t)n;
	}
	free(d);
	return buf_detach(&out, NULL);
}

static void
respell(const char *w, const struct spelling *rules, struct buf *out)
{
	size_t i = 0, len = strlen(w);

	while (i < len) {
		const struct spelling *r;

		for (r = rules; r->from != NULL; r++)
			if (w[i] == r->from[0] && strncmp(w + i, r->from, strlen(r->from)) == 0)
				break;
		if (r->from != NULL) {
			buf_adds(out, r->to);
			i += strlen(r->from);
		} else {
			buf_addc(out, w[i++]);
		}
	}
}

static int
is_vowel(char c)
{
	return strchr("aeiouyj", c) != NULL;
}

size_t
fold_name(const char *word, size_t len, enum lang lang, char *out, size_t outsz)
{
	char *plain = fold_plain(word, len);
	struct buf sp = { 0 };
	size_t i, n = 0, plen = strlen(plain);

	for (i = 0; i < plen; i++)
		if (!isalnum((unsigned char)plain[i])) {
			free(plain);
			return 0;	/* not a Latin word: no transliteration to fold */
		}
	if (plen < 3 || outsz < 2) {
		free(plain);
		return 0;
	}
	if (lang == LANG_DE && plen > 4 && strcmp(plain + plen - 3, "ien") == 0)
		strcpy(plain + plen - 3, "ia");	/* Kalmückien = Kalmykia */
	respell(plain, lang == LANG_DE ? german : english, &sp);
	for (i = 0; i < sp.len && n + 1 < outsz; i++) {
		char c = sp.data[i] == 'c' || sp.data[i] == 'q' ? 'k' : sp.data[i];

		if (c == 'j')
			c = 'y';	/* Jakutsk = Yakutsk */

		if (i > 0 && (is_vowel(c) || c == 'h'))
			continue;
		if (n > 0 && out[n - 1] == c)
			continue;
		out[n++] = c;
	}
	out[n] = '\0';
	buf_free(&sp);
	free(plain);
	return n >= 2 ? n : 0;
}
