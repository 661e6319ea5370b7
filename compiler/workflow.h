/*
 * workflow.h - the migrations workflow: generate the next migration from
 * schema/, check that schema, migrations, snapshot and sums agree, start a
 * hand-written migration, and re-record sums and snapshot after hand edits.
 * Each function reads and writes files but never prints: it returns what
 * happened in a struct workflow_result and diagnostics in diags.
 */
#ifndef SCHEMAC_WORKFLOW_H
#define SCHEMAC_WORKFLOW_H

#include "diag.h"
#include "strbuf.h"

struct project {
	const char *schema_dir;		/* default "schema" */
	const char *migrations_dir;	/* default "migrations" */
	const struct ptrvec *managed_schemas;	/* NULL or empty: every schema */
	const char *platform;		/* its extern declarations come first
					 * (platform.h); NULL: none */
	bool owners;			/* compare and set owners (diff.h) */
	bool plain;			/* generate: plain migrations, one transaction
					 * each (default: safe.h's safe migrations) */
};

struct workflow_result {
	struct ptrvec written;		/* const char *: files written */
	struct ptrvec destructive;	/* const char *: what the migration loses */
	bool no_changes;		/* generate: nothing to do */
	int problems;			/* check: how many */
	char *pending;			/* check: the migration generate would
					 * write now, or NULL */
};

/* Each returns 0 on success, 1 when check finds problems or generate refuses
 * an inconsistent folder, 2 on bad input (diagnostics say why). */
/* A catalog holding only the project's extern declarations (its platform's,
 * then those in schema/_extern/): where its history starts, and what lint
 * and drift judge the migrations against before the first one. */
struct stmt_cache;
struct catalog *workflow_declarations(struct arena *a, struct diags *d, struct stmt_cache *cache,
				      const struct project *pr);

/* schema/ as the project reads it: its extern declarations, then the
 * folder (what seed checks its files against). */
struct catalog *workflow_schema(struct arena *a, struct diags *d, struct stmt_cache *cache,
			       const struct project *pr);
/* The catalog the project's extern declarations, then texts[i] read as
 * schema files named names[i] (in that order), build: what schema/ would
 * be with those files in it (pull checks its files with it). */
struct catalog *workflow_schema_texts(struct arena *a, struct diags *d, struct stmt_cache *cache,
				      const struct project *pr, const char *const *names,
				      const char *const *texts, size_t n);

int workflow_generate(struct arena *a, struct diags *d, const struct project *pr,
		      const char *name, struct workflow_result *out);
/* The same with the parse results of the compilation so far (cache, the
 * caller's: pull built the files it wrote already); NULL: a cache of its
 * own. */
int workflow_generate_cached(struct arena *a, struct diags *d, struct stmt_cache *cache,
			     const struct project *pr, const char *name, struct workflow_result *out);
/* schemac push: the migration from db (the live database's catalog, which
 * takes the renames schema/ declares) to schema/, in the form generate
 * writes it, as struct migration * into parts (name and path "push part I
 * of N", the online part saying -- schemac:no-transaction); nothing is
 * written. out: destructive, no_changes. */
struct catalog;
int workflow_push(struct arena *a, struct diags *d, const struct project *pr,
		  struct stmt_cache *cache, struct catalog *db, struct ptrvec *parts,
		  struct workflow_result *out);
int workflow_check(struct arena *a, struct diags *d, const struct project *pr,
		   struct workflow_result *out);
int workflow_new(struct arena *a, struct diags *d, const struct project *pr, const char *name,
		 struct workflow_result *out);
int workflow_hash(struct arena *a, struct diags *d, const struct project *pr,
		  struct workflow_result *out);
/* After a git merge that conflicts in the sum file: the migrations the other
 * side's lines name (the main line) keep their numbers, the local ones are
 * renumbered after them, and the snapshot and sum are rebuilt - once the
 * combined history replays cleanly. */
int workflow_merge(struct arena *a, struct diags *d, const struct project *pr,
		   struct workflow_result *out);

#endif
