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
#include "parse.h"
#include "plan.h"
#include "progress.h"
#include "pull.h"
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

/* argv into ra; opts: which of --schema (s), --migrations (m), --layout
 * (l), --format (f), --accept (a), --out (o), --force (F), --dry-run (d),
 * --accept-data-loss (D), --owners (O) the command takes, besides --url,
 * --env and --config. 0, or the exit code of a usage error. */
static int parse_db_args(struct db_args *ra, int argc, char **argv, const char *use,
			 const char *opts)
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

/* The config, then the target (cmd_target; *picked its schemac.json
 * environment), and io's options from both. Returns -1 to go on, else the
 * exit code. */
static int db_setup_env(const struct db_args *ra, struct arena *a, struct diags *d,
			struct config *cfg, struct db_target *t, struct introspect_options *io,
			const struct environment **picked)
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

int cmd_inspect(int argc, char **argv)
{
	struct db_cmd c;
	struct strbuf out = STRBUF_INIT;
	int ret;

	if ((ret = db_cmd_open(&c, argc, argv, inspect_usage, "")) >= 0)
		return ret;
	fprintf(stderr, "database: %s\n", c.t.banner);
	ret = introspect_sql(&out, c.a, &c.io, &c.d);
	if (ret == RT_OK)
		fputs(out.buf, stdout);
	sb_release(&out);
	return db_cmd_close(&c, ret);
}

const char pull_usage[] =
	"schemac pull [--url URL | --env NAME] [--schema DIR] [--migrations DIR]"
	" [--layout table|kind|single] [--force] [--config FILE]";
const char pull_help[] =
	"Writes schema/ from the live database: with --layout table (the default) a\n"
	"file per table holding its columns, constraints, indexes, comments, row level\n"
	"security, policies, triggers and grants, and a file per kind for the rest\n"
	"(schemas, types, functions, views, ...); --layout kind a file per kind;\n"
	"--layout single one schema.sql. Files are numbered in the order they must be\n"
	"read in; the same database gives the same bytes. The files are built again\n"
	"before anything is written and must make the database's catalog. When\n"
	"migrations/ has no migration yet, also writes the baseline 0000_baseline.sql\n"
	"with its snapshot and sum, so that check passes; record it as applied on the\n"
	"database with schemac baseline 0. Refuses to replace .sql files in schema/\n"
	"unless --force. The project's platform and managed_schemas apply. Exit 2 on\n"
	"bad input or a refusal, 3 on a database failure.";

/* The .sql files of dir outside its EXTERN_DIR (none when it does not exist). */
static void schema_files(struct ptrvec *out, struct arena *a, const char *dir)
{
	struct ptrvec all = { 0 };
	char *err = NULL;
	const char *ext = arena_printf(a, "%s/%s/", dir, EXTERN_DIR);
	struct stat st;

	if (stat(dir, &st) < 0 || collect_sql_files(&all, a, dir, &err) < 0) {
		free(err);
		return;
	}
	for (size_t i = 0; i < all.n; i++)
		if (strncmp(all.items[i], ext, strlen(ext)) != 0)
			vec_push(out, a, all.items[i]);
}

/* Pins in pins the changes whose statements the errors of vd are at
 * (files, as written under names); how many it pinned that were not. */
static size_t pin_failed(struct pull_pins *pins, struct arena *a, const struct diags *vd,
			 const struct ptrvec *files, const struct ptrvec *names)
{
	size_t added = 0;

	if (!pins->at) {	/* a place for each change of the plan */
		for (size_t f = 0; f < files->n; f++)
			pins->n += ((const struct pull_file *)files->items[f])->stmts.n;
		pins->at = arena_alloc(a, pins->n + 1);
	}
	for (size_t i = 0; i < vd->list.n; i++) {
		const struct diag *dg = vd->list.items[i];

		if (dg->severity != DIAG_ERROR || !dg->file || dg->offset < 0)
			continue;
		for (size_t f = 0; f < files->n; f++) {
			const struct pull_file *pf = files->items[f];
			const struct pull_stmt *at = NULL;

			if (strcmp(names->items[f], dg->file->path) != 0)
				continue;
			for (size_t k = 0; k < pf->stmts.n; k++) {
				const struct pull_stmt *st = pf->stmts.items[k];
				if (st->offset <= (size_t)dg->offset)
					at = st;
			}
			if (at && at->change < pins->n && !pins->at[at->change]) {
				pins->at[at->change] = true;
				added++;
			}
			break;
		}
	}
	return added;
}

/* The pulled files: the first way of laying them out (pull.h) whose files,
 * built after the declarations, make the database's catalog. A statement
 * whose hoisting the build refuses (it uses what a file between creates) is
 * pinned where the migration has it, and the same way tried again; then
 * the next way. NULL (with what the last try found in d) when none does. */
static struct ptrvec *pull_verified(struct arena *a, struct diags *d, struct stmt_cache *cache,
				    const struct project *pr, const struct catalog *db,
				    const struct diff_options *opt, enum pull_layout layout)
{
	static const enum pull_hoist tries[] = { HOIST_ALL, HOIST_SAFE, HOIST_NONE };
	struct pull_pins pins = { 0 };
	size_t t = 0;

	for (;;) {
		struct ptrvec *files = arena_alloc(a, sizeof(*files));
		struct ptrvec names = { 0 }, texts = { 0 };
		struct diags vd;
		struct catalog *built;
		struct strbuf rest = STRBUF_INIT;
		size_t n;

		pull_files(files, a, workflow_declarations(a, d, cache, pr), db, opt, layout,
			   tries[t], &pins);
		for (size_t i = 0; i < files->n; i++) {
			const struct pull_file *f = files->items[i];
			vec_push(&names, a, arena_printf(a, "%s/%s", pr->schema_dir, f->name));
			vec_push(&texts, a, (void *)f->text);
		}
		diags_init(&vd, a);
		built = workflow_schema_texts(a, &vd, cache, pr, (const char *const *)names.items,
					      (const char *const *)texts.items, names.n);
		n = vd.nerrors ? 1 : plan_sql(&rest, a, built, db, opt, false);
		if (n == 0) {
			sb_release(&rest);
			return files;
		}
		if (vd.nerrors && tries[t] != HOIST_NONE && pin_failed(&pins, a, &vd, files, &names)) {
			sb_release(&rest);
			continue;
		}
		if (t + 1 == ARRAY_SIZE(tries)) {
			for (size_t i = 0; i < vd.list.n; i++)
				vec_push(&d->list, a, vd.list.items[i]);
			d->nerrors += vd.nerrors;
			diag_at(d, DIAG_ERROR, NULL, -1,
				"internal error: the pulled files do not rebuild the database%s%s; nothing was written",
				rest.len ? ", they still need:\n" : "", rest.buf);
			sb_release(&rest);
			return NULL;
		}
		sb_release(&rest);
		t++;
	}
}

int cmd_pull(int argc, char **argv)
{
	struct db_cmd c;
	struct arena *a;
	struct diags *d;
	struct migrations m;
	struct stmt_cache *cache = NULL;
	struct catalog *db;
	struct ptrvec old = { 0 }, *files;
	struct file_batch batch = { 0 };
	struct project pr;
	enum pull_layout layout = PULL_BY_TABLE;
	struct progress line;	/* on a terminal: the step under way */
	int ret, rt = RT_OK;

	if ((ret = db_cmd_open(&c, argc, argv, pull_usage, "smlF")) >= 0)
		return ret;
	a = c.a;
	d = &c.d;
	if (c.ra.layout && strcmp(c.ra.layout, "kind") == 0)
		layout = PULL_BY_KIND;
	else if (c.ra.layout && strcmp(c.ra.layout, "single") == 0)
		layout = PULL_SINGLE;
	else if (c.ra.layout && strcmp(c.ra.layout, "table") != 0)
		return db_cmd_close(&c, cmd_usage(pull_usage, "unknown layout '%s' (table, kind or single)",
						  c.ra.layout));
	pr = (struct project){ .schema_dir = c.ra.schema ? c.ra.schema : c.cfg.schema_dir,
			       .migrations_dir = c.ra.migrations ? c.ra.migrations : c.cfg.migrations_dir,
			       .managed_schemas = &c.cfg.managed_schemas,
			       .platform = c.cfg.platform,
			       .owners = c.cfg.owners,
			       .plain = true };
	ret = EXIT_USAGE;
	if (migrations_read(&m, a, pr.migrations_dir, d))
		goto out;
	schema_files(&old, a, pr.schema_dir);
	if (old.n && !c.ra.force) {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"%s already holds schema files (--force replaces them); nothing was written",
			pr.schema_dir);
		goto out;
	}
	if (m.list.n && !c.ra.force) {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"%s already holds migrations: pull writes a baseline only for a new history "
			"(--force writes schema/ alone); nothing was written", pr.migrations_dir);
		goto out;
	}
	cache = stmt_cache_new(a);
	progress_begin(&line, "pulling", 2);
	progress_update(&line, 0, "reading the catalog");
	db = introspect_catalog(a, cache, &c.io, d, &rt);
	progress_clear(&line);
	if (!db) {
		progress_end(&line);
		ret = rt == RT_DATABASE ? EXIT_DATABASE : EXIT_USAGE;
		goto out;
	}
	fprintf(stderr, "database: %s\n", c.t.banner);
	progress_update(&line, 1, "laying out the files and building them again");
	{
		struct diff_options opt = { .managed_schemas = pr.managed_schemas, .owners = pr.owners };
		files = pull_verified(a, d, cache, &pr, db, &opt, layout);
	}
	progress_end(&line);
	if (!files)
		goto out;
	if (mkdir(pr.schema_dir, 0755) < 0 && errno != EEXIST) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot create folder '%s': %s", pr.schema_dir,
			strerror(errno));
		goto out;
	}
	for (size_t i = 0; i < files->n; i++) {
		const struct pull_file *f = files->items[i];
		if (batch_write(&batch, arena_printf(a, "%s/%s", pr.schema_dir, f->name), f->text,
				strlen(f->text)) < 0)
			break;
	}
	if (batch.error || batch_commit(&batch) < 0) {
		diag_at(d, DIAG_ERROR, NULL, -1, "%s; nothing was written", batch.error);
		batch_release(&batch);
		goto out;
	}
	batch_release(&batch);
	/* the files replaced (--force) that the pull did not write again (the
	 * same file: the same inode, however the path is spelled) */
	for (size_t i = 0; i < old.n; i++) {
		struct stat os, ns;
		bool kept = stat(old.items[i], &os) < 0;
		for (size_t j = 0; j < files->n && !kept; j++)
			kept = stat(arena_printf(a, "%s/%s", pr.schema_dir,
						 ((const struct pull_file *)files->items[j])->name), &ns) == 0 &&
			       ns.st_dev == os.st_dev && ns.st_ino == os.st_ino;
		if (!kept && remove(old.items[i]) < 0)
			diag_at(d, DIAG_WARNING, NULL, -1, "cannot remove '%s'", (const char *)old.items[i]);
	}
	for (size_t i = 0; i < files->n; i++)
		printf("wrote %s/%s\n", pr.schema_dir, ((const struct pull_file *)files->items[i])->name);
	ret = EXIT_OK;
	if (m.list.n) {
		printf("%s already holds migrations: no baseline written; schemac generate records\n"
		       "what the database has beyond them as a new migration\n", pr.migrations_dir);
	} else {
		struct workflow_result res = { 0 };
		if (workflow_generate_cached(a, d, cache, &pr, "baseline", &res) != 0) {
			ret = EXIT_USAGE;
			goto out;
		}
		for (size_t i = 0; i < res.written.n; i++)
			printf("wrote %s\n", (const char *)res.written.items[i]);
		if (!res.no_changes)
			printf("record the baseline as applied on this database: schemac baseline 0%s%s\n",
			       c.ra.env ? " --env " : "", c.ra.env ? c.ra.env : "");
	}
out:
	if (cache)
		stmt_cache_free(cache);
	return db_cmd_close(&c, ret);
}
