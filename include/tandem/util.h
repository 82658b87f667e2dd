/*
 * util: what every module needs and nothing else.
 *
 * Allocation failure is fatal through the x* wrappers, which never return
 * NULL. die() restores the terminal through a hook the UI installs, then
 * exits. Messages go to stderr as "tandem: what: why".
 */
#ifndef TANDEM_UTIL_H
#define TANDEM_UTIL_H

#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/*
 * ASCII character classes, the same in every locale. <ctype.h> and
 * strcasecmp follow LC_CTYPE, which tandem takes from the user: a Latin-1
 * locale reads UTF-8 bytes as letters ("\xC3" as "Ã", upper-cased into
 * broken UTF-8) and a Turkish one lower-cases "I" to no "i". Anything >=
 * 0x80 is in no class and has no case here.
 */
static inline int ascii_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int ascii_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ascii_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ascii_isalpha(int c) { return ascii_isupper(c) || ascii_islower(c); }
static inline int ascii_isalnum(int c) { return ascii_isalpha(c) || ascii_isdigit(c); }
/* Space, tab, newline, vertical tab, form feed, carriage return. */
static inline int ascii_isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline int ascii_tolower(int c) { return ascii_isupper(c) ? c - 'A' + 'a' : c; }
static inline int ascii_toupper(int c) { return ascii_islower(c) ? c - 'a' + 'A' : c; }
/* strcasecmp and strncasecmp with ASCII case only. */
int ascii_strcasecmp(const char *a, const char *b);
/* Reads s, decimal digits and nothing else (no sign, no space, which strtol
 * would take), into *n when it lies in min..max: 0, else -1. */
int parse_decimal(const char *s, long min, long max, long *n);
int ascii_strncasecmp(const char *a, const char *b, size_t n);

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* Grows *p (holding *cap elements of size) to hold at least need elements. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
/* Caller frees. */
char *xstrdup(const char *s);
/* Caller frees. */
char *xstrndup(const char *s, size_t n);
/* Caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* path with a leading "~" or "~/" read as $HOME (a copy as it is without HOME). Caller frees. */
char *expand_home(const char *path);

/* n with a comma between thousands ("12,345") into buf (size size); returns buf. */
const char *format_count(size_t n, char *buf, size_t size);

/* Writes all len bytes to fd, retrying after signals; 0, or -1 (errno set). */
int write_all(int fd, const void *data, size_t len);

/* Prints "tandem: message" to stderr. */
void warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Runs the cleanup hook, prints "tandem: message", exits with status 1. */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* Installs the hook die() runs first (the UI's endwin). */
void util_set_die_hook(void (*hook)(void));
/* Installs how messages are made inert (main's text_safe: control
 * characters shown as pictures, invalid UTF-8 mended); without it, control
 * bytes print as '?'. util sits under text, so text's cleaning is handed
 * in, not called. */
void util_set_quote(char *(*quote)(const char *s, size_t len));

/* Asked now and then during long work (every few milliseconds); a nonzero
 * answer abandons the work, which the caller can start again later. */
struct stop {
	int (*asked)(void *arg);
	void *arg;
};
/* Whether stop (may be NULL) asks to stop; asks once every `every` calls,
 * counted in *count. */
int stop_asked(const struct stop *stop, size_t *count, size_t every);

/* A growable byte buffer; always NUL-terminated once anything is added. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_add(struct buf *b, const void *data, size_t len);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the data to the caller (who frees it) and empties b. */
char *buf_detach(struct buf *b, size_t *len);
void buf_free(struct buf *b);

/* Strings interned to ids from 1 (open addressing); 0 means none. */
struct intern {
	char **str;
	size_t n, cap;
	uint32_t *slots;
	size_t nslots;
};

/* The id of s[0..n); added when add is set, else 0 when absent. Looking
 * up (add 0) changes nothing, so threads may share a table filled before. */
uint32_t intern_id(struct intern *t, const char *s, size_t n, int add);
/* The string of an id; belongs to t. */
const char *intern_str(const struct intern *t, uint32_t id);
void intern_free(struct intern *t);
/* qsort's comparison of uint32_t values. */
int compare_u32(const void *x, const void *y);
/* Two ids, ordered by the first, then by the second (compare_id_pairs). */
struct id_pair {
	uint32_t first, second;
};
int compare_id_pairs(const void *x, const void *y);
/* FNV-1a of n bytes. */
uint64_t hash_bytes(const char *s, size_t n);

#endif
