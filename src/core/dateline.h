/*
 * dateline: the line an agency opens a report with, "MINSK, 20. März
 * (BelTA) - ", "MINSK, June 2. /TASS/. ", "MINSK (BelTA) - ", "April 3,
 * BPN. ": a place in capitals, a date, an agency in brackets or slashes, a
 * dash; two of the last three make one.
 */
#ifndef TANDEM_DATELINE_H
#define TANDEM_DATELINE_H

#include <stddef.h>
#include "tandem/dates.h"

/*
 * Reads a dateline at the start of len bytes s. Sets *date (month 0 when
 * it has none); *place_out (when not NULL) gets the place in title case,
 * which the caller frees (left alone when the dateline has none); *belta
 * (when not NULL) whether BelTA is the agency. Returns the offset of the
 * text after it, 0 when there is none.
 */
size_t dateline_read(const char *s, size_t len, struct date *date, char **place_out, int *belta);

#endif
