/*
 * runtime_int.h - what the runtime's files share and nobody else sees: the
 * connection, running SQL with errors turned into diagnostics, and the
 * tracking table's SQL.
 */
#ifndef SCHEMAC_RUNTIME_INT_H
#define SCHEMAC_RUNTIME_INT_H

#include "runtime.h"
#include "../compiler/arena.h"
#include "../compiler/strbuf.h"

#include <postgresql/libpq-fe.h>

/* Opens a connection to t; NULL and one diagnostic line (scrubbed) when it
 * cannot. */
PGconn *rt_connect(const struct db_target *t, struct arena *a, struct diags *d);

/* Runs sql (one or several statements) with PQexec. Returns the last
 * result when every statement succeeded; otherwise NULL, with *err (when
 * err is not NULL) holding the failed result for the caller to clear, or a
 * diagnostic recorded under what when err is NULL. */
PGresult *rt_exec(PGconn *c, const char *sql, PGresult **err, struct diags *d, const char *what);

/* PostgreSQL's message of a failed result, with its SQLSTATE, detail and
 * hint lines ("relation \"x\" does not exist (SQLSTATE 42P01)"). */
char *rt_error_text(struct arena *a, PGconn *c, const PGresult *r);

/* The part of a text that is safe to show: secrets of t replaced. */
char *rt_scrubbed(struct arena *a, const struct db_target *t, const char *text);

/* A quoted SQL literal. */
char *rt_literal(struct arena *a, const char *s);

/* The tracking table: its quoted qualified name and the advisory lock key
 * derived from it. */
struct tracking {
	const char *quoted;	/* "public"."schemac_migrations" */
	const char *shown;	/* public.schemac_migrations */
	const char *schema;	/* public */
	const char *name;
	long long lock_key;
};

int tracking_init(struct tracking *tr, struct arena *a, const char *table, struct diags *d);
/* Creates the table if it does not exist (under the advisory lock). */
int tracking_create(PGconn *c, struct arena *a, const struct tracking *tr, struct diags *d);
/* Reads the table (if it exists) and merges it with the folder m. */
int tracking_status(struct runtime_status *out, struct arena *a, PGconn *c,
		    const struct tracking *tr, const struct migrations *m, struct diags *d);

#endif
