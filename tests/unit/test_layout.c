/* test_layout: paragraphs to pane lines, and the reading position. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/layout.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tap.h"

/* An article made of the given paragraphs (borrowed strings). */
static struct article *
make_article(const char *const *texts, size_t n)
{
	struct article *a = calloc(1, sizeof *a);
	size_t i;

	a->paragraphs = calloc(n, sizeof *a->paragraphs);
	a->nparagraphs = n;
	for (i = 0; i < n; i++) {
		a->paragraphs[i].text = (char *)texts[i];
		a->paragraphs[i].len = strlen(texts[i]);
	}
	return a;
}

static void
free_article(struct article *a)
{
	free(a->paragraphs);
	free(a);
}

/* 1 when only spaces lie in s[from, to). */
static int
only_spaces(const char *s, size_t from, size_t to)
{
	for (; from < to; from++)
		if (s[from] != ' ')
			return 0;
	return 1;
}

/* A line that is well formed: fits, measured right, starts on a letter. */
static int
line_ok(const struct layout *l, size_t row, size_t *next)
{
	const struct layout_line *line = &l->lines[row];
	const struct paragraph *p = &l->article->paragraphs[line->para];
	uint32_t uc = 0;

	if (line->blank)
		return line->len == 0 && line->para + 1 < l->article->nparagraphs;
	if (line->off < *next || !only_spaces(p->text, *next, line->off))
		return 0;
	*next = line->off + line->len;
	if (line->width > l->width || line->width != text_width(p->text + line->off, line->len))
		return 0;
	if (line->len > 0) {
		text_char_len(p->text + line->off, line->len, &uc);
		if (text_char_width(uc) == 0)
			return 0;
	}
	return *next <= p->len;
}

/* Every line of l is well formed and together they hold every word. */
static int
layout_ok(const struct layout *l)
{
	size_t row, next = 0, para = 0;

	for (row = 0; row < l->nlines; row++) {
		if (l->lines[row].para != para) {
			if (!only_spaces(l->article->paragraphs[para].text, next,
			    l->article->paragraphs[para].len))
				return 0;
			para = l->lines[row].para;
			next = 0;
		}
		if (!line_ok(l, row, &next))
			return 0;
	}
	return 1;
}

/* The display line row as a new string. */
static char *
line_text(const struct layout *l, size_t row)
{
	return xstrndup(layout_text(l, row), l->lines[row].len);
}

static void
test_wrap_at(const char *what, const char *text, int width, size_t want_lines)
{
	const char *texts[] = { text };
	struct article *a = make_article(texts, 1);
	struct layout l;

	layout_build(&l, a, width);
	ok(layout_ok(&l), "%s at %d columns: lines fit and hold every character", what, width);
	if (want_lines > 0)
		is_int((long)l.nlines, (long)want_lines, "  and make the expected number of lines");
	layout_free(&l);
	free_article(a);
}

static void
test_umlauts(void)
{
	const char *texts[] = { "Kalmückien Größe äöü ÄÖÜ" };
	struct article *a = make_article(texts, 1);
	struct layout l;
	char *s;

	layout_build(&l, a, 10);
	is_int((long)l.nlines, 3, "umlauts count one column each: 3 lines at 10 columns");
	s = line_text(&l, 0);
	is_str(s, "Kalmückien", "first line holds the whole word Kalmückien (10 columns)");
	free(s);
	s = line_text(&l, 1);
	is_str(s, "Größe äöü", "ß and umlauts stay whole");
	free(s);
	layout_free(&l);
	free_article(a);
}

static void
test_wide(void)
{
	const char *texts[] = { "日本語日本語 😀😀😀" };
	struct article *a = make_article(texts, 1);
	struct layout l;
	size_t row;
	int even = 1;

	layout_build(&l, a, 5);
	ok(layout_ok(&l), "CJK and emoji at 5 columns: lines fit");
	for (row = 0; row < l.nlines; row++)
		even &= l.lines[row].width % 2 == 0 && l.lines[row].width <= 4;
	ok(even, "no double-width character straddles the edge (every line 2 or 4 columns)");
	layout_free(&l);
	free_article(a);
}

static void
test_paragraphs(void)
{
	const char *texts[] = { "eins zwei", "", "drei" };
	struct article *a = make_article(texts, 3);
	struct layout l;

	layout_build(&l, a, 40);
	is_int((long)l.nlines, 5, "three paragraphs: 3 text lines and 2 blank lines between");
	ok(l.lines[1].blank && l.lines[3].blank && !l.lines[4].blank,
	    "blank lines between paragraphs, none after the last");
	is_int((long)layout_row_of(&l, layout_pos_at(&l, 3)), 3,
	    "the blank line after an empty paragraph is found again");
	layout_free(&l);
	free_article(a);
}

static const char *const story[] = {
	"MINSK, 20. März (BelTA) - Bei einem Treffen mit dem Oberhaupt der Republik "
	"Kalmückien Batu Chassikow hat der belarussische Präsident die Intensivierung "
	"der Kontakte festgestellt.",
	"Alexander Lukaschenko betonte, dass trotz der Entfernung, die Belarus und "
	"Kalmückien trennt, die Völker sich im Geiste immer nahe standen.",
	"Die Kontakte zu Kalmückien werden nach den Worten des Präsidenten immer "
	"intensiver. Der Austausch von Delegationsbesuchen im September 2022 hat "
	"dem einen zusätzlichen Impuls gegeben.",
	"Wir haben viele Produkte für Ihre Region anzubieten.",
};

/* The top paragraph stays on top through widths 30 → 12 → 70 → 30. */
static void
test_position_kept(void)
{
	struct article *a = make_article(story, ARRAY_SIZE(story));
	static const int widths[] = { 12, 70, 4, 30 };
	struct layout l, m;
	struct layout_pos pos, back;
	size_t i, row;
	int kept = 1;

	layout_build(&l, a, 30);
	row = l.first[2] + 2;
	pos = layout_pos_at(&l, row);
	is_int((long)pos.para, 2, "a row inside the third paragraph reads as paragraph 2");
	for (i = 0; i < ARRAY_SIZE(widths); i++) {
		layout_build(&m, a, widths[i]);
		back = layout_pos_at(&m, layout_row_of(&m, pos));
		kept &= back.para == 2 && back.off <= pos.off;
		kept &= m.lines[layout_row_of(&m, pos)].off + m.lines[layout_row_of(&m, pos)].len >= pos.off;
		layout_free(&m);
	}
	ok(kept, "at 12, 70, 4 columns the line holding the same words is on top");
	is_int((long)layout_row_of(&l, pos), (long)row, "and back at 30 columns the same row is on top");
	pos = layout_pos_at(&l, l.first[1] - 1);
	layout_build(&m, a, 70);
	ok(m.lines[layout_row_of(&m, pos)].blank && m.lines[layout_row_of(&m, pos)].para == 0,
	    "a blank line on top stays the blank line after the same paragraph");
	layout_free(&m);
	layout_free(&l);
	free_article(a);
}

static void
test_cache(void)
{
	struct article *a = make_article(story, ARRAY_SIZE(story));
	struct layout_cache c;
	const struct layout *l;
	size_t row;

	layout_cache_init(&c);
	l = layout_cache_get(&c, a, 30);
	for (row = 0; row < l->nlines; row++)
		l = layout_cache_get(&c, a, 30);
	is_int((long)c.builds, 1, "scrolling through every line wraps the article once");
	layout_cache_get(&c, a, 50);
	layout_cache_get(&c, a, 30);
	is_int((long)c.builds, 2, "going back to a width seen before does not wrap again");
	layout_cache_free(&c);
	free_article(a);
}

int
main(void)
{
	test_umlauts();
	test_wrap_at("ß and umlauts", "Straße Fußgängerübergänge Maßstäbe", 7, 0);
	test_wrap_at("decomposed letters (q + dot, e + acute)",
	    "q\xcc\x87q\xcc\x87q\xcc\x87q\xcc\x87 e\xcc\x81te\xcc\x81", 3, 0);
	test_wrap_at("a long German word cut between letters", "Delegationsbesuchen", 4, 5);
	test_wrap_at("emoji with a modifier and a flag", "👍🏽 🇩🇪 ok 😀", 3, 0);
	test_wide();
	test_paragraphs();
	test_position_kept();
	test_cache();
	return done_testing();
}
