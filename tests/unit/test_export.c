/* Export: the text a user gets and the file name offered. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/article.h"
#include "tandem/export.h"
#include "tap.h"


static void
test_filenames(void)
{
	const char *text = "MINSK, 18. November (BelTA) - Belarus und das Gebiet Smolensk. Der Gouverneur "
	    "des Gebiets Smolensk Wassili Anochin kam.";
	struct article *a = article_parse("x", text, strlen(text)), *b;
	char *name = export_filename(a);

	is_str(name, "11-18_smolensk_de.txt", "file name from date, region and language");
	free(name);
	a->date.year = 2024;
	name = export_filename(a);
	is_str(name, "2024-11-18_smolensk_de.txt", "  with the year when it is known");
	free(name);
	a->lang = LANG_DE;
	text = "Belarus and Smolensk Region. Governor Vasily Anokhin came.";
	b = article_parse("y", text, strlen(text));
	b->lang = LANG_EN;
	name = export_pair_filename(a, b);
	is_str(name, "2024-11-18_smolensk_de-en_y.txt", "a pair's file name: the German one's, de-en, the English one's name");
	free(name);
	article_free(b);
	free(a->region);
	a->region = strdup("Nischni Nowgorod/Ost");
	name = export_filename(a);
	is_str(name, "2024-11-18_nischni-nowgorod-ost_de.txt", "  spaces become dashes, no slash");
	free(name);
	free(a->region);
	a->region = strdup("-Ärger");
	a->date.month = 0;
	name = export_filename(a);
	is_str(name, "ärger_de.txt", "  umlauts kept, never a leading dash");
	free(name);
	article_free(a);
}

static void
test_text(void)
{
	const char *text = "Title line\n\nFirst paragraph with some words.\n\nSecond.";
	struct article *a = article_parse("x", text, strlen(text));
	struct buf b = { 0 };

	export_article(a, 0, &b);
	ok(strncmp(b.data, "Title: Title line\nDate: -\n", 26) == 0, "export starts with a header");
	ok(strstr(b.data, "\n\nFirst paragraph with some words.\n\nSecond.\n") != NULL,
	    "  then the paragraphs separated by blank lines");
	buf_free(&b);
	export_article(a, 12, &b);
	ok(strstr(b.data, "\n\nFirst\nparagraph\nwith some\nwords.\n") != NULL, "  wrapped at 12 columns");
	ok(strncmp(b.data, "Title: Title\nline\nDate: -\n", 26) == 0, "  the header too: \"Title: Title\", \"line\"");
	buf_free(&b);
	article_free(a);
}


int
main(void)
{
	test_filenames();
	test_text();
	return done_testing();
}
