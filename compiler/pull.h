/*
 * pull.h - a catalog laid out as schema files: what `schemac pull` writes.
 * The statements are those of the migration that creates the catalog from
 * where the project's history starts (plan.h: its extern declarations,
 * then every change, in the order the orderer gives them); pull only deals
 * them into files, so the files build the same catalog as that migration.
 */
#ifndef SCHEMAC_PULL_H
#define SCHEMAC_PULL_H

#include "catalog.h"
#include "diff.h"

enum pull_layout {
	PULL_BY_TABLE,		/* a file per table (its columns, constraints,
				 * indexes, comments, RLS, policies, triggers,
				 * grants), and a file per kind for the rest */
	PULL_BY_KIND,		/* a file per kind: tables.sql, views.sql, ... */
	PULL_SINGLE,		/* one file, schema.sql */
};

/* How far statements may be moved from the migration's order into the file
 * of the object they belong to (pull_files tries them in this order). */
enum pull_hoist {
	HOIST_ALL,		/* every statement into its object's file */
	HOIST_SAFE,		/* only those that depend on nothing created
				 * later (comments, privileges, indexes, ...);
				 * the rest in a further file of the object,
				 * where the migration has them */
	HOIST_NONE,		/* the migration's order exactly */
};

struct pull_file {
	const char *name;	/* "0007_users.sql": file names sort in the
				 * order the files must be read in */
	const char *text;
	struct ptrvec stmts;	/* struct pull_stmt *: the changes dealt
				 * into it, in text order */
};

/* One change's statement in a pulled file. */
struct pull_stmt {
	size_t change;		/* its place in the plan */
	size_t offset;		/* the byte in the file's text it starts at */
};

/* Changes (by their place in the plan) that stay where the migration has
 * them whatever the hoist: those whose hoisting made the files fail to
 * build. at NULL (n 0): none. */
struct pull_pins {
	bool *at;
	size_t n;
};

/*
 * The files (struct pull_file *, in name order) into out, for the changes
 * from start (the project's declarations; it takes the renames, as
 * plan_build's old) to db. db resolves what a comment or a privilege names.
 */
void pull_files(struct ptrvec *out, struct arena *a, struct catalog *start,
		const struct catalog *db, const struct diff_options *opt,
		enum pull_layout layout, enum pull_hoist hoist, const struct pull_pins *pins);

#endif
