/*
 * build.h - the one interpreter of DDL. It applies statements to a catalog
 * in order - CREATE, ALTER, DROP, COMMENT, RENAME, SET search_path - the way
 * PostgreSQL would, including the names PostgreSQL gives to what the
 * statement leaves unnamed. The same code reads hand-written schema files,
 * replays migrations and reads pg_dump --schema-only output.
 *
 * A statement it does not model is an error at its location
 * (`unsupported statement: CREATE VIEW`); data statements (INSERT, UPDATE,
 * DELETE) are reported as warnings, since they do not change the schema.
 */
#ifndef SCHEMAC_BUILD_H
#define SCHEMAC_BUILD_H

#include "catalog.h"
#include "parse.h"

/* Applies one statement. Returns 0, or -1 with a diagnostic recorded. */
int build_stmt(struct catalog *cat, const struct stmt *st, struct diags *d);

/* Parses every statement of p and applies it; stops applying (but keeps
 * checking syntax) after a syntax error. Returns the number of errors it
 * recorded. */
int build_catalog(struct catalog *cat, struct parser *p, struct diags *d);

/* Builds a catalog from files or folders; NULL paths[i] is skipped. Catalogs
 * built with the same cache share the parsing of identical statements. */
struct catalog *build_from_paths(struct arena *a, struct diags *d, struct stmt_cache *cache,
				 const char *const *paths, int npaths);

/* The SQL statements of the DO block st, wherever they stand in it
 * (branches, loops, handlers), in order and located in its file, as struct
 * stmt * in out (valid while st is); EXECUTE of a constant string counts as
 * that statement. Returns how many EXECUTEs of strings built at run time it
 * holds (not listed), or -1 when the block is not PL/pgSQL or does not
 * compile. For the linter, which judges them as if written outside. */
int build_do_statements(struct catalog *cat, const struct stmt *st, struct ptrvec *out);

/* What in statement n cannot run inside a transaction block (CREATE INDEX
 * CONCURRENTLY, VACUUM, ...), or NULL. */
const char *stmt_needs_no_transaction(const Node *n);

/* Equal partition keys, equal partition bounds (NULL equals only NULL). */
bool partkey_equal(const struct partkey *x, const struct partkey *y);
bool partbound_equal(const struct partbound *x, const struct partbound *y);
/* The storage (plain, main, extended) of a built-in type; NULL if unknown. */
const char *default_storage(const struct typeref *t);

/* A rename declared with `schemac:renamed-from` and applied (see below). */
enum rename_kind {
	RENAME_TABLE,
	RENAME_TYPE,
	RENAME_COLUMN,
	RENAME_CONSTRAINT,
	RENAME_INDEX,
	RENAME_ENUM_VALUE,
	RENAME_SEQUENCE,
};

struct rename {
	enum rename_kind kind;
	struct qname object;	/* the table or type, by its new name */
	const char *from;	/* the old name of what is renamed */
	const char *to;		/* its new name */
};

/*
 * Applies to old the renames that new declares (`-- schemac:renamed-from`)
 * and that old can take: old has the old name and not the new one, and new no
 * longer has the old name. Tables and types first, then their parts. Then
 * the sequences of serial and identity columns follow their column: a
 * sequence that new names differently (a renamed table's implicit
 * users_id_seq) is renamed rather than dropped, so it keeps its position.
 * The renames applied go into out (struct rename *), in that order.
 */
void build_apply_renames(struct catalog *old, const struct catalog *new, struct ptrvec *out);

#endif
