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

/* A stem (first) and a value for it (second): an English stem it
 * translates to, or a dictionary line that holds it. */
struct pairs {
	struct id_pair *p;
	size_t n, cap;
};

/* The values of each id: value[start[id]] to value[start[id + 1]], ascending. */
struct runs {
	uint32_t *start;
	uint32_t *value;
};

/* A line's value for a stem that is not its first term: such lines sort after those it heads. */
#define LINE_LATER (1u << 31)

static struct {
	int loaded;
	struct sb_stemmer *de, *en;
	struct intern words;	/* German stems */
	struct intern stems;	/* English stems */
	struct runs trans;	/* per German stem: the English stems */
	struct runs de_lines;	/* per German stem: byte offsets of its lines, LINE_LATER or'ed in */
	struct runs en_lines;	/* the same per English stem */
	char *path;		/* the dictionary, read again for the lines */
	FILE *f;		/* open once a line was asked for */
} lex;

/* A load under way: it goes on where a stop left it. */
static struct {
	FILE *f;
	struct pairs ps, de_lines, en_lines;
	char *line, *de, *en;
	size_t cap;
	uint32_t offset;	/* of the line read */
} loading;

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

/* The stems of the English words in one alternative, into ids (max 32);
 * *first gets how many stems its first term (before a ';') has. */
static size_t
english_stems(const char *en, uint32_t *ids, size_t *first)
{
	size_t i = 0, n = 0, st, k;
	int semicolon = 0;
	char s[STEM_MAX];

	*first = 0;
	while (en[i] && n < 32) {
		if (en[i] == ';' && !semicolon) {
			semicolon = 1;	/* the first term ends here, stems or none */
			*first = n;
		}
		st = i;
		while ((en[i] | 0x20) >= 'a' && (en[i] | 0x20) <= 'z')
			i++;
		if (i - st >= 3 && !is_filler(en + st, i - st) && (k = stem_word(lex.en, en + st, i - st, s)) > 0)
			ids[n++] = intern_id(&lex.stems, s, k, 1);
		if (i == st)
			i++;
	}
	if (!semicolon)
		*first = n;
	return n;
}

static void
pairs_add(struct pairs *ps, uint32_t first, uint32_t second)
{
	ps->p = xgrow(ps->p, &ps->cap, ps->n + 1, sizeof(*ps->p));
	ps->p[ps->n].first = first;
	ps->p[ps->n++].second = second;
}

/* Pairs stem id with the dictionary line being read, once a line: LINE_LATER
 * unless the stem is its first term, which comes first. */
static void
line_add(struct pairs *ps, uint32_t id, int head)
{
	size_t i;

	for (i = ps->n; i > 0 && (ps->p[i - 1].second & ~LINE_LATER) == loading.offset; i--)
		if (ps->p[i - 1].first == id)
			return;
	pairs_add(ps, id, loading.offset | (head ? 0 : LINE_LATER));
}

/* Each single-word German term of one alternative, paired with the stems
 * and the line; the first term of the first alternative heads the line. */
static void
add_terms(char *de, const uint32_t *ids, size_t nids, int first)
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
		for (i = 0; i < nids; i++)
			pairs_add(&loading.ps, w, ids[i]);
		line_add(&loading.de_lines, w, first);
		first = 0;
	}
}

/* One dictionary line: "de | de … :: en | en …", alternatives in step. */
static void
add_line(char *line, char *scratch_de, char *scratch_en)
{
	char *sep = strstr(line, "::"), *de = line, *en, *dnext, *enext;
	uint32_t ids[32];
	size_t nids, first, k;
	int alt;

	if (line[0] == '#' || sep == NULL)
		return;
	*sep = '\0';
	en = sep + 2;
	for (alt = 0; de && en; de = dnext, en = enext, alt++) {
		dnext = strchr(de, '|');
		enext = strchr(en, '|');
		if (dnext)
			*dnext++ = '\0';
		if (enext)
			*enext++ = '\0';
		strip_notes(de, strlen(de), scratch_de);
		strip_notes(en, strlen(en), scratch_en);
		nids = english_stems(scratch_en, ids, &first);
		add_terms(scratch_de, ids, nids, alt == 0);
		for (k = 0; k < nids; k++)
			line_add(&loading.en_lines, ids[k], alt == 0 && k < first);
	}
}

/* Sorts the pairs into runs per id (ids 1..nids) of unique values, and frees them. */
static void
runs_build(struct runs *r, struct pairs *ps, size_t nids)
{
	size_t i, n = 0;

	if (ps->n > 1)
		qsort(ps->p, ps->n, sizeof(*ps->p), compare_id_pairs);
	r->start = xcalloc(nids + 2, sizeof(*r->start));
	r->value = xmalloc((ps->n + 1) * sizeof(*r->value));
	for (i = 0; i < ps->n; i++) {
		if (n > 0 && compare_id_pairs(&ps->p[i], &ps->p[i - 1]) == 0)
			continue;
		r->value[n++] = ps->p[i].second;
		r->start[ps->p[i].first + 1] = (uint32_t)n;
	}
	for (i = 1; i <= nids + 1; i++)
		if (r->start[i] < r->start[i - 1])
			r->start[i] = r->start[i - 1];
	free(ps->p);
	memset(ps, 0, sizeof(*ps));
}

/* Lines read between two questions to stop (a few milliseconds). */
#define LINES_PER_ASK 2048
/* A dictionary line this long or longer is skipped (none is, in Ding). */
#define LINE_BYTES (1 << 16)

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
	lex.path = xstrdup(path);
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
	runs_build(&lex.trans, &loading.ps, lex.words.n);
	runs_build(&lex.de_lines, &loading.de_lines, lex.words.n);
	runs_build(&lex.en_lines, &loading.en_lines, lex.stems.n);
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
		if (n < LINE_BYTES && loading.offset < LINE_LATER)
			add_line(loading.line, loading.de, loading.en);
		if (loading.offset < LINE_LATER)	/* past 2 GiB it stays there: no offset wraps */
			loading.offset = (size_t)n >= LINE_LATER - loading.offset ? LINE_LATER :
			    loading.offset + (uint32_t)n;
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

/* Appends the values of German stem s[0..n) in r to out; returns the new count. */
static size_t
add_values(const struct runs *r, const char *s, size_t n, uint32_t *out, size_t got, size_t max)
{
	uint32_t id = n ? intern_id(&lex.words, s, n, 0) : 0;
	size_t k;

	if (id == 0)
		return got;
	for (k = r->start[id]; k < r->start[id + 1] && got < max; k++)
		out[got++] = r->value[k];
	return got;
}

/* A compound's head (the longest known last part) and the part before it,
 * with or without a linking s: their values in r. */
static size_t
look_up_compound(const struct runs *r, const char *w, size_t len, uint32_t *out, size_t max)
{
	char s[STEM_MAX];
	size_t k, got = 0;

	for (k = PART_MIN; k + HEAD_MIN <= len && got == 0; k++) {
		if (((unsigned char)w[k] & 0xC0) == 0x80)
			continue;	/* inside a character */
		got = add_values(r, s, stem_word(lex.de, w + k, len - k, s), out, 0, max);
	}
	if (got == 0)
		return 0;
	k--;
	if (got < max)
		got = add_values(r, s, stem_word(lex.de, w, k, s), out, got, max);
	if (got < max && w[k - 1] == 's')
		got = add_values(r, s, stem_word(lex.de, w, k - 1, s), out, got, max);
	return got;
}

/* The values of a German word in r: its stem's, else its compound parts'. */
static size_t
look_up_german(const struct runs *r, const char *word, size_t len, uint32_t *out, size_t max)
{
	char s[STEM_MAX];
	size_t got;

	if (lex.loaded <= 0)
		return 0;
	got = add_values(r, s, stem_word(lex.de, word, len, s), out, 0, max);
	if (got == 0 && len >= COMPOUND_MIN)
		got = look_up_compound(r, word, len, out, max);
	return got;
}

size_t
lexicon_translate(const char *word, size_t len, uint32_t *out, size_t max)
{
	return look_up_german(&lex.trans, word, len, out, max);
}

int
lexicon_translates(const char *de, size_t dlen, const char *en, size_t elen)
{
	uint32_t ids[LEXICON_MAX_TRANS], want = lexicon_stem(en, elen);
	size_t n, k;

	if (want == 0)
		return 0;
	n = lexicon_translate(de, dlen, ids, LEXICON_MAX_TRANS);
	for (k = 0; k < n; k++)
		if (ids[k] == want)
			return 1;
	return 0;
}

/* Keeps the first of each line in out[0..n), without LINE_LATER; returns how many are left. */
static size_t
lines_unique(uint32_t *out, size_t n)
{
	size_t i, j, kept = 0;

	for (i = 0; i < n; i++) {
		uint32_t at = out[i] & ~LINE_LATER;

		for (j = 0; j < kept && out[j] != at; j++)
			;
		if (j == kept)
			out[kept++] = at;
	}
	return kept;
}

size_t
lexicon_entries(const char *word, size_t len, enum lang lang, uint32_t *out, size_t max)
{
	uint32_t found[LEXICON_MAX_ENTRIES * 4], id;
	size_t n = 0, k;
	char s[STEM_MAX];

	if (lex.loaded <= 0)
		return 0;
	if (lang != LANG_EN) {
		n = look_up_german(&lex.de_lines, word, len, found, ARRAY_SIZE(found));
	} else if ((k = stem_word(lex.en, word, len, s)) > 0 && (id = intern_id(&lex.stems, s, k, 0)) != 0) {
		for (k = lex.en_lines.start[id]; k < lex.en_lines.start[id + 1] && n < ARRAY_SIZE(found); k++)
			found[n++] = lex.en_lines.value[k];
	}
	n = lines_unique(found, n);
	if (n > max)
		n = max;
	memcpy(out, found, n * sizeof(*out));
	return n;
}

char *
lexicon_entry(uint32_t at)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (lex.loaded <= 0 || (lex.f == NULL && (lex.f = fopen(lex.path, "r")) == NULL))
		return NULL;
	if (fseek(lex.f, (long)at, SEEK_SET) != 0 || (n = getline(&line, &cap, lex.f)) <= 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}
