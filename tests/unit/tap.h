/*
 * tap: the smallest Test Anything Protocol producer, for tests/unit.
 * Each test file includes it once.
 */
#ifndef TANDEM_TAP_H
#define TANDEM_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The dictionary fixture (tests/data/dictionary): tests that align set
 * $TANDEM_DICTIONARY to it, so that they see the same words on every
 * machine; test_lexicon reads the system dictionary. */
#define TEST_DICTIONARY TANDEM_SRCDIR "/tests/data/dictionary/de-en"

static int tap_run, tap_failed, tap_planned;

static void __attribute__((unused))
plan(int n)
{
	printf("1..%d\n", n);
	tap_planned = 1;
}

static int __attribute__((format(printf, 2, 3), unused))
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_run++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_run);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
	return cond;
}

static int __attribute__((unused))
is_int(long got, long want, const char *name)
{
	if (!ok(got == want, "%s", name))
		printf("#   got %ld, want %ld\n", got, want);
	return got == want;
}

static int __attribute__((unused))
is_str(const char *got, const char *want, const char *name)
{
	int same = got != NULL && want != NULL ? strcmp(got, want) == 0 : got == want;

	if (!ok(same, "%s", name))
		printf("#   got \"%s\"\n#  want \"%s\"\n", got ? got : "(null)", want ? want : "(null)");
	return same;
}

/* Prints the plan when none was given; the exit status of main. */
static int __attribute__((unused))
done_testing(void)
{
	if (!tap_planned)
		printf("1..%d\n", tap_run);
	tap_planned = 1;
	return tap_failed != 0;
}

#endif
