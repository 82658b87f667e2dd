/*
 * visits: the meetings of one counterpart, region or person, whatever the
 * spelling (counterpart_key(): Koschemjako = Kozhemyako, Primorje =
 * Primorsky). The list narrows to them (its counterpart key) and --list
 * --counterpart NAME prints them.
 */
#ifndef TANDEM_VISITS_H
#define TANDEM_VISITS_H

#include <stddef.h>
#include "tandem/corpus.h"

struct visits {
	size_t *meetings;	/* indexes into c->meetings.list, newest first */
	size_t n;
	const char *name;	/* the counterpart as the list shows it: the region, else the person (borrowed) */
	int first_year, last_year;	/* of the meetings whose year is known; 0: none is */
};

/*
 * The meetings that share meeting m's region or person, m among them, into
 * v (free with visits_free). Returns -1, v empty, when m names neither.
 */
int visits_of_meeting(const struct corpus *c, size_t m, struct visits *v);

/*
 * The meetings whose region or person name names, spelt in German or in
 * English, into v (free with visits_free): a region with or without its
 * label (Primorje, Gebiet Smolensk, Primorsky Krai), a person by the
 * surname or the whole name (Koschemjako, Oleg Kozhemyako). Returns -1, v
 * empty, when none does.
 */
int visits_named(const struct corpus *c, const char *name, struct visits *v);

/* "Primorje · 4 meetings, 2019–2025" ("…, 2024" for one year, no years
 * when none is known). Caller frees. */
char *visits_summary(const struct visits *v);

void visits_free(struct visits *v);

#endif
