/*
 * cmd_drift.c - `schemac drift`: the live database (runtime/introspect.h)
 * against the schema the migration history builds.
 */
#include "cmd_pull.h"
#include "arena.h"
#include "cmd_runtime.h"
#include "build.h"
#include "config.h"
#include "migrations.h"
#include "plan.h"
#include "strbuf.h"
#include "workflow.h"
#include "../runtime/introspect.h"

#include <stdio.h>
#include <stdlib.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

const char drift_usage[] =
	"schemac drift [--url URL | --env NAME] [--migrations DIR] [--config FILE] [--owners]";
const char drift_help[] =
	"Compares the live database with the schema the migration history builds (the\n"
	"migrations folder replayed). Exit 0 when they agree; 1 on drift, printing the\n"
	"SQL that turns the database into what the history says, then the SQL that\n"
	"turns the history into what the database has. Needs only a role that can\n"
	"read the catalog. Exit 2 on bad input, 3 on a database failure.";

/* The migration from one catalog to the other, emitted (plan.h); the
 * number of changes. */
static size_t drift_side(struct strbuf *out, struct arena *a, struct catalog *from,
			 const struct catalog *to, const struct diff_options *opt)
{
	return plan_sql(out, a, from, to, opt, false);
}

int cmd_drift(int argc, char **argv)
{
	struct db_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct db_target t = { 0 };
	struct introspect_options io = { 0 };
	struct migrations m;
	struct stmt_cache *cache;
	struct catalog *db, *hist, *db2, *hist2;
	struct strbuf fix_db = STRBUF_INIT, fix_hist = STRBUF_INIT;
	int ret, rt = RT_OK;

	if ((ret = parse_db_args(&ra, argc, argv, drift_usage, "mO")) != 0)
		return ret;
	a = arena_new();
	diags_init(&d, a);
	ret = db_setup_env(&ra, a, &d, &cfg, &t, &io, NULL);
	if (ret >= 0)
		goto out;
	ret = EXIT_USAGE;
	if (migrations_read(&m, a, ra.migrations ? ra.migrations : cfg.migrations_dir, &d))
		goto out;
	cache = stmt_cache_new(a);
	/* each diff takes renames into its from side: a fresh pair for each way */
	{
		/* the history starts from what the project declares exists */
		struct project pr = { .schema_dir = cfg.schema_dir, .platform = cfg.platform };
		hist = workflow_declarations(a, &d, cache, &pr);
		hist2 = workflow_declarations(a, &d, cache, &pr);
	}
	if (migrations_replay(hist, &m, cache, &d) || migrations_replay(hist2, &m, cache, &d)) {
		stmt_cache_free(cache);
		goto out;
	}
	db = introspect_catalog(a, cache, &io, &d, &rt);
	db2 = db ? introspect_catalog(a, cache, &io, &d, &rt) : NULL;
	if (!db || !db2) {
		ret = rt == RT_DATABASE ? EXIT_DATABASE : EXIT_USAGE;
		stmt_cache_free(cache);
		goto out;
	}
	{
		struct diff_options opt = { .managed_schemas = &cfg.managed_schemas,
					    .owners = ra.owners || cfg.owners };
		size_t n = drift_side(&fix_db, a, db, hist, &opt);
		drift_side(&fix_hist, a, hist2, db2, &opt);
		fprintf(stderr, "database: %s\n", t.display);
		if (n == 0 && fix_hist.len == 0) {
			printf("no drift: the database matches the migration history (%zu migration%s)\n",
			       (size_t)m.list.n, m.list.n == 1 ? "" : "s");
			ret = EXIT_OK;
		} else {
			printf("drift: the database differs from the migration history\n\n"
			       "-- to make the database what the history says:\n%s\n"
			       "-- to make the history what the database has (a new migration):\n%s",
			       fix_db.buf, fix_hist.buf);
			ret = EXIT_FINDINGS;
		}
	}
	stmt_cache_free(cache);
out:
	cmd_print_diags(&d, &t);
	sb_release(&fix_db);
	sb_release(&fix_hist);
	arena_free(a);
	return ret;
}
