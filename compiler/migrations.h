/*
 * migrations.h - the migrations folder: NNNN_slug.sql files (with their
 * optional NNNN_slug.down.sql), the snapshot (snapshot.sql, the canonical SQL
 * of the catalog the history builds) and the sum file (schemac.sum: the
 * XXH3-128 of every file, and on its first line the hash of all the other
 * lines, so that two branches that each add a migration conflict in git).
 */
#ifndef SCHEMAC_MIGRATIONS_H
#define SCHEMAC_MIGRATIONS_H

#include "catalog.h"
#include "diag.h"
#include "parse.h"

#define SNAPSHOT_FILE "snapshot.sql"
#define SUM_FILE "schemac.sum"

struct migration {
	int version;		/* NNNN */
	const char *name;	/* 0001_add_rls.sql */
	const char *path;	/* the folder joined with name */
	const char *down_name;	/* 0001_add_rls.down.sql, or NULL */
	const char *text;	/* contents (read for hashing) */
	size_t len;
	const char *down_text;
	size_t down_len;
};

struct migrations {
	const char *dir;
	bool exists;			/* the folder exists */
	struct ptrvec list;		/* struct migration *, in version order */
	const char *snapshot;		/* contents of snapshot.sql, or NULL */
	size_t snapshot_len;
	const char *sum;		/* contents of schemac.sum, or NULL */
};

/* Reads the folder (a missing folder is an empty history). Names that are not
 * migrations, duplicate versions and gaps are reported as errors. */
int migrations_read(struct migrations *m, struct arena *a, const char *dir, struct diags *d);

/* NNNN_slug.sql or NNNN_slug.down.sql: the version (and *down), or -1. */
int migration_name_version(const char *name, bool *down);

/* The next version number and the file name for a migration called name. */
int migrations_next_version(const struct migrations *m);
char *migration_file_name(struct arena *a, int version, const char *name, bool down);

/* The sum file's text for the given files: name and XXH3-128 per line. */
char *migrations_sum(struct arena *a, const struct migrations *m);
/* Compares the sum file with the files; reports every difference. Returns
 * the number of problems. */
int migrations_verify_sum(const struct migrations *m, struct arena *a, struct diags *d);

/* Replays every migration, in order, into cat. Returns the number of errors. */
int migrations_replay(struct catalog *cat, const struct migrations *m,
		      struct stmt_cache *cache, struct diags *d);

#endif
