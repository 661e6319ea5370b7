/*
 * apply.c - SQL files run on the database outside the migrations history:
 * `schemac push` (the migration from the database to schema/, in the parts
 * generate would write) and `schemac seed` (the .sql files of seeds/). Nothing is
 * recorded in the tracking table. A file runs in one transaction, or, when
 * it says `-- schemac:no-transaction`, statement by statement; each
 * statement is reported before it is sent. A failure rolls its transaction
 * back and stops, reported at the statement (and PostgreSQL's position in
 * it) in the file.
 */
#include "runtime_int.h"

#include <stdio.h>
#include <stdlib.h>

/* Statement i of sp, with its semicolon. */
static char *stmt_text(struct arena *a, const struct split *sp, int i)
{
	return arena_printf(a, "%.*s;", sp->st[i].len, sp->file->text + sp->st[i].off);
}

/* Runs one file on rn->c. RT_OK or RT_DATABASE (reported). */
static int apply_file(const struct run *rn, const struct apply_options *o,
		      const struct migration *mg, const struct split *sp)
{
	bool tx = !sp->no_tx;
	PGresult *r;

	if (tx && !(r = rt_exec(rn->c, "BEGIN", NULL, rn->d, mg->path)))
		return RT_DATABASE;
	if (tx)
		PQclear(r);
	for (int i = 0; i < sp->n; i++) {
		char *sql = stmt_text(rn->a, sp, i);
		ExecStatusType st;
		if (o->statement)
			o->statement(o->ctx, mg, sql);
		r = PQexec(rn->c, sql);
		st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
		if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
			const char *advice = tx ? "its transaction was rolled back: nothing of this file was applied"
					     : i ? "the statements before it were applied (no transaction)" : NULL;
			int ret = RT_OK;
			char *index = tx ? NULL : rt_invalid_index(rn, &sp->st[i], mg->name, &ret);
			/* a failed CREATE INDEX CONCURRENTLY leaves an invalid index
			 * that a second run would take for the one it builds */
			if (index) {
				PQclear(PQexec(rn->c, arena_printf(rn->a, "DROP INDEX CONCURRENTLY IF EXISTS %s", index)));
				advice = arena_printf(rn->a, "%s; the invalid index %s it left was dropped",
						      advice ? advice : "nothing was applied", index);
			}
			rt_report_failure(rn, mg, sp, i, r, sp->st[i].off, 0, advice);
			PQclear(r);
			if (tx)
				rt_abort(rn->c);
			return RT_DATABASE;
		}
		PQclear(r);
	}
	if (tx && !(r = rt_exec(rn->c, "COMMIT", NULL, rn->d, mg->path)))
		return RT_DATABASE;
	if (tx)
		PQclear(r);
	return RT_OK;
}

int runtime_apply(struct arena *a, const struct apply_options *o, const struct ptrvec *files,
		  struct diags *d)
{
	struct run rn = { .a = a, .d = d };
	struct split *sps = arena_alloc(a, sizeof(*sps) * (files->n ? files->n : 1));
	int ret = RT_OK;

	/* every file parses before anything runs */
	for (size_t i = 0; i < files->n; i++)
		if (rt_split(&sps[i], a, files->items[i], d) != RT_OK)
			ret = RT_USAGE;
	if (ret != RT_OK)
		return ret;
	if (o->dry_run) {
		for (size_t i = 0; i < files->n; i++) {
			if (o->file)
				o->file(o->ctx, files->items[i], sps[i].n);
			for (int j = 0; j < sps[i].n && o->statement; j++)
				o->statement(o->ctx, files->items[i], stmt_text(a, &sps[i], j));
		}
		return RT_OK;
	}
	rn.c = rt_connect(o->target, a, d);
	if (!rn.c)
		return RT_DATABASE;
	ret = rt_check_writable(rn.c, o->target, d);
	for (size_t i = 0; i < files->n && ret == RT_OK; i++) {
		if (o->file)
			o->file(o->ctx, files->items[i], sps[i].n);
		ret = apply_file(&rn, o, files->items[i], &sps[i]);
	}
	PQfinish(rn.c);
	return ret;
}
