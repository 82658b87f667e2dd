/*
 * lexicon: German words to the English words they may translate to.
 *
 * Alignment asks it whether a German paragraph's words have counterparts
 * in an English one. The data is the Ding German-English dictionary as
 * Debian's trans-de-en package installs it, read once, when alignment first
 * needs it. English words are compared as stems (lexicon_stem), so that
 * "meetings" answers for "meeting".
 */
#ifndef TANDEM_LEXICON_H
#define TANDEM_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Where Debian's trans-de-en puts the dictionary. */
#define LEXICON_DEFAULT_PATH "/usr/share/trans/de-en"

/*
 * Loads the dictionary at path (NULL: $TANDEM_DICTIONARY, else the default)
 * unless one is loaded. Returns 0, or -1 with *cause (caller frees); then
 * lookups find nothing and alignment uses names and numbers alone.
 */
int lexicon_load(const char *path, char **cause);
/* Whether a dictionary is loaded. */
int lexicon_ready(void);

/*
 * The stem ids of the English translations of a German word (any case and
 * inflection it can strip). Sets *n; the array belongs to the lexicon.
 */
const uint32_t *lexicon_translate(const char *word, size_t len, size_t *n);

/* The stem id of an English word, 0 when the lexicon has never seen it. */
uint32_t lexicon_stem(const char *word, size_t len);

#endif
