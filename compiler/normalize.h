/*
 * normalize.h - PostgreSQL's own spellings, so that the same schema written
 * two ways compares equal: type names and aliases (int, integer, int4),
 * sequence parameters and their defaults, and expressions compared as
 * normalized parse trees rather than as strings. Walking a tree is
 * node.h's; the names PostgreSQL makes up (users_pkey) are naming.h's.
 */
#ifndef SCHEMAC_NORMALIZE_H
#define SCHEMAC_NORMALIZE_H

#include "catalog.h"
#include "parse.h"

#include <stdbool.h>
#include <stdint.h>

/*
 * An expression (default, check, index key, predicate). It keeps the tree as
 * written (for printing) and a 128-bit hash of its normalized tree (for
 * comparing): casts that pg_dump adds to constants, IN lists written as
 * = ANY (ARRAY[...]), BETWEEN, LIKE, pg_catalog. and public. qualifiers,
 * nextval('public.seq'::regclass) and so on normalize away.
 */
struct expr {
	uint64_t key[2];	/* XXH3-128 of the normalized tree */
	int kind;		/* node_case of the top node, as written */
	bool operator_syntax;	/* the top node is a call PostgreSQL's grammar
				 * makes of SQL syntax (x AT TIME ZONE z):
				 * printed in parentheses where an operand
				 * goes (expr_is_simple) */
	/* Where the tree as written comes from: a statement of a source file,
	 * parsed again when the tree is needed (file set), or packed bytes. */
	const struct srcfile *file;
	int base;		/* the statement piece: file->text[base, base+len) */
	int len;
	int location;		/* the top node's location inside the piece */
	const uint8_t *tree;	/* packed PgQuery__Node, locations zeroed */
	size_t treelen;
};

/* The expression node of statement st (NULL: a tree made up by schemac,
 * which is packed). node is normalized in place, so it must not be used
 * afterwards; an expression already made from the same statement text is
 * returned again. */
struct expr *expr_new(struct arena *a, Node *node, const struct stmt *st);
bool expr_equal(const struct expr *x, const struct expr *y);
/* SQL text of the expression as written (deparsed), in arena a. */
char *expr_sql(struct arena *a, const struct expr *e);
/* The tree as written, unpacked into a. */
Node *expr_tree(struct arena *a, const struct expr *e);
/* True if expr prints as a function call, constant, cast or column: a
 * DEFAULT or index key needs no parentheses around it. */
bool expr_is_simple(const struct expr *e);

/* The expression with column references old renamed to new; e
 * itself if it has none. */
struct expr *expr_rename_column(struct arena *a, const struct expr *e, const char *old,
				const char *newname);
/* The expression with nextval('old') (and currval, setval) naming new. */
struct expr *expr_rename_sequence(struct arena *a, const struct expr *e, const char *old,
				  const char *newname);
/* Does the expression reference column name? */
bool expr_uses_column(const struct expr *e, const char *name);
/* The sequence a nextval('...') default names, or NULL. */
const char *expr_nextval_target(struct arena *a, const struct expr *e);

/* The XXH3-128 of node's normalized tree (normalized in place, memory from
 * a). keep_qualifiers: column references keep their range entry (queries
 * qualified by qualify.h), else only the column name counts. */
void node_hash(struct arena *a, Node **node, bool keep_qualifiers, uint64_t key[2]);

/* Does the tree call a VOLATILE function (random(), gen_random_uuid(),
 * nextval(), clock_timestamp(), ...)? */
bool node_is_volatile(Node *node);
/* Does the tree hold the string constant s? */
bool node_uses_string(Node *node, const char *s);

/* Column names an expression references (ColumnRef, last field), distinct,
 * in first-use order: const char * into out. */
void expr_columns(struct arena *a, Node *node, struct ptrvec *out);

/*
 * Resolves a parsed type name against the catalog: aliases become internal
 * names in pg_catalog, user types get their schema from the search_path.
 * Serial types come back as their integer type with *serial set.
 */
void typeref_from_node(struct typeref *out, struct arena *a, const struct catalog *cat,
		       const PgQuery__TypeName *tn, bool *serial);
bool typeref_equal(const struct typeref *x, const struct typeref *y);
/* Is this a built-in type name (pg_catalog, internal spelling)? */
bool is_builtin_type(const char *name);

/* The default parameters of a sequence of type astype (int2/int4/int8),
 * ascending unless increment < 0. */
void seqopts_defaults(struct seqopts *o, const char *astype, int64_t increment);
/* Applies CREATE/ALTER SEQUENCE options (DefElems) to o; NULL on success or
 * a message naming the option PostgreSQL would reject. */
/* create_type: CREATE with that default type (int8 for CREATE SEQUENCE, the
 * column's for identity); NULL for ALTER. */
const char *seqopts_apply(struct seqopts *o, struct arena *a, PgQuery__Node **opts,
			  size_t nopts, const char *create_type, struct qname *owned_by,
			  const char **owned_col, bool *owned_none, const char **seqname);

#endif
