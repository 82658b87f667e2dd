/* Export: the text a user gets, the file name offered, and safe writing. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tandem/article.h"
#include "tandem/export.h"
#include "tap.h"

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	static char buf[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int
count_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

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

static void
test_writing(void)
{
	char dir[] = "/tmp/tandem-export-XXXXXX", path[256], *cause = NULL;

	if (mkdtemp(dir) == NULL)
		return;
	snprintf(path, sizeof(path), "%s/out.txt", dir);
	is_int(export_write_file(path, "new\n", 4, 0, &cause), 0, "a new file is written");
	is_str(slurp(path), "new\n", "  with the text");
	is_int(export_write_file(path, "other\n", 6, 0, &cause), -1, "an existing file is refused");
	ok(cause && strstr(cause, "file exists") != NULL, "  saying why: %s", cause ? cause : "");
	free(cause);
	cause = NULL;
	is_str(slurp(path), "new\n", "  and left as it was");
	is_int(count_files(dir), 1, "  no temporary file left behind");
	is_int(export_write_file(path, "forced\n", 7, 1, &cause), 0, "with force it is replaced");
	is_str(slurp(path), "forced\n", "  by the new text");
	snprintf(path, sizeof(path), "%s/missing/out.txt", dir);
	is_int(export_write_file(path, "x", 1, 0, &cause), -1, "a missing folder fails");
	ok(cause && strstr(cause, "missing/out.txt") != NULL && strstr(cause, "No such file") != NULL,
	    "  naming the file and the reason: %s", cause ? cause : "");
	free(cause);
	is_int(count_files(dir), 1, "  and leaves nothing");
	snprintf(path, sizeof(path), "rm -rf %s", dir);
	if (system(path) != 0)
		printf("# could not remove %s\n", dir);
}

int
main(void)
{
	test_filenames();
	test_text();
	test_writing();
	return done_testing();
}
