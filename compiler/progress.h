/*
 * progress.h - one line of progress for long work, on a terminal only.
 *
 * The line goes to standard error and is rewritten in place ("\r", the
 * text, erase to the end of the line); progress_clear erases it before
 * anything else is printed, and the next update draws it again. Nothing is
 * ever written when standard error is not a terminal or TERM is "dumb", and
 * nothing either for work that ends within the first half second (so quick
 * commands print exactly what they printed before). Redrawn at most ten
 * times a second. SCHEMAC_PROGRESS_DELAY_MS replaces the half second (0:
 * from the first update), for the tests.
 */
#ifndef SCHEMAC_PROGRESS_H
#define SCHEMAC_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

struct progress {
	const char *what;	/* "replaying migrations": static or outliving p */
	size_t total;		/* steps in all */
	bool on;		/* standard error is a terminal */
	bool shown;		/* the line is on the screen now */
	long long start_ms;	/* when progress_begin ran (monotonic) */
	long long drawn_ms;	/* when the line was last drawn */
	long long delay_ms;	/* nothing drawn before start_ms + delay_ms */
};

void progress_begin(struct progress *p, const char *what, size_t total);
/* done of total steps finished; item names the one under way (or NULL). */
void progress_update(struct progress *p, size_t done, const char *item);
/* Erases the line (if shown) so that other output can be printed. */
void progress_clear(struct progress *p);
/* The work is over: the line is erased. */
void progress_end(struct progress *p);

#endif
