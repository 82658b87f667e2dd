/* lexicon: the Ding German-English dictionary as word-to-stems lookups. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/lexicon.h"
#include "tandem/util.h"

/* German endings tried, in order, when a word form is not in the dictionary. */
static const char *const endings[] = {
	"en", "n", "e", "er", "es", "em", "s", "ern", "ten", "te", "t", "st", "est",
};

struct pair {
	uint32_t word, stem;
};

static struct {
	int loaded;
	struct intern words;	/* German words, lower case */
	struct intern stems;	/* English stems */
	uint32_t *start;	/* per word id: first index into stem_of */
	uint32_t *stem_of;
} lex;

/* English stem: lower case, a common suffix off, at most 6 letters. */
static size_t
stem_of(const char *w, size_t len, char *out)
{
	static const char *const suffixes[] = { "ing", "ed", "es", "s", "ly" };
	size_t i, n = len < 31 ? len : 31;

	for (i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)w[i]);
	for (i = 0; i < ARRAY_SIZE(suffixes); i++) {
		size_t k = strlen(suffixes[i]);

		if (n > k + 3 && memcmp(out + n - k, suffixes[i], k) == 0) {
			n -= k;
			break;
		}
	}
	return n < 6 ? n : 6;
}

uint32_t
lexicon_stem(const char *word, size_t len)
{
	char s[32];

	return intern_id(&lex.stems, s, stem_of(word, len, s), 0);
}

/* Copies s without {…} […] (…) <…> annotations. */
static size_t
strip_notes(const char *s, size_t len, char *out)
{
	size_t i, n = 0;
	int depth = 0;

	for (i = 0; i < len; i++) {
		if (strchr("{[(<", s[i]))
			depth++;
		else if (strchr("}])>", s[i]) && depth > 0)
			depth--;
		else if (depth == 0)
			out[n++] = s[i];
	}
	out[n] = '\0';
	return n;
}

struct pairs {
	struct pair *p;
	size_t n, cap;
};

static int
is_filler(const char *w, size_t n)
{
	static const char *const fillers[] = { "sth", "the", "and", "for", "someone", "something", "coll" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fillers); i++)
		if (strlen(fillers[i]) == n && strncasecmp(w, fillers[i], n) == 0)
			return 1;
	return 0;
}

/* The stems of the English words in one alternative, into ids (max 32). */
static size_t
english_stems(const char *en, uint32_t *ids)
{
	size_t i = 0, n = 0;

	while (en[i] && n < 32) {
		size_t st = i, k;
		char s[32];

		while (isalpha((unsigned char)en[i]))
			i++;
		if (i - st >= 3 && !is_filler(en + st, i - st)) {
			k = stem_of(en + st, i - st, s);
			ids[n++] = intern_id(&lex.stems, s, k, 1);
		}
		if (i == st)
			i++;
	}
	return n;
}

/* Each single-word German term of one alternative, paired with the stems. */
static void
add_terms(char *de, const uint32_t *ids, size_t nids, struct pairs *ps)
{
	char *save = NULL, *term;

	for (term = strtok_r(de, ";", &save); term; term = strtok_r(NULL, ";", &save)) {
		size_t n, low_n = 0, i;
		uint8_t *low;
		uint32_t w;

		while (*term == ' ')
			term++;
		n = strlen(term);
		while (n > 0 && term[n - 1] == ' ')
			n--;
		if (n < 2 || memchr(term, ' ', n) != NULL)
			continue;
		low = u8_tolower((const uint8_t *)term, n, NULL, NULL, NULL, &low_n);
		if (low == NULL)
			continue;
		w = intern_id(&lex.words, (const char *)low, low_n, 1);
		free(low);
		for (i = 0; i < nids; i++) {
			ps->p = xgrow(ps->p, &ps->cap, ps->n + 1, sizeof(*ps->p));
			ps->p[ps->n].word = w;
			ps->p[ps->n++].stem = ids[i];
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

static int
compare_pairs(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->word != b->word)
		return a->word < b->word ? -1 : 1;
	return a->stem < b->stem ? -1 : a->stem > b->stem;
}

/* Sorts the pairs into per-word runs of unique stems. */
static void
index_pairs(struct pairs *ps)
{
	size_t i, n = 0;

	qsort(ps->p, ps->n, sizeof(*ps->p), compare_pairs);
	lex.start = xcalloc(lex.words.n + 2, sizeof(*lex.start));
	lex.stem_of = xmalloc((ps->n + 1) * sizeof(*lex.stem_of));
	for (i = 0; i < ps->n; i++) {
		if (n > 0 && ps->p[i].word == ps->p[i - 1].word && ps->p[i].stem == ps->p[i - 1].stem)
			continue;
		lex.stem_of[n++] = ps->p[i].stem;
		lex.start[ps->p[i].word + 1] = (uint32_t)n;
	}
	for (i = 1; i <= lex.words.n + 1; i++)
		if (lex.start[i] < lex.start[i - 1])
			lex.start[i] = lex.start[i - 1];
}

int
lexicon_load(const char *path, char **cause)
{
	FILE *f;
	char *line = NULL, *sde, *sen;
	size_t cap = 0;
	ssize_t n;
	struct pairs ps = { 0 };

	if (lex.loaded)
		return lex.loaded > 0 ? 0 : -1;
	if (path == NULL)
		path = getenv("TANDEM_DICTIONARY");
	if (path == NULL || *path == '\0')
		path = LEXICON_DEFAULT_PATH;
	if ((f = fopen(path, "r")) == NULL) {
		lex.loaded = -1;
		*cause = xasprintf("%s: no German-English dictionary (Debian package trans-de-en); "
		    "aligning by lengths, names and numbers only, which pairs less reliably", path);
		return -1;
	}
	sde = xmalloc(1 << 16);
	sen = xmalloc(1 << 16);
	while ((n = getline(&line, &cap, f)) > 0)
		if (n < (1 << 16))
			add_line(line, &ps, sde, sen);
	fclose(f);
	free(line);
	free(sde);
	free(sen);
	index_pairs(&ps);
	free(ps.p);
	lex.loaded = 1;
	return 0;
}

int
lexicon_ready(void)
{
	return lex.loaded > 0;
}

const uint32_t *
lexicon_translate(const char *word, size_t len, size_t *n)
{
	size_t low_n = 0, i;
	uint8_t *low;
	const uint32_t *found = NULL;

	*n = 0;
	if (lex.loaded <= 0 || (low = u8_tolower((const uint8_t *)word, len, NULL, NULL, NULL, &low_n)) == NULL)
		return NULL;
	for (i = 0; i <= ARRAY_SIZE(endings) && found == NULL; i++) {
		size_t k = i == 0 ? 0 : strlen(endings[i - 1]);
		uint32_t id;

		if (i > 0 && (low_n <= k + 2 || memcmp(low + low_n - k, endings[i - 1], k) != 0))
			continue;
		id = intern_id(&lex.words, (const char *)low, low_n - k, 0);
		if (id != 0 && lex.start[id + 1] > lex.start[id]) {
			found = lex.stem_of + lex.start[id];
			*n = lex.start[id + 1] - lex.start[id];
		}
	}
	free(low);
	return found;
}
