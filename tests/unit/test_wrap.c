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
	return done_testing();
}
