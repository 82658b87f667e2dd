/*
 * benchcore: the costs the command line cannot show, measured on the core.
 *
 * benchcore scroll KB: builds an article of about KB kilobytes, lays it out
 * once (as the reader does) and times moving the top line down by one, the
 * work of one scroll keystroke: the position of the new top line and the
 * text of a screenful of rows. Prints nanoseconds per keystroke.
 * benchcore wrap FILE WIDTH: wraps every line of FILE at WIDTH columns with
 * wrap_paragraph() (as --export does) and prints MB/s and the widest line.
 * benchcore search FILE QUERY: folds every line of FILE as a paragraph, in
 * articles of 16 lines, and tests each for QUERY as --grep does
 * (search_article_new_for, search_paragraph_has), then as the reader does
 * (search_article_new, search_find); prints MB/s of each and the counts.
 * benchcore lexicon FILE...: the German content words of the articles in
 * FILEs (four letters or more, not a function word, not a number) and the
 * share of them the dictionary finds an entry for, as alignment asks it.
 * benchcore align N: two made-up articles of N paragraphs each (about 75
 * bytes a paragraph; the English one lacks every 40th and has one of its
 * own every 50th), aligned as the reader does; prints the seconds, the
 * peak memory of the process, how many German paragraphs were paired, and
 * the longest stretch of work between two questions to stop (how long a
 * key waits while the list ranks meetings).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include "tandem/align.h"
#include "tandem/article.h"
#include "tandem/corpus.h"
#include "tandem/fold.h"
#include "tandem/lexicon.h"
#include "tandem/layout.h"
#include "tandem/search.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tandem/wrap.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int
bench_scroll(size_t kb)
{
	static const char para[] = "Alexander Lukaschenko betonte, dass trotz der Entfernung, die Belarus und "
	    "Kalmückien trennt, die Völker sich im Geiste, in der gemeinsamen Geschichte und Erziehung "
	    "immer nahe standen. „Das eint uns und macht uns stärker.“\n";
	struct buf b = { 0 };
	struct article *a;
	struct layout lay, *l = &lay;
	size_t row, rows, k, sink = 0;
	double t0;

	for (k = 0; b.len < kb * 1024; k++)	/* numbered: repeats would be dropped */
		buf_printf(&b, "%zu. %s", k + 1, para);
	a = article_parse("bench", b.data, b.len);
	layout_build(l, a, 80);
	rows = l->nlines > 100050 ? 100000 : l->nlines > 50 ? l->nlines - 50 : 0;
	t0 = now();
	for (row = 0; row < rows; row++) {
		struct layout_pos pos;

		pos = layout_pos_at(l, row + 1);
		for (k = 0; k < 40; k++)
			sink += (size_t)layout_text(l, layout_row_of(l, pos) + k)[0];
	}
	printf("%zu KB, %zu lines: %.0f ns per scroll keystroke (%zu)\n", b.len / 1024, l->nlines,
	    (now() - t0) * 1e9 / (double)rows, sink % 2);
	layout_free(l);
	article_free(a);
	buf_free(&b);
	return 0;
}

static int
bench_wrap(const char *path, int width)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, bytes = 0, i, n;
	ssize_t len;
	int widest = 0;
	double t0 = now();

	if (f == NULL)
		return 1;
	while ((len = getline(&line, &cap, f)) > 0) {
		struct wrap_line *wl;

		if (line[len - 1] == '\n')
			line[--len] = '\0';
		n = wrap_paragraph(line, (size_t)len, width, 0, &wl);
		for (i = 0; i < n; i++)
			if (wl[i].width > widest)
				widest = wl[i].width;
		free(wl);
		bytes += (size_t)len + 1;
	}
	printf("%.1f MB/s, widest line %d columns\n", (double)bytes / 1e6 / (now() - t0), widest);
	free(line);
	fclose(f);
	return 0;
}

/* The lines of FILE, cleaned, as articles of up to 16 paragraphs each. */
static size_t
search_articles(const char *path, struct article **arts, size_t max, char **text, size_t *bytes)
{
	FILE *f = fopen(path, "r");
	struct buf raw = { 0 };
	char chunk[65536], *line, *nl;
	size_t n, len, na = 0;
	unsigned repairs;

	if (f == NULL)
		return 0;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&raw, chunk, n);
	fclose(f);
	*text = text_clean((const uint8_t *)raw.data, raw.len, &len, &repairs);
	*bytes = len;
	buf_free(&raw);
	for (line = *text; line < *text + len && na < max; line = nl + 1) {
		struct article *a;

		nl = memchr(line, '\n', (size_t)(*text + len - line));
		if (nl == NULL)
			nl = *text + len;
		if (na == 0 || arts[na - 1]->nparagraphs == 16) {
			arts[na] = xcalloc(1, sizeof **arts);
			arts[na++]->paragraphs = xcalloc(16, sizeof(struct paragraph));
		}
		a = arts[na - 1];
		a->paragraphs[a->nparagraphs].text = line;
		a->paragraphs[a->nparagraphs++].len = (size_t)(nl - line);
	}
	return na;
}

static int
bench_search(const char *path, const char *query)
{
	static struct article *arts[1 << 20];
	struct search_query q;
	size_t na, bytes = 0, i, p, lines = 0, found = 0;
	char *text = NULL;
	double t0, grep, reader;

	na = search_articles(path, arts, ARRAY_SIZE(arts), &text, &bytes);
	if (na == 0 || search_query_init(&q, query, strlen(query)) < 0)
		return 1;
	t0 = now();
	for (i = 0; i < na; i++) {
		struct search_article *sa = search_article_new_for(arts[i], &q);

		for (p = 0; p < arts[i]->nparagraphs; p++)
			lines += (size_t)search_paragraph_has(sa, p, &q);
		search_article_free(sa);
	}
	grep = now() - t0;
	t0 = now();
	for (i = 0; i < na; i++) {
		struct search_article *sa = search_article_new(arts[i]);
		struct search_match *m;

		found += search_find(sa, &q, &m);
		free(m);
		search_article_free(sa);
	}
	reader = now() - t0;
	printf("--grep: %.1f MB/s, %zu lines; reader: %.1f MB/s, %zu matches\n",
	    (double)bytes / 1e6 / grep, lines, (double)bytes / 1e6 / reader, found);
	for (i = 0; i < na; i++) {
		free(arts[i]->paragraphs);
		free(arts[i]);
	}
	search_query_free(&q);
	free(text);
	return 0;
}

static int
bench_lexicon(char **files, int n)
{
	size_t words = 0, found = 0, i, pos, st, wl;
	uint32_t trans[LEXICON_MAX_TRANS];
	char *cause = NULL;
	int f;

	if (lexicon_load(NULL, &cause, NULL) < 0) {
		fprintf(stderr, "benchcore: %s\n", cause);
		free(cause);
		return 1;
	}
	for (f = 0; f < n; f++) {
		struct article *a = corpus_read_article(files[f], files[f], &cause);

		if (a == NULL || a->lang != LANG_DE) {
			free(cause);
			cause = NULL;
			article_free(a);
			continue;
		}
		for (i = 0; i < a->nparagraphs; i++)
			for (pos = 0; text_next_word(a->paragraphs[i].text, a->paragraphs[i].len, &pos, &st, &wl);) {
				const char *w = a->paragraphs[i].text + st;

				if (text_is_number(w, wl) || text_chars(w, wl) < 4 || fold_is_function_word(w, wl, LANG_DE))
					continue;
				words++;
				found += lexicon_translate(w, wl, trans, LEXICON_MAX_TRANS) > 0;
			}
		article_free(a);
	}
	printf("%zu German content words, %zu with a dictionary entry: %.3f\n", words, found,
	    words ? (double)found / (double)words : 0);
	return 0;
}

/* The longest time between two questions to stop, for bench_align. */
struct gaps {
	double last, longest;
};

static int
note_gap(void *arg)
{
	struct gaps *g = arg;
	double t = now();

	if (t - g->last > g->longest)
		g->longest = t - g->last;
	g->last = t;
	return 0;
}

static int
bench_align(size_t n)
{
	static const char *const names[][2] = {
		{ "Chassikow", "Khasikov" }, { "Schukow", "Zhukov" }, { "Worobjow", "Vorobyov" },
		{ "Anochin", "Anokhin" }, { "Demeschin", "Demeshin" },
	};
	struct buf d = { 0 }, e = { 0 };
	struct article *de, *en;
	struct alignment al;
	struct rusage ru;
	char *note = NULL;
	size_t i;
	double t0;
	struct gaps gaps = { 0, 0 };
	struct stop stop = { note_gap, &gaps };

	for (i = 0; i < n; i++) {
		size_t k = i % 5;

		buf_printf(&d, "Gouverneur %s nannte %zu Traktoren%s.\n", names[k][0], 7 * i + 3,
		    i % 3 ? " und Lieferungen nach Minsk" : "");
		if (i % 40 != 39)
			buf_printf(&e, "Governor %s named %zu tractors%s.\n", names[k][1], 7 * i + 3,
			    i % 3 ? " and deliveries to Minsk" : "");
		if (i % 50 == 25)
			buf_printf(&e, "The weather in Minsk was sunny on day %zu.\n", 90000 + i);
	}
	de = article_parse("de", d.data, d.len);
	en = article_parse("en", e.data, e.len);
	buf_free(&d);
	buf_free(&e);
	t0 = now();
	if (lexicon_load(NULL, &note, NULL) == 0)
		printf("dictionary loaded in %.3f s\n", now() - t0);
	gaps.last = t0 = now();
	align_articles(de, en, &al, &note, &stop);
	note_gap(&gaps);
	getrusage(RUSAGE_SELF, &ru);
	printf("%zu and %zu paragraphs: %.3f s, peak %ld MB, %zu German paragraphs paired%s; "
	    "longest work between two questions to stop %.1f ms\n", de->nparagraphs, en->nparagraphs, now() - t0,
	    ru.ru_maxrss / 1024, al.matched_de, al.by_lengths ? " (by lengths and anchors only)" : "",
	    gaps.longest * 1000);
	free(note);
	align_free(&al);
	article_free(de);
	article_free(en);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "scroll") == 0)
		return bench_scroll((size_t)atol(argv[2]));
	if (argc == 4 && strcmp(argv[1], "wrap") == 0)
		return bench_wrap(argv[2], atoi(argv[3]));
	if (argc == 4 && strcmp(argv[1], "search") == 0)
		return bench_search(argv[2], argv[3]);
	if (argc == 3 && strcmp(argv[1], "align") == 0)
		return bench_align((size_t)atol(argv[2]));
	if (argc >= 3 && strcmp(argv[1], "lexicon") == 0)
		return bench_lexicon(argv + 2, argc - 2);
	fputs("usage: benchcore scroll KB | benchcore wrap FILE WIDTH | benchcore search FILE QUERY\n"
	    "       benchcore lexicon FILE... | benchcore align N\n", stderr);
	return 2;
}
