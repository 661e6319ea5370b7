/*
 * cmd_push.c - `schemac push`: the dev loop. The live database
 * (runtime/introspect.h) diffed against schema/ through the one pipeline
 * (workflow_push: plan.h, in the form generate writes), and the migration
 * applied at once (runtime_apply), each statement printed as it goes. No
 * file written, nothing recorded in the tracking table.
 */
#include "cmd_push.h"
#include "cmd_pull.h"
#include "arena.h"
#include "cmd_runtime.h"
#include "build.h"
#include "config.h"
#include "strbuf.h"
#include "workflow.h"
#include "../runtime/introspect.h"

#include <stdio.h>
#include <stdlib.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

const char push_usage[] =
	"schemac push [--url URL | --env NAME] [--dry-run] [--accept-data-loss] [--schema DIR]"
	" [--config FILE]";
const char push_help[] =
	"Makes the database what schema/ says, without a migration file: the live\n"
	"database is read (as drift reads it), diffed against schema/, and the\n"
	"migration generate would write is applied at once - its transactional part in\n"
	"one transaction, its no-transaction part statement by statement - printing\n"
	"each statement as it runs. Destructive statements (a dropped table or column,\n"
	"a type changed without a cast) are refused and listed, nothing run, unless\n"
	"--accept-data-loss. An environment with \"production\": true in schemac.json\n"
	"refuses push. --dry-run prints the statements and runs none. Nothing is\n"
	"recorded in the tracking table. Exit 1 when refused, 2 on bad input, 3 on a\n"
	"database failure.";

/* Each statement before it runs; a line before each part. */
static void on_file(void *ctx, const struct migration *file, int n)
{
	(void)ctx;
	printf("-- %s (%d statement%s)\n", file->name, n, n == 1 ? "" : "s");
	fflush(stdout);
}

static void on_statement(void *ctx, const struct migration *file, const char *sql)
{
	(void)ctx;
	(void)file;
	printf("%s\n", sql);
	fflush(stdout);
}

int cmd_push(int argc, char **argv)
{
	struct db_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct db_target t = { 0 };
	struct introspect_options io = { 0 };
	const struct environment *env = NULL;
	struct stmt_cache *cache = NULL;
	struct catalog *db;
	struct ptrvec parts = { 0 };
	struct workflow_result res = { 0 };
	int ret, rt = RT_OK;

	if ((ret = parse_db_args(&ra, argc, argv, push_usage, "sdDO")) != 0)
		return ret;
	a = arena_new();
	diags_init(&d, a);
	ret = db_setup_env(&ra, a, &d, &cfg, &t, &io, &env);
	if (ret >= 0)
		goto out;
	if (env && env->production) {
		struct diag *dg = diag_at(&d, DIAG_ERROR, NULL, -1,
			"environment '%s' is a production environment (\"production\": true in %s): push refuses it; nothing was changed",
			env->name, cfg.path ? cfg.path : CONFIG_FILE);
		diag_set_hint(&d, dg, "write a migration (schemac generate) and apply it with schemac migrate");
		ret = EXIT_FINDINGS;
		goto out;
	}
	printf("database: %s\n", t.banner);
	fflush(stdout);
	cache = stmt_cache_new(a);
	db = introspect_catalog(a, cache, &io, &d, &rt);
	if (!db) {
		ret = rt == RT_DATABASE ? EXIT_DATABASE : EXIT_USAGE;
		goto out;
	}
	{
		struct project pr = { .schema_dir = ra.schema ? ra.schema : cfg.schema_dir,
				      .migrations_dir = cfg.migrations_dir,
				      .managed_schemas = &cfg.managed_schemas,
				      .platform = cfg.platform,
				      .owners = ra.owners || cfg.owners,
				      .plain = !cfg.safe_migrations };
		if (workflow_push(a, &d, &pr, cache, db, &parts, &res)) {
			ret = EXIT_USAGE;
			goto out;
		}
	}
	if (res.no_changes) {
		printf("nothing to push: the database matches %s\n", ra.schema ? ra.schema : cfg.schema_dir);
		ret = EXIT_OK;
		goto out;
	}
	if (res.destructive.n && !ra.accept_data_loss) {
		struct diag *dg = diag_at(&d, DIAG_ERROR, NULL, -1,
					  "push refused: %zu destructive change%s; nothing was changed",
					  (size_t)res.destructive.n, res.destructive.n == 1 ? "" : "s");
		diag_set_hint(&d, dg, "pass --accept-data-loss to apply them anyway");
		for (size_t i = 0; i < res.destructive.n; i++)
			fprintf(stderr, "  loses: %s\n", (const char *)res.destructive.items[i]);
		ret = EXIT_FINDINGS;
		goto out;
	}
	{
		struct apply_options ao = { .target = &t, .dry_run = ra.dry_run, .file = on_file,
					    .statement = on_statement };
		ret = runtime_apply(a, &ao, &parts, &d);
	}
	if (ret == RT_OK && ra.dry_run)
		printf("dry run: nothing was changed\n");
	else if (ret == RT_OK)
		printf("pushed: the database matches %s; nothing recorded in the tracking table\n",
		       ra.schema ? ra.schema : cfg.schema_dir);
out:
	if (cache)
		stmt_cache_free(cache);
	cmd_print_diags(&d, t.url ? &t : NULL);
	arena_free(a);
	return ret;
}

/* ---- export ----------------------------------------------------------- */

const char export_usage[] = "schemac export [--url URL | --env NAME] [--out DIR] [--config FILE]";
const char export_help[] =
	"Dumps the database, schema and data, with pg_dump into a timestamped file,\n"
	"backups/DBNAME-YYYYMMDDTHHMMSSZ.sql (plain SQL; --out DIR for another folder).\n"
	"pg_dump must be installed and at least as new as the server (major versions\n"
	"are compared first). The password reaches pg_dump through PGPASSWORD, never\n"
	"its command line. Exit 2 when pg_dump is missing or too old, 3 on a database\n"
	"or pg_dump failure; nothing is left written on failure.";

int cmd_export(int argc, char **argv)
{
	struct db_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct db_target t = { 0 };
	struct introspect_options io = { 0 };
	const char *written = NULL;
	int ret;

	if ((ret = parse_db_args(&ra, argc, argv, export_usage, "o")) != 0)
		return ret;
	a = arena_new();
	diags_init(&d, a);
	ret = db_setup_env(&ra, a, &d, &cfg, &t, &io, NULL);
	if (ret < 0) {
		printf("database: %s\n", t.banner);
		fflush(stdout);
		ret = runtime_export(a, &t, ra.out ? ra.out : "backups", "pg_dump", &written, &d);
		if (ret == RT_OK)
			printf("exported to %s\n", written);
	}
	cmd_print_diags(&d, t.url ? &t : NULL);
	arena_free(a);
	return ret;
}
