/*
 * lexicon: German words to the English words they may translate to.
 *
 * Alignment asks it whether a German paragraph's words have counterparts
 * in an English one. The data is the Ding German-English dictionary as
 * Debian's trans-de-en package installs it, read once, when alignment first
 * needs it. Both sides are compared as Snowball stems (libstemmer), so that
 * "Gesprächen" finds the entry "Gespräch" and "meetings" answers for
 * "meeting"; a German compound missing from the dictionary is looked up by
 * its parts ("Handelsumsatz": "Umsatz", then "Handel"). The reader's word
 * lookup asks it for the dictionary's lines that hold a word, read again
 * from the file when shown.
 */
#ifndef TANDEM_LEXICON_H
#define TANDEM_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "tandem/fold.h"
#include "tandem/util.h"

/* Where Debian's trans-de-en puts the dictionary. */
#define LEXICON_DEFAULT_PATH "/usr/share/trans/de-en"
/* The most English stems lexicon_translate() gives for one word. */
#define LEXICON_MAX_TRANS 48

/*
 * Loads the dictionary at path (NULL: $TANDEM_DICTIONARY, else the default)
 * unless one is loaded. Returns 0; or -1 with *cause (caller frees), and
 * then lookups find nothing and alignment uses names and numbers alone; or
 * 1 when stop (may be NULL) said to stop: the next call goes on where this
 * one left off.
 */
int lexicon_load(const char *path, char **cause, const struct stop *stop);
/* Whether a dictionary is loaded. */
int lexicon_ready(void);

/*
 * The ids of the English stems a German word (any case and inflection) may
 * translate to, at most max (LEXICON_MAX_TRANS is enough) into out. Returns
 * how many; 0 when the dictionary has no entry for the word or its parts.
 */
size_t lexicon_translate(const char *word, size_t len, uint32_t *out, size_t max);

/* The stem id of an English word, 0 when the lexicon has never seen it. */
uint32_t lexicon_stem(const char *word, size_t len);
/* Whether the English word en (any inflection) is among the translations of the German word de. */
int lexicon_translates(const char *de, size_t dlen, const char *en, size_t elen);

/* The most dictionary lines lexicon_entries() gives for one word. */
#define LEXICON_MAX_ENTRIES 16
/*
 * The dictionary lines (Ding entries) that hold a word of language lang
 * (LANG_EN, else German) as a term, in any case and inflection: a German
 * word through its stem or, when that has none, its compound's parts, an
 * English one through its stem. The lines it heads (their first term) come
 * first, then the others, each in the dictionary's order. At most max
 * (LEXICON_MAX_ENTRIES is enough) into out, as lexicon_entry() takes them;
 * returns how many.
 */
size_t lexicon_entries(const char *word, size_t len, enum lang lang, uint32_t *out, size_t max);
/* The dictionary line at (from lexicon_entries), as the file spells it,
 * without its line end; NULL when it cannot be read again. Caller frees. */
char *lexicon_entry(uint32_t at);

#endif
