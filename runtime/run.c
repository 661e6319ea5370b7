/*
 * run.c - what applying (migrate.c), undoing (rollback.c) and running
 * statement by statement (notx.c) share: a migration file split into its
 * statements by the parse front, each marked with what a no-transaction run
 * needs to know of it; sending SQL and reading every result; turning a failed
 * result into a diagnostic that points at the statement in the file; lock
 * timeouts retried with backoff; and the integrity check made before
 * anything runs (an applied migration edited, or missing from the folder).
 */
#include "runtime_int.h"
#include "../compiler/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Does PostgreSQL refuse the statement inside a transaction block - or, for
 * CALL and DO, can it only commit outside one? Such a statement of a
 * no-transaction migration is sent alone; the others go with the tracking
 * row's update, in one implicit transaction. (A statement missing here is
 * noticed by its error and sent alone then: see notx.c.) */
static bool runs_alone(const Node *n)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		return n->index_stmt->concurrent;
	case PG_QUERY__NODE__NODE_DROP_STMT:
		return n->drop_stmt->concurrent;
	case PG_QUERY__NODE__NODE_VACUUM_STMT:
		return n->vacuum_stmt->is_vacuumcmd;
	case PG_QUERY__NODE__NODE_REINDEX_STMT:
	case PG_QUERY__NODE__NODE_CLUSTER_STMT:
	case PG_QUERY__NODE__NODE_CREATEDB_STMT:
	case PG_QUERY__NODE__NODE_DROPDB_STMT:
	case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT:
	case PG_QUERY__NODE__NODE_DROP_TABLE_SPACE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
	case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_CALL_STMT:
	case PG_QUERY__NODE__NODE_DO_STMT:
		return true;
	default:
		return false;
	}
}

/* What a statement is, for a no-transaction run. */
static void describe(struct split_stmt *s, struct arena *a, const Node *n)
{
	s->alone = runs_alone(n);
	if (n->node_case == PG_QUERY__NODE__NODE_INDEX_STMT && n->index_stmt->concurrent &&
	    n->index_stmt->idxname && *n->index_stmt->idxname && n->index_stmt->relation) {
		const PgQuery__RangeVar *rel = n->index_stmt->relation;
		s->index = arena_strdup(a, n->index_stmt->idxname);
		s->table = rel->schemaname && *rel->schemaname
				   ? arena_printf(a, "%s.%s", rt_ident(a, rel->schemaname),
						  rt_ident(a, rel->relname))
				   : rt_ident(a, rel->relname);
	}
}

int rt_split(struct split *sp, struct arena *a, const struct migration *mg, struct diags *d)
{
	struct parser *p = parser_new(a, d, NULL);
	struct stmt st;
	int errors = d->nerrors, cap = 16;

	memset(sp, 0, sizeof(*sp));
	sp->st = arena_alloc(a, sizeof(*sp->st) * (size_t)cap);
	parser_add_text(p, mg->path, mg->text);
	while (parser_next(p, &st)) {
		struct split_stmt *s;
		if (sp->n == cap) {
			struct split_stmt *grown = arena_alloc(a, sizeof(*grown) * (size_t)cap * 2);
			memcpy(grown, sp->st, sizeof(*grown) * (size_t)cap);
			sp->st = grown;
			cap *= 2;
		}
		s = &sp->st[sp->n++];
		memset(s, 0, sizeof(*s));
		sp->file = st.file;
		s->off = st.offset;
		s->len = st.len;
		if (st.node)
			describe(s, a, st.node);
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

static void rt_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

void rt_emit_event(const struct run *rn, const struct runtime_event *ev)
{
	if (rn->o->progress)
		rn->o->progress(rn->o->ctx, ev);
}

void rt_emit(const struct run *rn, enum runtime_event_kind kind, const struct migration *mg,
	     long ms, int statement, int n, bool no_tx)
{
	struct runtime_event ev = { kind, mg, ms, statement, n, no_tx, false, NULL };
	rt_emit_event(rn, &ev);
}

void rt_report_failure(const struct run *rn, const struct migration *mg, const struct split *sp,
		       int i, const PGresult *r, int base, int lead, const char *advice)
{
	char *msg = rt_error_text(rn->a, rn->c, r);
	const char *pos = r ? PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION) : NULL;
	struct diag *dg;

	if (sp->file && i >= 0 && i < sp->n) {
		const struct split_stmt *s = &sp->st[i];
		int off = s->off, chars = pos ? atoi(pos) - lead : 0;
		if (chars > 0) {
			int at = base + char_to_byte(sp->file->text + base, sp->file->len - (size_t)base,
						     chars);
			if (at >= s->off && at <= s->off + s->len)
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

bool rt_send(const struct run *rn, const char *text, int *done, PGresult **failed,
	     PGresult **last)
{
	PGresult *r;

	*done = 0;
	*failed = NULL;
	if (last)
		*last = NULL;
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
		if (last && st != PGRES_EMPTY_QUERY) {
			PQclear(*last);
			*last = r;
		} else {
			PQclear(r);
		}
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
		rt_report_failure(rn, mg, sp, -1, failed, 0, 0, note);
		PQclear(failed);
		rt_abort(rn->c);
		return RT_DATABASE;
	}
	PQclear(r);
	return RT_OK;
}

bool rt_lock_retry(const struct run *rn, const struct migration *mg, const PGresult *failed,
		   int attempt, int statement, int n)
{
	const char *state = PQresultErrorField(failed, PG_DIAG_SQLSTATE);
	long wait;

	if (!state || strcmp(state, "55P03") != 0 || attempt >= rn->o->lock_retries)
		return false;
	wait = 1000L << attempt;
	rt_emit(rn, EV_LOCK_RETRY, mg, wait, statement, n, false);
	rt_sleep_ms(wait);
	return true;
}

int rt_send_or_retry(const struct run *rn, const struct migration *mg, const struct split *sp,
		     const char *text, int attempt, const char *note)
{
	PGresult *failed = NULL;
	int done = 0;

	if (!rt_send(rn, text, &done, &failed, NULL)) {
		rt_report_failure(rn, mg, sp, -1, NULL, 0, 0, NULL);
		return -1;
	}
	if (!failed)
		return 1;
	rt_abort(rn->c);
	if (rt_lock_retry(rn, mg, failed, attempt, done + 1, sp->n)) {
		PQclear(failed);
		return 0;
	}
	rt_report_failure(rn, mg, sp, done, failed, 0, 0, note);
	PQclear(failed);
	return -1;
}

int rt_applied_elsewhere(const struct run *rn, const struct migration *mg,
			 const char *recorded_checksum, const char *checksum)
{
	struct diag *dg;

	if (str_eq(recorded_checksum, checksum)) {
		rt_emit(rn, EV_DONE_ELSEWHERE, mg, 0, 0, 0, false);
		return RT_SKIPPED;
	}
	dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
		     "%s: another migrator applied a different version of this file", mg->path);
	diag_set_hint(rn->d, dg, "the folder differs from the one deployed meanwhile: update it and run migrate again");
	return RT_FINDINGS;
}

/* RT_FINDINGS and diagnostics when an applied migration was edited or one
 * recorded is missing from the folder. */
static int rt_integrity(const struct runtime_status *st, const struct tracking *tr,
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

/* Who claims a no-transaction run: host:pid:random. */
static const char *rt_claim_token(struct arena *a)
{
	char host[256] = "";
	struct timespec ts;

	gethostname(host, sizeof(host) - 1);
	clock_gettime(CLOCK_REALTIME, &ts);
	return arena_printf(a, "%s:%d:%lx", host, (int)getpid(),
			    (unsigned long)(ts.tv_nsec ^ (ts.tv_sec << 20)));
}

int rt_open(struct run *rn, struct tracking *tr, struct runtime_status *out,
	    const struct migrations *m, bool create)
{
	const struct runtime_options *o = rn->o;
	int ret;

	memset(out, 0, sizeof(*out));
	rn->c = NULL;
	if ((ret = tracking_init(tr, rn->a, o->tracking_table, rn->d)) != RT_OK)
		return ret;
	if (o->to_version >= 0 && !rt_version_in_folder(m, o->to_version)) {
		diag_at(rn->d, DIAG_ERROR, NULL, -1, "--to %d: no migration has that version in %s",
			o->to_version, m->dir);
		return RT_USAGE;
	}
	rn->c = rt_connect(o->target, rn->a, rn->d);
	if (!rn->c)
		return RT_DATABASE;
	rn->token = rt_claim_token(rn->a);
	if (!o->dry_run && ((ret = rt_check_writable(rn->c, o->target, rn->d)) != RT_OK ||
			    (ret = tracking_create(rn->c, rn->a, tr, create, rn->d)) != RT_OK))
		return ret;
	if ((ret = tracking_status(out, rn->a, rn->c, tr, m, rn->d)) != RT_OK)
		return ret;
	return rt_integrity(out, tr, m, rn->d);
}
