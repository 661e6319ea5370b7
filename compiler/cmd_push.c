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
#include "parse.h"
#include "seed.h"
#include "strbuf.h"
#include "workflow.h"
#include "../runtime/introspect.h"

#include <stdio.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

const char push_usage[] =
	"schemac push [--url URL | --env NAME] [--dry-run] [--accept-data-loss] [--schema DIR] [--owners]"
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

/* An environment marked "production": true refuses cmd (an error with
 * hint). */
static bool production_refused(struct db_cmd *c, const char *cmd, const char *hint)
{
	struct diag *dg;

	if (!c->env || !c->env->production)
		return false;
	dg = diag_at(&c->d, DIAG_ERROR, NULL, -1,
		     "environment '%s' is a production environment (\"production\": true in %s): %s refuses it; nothing was changed",
		     c->env->name, c->cfg.path ? c->cfg.path : CONFIG_FILE, cmd);
	diag_set_hint(&c->d, dg, "%s", hint);
	return true;
}

int cmd_push(int argc, char **argv)
{
	struct db_cmd c;
	struct arena *a;
	struct diags *d;
	struct stmt_cache *cache = NULL;
	struct catalog *db;
	struct ptrvec parts = { 0 };
	struct workflow_result res = { 0 };
	int ret, rt = RT_OK;

	if ((ret = db_cmd_open(&c, argc, argv, push_usage, "sdDO")) >= 0)
		return ret;
	a = c.a;
	d = &c.d;
	if (production_refused(&c, "push", "write a migration (schemac generate) and apply it with schemac migrate")) {
		ret = EXIT_FINDINGS;
		goto out;
	}
	printf("database: %s\n", c.t.banner);
	fflush(stdout);
	cache = stmt_cache_new(a);
	db = introspect_catalog(a, cache, &c.io, d, &rt);
	if (!db) {
		ret = rt == RT_DATABASE ? EXIT_DATABASE : EXIT_USAGE;
		goto out;
	}
	{
		struct project pr = { .schema_dir = c.ra.schema ? c.ra.schema : c.cfg.schema_dir,
				      .migrations_dir = c.cfg.migrations_dir,
				      .managed_schemas = &c.cfg.managed_schemas,
				      .platform = c.cfg.platform,
				      .owners = c.ra.owners || c.cfg.owners,
				      .plain = !c.cfg.safe_migrations };
		if (workflow_push(a, d, &pr, cache, db, &parts, &res)) {
			ret = EXIT_USAGE;
			goto out;
		}
	}
	if (res.no_changes) {
		printf("nothing to push: the database matches %s\n", c.ra.schema ? c.ra.schema : c.cfg.schema_dir);
		ret = EXIT_OK;
		goto out;
	}
	if (res.destructive.n && !c.ra.accept_data_loss) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
					  "push refused: %zu destructive change%s; nothing was changed",
					  (size_t)res.destructive.n, res.destructive.n == 1 ? "" : "s");
		diag_set_hint(d, dg, "pass --accept-data-loss to apply them anyway");
		for (size_t i = 0; i < res.destructive.n; i++)
			fprintf(stderr, "  loses: %s\n", (const char *)res.destructive.items[i]);
		ret = EXIT_FINDINGS;
		goto out;
	}
	{
		struct apply_options ao = { .target = &c.t, .dry_run = c.ra.dry_run, .file = on_file,
					    .statement = on_statement };
		ret = runtime_apply(a, &ao, &parts, d);
	}
	if (ret == RT_OK && c.ra.dry_run)
		printf("dry run: nothing was changed\n");
	else if (ret == RT_OK)
		printf("pushed: the database matches %s; nothing recorded in the tracking table\n",
		       c.ra.schema ? c.ra.schema : c.cfg.schema_dir);
out:
	if (cache)
		stmt_cache_free(cache);
	return db_cmd_close(&c, ret);
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
	struct db_cmd c;
	struct arena *a;
	struct diags *d;
	const char *written = NULL;
	int ret;

	if ((ret = db_cmd_open(&c, argc, argv, export_usage, "o")) >= 0)
		return ret;
	a = c.a;
	d = &c.d;
	{
		printf("database: %s\n", c.t.banner);
		fflush(stdout);
		ret = runtime_export(a, &c.t, c.ra.out ? c.ra.out : "backups", "pg_dump", &written, d);
		if (ret == RT_OK)
			printf("exported to %s\n", written);
	}
	return db_cmd_close(&c, ret);
}

/* ---- seed ------------------------------------------------------------- */

const char seed_usage[] =
	"schemac seed [--url URL | --env NAME] [--force] [--schema DIR] [--config FILE]";
const char seed_help[] =
	"Runs the seed files, seeds/*.sql (\"seeds\" in schemac.json for another folder),\n"
	"in path order, each in one transaction, recording nothing. First, with no\n"
	"database, each INSERT, UPDATE and COPY is checked against schema/: the tables\n"
	"and columns it names exist, a NOT NULL column without a default gets a value\n"
	"other than NULL, and literals fit the column's type (an integer column takes\n"
	"no 'abc'); anything wrong is an error at file:line:col, exit 2, and nothing\n"
	"runs. An environment with \"production\": true refuses seed unless --force.\n"
	"A seed that fails rolls its file back and stops (exit 3); the files before\n"
	"it stay applied.";

static int path_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The seed files of dir, by path: struct migration * into files. -1 with a
 * diagnostic when the folder cannot be read. */
static int read_seeds(struct ptrvec *files, struct arena *a, const char *dir, struct diags *d)
{
	DIR *dh = opendir(dir);
	struct dirent *de;
	struct ptrvec names = { 0 };

	if (!dh) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1, "cannot read the seeds folder '%s': %s", dir, strerror(errno));
		diag_set_hint(d, dg, "put the seed files in seeds/*.sql, or name the folder in schemac.json (\"seeds\": \"db/seeds\")");
		return -1;
	}
	while ((de = readdir(dh)) != NULL) {
		size_t n = strlen(de->d_name);
		if (n > 4 && de->d_name[0] != '.' && strcmp(de->d_name + n - 4, ".sql") == 0)
			vec_push(&names, a, arena_printf(a, "%s/%s", dir, de->d_name));
	}
	closedir(dh);
	if (names.n)
		qsort(names.items, names.n, sizeof(*names.items), path_cmp);
	for (size_t i = 0; i < names.n; i++) {
		struct migration *mg = arena_alloc(a, sizeof(*mg));
		size_t len;
		memset(mg, 0, sizeof(*mg));
		mg->name = mg->path = names.items[i];
		mg->text = read_file(a, mg->path, &len);
		if (!mg->text) {
			diag_at(d, DIAG_ERROR, NULL, -1, "cannot read %s: %s", mg->path, strerror(errno));
			return -1;
		}
		mg->len = len;
		vec_push(files, a, mg);
	}
	return 0;
}

static void on_seed_file(void *ctx, const struct migration *file, int n)
{
	(void)ctx;
	printf("seeding %s (%d statement%s)\n", file->path, n, n == 1 ? "" : "s");
	fflush(stdout);
}

int cmd_seed(int argc, char **argv)
{
	struct db_cmd c;
	struct arena *a;
	struct diags *d;
	struct stmt_cache *cache = NULL;
	struct ptrvec files = { 0 };
	int ret;

	if ((ret = db_cmd_open(&c, argc, argv, seed_usage, "sF")) >= 0)
		return ret;
	a = c.a;
	d = &c.d;
	if (!c.ra.force && production_refused(&c, "seed", "pass --force to seed it anyway")) {
		ret = EXIT_FINDINGS;
		goto out;
	}
	ret = EXIT_USAGE;
	if (read_seeds(&files, a, c.cfg.seeds_dir, d))
		goto out;
	cache = stmt_cache_new(a);
	{
		struct project pr = { .schema_dir = c.ra.schema ? c.ra.schema : c.cfg.schema_dir,
				      .managed_schemas = &c.cfg.managed_schemas, .platform = c.cfg.platform };
		struct catalog *schema = workflow_schema(a, d, cache, &pr);
		int errors = 0;
		if (d->nerrors)
			goto out;
		for (size_t i = 0; i < files.n; i++) {
			const struct migration *mg = files.items[i];
			errors += seed_check(a, d, schema, mg->path, mg->text);
		}
		if (errors || d->nerrors)
			goto out;
	}
	if (!files.n) {
		printf("nothing to seed: %s holds no .sql file\n", c.cfg.seeds_dir);
		ret = EXIT_OK;
		goto out;
	}
	printf("database: %s\n", c.t.banner);
	fflush(stdout);
	{
		struct apply_options ao = { .target = &c.t, .file = on_seed_file };
		ret = runtime_apply(a, &ao, &files, d);
	}
	if (ret == RT_OK)
		printf("%zu seed file%s run; nothing recorded in the tracking table\n", (size_t)files.n,
		       files.n == 1 ? "" : "s");
out:
	if (cache)
		stmt_cache_free(cache);
	return db_cmd_close(&c, ret);
}
