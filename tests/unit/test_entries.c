/* The dictionary's lines for a word, as the reader's lookup window lists
 * them, and whether a word translates another; on the fixture dictionary. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem/lexicon.h"
#include "tap.h"

/* The k-th line (from 0) lexicon_entries() gives for word, "" when it gives fewer; caller frees. */
static char *
entry(const char *word, enum lang lang, size_t k)
{
	uint32_t at[LEXICON_MAX_ENTRIES];
	size_t n = lexicon_entries(word, strlen(word), lang, at, LEXICON_MAX_ENTRIES);
	char *line = k < n ? lexicon_entry(at[k]) : NULL;

	return line != NULL ? line : strdup("");
}

/* Whether entry(word, lang, k) is want. */
static void
entry_is(const char *word, enum lang lang, size_t k, const char *want, const char *name)
{
	char *got = entry(word, lang, k);

	is_str(got, want, name);
	free(got);
}

static size_t
count(const char *word, enum lang lang)
{
	uint32_t at[LEXICON_MAX_ENTRIES];

	return lexicon_entries(word, strlen(word), lang, at, LEXICON_MAX_ENTRIES);
}

int
main(void)
{
	char *cause = NULL;
	uint32_t at[2];

	is_int(count("Treffen", LANG_DE), 0, "no line before the dictionary is loaded");
	is_int(lexicon_load(TEST_DICTIONARY, &cause, NULL), 0, "the fixture dictionary loads");
	entry_is("Anstrengungen", LANG_DE, 0, "Anstrengung {f} | Anstrengungen {pl} :: effort; exertion | efforts; hard work",
	    "an inflected German word finds its line through its stem");
	is_int(count("Anstrengungen", LANG_DE), 1, "  that line once, though it holds the word twice");
	entry_is("GESPRÄCHEN", LANG_DE, 0, "Gespräch {n} | Gespräche {pl} :: talk; conversation | talks",
	    "  in capitals and with an umlaut too");
	entry_is("efforts", LANG_EN, 0, "Anstrengung {f} | Anstrengungen {pl} :: effort; exertion | efforts; hard work",
	    "an English word finds the lines that translate it");
	entry_is("building", LANG_EN, 0, "aufbauen {vt} | aufbauend | aufgebaut :: to build; to build up; to create | "
	    "building | built", "the lines a word heads come first, in the dictionary's order");
	entry_is("building", LANG_EN, 1, "bauen {vt} | bauend | gebaut :: to build; to construct | building | built",
	    "  the next one it heads");
	entry_is("building", LANG_EN, 2, "Bau {m} :: construction; building",
	    "  then a line where it is not the first term, though it stands earlier in the file");
	entry_is("Handelsbesuche", LANG_DE, 0, "Besuch {m} | Besuche {pl} :: visit | visits",
	    "a compound missing from the dictionary finds its head's line first");
	entry_is("Handelsbesuche", LANG_DE, 2, "Handel {m} :: trade; commerce",
	    "  then (after besuchen, of the same stem) its first part's");
	is_int(count("Qualle", LANG_DE), 0, "a word the dictionary lacks has no line");
	is_int(count("the", LANG_EN), 0, "  nor has an English function word");
	is_int(lexicon_entries("Präsidenten", strlen("Präsidenten"), LANG_DE, at, 1), 1, "no more lines than asked for");
	ok(lexicon_entry(at[0] + 100000) == NULL, "a line past the file's end is none");
	ok(lexicon_translates("Anstrengungen", 13, "efforts", 7), "efforts translates Anstrengungen");
	ok(lexicon_translates("Präsidenten", 12, "President", 9), "  President translates Präsidenten");
	ok(!lexicon_translates("Präsidenten", 12, "meeting", 7), "  meeting does not");
	ok(!lexicon_translates("Präsidenten", 12, "Zwetschge", 9), "  nor a word the dictionary never saw");
	free(cause);
	return done_testing();
}
