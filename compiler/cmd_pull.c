/*
 * cmd_pull.c - `schemac inspect`, `pull` and `drift`: options, the
 * database target (runtime_target: --url, --env, DATABASE_URL and the .env
 * files), the introspected catalog (runtime/introspect.h), then what each
 * command makes of it. Diagnostics go to stderr, scrubbed of the password.
 */
#include "cmd_pull.h"
#include "arena.h"
#include "cmd_runtime.h"
#include "build.h"
#include "config.h"
#include "fileio.h"
#include "migrations.h"
#include "plan.h"
#include "strbuf.h"
#include "workflow.h"
#include "../runtime/introspect.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

const char inspect_usage[] = "schemac inspect [--url URL | --env NAME] [--config FILE]";
const char inspect_help[] =
	"Prints the DDL schemac reads from the live database: pg_catalog queried in a\n"
	"read-only transaction, PostgreSQL's own deparsed text where it has it. This is\n"
	"what pull and drift build the database's catalog from. Exit 3 on a database\n"
	"failure.";

/* The options every command here takes. */
struct db_args {
	const char *url, *env, *config, *schema, *migrations, *layout, *format;
	bool force;
};

/* opts: which of --schema, --migrations, --layout, --format, --force the
 * command takes ("sml" and so on). */
static int parse_db_args(struct db_args *ra, int argc, char **argv, const char *use, const char *opts)
{
	memset(ra, 0, sizeof(*ra));
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i];
		const char **slot = NULL;
		if (strcmp(o, "--url") == 0)
			slot = &ra->url;
		else if (strcmp(o, "--env") == 0)
			slot = &ra->env;
		else if (strcmp(o, "--config") == 0)
			slot = &ra->config;
		else if (strchr(opts, 's') && strcmp(o, "--schema") == 0)
			slot = &ra->schema;
		else if (strchr(opts, 'm') && strcmp(o, "--migrations") == 0)
			slot = &ra->migrations;
		else if (strchr(opts, 'l') && strcmp(o, "--layout") == 0)
			slot = &ra->layout;
		else if (strchr(opts, 'f') && strcmp(o, "--format") == 0)
			slot = &ra->format;
		else if (strchr(opts, 'F') && strcmp(o, "--force") == 0)
			ra->force = true;
		else if (o[0] == '-')
			return cmd_usage(use, "unknown option '%s'", o);
		else
			return cmd_usage(use, "unexpected argument '%s'", o);
		if (slot) {
			if (i + 1 >= argc)
				return cmd_usage(use, "%s needs a value", o);
			*slot = argv[++i];
		}
	}
	if (ra->url && ra->env)
		return cmd_usage(use, "%s", "--url and --env exclude each other");
	return 0;
}

/* Config and target. Returns -1 to go on, else the exit code. */
static int db_setup(const struct db_args *ra, struct arena *a, struct diags *d, struct config *cfg,
		    struct db_target *t, struct introspect_options *io)
{
	const char *source, *url;
	int ret;

	if (config_load(cfg, a, ra->config, d) < 0)
		return EXIT_USAGE;
	url = cmd_url(a, cfg, ra->url, ra->env, &source);
	ret = runtime_target(t, a, url, source, ra->env, false, d);
	if (ret != RT_OK)
		return ret;
	io->target = t;
	io->managed_schemas = cfg->managed_schemas.n ? &cfg->managed_schemas : NULL;
	io->tracking_table = cfg->tracking_table;
	return -1;
}

int cmd_inspect(int argc, char **argv)
{
	struct db_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct db_target t = { 0 };
	struct introspect_options io = { 0 };
	struct strbuf out = STRBUF_INIT;
	int ret;

	if ((ret = parse_db_args(&ra, argc, argv, inspect_usage, "")) != 0)
		return ret;
	a = arena_new();
	diags_init(&d, a);
	ret = db_setup(&ra, a, &d, &cfg, &t, &io);
	if (ret < 0) {
		ret = introspect_sql(&out, a, &io, &d);
		if (ret == RT_OK)
			fputs(out.buf, stdout);
	}
	cmd_print_diags(&d, &t);
	sb_release(&out);
	arena_free(a);
	return ret;
}

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
	bool owners = false;

	/* --owners is ours alone */
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--owners") == 0) {
			owners = true;
			memmove(&argv[i], &argv[i + 1], (size_t)(argc - i - 1) * sizeof(*argv));
			argc--;
			break;
		}
	if ((ret = parse_db_args(&ra, argc, argv, drift_usage, "m")) != 0)
		return ret;
	a = arena_new();
	diags_init(&d, a);
	ret = db_setup(&ra, a, &d, &cfg, &t, &io);
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
					    .owners = owners || cfg.owners };
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
