/* wrap: paragraphs to lines by display width, where line breaking allows. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>

#include "tandem/text.h"
#include "tandem/util.h"
#include "tandem/wrap.h"

/* Whether wrap_paragraph() may take the fast path (tests compare both). */
static int fast_path = 1;

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
core_width(const char *s, size_t off, size_t end, int ascii)
{
	while (end > off && s[end - 1] == ' ')
		end--;
	return ascii ? (int)(end - off) : text_width(s + off, end - off);
}

static int
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * The common case without libunistring: words of ASCII letters and digits,
 * each followed by nothing but . , ; : ! or ?, with single or multiple
 * spaces between. Line breaking (UAX #14) allows a break there only after
 * the spaces (LB18), none inside a word (LB13, LB23, LB28) nor before a
 * space (LB7). Sets brk as u8_possible_linebreaks() would for the breaks
 * wrap_paragraph() looks at and returns 1; returns 0 for any other text.
 */
static int
ascii_breaks(const char *s, size_t len, char *brk)
{
	size_t i = 0;

	while (i < len) {
		size_t word = i;

		if (!is_alnum(s[i]))
			return 0;
		while (i < len && is_alnum(s[i]))
			brk[i++] = UC_BREAK_PROHIBITED;
		while (i < len && strchr(".,;:!?", s[i]) != NULL && s[i] != '\0')
			brk[i++] = UC_BREAK_PROHIBITED;
		if (i < len && s[i] != ' ')
			return 0;
		while (i < len && s[i] == ' ')
			brk[i++] = UC_BREAK_PROHIBITED;
		brk[word] = word > 0 ? UC_BREAK_POSSIBLE : UC_BREAK_PROHIBITED;
	}
	return 1;
}

void
wrap_set_fast_path(int on)
{
	fast_path = on;
}

size_t
wrap_paragraph(const char *s, size_t len, int width, int flags, struct wrap_line **lines)
{
	struct lines out = { 0 };
	char *brk = xmalloc(len + 1);
	size_t seg = 0, line = 0, i;
	int line_width = 0;	/* of s[line, seg), trailing spaces included */
	int ascii = fast_path && ascii_breaks(s, len, brk);

	if (width < 1)
		width = 1;
	if (!ascii)
		u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", brk);
	for (i = 1; i <= len; i++) {
		int seg_core, seg_full;

		if (i < len && brk[i] != UC_BREAK_POSSIBLE && brk[i] != UC_BREAK_MANDATORY)
			continue;
		seg_core = core_width(s, seg, i, ascii);
		seg_full = ascii ? (int)(i - seg) : text_width(s + seg, i - seg);
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
