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

/* A quoted SQL literal, and a quoted identifier. */
char *rt_literal(struct arena *a, const char *s);
char *rt_ident(struct arena *a, const char *s);

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
/* Creates the table if it does not exist (under the advisory lock); adds the
 * columns an older schemac did not make to one that does (create false: only
 * that). */
int tracking_create(PGconn *c, struct arena *a, const struct tracking *tr, bool create,
		    struct diags *d);
/* Reads the table (if it exists) and merges it with the folder m. */
int tracking_status(struct runtime_status *out, struct arena *a, PGconn *c,
		    const struct tracking *tr, const struct migrations *m, struct diags *d);

/* ---- run.c: shared by migrate.c, rollback.c and notx.c ---- */

/* Another migrator did this very step meanwhile: nothing to do. */
#define RT_SKIPPED 100

/* One statement of a migration file. */
struct split_stmt {
	int off;		/* byte offset of its first token in the file */
	int len;		/* its length, without the semicolon */
	bool alone;		/* PostgreSQL refuses it inside a transaction
				 * block (CREATE INDEX CONCURRENTLY, VACUUM, CALL,
				 * DO, ...): a no-transaction run sends it alone */
	const char *index;	/* CREATE INDEX CONCURRENTLY: the index named
				 * (NULL when unnamed), */
	const char *table;	/* and its table, quoted, as written */
};

/* A migration split into statements by the parse front. */
struct split {
	const struct srcfile *file;	/* NULL when the file has no statement */
	int n;
	struct split_stmt *st;
	bool no_tx;			/* -- schemac:no-transaction */
};

/* Splits mg (its path and text); RT_USAGE and diagnostics on a parse error
 * or a statement controlling the transaction. */
int rt_split(struct split *sp, struct arena *a, const struct migration *mg, struct diags *d);

struct run {
	struct arena *a;
	struct diags *d;
	const struct runtime_options *o;
	const struct tracking *tr;
	PGconn *c;
	const char *token;	/* who claims no-transaction migrations */
};

long rt_now_ms(void);
void rt_emit(const struct run *rn, enum runtime_event_kind kind, const struct migration *mg,
	     long ms, int statement, int n, bool no_tx);
void rt_emit_event(const struct run *rn, const struct runtime_event *ev);
/* Reports the failure of statement i of sp (0-based; -1: unknown). The text
 * sent held `lead` characters, then the file from byte base on: PostgreSQL's
 * error position is counted from the start of what was sent. */
void rt_report_failure(const struct run *rn, const struct migration *mg, const struct split *sp,
		       int i, const PGresult *r, int base, int lead, const char *advice);
/* ROLLBACK, result ignored. */
void rt_abort(PGconn *c);
/* Sends text as one simple query and reads every result: *done counts the
 * statements that succeeded, *failed is the first failed result (or NULL);
 * *last (when last is not NULL) the last successful one. The caller clears
 * both. false when the query could not be sent. */
bool rt_send(const struct run *rn, const char *text, int *done, PGresult **failed,
	     PGresult **last);
/* Does the folder hold a migration of that version? */
bool rt_version_in_folder(const struct migrations *m, int version);
/* After the file ran in the open transaction: refuses a file that ended the
 * transaction itself, else runs sql (the tracking change and COMMIT);
 * RT_OK, or RT_DATABASE with the failure reported with note. */
int rt_commit(const struct run *rn, const struct migration *mg, const struct split *sp,
	      const char *sql, const char *note);
/* rt_send in the open transaction, with lock timeouts retried: 1 sent, 0 a
 * lock timeout (transaction aborted, backoff slept: try again), -1 failed
 * (reported with note, transaction aborted). */
int rt_send_or_retry(const struct run *rn, const struct migration *mg, const struct split *sp,
		     const char *text, int attempt, const char *note);
/* A lock timeout at attempt: true (and the backoff slept) when it is worth
 * another try. */
bool rt_lock_retry(const struct run *rn, const struct migration *mg, const PGresult *failed,
		   int attempt, int statement, int n);
/* mg, thought pending, was found applied (with recorded_checksum) by another
 * migrator: RT_SKIPPED when it applied this very file, else RT_FINDINGS. */
int rt_applied_elsewhere(const struct run *rn, const struct migration *mg,
			 const char *recorded_checksum, const char *checksum);
/* What migrate and rollback start with: the tracking table's names, --to
 * checked against the folder, the connection (rn->c, to PQfinish whatever
 * the result), a claim token, the table made or brought up to date (not
 * on a dry run; create: make it if missing), the status read and the
 * checksums checked. */
int rt_open(struct run *rn, struct tracking *tr, struct runtime_status *out,
	    const struct migrations *m, bool create);
/* RT_DATABASE and one line when the server only reads (a standby, or
 * default_transaction_read_only). */
int rt_check_writable(PGconn *c, const struct db_target *t, struct diags *d);

/* ---- notx.c: no-transaction migrations and down migrations ---- */

struct notx {
	const struct migration *mg;	/* the migration: its version is the row */
	const struct migration *file;	/* what runs: mg itself, or its down file */
	const struct split *sp;		/* file, split */
	const char *checksum;		/* of mg's file */
	bool undo;			/* rolling mg back with its down file */
};

/* Runs job statement by statement, outside a transaction, recording its
 * progress in mg's row: claimed (or resumed: after a failure, or taken over
 * from a migrator that is gone), each statement counted, then marked applied
 * (undo: the row deleted). RT_OK, RT_SKIPPED (another migrator did it),
 * RT_FINDINGS (running elsewhere, applied statements edited) or RT_DATABASE. */
int rt_run_statements(struct run *rn, const struct notx *job);

/* The invalid index (quoted, qualified) that CREATE INDEX CONCURRENTLY s
 * left when it failed or was interrupted, or NULL; *ret RT_DATABASE (and a
 * diagnostic) when the lookup failed. */
char *rt_invalid_index(const struct run *rn, const struct split_stmt *s, const char *file, int *ret);

#endif
