/* rank: a meeting's English articles ordered by how much of the German
 * one each covers. */
#include "config.h"

#include <stdlib.h>

#include "tandem/align.h"
#include "tandem/corpus.h"
#include "tandem/rank.h"
#include "tandem/util.h"

struct ranked {
	size_t article;
	double coverage;
};

static int
compare_ranked(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;

	if (a->coverage != b->coverage)
		return a->coverage < b->coverage ? 1 : -1;
	return a->article < b->article ? -1 : a->article > b->article;
}

int
meeting_rank(struct corpus *c, size_t mi, char **note, const struct stop *stop)
{
	struct meeting *m = &c->meetings.list[mi];
	struct ranked *r;
	size_t k, first_en, n;
	char *opened;
	int rc = 0;

	if (m->ranked)
		return 0;
	for (first_en = 0; first_en < m->narticles && c->articles[m->articles[first_en]]->lang != LANG_EN; first_en++)
		;
	n = m->narticles - first_en;
	if (n == 0 || c->articles[m->articles[0]]->lang != LANG_DE) {
		m->ranked = 1;
		return 0;
	}
	r = xmalloc(n * sizeof(*r));
	opened = xcalloc(m->narticles, 1);
	for (k = 0; k < m->narticles; k++)	/* text this reads, it lets go of */
		opened[k] = c->articles[m->articles[k]]->paragraphs == NULL &&
		    (k == 0 || k >= first_en) && corpus_text(c, c->articles[m->articles[k]], NULL) == 0;
	for (k = 0; k < n && rc == 0; k++) {
		struct alignment al;

		r[k].article = m->articles[first_en + k];
		rc = align_articles(c->articles[m->articles[0]], c->articles[r[k].article], &al, note, stop);
		r[k].coverage = align_coverage(&al, c->articles[m->articles[0]]);
		align_free(&al);
	}
	for (k = 0; k < m->narticles; k++)
		if (opened[k])
			article_release_text(c->articles[m->articles[k]]);
	free(opened);
	if (rc == 0) {
		qsort(r, n, sizeof(*r), compare_ranked);
		for (k = 0; k < n; k++)
			m->articles[first_en + k] = r[k].article;
		m->coverage = r[0].coverage;
		m->ranked = 1;
	}
	free(r);
	return rc;
}
