/*
 * check_refs.h - hints for the builder's name errors, added once the whole
 * input is read: where an object that already exists was first defined,
 * and which later file creates an object used too early (check_refs.c).
 */
#ifndef SCHEMAC_CHECK_REFS_H
#define SCHEMAC_CHECK_REFS_H

#include <stddef.h>

struct catalog;
struct diags;

/* Adds the hints to the diagnostics of d from index first on, against cat
 * as the whole input built it. */
void refs_explain(const struct catalog *cat, struct diags *d, size_t first);

#endif
