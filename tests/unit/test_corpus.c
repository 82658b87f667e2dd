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
	char *got = corpus_progress_line(done, total, width);

	is_str(got, want, "the progress line at width");
	ok(text_width(got, strlen(got)) <= width, "  %d columns at most", width);
	free(got);
}

static void
test_progress(void)
{
	int width;
	char *line;

	check_progress(256, 100000, 80, "Reading articles: 256 of 100000 (q stops)");
	check_progress(256, 100000, 41, "Reading articles: 256 of 100000 (q stops)");
	check_progress(256, 100000, 40, "Reading articles: 256 of 100000");
	check_progress(256, 100000, 28, "256 of 100000 articles");
	check_progress(256, 100000, 20, "256/100000");
	check_progress(256, 100000, 10, "256/100000");
	check_progress(256, 100000, 8, "256/100…");
	check_progress(256, 100000, 1, "…");
	check_progress(256, 100000, 0, "");
	for (width = 0; width <= 50; width++) {
		line = corpus_progress_line(99999, 100000, width);
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
