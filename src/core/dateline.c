/* dateline: the place, date and agency that open a report (dateline.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "tandem/dates.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "dateline.h"

/* Whether s starts with prefix, ignoring ASCII case. */
static int
starts_ci(const char *s, size_t len, const char *prefix)
{
	size_t n;

	if (len == 0 || ascii_tolower((unsigned char)s[0]) != ascii_tolower((unsigned char)prefix[0]))
		return 0;	/* most lines, told by their first letter */
	n = strlen(prefix);
	return len >= n && ascii_strncasecmp(s, prefix, n) == 0;
}

static int
is_dash_at(const char *s, size_t len, size_t *dlen)
{
	if (len >= 1 && s[0] == '-')
		return (int)(*dlen = 1);
	if (len >= 3 && (memcmp(s, "–", 3) == 0 || memcmp(s, "—", 3) == 0))
		return (int)(*dlen = 3);
	return 0;
}

/* Title case for a dateline place in capitals: "MINSK" to "Minsk". */
static char *
place_name(const char *s, size_t len)
{
	size_t n = 0;
	uint8_t *low = u8_tolower((const uint8_t *)s, len, NULL, NULL, NULL, &n);
	char *out;
	size_t i;

	if (low == NULL)
		die("out of memory");
	out = xstrndup((const char *)low, n);
	free(low);
	for (i = 0; i < n; i++)
		if ((i == 0 || out[i - 1] == ' ' || out[i - 1] == '-') && ascii_islower((unsigned char)out[i]))
			out[i] = (char)ascii_toupper((unsigned char)out[i]);
	return out;
}

/* An agency in brackets or slashes at s[*i] ("(BelTA)", "/TASS/", "(UrduPoint
 * News / Sputnik - 22nd September, 2020)"), moving *i past it and a full
 * stop; its text in *name, a date it holds in *d (when month is 0 there). */
static int
read_agency(const char *s, size_t len, size_t *i, const char **name, struct date *d)
{
	char close = *i < len && s[*i] == '(' ? ')' : *i < len && s[*i] == '/' ? '/' : 0;
	const char *end;
	size_t k;

	if (close == 0 || (end = memchr(s + *i + 1, close, len - *i - 1)) == NULL || end - (s + *i) > 72)
		return 0;
	for (k = *i + 1; d->month == 0 && s + k < end; k++)
		if (s[k] >= '0' && s[k] <= '9' && (s[k - 1] == ' ' || s[k - 1] == '(') &&
		    date_read(s + k, (size_t)(end - (s + k)), d) == 0)
			memset(d, 0, sizeof(*d));
	*name = s + *i + 1;
	*i = (size_t)(end - s) + 1;
	if (*i < len && s[*i] == '.')
		(*i)++;
	return 1;
}

/* "April 3, BPN. ": a date, then an agency's short name and a full stop. */
static size_t
date_first_dateline(const char *s, size_t len, struct date *d)
{
	size_t i = date_read(s, len, d), st;

	if (i == 0 || i >= len || s[i] != ',')
		return 0;
	i++;
	text_skip_spaces(s, len, &i);
	for (st = i; i < len && i - st <= 12 && s[i] >= 'A' && s[i] <= 'Z'; i++)
		;
	if (i - st < 2 || i >= len || s[i] != '.')
		return 0;
	i++;
	text_skip_spaces(s, len, &i);
	return i;
}

size_t
dateline_read(const char *s, size_t len, struct date *date, char **place_out, int *belta)
{
	const char *agency = NULL;
	size_t i = 0, place, dl;
	struct date d = { 0, 0, 0 };
	int dash;

	if (len == 0 || !text_is_capitalized(s, len))
		return 0;
	if ((i = date_first_dateline(s, len, &d)) > 0) {
		*date = d;
		return i;
	}
	for (place = 0; place < len && place < 48 && s[place] != ',' && s[place] != '(' &&
	    !ascii_isdigit((unsigned char)s[place]); place++)
		;
	if (place == 0 || place >= len || place >= 48 || ascii_isdigit((unsigned char)s[place]))
		return 0;
	i = place + (s[place] == ',');
	text_skip_spaces(s, len, &i);
	i += date_read(s + i, len - i, &d);
	text_skip_spaces(s, len, &i);
	if (d.month && i < len && s[i] == '.')
		i++;
	text_skip_spaces(s, len, &i);
	read_agency(s, len, &i, &agency, &d);
	text_skip_spaces(s, len, &i);
	if ((dash = is_dash_at(s + i, len - i, &dl)) != 0)
		i += dl;
	if (!(d.month && (agency || dash)) && !(agency && dash))
		return 0;
	text_skip_spaces(s, len, &i);
	*date = d;
	while (place > 0 && s[place - 1] == ' ')
		place--;
	if (place_out != NULL)
		*place_out = place_name(s, place);
	if (belta != NULL)
		*belta = agency != NULL && starts_ci(agency, 5, "belta");
	return i;
}
