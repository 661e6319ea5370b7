/*
 * cmd_pull.c - `schemac inspect` and `pull`: options, the database target
 * (cmd_target: --url, --env, DATABASE_URL and the .env files), the
 * introspected catalog (runtime/introspect.h), then what each command makes
 * of it. The options and the target serve the other database commands too
 * (db_cmd_open: cmd_drift.c, cmd_push.c). Diagnostics go to stderr,
 * scrubbed of the password.
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

int parse_db_args(struct db_args *ra, int argc, char **argv, const char *use, const char *opts)
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
		else if (strchr(opts, 'a') && strcmp(o, "--accept") == 0)
			slot = &ra->accept;
		else if (strchr(opts, 'o') && strcmp(o, "--out") == 0)
			slot = &ra->out;
		else if (strchr(opts, 'F') && strcmp(o, "--force") == 0)
			ra->force = true;
		else if (strchr(opts, 'd') && strcmp(o, "--dry-run") == 0)
			ra->dry_run = true;
		else if (strchr(opts, 'D') && strcmp(o, "--accept-data-loss") == 0)
			ra->accept_data_loss = true;
		else if (strchr(opts, 'O') && strcmp(o, "--owners") == 0)
			ra->owners = true;
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

int db_setup_env(const struct db_args *ra, struct arena *a, struct diags *d, struct config *cfg,
		 struct db_target *t, struct introspect_options *io, const struct environment **picked)
{
	int ret;

	if (config_load(cfg, a, ra->config, d) < 0)
		return EXIT_USAGE;
	ret = cmd_target(t, a, cfg, ra->url, ra->env, false, picked, d);
	if (ret != RT_OK)
		return ret;
	io->target = t;
	io->managed_schemas = cfg->managed_schemas.n ? &cfg->managed_schemas : NULL;
	io->tracking_table = cfg->tracking_table;
	return -1;
}

int db_cmd_open(struct db_cmd *c, int argc, char **argv, const char *use, const char *opts)
{
	int ret;

	memset(c, 0, sizeof(*c));
	if ((ret = parse_db_args(&c->ra, argc, argv, use, opts)) != 0)
		return ret;
	c->a = arena_new();
	diags_init(&c->d, c->a);
	ret = db_setup_env(&c->ra, c->a, &c->d, &c->cfg, &c->t, &c->io, &c->env);
	return ret >= 0 ? db_cmd_close(c, ret) : -1;
}

int db_cmd_close(struct db_cmd *c, int ret)
{
	cmd_print_diags(&c->d, c->t.url ? &c->t : NULL);
	arena_free(c->a);
	return ret;
}

/* Config and target. Returns -1 to go on, else the exit code. */
static int db_setup(const struct db_args *ra, struct arena *a, struct diags *d, struct config *cfg,
		    struct db_target *t, struct introspect_options *io)
{
	return db_setup_env(ra, a, d, cfg, t, io, NULL);
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
		fprintf(stderr, "database: %s\n", t.banner);
		ret = introspect_sql(&out, a, &io, &d);
		if (ret == RT_OK)
			fputs(out.buf, stdout);
	}
	cmd_print_diags(&d, &t);
	sb_release(&out);
	arena_free(a);
	return ret;
}
