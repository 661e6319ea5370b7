/*
 * main.c - the schemac command. A table of commands, each a thin function
 * that wires the stages together (parse, build, diff, order, emit) and owns
 * no logic of its own. Only this file prints to stdout or exits; results go
 * to stdout, diagnostics to stderr.
 *
 * Exit codes: 0 success, 1 findings, 2 bad usage or bad input,
 * 3 database failure.
 */
#include "arena.h"
#include "build.h"
#include "cli.h"
#include "cmd_pull.h"
#include "cmd_push.h"
#include "cmd_runtime.h"
#include "cmd_verify.h"
#include "config.h"
#include "docs.h"
#include "fileio.h"
#include "lint.h"
#include "lint_format.h"
#include "migrations.h"
#include "plan.h"
#include "strbuf.h"
#include "workflow.h"

#include "parse.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCHEMAC_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

/* --color=WHEN, taken out of argv by main before the command runs */
static enum cli_color color_when = CLI_COLOR_AUTO;

static void print_diags(const struct diags *d)
{
	struct strbuf sb = STRBUF_INIT;
	diags_render(&sb, d);
	fputs(sb.buf, stderr);
	sb_release(&sb);
}

static int usage_error(const char *usage, const char *fmt, const char *arg)
{
	fprintf(stderr, "schemac: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nusage: %s\n", usage);
	return EXIT_USAGE;
}

static bool wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return true;
	return false;
}

static const char diff_usage[] = "schemac diff [--safe] [--owners] [--exit-code] FROM TO";

static int cmd_diff(int argc, char **argv)
{
	struct arena *a;
	struct diags d;
	struct catalog *from, *to;
	struct stmt_cache *cache;
	struct plan plan;
	struct diff_options opt = { 0 };
	struct strbuf out = STRBUF_INIT;
	int ret = EXIT_OK;

	const char *paths[2];
	int npaths = 0;
	bool safe = false, owners = false, exit_code = false;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--safe") == 0)
			safe = true;
		else if (strcmp(argv[i], "--exit-code") == 0)
			exit_code = true;
		else if (strcmp(argv[i], "--owners") == 0)
			owners = true;
		else if (argv[i][0] == '-' && argv[i][1])
			return usage_error(diff_usage, "unknown option '%s'", argv[i]);
		else if (npaths < 2)
			paths[npaths++] = argv[i];
		else
			npaths = 3;
	}
	if (npaths != 2)
		return usage_error(diff_usage, "%s", npaths < 2 ? "diff needs FROM and TO" :
				   "diff takes exactly two paths");
	if (strcmp(paths[0], "-") == 0 && strcmp(paths[1], "-") == 0)
		return usage_error(diff_usage, "%s", "only one of FROM and TO can be - (standard input)");
	a = arena_new();
	diags_init(&d, a);
	cache = stmt_cache_new(a);
	from = build_from_paths(a, &d, cache, &paths[0], 1);
	to = build_from_paths(a, &d, cache, &paths[1], 1);
	stmt_cache_forget(cache);	/* both built: its maps are not needed */
	print_diags(&d);
	if (d.nerrors) {
		fprintf(stderr, "schemac: %d error%s; no migration printed\n", d.nerrors,
			d.nerrors == 1 ? "" : "s");
		ret = EXIT_USAGE;
	} else {
		opt.owners = owners;
		/* --safe: what generate writes, the parts one after the other */
		plan_build(&plan, a, from, to, &opt, safe);
		plan_emit(&out, a, &plan);
		fputs(out.buf, stdout);
		for (size_t i = 0; i < plan.changes.items.n; i++) {
			const struct change *c = plan.changes.items.items[i];
			if (c->hint)
				fprintf(stderr, "schemac: hint: %s\n", c->hint);
		}
		if (fflush(stdout) != 0) {
			perror("schemac: cannot write the output");
			ret = EXIT_USAGE;
		} else if (exit_code && out.len) {
			ret = EXIT_FINDINGS;
		}
	}
	sb_release(&out);
	stmt_cache_free(cache);
	arena_free(a);
	return ret;
}

/* Options some workflow commands take besides the shared ones. */
enum { OPT_MODES = 1,	/* --safe, --plain */
       OPT_OWNERS = 2 };	/* --owners */

/*
 * Options shared by the workflow commands: --schema DIR, --migrations DIR,
 * --config FILE, and those in opts. The remaining arguments are left in
 * args. Returns -1 on a bad option.
 */
static int project_options(int argc, char **argv, struct project *pr, struct ptrvec *args,
			   const char *usage, unsigned opts, struct arena *a, struct diags *d)
{
	const char *config_path = NULL, *schema = NULL, *migrations = NULL;
	struct config cfg;
	int plain = -1;	/* -1: as schemac.json says */
	bool owners = false;

	for (int i = 1; i < argc; i++) {
		const char **slot = strcmp(argv[i], "--schema") == 0 ? &schema
				    : strcmp(argv[i], "--migrations") == 0 ? &migrations
				    : strcmp(argv[i], "--config") == 0 ? &config_path
									  : NULL;
		if (slot) {
			if (i + 1 >= argc) {
				usage_error(usage, "%s needs a folder", argv[i]);
				return -1;
			}
			*slot = argv[++i];
		} else if ((opts & OPT_MODES) && (strcmp(argv[i], "--plain") == 0 || strcmp(argv[i], "--safe") == 0)) {
			plain = strcmp(argv[i], "--plain") == 0;
		} else if ((opts & OPT_OWNERS) && strcmp(argv[i], "--owners") == 0) {
			owners = true;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			usage_error(usage, "unknown option '%s'", argv[i]);
			return -1;
		} else {
			vec_push(args, NULL, argv[i]);
		}
	}
	if (config_load(&cfg, a, config_path, d) < 0)
		return -2;
	pr->schema_dir = schema ? schema : cfg.schema_dir;
	pr->migrations_dir = migrations ? migrations : cfg.migrations_dir;
	pr->plain = plain >= 0 ? plain == 1 : !cfg.safe_migrations;
	pr->owners = owners || cfg.owners;
	pr->platform = cfg.platform;
	pr->managed_schemas = NULL;
	if (cfg.managed_schemas.n) {
		struct ptrvec *ms = arena_alloc(a, sizeof(*ms));
		*ms = cfg.managed_schemas;
		pr->managed_schemas = ms;
	}
	return 0;
}

typedef int (*workflow_fn)(struct arena *a, struct diags *d, const struct project *pr,
			   const char *name, struct workflow_result *out);

static int run_workflow(int argc, char **argv, const char *usage, unsigned opts, int min_args,
			int max_args, workflow_fn fn)
{
	struct project pr;
	struct ptrvec args = { 0 };
	struct arena *a;
	struct diags d;
	struct workflow_result out = { 0 };
	int ret;

	a = arena_new();
	diags_init(&d, a);
	ret = project_options(argc, argv, &pr, &args, usage, opts, a, &d);
	if (ret == 0 && ((int)args.n < min_args || (int)args.n > max_args)) {
		usage_error(usage, "%s", (int)args.n < min_args ? "a NAME is needed"
							   : "too many arguments");
		ret = -1;
	}
	if (ret < 0) {
		print_diags(&d);
		free(args.items);
		arena_free(a);
		return EXIT_USAGE;
	}
	ret = fn(a, &d, &pr, args.n ? args.items[0] : NULL, &out);
	print_diags(&d);
	for (size_t i = 0; i < out.destructive.n; i++)
		fprintf(stderr, "schemac: destructive: %s\n", (const char *)out.destructive.items[i]);
	if (out.pending)
		fprintf(stderr, "\n%s\n", out.pending);
	if (out.no_changes)
		fprintf(stderr, "No changes: %s matches the migrations\n", pr.schema_dir);
	for (size_t i = 0; i < out.written.n; i++)
		printf("wrote %s\n", (const char *)out.written.items[i]);
	if (ret == EXIT_FINDINGS && out.problems)
		fprintf(stderr, "schemac: %d problem%s found\n", out.problems,
			out.problems == 1 ? "" : "s");
	free(args.items);
	arena_free(a);
	return ret;
}

static const char generate_usage[] = "schemac generate [NAME] [--safe|--plain] [--owners] [--schema DIR] [--migrations DIR] [--config FILE]";
static const char new_usage[] = "schemac new NAME [--migrations DIR] [--config FILE]";
static const char check_usage[] = "schemac check [--owners] [--schema DIR] [--migrations DIR] [--config FILE]";
static const char hash_usage[] = "schemac hash [--migrations DIR] [--config FILE]";

static int cmd_generate(int argc, char **argv)
{
	return run_workflow(argc, argv, generate_usage, OPT_MODES | OPT_OWNERS, 0, 1, workflow_generate);
}

static int cmd_new(int argc, char **argv)
{
	return run_workflow(argc, argv, new_usage, 0, 1, 1, workflow_new);
}

static int check_fn(struct arena *a, struct diags *d, const struct project *pr, const char *name,
		    struct workflow_result *out)
{
	(void)name;
	return workflow_check(a, d, pr, out);
}

static int hash_fn(struct arena *a, struct diags *d, const struct project *pr, const char *name,
		   struct workflow_result *out)
{
	(void)name;
	return workflow_hash(a, d, pr, out);
}

static int cmd_check(int argc, char **argv)
{
	return run_workflow(argc, argv, check_usage, OPT_OWNERS, 0, 0, check_fn);
}

static int cmd_hash(int argc, char **argv)
{
	return run_workflow(argc, argv, hash_usage, 0, 0, 0, hash_fn);
}

static const char merge_usage[] = "schemac merge [--migrations DIR] [--config FILE]";

static int merge_fn(struct arena *a, struct diags *d, const struct project *pr, const char *name,
		    struct workflow_result *out)
{
	(void)name;
	return workflow_merge(a, d, pr, out);
}

static int cmd_merge(int argc, char **argv)
{
	return run_workflow(argc, argv, merge_usage, 0, 0, 0, merge_fn);
}

/* lint --schema: the catalog schema/ (or path) builds, with the project's
 * extern declarations, judged by lint_schema. The exposed schemas are the
 * configuration's, else public on Supabase, else none. */
static void lint_schema_cmd(struct arena *a, struct diags *d, struct stmt_cache *cache,
			   const struct config *cfg, const char *path, struct lint_report *r)
{
	struct project pr = { .schema_dir = path ? path : cfg->schema_dir, .platform = cfg->platform };
	struct lint_schema_options so = { &cfg->lint_levels, &cfg->exposed_schemas };
	struct ptrvec supabase = { 0 };
	struct catalog *cat;

	if (!cfg->exposed_set && cfg->platform && strcmp(cfg->platform, "supabase") == 0) {
		vec_push(&supabase, a, "public");
		so.exposed = &supabase;
	}
	if (access(pr.schema_dir, F_OK) != 0) {
		diag_at(d, DIAG_ERROR, NULL, -1, "nothing to lint: no schema file or folder '%s'",
			pr.schema_dir);
		return;
	}
	cat = workflow_schema(a, d, cache, &pr);
	if (d->nerrors == 0)
		lint_schema(r, cat, &so, d);
}

static const char lint_usage[] =
	"schemac lint [--base SQL|DIR] [--transaction auto|wrapped|none] [--format text|json|sarif|github]"
	" [--explain] [--rules] [--migrations DIR] [--config FILE] [FILE|DIR...]\n"
	"       schemac lint --schema [--format text|json|sarif|github] [--config FILE] [FILE|DIR]";

/*
 * schemac lint: the migrations folder by default (each migration judged
 * against the history before it), or the files given, after --base. With
 * --schema: the schema lints (lint_schema.c) of schema/, or of the file or
 * folder given.
 */
static int cmd_lint(int argc, char **argv)
{
	const char *base = NULL, *format = "text", *config_path = NULL, *migrations = NULL;
	const char *txmode = NULL;
	struct lint_options lo = { 0 };
	bool explain = false, schema = false;
	struct ptrvec files = { 0 };
	enum lint_format fmt;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct catalog *cat;
	struct stmt_cache *cache;
	struct parser *p;
	struct lint_report r = { 0 };
	struct strbuf out = STRBUF_INIT;
	int ret = EXIT_OK, input_errors;

	for (int i = 1; i < argc; i++) {
		const char **slot = strcmp(argv[i], "--base") == 0 ? &base
				    : strcmp(argv[i], "--format") == 0 ? &format
				    : strcmp(argv[i], "--config") == 0 ? &config_path
				    : strcmp(argv[i], "--migrations") == 0 ? &migrations
				    : strcmp(argv[i], "--transaction") == 0 ? &txmode
									  : NULL;
		if (slot) {
			if (i + 1 >= argc) {
				free(files.items);
				return usage_error(lint_usage, "%s needs a value", argv[i]);
			}
			*slot = argv[++i];
		} else if (strcmp(argv[i], "--explain") == 0) {
			explain = true;
		} else if (strcmp(argv[i], "--schema") == 0) {
			schema = true;
		} else if (strcmp(argv[i], "--rules") == 0) {
			printf("| rule | class | what it catches | what to do instead |\n|---|---|---|---|\n");
			for (size_t k = 0; k < lint_nrules; k++)
				printf("| `%s` | %s | %s | %s |\n", lint_rules[k].id,
				       lint_class_name(lint_rules[k].cls), lint_rules[k].summary,
				       lint_rules[k].fix);
			free(files.items);
			return EXIT_OK;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			free(files.items);
			return usage_error(lint_usage, "unknown option '%s'", argv[i]);
		} else {
			vec_push(&files, NULL, argv[i]);
		}
	}
	if (strcmp(format, "text") == 0)
		fmt = LINT_TEXT;
	else if (strcmp(format, "json") == 0)
		fmt = LINT_JSON;
	else if (strcmp(format, "sarif") == 0)
		fmt = LINT_SARIF;
	else if (strcmp(format, "github") == 0)
		fmt = LINT_GITHUB;
	else {
		free(files.items);
		return usage_error(lint_usage, "unknown format '%s'", format);
	}
	if (schema && (base || txmode || migrations || explain || files.n > 1)) {
		free(files.items);
		return usage_error(lint_usage, "--schema lints one schema file or folder, with no %s",
				   files.n > 1 ? "more paths" : "--base, --transaction, --migrations or --explain");
	}
	if (txmode && lint_txmode_from_name(txmode) < 0) {
		free(files.items);
		return usage_error(lint_usage, "unknown transaction model '%s' (auto, wrapped or none)", txmode);
	}
	/* files named: as psql -f runs them; the migrations folder: one
	 * transaction each, as schemac migrate runs them */
	lo.txmode = txmode ? (enum lint_txmode)lint_txmode_from_name(txmode)
		    : files.n ? LINT_TX_AUTO : LINT_TX_WRAPPED;
	lo.txmode_why = txmode ? "--transaction"
			: files.n ? "a file named on the command line runs as psql -f runs it: BEGIN ... COMMIT is one transaction, every other statement its own"
				  : "a migration runs in one transaction";
	lo.base = base || !files.n;
	a = arena_new();
	diags_init(&d, a);
	if (config_load(&cfg, a, config_path, &d) < 0) {
		print_diags(&d);
		free(files.items);
		arena_free(a);
		return EXIT_USAGE;
	}
	cache = stmt_cache_new(a);
	if (schema) {
		lint_schema_cmd(a, &d, cache, &cfg, files.n ? files.items[0] : NULL, &r);
		input_errors = d.nerrors - r.errors;
		goto report;
	}
	if (base) {
		cat = build_from_paths(a, &d, cache, &base, 1);
	} else {
		/* what the project declares exists (platform, schema/_extern/) */
		struct project pr = { .schema_dir = cfg.schema_dir, .platform = cfg.platform };
		cat = workflow_declarations(a, &d, cache, &pr);
	}
	/* no cache: the migrations share no text with the base, and a
	 * parser without one reads each small file with one parse (parse.c) */
	p = parser_new(a, &d, NULL);
	if (files.n) {
		for (size_t i = 0; i < files.n; i++)
			parser_add_path(p, files.items[i]);
	} else {
		struct migrations m;
		const char *dir = migrations ? migrations : cfg.migrations_dir;
		migrations_read(&m, a, dir, &d);
		for (size_t i = 0; i < m.list.n; i++) {
			const struct migration *mg = m.list.items[i];
			parser_add_text(p, mg->path, mg->text);
		}
	}
	if (d.nerrors == 0)
	{
		lo.levels = &cfg.lint_levels;
		lint_statements(&r, cat, p, &lo, &d);
	}
	parser_free(p);
	input_errors = d.nerrors - r.errors;
report:
	if (explain)
		lint_explain(&out, &r);
	lint_format(&out, fmt, &d, SCHEMAC_VERSION);
	if (fmt == LINT_TEXT) {
		fputs(out.buf, explain ? stdout : stderr);
		if (r.errors || r.warnings || r.notes || input_errors)
			fprintf(stderr, "schemac: %d error%s, %d warning%s, %d acknowledged\n",
				d.nerrors, d.nerrors == 1 ? "" : "s", r.warnings,
				r.warnings == 1 ? "" : "s", r.notes);
	} else {
		fputs(out.buf, stdout);
	}
	if (input_errors)
		ret = EXIT_USAGE;
	else if (r.errors)
		ret = EXIT_FINDINGS;
	sb_release(&out);
	stmt_cache_free(cache);
	free(files.items);
	arena_free(a);
	return ret;
}

static const char docs_usage[] =
	"schemac docs [--format html|mermaid|dot|json] [--out DIR] [--changed FROM] [--config FILE] [SQL|DIR...]";

/*
 * schemac docs: the schema (schema/ by default, or the files given) drawn
 * and documented from its static catalog; --changed FROM marks what the
 * migration from FROM changes.
 */
static int cmd_docs(int argc, char **argv)
{
	const char *format = "html", *out_dir = NULL, *changed = NULL, *config_path = NULL;
	struct ptrvec paths = { 0 };
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct stmt_cache *cache;
	struct catalog *from = NULL, *to = NULL;
	struct docs dc;
	struct strbuf out = STRBUF_INIT;
	int ret = EXIT_OK;

	for (int i = 1; i < argc; i++) {
		const char **slot = strcmp(argv[i], "--format") == 0 ? &format
				    : strcmp(argv[i], "--out") == 0 ? &out_dir
				    : strcmp(argv[i], "--changed") == 0 ? &changed
				    : strcmp(argv[i], "--config") == 0 ? &config_path
									  : NULL;
		if (slot) {
			if (i + 1 >= argc) {
				free(paths.items);
				return usage_error(docs_usage, "%s needs a value", argv[i]);
			}
			*slot = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1]) {
			free(paths.items);
			return usage_error(docs_usage, "unknown option '%s'", argv[i]);
		} else {
			vec_push(&paths, NULL, argv[i]);
		}
	}
	if (strcmp(format, "html") != 0 && strcmp(format, "mermaid") != 0 &&
	    strcmp(format, "dot") != 0 && strcmp(format, "json") != 0) {
		free(paths.items);
		return usage_error(docs_usage, "unknown format '%s': html, mermaid, dot or json", format);
	}
	if (out_dir && strcmp(format, "html") != 0) {
		free(paths.items);
		return usage_error(docs_usage, "%s", "--out is for --format html (the others print on stdout)");
	}
	a = arena_new();
	diags_init(&d, a);
	cache = stmt_cache_new(a);
	if (config_load(&cfg, a, config_path, &d) == 0) {
		if (!paths.n)
			vec_push(&paths, NULL, (void *)cfg.schema_dir);
		if (changed)
			from = build_from_paths(a, &d, cache, &changed, 1);
		to = build_from_paths(a, &d, cache, (const char *const *)paths.items, (int)paths.n);
	}
	if (d.nerrors || !to) {
		print_diags(&d);
		ret = EXIT_USAGE;
		goto out;
	}
	print_diags(&d);	/* warnings */
	docs_init(&dc, a, to, from);
	if (strcmp(format, "html") == 0) {
		struct file_batch b = { 0 };
		const char *dir = out_dir ? out_dir : "schema-docs";
		if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
			fprintf(stderr, "schemac: cannot create the folder '%s': %s\n", dir, strerror(errno));
			ret = EXIT_USAGE;
		} else if (docs_html(&b, &dc, dir, &d) < 0 || batch_commit(&b) < 0) {
			if (b.error && !d.nerrors)
				diag_at(&d, DIAG_ERROR, NULL, -1, "%s", b.error);
			print_diags(&d);
			ret = EXIT_USAGE;
		} else {
			printf("wrote %s/index.html and %u more page%s\n", dir, b.paths.n - 1,
			       b.paths.n == 2 ? "" : "s");
		}
		batch_release(&b);
		goto out;
	}
	if (strcmp(format, "mermaid") == 0)
		docs_mermaid(&out, &dc);
	else if (strcmp(format, "dot") == 0)
		docs_dot(&out, &dc, NULL, NULL, false);
	else
		docs_json(&out, &dc);
	fputs(out.buf, stdout);
	if (fflush(stdout) != 0) {
		perror("schemac: cannot write the output");
		ret = EXIT_USAGE;
	}
out:
	sb_release(&out);
	stmt_cache_free(cache);
	free(paths.items);
	arena_free(a);
	return ret;
}

static int cmd_help(int argc, char **argv);
static int cmd_completion(int argc, char **argv);

static const char help_usage[] = "schemac help [COMMAND|RULE] [--man]";
static const char completion_usage[] = "schemac completion bash|zsh|environments";

static const struct command commands[] = {
	{ "diff", cmd_diff, diff_usage,
	  "Prints the migration from FROM to TO (.sql files or folders of them).\n"
	  "Prints nothing when the two schemas are the same. --safe prints it as\n"
	  "generate writes it: work on existing tables without long locks, the steps\n"
	  "that cannot run in a transaction last, after a -- schemac:no-transaction line.\n"
	  "--owners also compares owners and prints ALTER ... OWNER TO (see generate).\n"
	  "--exit-code exits 1 when there is a migration, 0 when there is none.\n"
	  "FROM or TO can be - for standard input: schemac diff schema/ - < dump.sql" },
	{ "generate", cmd_generate, generate_usage,
	  "Compiles schema/ against the history in migrations/ and writes the next\n"
	  "migration NNNN_NAME.sql, its reverse NNNN_NAME.down.sql, the snapshot and the\n"
	  "sum file. Prints \"No changes\" when there are none. Destructive statements\n"
	  "are marked in the file and listed on stderr. On tables that already exist the\n"
	  "migration is safe: indexes built CONCURRENTLY, foreign keys and checks added\n"
	  "NOT VALID then validated, NOT NULL set through a validated check, with the\n"
	  "steps that cannot run in a transaction in NNNN+1_NAME_concurrently.sql.\n"
	  "--plain (or \"safe_migrations\": false in schemac.json) writes one plain migration.\n"
	  "Owners (ALTER ... OWNER TO) are left to the role that runs the migrations,\n"
	  "unless --owners or \"owners\": true in schemac.json: then they are compared\n"
	  "and set, an owner not written being that role." },
	{ "new", cmd_new, new_usage,
	  "Writes an empty migration NNNN_NAME.sql for hand-written SQL, and beside it\n"
	  "NNNN_NAME.down.sql for the SQL that undoes it. Its DDL counts: the next\n"
	  "generate starts from the history, this migration included. In a fresh\n"
	  "project it also writes the snapshot, so that check passes at once." },
	{ "check", cmd_check, check_usage,
	  "Checks, without a database, that schema/, the migrations, the snapshot and\n"
	  "the sum file agree. Exit 1 with a report when they do not." },
	{ "lint", cmd_lint, lint_usage,
	  "Static analysis of migrations: for each statement, against the schema just\n"
	  "before it, the lock it takes, whether it rewrites or scans a table, what it\n"
	  "loses, what it breaks. Default: every migration in migrations/, each judged\n"
	  "against the history before it. --base gives the prior schema for other files.\n"
	  "-- schemac:allow RULE[,RULE] REASON before a statement (or at the top of the\n"
	  "file, followed by a blank line) acknowledges a finding. Exit 1 on errors.\n"
	  "--schema: the schema lints of schema/ (or the file or folder given), no\n"
	  "migration: row level security, SECURITY DEFINER and search_path in the\n"
	  "exposed schemas, primary keys, duplicate indexes, unindexed foreign keys." },
	{ "migrate", cmd_migrate, migrate_usage, migrate_help },
	{ "status", cmd_status, status_usage, status_help },
	{ "verify", cmd_verify, verify_usage, verify_help },
	{ "rollback", cmd_rollback, rollback_usage, rollback_help },
	{ "baseline", cmd_baseline, baseline_usage, baseline_help },
	{ "inspect", cmd_inspect, inspect_usage, inspect_help },
	{ "pull", cmd_pull, pull_usage, pull_help },
	{ "drift", cmd_drift, drift_usage, drift_help },
	{ "push", cmd_push, push_usage, push_help },
	{ "seed", cmd_seed, seed_usage, seed_help },
	{ "export", cmd_export, export_usage, export_help },
	{ "merge", cmd_merge, merge_usage,
	  "After a git merge that conflicts in migrations/schemac.sum: keeps the numbers\n"
	  "of the migrations merged in, renumbers the local ones after them, checks that\n"
	  "the combined history replays, and rebuilds the snapshot and the sum file." },
	{ "hash", cmd_hash, hash_usage,
	  "Records the migrations as they are now: rewrites the snapshot and the sum\n"
	  "file (after a hand-written migration was edited)." },
	{ "docs", cmd_docs, docs_usage,
	  "Documents the schema (schema/, or the .sql files and folders given) from its\n"
	  "SQL, with no database. --format html (the default) writes a static site into\n"
	  "--out DIR (default schema-docs): a page per schema and per table (columns,\n"
	  "types, defaults, constraints, indexes, comments, policies, triggers, the views\n"
	  "and functions that use it) with ER diagrams as SVG, drawn by Graphviz's dot.\n"
	  "--format mermaid prints a Mermaid erDiagram, dot a Graphviz digraph, json\n"
	  "tbls's schema.json. --changed FROM marks the tables the migration from FROM\n"
	  "adds, alters and drops." },
	{ "help", cmd_help, help_usage,
	  "The usage and help of a command (what COMMAND --help prints), or what a lint\n"
	  "rule catches and what to do instead. --man prints the man page schemac(1)." },
	{ "completion", cmd_completion, completion_usage,
	  "Prints the completion script for bash or zsh (make install installs both):\n"
	  "commands, options, their values, rule ids. environments prints the names of\n"
	  "the environments in schemac.json, which the scripts offer after --env." },
};

static void print_usage(FILE *f)
{
	fprintf(f, "usage: schemac [--color=WHEN] COMMAND [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(f, "  %s\n", commands[i].usage);
	cli_print_general(f);
	fprintf(f, "\nschemac --version, schemac help COMMAND, schemac COMMAND --help\n");
}

static void print_help(const struct command *c)
{
	printf("usage: %s\n\n%s\n", c->usage, c->help);
}

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (strcmp(name, commands[i].name) == 0)
			return &commands[i];
	return NULL;
}

/* "did you mean" among the commands, and the rule ids when rules is set */
static const char *nearest_topic(const char *word, bool rules)
{
	const char *names[ARRAY_SIZE(commands) + 64];
	size_t n = 0;

	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		names[n++] = commands[i].name;
	for (size_t i = 0; rules && i < lint_nrules && n < ARRAY_SIZE(names); i++)
		names[n++] = lint_rules[i].id;
	return cli_nearest(word, names, n);
}

static int cmd_help(int argc, char **argv)
{
	const struct command *c;
	const struct lint_rule *r;
	const char *near;

	if (argc == 2 && strcmp(argv[1], "--man") == 0) {
		cli_man_page(stdout, commands, ARRAY_SIZE(commands), SCHEMAC_VERSION);
		return EXIT_OK;
	}
	if (argc == 1) {
		print_usage(stdout);
		return EXIT_OK;
	}
	if (argc > 2)
		return usage_error(help_usage, "%s", "help takes one topic");
	if ((c = find_command(argv[1]))) {
		print_help(c);
		return EXIT_OK;
	}
	if ((r = lint_find_rule(argv[1]))) {
		printf("%s (%s)\n\n%s.\ninstead: %s.\n\nacknowledge a finding with a line before the statement:\n"
		       "  -- schemac:allow %s REASON\n", r->id, lint_class_name(r->cls), r->summary,
		       r->fix, r->id);
		return EXIT_OK;
	}
	near = nearest_topic(argv[1], true);
	fprintf(stderr, "schemac: no help on '%s': not a command or a lint rule", argv[1]);
	if (near)
		fprintf(stderr, "; did you mean '%s'?", near);
	fprintf(stderr, "\nusage: %s\n", help_usage);
	return EXIT_USAGE;
}

static int cmd_completion(int argc, char **argv)
{
	if (argc != 2)
		return usage_error(completion_usage, "%s", "which shell? bash or zsh");
	if (strcmp(argv[1], "environments") == 0) {
		struct arena *a = arena_new();
		struct diags d;
		struct config cfg;
		int ret = EXIT_OK;
		diags_init(&d, a);
		if (config_load(&cfg, a, NULL, &d) < 0) {
			print_diags(&d);
			ret = EXIT_USAGE;
		} else {
			for (size_t i = 0; i < cfg.environments.n; i++)
				printf("%s\n", ((const struct environment *)cfg.environments.items[i])->name);
		}
		arena_free(a);
		return ret;
	}
	if (cli_completion(stdout, argv[1], commands, ARRAY_SIZE(commands)) < 0)
		return usage_error(completion_usage, "no completion for the shell '%s': bash or zsh", argv[1]);
	return EXIT_OK;
}

/*
 * Takes --color, --color=WHEN out of argv (anywhere before a "--"), so that
 * every command accepts it. Returns the new argc, or -1 on a bad WHEN.
 */
static int take_color(int argc, char **argv)
{
	int n = 1;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			while (i < argc)
				argv[n++] = argv[i++];
			break;
		}
		if (strcmp(a, "--color") == 0) {
			color_when = CLI_COLOR_ALWAYS;
		} else if (strncmp(a, "--color=", 8) == 0) {
			int w = cli_color_from_name(a + 8);
			if (w < 0) {
				static const char *const whens[] = { "auto", "always", "never" };
				const char *near = cli_nearest(a + 8, whens, ARRAY_SIZE(whens));
				fprintf(stderr, "schemac: --color '%s': auto, always or never", a + 8);
				if (near)
					fprintf(stderr, "; did you mean '%s'?", near);
				fputc('\n', stderr);
				return -1;
			}
			color_when = (enum cli_color)w;
		} else {
			argv[n++] = argv[i];
		}
	}
	argv[n] = NULL;
	return n;
}

static int run_command(int argc, char **argv)
{
	const struct command *c;
	const char *near;

	argc = take_color(argc, argv);
	if (argc < 0)
		return EXIT_USAGE;
	diag_set_color(cli_color_on(color_when, STDERR_FILENO));
	if (argc < 2) {
		print_usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("schemac %s\n", SCHEMAC_VERSION);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		print_usage(stdout);
		return EXIT_OK;
	}
	if ((c = find_command(argv[1]))) {
		if (wants_help(argc - 1, argv + 1)) {
			print_help(c);
			return EXIT_OK;
		}
		if (cli_check_args(c, argc - 1, argv + 1) < 0)
			return EXIT_USAGE;
		return c->run(argc - 1, argv + 1);
	}
	if (argv[1][0] == '-') {
		static const char *const globals[] = { "--help", "--version", "--color" };
		near = cli_nearest(argv[1], globals, ARRAY_SIZE(globals));
		fprintf(stderr, "schemac: unknown option '%s'", argv[1]);
	} else {
		near = nearest_topic(argv[1], false);
		fprintf(stderr, "schemac: '%s' is not a command", argv[1]);
	}
	if (near)
		fprintf(stderr, "; did you mean '%s'?", near);
	fprintf(stderr, "\nusage: schemac [--color=WHEN] COMMAND [ARGS]; schemac --help lists the commands\n");
	return EXIT_USAGE;
}

struct main_args {
	int argc;
	char **argv;
	int ret;
};

static void *main_thread(void *arg)
{
	struct main_args *m = arg;
	m->ret = run_command(m->argc, m->argv);
	return NULL;
}

/* The command runs on a thread with PARSE_STACK_SIZE of stack (parse.h):
 * deeply nested statements that PostgreSQL accepts unpack without
 * overflowing the 8 MB a process starts with. */
int main(int argc, char **argv)
{
	struct main_args m = { argc, argv, 0 };
	pthread_attr_t attr;
	pthread_t t;

	if (pthread_attr_init(&attr) != 0 ||
	    pthread_attr_setstacksize(&attr, PARSE_STACK_SIZE) != 0 ||
	    pthread_create(&t, &attr, main_thread, &m) != 0)
		return run_command(argc, argv);
	pthread_join(t, NULL);
	return m.ret;
}
