/*
 * build.h - the one interpreter of DDL. It applies statements to a catalog
 * in order - CREATE, ALTER, DROP, COMMENT, RENAME, SET search_path - the way
 * PostgreSQL would, including the names PostgreSQL gives to what the
 * statement leaves unnamed. The same code reads hand-written schema files,
 * replays migrations and reads pg_dump --schema-only output.
 *
 * A statement it does not model is an error at its location
 * (`unsupported statement: CREATE VIEW`); data statements (INSERT, UPDATE,
 * DELETE) are reported as warnings, since they do not change the schema.
 */
#ifndef SCHEMAC_BUILD_H
#define SCHEMAC_BUILD_H

#include "catalog.h"
#include "parse.h"

/* Applies one statement. Returns 0, or -1 with a diagnostic recorded. */
int build_stmt(struct catalog *cat, const struct stmt *st, struct diags *d);

/* Parses every statement of p and applies it; stops applying (but keeps
 * checking syntax) after a syntax error. Returns the number of errors it
 * recorded. */
int build_catalog(struct catalog *cat, struct parser *p, struct diags *d);

/* Builds a catalog from files or folders; NULL paths[i] is skipped. Catalogs
 * built with the same cache share the parsing of identical statements. */
struct catalog *build_from_paths(struct arena *a, struct diags *d, struct stmt_cache *cache,
				 const char *const *paths, int npaths);

#endif
