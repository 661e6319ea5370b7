/*
 * cmd_pull.h - the commands that read a live database into the catalog
 * (runtime/introspect.h): `schemac inspect` prints what was read, `pull`
 * writes schema/ and the baseline migration from it, `drift` (cmd_drift.c)
 * compares it with the schema the migration history builds. Each parses its
 * options, prints, and returns the exit code; none exits.
 */
#ifndef SCHEMAC_CMD_PULL_H
#define SCHEMAC_CMD_PULL_H

#include "config.h"
#include "../runtime/introspect.h"

#include <stdbool.h>

extern const char inspect_usage[];
extern const char inspect_help[];
extern const char pull_usage[];
extern const char pull_help[];
extern const char drift_usage[];
extern const char drift_help[];

/* The options of the commands that read or change a database (here,
 * cmd_drift.c, cmd_push.c, cmd_seed.c). */
struct db_args {
	const char *url, *env, *config, *schema, *migrations, *layout, *format;
	const char *accept;	/* drift --accept FILE */
	const char *out;	/* export --out DIR */
	bool force, dry_run, accept_data_loss, owners;
};

struct arena;
struct config;
struct db_target;
struct diags;
struct environment;
struct introspect_options;

/* What a command over a database holds from its start to its end. */
struct db_cmd {
	struct db_args ra;
	struct arena *a;
	struct diags d;
	struct config cfg;
	struct db_target t;
	struct introspect_options io;
	const struct environment *env;	/* the schemac.json environment, or NULL */
};

/* parse_db_args, a fresh arena, then db_setup_env. -1 to go on (end with
 * db_cmd_close), else the exit code (nothing to close). */
int db_cmd_open(struct db_cmd *c, int argc, char **argv, const char *use, const char *opts);
/* Prints the diagnostics, scrubbed, and frees the arena; returns ret. */
int db_cmd_close(struct db_cmd *c, int ret);

int cmd_inspect(int argc, char **argv);
int cmd_pull(int argc, char **argv);
int cmd_drift(int argc, char **argv);

#endif
