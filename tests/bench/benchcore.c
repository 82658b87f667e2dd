/*
 * benchcore: the costs the command line cannot show, measured on the core.
 *
 * benchcore scroll KB: builds an article of about KB kilobytes, lays it out
 * once (as the reader does) and times moving the top line down by one, the
 * work of one scroll keystroke: the position of the new top line and the
 * text of a screenful of rows. Prints nanoseconds per keystroke.
 * benchcore wrap FILE WIDTH: wraps every line of FILE at WIDTH columns with
 * wrap_paragraph() (as --export does) and prints MB/s and the widest line.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tandem/article.h"
#include "tandem/layout.h"
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

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "scroll") == 0)
		return bench_scroll((size_t)atol(argv[2]));
	if (argc == 4 && strcmp(argv[1], "wrap") == 0)
		return bench_wrap(argv[2], atoi(argv[3]));
	fputs("usage: benchcore scroll KB | benchcore wrap FILE WIDTH\n", stderr);
	return 2;
}
