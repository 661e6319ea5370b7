/*
 * introspect.h - a live PostgreSQL read into schemac's catalog. The
 * introspector queries pg_catalog (operators qualified, search_path empty,
 * in a READ ONLY, REPEATABLE READ transaction) and writes the DDL that
 * creates what it finds, taking PostgreSQL's own text where it has a
 * deparser (pg_get_viewdef, pg_get_indexdef, pg_get_constraintdef,
 * pg_get_functiondef, pg_get_triggerdef, pg_get_expr, format_type). That
 * text then goes through the same parser and builder that read schema
 * files (parse.h, build.h), so a database and a file meet in one
 * representation.
 *
 * Never pulled: pg_catalog, information_schema, pg_toast and the other pg_*
 * schemas, objects that belong to an extension (pg_depend deptype 'e'), the
 * tracking table, and with managed schemas, everything outside them. What
 * exists in the database but schemac does not model (aggregates,
 * operators, foreign tables, rules, ...) is reported as a warning, by name.
 *
 * PostgreSQL 15 is what this reads (the server's version is checked).
 */
#ifndef SCHEMAC_INTROSPECT_H
#define SCHEMAC_INTROSPECT_H

#include "runtime.h"
#include "../compiler/catalog.h"
#include "../compiler/parse.h"

struct introspect_options {
	const struct db_target *target;
	const struct ptrvec *managed_schemas;	/* const char *; NULL or empty: all */
	const char *tracking_table;		/* "name" or "schema.name": left out */
};

/* The DDL of the database, in an order PostgreSQL accepts, into out.
 * Returns RT_OK, or RT_DATABASE with a diagnostic. */
int introspect_sql(struct strbuf *out, struct arena *a, const struct introspect_options *o,
		   struct diags *d);

/* The database's catalog: introspect_sql's text built by the builder, under
 * the file name "database NAME". NULL with diagnostics on failure; *rt
 * (when not NULL) tells RT_DATABASE (could not read) from RT_USAGE (the
 * builder refused what was read). */
struct catalog *introspect_catalog(struct arena *a, struct stmt_cache *cache,
				   const struct introspect_options *o, struct diags *d, int *rt);
/* The catalog of introspect_sql's text sql, as introspect_catalog builds
 * it; NULL when the builder refused it. Building the text read once again
 * gives a second catalog of the same snapshot. */
struct catalog *introspect_build(struct arena *a, struct stmt_cache *cache,
				 const struct introspect_options *o, const char *sql, struct diags *d);

#endif
