/*
 * seed.h - the static check of seed files against the schema, before
 * `schemac seed` runs them: every table and column an INSERT, UPDATE or
 * COPY names exists in the catalog (schema/ as schemac reads it), and the
 * literals written into a column fit its type. No database is involved.
 */
#ifndef SCHEMAC_SEED_H
#define SCHEMAC_SEED_H

#include "catalog.h"
#include "diag.h"

/*
 * Checks the statements of file (its display name path, its text) against
 * cat: a table that does not exist (an unqualified name is looked up in
 * public), a column it does not have, a NULL into a NOT NULL column without
 * a default (written, or left out of an INSERT's column list), a value
 * written into a generated column, and a literal that does not fit the
 * column's type (a string that is not an integer into an integer column, out
 * of its range; not a boolean, a number, a uuid; an integer or boolean
 * constant where PostgreSQL has no assignment cast). Each an error at the
 * literal's or the name's file:line:col. Returns the number of errors.
 */
int seed_check(struct arena *a, struct diags *d, const struct catalog *cat, const char *path,
	       const char *text);

#endif
