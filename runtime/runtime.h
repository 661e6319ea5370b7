/*
 * runtime.h - the runtime: applies the migrations folder to a PostgreSQL
 * database with libpq, and reports where a database stands against the
 * folder. Simple-query protocol only (PQexec / PQsendQuery, never a prepared
 * statement), so it works through PgBouncer in transaction mode.
 *
 * The database records what was applied in a tracking table (config
 * tracking_table, default public.schemac_migrations), one row per version:
 * name, the file's XXH3-128 checksum (as in schemac.sum), when, how long, by
 * whom; a no-transaction migration (or down migration) also records how
 * many of its statements succeeded and which session runs it, so that after a
 * failure, or when its migrator is gone, it resumes after the last one.
 *
 * Like the compiler stages, the runtime never prints and never exits: it
 * returns results, records diagnostics (diag.h), and reports progress through
 * a callback. Its functions return one of the exit codes below.
 */
#ifndef SCHEMAC_RUNTIME_H
#define SCHEMAC_RUNTIME_H

#include "../compiler/diag.h"
#include "../compiler/migrations.h"

enum { RT_OK = 0, RT_FINDINGS = 1, RT_USAGE = 2, RT_DATABASE = 3 };

/* Where to connect, found by runtime_target. */
struct db_target {
	const char *url;	/* the URL or conninfo string (holds the password) */
	const char *source;	/* "--url", "DATABASE_URL from .env", ... */
	const char *display;	/* "dbname on host:port": never the password */
	const char *banner;	/* display and where the URL came from:
				 * "app on db:5432 (DATABASE_URL from .env)" */
	struct ptrvec secrets;	/* const char *: strings never to show */
};

/*
 * The database to use: url (from --url or a config environment) if not
 * NULL, else DIRECT_URL (when for_migrations) or DATABASE_URL, from the
 * environment, then .env.local, then .env in the current folder; with env
 * (an environment name, may be NULL) from .env.ENV.local, .env.local, .env,
 * and the process environment last. Each key is looked up in every place
 * before the next key (first match wins). RT_USAGE
 * and a diagnostic when none is found or the URL does not parse.
 */
int runtime_target(struct db_target *t, struct arena *a, const char *url, const char *url_source,
		   const char *env, bool for_migrations, struct diags *d);

/* Replaces every secret of t in sb (rendered messages) with "***". */
void runtime_scrub(struct strbuf *sb, const struct db_target *t);

struct runtime_event;

struct runtime_options {
	const struct db_target *target;
	const char *tracking_table;	/* "name" or "schema.name" */
	const char *lock_timeout;	/* SET LOCAL lock_timeout, default "5s" */
	const char *statement_timeout;	/* default "0" (none) */
	int lock_retries;		/* a migration that hits lock_timeout is
					 * retried this many times, with backoff */
	int to_version;			/* apply up to this version; -1: all */
	bool dry_run;			/* report what would run, change nothing */
	/* progress, called as things happen; may be NULL */
	void (*progress)(void *ctx, const struct runtime_event *ev);
	void *ctx;
};

enum runtime_event_kind {
	EV_STARTING,		/* migrate: a migration begins (position of
				 * count: the migrations this run applies) */
	EV_APPLIED,		/* a migration committed (ms, nstatements) */
	EV_RESUMED,		/* a no-transaction migration (undo: its down
				 * file) resumes at statement */
	EV_RECOVERED,		/* ... after its migrator died (detail: who
				 * had claimed it) */
	EV_INDEX_DROPPED,	/* an invalid index that an interrupted CREATE
				 * INDEX CONCURRENTLY left (detail) was dropped
				 * before statement ran again */
	EV_DONE_ELSEWHERE,	/* another migrator applied it meanwhile */
	EV_WOULD_APPLY,		/* --dry-run */
	EV_LOCK_RETRY,		/* lock_timeout hit; retrying after ms */
	EV_ROLLED_BACK,		/* rollback: mg's down file committed (ms, nstatements) */
	EV_UNDONE_ELSEWHERE,	/* rollback: another run rolled mg back meanwhile */
	EV_WOULD_ROLL_BACK,	/* rollback --dry-run */
	EV_BASELINED,		/* baseline: mg recorded as applied */
};

struct runtime_event {
	enum runtime_event_kind kind;
	const struct migration *mg;
	long ms;
	int statement;		/* 1-based */
	int nstatements;
	bool no_transaction;
	bool undo;		/* about mg's down file (rollback) */
	const char *detail;	/* see the kinds */
	int position;		/* EV_STARTING: 1-based, of count */
	int count;
};

enum migration_state {
	MS_APPLIED,	/* recorded, checksum matches the file */
	MS_PENDING,	/* in the folder, not in the database */
	MS_MODIFIED,	/* applied, but the file changed since */
	MS_MISSING,	/* recorded in the database, no file */
	MS_FAILED,	/* no-transaction migration stopped at a statement */
	MS_RUNNING,	/* no-transaction migration begun, not finished nor
			 * failed: running elsewhere, or its migrator died
			 * (the next run notices and resumes it) */
};

const char *migration_state_name(enum migration_state s);

struct migration_status {
	int version;
	const char *name;		/* file name, or the recorded one */
	enum migration_state state;
	const struct migration *file;	/* NULL when missing */
	const char *checksum;		/* of the file, or recorded */
	/* from the tracking table (NULL / -1 when not recorded) */
	const char *recorded_name;
	const char *recorded_checksum;
	const char *applied_at;
	long duration_ms;
	const char *applied_by;
	int statements_done;
	int statements_total;
	const char *failed_at;
	const char *error;
	bool undoing;			/* FAILED / RUNNING: its no-transaction
					 * down file, not the migration */
};

struct runtime_status {
	const char *tracking_table;	/* qualified, as shown */
	bool table_exists;
	struct ptrvec list;		/* struct migration_status *, by version */
	int count[MS_RUNNING + 1];
	int applied_now;		/* migrate: migrations applied by this run;
					 * rollback: rolled back; baseline: recorded */
};

/* Where the database stands against the folder m. */
int runtime_status(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		   const struct migrations *m, struct diags *d);

/* Applies the pending migrations of m, in order, up to o->to_version. Stops
 * before anything when an applied migration was edited or is missing
 * (RT_FINDINGS), at the first failure (RT_DATABASE). */
int runtime_migrate(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		    const struct migrations *m, struct diags *d);

/* Rolls back the newest applied migrations, newest first, with their
 * NNNN_name.down.sql: those above o->to_version, or only the newest one when
 * it is -1. Each down file runs in its own transaction under the advisory
 * lock, deleting the migration's row in that transaction; a down file that
 * says -- schemac:no-transaction runs statement by statement, resumable, as
 * migrate runs such migrations. Refuses before anything runs (RT_FINDINGS)
 * when a down file is missing, an applied migration was edited or is
 * missing, or one to roll back is an unfinished no-transaction migration;
 * stops at the first failure (RT_DATABASE). */
int runtime_rollback(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		     const struct migrations *m, struct diags *d);

/* Records the migrations 0..o->to_version as applied, with their checksums,
 * running nothing: adopting schemac on a database already at that version.
 * Refuses (RT_FINDINGS) when the tracking table records anything. */
int runtime_baseline(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		     const struct migrations *m, struct diags *d);

/* schemac verify (verify.c): the history proved on a real server. */
struct verify_options {
	const char *dev_url;		/* a server to use; NULL: start a throwaway
					 * one from the binaries on the machine */
	const char *bindir;		/* pg_dump's folder; NULL: from PATH */
	const char *schema_dir;		/* schema/, loaded alone */
	const struct migrations *m;	/* the history */
	const char *tracking_table;
	struct ptrvec before;		/* const char *: files loaded first on
					 * both sides (a platform's stubs) */
	void (*say)(void *ctx, const char *line);	/* progress; may be NULL */
	void *ctx;
};

/* Replays m on a scratch database, compares the pg_dump with schema_dir's
 * loaded alone, runs every down file newest first checking each returns
 * the schema before its migration. RT_OK proven; RT_FINDINGS a difference
 * or a statement PostgreSQL refused (reported at its file:line);
 * RT_DATABASE when no server could be started or reached (the reason). */
int runtime_verify(struct arena *a, const struct verify_options *o, struct diags *d);

/* The XXH3-128 of a file's text, as schemac.sum writes it (32 hex digits). */
const char *runtime_checksum(struct arena *a, const char *text, size_t len);

/* ---- apply.c: files run outside the history (push, seed) ---- */

struct apply_options {
	const struct db_target *target;
	bool dry_run;		/* report each statement, connect to nothing */
	/* before each file runs (n: its statements), and each statement; may
	 * be NULL */
	void (*file)(void *ctx, const struct migration *file, int n);
	void (*statement)(void *ctx, const struct migration *file, const char *sql);
	void *ctx;
};

/*
 * Runs files (struct migration *: path and text), in order, each in one
 * transaction or, when it says -- schemac:no-transaction, statement by
 * statement, recording nothing. Every file is split before the first runs.
 * Stops at the first failure (its transaction rolled back). RT_OK, RT_USAGE
 * (a file does not parse) or RT_DATABASE, with diagnostics.
 */
int runtime_apply(struct arena *a, const struct apply_options *o, const struct ptrvec *files,
		  struct diags *d);

/* ---- export.c ---- */

/* pg_dump (the program, found in PATH) of the whole database into
 * DIR/DBNAME-YYYYMMDDTHHMMSSZ.sql, plain SQL, schema and data; *written the
 * path. RT_USAGE when pg_dump is missing or older than the server (major
 * versions), RT_DATABASE when the server or pg_dump fails; nothing left
 * written on failure. */
int runtime_export(struct arena *a, const struct db_target *t, const char *dir, const char *pg_dump,
		   const char **written, struct diags *d);

#endif
