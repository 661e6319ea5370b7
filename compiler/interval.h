/*
 * interval.h - interval literals in the form PostgreSQL prints them.
 */
#ifndef SCHEMAC_INTERVAL_H
#define SCHEMAC_INTERVAL_H

struct arena;

/* The text interval_out prints (IntervalStyle postgres) for the interval
 * literal text, in a; NULL when text is not in a form this reads. */
const char *interval_canon(struct arena *a, const char *text);

#endif
