/* lexicon: the Ding German-English dictionary as stem-to-stems lookups. */
#include "config.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/fold.h"
#include "tandem/lexicon.h"
#include "tandem/util.h"

/* The longest word stemmed, in bytes; longer ones are not looked up. */
#define STEM_MAX 64
/* A compound is split only when this long (bytes), into a head of at least
 * HEAD_MIN bytes and a first part of at least PART_MIN. */
#define COMPOUND_MIN 8
#define HEAD_MIN 4
#define PART_MIN 3

/* A German stem (first) and one English stem it translates to (second). */
struct pairs {
	struct id_pair *p;
	size_t n, cap;
};

static struct {
	int loaded;
	struct sb_stemmer *de, *en;
	struct intern words;	/* German stems */
	struct intern stems;	/* English stems */
	uint32_t *start;	/* per German stem id: first index into stem_of */
	uint32_t *stem_of;
} lex;

/* The Snowball stem of a word in the stemmer's language into out (STEM_MAX
 * bytes); returns its length, 0 when the word is too long to stem. */
static size_t
stem_word(struct sb_stemmer *st, const char *w, size_t len, char *out)
{
	uint8_t low[STEM_MAX];
	size_t n = sizeof(low), i;
	const sb_symbol *s;
	int k;

	if (len >= STEM_MAX)
		return 0;
	for (i = 0; i < len && (unsigned char)w[i] < 0x80; i++)
		low[i] = (uint8_t)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);	/* most words: ASCII */
	n = len;
	if (i < len && (n = sizeof(low), u8_tolower((const uint8_t *)w, len, NULL, NULL, low, &n) != low))
		return 0;
	if ((s = sb_stemmer_stem(st, low, (int)n)) == NULL || (k = sb_stemmer_length(st)) <= 0 ||
	    k >= STEM_MAX)
		return 0;
	memcpy(out, s, (size_t)k);
	return (size_t)k;
}

/* At exit: the stemmers keep buffers of their own (valgrind's report). */
static void
stemmers_close(void)
{
	sb_stemmer_delete(lex.de);
	sb_stemmer_delete(lex.en);
	lex.de = lex.en = NULL;
}

static void
stemmers_open(void)
{
	if (lex.de != NULL)
		return;
	lex.de = sb_stemmer_new("german", "UTF_8");
	lex.en = sb_stemmer_new("english", "UTF_8");
	if (lex.de == NULL || lex.en == NULL)
		die("libstemmer has no German or English stemmer");
	atexit(stemmers_close);
}

uint32_t
lexicon_stem(const char *word, size_t len)
{
	char s[STEM_MAX];
	size_t n;

	if (lex.loaded <= 0 || (n = stem_word(lex.en, word, len, s)) == 0)
		return 0;
	return intern_id(&lex.stems, s, n, 0);
}

/* Copies s without {…} […] (…) <…> annotations. */
static size_t
strip_notes(const char *s, size_t len, char *out)
{
	size_t i, n = 0;
	int depth = 0;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '{': case '[': case '(': case '<':
			depth++;
			break;
		case '}': case ']': case ')': case '>':
			depth -= depth > 0;
			break;
		default:
			if (depth == 0)
				out[n++] = s[i];
		}
	}
	out[n] = '\0';
	return n;
}

static int
is_filler(const char *w, size_t n)
{
	static const char *const fillers[] = { "sth", "someone", "something", "somebody", "coll", "esp" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fillers); i++)
		if (strlen(fillers[i]) == n && ascii_strncasecmp(w, fillers[i], n) == 0)
			return 1;
	return fold_is_function_word(w, n, LANG_EN);
}

/* The stems of the English words in one alternative, into ids (max 32). */
static size_t
english_stems(const char *en, uint32_t *ids)
{
	size_t i = 0, n = 0;

	while (en[i] && n < 32) {
		size_t st = i, k;
		char s[STEM_MAX];

		while ((en[i] | 0x20) >= 'a' && (en[i] | 0x20) <= 'z')
			i++;
		if (i - st >= 3 && !is_filler(en + st, i - st) && (k = stem_word(lex.en, en + st, i - st, s)) > 0)
			ids[n++] = intern_id(&lex.stems, s, k, 1);
		if (i == st)
			i++;
	}
	return n;
}

/* Each single-word German term of one alternative, paired with the stems. */
static void
add_terms(char *de, const uint32_t *ids, size_t nids, struct pairs *ps)
{
	char *save = NULL, *term, s[STEM_MAX];

	for (term = strtok_r(de, ";", &save); term; term = strtok_r(NULL, ";", &save)) {
		size_t n, k, i;
		uint32_t w;

		while (*term == ' ')
			term++;
		n = strlen(term);
		while (n > 0 && term[n - 1] == ' ')
			n--;
		if (n < 2 || memchr(term, ' ', n) != NULL || (k = stem_word(lex.de, term, n, s)) == 0)
			continue;
		w = intern_id(&lex.words, s, k, 1);
		for (i = 0; i < nids; i++) {
			ps->p = xgrow(ps->p, &ps->cap, ps->n + 1, sizeof(*ps->p));
			ps->p[ps->n].first = w;
			ps->p[ps->n++].second = ids[i];
		}
	}
}

/* One dictionary line: "de | de … :: en | en …", alternatives in step. */
static void
add_line(char *line, struct pairs *ps, char *scratch_de, char *scratch_en)
{
	char *sep = strstr(line, "::"), *de = line, *en, *dnext, *enext;
	uint32_t ids[32];

	if (line[0] == '#' || sep == NULL)
		return;
	*sep = '\0';
	en = sep + 2;
	for (; de && en; de = dnext, en = enext) {
		dnext = strchr(de, '|');
		enext = strchr(en, '|');
		if (dnext)
			*dnext++ = '\0';
		if (enext)
			*enext++ = '\0';
		strip_notes(de, strlen(de), scratch_de);
		strip_notes(en, strlen(en), scratch_en);
		add_terms(scratch_de, ids, english_stems(scratch_en, ids), ps);
	}
}

/* Sorts the pairs into per-word runs of unique stems. */
static void
index_pairs(struct pairs *ps)
{
	size_t i, n = 0;

	if (ps->n > 1)
		qsort(ps->p, ps->n, sizeof(*ps->p), compare_id_pairs);
	lex.start = xcalloc(lex.words.n + 2, sizeof(*lex.start));
	lex.stem_of = xmalloc((ps->n + 1) * sizeof(*lex.stem_of));
	for (i = 0; i < ps->n; i++) {
		if (n > 0 && compare_id_pairs(&ps->p[i], &ps->p[i - 1]) == 0)
			continue;
		lex.stem_of[n++] = ps->p[i].second;
		lex.start[ps->p[i].first + 1] = (uint32_t)n;
	}
	for (i = 1; i <= lex.words.n + 1; i++)
		if (lex.start[i] < lex.start[i - 1])
			lex.start[i] = lex.start[i - 1];
}

/* Lines read between two questions to stop (a few milliseconds). */
#define LINES_PER_ASK 2048
/* A dictionary line this long or longer is skipped (none is, in Ding). */
#define LINE_BYTES (1 << 16)

/* A load under way: it goes on where a stop left it. */
static struct {
	FILE *f;
	struct pairs ps;
	char *line, *de, *en;
	size_t cap;
} loading;

static int
load_open(const char *path, char **cause)
{
	if (path == NULL)
		path = getenv("TANDEM_DICTIONARY");
	if (path == NULL || *path == '\0')
		path = LEXICON_DEFAULT_PATH;
	if ((loading.f = fopen(path, "r")) == NULL) {
		lex.loaded = -1;
		*cause = xasprintf("%s: no German-English dictionary (Debian package trans-de-en); "
		    "aligning by lengths, names and numbers only", path);
		return -1;
	}
	stemmers_open();
	loading.de = xmalloc(LINE_BYTES);
	loading.en = xmalloc(LINE_BYTES);
	return 0;
}

static void
load_finish(void)
{
	fclose(loading.f);
	free(loading.line);
	free(loading.de);
	free(loading.en);
	index_pairs(&loading.ps);
	free(loading.ps.p);
	memset(&loading, 0, sizeof(loading));
	lex.loaded = 1;
}

int
lexicon_load(const char *path, char **cause, const struct stop *stop)
{
	ssize_t n;
	size_t asked = 0;

	if (lex.loaded)
		return lex.loaded > 0 ? 0 : -1;
	if (loading.f == NULL && load_open(path, cause) < 0)
		return -1;
	while ((n = getline(&loading.line, &loading.cap, loading.f)) > 0) {
		if (n < LINE_BYTES)
			add_line(loading.line, &loading.ps, loading.de, loading.en);
		if (stop_asked(stop, &asked, LINES_PER_ASK))
			return 1;
	}
	load_finish();
	return 0;
}

int
lexicon_ready(void)
{
	return lex.loaded > 0;
}

/* Appends the translations of German stem s[0..n) to out; returns the new count. */
static size_t
add_translations(const char *s, size_t n, uint32_t *out, size_t got, size_t max)
{
	uint32_t id = n ? intern_id(&lex.words, s, n, 0) : 0;
	size_t k;

	if (id == 0)
		return got;
	for (k = lex.start[id]; k < lex.start[id + 1] && got < max; k++)
		out[got++] = lex.stem_of[k];
	return got;
}

/* A compound's head (the longest known last part) and the part before it,
 * with or without a linking s. */
static size_t
translate_compound(const char *w, size_t len, uint32_t *out, size_t max)
{
	char s[STEM_MAX];
	size_t k, got = 0;

	for (k = PART_MIN; k + HEAD_MIN <= len && got == 0; k++) {
		if (((unsigned char)w[k] & 0xC0) == 0x80)
			continue;	/* inside a character */
		got = add_translations(s, stem_word(lex.de, w + k, len - k, s), out, 0, max);
	}
	if (got == 0)
		return 0;
	k--;
	if (got < max)
		got = add_translations(s, stem_word(lex.de, w, k, s), out, got, max);
	if (got < max && w[k - 1] == 's')
		got = add_translations(s, stem_word(lex.de, w, k - 1, s), out, got, max);
	return got;
}

size_t
lexicon_translate(const char *word, size_t len, uint32_t *out, size_t max)
{
	char s[STEM_MAX];
	size_t got;

	if (lex.loaded <= 0)
		return 0;
	got = add_translations(s, stem_word(lex.de, word, len, s), out, 0, max);
	if (got == 0 && len >= COMPOUND_MIN)
		got = translate_compound(word, len, out, max);
	return got;
}
