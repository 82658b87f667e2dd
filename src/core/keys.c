/* keys: the grouping keys of articles, kept compactly; see meeting.h. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem/dates.h"
#include "tandem/fold.h"
#include "tandem/keys.h"
#include "tandem/text.h"
#include "tandem/util.h"
#include "grouping.h"

static uint32_t
keys_intern(struct meeting_keys *t, const char *text)
{
	uint32_t id = intern_id(&t->names, text, strlen(text), 1) - 1;

	if (id >= t->n) {
		t->keys = xgrow(t->keys, &t->cap, id + 1, sizeof(*t->keys));
		memset(&t->keys[t->n], 0, (id + 1 - t->n) * sizeof(*t->keys));
		t->keys[id].name = text[0] == KEY_NAME;
		t->keys[id].weekday = text[0] == KEY_WEEKDAY;
		t->n = id + 1;
	}
	return id;
}

/* Whether the text after a number makes it a share ("22 %", "22 Prozent",
 * "22 percent"): then it is no day, whatever its value. */
static int
is_share(const char *s, size_t len)
{
	size_t i = 0;

	text_skip_spaces(s, len, &i);
	if (i < len && s[i] == '%')
		return 1;
	return len - i >= 7 && (ascii_strncasecmp(s + i, "percent", 7) == 0 || ascii_strncasecmp(s + i, "prozent", 7) == 0);
}

/* The keys of one word (its text after it in rest): a folded capitalized
 * name, or a number ("#22", a share "#22%"). */
static void
word_key(const struct article *a, const char *w, size_t len, const char *rest, size_t restlen,
    char *key, size_t size)
{
	size_t i, n = 0;

	key[0] = '\0';
	if (text_is_number(w, len)) {
		if (len < 2)
			return;
		key[n++] = KEY_NUMBER;
		for (i = 0; i < len && n + 2 < size; i++)
			key[n++] = w[i] == ',' ? '.' : w[i];
		if (is_share(rest, restlen))
			key[n++] = '%';
		key[n] = '\0';
	} else if (text_is_capitalized(w, len) && fold_name(w, len, a->lang, key + 1, size - 1) > 0) {
		key[0] = KEY_NAME;
	}
}

struct meeting_keys *
meeting_keys_new(void)
{
	struct meeting_keys *k = xcalloc(1, sizeof(*k));
	size_t i;

	for (i = 0; i < ARRAY_SIZE(k->profile_chars); i++)
		k->profile_chars[i] = (size_t)(expm1((double)i / PROFILE_SCALE) + 0.5);

	k->start = xgrow(k->start, &k->scap, 1, sizeof(*k->start));
	k->start[0] = 0;
	return k;
}

/* Room for more bytes: an eighth more, as doubling left megabytes spare. */
static void
keys_reserve(struct meeting_keys *t, size_t more)
{
	if (t->len + more > t->bcap) {
		t->bcap = t->len + more + t->len / 8 + 4096;
		t->bytes = xrealloc(t->bytes, t->bcap);
	}
}

static uint8_t
profile_byte(size_t chars)
{
	double q = log1p((double)chars) * PROFILE_SCALE + 0.5;

	return q >= 255 ? 255 : (uint8_t)q;
}

/* An article's paragraph lengths, as its profile keeps them; returns how
 * many (at most PROFILE_MAX). */
size_t
profile_lengths(const struct meeting_keys *k, uint32_t handle, size_t *len)
{
	const uint8_t *p = k->bytes + k->start[handle];
	size_t i;

	for (i = 0; i < p[0]; i++)
		len[i] = k->profile_chars[p[1 + i]];
	return p[0];
}

void
meeting_keys_draft(const struct article *a, struct buf *draft)
{
	size_t i, n = a->nparagraphs < PROFILE_MAX ? a->nparagraphs : PROFILE_MAX;
	char key[64];

	draft->len = 0;
	buf_addc(draft, (char)n);
	for (i = 0; i < n; i++) {
		size_t skip = i == 0 ? a->dateline_len : 0;	/* the dateline is no content */

		buf_addc(draft, (char)profile_byte(text_chars(a->paragraphs[i].text + skip,
		    a->paragraphs[i].len - skip)));
	}
	for (i = 0; i < a->nparagraphs; i++) {
		const char *s = a->paragraphs[i].text;
		size_t pos = 0, st, wl, len = a->paragraphs[i].len;
		int day;

		while (text_next_word(s, len, &pos, &st, &wl)) {
			word_key(a, s + st, wl, s + st + wl, len - st - wl, key, sizeof(key));
			if (key[0] != '\0')
				buf_add(draft, key, strlen(key) + 1);
			/* the lead's weekday: the day of the meeting it reports */
			if (i == 0 && (day = date_weekday_named(s + st, wl)) >= 0) {
				snprintf(key, sizeof(key), "%c%d", KEY_WEEKDAY, day);
				buf_add(draft, key, strlen(key) + 1);
			}
		}
	}
}

/* Ends the list of bytes since the last one's end: its handle. */
static uint32_t
list_end(struct meeting_keys *t)
{
	if (t->nlists + 2 > t->scap) {	/* an eighth more, as the bytes */
		t->scap = t->nlists + 2 + t->nlists / 8 + 512;
		t->start = xrealloc(t->start, t->scap * sizeof(*t->start));
	}
	t->start[++t->nlists] = t->len;
	return (uint32_t)(t->nlists - 1);
}

uint32_t
meeting_keys_put(struct meeting_keys *t, const struct article *a, const struct buf *draft)
{
	const uint8_t *p = (const uint8_t *)draft->data, *end = p + draft->len;
	uint32_t *ids = t->scratch;
	size_t i, n = 0, u;
	uint32_t prev = 0;

	keys_reserve(t, 1 + PROFILE_MAX);
	memcpy(t->bytes + t->len, p, 1 + (size_t)p[0]);	/* the length profile */
	t->len += 1 + (size_t)p[0];
	for (p += 1 + p[0]; p < end; p += strlen((const char *)p) + 1) {
		ids = t->scratch = xgrow(t->scratch, &t->scratch_cap, n + 1, sizeof(*ids));
		ids[n++] = keys_intern(t, (const char *)p);
	}
	if (n > 1)
		qsort(ids, n, sizeof(*ids), compare_u32);
	for (i = 0, u = 0; i < n; i++)
		if (u == 0 || ids[u - 1] != ids[i])
			ids[u++] = ids[i];
	for (i = 0; i < u; i++) {
		uint32_t d = ids[i] - prev;

		t->keys[ids[i]].df++;
		t->keys[ids[i]].langs |= (uint8_t)(1u << a->lang);
		prev = ids[i];
		keys_reserve(t, 5);
		do {
			t->bytes[t->len++] = (uint8_t)((d & 0x7F) | (d > 0x7F ? 0x80 : 0));
			d >>= 7;
		} while (d != 0);
	}
	return list_end(t);
}

uint32_t
meeting_keys_add(struct meeting_keys *t, const struct article *a)
{
	meeting_keys_draft(a, &t->draft);
	return meeting_keys_put(t, a, &t->draft);
}

void
meeting_keys_free(struct meeting_keys *k)
{
	if (k == NULL)
		return;
	intern_free(&k->names);
	free(k->keys);
	free(k->bytes);
	free(k->start);
	free(k->scratch);
	buf_free(&k->draft);
	free(k);
}

size_t
meeting_keys_nnames(const struct meeting_keys *k)
{
	return k->n;
}

const char *
meeting_keys_name(const struct meeting_keys *k, uint32_t id)
{
	return intern_str(&k->names, id + 1);
}

const uint8_t *
meeting_keys_list(const struct meeting_keys *k, uint32_t handle, size_t *len)
{
	*len = k->start[handle + 1] - k->start[handle];
	return k->bytes + k->start[handle];
}

int
meeting_keys_take_name(struct meeting_keys *k, const char *name)
{
	size_t n = strlen(name);

	if (n < 2 || n >= 64 || (name[0] != KEY_NAME && name[0] != KEY_NUMBER && name[0] != KEY_WEEKDAY) ||
	    intern_id(&k->names, name, n, 0) != 0)
		return -1;
	keys_intern(k, name);
	return 0;
}

/* One LEB128 number of at most 32 bits from p (before end) into *v;
 * returns the bytes it took, 0 when there is none. */
static size_t
leb_read(const uint8_t *p, const uint8_t *end, uint64_t *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < 5 && p + i < end; i++) {
		*v |= (uint64_t)(p[i] & 0x7F) << (7 * i);
		if (!(p[i] & 0x80))
			return *v <= UINT32_MAX ? i + 1 : 0;
	}
	return 0;
}

int
meeting_keys_take_list(struct meeting_keys *k, const uint8_t *list, size_t len, uint32_t *handle)
{
	const uint8_t *p = list, *end = list + len;
	uint64_t id = 0, d;
	size_t took, n = 0;

	if (len == 0 || list[0] > PROFILE_MAX || (size_t)list[0] + 1 > len)
		return -1;
	/* ids ascending, each once, each a name's: as meeting_keys_put() writes */
	for (p += 1 + list[0]; p < end; p += took, n++) {
		if ((took = leb_read(p, end, &d)) == 0 || (n > 0 && d == 0) || (id += d) >= k->n)
			return -1;
	}
	keys_reserve(k, len);
	memcpy(k->bytes + k->len, list, len);
	k->len += len;
	*handle = list_end(k);
	return 0;
}

void
meeting_keys_count(struct meeting_keys *k, uint32_t handle, enum lang lang)
{
	struct keyiter it;

	keyiter_init(&it, k, handle);
	while (keyiter_next(&it)) {
		k->keys[it.id].df++;
		k->keys[it.id].langs |= (uint8_t)(1u << lang);
	}
}
