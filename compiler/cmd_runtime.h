/*
 * cmd_runtime.h - the commands over the runtime (runtime/runtime.h):
 * `schemac migrate`, `rollback`, `baseline` and `status`. Each parses its
 * options, reads the migrations folder, calls the runtime and prints what
 * happened; it returns the exit code and never exits.
 */
#ifndef SCHEMAC_CMD_RUNTIME_H
#define SCHEMAC_CMD_RUNTIME_H

#include <stdbool.h>

extern const char migrate_usage[];
extern const char migrate_help[];
extern const char status_usage[];
extern const char status_help[];
extern const char rollback_usage[];
extern const char rollback_help[];
extern const char baseline_usage[];
extern const char baseline_help[];

/* What the commands that connect share (here, cmd_pull.c, cmd_push.c, ...):
 * the usage error (exit 2), diagnostics printed with the password scrubbed,
 * and the database target. */
struct arena;
struct config;
struct db_target;
struct diags;
struct environment;
int cmd_usage(const char *use, const char *fmt, const char *arg);
void cmd_print_diags(const struct diags *d, const struct db_target *t);
/* root (freed) on stdout, indented, in key order, scrubbed of the password. */
struct json_t;
void cmd_print_json(struct json_t *root, const struct db_target *t);

/*
 * The database target: --url (url), else an environment - env (--env), else
 * ENVIRONMENT, else NODE_ENV when that names a defined one - whose url in
 * schemac.json wins, else DATABASE_URL (DIRECT_URL first when
 * for_migrations) from .env.ENV.local, .env.local, .env, then the shell;
 * with no environment, the shell, .env.local, .env (runtime_target). An
 * environment defined neither in schemac.json nor by a .env.NAME.local file
 * is bad usage, listing those that are. *picked (when not NULL): the
 * schemac.json environment, or NULL. Returns RT_OK or the exit code.
 */
int cmd_target(struct db_target *t, struct arena *a, const struct config *cfg, const char *url,
	       const char *env, bool for_migrations, const struct environment **picked,
	       struct diags *d);

int cmd_migrate(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_rollback(int argc, char **argv);
int cmd_baseline(int argc, char **argv);

#endif
