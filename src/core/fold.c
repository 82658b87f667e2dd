/* fold: words to keys shared across German and English transliterations. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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
	size_t len;	/* of from */
	const char *to;
};
#define SPELL(from, to) { from, sizeof(from) - 1, to }

static const struct spelling german[] = {
	SPELL("schtsch", "S"), SPELL("tsch", "C"), SPELL("sch", "S"), SPELL("sh", "S"), SPELL("zh", "S"),
	SPELL("ch", "X"), SPELL("ck", "k"), SPELL("ts", "T"),
	SPELL("tz", "T"), SPELL("z", "T"), SPELL("x", "ks"), SPELL("w", "v"), SPELL("ph", "f"),
	{ NULL, 0, NULL }
};

static const struct spelling english[] = {
	SPELL("shch", "S"), SPELL("ch", "C"), SPELL("sh", "S"), SPELL("zh", "S"),
	SPELL("kh", "X"), SPELL("ts", "T"), SPELL("tz", "T"), SPELL("ck", "k"),
	SPELL("z", "s"), SPELL("x", "ks"), SPELL("w", "v"), SPELL("ph", "f"),
	{ NULL, 0, NULL }
};

/*
 * U+00C0..U+00FF to the letter their canonical decomposition starts with
 * (Ä to A, ç to c), for folding German and French letters without
 * normalizing; 0 where there is none (Æ, ×) and for ß, which folds to ss.
 */
static const char latin1_base[] =
    "AAAAAA\0CEEEEIIII" "\0NOOOOO\0\0UUUUY\0\0" "aaaaaa\0ceeeeiiii" "\0nooooo\0\0uuuuy\0y";

static const char *const german_words[] = {
	"der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu",
	"im", "ein", "eine", "auch", "sich", "des", "dem", "dass", "wir", "ich",
	"es", "auf", "werden", "wird", "hat", "haben", "bei", "nach", "sind",
	"aber", "als", "aus", "diese", "dieser", "einem", "einen", "einer", "für",
	"noch", "oder", "sie", "über", "uns", "unser", "unsere", "vom", "vor",
	"war", "wie", "zum", "zur", "kein", "keine", "keinen", "keiner", "keines",
};

static const char *const english_words[] = {
	"the", "and", "of", "to", "is", "that", "for", "with", "was", "on",
	"as", "by", "it", "are", "be", "has", "have", "this", "from", "at",
	"which", "will", "we", "our", "said", "he", "she", "they", "about",
	"after", "also", "been", "but", "had", "his", "her", "its", "their",
	"were", "you", "your", "there", "into", "than", "them", "these", "those",
};

/* Up to eight bytes of a word as one number. Only ASCII letters go to
 * lower case: "Über" is not "über". */
static uint64_t
word_number(const char *w, size_t len)
{
	uint64_t x = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];

		x |= (uint64_t)(c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c) << (8 * i);
	}
	return x;
}

/* Slot of a word number in a table of 128 (open addressing). */
static size_t
word_slot(const uint64_t *table, uint64_t x)
{
	size_t h = (size_t)((x * 0x9E3779B97F4A7C15u) >> 57);

	while (table[h] != 0 && table[h] != x)
		h = (h + 1) % 128;
	return h;
}

/* The two lists of function words, German first, as open-addressed
 * tables: filled once, before any thread looks. */
static uint64_t function_words[2][128];
static pthread_once_t function_words_once = PTHREAD_ONCE_INIT;

static void
function_words_add(uint64_t *table, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		uint64_t x = word_number(list[i], strlen(list[i]));

		table[word_slot(table, x)] = x;
	}
}

static void
function_words_fill(void)
{
	function_words_add(function_words[0], german_words, ARRAY_SIZE(german_words));
	function_words_add(function_words[1], english_words, ARRAY_SIZE(english_words));
}

int
fold_is_function_word(const char *word, size_t len, enum lang lang)
{
	const uint64_t *table = function_words[lang != LANG_DE];

	if (len == 0 || len > 6)
		return 0;	/* the longest is six bytes */
	pthread_once(&function_words_once, function_words_fill);
	return table[word_slot(table, word_number(word, len))] != 0;
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

/*
 * fold_plain() of text of ASCII, soft hyphens and the letters of
 * latin1_base: into out (len + 1 bytes, NUL-terminated). Returns 0 for any
 * other text.
 */
static int
fold_latin1(const char *s, size_t len, char *out, size_t *outlen)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i], next;

		if (c < 0x80) {
			out[n++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);	/* not the locale's tolower */
			continue;
		}
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xAD) {
			i++;	/* a soft hyphen folds to nothing */
			continue;
		}
		if (c != 0xC3 || i + 1 >= len || (next = (unsigned char)s[i + 1]) < 0x80 || next >= 0xC0)
			return 0;
		if (next == 0x9F) {	/* ß */
			out[n++] = 's';
			out[n++] = 's';
		} else if (latin1_base[next - 0x80] != '\0') {
			out[n++] = (char)(latin1_base[next - 0x80] | 0x20);	/* a letter: lower case */
		} else {
			return 0;
		}
		i++;
	}
	out[n] = '\0';
	*outlen = n;
	return 1;
}

char *
fold_plain(const char *s, size_t len)
{
	size_t dlen = 0, i = 0, flen;
	uint8_t *d;
	struct buf out = { 0 };
	char *latin1 = xmalloc(len + 1);

	if (fold_latin1(s, len, latin1, &flen))
		return latin1;
	free(latin1);
	d = u8_normalize(UNINORM_NFD, (const uint8_t *)s, len, NULL, &dlen);
	if (d == NULL)
		die("out of memory");
	while (i < dlen) {
		uint32_t c;
		int n = text_char_len((const char *)d + i, dlen - i, &c);

		if (c == 0xDF || c == 0x1E9E)
			buf_adds(&out, "ss");
		else if (c < 0x80)
			buf_addc(&out, (char)ascii_tolower((int)c));
		else if (!uc_is_property_combining(c) && c != TEXT_SOFT_HYPHEN) {
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

size_t
fold_plain_to(const char *s, size_t len, char *out, size_t outsz)
{
	char *plain;
	size_t n;

	if (len < outsz && fold_latin1(s, len, out, &n))
		return n;
	plain = fold_plain(s, len);
	n = strlen(plain);
	if (n < outsz)
		memcpy(out, plain, n + 1);
	free(plain);
	return n;
}

/* A name's key as it is written: respelled letters, vowels after the first
 * letter and repeated letters left out. */
struct key {
	char *out;
	size_t n, size;
	size_t seen;	/* letters offered so far */
};

static int
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
}

static void
key_add(struct key *k, char c)
{
	if (c == 'c' || c == 'q')
		c = 'k';
	if (c == 'j')
		c = 'y';	/* Jakutsk = Yakutsk */
	if (k->seen++ > 0 && (is_vowel(c) || c == 'h'))
		return;
	if (k->n + 1 < k->size && (k->n == 0 || k->out[k->n - 1] != c))
		k->out[k->n++] = c;
}

/* The rule that respells the start of w, or NULL. */
static const struct spelling *
rule_at(const char *w, size_t len, const struct spelling *rules)
{
	for (; rules->from != NULL; rules++)
		if (w[0] == rules->from[0] && rules->len <= len && memcmp(w, rules->from, rules->len) == 0)
			return rules;
	return NULL;
}

static void
respell(const char *w, size_t len, const struct spelling *rules, struct key *k)
{
	const struct spelling *r;
	uint32_t initials = 0;	/* of the rules, a bit for c % 32: most letters start none */
	size_t i = 0;

	for (r = rules; r->from != NULL; r++)
		initials |= 1u << (r->from[0] & 31);
	while (i < len) {
		const char *to;

		r = initials & 1u << (w[i] & 31) ? rule_at(w + i, len - i, rules) : NULL;
		if (r == NULL) {
			key_add(k, w[i++]);
			continue;
		}
		for (to = r->to; *to != '\0'; to++)
			key_add(k, *to);
		i += r->len;
	}
}

size_t
fold_name(const char *word, size_t len, enum lang lang, char *out, size_t outsz)
{
	char local[64], *heap = NULL, *plain = local;
	size_t i, plen = fold_plain_to(word, len, local, sizeof(local));
	struct key k = { out, 0, outsz, 0 };

	if (plen >= sizeof(local))
		plain = heap = fold_plain(word, len);
	for (i = 0; i < plen && ascii_isalnum((unsigned char)plain[i]); i++)
		;
	if (i < plen || plen < 3 || outsz < 2) {
		free(heap);
		return 0;	/* not a Latin word (no transliteration to fold), or too short */
	}
	if (lang == LANG_DE && plen > 4 && memcmp(plain + plen - 3, "ien", 3) == 0) {
		memcpy(plain + plen - 3, "ia", 3);	/* Kalmückien = Kalmykia */
		plen--;
	}
	respell(plain, plen, lang == LANG_DE ? german : english, &k);
	out[k.n] = '\0';
	free(heap);
	return k.n >= 2 ? k.n : 0;
}
