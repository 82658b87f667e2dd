/* Fuzz target: paragraph alignment (align_articles). The input is split
 * at the first form feed into a German and an English article. */
#include "config.h"

#include "fuzz.h"
#include "tandem/align.h"

/* Beads cover every paragraph of both sides once, in order. */
static void
check_beads(const struct alignment *al, const struct article *de, const struct article *en)
{
	size_t i, nde = 0, nen = 0;

	for (i = 0; i < al->nbeads; i++) {
		const struct bead *b = &al->beads[i];

		/* the kinds of bead: 1-0 and 0-1 up to 3-1, 2-2 and 1-3 */
		FUZZ_ASSERT(b->nde <= 3 && b->nen <= 3 && b->nde + b->nen > 0 && b->nde + b->nen <= 4);
		FUZZ_ASSERT(b->de == nde && b->en == nen);
		FUZZ_ASSERT(b->score >= 0 && b->score <= 1);
		nde += b->nde;
		nen += b->nen;
	}
	FUZZ_ASSERT(nde == de->nparagraphs && nen == en->nparagraphs);
	FUZZ_ASSERT(al->matched_de <= nde && al->matched_en <= nen);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *ff = memchr(data, '\f', size);
	size_t split = ff != NULL ? (size_t)(ff - data) : size / 2;
	struct article *de = fuzz_article("de", data, split);
	struct article *en = fuzz_article("en", data + split, size - split);
	struct alignment al;
	char *note = NULL;
	double cov;

	align_articles(de, en, &al, &note, NULL);
	check_beads(&al, de, en);
	cov = align_coverage(&al, de);
	FUZZ_ASSERT(cov >= 0 && cov <= 1);
	align_free(&al);
	free(note);
	article_free(de);
	article_free(en);
	return 0;
}
