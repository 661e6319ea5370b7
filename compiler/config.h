/*
 * config.h - the project configuration. Everything has a default, so no file
 * is needed; an optional schemac.json in the current folder (or --config
 * FILE) can set the folders, the managed schemas, the runtime's tracking
 * table and a database URL per environment (dev, staging, prod, ...).
 *
 *     {
 *       "schema": "db/schema",
 *       "migrations": "db/migrations",
 *       "managed_schemas": ["public", "app"],
 *       "platform": "supabase",
 *       "tracking_table": "schemac_migrations",
 *       "safe_migrations": true,
 *       "owners": false,
 *       "environments": { "dev": { "url": "postgres://localhost/app_dev" },
 *                         "prod": { "production": true } },
 *       "seeds": "seeds",
 *       "lint": { "rules": { "prefer-text-over-varchar": "error",
 *                            "drop-constraint": "off" },
 *                 "exposed_schemas": ["public", "api"] }
 *     }
 *
 * Unknown keys are errors (a typo must not be ignored), and so are unknown
 * lint rules and levels.
 */
#ifndef SCHEMAC_CONFIG_H
#define SCHEMAC_CONFIG_H

#include "diag.h"
#include "lint.h"

struct environment {
	const char *name;
	const char *url;	/* may be NULL: then DATABASE_URL and .env files */
	bool production;	/* "production": true: push refuses it, seed
				 * and other writes outside migrations need
				 * --force */
};

struct config {
	const char *path;		/* the file read, or NULL */
	const char *schema_dir;		/* default "schema" */
	const char *migrations_dir;	/* default "migrations" */
	const char *seeds_dir;		/* "seeds": what schemac seed runs;
					 * default "seeds" */
	struct ptrvec managed_schemas;	/* const char *; empty: every schema the
					 * input defines, and public */
	const char *platform;		/* "platform": whose extern declarations
					 * come first (platform.h); NULL: none */
	const char *tracking_table;	/* default "schemac_migrations" */
	bool safe_migrations;		/* generate writes safe migrations (safe.h);
					 * default true */
	bool owners;			/* migrations set owners (ALTER ... OWNER
					 * TO); default false */
	struct ptrvec environments;	/* struct environment * */
	struct ptrvec lint_levels;	/* struct lint_setting *: "lint": {"rules":
					 * {...}}, in file order */
	bool exposed_set;		/* "lint": {"exposed_schemas": [...]} given */
	struct ptrvec exposed_schemas;	/* const char *: the schemas an API serves
					 * to untrusted roles (lint --schema); not
					 * given: public on platform supabase,
					 * none otherwise */
};

#define CONFIG_FILE "schemac.json"

/* Reads path (NULL: schemac.json if it exists) over the defaults. Returns 0,
 * or -1 with a diagnostic at the file's line and column. */
int config_load(struct config *cfg, struct arena *a, const char *path, struct diags *d);

/* The environment called name, or NULL. */
const struct environment *config_environment(const struct config *cfg, const char *name);

#endif
