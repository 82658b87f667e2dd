/* Wrapping by display columns: what a reader sees at a given width. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/text.h"
#include "tandem/wrap.h"
#include "tap.h"

/* Wraps s and checks that no line is wider than width and no text is lost. */
static size_t
wrap_checked(const char *s, int width, int flags, const char *name)
{
	struct wrap_line *l;
	size_t n = wrap_paragraph(s, strlen(s), width, flags, &l), i, kept = 0, spaces = 0;
	int widest = 0;

	for (i = 0; i < n; i++) {
		if (l[i].width > widest)
			widest = l[i].width;
		if (text_width(s + l[i].off, l[i].len) != l[i].width)
			widest = 1 << 20;
		kept += l[i].len;
	}
	for (i = 0; s[i]; i++)
		spaces += s[i] == ' ';
	ok(widest <= width, "%s: no line over %d columns", name, width);
	ok(kept + spaces >= strlen(s) && kept <= strlen(s), "%s: every character kept", name);
	free(l);
	return n;
}

/* Words for generated paragraphs: most are plain ASCII words (the fast
 * path's text), the rest what line breaking treats otherwise. */
static const char *const words[] = {
	"Minsk", "the", "President", "said", "Belarus", "2024", "20.", "March,", "and", "region;",
	"Kalmykia:", "ready!", "why?", "Zhukov", "of", "1,5", "3.14", "x", "A", "im", "Geiste",
	"Völker", "Straße", "Kalmückien,", "über", "„Das", "eint", "uns.“", "\"quoted\"", "'single'",
	"well-known", "Belarus-Russia", "-5", "10-15", "co-operation.", "(BelTA)", "[1]", "{x}",
	"and/or", "50%", "$100", "e.g.", "U.S.", "—", "–", "...", "it's", "#tag", "a+b", "@home",
	"x=1", "1/2", "Tel.:", "+375", "(17)", "222-33-44", "Jr.)", "O'Brien", "日本語", "😀",
};

/* A paragraph of n words from the seed, with single and double spaces. */
static size_t
make_paragraph(char *out, size_t cap, unsigned *seed, int ascii_only)
{
	size_t len = 0, k, n;

	*seed = *seed * 1103515245u + 12345u;
	n = 1 + (*seed >> 16) % 40;
	for (k = 0; k < n; k++) {
		const char *w;

		*seed = *seed * 1103515245u + 12345u;
		w = words[(*seed >> 16) % (ascii_only ? 21 : sizeof(words) / sizeof(words[0]))];
		if (len + strlen(w) + 3 >= cap)
			break;
		if (k > 0)
			out[len++] = ' ';
		if (k > 0 && (*seed >> 8) % 11 == 0)
			out[len++] = ' ';
		memcpy(out + len, w, strlen(w));
		len += strlen(w);
	}
	out[len] = '\0';
	return len;
}

/* Whether the fast path and libunistring's line breaking give the same lines. */
static int
same_lines(const char *s, size_t len, int width, int flags)
{
	struct wrap_line *fast, *slow;
	size_t nf, ns, i;
	int same;

	wrap_set_fast_path(1);
	nf = wrap_paragraph(s, len, width, flags, &fast);
	wrap_set_fast_path(0);
	ns = wrap_paragraph(s, len, width, flags, &slow);
	wrap_set_fast_path(1);
	same = nf == ns;
	for (i = 0; same && i < nf; i++)
		same = fast[i].off == slow[i].off && fast[i].len == slow[i].len && fast[i].width == slow[i].width;
	free(fast);
	free(slow);
	return same;
}

/* Many generated paragraphs, German, English, mixed, at many widths. */
static void
test_fast_path(void)
{
	static const int widths[] = { 1, 3, 7, 12, 20, 33, 50, 72, 80, 200 };
	char p[1024];
	unsigned seed = 7;
	size_t i, w, differ = 0, tried = 0;

	for (i = 0; i < 4000; i++) {
		size_t len = make_paragraph(p, sizeof p, &seed, i % 2 == 0);

		for (w = 0; w < sizeof(widths) / sizeof(widths[0]); w++, tried++)
			differ += !same_lines(p, len, widths[w], (int)(i % 3 == 0 ? WRAP_CUT_LONG : 0));
	}
	ok(differ == 0, "the fast path wraps %zu generated paragraphs and widths as libunistring does (%zu differ)",
	    tried, differ);
}

int
main(void)
{
	struct wrap_line *l;
	size_t n;
	const char *de = "Die Völker Kalmückiens und Belarus' standen sich im Geiste immer nahe, "
	    "sagte der Präsident über die große Straße.";

	n = wrap_paragraph("aaa bbb ccc", 11, 7, 0, &l);
	is_int((long)n, 2, "a trailing space does not push a word that fits to the next line");
	is_int(l[0].width, 7, "  'aaa bbb' is 7 columns");
	is_int((long)l[1].off, 8, "  the next line starts at the word, not the space");
	free(l);
	n = wrap_checked(de, 20, 0, "German with umlauts and ß at 20");
	n = wrap_paragraph("Kalmückien Kalmückien", strlen("Kalmückien Kalmückien"), 10, 0, &l);
	is_int((long)n, 2, "an umlaut counts one column: two 10-column words at width 10");
	free(l);
	wrap_checked("日本語のテキストを折り返す。漢字は二桁です。", 9, WRAP_CUT_LONG, "CJK at 9");
	n = wrap_paragraph("日本語", strlen("日本語"), 5, WRAP_CUT_LONG, &l);
	is_int(l[0].width, 4, "a double-width character never straddles the edge");
	free(l);
	wrap_checked("Emoji 😀😀😀 and 👍 mixed in", 8, WRAP_CUT_LONG, "emoji at 8");
	wrap_checked("Donaudampfschifffahrtsgesellschaftskapitän", 10, WRAP_CUT_LONG, "a long word cut");
	n = wrap_paragraph("Donaudampfschifffahrtsgesellschaftskapitän ist", 47, 10, 0, &l);
	is_int(l[0].width, 42, "without cutting, a long word stays whole");
	free(l);
	n = wrap_paragraph("", 0, 10, 0, &l);
	is_int((long)n, 1, "an empty paragraph is one empty line");
	free(l);
	n = wrap_paragraph("ae\xcc\x81" "e\xcc\x81" "e\xcc\x81", 9, 2, WRAP_CUT_LONG, &l);
	is_int((long)l[0].len, 4, "a combining mark stays on its letter when a word is cut");
	free(l);
	test_fast_path();
	return done_testing();
}
