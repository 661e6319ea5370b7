/*
 * migrate.c - applying pending migrations. Before anything runs, the
 * tracking table is compared with the folder: an applied migration whose
 * file changed, or a recorded one whose file is gone, stops the run.
 *
 * A migration runs in its own transaction, sent as one simple query - one
 * round trip:
 *
 *     BEGIN; SELECT pg_advisory_xact_lock(key); SET LOCAL lock_timeout ...;
 *     INSERT INTO tracking (version, ...) VALUES (N, ...);
 *     <the file>
 *     ;
 *     UPDATE tracking SET applied_at = clock_timestamp(), ... ; COMMIT
 *
 * The row is inserted first, under the transaction-level lock: if another
 * migrator applied the migration meanwhile, the INSERT meets its row (the
 * version is the primary key) and the whole query stops there, before any of
 * the file ran; the row is then read to tell "applied by another migrator"
 * from "a different file applied". So two migrators at once (direct, or
 * through PgBouncer in transaction mode, where a session-level lock would not
 * survive) apply each migration exactly once; the second waits on the lock,
 * then moves on. Each statement returns one result, so the count of results
 * names the statement that failed, and PostgreSQL's error position, less the
 * characters sent before the file, points into it.
 *
 * A migration that says `-- schemac:no-transaction` runs statement by
 * statement: see notx.c.
 */
#include "runtime_int.h"

#include <stdio.h>
#include <stdlib.h>

/* Results the text before the file returns: BEGIN, the lock, two SET LOCAL,
 * the INSERT. */
#define PREFIX_RESULTS 5

/* Characters (not bytes) of a UTF-8 text. */
static int utf8_chars(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The INSERT met a row: read it (outside the aborted transaction) and say
 * why. */
static int row_exists(const struct run *rn, const struct migration *mg, const char *checksum)
{
	PGresult *r = rt_exec(rn->c, arena_printf(rn->a,
			      "SELECT applied_at IS NOT NULL AND NOT undoing, checksum FROM %s WHERE version = %d",
			      rn->tr->quoted, mg->version),
			      NULL, rn->d, arena_printf(rn->a, "%s: cannot read %s", mg->name, rn->tr->shown));
	int ret;

	if (!r)
		return RT_DATABASE;
	if (PQntuples(r) == 0) {
		/* rolled back again meanwhile: let the next run see */
		diag_at(rn->d, DIAG_ERROR, NULL, -1, "%s: not applied: another migrator changed %s meanwhile",
			mg->path, rn->tr->shown);
		ret = RT_FINDINGS;
	} else if (PQgetvalue(r, 0, 0)[0] == 't') {
		ret = rt_applied_elsewhere(rn, mg, PQgetvalue(r, 0, 1), checksum);
	} else {
		struct diag *dg = diag_at(rn->d, DIAG_ERROR, NULL, -1,
					  "%s: another migrator is running it as a no-transaction migration",
					  mg->path);
		diag_set_hint(rn->d, dg, "the folder differs from the one it runs: see schemac status");
		ret = RT_FINDINGS;
	}
	PQclear(r);
	return ret;
}

static int apply_in_transaction(const struct run *rn, const struct migration *mg,
				const struct split *sp, const char *checksum)
{
	const char *note = "nothing of this migration was applied (its transaction was rolled back)";
	const char *body = sp->file ? sp->file->text : mg->text;
	char *prefix = arena_printf(rn->a,
		"BEGIN; SELECT pg_advisory_xact_lock(%lld);"
		" SET LOCAL lock_timeout = %s; SET LOCAL statement_timeout = %s;"
		" INSERT INTO %s (version, name, checksum, statements_done, statements_total)"
		" VALUES (%d, %s, %s, %d, %d);\n",
		rn->tr->lock_key, rt_literal(rn->a, rn->o->lock_timeout),
		rt_literal(rn->a, rn->o->statement_timeout), rn->tr->quoted, mg->version,
		rt_literal(rn->a, mg->name), rt_literal(rn->a, checksum), sp->n, sp->n);
	/* the newline ends a -- comment on the file's last line; the lone
	 * semicolon its last statement */
	char *text = arena_printf(rn->a,
		"%s%s\n;\nUPDATE %s SET applied_at = clock_timestamp(),"
		" duration_ms = (extract(epoch FROM clock_timestamp() - started_at) * 1000)::bigint"
		" WHERE version = %d; COMMIT",
		prefix, body, rn->tr->quoted, mg->version);

	for (int attempt = 0;; attempt++) {
		long start = rt_now_ms();
		PGresult *failed = NULL;
		const char *state;
		int done, i;

		if (!rt_send(rn, text, &done, &failed, NULL)) {
			rt_report_failure(rn, mg, sp, -1, NULL, 0, 0, NULL);
			return RT_DATABASE;
		}
		if (!failed) {
			rt_emit(rn, EV_APPLIED, mg, rt_now_ms() - start, 0, sp->n, false);
			return RT_OK;
		}
		rt_abort(rn->c);
		state = PQresultErrorField(failed, PG_DIAG_SQLSTATE);
		i = done - PREFIX_RESULTS;
		if (i == -1 && state && strcmp(state, "23505") == 0) {
			PQclear(failed);
			return row_exists(rn, mg, checksum);
		}
		if (i >= 0 && rt_lock_retry(rn, mg, failed, attempt, i + 1, sp->n)) {
			PQclear(failed);
			continue;
		}
		if (i < 0) {
			char *msg = rt_error_text(rn->a, rn->c, failed);
			diag_at(rn->d, DIAG_ERROR, NULL, -1, "%s: cannot start: %s", mg->name, msg);
		} else {
			rt_report_failure(rn, mg, sp, i < sp->n ? i : -1, failed, 0, utf8_chars(prefix),
					  note);
		}
		PQclear(failed);
		return RT_DATABASE;
	}
}

int runtime_migrate(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		    const struct migrations *m, struct diags *d)
{
	struct tracking tr;
	struct run rn = { a, d, o, &tr, NULL, NULL };
	int ret, count = 0, position = 0;

	if ((ret = rt_open(&rn, &tr, out, m, true)) != RT_OK)
		goto out;

	for (size_t i = 0; i < out->list.n; i++) {
		const struct migration_status *ms = out->list.items[i];
		if ((o->to_version < 0 || ms->version <= o->to_version) && ms->state != MS_APPLIED)
			count++;
	}
	for (size_t i = 0; i < out->list.n; i++) {
		struct migration_status *ms = out->list.items[i];
		bool unfinished = ms->state == MS_FAILED || ms->state == MS_RUNNING;
		struct split sp;

		if (o->to_version >= 0 && ms->version > o->to_version)
			break;
		if (ms->state == MS_APPLIED)
			continue;
		if (!o->dry_run)
			rt_emit_event(&rn, &(struct runtime_event){ .kind = EV_STARTING, .mg = ms->file,
								   .position = ++position, .count = count });
		if (unfinished && ms->undoing) {
			struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
						  "%s: its rollback is unfinished (%s, at statement %d of %d of %s)",
						  ms->file->path, migration_state_name(ms->state),
						  ms->statements_done + 1, ms->statements_total,
						  ms->file->down_name ? ms->file->down_name : "its down file");
			diag_set_hint(d, dg, "finish it with schemac rollback, then migrate");
			ret = RT_FINDINGS;
			goto out;
		}
		if ((ret = rt_split(&sp, a, ms->file, d)) != RT_OK)
			goto out;
		if (o->dry_run) {
			rt_emit(&rn, EV_WOULD_APPLY, ms->file, 0, unfinished ? ms->statements_done + 1 : 0,
				sp.n, sp.no_tx);
			continue;
		}
		if (sp.no_tx) {
			struct notx job = { ms->file, ms->file, &sp, ms->checksum, false };
			ret = rt_run_statements(&rn, &job);
		} else if (unfinished) {
			diag_at(d, DIAG_ERROR, NULL, -1,
				"%s: recorded as an unfinished no-transaction migration, but the file no longer says -- schemac:no-transaction",
				ms->file->path);
			ret = RT_FINDINGS;
		} else {
			ret = apply_in_transaction(&rn, ms->file, &sp, ms->checksum);
		}
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
