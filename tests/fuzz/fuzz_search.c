/* Fuzz target: search folding and matching (search_query_init,
 * search_article_new, search_find). The first line of the input is the
 * query, the rest the article. */
#include "config.h"

#include "fuzz.h"
#include "tandem/search.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t qlen = nl != NULL ? (size_t)(nl - data) : size, n, i;
	struct article *a = fuzz_article("fuzz", data + qlen, size - qlen);
	struct search_article *sa = search_article_new(a);
	struct search_query q;
	struct search_match *m = NULL;

	if (search_query_init(&q, (const char *)data, qlen) == 0) {
		n = search_find(sa, &q, &m);
		for (i = 0; i < n; i++) {
			int in_title = m[i].para == SEARCH_TITLE;
			const char *text = in_title ? article_headline(a) : NULL;
			size_t len;

			FUZZ_ASSERT(in_title ? text != NULL : m[i].para < a->nparagraphs);
			if (!in_title)
				text = a->paragraphs[m[i].para].text;
			len = in_title ? strlen(text) : a->paragraphs[m[i].para].len;
			FUZZ_ASSERT(m[i].len > 0 && m[i].off + m[i].len <= len);
			FUZZ_ASSERT((text[m[i].off] & 0xC0) != 0x80);
			FUZZ_ASSERT(m[i].off + m[i].len == len || (text[m[i].off + m[i].len] & 0xC0) != 0x80);
			FUZZ_ASSERT(i == 0 || (m[i - 1].para == SEARCH_TITLE && !in_title) ||
			    (m[i - 1].para == m[i].para ? m[i - 1].off + m[i - 1].len <= m[i].off :
			    m[i - 1].para < m[i].para && !in_title));
			FUZZ_ASSERT(search_paragraph_has(sa, m[i].para, &q));
		}
		FUZZ_ASSERT((n > 0) == search_article_has(sa, &q));
		free(m);
		search_query_free(&q);
	}
	search_article_free(sa);
	article_free(a);
	return 0;
}
