/* Wrapping by display columns: what a reader sees at a given width. */
#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/article.h"
#include "tandem/corpus.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "tandem/wrap.h"
#include "tap.h"

#define SEEDS TANDEM_SRCDIR "/res/corpus"
#define SHY "\xc2\xad"	/* U+00AD SOFT HYPHEN */

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
		if (text_width(s + l[i].off, l[i].len) + l[i].hyphen != l[i].width)
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
	"Verkehrs" SHY "infrastruktur",
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
		same = fast[i].off == slow[i].off && fast[i].len == slow[i].len && fast[i].width == slow[i].width &&
		    fast[i].hyphen == slow[i].hyphen;
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

/* Whether both paths give the same lines at each of the widths, with and
 * without cutting long words; prints the first paragraph that differs. */
static int
same_at_widths(const char *s, size_t len, const int *widths, size_t nwidths)
{
	size_t w;
	int flags;

	for (w = 0; w < nwidths; w++)
		for (flags = 0; flags <= WRAP_CUT_LONG; flags += WRAP_CUT_LONG)
			if (!same_lines(s, len, widths[w], flags)) {
				printf("#   differ at %d columns%s: \"%.*s\"\n", widths[w],
				    flags ? ", cutting" : "", (int)len, s);
				return 0;
			}
	return 1;
}

/* Every paragraph (and title) of every seed article, at the widths of a
 * narrow pane, half a terminal, export and a full terminal. */
static void
test_fast_path_seeds(void)
{
	static const int widths[] = { 20, 33, 40, 72, 80 };
	DIR *d = opendir(SEEDS);
	struct dirent *e;
	size_t articles = 0, paragraphs = 0, fast = 0, differ = 0, i;

	while (d != NULL && (e = readdir(d)) != NULL) {
		char path[512], *cause = NULL;
		struct article *a;

		if (strlen(e->d_name) < 5 || strcmp(e->d_name + strlen(e->d_name) - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", SEEDS, e->d_name);
		a = corpus_read_article(path, e->d_name, &cause);
		free(cause);
		if (a == NULL)
			continue;
		articles++;
		if (a->title != NULL)
			differ += !same_at_widths(a->title, strlen(a->title), widths, ARRAY_SIZE(widths));
		for (i = 0; i < a->nparagraphs; i++, paragraphs++) {
			const struct paragraph *p = &a->paragraphs[i];

			fast += (size_t)wrap_fast_path_covers(p->text, p->len);
			differ += !same_at_widths(p->text, p->len, widths, ARRAY_SIZE(widths));
		}
		article_free(a);
	}
	if (d != NULL)
		closedir(d);
	ok(articles >= 5 && differ == 0, "%zu seed paragraphs of %zu articles wrap the same on both paths "
	    "at 20, 33, 40, 72 and 80 columns (%zu differ)", paragraphs, articles, differ);
	ok(fast * 10 >= paragraphs * 9, "the fast path takes most seed paragraphs (%zu of %zu)",
	    fast, paragraphs);
}

/* Strings that set the characters at the edges of the fast path's classes
 * against each other, each at every width from 1 to 80. */
static const char *const hostile[] = {
	"„Das eint uns und macht uns stärker.“ Weiter so, sagte er.",
	"sagte: „Ja“ – und ging. „Nein!“, rief sie; ‚einfach‘ gesagt.",
	"»Wort« und «mot» und » x « und «» »«",
	"it’s ‘quoted’ and “this” and \"that\" and 'it' and O'Brien's",
	"Wort“ “ Wort “ Anfang Ende ” x ” y ‘ z ’",
	"\" (BelTA) ” („x“) “ (y) ' [z] » {w}",
	"well-known -5 --12-29 - x -Wort Wort- - -- A-1 x- -(x) -„x“",
	"10-15 1-2-3 2020-2024 -1,5 +375 (17) 222-33-44",
	"5\xc2\xa0""000 Euro, 5\xc2\xa0%, \xc2\xa0-Wort, a\xc2\xa0 b, a \xc2\xa0""b, –\xc2\xa0x, -\xc2\xa0x",
	"z.\xe2\x80\xaf""B. und u.\xe2\x80\xaf""a., 20\xe2\x80\xaf""°C",
	"1,5 3.14 1.000.000 20. März 2024, 50% 50 % $100 €5 5€ 5°C 20 °C",
	"(5)% (x)$ [5]€ {5}% 5.% 5/% 5,$ Nr.5 a.5 .5 x .5 ,5 1/2 a/5 5/a 5/ /5",
	"$(5) $( %( €(x) €„Geld“ $-5 $.5 %.5 5%) (5%)",
	"and/or (BelTA) [1] {x} a(b)c (a) (b)(c) ([{ }]) )( a) (b",
	"https://www.belta.by/president/view/a-b-c-123/ http://x.de?q=1&r=2#frag user@example.com",
	"Wort… …Wort Wort … Wort ...Wort Wort... …“ „… (…) …!",
	"a—b — c —— d – e–f —„x“ x„—“ –5 5– —5",
	"Wow!Really?Yes. ! ? Hmm ,x ;y :z e.g. U.S. z.B. x.:y",
	"§ 218 §218 §§ 3 × 4 ÷ 2 ×÷ a×b 5×5",
	"  leading spaces", "trailing spaces  ", "   ", "a  b   c    d", " ", "x",
	"\"5\" '5' “5” „5“ 5\" 5' 5” 5“ «5» »5«",
	"a|b | c || d\\e \\ f # g #h ~i _j_ `k` ^l =m a+b a=b 50+",
	"Wort% Wort$ Wort€ a° x§ %Wort $Wort €x °a 5a a5 5€ €5 5° 5§",
	"Donaudampfschifffahrtsgesellschaftskapitänsmütze „Donaudampfschifffahrt“",
	"Straße • 11, 日本 „Das“, 😀 „x“, a\tb, café\xcc\x81 – the general path",
	"Ver" SHY "kehrs" SHY " " SHY "infra" SHY SHY "struk" SHY "-tur „Ent" SHY "wick" SHY "lung“ " SHY,
};

static void
test_fast_path_hostile(void)
{
	int widths[80];
	size_t i, differ = 0;

	for (i = 0; i < ARRAY_SIZE(widths); i++)
		widths[i] = (int)i + 1;
	for (i = 0; i < ARRAY_SIZE(hostile); i++)
		differ += !same_at_widths(hostile[i], strlen(hostile[i]), widths, ARRAY_SIZE(widths));
	ok(differ == 0, "%zu hostile strings of quotes, dashes, numbers, URLs and no-break spaces wrap "
	    "the same on both paths at 1 to 80 columns (%zu differ)", ARRAY_SIZE(hostile), differ);
}

/* Characters of the fast path's text, letters and spaces most often; now
 * and then one it leaves to libunistring, at any point of a paragraph. */
static const char *const alphabet[] = {
	"a", "e", "n", "S", "ä", "ß", "É", " ", " ", " ", "0", "5",
	".", ",", ":", ";", "!", "?", "/", "-", "–", "—", "(", ")", "[", "]", "{", "}",
	"\"", "'", "„", "“", "”", "‚", "‘", "’", "«", "»", "…", "%", "$", "€", "+", "\\",
	"§", "°", "×", "|", "#", "@", "=", "\xc2\xa0", "\xe2\x80\xaf",
};
static const char *const strangers[] = { "<", "•", "日", "\xcc\x81", "\xe2\x80\x90", "\t", "😀", SHY };

static void
test_fast_path_random(void)
{
	static const int widths[] = { 1, 2, 5, 9, 20, 33, 72 };
	char p[1024];
	unsigned seed = 2024;
	size_t n, differ = 0, fast = 0, k;

	for (n = 0; n < 6000; n++) {
		size_t len = 0, chars;

		seed = seed * 1103515245u + 12345u;
		chars = 1 + (seed >> 16) % 120;
		for (k = 0; k < chars; k++) {
			const char *c;

			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 100 < 80)
				c = alphabet[(seed >> 8) % 10];
			else if ((seed >> 16) % 400 == 0 && n % 2 == 0)
				c = strangers[(seed >> 8) % ARRAY_SIZE(strangers)];
			else
				c = alphabet[(seed >> 8) % ARRAY_SIZE(alphabet)];
			memcpy(p + len, c, strlen(c));
			len += strlen(c);
		}
		fast += (size_t)wrap_fast_path_covers(p, len);
		differ += !same_at_widths(p, len, widths, ARRAY_SIZE(widths));
	}
	ok(differ == 0, "%zu random paragraphs of the fast path's characters wrap the same on both "
	    "paths (%zu differ)", n, differ);
	ok(fast * 3 >= n, "  the fast path took %zu of them", fast);
}

/* A compound with soft hyphens, as German sites hyphenate long words. */
static const char compound[] = "Die Verkehrs" SHY "infrastruktur" SHY "entwicklungs" SHY "gesellschaft "
    "von Belarus wurde gegründet.";

/* The lines of s at width as a reader sees them, joined by '|'. */
static char *
shown(const char *s, int width, int flags)
{
	struct wrap_line *l;
	size_t n = wrap_paragraph(s, strlen(s), width, flags, &l), i;
	struct buf out = { 0 };

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&out, '|');
		wrap_line_text(s, &l[i], &out);
	}
	free(l);
	return buf_detach(&out, NULL);
}

/* What a reader sees of the compound at width: no line wider, breaks at
 * soft hyphens or spaces only, a hyphen where a soft one breaks, and the
 * text without soft hyphens whole. */
static void
check_soft_hyphens(int width, int flags)
{
	struct wrap_line *l;
	size_t n = wrap_paragraph(compound, strlen(compound), width, flags, &l), i;
	struct buf line = { 0 }, joined = { 0 }, want = { 0 };
	int widest = 0, measured = 1, breaks = 1, hyphens = 1;

	for (i = 0; i < n; i++) {
		const char *end = compound + l[i].off + l[i].len;
		int at_soft = text_ends_soft_hyphen(compound + l[i].off, l[i].len);

		line.len = 0;
		wrap_line_text(compound, &l[i], &line);
		widest = text_width(line.data, line.len) > widest ? text_width(line.data, line.len) : widest;
		measured &= text_width(line.data, line.len) == l[i].width && text_visible_run(line.data, line.len) == line.len;
		breaks &= i + 1 == n || *end == ' ' || at_soft;
		hyphens &= (i + 1 < n && at_soft) == (line.data[line.len - 1] == '-' && l[i].hyphen);
		if (i > 0 && !l[i - 1].hyphen)
			buf_addc(&joined, ' ');
		buf_add(&joined, line.data, line.len - (size_t)l[i].hyphen);
	}
	text_add_visible(&want, compound, strlen(compound));
	ok(widest <= width && measured, "the compound at %d columns%s: no line over %d display columns (widest %d)",
	    width, flags ? ", cutting" : "", width, widest);
	ok(breaks, "  lines break only at soft hyphens or spaces");
	ok(hyphens, "  a line that breaks at a soft hyphen ends with '-', no other does, and no soft hyphen is shown");
	is_str(joined.data, want.data, "  the lines, less the hyphens at breaks, are the text without soft hyphens");
	free(l);
	buf_free(&line);
	buf_free(&joined);
	buf_free(&want);
}

static void
test_soft_hyphens(void)
{
	static const int widths[] = { 38, 30, 20 };
	char *got;
	size_t i, over;
	int width;

	for (i = 0; i < ARRAY_SIZE(widths); i++) {
		check_soft_hyphens(widths[i], WRAP_CUT_LONG);
		check_soft_hyphens(widths[i], 0);
	}
	got = shown(compound, 38, WRAP_CUT_LONG);
	is_str(got, "Die Verkehrsinfrastrukturentwicklungs-|gesellschaft von Belarus wurde|gegründet.",
	    "a 38-column pane breaks the compound at its last soft hyphen, the hyphen in column 38");
	free(got);
	got = shown(compound, 37, WRAP_CUT_LONG);
	is_str(got, "Die Verkehrsinfrastruktur-|entwicklungsgesellschaft von Belarus|wurde gegründet.",
	    "  at 37 the hyphen takes a column too: it breaks one soft hyphen earlier");
	free(got);
	got = shown("Verkehrs" SHY "infrastruktur" SHY "entwicklungs" SHY "gesellschaft", 12, WRAP_CUT_LONG);
	is_str(got, "Verkehrs-|infrastruktu|r-|entwicklung|s-|gesellschaft",
	    "a pane narrower than a piece cuts it, leaving its hyphen room: no line over 12 columns");
	free(got);
	got = shown("Verkehrs" SHY "infrastruktur" SHY "entwicklungs" SHY "gesellschaft", 12, 0);
	is_str(got, "Verkehrs-|infrastruktur-|entwicklungs-|gesellschaft",
	    "  an export keeps each piece whole, each at its own soft hyphen");
	free(got);
	got = shown("Wort" SHY " Wort", 4, 0);
	is_str(got, "Wort|Wort", "a soft hyphen before a space is no break of its own: no hyphen is shown");
	free(got);
	for (width = 1, over = 0; width <= 60; width++) {
		struct wrap_line *l;
		size_t n = wrap_paragraph(compound, strlen(compound), width, WRAP_CUT_LONG, &l);

		for (i = 0; i < n; i++)
			over += l[i].width > width;
		free(l);
	}
	ok(over == 0, "a pane of any width from 1 to 60 shows no line of the compound wider than itself (%zu are)", over);
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
	test_soft_hyphens();
	test_fast_path();
	test_fast_path_seeds();
	test_fast_path_hostile();
	test_fast_path_random();
	return done_testing();
}
