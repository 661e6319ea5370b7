/*
 * tap.h - the Test Anything Protocol for the C unit tests in t/unit/: each
 * check prints "ok N - what" or "not ok N - what" (with the values on a
 * "#" line), and tap_done() prints the plan and returns the exit code, so
 * prove reads a unit test as it reads the shell scripts.
 */
#ifndef SCHEMAC_TAP_H
#define SCHEMAC_TAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

__attribute__((format(printf, 2, 3))) static bool tap_ok(bool cond, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!cond)
		tap_failed++;
	return cond;
}

/* Equal strings (NULL equals only NULL); on a failure both are shown. */
static bool tap_is(const char *got, const char *want, const char *what)
{
	bool eq = (got && want) ? strcmp(got, want) == 0 : got == want;

	if (!tap_ok(eq, "%s", what))
		printf("#   got:  %s\n#   want: %s\n", got ? got : "(null)", want ? want : "(null)");
	return eq;
}

static int tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
