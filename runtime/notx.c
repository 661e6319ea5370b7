/*
 * notx.c - migrations and down migrations that say
 * `-- schemac:no-transaction` (CREATE INDEX CONCURRENTLY, batched backfills):
 * run statement by statement, outside a transaction, with their progress in
 * the migration's tracking row, so that a run that stops - a statement that
 * fails, a backend killed, a server stopped, a migrator that died - resumes
 * after the last statement that succeeded.
 *
 * Claim. Under the advisory lock (transaction-level, as everywhere), the row
 * is read. None: a fresh run inserts it (undo: the row, still applied, is
 * marked undoing), claimed_by this migrator. Failed: the run resumes at
 * statements_done, provided the statements already done did not change
 * (done_hash). Running, that is neither finished nor failed: either another
 * migrator is at it, or its migrator died without a word (killed, its machine
 * gone, the server stopped). The row names the session that runs it
 * (owner_pid and owner_started, the backend's start time, since pids are
 * reused); that migrator is alive while
 *
 *   - its session still exists (pg_stat_activity) and is busy, or has been
 *     idle less than OWNER_IDLE_LIMIT: a live migrator's session is idle only
 *     for the milliseconds between two statements; or
 *   - some backend is running the statement it was at.
 *
 * Otherwise it is gone and this run takes the row over, and resumes. (A
 * failed row is resumed too, unless a backend still runs its statement: its
 * migrator may have recorded the failure from a new connection.) A
 * killed backend or a stopped server ends the session at once; a migrator
 * process killed ends it as soon as its backend notices (at once when idle;
 * within a second when busy, since the statements run with
 * client_connection_check_interval = 1s on PostgreSQL 14 and later, so the
 * statement of a dead migrator is cancelled rather than left running). The
 * second rule is for a transaction pooler: there each transaction may use
 * another server session, and the session recorded (the last one that
 * updated the row) lives on in the pooler's pool after the migrator died -
 * idle, so it stops counting after OWNER_IDLE_LIMIT - while the statement
 * may run on a different one. The idle rule also covers a client machine
 * that vanished without closing its connection. Where pg_stat_activity hides
 * another role's session details, the session counts as alive.
 *
 * Statements. One that PostgreSQL accepts in a transaction block is sent with
 * the update of statements_done in one simple query, an implicit
 * transaction: the statement and its count commit together, so a resume
 * never runs it twice. One refused there (split_stmt.alone; or found so by
 * its error, SQLSTATE 25001 or 2D000) runs alone and is counted after. If its
 * migrator dies between the two, the resume runs it again.
 *
 * Invalid indexes. CREATE INDEX CONCURRENTLY that fails or is interrupted
 * leaves its index behind, INVALID (pg_index.indisvalid false): running it
 * again would fail ("already exists"), or with IF NOT EXISTS silently keep
 * the broken index. So before a resumed run re-runs a CREATE INDEX
 * CONCURRENTLY that names its index, an invalid index of that name on that
 * table is dropped with DROP INDEX CONCURRENTLY IF EXISTS, and the progress
 * callback says so. A valid index of that name is left alone.
 *
 * Session settings (lock_timeout, statement_timeout) are SET for the run and
 * RESET after: through a transaction pooler they may not reach every
 * statement, which is one reason migrations should use a direct connection
 * (DIRECT_URL).
 */
#include "runtime_int.h"

#include <stdio.h>
#include <stdlib.h>

/* How long the session of a live migrator can be idle in the middle of a
 * no-transaction run: it never is, but for the moment between statements. */
#define OWNER_IDLE_LIMIT "60 seconds"

/* The session that runs this SQL, recorded as the row's owner. */
#define OWNER_SET \
	"owner_pid = pg_backend_pid(), owner_started = " \
	"(SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid())"

/* The tracking row, as read under the lock. */
enum {
	R_APPLIED, R_CHECKSUM, R_DONE, R_HASH, R_CLAIMED_BY, R_FAILED, R_STARTED, R_UNDOING,
	R_NEWEST,
};

/* The hash of the first k statements: what a resume must find unchanged. */
static const char *done_hash(struct arena *a, const struct split *sp, int k)
{
	struct strbuf sb = STRBUF_INIT;
	const char *h;

	for (int i = 0; i < k; i++) {
		sb_add(&sb, sp->file->text + sp->st[i].off, (size_t)sp->st[i].len);
		sb_addc(&sb, '\0');
	}
	h = runtime_checksum(a, sb.buf, sb.len);
	sb_release(&sb);
	return h;
}

static char *stmt_text(struct arena *a, const struct split *sp, int i)
{
	return arena_strndup(a, sp->file->text + sp->st[i].off, (size_t)sp->st[i].len);
}

/* "applied" or "rolled back", for messages. */
static const char *doing(const struct notx *job)
{
	return job->undo ? "rolled back" : "applied";
}

/* Opens a transaction, takes the lock and reads the row (none: 0 rows). */
static PGresult *read_row(const struct run *rn, const struct notx *job)
{
	PGresult *r = rt_exec(rn->c, arena_printf(rn->a,
		"BEGIN; SELECT pg_advisory_xact_lock(%lld);"
		" SELECT applied_at IS NOT NULL, checksum, statements_done, done_hash, claimed_by,"
		" failed_at IS NOT NULL,"
		" to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), undoing,"
		" (SELECT max(version) FROM %s) FROM %s WHERE version = %d",
		rn->tr->lock_key, rn->tr->quoted, rn->tr->quoted, job->mg->version),
		NULL, rn->d, arena_printf(rn->a, "%s: cannot start", job->file->name));

	if (!r)
		rt_abort(rn->c);
	return r;
}

/* In the open transaction: *pid is a backend that shows the migrator of the
 * row alive (its session, unless only_busy, or one running the statement it
 * is at), or NULL when it is gone. */
static int live_owner(const struct run *rn, const struct notx *job, int statement,
		      bool only_busy, const char **pid)
{
	const struct split *sp = job->sp;
	const char *busy = "NULL", *session = "NULL";
	PGresult *r;

	*pid = NULL;
	if (statement < sp->n) {
		const char *s = rt_literal(rn->a, stmt_text(rn->a, sp, statement));
		busy = arena_printf(rn->a,
			"(SELECT min(a.pid) FROM pg_stat_activity a"
			" WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()"
			" AND a.state = 'active' AND a.query <> ''"
			" AND (starts_with(a.query, %s) OR starts_with(%s, a.query)))",
			s, s);
	}
	if (!only_busy)
		session = arena_printf(rn->a,
			"(SELECT a.pid FROM pg_stat_activity a, %s t WHERE t.version = %d"
			" AND a.pid = t.owner_pid"
			" AND (a.backend_start IS NULL OR a.backend_start = t.owner_started)"
			" AND (a.state IS DISTINCT FROM 'idle'"
			" OR a.state_change > clock_timestamp() - interval '" OWNER_IDLE_LIMIT "'))",
			rn->tr->quoted, job->mg->version);
	r = rt_exec(rn->c, arena_printf(rn->a, "SELECT coalesce(%s, %s)", session, busy),
		NULL, rn->d, arena_printf(rn->a, "%s: cannot tell whether its migrator lives", job->file->name));
	if (!r)
		return RT_DATABASE;
	if (!PQgetisnull(r, 0, 0))
		*pid = arena_strdup(rn->a, PQgetvalue(r, 0, 0));
	PQclear(r);
	return RT_OK;
}

/* Runs sql (ending the transaction) and reports failure under what. */
static int exec_commit(const struct run *rn, const char *sql, const char *what)
{
	PGresult *r = rt_exec(rn->c, sql, NULL, rn->d, what);

	if (!r) {
		rt_abort(rn->c);
		return RT_DATABASE;
	}
	PQclear(r);
	return RT_OK;
}

/* A fresh run: the row inserted (undo: marked undoing), claimed. */
static int claim_fresh(const struct run *rn, const struct notx *job)
{
	const struct migration *mg = job->mg;
	const char *h0 = rt_literal(rn->a, done_hash(rn->a, job->sp, 0));
	const char *tok = rt_literal(rn->a, rn->token);
	char *sql;

	if (job->undo)
		sql = arena_printf(rn->a,
			"UPDATE %s SET undoing = true, statements_done = 0, statements_total = %d,"
			" done_hash = %s, claimed_by = %s, " OWNER_SET ", started_at = clock_timestamp(),"
			" failed_at = NULL, error = NULL WHERE version = %d; COMMIT",
			rn->tr->quoted, job->sp->n, h0, tok, mg->version);
	else
		sql = arena_printf(rn->a,
			"INSERT INTO %s (version, name, checksum, statements_total, done_hash, claimed_by,"
			" owner_pid, owner_started) SELECT %d, %s, %s, %d, %s, %s, pg_backend_pid(),"
			" (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()); COMMIT",
			rn->tr->quoted, mg->version, rt_literal(rn->a, mg->name),
			rt_literal(rn->a, job->checksum), job->sp->n, h0, tok);
	return exec_commit(rn, sql, arena_printf(rn->a, "%s: cannot claim it", job->file->name));
}

/* The row is another run's, unfinished (running: its migrator is gone), in
 * the same direction: take it over from statement done on. */
static int claim_resume(const struct run *rn, const struct notx *job, const PGresult *row,
			int done)
{
	const struct migration *mg = job->mg;
	const char *was = PQgetisnull(row, 0, R_CLAIMED_BY) ? NULL : PQgetvalue(row, 0, R_CLAIMED_BY);
	PGresult *r;

	r = rt_exec(rn->c, arena_printf(rn->a,
		"UPDATE %s SET claimed_by = %s, " OWNER_SET ", failed_at = NULL, error = NULL,"
		" statements_total = %d%s%s%s%s WHERE version = %d AND statements_done = %d"
		" AND claimed_by IS NOT DISTINCT FROM %s RETURNING version",
		rn->tr->quoted, rt_literal(rn->a, rn->token), job->sp->n,
		job->undo ? "" : ", name = ", job->undo ? "" : rt_literal(rn->a, mg->name),
		job->undo ? "" : ", checksum = ", job->undo ? "" : rt_literal(rn->a, job->checksum),
		mg->version, done, was ? rt_literal(rn->a, was) : "NULL"),
		NULL, rn->d, arena_printf(rn->a, "%s: cannot claim it", job->file->name));
	if (!r) {
		rt_abort(rn->c);
		return RT_DATABASE;
	}
	if (PQntuples(r) != 1) {
		PQclear(r);
		rt_abort(rn->c);
		diag_at(rn->d, DIAG_ERROR, NULL, -1, "%s: another migrator changed %s meanwhile",
			job->file->path, rn->tr->shown);
		return RT_FINDINGS;
	}
	PQclear(r);
	return exec_commit(rn, "COMMIT", arena_printf(rn->a, "%s: cannot claim it", job->file->name));
}

/* Claims the row for this run: *start is the statement to begin with,
 * *resumed whether an earlier run had begun it. */
static int claim(const struct run *rn, const struct notx *job, int *start, bool *resumed)
{
	const struct migration *mg = job->mg;
	const struct split *sp = job->sp;
	PGresult *r = read_row(rn, job);
	bool applied, undoing, failed;
	const char *owner = NULL;
	int ret, done;

	*start = 0;
	*resumed = false;
	if (!r)
		return RT_DATABASE;
	if (PQntuples(r) == 0) {
		PQclear(r);
		if (job->undo) {
			rt_abort(rn->c);
			rt_emit(rn, EV_UNDONE_ELSEWHERE, mg, 0, 0, 0, false);
			return RT_SKIPPED;
		}
		return claim_fresh(rn, job);
	}
	applied = PQgetvalue(r, 0, R_APPLIED)[0] == 't';
	undoing = PQgetvalue(r, 0, R_UNDOING)[0] == 't';
	failed = PQgetvalue(r, 0, R_FAILED)[0] == 't';
	done = atoi(PQgetvalue(r, 0, R_DONE));

	if (!job->undo && applied && !undoing) {
		ret = rt_applied_elsewhere(rn, mg, PQgetvalue(r, 0, R_CHECKSUM), job->checksum);
		goto refuse;
	}
	if (undoing != job->undo) {
		if (job->undo && applied && str_eq(PQgetvalue(r, 0, R_CHECKSUM), job->checksum) &&
		    atoi(PQgetvalue(r, 0, R_NEWEST)) == mg->version) {
			PQclear(r);
			return claim_fresh(rn, job);
		}
		diag_at(rn->d, DIAG_ERROR, NULL, -1, "%s: not %s: another migrator changed %s meanwhile",
			mg->path, doing(job), rn->tr->shown);
		ret = RT_FINDINGS;
		goto refuse;
	}
	{
		/* failed: recorded by its migrator, perhaps from a new session
		 * while the old one still runs the statement */
		const char *pid;
		if ((ret = live_owner(rn, job, done, failed, &pid)) != RT_OK)
			goto refuse;
		if (pid) {
			struct diag *dg = failed
				? diag_at(rn->d, DIAG_ERROR, NULL, -1,
					  "%s: recorded as failed at statement %d, which still runs on the server (session pid %s)",
					  job->file->path, done + 1, pid)
				: diag_at(rn->d, DIAG_ERROR, NULL, -1,
					  "%s: is being %s by another migrator (%s, since %s; session pid %s)",
					  job->file->path, job->undo ? "rolled back" : "applied",
					  PQgetvalue(r, 0, R_CLAIMED_BY), PQgetvalue(r, 0, R_STARTED), pid);
			diag_set_hint(rn->d, dg,
				      "wait for it, then run %s again; if that migrator is gone but its session hangs on, "
				      "SELECT pg_terminate_backend(%s) ends it, and the next run resumes",
				      job->undo ? "rollback" : "migrate", pid);
			ret = RT_FINDINGS;
			goto refuse;
		}
		if (!failed)
			owner = PQgetisnull(r, 0, R_CLAIMED_BY)
					? "unknown"
					: arena_strdup(rn->a, PQgetvalue(r, 0, R_CLAIMED_BY));
	}
	if (done > sp->n || !str_eq(PQgetvalue(r, 0, R_HASH), done_hash(rn->a, sp, done))) {
		struct diag *dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
					  "%s: the %d statement%s that already ran %s changed since",
					  job->file->path, done, done == 1 ? "" : "s",
					  done == 1 ? "has" : "have");
		diag_set_hint(rn->d, dg, "only the statements from the one that failed may be edited before a resume");
		ret = RT_FINDINGS;
		goto refuse;
	}
	ret = claim_resume(rn, job, r, done);
	PQclear(r);
	if (ret != RT_OK)
		return ret;
	*start = done;
	*resumed = true;
	{
		struct runtime_event ev = { owner ? EV_RECOVERED : EV_RESUMED, mg, 0, done + 1, sp->n,
					    true, job->undo, owner };
		rt_emit_event(rn, &ev);
	}
	return RT_OK;
refuse:
	PQclear(r);
	rt_abort(rn->c);
	return ret;
}

/* Records the run's failure, on a new connection if the old one was lost
 * (when none can be made, the row stays running, and the next run finds its
 * migrator gone). */
static void record_failure(const struct run *rn, const struct notx *job, const char *error)
{
	if (PQstatus(rn->c) != CONNECTION_OK)
		PQreset(rn->c);
	if (PQstatus(rn->c) != CONNECTION_OK)
		return;
	if (PQtransactionStatus(rn->c) != PQTRANS_IDLE)
		rt_abort(rn->c);
	PQclear(PQexec(rn->c, arena_printf(rn->a,
		"UPDATE %s SET failed_at = clock_timestamp(), error = %s WHERE version = %d"
		" AND claimed_by = %s",
		rn->tr->quoted, rt_literal(rn->a, error), job->mg->version,
		rt_literal(rn->a, rn->token))));
}

static const char *primary_message(const PGresult *r)
{
	const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	return m ? m : "the connection was lost";
}

/* Did the statement fail because the session ended (the backend killed,
 * the server shutting down or gone), not because of what it says? */
static bool session_lost(const PGresult *r)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	return !state || strncmp(state, "57P", 3) == 0 || strncmp(state, "08", 2) == 0;
}

/* Statement i failed (r; NULL: could not be sent): reported, recorded. */
static int fail_at(const struct run *rn, const struct notx *job, int i, const PGresult *r)
{
	const struct split *sp = job->sp;
	const char *cmd = job->undo ? "rollback" : "migrate";
	const char *done = i == 0 ? arena_printf(rn->a, "none of its %d statements ran", sp->n)
			   : i == 1 ? arena_printf(rn->a, "statement 1 of %d ran", sp->n)
			   : arena_printf(rn->a, "statements 1 to %d of %d ran", i, sp->n);

	rt_report_failure(rn, job->file, sp, i, r, sp->st[i].off, 0,
		session_lost(r)
			? arena_printf(rn->a, "%s; the session ended: run %s again, it resumes at this statement",
				       done, cmd)
			: arena_printf(rn->a, "%s; fix this one, run schemac hash, then %s resumes here",
				       done, cmd));
	record_failure(rn, job, primary_message(r));
	return RT_DATABASE;
}

/* Session settings for the run (on), or back to the defaults. */
static int session_settings(const struct run *rn, const struct notx *job, bool on)
{
	/* a dead client's statement is cancelled, not left running */
	bool check = PQserverVersion(rn->c) >= 140000;
	char *sql = on ? arena_printf(rn->a, "SET lock_timeout = %s; SET statement_timeout = %s%s",
				     rt_literal(rn->a, rn->o->lock_timeout),
				     rt_literal(rn->a, rn->o->statement_timeout),
				     check ? "; SET client_connection_check_interval = '1s'" : "")
		       : arena_printf(rn->a, "RESET lock_timeout; RESET statement_timeout%s",
				      check ? "; RESET client_connection_check_interval" : "");
	PGresult *r = rt_exec(rn->c, sql, NULL, rn->d, job->file->name);

	if (!r)
		return RT_DATABASE;
	PQclear(r);
	return RT_OK;
}

char *rt_invalid_index(const struct run *rn, const struct split_stmt *s, const char *file, int *ret)
{
	PGresult *r;
	char *index;

	*ret = RT_OK;
	if (!s->index)
		return NULL;
	r = rt_exec(rn->c, arena_printf(rn->a,
		"SELECT format('%%I.%%I', n.nspname, c.relname) FROM pg_index i"
		" JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
		" WHERE i.indrelid = to_regclass(%s) AND c.relname = %s AND NOT i.indisvalid",
		rt_literal(rn->a, s->table), rt_literal(rn->a, s->index)),
		NULL, rn->d, arena_printf(rn->a, "%s: cannot look for an invalid index %s", file, s->index));
	if (!r) {
		*ret = RT_DATABASE;
		return NULL;
	}
	index = PQntuples(r) ? arena_strdup(rn->a, PQgetvalue(r, 0, 0)) : NULL;
	PQclear(r);
	return index;
}

/* Before statement i runs again: the invalid index an interrupted CREATE
 * INDEX CONCURRENTLY left is dropped. */
static int drop_invalid_index(const struct run *rn, const struct notx *job, int i)
{
	const struct split_stmt *s = &job->sp->st[i];
	PGresult *r, *failed = NULL;
	const char *index;

	int ret = RT_OK;

	index = rt_invalid_index(rn, s, job->file->name, &ret);
	if (!index)
		return ret;
	r = rt_exec(rn->c, arena_printf(rn->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", index),
		    &failed, rn->d, NULL);
	if (!r) {
		rt_report_failure(rn, job->file, job->sp, i, failed, s->off, 0,
			arena_printf(rn->a, "the invalid index %s, left by an interrupted run of this statement, could not be dropped; drop it, then run %s again",
				     index, job->undo ? "rollback" : "migrate"));
		record_failure(rn, job, primary_message(failed));
		PQclear(failed);
		return RT_DATABASE;
	}
	PQclear(r);
	{
		struct runtime_event ev = { EV_INDEX_DROPPED, job->mg, 0, i + 1, job->sp->n, true,
					    job->undo, index };
		rt_emit_event(rn, &ev);
	}
	return RT_OK;
}

/* Runs statement i and counts it. */
static int run_statement(const struct run *rn, const struct notx *job, int i)
{
	const struct split *sp = job->sp;
	const char *progress = arena_printf(rn->a,
		"UPDATE %s SET statements_done = %d, done_hash = %s, " OWNER_SET
		" WHERE version = %d AND claimed_by = %s",
		rn->tr->quoted, i + 1, rt_literal(rn->a, done_hash(rn->a, sp, i + 1)),
		job->mg->version, rt_literal(rn->a, rn->token));
	const char *stmt = stmt_text(rn->a, sp, i);
	bool alone = sp->st[i].alone;
	PGresult *failed, *last;
	int done;

	for (;;) {
		const char *text = alone ? stmt : arena_printf(rn->a, "%s\n;\n%s", stmt, progress);
		const char *state;

		if (!rt_send(rn, text, &done, &failed, &last))
			return fail_at(rn, job, i, NULL);
		if (!failed)
			break;
		PQclear(last);
		state = PQresultErrorField(failed, PG_DIAG_SQLSTATE);
		if (done == 0 && !alone && state &&
		    (strcmp(state, "25001") == 0 || strcmp(state, "2D000") == 0)) {
			/* refused in a transaction block after all */
			PQclear(failed);
			alone = true;
			continue;
		}
		if (done == 0) {
			int ret = fail_at(rn, job, i, failed);
			PQclear(failed);
			return ret;
		}
		/* the count failed, and the statement with it */
		rt_report_failure(rn, job->file, sp, -1, failed, 0, 0,
			arena_printf(rn->a, "statement %d was rolled back with it; run %s again", i + 1,
				     job->undo ? "rollback" : "migrate"));
		record_failure(rn, job, primary_message(failed));
		PQclear(failed);
		return RT_DATABASE;
	}
	if (alone) {
		PQclear(last);
		last = rt_exec(rn->c, progress, &failed, rn->d, NULL);
		if (!last) {
			rt_report_failure(rn, job->file, sp, -1, failed, 0, 0,
				arena_printf(rn->a, "statement %d ran, but could not be counted: the next run will run it again",
					     i + 1));
			PQclear(failed);
			return RT_DATABASE;
		}
	}
	if (strcmp(PQcmdTuples(last), "1") != 0) {
		diag_at(rn->d, DIAG_ERROR, NULL, -1,
			"%s: after statement %d, another migrator had taken this run over (it judged this one gone); stopping",
			job->file->path, i + 1);
		PQclear(last);
		return RT_DATABASE;
	}
	PQclear(last);
	return RT_OK;
}

/* All statements ran: the row marked applied, or deleted. */
static int finish(const struct run *rn, const struct notx *job, long t0)
{
	const char *tok = rt_literal(rn->a, rn->token);
	char *sql = job->undo
		? arena_printf(rn->a, "DELETE FROM %s WHERE version = %d AND claimed_by = %s",
			       rn->tr->quoted, job->mg->version, tok)
		: arena_printf(rn->a,
			       "UPDATE %s SET applied_at = clock_timestamp(), duration_ms = %ld,"
			       " applied_by = current_user, owner_pid = NULL, owner_started = NULL"
			       " WHERE version = %d AND claimed_by = %s",
			       rn->tr->quoted, rt_now_ms() - t0, job->mg->version, tok);
	PGresult *r = rt_exec(rn->c, sql, NULL, rn->d,
			      arena_printf(rn->a, "%s: cannot record it", job->file->name));

	if (!r)
		return RT_DATABASE;
	if (strcmp(PQcmdTuples(r), "1") != 0) {
		diag_at(rn->d, DIAG_ERROR, NULL, -1,
			"%s: another migrator had taken this run over (it judged this one gone)",
			job->file->path);
		PQclear(r);
		return RT_DATABASE;
	}
	PQclear(r);
	return session_settings(rn, job, false);
}

int rt_run_statements(struct run *rn, const struct notx *job)
{
	long t0 = rt_now_ms();
	int start, ret;
	bool resumed;

	if ((ret = claim(rn, job, &start, &resumed)) != RT_OK)
		return ret;
	if ((ret = session_settings(rn, job, true)) != RT_OK)
		return ret;
	if (resumed && start < job->sp->n && (ret = drop_invalid_index(rn, job, start)) != RT_OK)
		return ret;
	for (int i = start; i < job->sp->n; i++)
		if ((ret = run_statement(rn, job, i)) != RT_OK)
			return ret;
	if ((ret = finish(rn, job, t0)) != RT_OK)
		return ret;
	rt_emit_event(rn, &(struct runtime_event){ job->undo ? EV_ROLLED_BACK : EV_APPLIED, job->mg,
						   rt_now_ms() - t0, 0, job->sp->n, true, job->undo,
						   NULL });
	return RT_OK;
}
