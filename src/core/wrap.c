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

/* Width of s[off, end) as the line ending there shows it: without its
 * trailing spaces, with a hyphen's column when it breaks at a soft hyphen. */
static int
core_width(const char *s, size_t off, size_t end, int hyphen)
{
	while (end > off && s[end - 1] == ' ')
		end--;
	return text_width(s + off, end - off) + hyphen;
}

/* Adds the line s[off, end); hyphen: it breaks at a soft hyphen. */
static void
emit(struct lines *out, const char *s, size_t off, size_t end, int hyphen)
{
	int width = core_width(s, off, end, hyphen);

	while (end > off && s[end - 1] == ' ')
		end--;
	out->l = xgrow(out->l, &out->cap, out->n + 1, sizeof(*out->l));
	out->l[out->n] = (struct wrap_line){ off, end - off, width, hyphen };
	out->n++;
}

/* Cuts a word wider than the line between characters; returns where the
 * last piece (which fits, with the hyphen of a soft hyphen at its end when
 * hyphen is set) starts. Each piece is measured once, so a word of a
 * megabyte costs no more than its length. */
static size_t
cut_long(struct lines *out, const char *s, size_t off, size_t end, int width, int hyphen)
{
	for (;;) {
		size_t fit = text_fit(s + off, end - off, width, NULL);
		uint32_t c;

		if (fit == end - off && core_width(s, off, end, hyphen) <= width)
			return off;
		if (fit == end - off)	/* all of it but the hyphen: leave it room */
			fit = text_fit(s + off, end - off, width - 1, NULL);
		if (fit == 0)
			fit = (size_t)text_char_len(s + off, end - off, &c);
		emit(out, s, off, off + fit, 0);
		off += fit;
	}
}

/*
 * The fast path's characters by line breaking class (UAX #14). All are one
 * column wide, none combines, and between them libunistring's breaks follow
 * from the last character that is not a space and whether spaces came since
 * (a pair table: libunistring 1.0's, and 1.2's for Unicode 16 but where
 * lb_unsettled() leaves the text to libunistring). LB_QI and LB_QF are the
 * quotation marks (QU) that open (Pi) and close (Pf); LB_SOT is the start
 * of the paragraph, LB_NONE any other character.
 */
enum lb_class {
	LB_AL, LB_NU, LB_IS, LB_EX, LB_SY, LB_HY, LB_BA, LB_B2, LB_OP, LB_CP,
	LB_CL, LB_QU, LB_QI, LB_QF, LB_GL, LB_IN, LB_PO, LB_PR, LB_SP, LB_SOT,
	LB_NONE
};

#define BIT(c) (1u << (c))
#define M(name) BIT(LB_##name)
#define QUOTES (M(QU) | M(QI) | M(QF))
#define ALL_CLASSES ((1u << LB_SP) - 1)
/* LB13: no break before these, spaces or not. */
#define HELD_BEFORE (M(CL) | M(CP) | M(EX) | M(IS) | M(SY))
/* LB12a, LB13, LB19, LB21, LB22: no break right before these. */
#define GLUED_BEFORE (HELD_BEFORE | QUOTES | M(GL) | M(BA) | M(HY) | M(IN))

/* glued[a]: the classes no line may break before right after class a. */
static const unsigned glued[LB_SOT + 1] = {
	[LB_AL] = GLUED_BEFORE | M(AL) | M(NU) | M(PO) | M(PR) | M(OP),	/* LB23, 24, 28, 30 */
	[LB_NU] = GLUED_BEFORE | M(AL) | M(NU) | M(PO) | M(PR) | M(OP),	/* LB23, 25, 30 */
	[LB_IS] = GLUED_BEFORE | M(AL) | M(NU),				/* LB29, 25 */
	[LB_EX] = GLUED_BEFORE,
	[LB_SY] = GLUED_BEFORE | M(NU),					/* LB25 */
	[LB_HY] = (GLUED_BEFORE & ~M(GL)) | M(NU),			/* LB12a, 25 */
	[LB_BA] = GLUED_BEFORE & ~M(GL),				/* LB12a */
	[LB_B2] = GLUED_BEFORE | M(B2),					/* LB17 */
	[LB_OP] = ALL_CLASSES,						/* LB14 */
	[LB_CP] = GLUED_BEFORE | M(PO) | M(PR) | M(AL) | M(NU),	/* LB25, 30 */
	[LB_CL] = GLUED_BEFORE | M(PO) | M(PR),				/* LB25 */
	[LB_QU] = ALL_CLASSES, [LB_QI] = ALL_CLASSES, [LB_QF] = ALL_CLASSES,	/* LB19 */
	[LB_GL] = ALL_CLASSES,						/* LB12 */
	[LB_IN] = GLUED_BEFORE,
	[LB_PO] = GLUED_BEFORE | M(AL) | M(NU) | M(OP),			/* LB24, 25 */
	[LB_PR] = GLUED_BEFORE | M(AL) | M(NU) | M(OP),			/* LB24, 25 */
	[LB_SP] = 0,							/* never the last */
	[LB_SOT] = ALL_CLASSES,						/* LB2 */
};

/* held[a]: the same with spaces between. */
static const unsigned held[LB_SOT + 1] = {
	[LB_AL] = HELD_BEFORE, [LB_NU] = HELD_BEFORE, [LB_IS] = HELD_BEFORE,
	[LB_EX] = HELD_BEFORE, [LB_SY] = HELD_BEFORE, [LB_HY] = HELD_BEFORE,
	[LB_BA] = HELD_BEFORE, [LB_B2] = HELD_BEFORE | M(B2),		/* LB17 */
	[LB_OP] = ALL_CLASSES,						/* LB14 */
	[LB_CP] = HELD_BEFORE, [LB_CL] = HELD_BEFORE,
	[LB_QU] = HELD_BEFORE | M(OP), [LB_QI] = HELD_BEFORE | M(OP),	/* LB15 */
	[LB_QF] = HELD_BEFORE | M(OP),
	[LB_GL] = HELD_BEFORE, [LB_IN] = HELD_BEFORE, [LB_PO] = HELD_BEFORE,
	[LB_PR] = HELD_BEFORE, [LB_SP] = 0,
	[LB_SOT] = ALL_CLASSES,						/* LB2 */
};

/* Classes of the printable ASCII characters, from space to tilde; '<' is
 * left out (libunistring tailors LB29 for it). */
static const unsigned char ascii_class[95] = {
	LB_SP, LB_EX, LB_QU, LB_AL, LB_PR, LB_PO, LB_AL, LB_QU,		/*  !"#$%&' */
	LB_OP, LB_CP, LB_AL, LB_PR, LB_IS, LB_HY, LB_IS, LB_SY,		/* ()*+,-./ */
	LB_NU, LB_NU, LB_NU, LB_NU, LB_NU, LB_NU, LB_NU, LB_NU,		/* 01234567 */
	LB_NU, LB_NU, LB_IS, LB_IS, LB_NONE, LB_AL, LB_AL, LB_EX,	/* 89:;<=>? */
	LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL,		/* @A-G */
	LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL,		/* H-O */
	LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL,		/* P-W */
	LB_AL, LB_AL, LB_AL, LB_OP, LB_PR, LB_CP, LB_AL, LB_AL,		/* XYZ[\]^_ */
	LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL,		/* `a-g */
	LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL,		/* h-o */
	LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL, LB_AL,		/* p-w */
	LB_AL, LB_AL, LB_AL, LB_OP, LB_BA, LB_CL, LB_AL			/* xyz{|}~ */
};

/* The class of the character at s (of *n bytes), or LB_NONE. */
static enum lb_class
char_class(const unsigned char *s, size_t len, int *n)
{
	*n = 1;
	if (s[0] < 0x80)
		return s[0] >= 0x20 && s[0] < 0x7F ? (enum lb_class)ascii_class[s[0] - 0x20] : LB_NONE;
	*n = 2;
	if (s[0] == 0xC3 && len >= 2)
		return LB_AL;	/* U+00C0 to U+00FF: letters, and AI (so AL) × and ÷ */
	if (s[0] == 0xC2 && len >= 2)
		switch (s[1]) {
		case 0xA0: return LB_GL;	/* no-break space */
		case 0xA7: return LB_AL;	/* § (AI) */
		case 0xAB: return LB_QI;	/* « */
		case 0xB0: return LB_PO;	/* ° */
		case 0xBB: return LB_QF;	/* » */
		default: return LB_NONE;
		}
	*n = 3;
	if (s[0] == 0xE2 && len >= 3 && s[1] == 0x80)
		switch (s[2]) {
		case 0x93: return LB_BA;	/* – */
		case 0x94: return LB_B2;	/* — */
		case 0x98: return LB_QI;	/* ‘ */
		case 0x99: return LB_QF;	/* ’ */
		case 0x9A: return LB_OP;	/* ‚ */
		case 0x9C: return LB_QI;	/* “ */
		case 0x9D: return LB_QF;	/* ” */
		case 0x9E: return LB_OP;	/* „ */
		case 0xA6: return LB_IN;	/* … */
		case 0xAF: return LB_GL;	/* narrow no-break space */
		default: return LB_NONE;
		}
	if (s[0] == 0xE2 && len >= 3 && s[1] == 0x82 && s[2] == 0xAC)
		return LB_PR;			/* € */
	return LB_NONE;
}

/* What line breaking remembers: the last class other than space, the two
 * classes before the character, whether spaces came since the last, and
 * whether a number ran up to prev through only IS and SY (LB25). */
struct lb_state {
	enum lb_class last, prev, prev2;
	int spaces, number;
};

/*
 * Sequences where libunistring's versions break differently, as UAX #14
 * changed: LB15 (QU SP* × OP) became LB15a (no break after an opening
 * quotation mark and spaces, at the start of a quotation) and LB15b (none
 * before a closing one after spaces); LB15c breaks before a decimal mark
 * after a space; LB20a keeps a word-initial hyphen on its word; LB25 went
 * from pairs to a number's context. And libunistring 1.0 breaks between
 * IS and AL (LB29 says not to), later versions do not, but before '<'.
 */
static int
lb_unsettled(const struct lb_state *st, enum lb_class c)
{
	if (c == LB_SP)							/* LB15a */
		return st->prev == LB_QI && (BIT(st->prev2) & (M(SOT) | M(SP) | M(OP) | QUOTES | M(GL)));
	switch (c) {
	case LB_AL:
		return st->prev == LB_IS ||					/* LB29 */
		    (st->prev == LB_HY && (BIT(st->prev2) & (M(SOT) | M(SP) | M(GL))));	/* LB20a */
	case LB_QF:
		return st->prev == LB_SP;					/* LB15b */
	case LB_OP:
		return (st->spaces && (QUOTES & BIT(st->last))) ||		/* LB15 */
		    st->prev == LB_PO || st->prev == LB_PR;			/* LB25 */
	case LB_NU:
		return (st->prev == LB_IS && st->prev2 == LB_SP) ||		/* LB15c */
		    ((st->prev == LB_IS || st->prev == LB_SY) && !st->number);	/* LB25 */
	case LB_PO:
	case LB_PR:
		return (BIT(st->prev) & (M(CL) | M(CP) | M(IS) | M(SY))) != 0;	/* LB25 */
	default:
		return 0;
	}
}

/* Moves past a character of class c: 1 when a line may break before it,
 * 0 when not, -1 when lb_unsettled(). */
static int
lb_step(struct lb_state *st, enum lb_class c)
{
	int brk = 0;

	if (c == LB_NONE || lb_unsettled(st, c))
		return -1;
	if (c == LB_SP) {
		st->spaces = 1;
	} else {
		brk = !((st->spaces ? held : glued)[st->last] & BIT(c));
		st->last = c;
		st->spaces = 0;
	}
	st->number = c == LB_NU || (st->number && (c == LB_IS || c == LB_SY));
	st->prev2 = st->prev;
	st->prev = c;
	return brk;
}

/* Where the fast path is in a paragraph, in bytes and in columns: every
 * character it takes is one column wide. */
struct fast_pos {
	size_t at, col;
};

/* A paragraph being filled into lines by the fast path; as every character
 * is one column, the line's width up to seg is seg.col - line.col. */
struct filling {
	const char *s;
	size_t width;
	int flags;
	struct fast_pos line;	/* where the line being filled starts */
	struct fast_pos seg;	/* the last break: where the last segment ends */
	struct fast_pos kept;	/* the end of [line, seg) without its spaces */
	struct fast_pos ink;	/* just after the last character not a space */
};

static void
emit_measured(struct lines *out, struct fast_pos from, struct fast_pos to)
{
	out->l = xgrow(out->l, &out->cap, out->n + 1, sizeof(*out->l));
	out->l[out->n] = (struct wrap_line){ from.at, to.at - from.at, (int)(to.col - from.col), 0 };
	out->n++;
}

/* The segment from w->seg to pos overflows the line: what wrap_paragraph()'s
 * loop does then, measured by counting. */
static void
fast_overflow(struct filling *w, struct lines *out, struct fast_pos pos)
{
	size_t core = w->ink.at > w->seg.at ? w->ink.col - w->seg.col : 0;

	if (w->line.at < w->seg.at) {
		emit_measured(out, w->line, w->kept);
		w->line = w->seg;
	}
	if (core > w->width && (w->flags & WRAP_CUT_LONG)) {
		w->line.at = cut_long(out, w->s, w->seg.at, pos.at, (int)w->width, 0);
		w->line.col = pos.col - (size_t)text_width(w->s + w->line.at, pos.at - w->line.at);
	}
}

/* A break at pos: the segment before it goes on the line or starts the next. */
static inline void
fast_break(struct filling *w, struct lines *out, struct fast_pos pos)
{
	struct fast_pos end = w->ink.at > w->seg.at ? w->ink : w->seg;

	if (end.col - w->line.col > w->width)
		fast_overflow(w, out, pos);
	w->seg = pos;
	w->kept = w->ink.at > w->line.at ? w->ink : w->line;
}

/* Moves *pos past the run of letters (ASCII, U+00C0 to U+00FF) there. */
static inline void
letter_run(const unsigned char *s, size_t len, struct fast_pos *pos)
{
	size_t at = pos->at, col = pos->col;

	for (;;) {
		if (at < len && (unsigned)((s[at] | 0x20) - 'a') < 26u)
			at++;
		else if (at + 1 < len && s[at] == 0xC3)
			at += 2;
		else
			break;
		col++;
	}
	pos->at = at;
	pos->col = col;
}

/*
 * wrap_paragraph() for text of the characters enum lb_class names, with
 * breaks from lb_step() and widths by counting. Returns 0, with out
 * emptied, for any other text.
 */
static int
fast_wrap(const char *s, size_t len, int width, int flags, struct lines *out)
{
	const unsigned char *u = (const unsigned char *)s;
	struct filling w = { s, (size_t)width, flags, { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } };
	struct lb_state st = { LB_SOT, LB_SOT, LB_SOT, 0, 0 };
	struct fast_pos pos = { 0, 0 };

	while (pos.at < len) {
		int n, brk;

		if (st.prev == LB_AL) {	/* letters after a letter: no break, no change */
			size_t from = pos.at;

			letter_run(u, len, &pos);
			st.prev2 = pos.at > from ? LB_AL : st.prev2;
			w.ink = pos;
			if (pos.at == len)
				break;
		}
		brk = lb_step(&st, char_class(u + pos.at, len - pos.at, &n));
		if (brk < 0) {
			out->n = 0;
			return 0;
		}
		if (brk)
			fast_break(&w, out, pos);
		pos.at += (size_t)n;
		pos.col++;
		if (st.prev != LB_SP)
			w.ink = pos;
	}
	fast_break(&w, out, pos);
	if (w.line.at < len || out->n == 0)
		emit_measured(out, w.line, w.ink.at > w.line.at ? w.ink : w.line);
	return 1;
}

int
wrap_fast_path_covers(const char *s, size_t len)
{
	struct lb_state st = { LB_SOT, LB_SOT, LB_SOT, 0, 0 };
	size_t at = 0;
	int n;

	for (; at < len; at += (size_t)n)
		if (lb_step(&st, char_class((const unsigned char *)s + at, len - at, &n)) < 0)
			return 0;
	return 1;
}

void
wrap_set_fast_path(int on)
{
	fast_path = on;
}

/* Whether a line ending at break i of s (len bytes) breaks at a soft hyphen. */
static int
breaks_at_soft_hyphen(const char *s, size_t len, size_t i)
{
	return i < len && text_ends_soft_hyphen(s, i);
}

size_t
wrap_paragraph(const char *s, size_t len, int width, int flags, struct wrap_line **lines)
{
	struct lines out = { 0 };
	char *brk;
	size_t seg = 0, line = 0, i;
	int line_width = 0;	/* of s[line, seg), trailing spaces included */
	int seg_hyphen = 0;	/* whether the break at seg is at a soft hyphen */

	if (width < 1)
		width = 1;
	if (fast_path && fast_wrap(s, len, width, flags, &out)) {
		*lines = out.l;
		return out.n;
	}
	brk = xmalloc(len + 1);
	u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", brk);
	for (i = 1; i <= len; i++) {
		int seg_core, seg_full, hyphen;

		if (i < len && brk[i] != UC_BREAK_POSSIBLE && brk[i] != UC_BREAK_MANDATORY &&
		    brk[i] != UC_BREAK_HYPHENATION)
			continue;
		hyphen = breaks_at_soft_hyphen(s, len, i);
		seg_core = core_width(s, seg, i, hyphen);
		seg_full = text_width(s + seg, i - seg);
		if (line_width + seg_core > width && line < seg) {
			emit(&out, s, line, seg, seg_hyphen);
			line = seg;
			line_width = 0;
		}
		if (line == seg && seg_core > width && (flags & WRAP_CUT_LONG)) {
			line = cut_long(&out, s, seg, i, width, hyphen);
			line_width = text_width(s + line, i - line);
		} else {
			line_width += seg_full;
		}
		seg = i;
		seg_hyphen = hyphen;
	}
	if (line < len || out.n == 0)
		emit(&out, s, line, len, 0);
	free(brk);
	*lines = out.l;
	return out.n;
}

void
wrap_line_text(const char *s, const struct wrap_line *l, struct buf *out)
{
	text_add_visible(out, s + l->off, l->len);
	if (l->hyphen)
		buf_addc(out, '-');
}
