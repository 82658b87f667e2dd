/* util: allocation, messages and the byte buffer. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

#include "tandem/util.h"

static void (*die_hook)(void);

static void *
check(void *p)
{
	if (p == NULL) {
		if (die_hook != NULL)
			die_hook();
		fputs("tandem: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

void *
xmalloc(size_t size)
{
	return check(malloc(size ? size : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return check(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *p, size_t size)
{
	return check(realloc(p, size ? size : 1));
}

void *
xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 8;

	if (need <= *cap)
		return p;
	while (n < need)
		n *= 2;
	if (n > (size_t)-1 / size)
		check(NULL);
	*cap = n;
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	struct buf b = { 0 };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	b.data = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b.data, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return b.data;
}

/* How messages are made inert; util_set_quote() puts text_safe() here. */
static char *(*quote)(const char *s, size_t len);

/* The quoting without one: control bytes as '?', nothing else looked at. */
static char *
plain_quote(const char *s, size_t len)
{
	char *out = xstrndup(s, len);
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)out[i] < 0x20 || out[i] == 0x7F)
			out[i] = '?';
	return out;
}

/* Prints "tandem: message" with every control character made inert: a
 * message may quote a file name or a line of a file. */
static void
print_message(const char *fmt, va_list ap)
{
	static int busy;	/* cleaning ran out of memory and died: print the format */
	va_list copy;
	int n;
	char *raw, *safe;

	if (busy) {
		fprintf(stderr, "tandem: %s\n", fmt);
		return;
	}
	busy = 1;
	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	raw = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	raw[0] = '\0';
	if (n > 0)
		vsnprintf(raw, (size_t)n + 1, fmt, ap);
	safe = (quote != NULL ? quote : plain_quote)(raw, strlen(raw));
	fprintf(stderr, "tandem: %s\n", safe);
	free(safe);
	free(raw);
	busy = 0;
}

void
warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_message(fmt, ap);
	va_end(ap);
}

void
die(const char *fmt, ...)
{
	va_list ap;

	if (die_hook != NULL)
		die_hook();
	va_start(ap, fmt);
	print_message(fmt, ap);
	va_end(ap);
	exit(1);
}

void
util_set_die_hook(void (*hook)(void))
{
	die_hook = hook;
}

void
util_set_quote(char *(*q)(const char *s, size_t len))
{
	quote = q;
}

void
buf_add(struct buf *b, const void *data, size_t len)
{
	b->data = xgrow(b->data, &b->cap, b->len + len + 1, 1);
	if (len > 0)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	b->data = xgrow(b->data, &b->cap, b->len + (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
buf_detach(struct buf *b, size_t *len)
{
	char *p;

	if (b->data == NULL)
		buf_add(b, "", 0);
	p = b->cap > b->len + 1 ? xrealloc(b->data, b->len + 1) : b->data;	/* kept: no slack */
	if (len != NULL)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static void
intern_grow(struct intern *t)
{
	size_t i;

	free(t->slots);
	t->nslots = t->nslots ? t->nslots * 2 : 1024;
	t->slots = xcalloc(t->nslots, sizeof(*t->slots));
	for (i = 0; i < t->n; i++) {
		size_t h = hash_bytes(t->str[i], strlen(t->str[i])) & (t->nslots - 1);

		while (t->slots[h])
			h = (h + 1) & (t->nslots - 1);
		t->slots[h] = (uint32_t)i + 1;
	}
}

uint32_t
intern_id(struct intern *t, const char *s, size_t n, int add)
{
	size_t h;

	if (!add && t->nslots == 0)
		return 0;
	/* Only adding grows the table, so that looking up changes nothing:
	 * threads may look up in a table filled before. */
	if (add && (t->n + 1) * 2 > t->nslots)
		intern_grow(t);
	h = hash_bytes(s, n) & (t->nslots - 1);
	while (t->slots[h]) {
		const char *o = t->str[t->slots[h] - 1];

		if (strncmp(o, s, n) == 0 && o[n] == '\0')
			return t->slots[h];
		h = (h + 1) & (t->nslots - 1);
	}
	if (!add)
		return 0;
	t->str = xgrow(t->str, &t->cap, t->n + 1, sizeof(*t->str));
	t->str[t->n++] = xstrndup(s, n);
	t->slots[h] = (uint32_t)t->n;
	return (uint32_t)t->n;
}

const char *
intern_str(const struct intern *t, uint32_t id)
{
	return id >= 1 && id <= t->n ? t->str[id - 1] : NULL;
}

void
intern_free(struct intern *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->str[i]);
	free(t->str);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}

int
compare_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

	return a < b ? -1 : a > b;
}

int
compare_id_pairs(const void *x, const void *y)
{
	const struct id_pair *a = x, *b = y;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->second < b->second ? -1 : a->second > b->second;
}

const char *
format_count(size_t n, char *buf, size_t size)
{
	char digits[32];
	size_t len = (size_t)snprintf(digits, sizeof(digits), "%zu", n), i, o = 0;

	for (i = 0; i < len && o + 1 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0 && o + 2 < size)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
	return buf;
}

char *
expand_home(const char *path)
{
	const char *home = getenv("HOME");

	if (path[0] == '~' && (path[1] == '/' || path[1] == '\0') && home != NULL)
		return xasprintf("%s%s", home, path + 1);
	return xstrdup(path);
}

int
write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
stop_asked(const struct stop *stop, size_t *count, size_t every)
{
	if (stop == NULL || stop->asked == NULL || ++*count % every != 0)
		return 0;
	return stop->asked(stop->arg) != 0;
}

int
ascii_strncasecmp(const char *a, const char *b, size_t n)
{
	size_t i;
	int d;

	for (i = 0; i < n; i++)
		if ((d = ascii_tolower((unsigned char)a[i]) - ascii_tolower((unsigned char)b[i])) != 0 ||
		    a[i] == '\0')
			return d;
	return 0;
}

int
parse_decimal(const char *s, long min, long max, long *n)
{
	char *end;
	long v;

	if (!ascii_isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno == ERANGE || v < min || v > max)
		return -1;
	*n = v;
	return 0;
}

int
ascii_strcasecmp(const char *a, const char *b)
{
	return ascii_strncasecmp(a, b, (size_t)-1);
}
