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

/* One stretch of text to read: the headline or a paragraph. */
struct counterpart_text {
	const char *text;
	size_t len;
};

/*
 * Reads the counterpart from the n texts (the headline first, then the
 * paragraphs) of an article in lang into *region and *person, each as the
 * text spells it (caller frees), NULL when none is named.
 */
void counterpart_find(const struct counterpart_text *texts, size_t n, enum lang lang, char **region,
    char **person);

#endif
