/* export: articles and aligned pairs to text or TMX. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/export.h"
#include "tandem/sentence.h"
#include "tandem/text.h"
#include "tandem/wrap.h"

static void
export_paragraph(const struct paragraph *p, int width, struct buf *out)
{
	struct wrap_line *lines;
	size_t n, i;

	if (width <= 0) {
		text_add_visible(out, p->text, p->len);
		buf_addc(out, '\n');
		return;
	}
	n = wrap_paragraph(p->text, p->len, width, 0, &lines);
	for (i = 0; i < n; i++) {
		wrap_line_text(p->text, &lines[i], out);
		buf_addc(out, '\n');
	}
	free(lines);
}

int
export_parse_width(const char *s, int *width)
{
	long n;

	if (parse_decimal(s, 0, EXPORT_WIDTH_MAX, &n) < 0)
		return -1;
	*width = (int)n;
	return 0;
}

/* Appends the header line "label: value", wrapped as a paragraph is. */
static void
export_field(const char *label, const char *value, int width, struct buf *out)
{
	struct buf line = { 0 };
	struct paragraph p;

	buf_printf(&line, "%s: %s", label, value);
	p.text = line.data;
	p.len = line.len;
	export_paragraph(&p, width, out);
	buf_free(&line);
}

void
export_article(const struct article *a, int width, struct buf *out)
{
	char date[DATE_FORMAT_MAX], time[2 * DATE_INT_CHARS + 2];
	size_t i;

	export_field("Title", a->title, width, out);
	export_field("Date", date_format(&a->date, date), width, out);
	if (a->hour >= 0) {
		snprintf(time, sizeof(time), "%02d:%02d", a->hour, a->minute);
		export_field("Time", time, width, out);
	}
	if (a->place != NULL)
		export_field("Place", a->place, width, out);
	if (a->region != NULL)
		export_field("Region", a->region, width, out);
	if (a->person != NULL)
		export_field("Person", a->person, width, out);
	export_field("Source", source_name(a->source), width, out);
	export_field("Language", lang_code(a->lang), width, out);
	for (i = 0; i < a->nparagraphs; i++) {
		buf_addc(out, '\n');
		export_paragraph(&a->paragraphs[i], width, out);
	}
}

static const struct {
	const char *name, *suffix;
} formats[] = {
#define X(name, suffix) { #name, suffix },
	EXPORT_FORMATS(X)
#undef X
};

int
export_format_named(const char *name)
{
	size_t f;

	for (f = 0; f < ARRAY_SIZE(formats); f++)
		if (strcmp(name, formats[f].name) == 0)
			return (int)f;
	return -1;
}

enum export_format
export_format_for(const char *path, int asked)
{
	size_t len = path != NULL ? strlen(path) : 0, f, n;

	if (asked >= 0 && asked < EXPORT_FORMAT_COUNT)
		return (enum export_format)asked;
	for (f = 0; f < ARRAY_SIZE(formats); f++) {
		n = strlen(formats[f].suffix);
		if (len >= n && ascii_strcasecmp(path + len - n, formats[f].suffix) == 0)
			return (enum export_format)f;
	}
	return EXPORT_FORMAT_text;
}

/* The names of the segments, as TMX's segtype spells them. */
static const char *const segments[] = {
#define X(name) #name,
	EXPORT_SEGMENTS(X)
#undef X
};

int
export_segments_named(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(segments); i++)
		if (strcmp(name, segments[i]) == 0)
			return (int)i;
	return -1;
}

/* Appends s lower-cased, spaces as dashes, slashes and dots dropped. */
static void
add_name_part(struct buf *b, const char *s)
{
	size_t n = 0, i;
	uint8_t *low = u8_tolower((const uint8_t *)s, strlen(s), NULL, NULL, NULL, &n);

	if (low == NULL)
		die("out of memory");
	for (i = 0; i < n; i++) {
		char ch = (char)low[i];

		if (ch == ' ' || ch == '_' || ch == '/' || ch == '\\')
			buf_addc(b, '-');
		else if (ch != '.' && (unsigned char)ch >= 0x20)
			buf_addc(b, ch);
	}
	free(low);
}

/* The file name for a, ending in "_LANGS.txt". */
static char *
export_name(const struct article *a, const char *langs)
{
	struct buf b = { 0 };
	char date[DATE_FORMAT_MAX];
	const char *place = a->region ? a->region : a->place ? a->place : a->name;

	if (a->date.month != 0)
		buf_adds(&b, date_format(&a->date, date) + (a->date.year ? 0 : 2));
	if (b.len > 0)
		buf_addc(&b, '_');
	add_name_part(&b, place);
	buf_printf(&b, "_%s.txt", langs);
	while (b.len > 0 && (b.data[0] == '-' || b.data[0] == '.' || b.data[0] == '_')) {
		memmove(b.data, b.data + 1, b.len);
		b.len--;
	}
	return buf_detach(&b, NULL);
}

char *
export_filename(const struct article *a)
{
	return export_name(a, lang_code(a->lang));
}

char *
export_pair_filename(const struct article *de, const struct article *en)
{
	struct buf langs = { NULL, 0, 0 };
	char *name;

	buf_printf(&langs, "%s-%s_", lang_code(de->lang), lang_code(en->lang));
	add_name_part(&langs, en->name);
	name = export_name(de, langs.data);
	buf_free(&langs);
	return name;
}

/* One side of a bead as wrapped lines: its paragraphs, a blank line between. */
struct column {
	struct buf text;	/* the paragraphs joined by '\n' */
	struct wrap_line *lines;
	size_t nlines;
};

static void
column_fill(struct column *col, const struct article *a, size_t first, size_t count, int width)
{
	size_t k, p, start = 0, cap = 0;

	memset(col, 0, sizeof(*col));
	for (k = 0; k < count; k++) {
		const struct paragraph *par = &a->paragraphs[first + k];
		struct wrap_line *l;
		size_t n = wrap_paragraph(par->text, par->len, width, WRAP_CUT_LONG, &l);

		if (k > 0) {
			col->lines = xgrow(col->lines, &cap, col->nlines + 1, sizeof(*col->lines));
			col->lines[col->nlines++] = (struct wrap_line){ start, 0, 0, 0 };
		}
		start = col->text.len;
		buf_add(&col->text, par->text, par->len);
		col->lines = xgrow(col->lines, &cap, col->nlines + n, sizeof(*col->lines));
		for (p = 0; p < n; p++, col->nlines++) {
			col->lines[col->nlines] = l[p];
			col->lines[col->nlines].off += start;
		}
		free(l);
	}
}

static void
column_row(const struct column *col, size_t row, int width, int pad, struct buf *out)
{
	int used = 0;

	if (row < col->nlines) {
		wrap_line_text(col->text.data, &col->lines[row], out);
		used = col->lines[row].width;
	}
	while (pad && used++ < width)
		buf_addc(out, ' ');
}

/* Each article's title, date, source and name, German first, then a blank line. */
static void
pair_header(const struct article *de, const struct article *en, int width, struct buf *out)
{
	const struct article *side[2] = { de, en };
	static const char *const language[2] = { "German", "English" };
	char label[32], date[DATE_FORMAT_MAX];
	size_t i;

	for (i = 0; i < 2; i++) {
		const struct article *a = side[i];
		const char *field[4][2] = { { "title", a->title }, { "date", date_format(&a->date, date) },
			{ "source", source_name(a->source) }, { "article", a->name } };
		size_t f;

		for (f = 0; f < 4; f++) {
			snprintf(label, sizeof(label), "%s %s", language[i], field[f][0]);
			export_field(label, field[f][1], width, out);
		}
	}
	buf_addc(out, '\n');
}

void
export_pair_text(const struct article *de, const struct article *en, const struct alignment *al,
    int width, struct buf *out)
{
	int left = (width - 3) / 2 > 1 ? (width - 3) / 2 : 1, right = width - 3 - left > 1 ? width - 3 - left : 1;
	size_t b, row;

	pair_header(de, en, width, out);
	for (b = 0; b < al->nbeads; b++) {
		const struct bead *bd = &al->beads[b];
		struct column l, r;

		column_fill(&l, de, bd->de, bd->nde, left);
		column_fill(&r, en, bd->en, bd->nen, right);
		if (b > 0)
			column_row(&l, (size_t)-1, left, 1, out), buf_adds(out, " │\n");
		for (row = 0; row < l.nlines || row < r.nlines; row++) {
			column_row(&l, row, left, 1, out);
			buf_adds(out, row < r.nlines ? " │ " : " │");
			column_row(&r, row, right, 0, out);
			buf_addc(out, '\n');
		}
		buf_free(&l.text);
		buf_free(&r.text);
		free(l.lines);
		free(r.lines);
	}
}

/* Appends s with XML's special characters escaped and no control bytes. */
static void
add_xml(struct buf *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '<')
			buf_adds(out, "&lt;");
		else if (ch == '>')
			buf_adds(out, "&gt;");
		else if (ch == '&')
			buf_adds(out, "&amp;");
		else if (ch == '"')
			buf_adds(out, "&quot;");
		else if (ch >= 0x20 || ch == '\t')
			buf_addc(out, (char)ch);
		else if (ch == '\n')
			buf_addc(out, ' ');
	}
}

/* One side of a bead: its paragraphs joined by spaces, as they are shown. */
static void
tmx_paragraphs(struct buf *seg, const struct article *a, size_t first, size_t count)
{
	size_t k;

	for (k = 0; k < count; k++) {
		if (k > 0)
			buf_addc(seg, ' ');
		text_add_visible(seg, a->paragraphs[first + k].text, a->paragraphs[first + k].len);
	}
}

/* One side of a sentence bead: its sentences joined by spaces, as shown. */
static void
tmx_sentences(struct buf *seg, const struct article *a, const struct sentence *ss, size_t first,
    size_t count)
{
	size_t k;

	for (k = 0; k < count; k++) {
		const struct sentence *s = &ss[first + k];

		if (k > 0)
			buf_addc(seg, ' ');
		text_add_visible(seg, a->paragraphs[s->paragraph].text + s->start, s->end - s->start);
	}
}

/* A translation unit of the two sides' text, German first; both are emptied. */
static void
tmx_unit(struct buf *out, struct buf *de, struct buf *en)
{
	buf_adds(out, "    <tu>\n      <tuv xml:lang=\"de\"><seg>");
	add_xml(out, de->data, de->len);
	buf_adds(out, "</seg></tuv>\n      <tuv xml:lang=\"en\"><seg>");
	add_xml(out, en->data, en->len);
	buf_adds(out, "</seg></tuv>\n    </tu>\n");
	de->len = en->len = 0;
}

/* The units of the paragraph beads with both sides. */
static void
tmx_paragraph_units(const struct article *de, const struct article *en, const struct alignment *al,
    struct buf *out)
{
	struct buf d = { 0 }, e = { 0 };
	size_t b;

	for (b = 0; b < al->nbeads; b++) {
		const struct bead *bd = &al->beads[b];

		if (bd->nde == 0 || bd->nen == 0)
			continue;
		tmx_paragraphs(&d, de, bd->de, bd->nde);
		tmx_paragraphs(&e, en, bd->en, bd->nen);
		tmx_unit(out, &d, &e);
	}
	buf_free(&d);
	buf_free(&e);
}

/* The units of the sentence beads with both sides. */
static void
tmx_sentence_units(const struct article *de, const struct article *en, struct buf *out)
{
	struct sentence *ds, *es;
	size_t nds = sentence_article(de, &ds), nes = sentence_article(en, &es), b;
	struct alignment sa;
	struct buf d = { 0 }, e = { 0 };

	sentence_align(de, ds, nds, en, es, nes, &sa, NULL, NULL);
	for (b = 0; b < sa.nbeads; b++) {
		const struct bead *bd = &sa.beads[b];

		if (bd->nde == 0 || bd->nen == 0)
			continue;
		tmx_sentences(&d, de, ds, bd->de, bd->nde);
		tmx_sentences(&e, en, es, bd->en, bd->nen);
		tmx_unit(out, &d, &e);
	}
	buf_free(&d);
	buf_free(&e);
	align_free(&sa);
	free(ds);
	free(es);
}

void
export_pair_tmx(const struct article *de, const struct article *en, const struct alignment *al,
    enum export_segments seg, struct buf *out)
{
	buf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
	buf_printf(out, "  <header creationtool=\"tandem\" creationtoolversion=\"%s\" segtype=\"%s\" "
	    "o-tmf=\"tandem\" adminlang=\"en\" srclang=\"de\" datatype=\"plaintext\">\n", PACKAGE_VERSION,
	    segments[seg]);
	buf_adds(out, "    <prop type=\"x-de-article\">");
	add_xml(out, de->name, strlen(de->name));
	buf_adds(out, "</prop>\n    <prop type=\"x-en-article\">");
	add_xml(out, en->name, strlen(en->name));
	buf_adds(out, "</prop>\n  </header>\n  <body>\n");
	if (seg == EXPORT_SEGMENTS_paragraph)
		tmx_paragraph_units(de, en, al, out);
	else
		tmx_sentence_units(de, en, out);
	buf_adds(out, "  </body>\n</tmx>\n");
}

void
export_pair(const struct article *de, const struct article *en, const struct alignment *al,
    enum export_format f, enum export_segments seg, int width, struct buf *out)
{
	if (f == EXPORT_FORMAT_tmx)
		export_pair_tmx(de, en, al, seg, out);
	else
		export_pair_text(de, en, al, width > 0 ? width : EXPORT_PAIR_WIDTH, out);
}
