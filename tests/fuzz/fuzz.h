/*
 * fuzz: what the libFuzzer targets of tests/fuzz share.
 *
 * Each target reads its input as a file's bytes would be read, runs one
 * module of the core and checks what that module promises; a broken
 * promise aborts, which libFuzzer reports as a crash with the input.
 */
#ifndef TANDEM_FUZZ_H
#define TANDEM_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unistr.h>

#include "tandem/article.h"
#include "tandem/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with a message when a promise is broken. */
#define FUZZ_ASSERT(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: broken: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* Whether s holds only UTF-8 that is safe on a terminal: no C0 control but
 * (when allowed) tab and newline, no DEL, no C1 control. */
static inline int
fuzz_is_safe(const char *s, size_t len, int allow_newlines)
{
	size_t i;

	if (u8_check((const uint8_t *)s, len) != NULL)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && !(allow_newlines && (c == '\t' || c == '\n'))) || c == 0x7F)
			return 0;
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] < 0xA0)
			return 0;
	}
	return 1;
}

/* Writes the input to the temporary file named by path, a mkstemp()
 * template the first time (it keeps the name it got). A flag, not the
 * name's last letter, tells the first time: the name mkstemp makes may end
 * in X too (one run in 62), and a second mkstemp on it then fails. Each
 * target has one path and its own copy of this function. */
static inline void
fuzz_write_input(char *path, const uint8_t *data, size_t size)
{
	static int made;
	FILE *f;

	if (!made) {
		int fd = mkstemp(path);

		FUZZ_ASSERT(fd >= 0);
		close(fd);
		made = 1;
	}
	f = fopen(path, "wb");
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(fwrite(data, 1, size, f) == size || size == 0);
	FUZZ_ASSERT(fclose(f) == 0);
}

/* The article corpus_read_article() would make of these bytes. */
static inline struct article *
fuzz_article(const char *name, const uint8_t *data, size_t size)
{
	size_t len;
	unsigned repairs;
	char *text = text_clean(data, size, &len, &repairs);
	struct article *a;

	FUZZ_ASSERT(strlen(text) == len);
	a = article_parse(name, text, len);
	free(text);
	return a;
}

#endif
