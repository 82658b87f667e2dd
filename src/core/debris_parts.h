/*
 * The insides of debris.c, shared with captions.c, which tells photo
 * captions and credits: what is known of a line's shape, and the tests of a
 * line's start that both use. The public side is debris.h.
 */
#ifndef TANDEM_DEBRIS_PARTS_H
#define TANDEM_DEBRIS_PARTS_H

#include <stddef.h>
#include "tandem/debris.h"

/* What is known of one line, worked out once. */
struct shape {
	size_t words;
	int sentence;	/* ends as a sentence or a quotation does */
	int capitals;	/* every word capitalized */
};

/* The entry of list that s starts with, folded (ü to u, any case); NULL
 * for none. */
const char *debris_starts_listed(const char *s, size_t len, const char *const *list, size_t n);
/* The bytes of the list sign or bullet a line may start with ("- Share on
 * VK", "• Photos used: ..."), 0 for none. */
size_t debris_unlisted(const char *s, size_t len);

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
