/*
 * cmd_runtime.c - `schemac migrate`, `rollback`, `baseline` and `status`:
 * options, the migrations folder (read and its sums verified), the database
 * target, then the runtime; progress and results on stdout, diagnostics on
 * stderr, every line scrubbed of the database password.
 */
#include "cmd_runtime.h"
#include "progress.h"
#include "arena.h"
#include "config.h"
#include "migrations.h"
#include "strbuf.h"
#include "../runtime/runtime.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

const char migrate_usage[] =
	"schemac migrate [--to VERSION] [--dry-run] [--quiet] [--url URL | --env NAME]"
	" [--migrations DIR] [--config FILE] [--lock-timeout T] [--statement-timeout T]"
	" [--lock-retries N]";
const char migrate_help[] =
	"Applies the pending migrations in order, each in its own transaction and\n"
	"recorded in the tracking table (or statement by statement, resumable, when it\n"
	"says -- schemac:no-transaction). Refuses to run when the sums do not verify, an\n"
	"applied migration was edited or one is missing. The database: --url, --env (a\n"
	"schemac.json environment), else DIRECT_URL or DATABASE_URL from the environment,\n"
	".env.local or .env. Defaults: --lock-timeout 5s, --statement-timeout 0 (none),\n"
	"--lock-retries 3. Exit 1 on findings, 3 on a database failure.";
const char status_usage[] =
	"schemac status [--format text|json] [--exit-code] [--url URL | --env NAME]"
	" [--migrations DIR] [--config FILE]";
const char status_help[] =
	"Shows each migration as applied, pending, modified (edited after it was\n"
	"applied), missing (applied, no file), failed or running (a no-transaction\n"
	"migration not finished). Exit 1 when one is modified, missing, failed or\n"
	"running, and with --exit-code also when one is pending; 3 on a database failure.";

const char rollback_usage[] =
	"schemac rollback [--to VERSION] [--dry-run] [--quiet] [--url URL | --env NAME]"
	" [--migrations DIR] [--config FILE] [--lock-timeout T] [--statement-timeout T]"
	" [--lock-retries N]";
const char rollback_help[] =
	"Rolls back the newest applied migration, or with --to VERSION every applied\n"
	"migration above VERSION, newest first, by running its NNNN_name.down.sql in its\n"
	"own transaction and deleting its row from the tracking table in the same\n"
	"transaction (or statement by statement, resumable, when the down file says\n"
	"-- schemac:no-transaction). Refuses, running nothing, when a down file is\n"
	"missing or an applied migration was edited or is missing. Exit 1 on findings,\n"
	"3 on a database failure.";
const char baseline_usage[] =
	"schemac baseline VERSION [--quiet] [--url URL | --env NAME] [--migrations DIR]"
	" [--config FILE]";
const char baseline_help[] =
	"Records the migrations 0 to VERSION as applied, with their checksums, without\n"
	"running them: for a database that already has their changes (adopting schemac\n"
	"on a live database). Refuses when the tracking table records anything. Exit 1\n"
	"on findings, 3 on a database failure.";

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

struct runtime_args {
	const char *url, *env, *migrations, *config, *format;
	const char *to, *lock_timeout, *statement_timeout, *lock_retries;
	const char *version;	/* baseline's VERSION */
	bool dry_run, quiet, exit_code;
};

enum command { CMD_MIGRATE, CMD_STATUS, CMD_ROLLBACK, CMD_BASELINE };

int cmd_usage(const char *use, const char *fmt, const char *arg)
{
	fprintf(stderr, "schemac: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nusage: %s\n", use);
	return EXIT_USAGE;
}

static int parse_args(struct runtime_args *ra, int argc, char **argv, enum command cmd,
		      const char *use)
{
	/* migrate and rollback take the same options */
	bool migrate = cmd == CMD_MIGRATE || cmd == CMD_ROLLBACK;

	memset(ra, 0, sizeof(*ra));
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i];
		const char **slot = NULL;
		if (strcmp(o, "--url") == 0)
			slot = &ra->url;
		else if (strcmp(o, "--env") == 0)
			slot = &ra->env;
		else if (strcmp(o, "--migrations") == 0)
			slot = &ra->migrations;
		else if (strcmp(o, "--config") == 0)
			slot = &ra->config;
		else if (cmd == CMD_STATUS && strcmp(o, "--format") == 0)
			slot = &ra->format;
		else if (migrate && strcmp(o, "--to") == 0)
			slot = &ra->to;
		else if (migrate && strcmp(o, "--lock-timeout") == 0)
			slot = &ra->lock_timeout;
		else if (migrate && strcmp(o, "--statement-timeout") == 0)
			slot = &ra->statement_timeout;
		else if (migrate && strcmp(o, "--lock-retries") == 0)
			slot = &ra->lock_retries;
		else if (migrate && strcmp(o, "--dry-run") == 0)
			ra->dry_run = true;
		else if (cmd != CMD_STATUS && (strcmp(o, "--quiet") == 0 || strcmp(o, "-q") == 0))
			ra->quiet = true;
		else if (cmd == CMD_STATUS && strcmp(o, "--exit-code") == 0)
			ra->exit_code = true;
		else if (o[0] == '-')
			return cmd_usage(use, "unknown option '%s'", o);
		else if (cmd == CMD_BASELINE && !ra->version)
			ra->version = o;
		else
			return cmd_usage(use, "unexpected argument '%s'", o);
		if (slot) {
			if (i + 1 >= argc)
				return cmd_usage(use, "%s needs a value", o);
			*slot = argv[++i];
		}
	}
	if (cmd == CMD_BASELINE && !ra->version)
		return cmd_usage(use, "%s", "which VERSION? (the newest migration the database already has)");
	if (ra->url && ra->env)
		return cmd_usage(use, "%s", "--url and --env exclude each other");
	if (ra->format && strcmp(ra->format, "text") != 0 && strcmp(ra->format, "json") != 0)
		return cmd_usage(use, "--format '%s': text or json", ra->format);
	return 0;
}

static bool is_number(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* A PostgreSQL duration: digits and an optional unit. */
static bool is_duration(const char *s)
{
	size_t digits = strspn(s, "0123456789");
	return digits > 0 && strspn(s + digits, "abcdefghijklmnopqrstuvwxyz") == strlen(s + digits);
}

void cmd_print_diags(const struct diags *d, const struct db_target *t)
{
	struct strbuf sb = STRBUF_INIT;
	diags_render(&sb, d);
	if (t)
		runtime_scrub(&sb, t);
	fputs(sb.buf, stderr);
	sb_release(&sb);
}

/* Is name an environment: in schemac.json, or a .env.NAME.local file? */
static bool env_defined(struct arena *a, const struct config *cfg, const char *name)
{
	return config_environment(cfg, name) || access(arena_printf(a, ".env.%s.local", name), F_OK) == 0;
}

/* The environments defined: schemac.json's, then the .env.NAME.local files. */
static const char *env_list(struct arena *a, const struct config *cfg)
{
	struct strbuf sb = STRBUF_INIT;
	DIR *dir = opendir(".");
	struct dirent *de;
	char *s;

	for (size_t i = 0; i < cfg->environments.n; i++) {
		const struct environment *e = cfg->environments.items[i];
		sb_addf(&sb, "%s%s (%s)", sb.len ? ", " : "", e->name, cfg->path ? cfg->path : CONFIG_FILE);
	}
	while (dir && (de = readdir(dir)) != NULL) {
		size_t n = strlen(de->d_name);
		if (n > 11 && strncmp(de->d_name, ".env.", 5) == 0 &&
		    strcmp(de->d_name + n - 6, ".local") == 0 && strcmp(de->d_name, ".env.local") != 0) {
			const char *name = arena_strndup(a, de->d_name + 5, n - 11);
			if (!config_environment(cfg, name))
				sb_addf(&sb, "%s%s (%s)", sb.len ? ", " : "", name, de->d_name);
		}
	}
	if (dir)
		closedir(dir);
	s = arena_strdup(a, sb.len ? sb.buf : "none");
	sb_release(&sb);
	return s;
}

int cmd_target(struct db_target *t, struct arena *a, const struct config *cfg, const char *url,
	       const char *env, bool for_migrations, const struct environment **picked,
	       struct diags *d)
{
	const char *from = "--env";
	const struct environment *e;

	if (picked)
		*picked = NULL;
	if (url)
		return runtime_target(t, a, url, "--url", NULL, for_migrations, d);
	/* no --env: ENVIRONMENT names one; so does NODE_ENV, when defined
	 * (tools set it to development or production everywhere) */
	if (!env && getenv("ENVIRONMENT") && *getenv("ENVIRONMENT")) {
		env = getenv("ENVIRONMENT");
		from = "ENVIRONMENT";
	} else if (!env && getenv("NODE_ENV") && *getenv("NODE_ENV") &&
		   env_defined(a, cfg, getenv("NODE_ENV"))) {
		env = getenv("NODE_ENV");
		from = "NODE_ENV";
	}
	if (env && (!*env || strspn(env, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") != strlen(env) || env[0] == '.')) {
		diag_at(d, DIAG_ERROR, NULL, -1, "environment '%s' (%s): a name of letters, digits, '_', '-' and '.'",
			env, from);
		return EXIT_USAGE;
	}
	if (env && !env_defined(a, cfg, env)) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
					  "environment '%s' (%s) is defined nowhere; defined: %s", env, from,
					  env_list(a, cfg));
		diag_set_hint(d, dg, arena_printf(a, "define it in %s (\"environments\": {\"%s\": {\"url\": ...}}) or in .env.%s.local (DATABASE_URL=...)",
						  CONFIG_FILE, env, env));
		return EXIT_USAGE;
	}
	e = env ? config_environment(cfg, env) : NULL;
	if (picked)
		*picked = e;
	/* the environment's url in schemac.json, else .env.ENV.local, .env.local,
	 * .env, then the shell (runtime_target) */
	if (e && e->url)
		return runtime_target(t, a, e->url,
				      arena_printf(a, "environment %s in %s", env, cfg->path ? cfg->path : CONFIG_FILE),
				      env, for_migrations, d);
	return runtime_target(t, a, NULL, NULL, env, for_migrations, d);
}

/*
 * What both commands do first: config, the folder (read, sums verified) and
 * the database target. Returns -1 to go on, else the exit code.
 */
static int setup(const struct runtime_args *ra, struct arena *a, struct diags *d,
		 struct config *cfg, struct migrations *m, struct db_target *t, bool migrate)
{
	int ret;

	if (config_load(cfg, a, ra->config, d) < 0)
		return EXIT_USAGE;
	if (migrations_read(m, a, ra->migrations ? ra->migrations : cfg->migrations_dir, d))
		return EXIT_USAGE;
	if (migrations_verify_sum(m, a, d)) {
		if (migrate) {
			diag_at(d, DIAG_ERROR, NULL, -1, "nothing applied: the migrations folder does not match %s", SUM_FILE);
			return EXIT_FINDINGS;
		}
	}
	ret = cmd_target(t, a, cfg, ra->url, ra->env, migrate, NULL, d);
	return ret == RT_OK ? -1 : ret;
}

/* ---- migrate ---------------------------------------------------------- */

/* What migrate, rollback and baseline print as they go: a line per event
 * on standard output (unless --quiet), and the progress line on a terminal
 * while a migration runs. */
struct report {
	bool quiet;
	struct progress line;
};

static void on_progress(void *ctx, const struct runtime_event *ev)
{
	struct report *pr = ctx;

	if (ev->kind == EV_STARTING) {
		if (!pr->line.what)
			progress_begin(&pr->line, "applying migrations", (size_t)ev->count);
		progress_update(&pr->line, (size_t)ev->position - 1, ev->mg->name);
		return;
	}
	progress_clear(&pr->line);
	switch (ev->kind) {
	case EV_APPLIED:
		if (!pr->quiet)
			printf("applied %s (%d statement%s%s) in %ld ms\n", ev->mg->name, ev->nstatements,
			       ev->nstatements == 1 ? "" : "s", ev->no_transaction ? ", no transaction" : "",
			       ev->ms);
		break;
	case EV_RESUMED:
		if (!pr->quiet && ev->undo)
			printf("resuming the rollback of %s (%s) at statement %d of %d\n", ev->mg->name,
			       ev->mg->down_name, ev->statement, ev->nstatements);
		else if (!pr->quiet)
			printf("resuming %s at statement %d of %d\n", ev->mg->name, ev->statement,
			       ev->nstatements);
		break;
	case EV_RECOVERED:
		if (!pr->quiet)
			printf("recovering %s%s%s%s: its migrator (%s) is gone; resuming at statement %d of %d\n",
			       ev->undo ? "the rollback of " : "", ev->mg->name, ev->undo ? " with " : "",
			       ev->undo ? ev->mg->down_name : "", ev->detail ? ev->detail : "unknown",
			       ev->statement, ev->nstatements);
		break;
	case EV_INDEX_DROPPED:
		if (!pr->quiet)
			printf("dropped the invalid index %s left by an interrupted run of statement %d of %s\n",
			       ev->detail, ev->statement, ev->undo ? ev->mg->down_name : ev->mg->name);
		break;
	case EV_DONE_ELSEWHERE:
		if (!pr->quiet)
			printf("skipped %s: applied by another migrator meanwhile\n", ev->mg->name);
		break;
	case EV_WOULD_APPLY:
		printf("would apply %s (%d statement%s%s)", ev->mg->name, ev->nstatements,
		       ev->nstatements == 1 ? "" : "s", ev->no_transaction ? ", no transaction" : "");
		if (ev->statement > 0)
			printf(", resuming at statement %d", ev->statement);
		printf("\n");
		break;
	case EV_LOCK_RETRY:
		fprintf(stderr, "schemac: %s: lock_timeout at statement %d; retrying in %ld ms\n",
			ev->mg->name, ev->statement, ev->ms);
		break;
	case EV_ROLLED_BACK:
		if (!pr->quiet)
			printf("rolled back %s with %s (%d statement%s%s) in %ld ms\n", ev->mg->name,
			       ev->mg->down_name, ev->nstatements, ev->nstatements == 1 ? "" : "s",
			       ev->no_transaction ? ", no transaction" : "", ev->ms);
		break;
	case EV_UNDONE_ELSEWHERE:
		if (!pr->quiet)
			printf("skipped %s: rolled back by another run meanwhile\n", ev->mg->name);
		break;
	case EV_WOULD_ROLL_BACK:
		printf("would roll back %s with %s (%d statement%s%s)", ev->mg->name, ev->mg->down_name,
		       ev->nstatements, ev->nstatements == 1 ? "" : "s",
		       ev->no_transaction ? ", no transaction" : "");
		if (ev->statement > 0)
			printf(", resuming at statement %d", ev->statement);
		printf("\n");
		break;
	case EV_STARTING:	/* above */
		break;
	case EV_BASELINED:
		if (!pr->quiet)
			printf("recorded %s as applied\n", ev->mg->name);
		break;
	}
	fflush(stdout);
}

/* migrate, rollback and baseline: the database changes. */
static int run_changes(int argc, char **argv, enum command cmd)
{
	const char *use = cmd == CMD_MIGRATE ? migrate_usage
			  : cmd == CMD_ROLLBACK ? rollback_usage : baseline_usage;
	struct runtime_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct migrations m;
	struct db_target t = { 0 };
	struct runtime_status st;
	struct report pr = { 0 };
	struct runtime_options o = { 0 };
	int ret, n;

	if ((ret = parse_args(&ra, argc, argv, cmd, use)) != 0)
		return ret;
	if (ra.to && !is_number(ra.to))
		return cmd_usage(use, "--to '%s': a version number", ra.to);
	if (ra.version && !is_number(ra.version))
		return cmd_usage(use, "VERSION '%s': a version number", ra.version);
	if (ra.lock_retries && !is_number(ra.lock_retries))
		return cmd_usage(use, "--lock-retries '%s': a number", ra.lock_retries);
	if (ra.lock_timeout && !is_duration(ra.lock_timeout))
		return cmd_usage(use, "--lock-timeout '%s': a duration such as 5s or 500ms", ra.lock_timeout);
	if (ra.statement_timeout && !is_duration(ra.statement_timeout))
		return cmd_usage(use, "--statement-timeout '%s': a duration such as 0, 30s or 10min",
			     ra.statement_timeout);
	a = arena_new();
	diags_init(&d, a);
	ret = setup(&ra, a, &d, &cfg, &m, &t, true);
	if (ret >= 0) {
		cmd_print_diags(&d, t.url ? &t : NULL);
		arena_free(a);
		return ret;
	}
	pr.quiet = ra.quiet;
	o.target = &t;
	o.tracking_table = cfg.tracking_table;
	o.lock_timeout = ra.lock_timeout ? ra.lock_timeout : "5s";
	o.statement_timeout = ra.statement_timeout ? ra.statement_timeout : "0";
	o.lock_retries = ra.lock_retries ? atoi(ra.lock_retries) : 3;
	o.to_version = ra.to ? atoi(ra.to) : ra.version ? atoi(ra.version) : -1;
	o.dry_run = ra.dry_run;
	o.progress = on_progress;
	o.ctx = &pr;
	if (!ra.quiet)
		printf("database: %s\n", t.banner);
	if (cmd == CMD_MIGRATE)
		ret = runtime_migrate(&st, a, &o, &m, &d);
	else if (cmd == CMD_ROLLBACK)
		ret = runtime_rollback(&st, a, &o, &m, &d);
	else
		ret = runtime_baseline(&st, a, &o, &m, &d);
	progress_end(&pr.line);
	cmd_print_diags(&d, &t);
	n = st.applied_now;
	if (ret == RT_OK && !ra.quiet && !ra.dry_run) {
		if (cmd == CMD_MIGRATE && n)
			printf("%d migration%s applied\n", n, n == 1 ? "" : "s");
		else if (cmd == CMD_MIGRATE)
			printf("nothing to apply: the database is up to date\n");
		else if (cmd == CMD_ROLLBACK && n)
			printf("%d migration%s rolled back\n", n, n == 1 ? "" : "s");
		else if (cmd == CMD_ROLLBACK)
			printf("nothing to roll back\n");
		else
			printf("%d migration%s recorded as applied; nothing was run\n", n, n == 1 ? "" : "s");
	} else if (ret == RT_OK && ra.dry_run && !ra.quiet) {
		printf("dry run: nothing was changed\n");
	}
	arena_free(a);
	return ret;
}

int cmd_migrate(int argc, char **argv)
{
	return run_changes(argc, argv, CMD_MIGRATE);
}

int cmd_rollback(int argc, char **argv)
{
	return run_changes(argc, argv, CMD_ROLLBACK);
}

int cmd_baseline(int argc, char **argv)
{
	return run_changes(argc, argv, CMD_BASELINE);
}

/* ---- status ----------------------------------------------------------- */

static void status_text(const struct runtime_status *st, const struct db_target *t)
{
	printf("database: %s\n", t->banner);
	printf("tracking table: %s%s\n", st->tracking_table, st->table_exists ? "" : " (not created yet)");
	for (size_t i = 0; i < st->list.n; i++) {
		const struct migration_status *ms = st->list.items[i];
		printf("%-9s %s", migration_state_name(ms->state), ms->name);
		switch (ms->state) {
		case MS_APPLIED:
		case MS_MODIFIED:
		case MS_MISSING:
			if (ms->applied_at)
				printf("  applied %s", ms->applied_at);
			if (ms->duration_ms >= 0)
				printf(" in %ld ms", ms->duration_ms);
			if (ms->applied_by)
				printf(" by %s", ms->applied_by);
			if (ms->state == MS_MODIFIED)
				printf("; the file changed since");
			if (ms->state == MS_MISSING)
				printf("; no file");
			break;
		case MS_FAILED:
			printf("  %sstatement %d of %d failed at %s: %s",
			       ms->undoing ? "rollback: " : "", ms->statements_done + 1,
			       ms->statements_total, ms->failed_at, ms->error ? ms->error : "?");
			break;
		case MS_RUNNING:
			printf("  %s%d of %d statements done; running elsewhere, or its migrator died (the next %s resumes it)",
			       ms->undoing ? "rollback: " : "", ms->statements_done,
			       ms->statements_total, ms->undoing ? "rollback" : "migrate");
			break;
		case MS_PENDING:
			break;
		}
		printf("\n");
	}
	{
		bool first = true;
		for (int s = MS_APPLIED; s <= MS_RUNNING; s++) {
			if (!st->count[s] && s != MS_APPLIED && s != MS_PENDING)
				continue;
			printf("%s%d %s", first ? "" : ", ", st->count[s],
			       migration_state_name((enum migration_state)s));
			first = false;
		}
		printf("\n");
	}
}

static void set_str(json_t *o, const char *key, const char *v)
{
	if (v)
		json_object_set_new(o, key, json_string(v));
}

void cmd_print_json(json_t *root, const struct db_target *t)
{
	char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	if (s) {
		struct strbuf sb = STRBUF_INIT;
		sb_adds(&sb, s);
		runtime_scrub(&sb, t);
		printf("%s\n", sb.buf);
		sb_release(&sb);
		free(s);
	}
	json_decref(root);
}

static void status_json(const struct runtime_status *st, const struct db_target *t)
{
	json_t *root = json_object(), *list = json_array(), *counts = json_object();

	json_object_set_new(root, "database", json_string(t->display));
	json_object_set_new(root, "database_source", json_string(t->source));
	json_object_set_new(root, "tracking_table", json_string(st->tracking_table));
	json_object_set_new(root, "tracking_table_exists", json_boolean(st->table_exists));
	for (size_t i = 0; i < st->list.n; i++) {
		const struct migration_status *ms = st->list.items[i];
		json_t *o = json_object();
		json_object_set_new(o, "version", json_integer(ms->version));
		set_str(o, "name", ms->name);
		json_object_set_new(o, "state", json_string(migration_state_name(ms->state)));
		set_str(o, "checksum", ms->checksum);
		if (ms->recorded_checksum && !str_eq(ms->recorded_checksum, ms->checksum))
			set_str(o, "recorded_checksum", ms->recorded_checksum);
		set_str(o, "applied_at", ms->applied_at);
		if (ms->duration_ms >= 0)
			json_object_set_new(o, "duration_ms", json_integer(ms->duration_ms));
		set_str(o, "applied_by", ms->applied_by);
		if (ms->state == MS_FAILED || ms->state == MS_RUNNING) {
			json_object_set_new(o, "undoing", json_boolean(ms->undoing));
			json_object_set_new(o, "statements_done", json_integer(ms->statements_done));
			json_object_set_new(o, "statements_total", json_integer(ms->statements_total));
		}
		set_str(o, "failed_at", ms->failed_at);
		set_str(o, "error", ms->error);
		json_array_append_new(list, o);
	}
	for (int s = MS_APPLIED; s <= MS_RUNNING; s++)
		json_object_set_new(counts, migration_state_name((enum migration_state)s),
				    json_integer(st->count[s]));
	json_object_set_new(root, "migrations", list);
	json_object_set_new(root, "counts", counts);
	cmd_print_json(root, t);
}

int cmd_status(int argc, char **argv)
{
	struct runtime_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct migrations m;
	struct db_target t = { 0 };
	struct runtime_status st;
	struct runtime_options o = { 0 };
	int ret, sum_problems;

	if ((ret = parse_args(&ra, argc, argv, CMD_STATUS, status_usage)) != 0)
		return ret;
	a = arena_new();
	diags_init(&d, a);
	ret = setup(&ra, a, &d, &cfg, &m, &t, false);
	sum_problems = d.nerrors;
	if (ret >= 0) {
		cmd_print_diags(&d, t.url ? &t : NULL);
		arena_free(a);
		return ret;
	}
	o.target = &t;
	o.tracking_table = cfg.tracking_table;
	o.to_version = -1;
	ret = runtime_status(&st, a, &o, &m, &d);
	cmd_print_diags(&d, &t);
	if (ret == RT_OK) {
		if (ra.format && strcmp(ra.format, "json") == 0)
			status_json(&st, &t);
		else
			status_text(&st, &t);
		if (sum_problems || st.count[MS_MODIFIED] || st.count[MS_MISSING] ||
		    st.count[MS_FAILED] || st.count[MS_RUNNING] ||
		    (ra.exit_code && st.count[MS_PENDING]))
			ret = EXIT_FINDINGS;
	}
	arena_free(a);
	return ret;
}
