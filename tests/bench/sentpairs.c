/*
 * sentpairs DIR DOC...: for each DOC, aligns DIR/DOC_de.txt with
 * DIR/DOC_en.txt as --align --sentences does and prints one line per
 * sentence bead: DOC, the German sentences, the English ones, each side's
 * sentences joined by the byte 0x1F. sentscore reads it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include "tandem/align.h"
#include "tandem/corpus.h"
#include "tandem/sentence.h"

static void
print_side(const struct article *a, const struct sentence *ss, size_t first, size_t n)
{
	size_t k;

	for (k = first; k < first + n; k++) {
		const struct paragraph *p = &a->paragraphs[ss[k].paragraph];

		printf("%s%.*s", k > first ? "\x1f" : "", (int)(ss[k].end - ss[k].start), p->text + ss[k].start);
	}
}

static struct article *
read_side(const char *dir, const char *doc, const char *lang)
{
	char path[4096], name[1024], *cause = NULL;
	struct article *a;

	snprintf(name, sizeof(name), "%s_%s", doc, lang);
	snprintf(path, sizeof(path), "%s/%s.txt", dir, name);
	if ((a = corpus_read_article(path, name, &cause)) == NULL) {
		fprintf(stderr, "sentpairs: %s: %s\n", path, cause ? cause : "unreadable");
		exit(1);
	}
	return a;
}

int
main(int argc, char **argv)
{
	int i;

	if (argc < 3) {
		fprintf(stderr, "usage: sentpairs DIR DOC...\n");
		return 2;
	}
	for (i = 2; i < argc; i++) {
		struct article *de = read_side(argv[1], argv[i], "de"), *en = read_side(argv[1], argv[i], "en");
		struct sentence *ds, *es;
		size_t nds = sentence_article(de, &ds), nes = sentence_article(en, &es), b;
		struct alignment sa;

		sentence_align(de, ds, nds, en, es, nes, &sa, NULL, NULL);
		for (b = 0; b < sa.nbeads; b++) {
			printf("%s\t", argv[i]);
			print_side(de, ds, sa.beads[b].de, sa.beads[b].nde);
			putchar('\t');
			print_side(en, es, sa.beads[b].en, sa.beads[b].nen);
			putchar('\n');
		}
		align_free(&sa);
		free(ds);
		free(es);
		article_free(de);
		article_free(en);
	}
	return 0;
}
