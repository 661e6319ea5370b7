/*
 * progress.c - the progress line (progress.h).
 */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { DEFAULT_DELAY_MS = 500, REDRAW_MS = 100, WIDTH = 78 };

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void progress_begin(struct progress *p, const char *what, size_t total)
{
	const char *term = getenv("TERM"), *delay = getenv("SCHEMAC_PROGRESS_DELAY_MS");

	*p = (struct progress){ what, total, isatty(STDERR_FILENO) && !(term && strcmp(term, "dumb") == 0),
				false, now_ms(), 0, DEFAULT_DELAY_MS };
	if (delay && *delay)
		p->delay_ms = atoll(delay);
}

void progress_update(struct progress *p, size_t done, const char *item)
{
	long long now;
	char line[WIDTH + 1];
	int n;

	if (!p->on)
		return;
	now = now_ms();
	if (now - p->start_ms < p->delay_ms || (p->shown && now - p->drawn_ms < REDRAW_MS))
		return;
	n = snprintf(line, sizeof(line), "%s %zu/%zu%s%s", p->what, done, p->total, item ? ": " : "",
		     item ? item : "");
	if (n < 0)
		return;
	fprintf(stderr, "\r%s\033[K", line);	/* cut at WIDTH: one line */
	fflush(stderr);
	p->shown = true;
	p->drawn_ms = now;
}

void progress_clear(struct progress *p)
{
	if (!p->shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = false;
	p->drawn_ms = 0;
}

void progress_end(struct progress *p)
{
	progress_clear(p);
	p->on = false;
}
