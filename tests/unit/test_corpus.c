/* What the screen says while a big corpus loads: a line that fits any width. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/corpus.h"
#include "tandem/text.h"
#include "tap.h"

/* The progress line of done of total at width: is it want, and no wider? */
static void
check_progress(size_t done, size_t total, int width, const char *want)
{
	char *got = corpus_progress_line(CORPUS_READING, done, total, width, 1);

	is_str(got, want, "the progress line at width");
	ok(text_width(got, strlen(got)) <= width, "  %d columns at most", width);
	free(got);
}

static void
test_progress(void)
{
	int width;
	char *line;

	check_progress(256, 100000, 80, "reading 256/100,000 files (q stops)");
	check_progress(256, 100000, 35, "reading 256/100,000 files (q stops)");
	check_progress(256, 100000, 34, "reading 256/100,000 files");
	check_progress(256, 100000, 24, "256/100,000 files");
	check_progress(256, 100000, 16, "256/100,000");
	check_progress(256, 100000, 11, "256/100,000");
	check_progress(256, 100000, 8, "256/100…");
	check_progress(256, 100000, 1, "…");
	check_progress(256, 100000, 0, "");
	line = corpus_progress_line(CORPUS_READING, 256, 100000, 80, 0);
	is_str(line, "reading 256/100,000 files", "  without \"q stops\" where q does not stop (--list)");
	free(line);
	line = corpus_progress_line(CORPUS_GROUPING, 100000, 100000, 80, 1);
	is_str(line, "grouping 100,000 articles", "then the grouping");
	free(line);
	for (width = 0; width <= 50; width++) {
		line = corpus_progress_line(CORPUS_READING, 99999, 100000, width, 1);
		if (!ok(text_width(line, strlen(line)) <= width, "99999 of 100000 fits %d columns", width))
			printf("#   got \"%s\"\n", line);
		free(line);
	}
}

int
main(void)
{
	test_progress();
	return done_testing();
}
