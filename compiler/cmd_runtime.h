/*
 * cmd_runtime.h - the commands over the runtime (runtime/runtime.h):
 * `schemac migrate`, `rollback`, `baseline` and `status`. Each parses its
 * options, reads the migrations folder, calls the runtime and prints what
 * happened; it returns the exit code and never exits.
 */
#ifndef SCHEMAC_CMD_RUNTIME_H
#define SCHEMAC_CMD_RUNTIME_H

extern const char migrate_usage[];
extern const char migrate_help[];
extern const char status_usage[];
extern const char status_help[];
extern const char rollback_usage[];
extern const char rollback_help[];
extern const char baseline_usage[];
extern const char baseline_help[];

/* What the commands that connect share (here, cmd_pull.c): the usage
 * error (exit 2), diagnostics printed with the password scrubbed, and the
 * URL from --url or --env (NULL: runtime_target's DATABASE_URL and .env
 * files), with where it came from in *source. */
struct arena;
struct config;
struct db_target;
struct diags;
int cmd_usage(const char *use, const char *fmt, const char *arg);
void cmd_print_diags(const struct diags *d, const struct db_target *t);
const char *cmd_url(struct arena *a, const struct config *cfg, const char *url, const char *env,
		    const char **source);

int cmd_migrate(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_rollback(int argc, char **argv);
int cmd_baseline(int argc, char **argv);

#endif
