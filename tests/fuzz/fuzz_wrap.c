/* Fuzz target: wrapping (wrap_paragraph) and the panes' layout
 * (layout_build), at a width taken from the input; the fast path and
 * libunistring's line breaking must give the same lines. */
#include "config.h"

#include "fuzz.h"
#include "tandem/layout.h"
#include "tandem/wrap.h"

/* Lines cover the paragraph in order, start on character boundaries and,
 * when long words are cut, fit (but for one character wider than the line). */
static void
check_lines(const char *s, size_t len, int width, int flags, const struct wrap_line *l, size_t n)
{
	size_t i, end = 0;

	FUZZ_ASSERT(n >= 1);
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT(l[i].off >= end && l[i].off + l[i].len <= len);
		FUZZ_ASSERT(l[i].off == len || (s[l[i].off] & 0xC0) != 0x80);
		FUZZ_ASSERT(l[i].width == text_width(s + l[i].off, l[i].len) + (l[i].hyphen != 0));
		if (flags & WRAP_CUT_LONG)
			FUZZ_ASSERT(l[i].width <= width || text_fit(s + l[i].off, l[i].len, width, NULL) == 0);
		FUZZ_ASSERT(s[l[i].off + l[i].len - (l[i].len > 0)] != ' ' || l[i].len == 0);
		end = l[i].off + l[i].len;
	}
}

/* The lines of the general path, the fast path off, are the same. */
static void
check_same_as_general(const char *s, size_t len, int width, int flags, const struct wrap_line *l, size_t n)
{
	struct wrap_line *general;
	size_t i, ng;

	wrap_set_fast_path(0);
	ng = wrap_paragraph(s, len, width, flags, &general);
	wrap_set_fast_path(1);
	FUZZ_ASSERT(ng == n);
	for (i = 0; i < n; i++)
		FUZZ_ASSERT(general[i].off == l[i].off && general[i].len == l[i].len &&
		    general[i].width == l[i].width);
	free(general);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int width = size > 0 ? 1 + data[0] % 120 : 1;
	struct article *a = fuzz_article("fuzz", data + (size > 0), size - (size > 0));
	struct layout l;
	size_t i;

	for (i = 0; i < a->nparagraphs; i++) {
		const struct paragraph *p = &a->paragraphs[i];
		struct wrap_line *lines;
		int flags;

		for (flags = 0; flags <= WRAP_CUT_LONG; flags += WRAP_CUT_LONG) {
			size_t n = wrap_paragraph(p->text, p->len, width, flags, &lines);

			check_lines(p->text, p->len, width, flags, lines, n);
			check_same_as_general(p->text, p->len, width, flags, lines, n);
			free(lines);
		}
	}
	layout_build(&l, a, width);
	for (i = 0; i < l.nlines; i++)
		FUZZ_ASSERT(layout_row_of(&l, layout_pos_at(&l, i)) == i);
	layout_free(&l);
	article_free(a);
	return 0;
}
