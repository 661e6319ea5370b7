/*
 * migrate.c - applying pending migrations. Before anything runs, the
 * tracking table is compared with the folder: an applied migration whose
 * file changed, or a recorded one whose file is gone, stops the run.
 *
 * A migration runs in its own transaction:
 *
 *     BEGIN; SELECT pg_advisory_xact_lock(key); SET LOCAL lock_timeout ...;
 *     SELECT ... FROM tracking WHERE version = N     -- applied meanwhile?
 *     <the file, sent as one simple query>
 *     INSERT INTO tracking ...; COMMIT
 *
 * The lock is transaction-level and the check is made under it, so two
 * migrators at once (direct, or through PgBouncer in transaction mode where
 * a session lock would not survive) apply each migration exactly once: the
 * second waits, then finds the row and moves on. The file goes as one query
 * (one round trip); its statements come back as one result each, so the
 * count of results names the statement that failed.
 *
 * A migration that says `-- schemac:no-transaction` runs statement by
 * statement, outside a transaction. It is claimed first (a row with no
 * applied_at), each statement that succeeds is counted in its row, and a
 * failure is recorded, so the next run resumes after the last statement that
 * succeeded - once the failing one is fixed (and schemac hash run). A resume
 * refuses a file whose already-applied statements changed.
 */
#include "runtime_int.h"
#include "../compiler/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

int rt_split(struct split *sp, struct arena *a, const struct migration *mg,
			   struct diags *d)
{
	struct parser *p = parser_new(a, d, NULL);
	struct stmt st;
	int errors = d->nerrors, cap = 16;

	memset(sp, 0, sizeof(*sp));
	sp->off = arena_alloc(a, sizeof(int) * (size_t)cap);
	sp->len = arena_alloc(a, sizeof(int) * (size_t)cap);
	parser_add_text(p, mg->path, mg->text);
	while (parser_next(p, &st)) {
		if (sp->n == cap) {
			int *o = arena_alloc(a, sizeof(int) * (size_t)cap * 2);
			int *l = arena_alloc(a, sizeof(int) * (size_t)cap * 2);
			memcpy(o, sp->off, sizeof(int) * (size_t)cap);
			memcpy(l, sp->len, sizeof(int) * (size_t)cap);
			sp->off = o;
			sp->len = l;
			cap *= 2;
		}
		sp->file = st.file;
		sp->off[sp->n] = st.offset;
		sp->len[sp->n] = st.len;
		sp->n++;
		sp->no_tx = sp->no_tx || stmt_has_directive(&st, "no-transaction");
		if (st.node && st.node->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT) {
			struct diag *dg = diag_at(d, DIAG_ERROR, st.file, st.offset,
						  "a migration must not control its transaction");
			diag_set_hint(d, dg, "remove BEGIN / COMMIT: each migration runs in its own transaction (or statement by statement with `-- schemac:no-transaction`)");
		}
	}
	parser_free(p);
	return d->nerrors > errors ? RT_USAGE : RT_OK;
}

/* Byte offset of the pos-th character (1-based) of s. */
static int char_to_byte(const char *s, size_t len, int pos)
{
	int chars = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars == pos)
			return (int)i;
	return (int)len;
}

long rt_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* The hash of the first k statements: what a resume must find unchanged. */
static const char *done_hash(struct arena *a, const struct split *sp, int k)
{
	struct strbuf sb = STRBUF_INIT;
	const char *h;

	for (int i = 0; i < k; i++) {
		sb_add(&sb, sp->file->text + sp->off[i], (size_t)sp->len[i]);
		sb_addc(&sb, '\0');
	}
	h = runtime_checksum(a, sb.buf, sb.len);
	sb_release(&sb);
	return h;
}

void rt_emit(const struct run *rn, enum runtime_event_kind kind, const struct migration *mg,
		 long ms, int statement, int n, bool no_tx)
{
	struct runtime_event ev = { kind, mg, ms, statement, n, no_tx };
	if (rn->o->progress)
		rn->o->progress(rn->o->ctx, &ev);
}

/* Reports the failure of statement i of sp (0-based; -1: unknown). pos is
 * PostgreSQL's statement position in the text sent from base, or 0. */
void rt_report_failure(const struct run *rn, const struct migration *mg,
			   const struct split *sp, int i, const PGresult *r, int base,
			   const char *advice)
{
	char *msg = rt_error_text(rn->a, rn->c, r);
	const char *pos = r ? PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION) : NULL;
	struct diag *dg;
	int off = -1;

	if (sp->file && i >= 0 && i < sp->n) {
		off = sp->off[i];
		if (pos) {
			int at = base + char_to_byte(sp->file->text + base, sp->file->len - (size_t)base,
						     atoi(pos));
			if (at >= sp->off[i] && at <= sp->off[i] + sp->len[i])
				off = at;
		}
		dg = diag_at(rn->d, DIAG_ERROR, sp->file, off, "%s", msg);
	} else {
		dg = diag_at(rn->d, DIAG_ERROR, NULL, -1, "%s: %s", mg->path, msg);
	}
	if (advice)
		diag_set_hint(rn->d, dg, "%s", advice);
}

void rt_abort(PGconn *c)
{
	PQclear(PQexec(c, "ROLLBACK"));
}

/* The row of a version, read under the lock taken by prefix (BEGIN ...). */
static PGresult *locked_row(const struct run *rn, const struct migration *mg, bool set_timeouts)
{
	struct strbuf sql = STRBUF_INIT;
	PGresult *r;

	sb_addf(&sql, "BEGIN; SELECT pg_advisory_xact_lock(%lld);", rn->tr->lock_key);
	if (set_timeouts)
		sb_addf(&sql, " SET LOCAL lock_timeout = %s; SET LOCAL statement_timeout = %s;",
			rt_literal(rn->a, rn->o->lock_timeout),
			rt_literal(rn->a, rn->o->statement_timeout));
	sb_addf(&sql,
		" SELECT applied_at IS NOT NULL, checksum, statements_done, done_hash,"
		" claimed_by, failed_at IS NOT NULL, started_at FROM %s WHERE version = %d",
		rn->tr->quoted, mg->version);
	r = rt_exec(rn->c, sql.buf, NULL, rn->d, arena_printf(rn->a, "%s: cannot start", mg->name));
	sb_release(&sql);
	if (!r)
		rt_abort(rn->c);
	return r;
}

/* A row found under the lock for a migration thought pending. Returns
 * RT_SKIPPED when another migrator applied this very file. */
static int found_row(const struct run *rn, const struct migration *mg, const PGresult *r,
		     const char *checksum)
{
	bool applied = PQgetvalue(r, 0, 0)[0] == 't';

	if (applied && strcmp(PQgetvalue(r, 0, 1), checksum) == 0) {
		rt_emit(rn, EV_DONE_ELSEWHERE, mg, 0, 0, 0, false);
		return RT_SKIPPED;
	}
	if (applied) {
		struct diag *dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
					  "%s: another migrator applied a different version of this file",
					  mg->path);
		diag_set_hint(rn->d, dg, "the folder differs from the one deployed meanwhile: update it and run migrate again");
		return RT_FINDINGS;
	}
	{
		struct diag *dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
					  "%s: is being applied by another migrator (%s, since %s)",
					  mg->path, PQgetvalue(r, 0, 4), PQgetvalue(r, 0, 6));
		diag_set_hint(rn->d, dg,
			      "wait for it and run migrate again; if no migrator is running, its last run died: "
			      "UPDATE %s SET failed_at = now() WHERE version = %d, then migrate resumes it",
			      rn->tr->shown, mg->version);
	}
	return RT_FINDINGS;
}

void rt_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

bool rt_send(const struct run *rn, const char *text, int *done, PGresult **failed)
{
	PGresult *r;

	*done = 0;
	*failed = NULL;
	if (!PQsendQuery(rn->c, text))
		return false;
	while ((r = PQgetResult(rn->c)) != NULL) {
		ExecStatusType st = PQresultStatus(r);
		if (*failed || (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK &&
				st != PGRES_EMPTY_QUERY)) {
			if (!*failed)
				*failed = r;
			else
				PQclear(r);
			continue;
		}
		if (st != PGRES_EMPTY_QUERY)
			(*done)++;
		PQclear(r);
	}
	return true;
}

bool rt_version_in_folder(const struct migrations *m, int version)
{
	for (size_t i = 0; i < m->list.n; i++)
		if (((const struct migration *)m->list.items[i])->version == version)
			return true;
	return false;
}

int rt_commit(const struct run *rn, const struct migration *mg, const struct split *sp,
	      const char *sql, const char *note)
{
	PGresult *r, *failed = NULL;

	if (PQtransactionStatus(rn->c) != PQTRANS_INTRANS) {
		diag_at(rn->d, DIAG_ERROR, NULL, -1, "%s: the migration ended its own transaction",
			mg->path);
		rt_abort(rn->c);
		return RT_DATABASE;
	}
	r = rt_exec(rn->c, sql, &failed, rn->d, NULL);
	if (!r) {
		rt_report_failure(rn, mg, sp, -1, failed, 0, note);
		PQclear(failed);
		rt_abort(rn->c);
		return RT_DATABASE;
	}
	PQclear(r);
	return RT_OK;
}

int rt_send_or_retry(const struct run *rn, const struct migration *mg, const struct split *sp,
		     const char *text, int attempt, const char *note)
{
	PGresult *failed = NULL;
	int done = 0;
	const char *state;

	if (!rt_send(rn, text, &done, &failed)) {
		rt_report_failure(rn, mg, sp, -1, NULL, 0, NULL);
		return -1;
	}
	if (!failed)
		return 1;
	state = PQresultErrorField(failed, PG_DIAG_SQLSTATE);
	rt_abort(rn->c);
	if (state && strcmp(state, "55P03") == 0 && attempt < rn->o->lock_retries) {
		long wait = 1000L << attempt;
		PQclear(failed);
		rt_emit(rn, EV_LOCK_RETRY, mg, wait, done + 1, sp->n, false);
		rt_sleep_ms(wait);
		return 0;
	}
	rt_report_failure(rn, mg, sp, done, failed, 0, note);
	PQclear(failed);
	return -1;
}

static int apply_in_transaction(const struct run *rn, const struct migration *mg,
				const struct split *sp, const char *checksum)
{
	const char *text = sp->file ? sp->file->text : mg->text;

	for (int attempt = 0;; attempt++) {
		PGresult *r = locked_row(rn, mg, true);
		int sent, ret;
		long start;

		if (!r)
			return RT_DATABASE;
		if (PQntuples(r) > 0) {
			ret = found_row(rn, mg, r, checksum);
			PQclear(r);
			rt_abort(rn->c);
			return ret;
		}
		PQclear(r);

		start = rt_now_ms();
		sent = rt_send_or_retry(rn, mg, sp, text, attempt,
					"nothing of this migration was applied (its transaction was rolled back)");
		if (sent < 0)
			return RT_DATABASE;
		if (sent == 0)
			continue;
		ret = rt_commit(rn, mg, sp, arena_printf(rn->a,
				"INSERT INTO %s (version, name, checksum, applied_at, duration_ms,"
				" statements_done, statements_total) VALUES (%d, %s, %s, clock_timestamp(), %ld, %d, %d);"
				" COMMIT",
				rn->tr->quoted, mg->version, rt_literal(rn->a, mg->name),
				rt_literal(rn->a, checksum), rt_now_ms() - start, sp->n, sp->n),
				"nothing of this migration was applied (its transaction was rolled back)");
		if (ret == RT_OK)
			rt_emit(rn, EV_APPLIED, mg, rt_now_ms() - start, 0, sp->n, false);
		return ret;
	}
}

/* Records a no-transaction migration's failure, on a new connection if
 * the old one was lost. */
static void record_failure(struct run *rn, const struct migration *mg, const char *error)
{
	char *sql;

	if (PQstatus(rn->c) != CONNECTION_OK)
		PQreset(rn->c);
	if (PQstatus(rn->c) != CONNECTION_OK)
		return;
	if (PQtransactionStatus(rn->c) != PQTRANS_IDLE)
		rt_abort(rn->c);
	sql = arena_printf(rn->a,
			   "UPDATE %s SET failed_at = clock_timestamp(), error = %s WHERE version = %d"
			   " AND claimed_by = %s",
			   rn->tr->quoted, rt_literal(rn->a, error), mg->version,
			   rt_literal(rn->a, rn->token));
	PQclear(PQexec(rn->c, sql));
}

static int apply_statements(struct run *rn, const struct migration *mg, const struct split *sp,
			    const char *checksum)
{
	PGresult *r = locked_row(rn, mg, false), *failed = NULL;
	int start = 0;
	long t0 = rt_now_ms();
	const char *sql;

	if (!r)
		return RT_DATABASE;
	if (PQntuples(r) > 0 && (PQgetvalue(r, 0, 0)[0] == 't' || PQgetvalue(r, 0, 5)[0] != 't')) {
		int ret = found_row(rn, mg, r, checksum);
		PQclear(r);
		rt_abort(rn->c);
		return ret;
	}
	if (PQntuples(r) > 0) {
		/* failed before: resume after the statements that succeeded */
		start = atoi(PQgetvalue(r, 0, 2));
		if (start > sp->n || !str_eq(PQgetvalue(r, 0, 3), done_hash(rn->a, sp, start))) {
			struct diag *dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
						  "%s: the %d statement%s that already ran %s changed since",
						  mg->path, start, start == 1 ? "" : "s",
						  start == 1 ? "has" : "have");
			diag_set_hint(rn->d, dg, "only the statements from the one that failed may be edited before a resume");
			PQclear(r);
			rt_abort(rn->c);
			return RT_FINDINGS;
		}
		sql = arena_printf(rn->a,
				   "UPDATE %s SET name = %s, checksum = %s, statements_total = %d,"
				   " claimed_by = %s, failed_at = NULL, error = NULL WHERE version = %d; COMMIT",
				   rn->tr->quoted, rt_literal(rn->a, mg->name), rt_literal(rn->a, checksum),
				   sp->n, rt_literal(rn->a, rn->token), mg->version);
	} else {
		sql = arena_printf(rn->a,
				   "INSERT INTO %s (version, name, checksum, statements_total, done_hash, claimed_by)"
				   " VALUES (%d, %s, %s, %d, %s, %s); COMMIT",
				   rn->tr->quoted, mg->version, rt_literal(rn->a, mg->name),
				   rt_literal(rn->a, checksum), sp->n,
				   rt_literal(rn->a, done_hash(rn->a, sp, 0)), rt_literal(rn->a, rn->token));
	}
	PQclear(r);
	r = rt_exec(rn->c, sql, NULL, rn->d, arena_printf(rn->a, "%s: cannot claim it", mg->name));
	if (!r) {
		rt_abort(rn->c);
		return RT_DATABASE;
	}
	PQclear(r);
	if (start > 0)
		rt_emit(rn, EV_RESUMED, mg, 0, start + 1, sp->n, true);

	/* session settings: no transaction holds them */
	sql = arena_printf(rn->a, "SET lock_timeout = %s; SET statement_timeout = %s",
			   rt_literal(rn->a, rn->o->lock_timeout),
			   rt_literal(rn->a, rn->o->statement_timeout));
	if (!(r = rt_exec(rn->c, sql, NULL, rn->d, mg->name)))
		return RT_DATABASE;
	PQclear(r);

	for (int i = start; i < sp->n; i++) {
		char *stmt = arena_strndup(rn->a, sp->file->text + sp->off[i], (size_t)sp->len[i]);
		r = rt_exec(rn->c, stmt, &failed, rn->d, NULL);
		if (!r) {
			rt_report_failure(rn, mg, sp, i, failed, sp->off[i],
				       arena_printf(rn->a, "statements 1 to %d of %d were applied; fix this one, run schemac hash, then migrate resumes here",
						    i, sp->n));
			record_failure(rn, mg, PQresultErrorField(failed, PG_DIAG_MESSAGE_PRIMARY)
					       ? PQresultErrorField(failed, PG_DIAG_MESSAGE_PRIMARY)
					       : "the connection was lost");
			PQclear(failed);
			return RT_DATABASE;
		}
		PQclear(r);
		sql = arena_printf(rn->a, "UPDATE %s SET statements_done = %d, done_hash = %s WHERE version = %d",
				   rn->tr->quoted, i + 1, rt_literal(rn->a, done_hash(rn->a, sp, i + 1)),
				   mg->version);
		if (!(r = rt_exec(rn->c, sql, NULL, rn->d, arena_printf(rn->a, "%s: cannot record progress", mg->name))))
			return RT_DATABASE;
		PQclear(r);
	}
	sql = arena_printf(rn->a,
			   "RESET lock_timeout; RESET statement_timeout;"
			   " UPDATE %s SET applied_at = clock_timestamp(), duration_ms = %ld,"
			   " applied_by = current_user WHERE version = %d",
			   rn->tr->quoted, rt_now_ms() - t0, mg->version);
	if (!(r = rt_exec(rn->c, sql, NULL, rn->d, arena_printf(rn->a, "%s: cannot record it", mg->name))))
		return RT_DATABASE;
	PQclear(r);
	rt_emit(rn, EV_APPLIED, mg, rt_now_ms() - t0, 0, sp->n, true);
	return RT_OK;
}

static const char *claim_token(struct arena *a)
{
	char host[256] = "";
	struct timespec ts;

	gethostname(host, sizeof(host) - 1);
	clock_gettime(CLOCK_REALTIME, &ts);
	return arena_printf(a, "%s:%d:%lx", host, (int)getpid(),
			    (unsigned long)(ts.tv_nsec ^ (ts.tv_sec << 20)));
}

/* Stops the run on applied migrations that were edited or are missing. */
int rt_integrity(const struct runtime_status *st, const struct tracking *tr,
		     const struct migrations *m, struct diags *d)
{
	int problems = 0;

	for (size_t i = 0; i < st->list.n; i++) {
		const struct migration_status *ms = st->list.items[i];
		struct diag *dg;
		if (ms->state == MS_MODIFIED) {
			dg = diag_at(d, DIAG_ERROR, NULL, -1,
				     "%s: edited after it was applied (the database recorded %s%s%s)",
				     ms->file->path, ms->recorded_checksum,
				     str_eq(ms->recorded_name, ms->name) ? "" : " for ",
				     str_eq(ms->recorded_name, ms->name) ? "" : ms->recorded_name);
			diag_set_hint(d, dg, "an applied migration must not change: restore it and put the change in a new migration (schemac new)");
			problems++;
		} else if (ms->state == MS_MISSING) {
			dg = diag_at(d, DIAG_ERROR, NULL, -1,
				     "%s/%s: applied to the database (version %d) but missing from the folder",
				     m->dir, ms->name, ms->version);
			diag_set_hint(d, dg, "restore the file; if the database really lacks its changes, delete its row from %s",
				      tr->shown);
			problems++;
		}
	}
	return problems ? RT_FINDINGS : RT_OK;
}

int runtime_migrate(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		    const struct migrations *m, struct diags *d)
{
	struct tracking tr;
	struct run rn = { a, d, o, &tr, NULL, NULL };
	int ret;

	memset(out, 0, sizeof(*out));
	if ((ret = tracking_init(&tr, a, o->tracking_table, d)) != RT_OK)
		return ret;
	if (o->to_version >= 0 && !rt_version_in_folder(m, o->to_version)) {
		diag_at(d, DIAG_ERROR, NULL, -1, "--to %d: no migration has that version in %s",
			o->to_version, m->dir);
		return RT_USAGE;
	}
	rn.c = rt_connect(o->target, a, d);
	if (!rn.c)
		return RT_DATABASE;
	rn.token = claim_token(a);
	if (!o->dry_run && ((ret = rt_check_writable(rn.c, o->target, d)) != RT_OK ||
			    (ret = tracking_create(rn.c, a, &tr, d)) != RT_OK))
		goto out;
	if ((ret = tracking_status(out, a, rn.c, &tr, m, d)) != RT_OK)
		goto out;
	if ((ret = rt_integrity(out, &tr, m, d)) != RT_OK)
		goto out;

	for (size_t i = 0; i < out->list.n; i++) {
		struct migration_status *ms = out->list.items[i];
		struct split sp;

		if (o->to_version >= 0 && ms->version > o->to_version)
			break;
		if (ms->state == MS_APPLIED)
			continue;
		if ((ret = rt_split(&sp, a, ms->file, d)) != RT_OK)
			goto out;
		if (o->dry_run) {
			rt_emit(&rn, EV_WOULD_APPLY, ms->file, 0,
			     ms->state == MS_FAILED ? ms->statements_done + 1 : 0, sp.n, sp.no_tx);
			continue;
		}
		if (sp.no_tx)
			ret = apply_statements(&rn, ms->file, &sp, ms->checksum);
		else if (ms->state == MS_FAILED || ms->state == MS_RUNNING) {
			diag_at(d, DIAG_ERROR, NULL, -1,
				"%s: recorded as an unfinished no-transaction migration, but the file no longer says -- schemac:no-transaction",
				ms->file->path);
			ret = RT_FINDINGS;
		} else
			ret = apply_in_transaction(&rn, ms->file, &sp, ms->checksum);
		if (ret != RT_OK && ret != RT_SKIPPED)
			goto out;
		if (ret == RT_OK)
			out->applied_now++;
		ret = RT_OK;
		ms->state = MS_APPLIED;
	}
out:
	PQfinish(rn.c);
	return ret;
}
