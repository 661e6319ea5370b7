/*
 * rollback.c - undoing applied migrations with their down files, and
 * adopting a database that is already at some version (baseline).
 *
 * Everything that could stop a rollback is checked before anything runs:
 * the applied migrations' checksums against the files (as migrate does),
 * every needed NNNN_name.down.sql present and parsing. Then, newest first,
 * each down file runs in its own transaction:
 *
 *     BEGIN; SELECT pg_advisory_xact_lock(key); SET LOCAL lock_timeout ...;
 *     SELECT checksum, newest version FROM tracking ...  -- still ours?
 *     <the down file, sent as one simple query>
 *     DELETE FROM tracking WHERE version = N; COMMIT
 *
 * so the row disappears exactly when the down file committed, and a
 * migrator running meanwhile (which takes the same lock) sees either the
 * migration applied or gone, never half of it.
 *
 * A down file that says `-- schemac:no-transaction` (DROP INDEX
 * CONCURRENTLY) runs statement by statement as notx.c runs such migrations:
 * the row, still applied, is marked undoing and counts the down file's
 * statements; it is deleted after the last one. A rollback that stopped
 * (failed, or its migrator gone) is resumed by the next rollback, and until
 * then migrate refuses to run.
 */
#include "runtime_int.h"

#include <stdio.h>
#include <stdlib.h>

/* The down file of mg as a migration of its own: its diagnostics point
 * into NNNN_name.down.sql. */
static struct migration *down_of(struct arena *a, const struct migrations *m,
				 const struct migration *mg)
{
	struct migration *dn = arena_alloc(a, sizeof(*dn));

	memset(dn, 0, sizeof(*dn));
	dn->version = mg->version;
	dn->name = mg->down_name;
	dn->path = arena_printf(a, "%s/%s", m->dir, mg->down_name);
	dn->text = mg->down_text ? mg->down_text : "";
	dn->len = mg->down_text ? mg->down_len : 0;
	return dn;
}

/* Runs one down file. RT_SKIPPED when another run rolled it back. */
static int undo_one(const struct run *rn, const struct migration_status *ms,
		    const struct migration *dn, const struct split *sp)
{
	const struct migration *mg = ms->file;
	const char *text = sp->file ? sp->file->text : dn->text;
	const char *still_applied = arena_printf(rn->a,
		"%s is still applied (the rollback's transaction was rolled back)", mg->name);

	for (int attempt = 0;; attempt++) {
		struct strbuf sql = STRBUF_INIT;
		PGresult *r;
		int sent, ret;
		long start;

		sb_addf(&sql,
			"BEGIN; SELECT pg_advisory_xact_lock(%lld);"
			" SET LOCAL lock_timeout = %s; SET LOCAL statement_timeout = %s;"
			" SELECT checksum, applied_at IS NOT NULL, (SELECT max(version) FROM %s)"
			" FROM %s WHERE version = %d",
			rn->tr->lock_key, rt_literal(rn->a, rn->o->lock_timeout),
			rt_literal(rn->a, rn->o->statement_timeout), rn->tr->quoted, rn->tr->quoted,
			mg->version);
		r = rt_exec(rn->c, sql.buf, NULL, rn->d, arena_printf(rn->a, "%s: cannot start", dn->name));
		sb_release(&sql);
		if (!r) {
			rt_abort(rn->c);
			return RT_DATABASE;
		}
		if (PQntuples(r) == 0) {
			PQclear(r);
			rt_abort(rn->c);
			rt_emit(rn, EV_UNDONE_ELSEWHERE, mg, 0, 0, 0, false);
			return RT_SKIPPED;
		}
		if (PQgetvalue(r, 0, 1)[0] != 't' || !str_eq(PQgetvalue(r, 0, 0), ms->checksum) ||
		    atoi(PQgetvalue(r, 0, 2)) > mg->version) {
			struct diag *dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
						  "%s: not rolled back: another migrator changed %s meanwhile",
						  mg->path, rn->tr->shown);
			diag_set_hint(rn->d, dg, "run schemac status, then rollback again");
			PQclear(r);
			rt_abort(rn->c);
			return RT_FINDINGS;
		}
		PQclear(r);

		start = rt_now_ms();
		sent = rt_send_or_retry(rn, dn, sp, text, attempt, still_applied);
		if (sent < 0)
			return RT_DATABASE;
		if (sent == 0)
			continue;
		ret = rt_commit(rn, dn, sp,
				arena_printf(rn->a, "DELETE FROM %s WHERE version = %d; COMMIT",
					     rn->tr->quoted, mg->version), still_applied);
		if (ret == RT_OK)
			rt_emit(rn, EV_ROLLED_BACK, mg, rt_now_ms() - start, 0, sp->n, false);
		return ret;
	}
}

int runtime_rollback(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		     const struct migrations *m, struct diags *d)
{
	struct tracking tr;
	struct run rn = { a, d, o, &tr, NULL, NULL };
	struct ptrvec todo = { 0 };	/* struct migration_status *, newest first */
	struct ptrvec downs = { 0 };	/* struct migration *, the same order */
	struct ptrvec splits = { 0 };	/* struct split * */
	int ret, problems = 0;

	if ((ret = rt_open(&rn, &tr, out, m, false)) != RT_OK)
		goto out;

	for (size_t i = out->list.n; i-- > 0;) {
		struct migration_status *ms = out->list.items[i];
		if (ms->state == MS_PENDING)
			continue;
		if (o->to_version >= 0 && ms->version <= o->to_version)
			break;
		vec_push(&todo, a, ms);
		if (o->to_version < 0)
			break;
	}
	for (size_t i = 0; i < todo.n; i++) {
		struct migration_status *ms = todo.items[i];
		struct migration *dn;
		struct split *sp;

		if ((ms->state == MS_FAILED || ms->state == MS_RUNNING) && !ms->undoing) {
			struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
						  "%s: an unfinished no-transaction migration (%s); it cannot be rolled back",
						  ms->file->path, migration_state_name(ms->state));
			diag_set_hint(d, dg, "finish it with schemac migrate first, then roll it back");
			problems++;
			continue;
		}
		if (!ms->file->down_name) {
			const char *nm = ms->file->name;
			struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
						  "%s: no down migration %s/%.*s.down.sql",
						  ms->file->path, m->dir, (int)strlen(nm) - 4, nm);
			diag_set_hint(d, dg, "write it (the SQL that undoes this migration) and run schemac hash");
			problems++;
			continue;
		}
		dn = down_of(a, m, ms->file);
		sp = arena_alloc(a, sizeof(*sp));
		if (rt_split(sp, a, dn, d) != RT_OK) {
			problems++;
			continue;
		}
		if (ms->undoing && !sp->no_tx) {
			diag_at(d, DIAG_ERROR, NULL, -1,
				"%s: recorded as an unfinished no-transaction rollback, but the file no longer says -- schemac:no-transaction",
				dn->path);
			problems++;
			continue;
		}
		vec_push(&downs, a, dn);
		vec_push(&splits, a, sp);
	}
	if (problems) {
		diag_at(d, DIAG_ERROR, NULL, -1, "nothing rolled back");
		ret = RT_FINDINGS;
		goto out;
	}
	for (size_t i = 0; i < todo.n; i++) {
		struct migration_status *ms = todo.items[i];
		const struct split *sp = splits.items[i];

		if (o->dry_run) {
			rt_emit(&rn, EV_WOULD_ROLL_BACK, ms->file, 0,
				ms->undoing ? ms->statements_done + 1 : 0, sp->n, sp->no_tx);
			continue;
		}
		if (sp->no_tx) {
			struct notx job = { ms->file, downs.items[i], sp, ms->checksum, true };
			ret = rt_run_statements(&rn, &job);
		} else {
			ret = undo_one(&rn, ms, downs.items[i], sp);
		}
		if (ret != RT_OK && ret != RT_SKIPPED)
			goto out;
		if (ret == RT_OK)
			out->applied_now++;
		ret = RT_OK;
		ms->state = MS_PENDING;
	}
	ret = RT_OK;
out:
	PQfinish(rn.c);
	return ret;
}

int runtime_baseline(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		     const struct migrations *m, struct diags *d)
{
	struct tracking tr;
	struct strbuf sql = STRBUF_INIT;
	PGconn *c;
	PGresult *r;
	struct run rn = { a, d, o, &tr, NULL, NULL };
	int ret, n = 0;

	memset(out, 0, sizeof(*out));
	if ((ret = tracking_init(&tr, a, o->tracking_table, d)) != RT_OK)
		return ret;
	if (!rt_version_in_folder(m, o->to_version)) {
		diag_at(d, DIAG_ERROR, NULL, -1, "baseline %d: no migration has that version in %s",
			o->to_version, m->dir);
		return RT_USAGE;
	}
	c = rn.c = rt_connect(o->target, a, d);
	if (!c)
		return RT_DATABASE;
	if ((ret = rt_check_writable(c, o->target, d)) != RT_OK ||
	    (ret = tracking_create(c, a, &tr, true, d)) != RT_OK)
		goto out;

	sb_addf(&sql, "BEGIN; SELECT pg_advisory_xact_lock(%lld);"
		" SELECT version, name FROM %s ORDER BY version LIMIT 1",
		tr.lock_key, tr.quoted);
	r = rt_exec(c, sql.buf, NULL, d, arena_printf(a, "cannot read %s", tr.shown));
	if (!r) {
		rt_abort(c);
		ret = RT_DATABASE;
		goto out;
	}
	if (PQntuples(r) > 0) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
					  "nothing recorded: %s already records migrations (version %s, %s)",
					  tr.shown, PQgetvalue(r, 0, 0), PQgetvalue(r, 0, 1));
		diag_set_hint(d, dg, "baseline adopts a database schemac has never migrated; see schemac status");
		PQclear(r);
		rt_abort(c);
		ret = RT_FINDINGS;
		goto out;
	}
	PQclear(r);

	sb_reset(&sql);
	sb_addf(&sql, "INSERT INTO %s (version, name, checksum, applied_at) VALUES", tr.quoted);
	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		if (mg->version > o->to_version)
			break;
		sb_addf(&sql, "%s (%d, %s, %s, clock_timestamp())", n ? "," : "", mg->version,
			rt_literal(a, mg->name), rt_literal(a, runtime_checksum(a, mg->text, mg->len)));
		n++;
	}
	sb_adds(&sql, "; COMMIT");
	r = rt_exec(c, sql.buf, NULL, d, arena_printf(a, "cannot record the baseline in %s", tr.shown));
	if (!r) {
		rt_abort(c);
		ret = RT_DATABASE;
		goto out;
	}
	PQclear(r);
	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		if (mg->version > o->to_version)
			break;
		rt_emit(&rn, EV_BASELINED, mg, 0, 0, 0, false);
	}
	out->applied_now = n;
	ret = tracking_status(out, a, c, &tr, m, d);
	out->applied_now = n;
out:
	sb_release(&sql);
	PQfinish(c);
	return ret;
}
