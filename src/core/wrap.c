/* wrap: paragraphs to lines by display width, where line breaking allows. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>

#include "tandem/text.h"
#include "tandem/util.h"
#include "tandem/wrap.h"

struct lines {
	struct wrap_line *l;
	size_t n, cap;
};

static void
emit(struct lines *out, const char *s, size_t off, size_t end)
{
	while (end > off && s[end - 1] == ' ')
		end--;
	out->l = xgrow(out->l, &out->cap, out->n + 1, sizeof(*out->l));
	out->l[out->n].off = off;
	out->l[out->n].len = end - off;
	out->l[out->n].width = text_width(s + off, end - off);
	out->n++;
}

/* Cuts a word wider than the line between characters; returns where the
 * last piece (which fits) starts. Each piece is measured once, so a word
 * of a megabyte costs no more than its length. */
static size_t
cut_long(struct lines *out, const char *s, size_t off, size_t end, int width)
{
	for (;;) {
		size_t fit = text_fit(s + off, end - off, width, NULL);
		uint32_t c;

		if (fit == end - off)
			return off;
		if (fit == 0)
			fit = (size_t)text_char_len(s + off, end - off, &c);
		emit(out, s, off, off + fit);
		off += fit;
	}
}

/* Width of s[off, end) without its trailing spaces. */
static int
core_width(const char *s, size_t off, size_t end)
{
	while (end > off && s[end - 1] == ' ')
		end--;
	return text_width(s + off, end - off);
}

size_t
wrap_paragraph(const char *s, size_t len, int width, int flags, struct wrap_line **lines)
{
	struct lines out = { 0 };
	char *brk = xmalloc(len + 1);
	size_t seg = 0, line = 0, i;
	int line_width = 0;	/* of s[line, seg), trailing spaces included */

	if (width < 1)
		width = 1;
	u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", brk);
	for (i = 1; i <= len; i++) {
		int seg_core, seg_full;

		if (i < len && brk[i] != UC_BREAK_POSSIBLE && brk[i] != UC_BREAK_MANDATORY)
			continue;
		seg_core = core_width(s, seg, i);
		seg_full = text_width(s + seg, i - seg);
		if (line_width + seg_core > width && line < seg) {
			emit(&out, s, line, seg);
			line = seg;
			line_width = 0;
		}
		if (line == seg && seg_core > width && (flags & WRAP_CUT_LONG)) {
			line = cut_long(&out, s, seg, i, width);
			line_width = text_width(s + line, i - line);
		} else {
			line_width += seg_full;
		}
		seg = i;
	}
	if (line < len || out.n == 0)
		emit(&out, s, line, len);
	free(brk);
	*lines = out.l;
	return out.n;
}
