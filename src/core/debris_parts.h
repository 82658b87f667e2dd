/*
 * The insides of debris.c, shared with captions.c, which tells photo
 * captions and credits: what is known of a line's shape, and the tests of a
 * line's start that both use. debris.c calls captions.c, never the other
 * way. The public side is debris.h.
 */
#ifndef TANDEM_DEBRIS_PARTS_H
#define TANDEM_DEBRIS_PARTS_H

#include <stddef.h>
#include <string.h>
#include "tandem/debris.h"
#include "tandem/fold.h"

/* What is known of one line, worked out once. */
struct shape {
	size_t words;
	int sentence;	/* ends as a sentence or a quotation does */
	int capitals;	/* every word capitalized */
};

/* The entry of list that s starts with, folded (ü to u, any case); NULL
 * for none. Inline, so that debris.c and captions.c, which both use it,
 * depend on each other no more than one way. */
static inline const char *
debris_starts_listed(const char *s, size_t len, const char *const *list, size_t n)
{
	char plain[64];
	size_t cut = len < 32 ? len : 32, k, i;

	while (cut < len && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;	/* not inside a character */
	if ((k = fold_plain_to(s, cut, plain, sizeof(plain))) >= sizeof(plain))
		return NULL;
	for (i = 0; i < n; i++)
		if (strncmp(plain, list[i], strlen(list[i])) == 0)
			return list[i];
	return NULL;
}

/* The bytes of the list sign or bullet a line may start with ("- Share on
 * VK", "• Photos used: ..."), 0 for none. */
static inline size_t
debris_unlisted(const char *s, size_t len)
{
	if (len > 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 2;
	if (len > 4 && memcmp(s, "\xE2\x80\xA2 ", 4) == 0)
		return 4;
	return 0;
}

/* Whether the line is a photo's caption or credit: it opens with a credit
 * ("Photo: ...", "Foto: ..."), ends in one ("... (Photo: X/EPA)"), bears a
 * caption's mark ("(Archivbild)"), names an agency after a slash or "via"
 * ("/BelTA/TASS", "Handout via REUTERS") or after a name ("... Milorad
 * Dodik Belta"; "Lukashenko Gives Interview To TASS" is a headline). */
int captions_credit(const struct page_line *l, const struct shape *sh);
/* Whether a line of the text only names who is in its photo: "Lukaschenko
 * und Lawrow", "Andrei Travnikov and Roman Golovchenko". */
int captions_names_only(const struct page_line *l, const struct shape *sh);

#endif
