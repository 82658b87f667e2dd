/*
 * fold: one folding of words for comparing them across languages.
 *
 * fold_name() maps a word to a key that German and English spellings of the
 * same Russian or Belarusian name share (Chassikow = Khasikov, Lukaschenko =
 * Lukashenko, Kalmückien = Kalmykia, Anochin = Anokhin). Meeting grouping
 * and paragraph alignment both use it; nothing else folds names.
 */
#ifndef TANDEM_FOLD_H
#define TANDEM_FOLD_H

#include <stddef.h>

enum lang { LANG_UNKNOWN, LANG_DE, LANG_EN };

/* "de", "en" or "??". */
const char *lang_code(enum lang lang);

/*
 * Folds the word (len bytes of clean UTF-8, as it stands in a text of the
 * given language) into out (size outsz, NUL-terminated, ASCII). Returns the
 * key length, 0 when the word gives no useful key.
 */
size_t fold_name(const char *word, size_t len, enum lang lang, char *out, size_t outsz);
/* The key of "Republic" and "Republik": a label, no part of whom a name
 * names ("Sakha Republic" is Sacha; every page says Republic of Belarus). */
#define FOLD_REPUBLIC "rpblk"

/* Whether a word is one of the language's commonest function words
 * (der, und, the, and…): they tell the language, not the content. */
int fold_is_function_word(const char *word, size_t len, enum lang lang);

/* Lower-case ASCII with diacritics and soft hyphens removed (ä→a, ß→ss);
 * caller frees. */
char *fold_plain(const char *s, size_t len);
/*
 * fold_plain() into out (outsz bytes, NUL-terminated), without allocating
 * for words of ASCII and Latin-1 letters. Returns the folding's length; when
 * that is outsz or more, out holds nothing useful.
 */
size_t fold_plain_to(const char *s, size_t len, char *out, size_t outsz);

#endif
