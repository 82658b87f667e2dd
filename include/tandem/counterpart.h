/*
 * counterpart: the region and the person a meeting is with, read from an
 * article's headline and text (part of the "clean" step).
 *
 * The region is the name that a label stands by ("Gebiet Leningrad",
 * "Murmansker Region", "Nizhny Novgorod Oblast", "Republic of Kalmykia",
 * "Governor of St Petersburg"); the person is the one a governor's or a
 * head's title names, or who is named with it ("Oleg Kozhemyako, the
 * Governor of Primorsky Krai"), counted over the whole text, not the first
 * name that happens to follow a title. The host (Lukashenko, Belarus's
 * prime minister, Belarus and Russia) is never the counterpart. Spelling
 * variants fold together through fold.h.
 */
#ifndef TANDEM_COUNTERPART_H
#define TANDEM_COUNTERPART_H

#include <stddef.h>
#include "tandem/fold.h"
#include "tandem/util.h"

/* One stretch of text to read: the headline, a paragraph or a caption. */
struct counterpart_text {
	const char *text;
	size_t len;
	int lead;	/* the headline, the lead paragraph or the first photo's
			 * caption: what names the counterpart, weighed more */
};

/*
 * Reads the counterpart from the n texts (the headline first, then the
 * paragraphs) of an article in lang into *region and *person, each as the
 * text spells it (caller frees), NULL when none is named. A city no label
 * marks counts only in a lead text.
 */
void counterpart_find(const struct counterpart_text *texts, size_t n, enum lang lang, char **region,
    char **person);

/*
 * The key a counterpart's name in lang folds to, one for its German and
 * English spellings: a region's words folded and joined by '-', "Republic"
 * left out, a final "sk" dropped (Primorje and Primorsky: "prmr"); a
 * person's surname folded, then ':' and the first name's first letter when
 * there is one (Oleg Koschemjako and Oleg Kozhemyako: "kSmk:o"). Into key,
 * emptied first; returns its length, 0 when the name gives none. Meeting
 * grouping and the meetings of a counterpart (visits.h) both use it.
 */
size_t counterpart_key(const char *name, enum lang lang, int person, struct buf *key);

/* Whether a word is a region's label (Gebiet, Oblast, Krai, Republic…). */
int counterpart_is_label(const char *word, size_t len);

#endif
