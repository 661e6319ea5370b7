/*
 * build_names_int.h - what build_names.c and build_calls.c share: the
 * walk's context, the built-in catalog's lookups and the certain types of
 * expressions. Private to those two files; build_int.h declares what the
 * rest of the builder calls.
 */
#ifndef SCHEMAC_BUILD_NAMES_INT_H
#define SCHEMAC_BUILD_NAMES_INT_H

#include "build_int.h"
#include "cast.h"
#include "cli.h"
#include "sqlfmt.h"

#include <ctype.h>
#include <stdio.h>

struct pg_type_row {
	const char *name;
	char typtype;		/* pg_type.typtype: 'b' base, 'p' pseudo, ... */
	char category;		/* pg_type.typcategory: 'A' array, 'B' boolean, ... */
	bool mods;		/* takes type modifiers */
};

struct names_ctx {
	struct builder *b;
	bool lenient;		/* the input creates an extension whose
				 * objects schemac does not know
				 * (names_lenient) */
	int err;		/* -1 once an error is recorded */
	bool in_body;		/* in a function's string body: its node
				 * locations are not the statement's */
	struct ptrvec options;	/* const PgQuery__TypeName *: option values
				 * (WITH (check_option = local)), which the
				 * grammar spells as type names */
	/* the columns a bare column reference names, in the statements
	 * whose expressions are about one table and hold no subquery
	 * (CREATE TABLE, ALTER TABLE, CREATE INDEX); both NULL elsewhere */
	const PgQuery__CreateStmt *create;	/* CREATE TABLE: its column
						 * definitions */
	const struct table *table;	/* ALTER TABLE, CREATE INDEX */
	const PgQuery__AlterTableStmt *alter;	/* ALTER TABLE: the columns it
						 * adds */
	bool in_directive;	/* a directive's expression: every error is
				 * at directive_at */
	int directive_at;	/* node location of the directive */
	/* the CHECK constraints (const PgQuery__Constraint *) the last
	 * names_walk met, in walk order, and the tree it walked: when that
	 * is the statement, check_types takes them from here rather than
	 * walking the statement again */
	struct ptrvec checks;
	const void *walked;
};

/* What the built-in rows of a call or operator give: the one type they all
 * give (type, else NULL), and whether none can give boolean. */
struct result {
	const char *type;	/* a built-in's internal name: of the element
				 * when ndims > 0 (text for text[]) */
	int ndims;		/* array dimensions */
	bool not_bool;
	bool mixed;		/* rows give different types */
};

/* build_names.c: names, types, typmods, collations, expression types */
const struct pg_type_row *names_pg_type_find(const char *name);
/* The built-in type pg_type names name, into t: an array type (_text) as
 * its element and one dimension (text[]). */
void names_pg_typeref(struct typeref *t, const char *name);
/* A node location for an error: in a string body, the statement's; in a
 * directive, the directive's. */
int names_at(const struct names_ctx *c, int location);
/* Is schema one the input never defines (an outside schema)? */
bool names_outside_schema(const struct catalog *cat, const char *schema);
/* Does an extension of the input live in schema? */
bool names_extension_schema(const struct catalog *cat, const char *schema);
/* Does a built-in function of that name, or one of an extension the input
 * creates, take nargs arguments? */
bool names_builtin_takes(const struct catalog *cat, const char *name, size_t nargs);
/* Does the input create an extension pg_extension.inc does not list? Then
 * a name found nowhere may be that extension's, and is accepted. */
bool names_lenient(const struct catalog *cat);
/*
 * The type n certainly has (a built-in's internal name), into r: constants,
 * casts to built-in scalar types, boolean forms, and calls and operators
 * whose every built-in candidate agrees. r->type NULL and r->not_bool false
 * when unsure.
 */
void names_expr_type(struct names_ctx *c, const Node *n, struct result *r);
/* A built-in type as format_type() prints it (integer for int4). */
const char *names_type_text(struct builder *b, const char *schema, const char *name, int ndims);
void names_walk(struct names_ctx *c, void *m);

/* build_calls.c: calls of the input's functions, enum labels, the statement's columns */
/* The types of fc's arguments as PostgreSQL's message prints them:
 * "unknown" for a literal, "?" where schemac does not know. */
const char *names_call_types(struct names_ctx *c, const PgQuery__FuncCall *fc);
/* Can call fc go to a built-in function of argument types args
 * (pg_catalog.inc's, comma-separated), the last ndefaults of them with
 * defaults, the last VARIADIC if variadic? True when unsure. */
bool names_builtin_call_fits(struct names_ctx *c, const PgQuery__FuncCall *fc, const char *args,
		       int ndefaults, bool variadic);
/* A call of a function the input creates: one of its signatures (or a
 * built-in's) must take the arguments. */
void names_check_user_call(struct names_ctx *c, const PgQuery__FuncCall *fc,
		     const char *schema, const char *name);
/* EXECUTE FUNCTION name() of a function the input creates: one without
 * arguments, returning trigger. */
void names_check_user_trigger(struct names_ctx *c, const char *schema, const char *name);
/* A string constant n that goes to type t: when t is an enum, one of its
 * labels as they stand at the statement (ALTER TYPE ... ADD VALUE
 * included), else the enum's input function refuses it. */
void names_check_label(struct names_ctx *c, const struct typeref *t, const Node *n, int location);
/* col = 'label', col IN ('a', 'b'), with col a column of enum type of the
 * statement's table: the constants become the enum's values. */
void names_check_compared_labels(struct names_ctx *c, const PgQuery__AExpr *e);
/* FOR VALUES of a partition of parent: a constant for a key column of
 * enum type is one of its labels. */
void names_check_bound_labels(struct names_ctx *c, const struct table *parent,
			const PgQuery__PartitionBoundSpec *bs);
/* 'label'::type, 'relation'::regclass anywhere. */
void names_check_cast_label(struct names_ctx *c, const PgQuery__TypeCast *tc);
/* A call of a built-in of argument types args (pg_catalog.inc's): a
 * string constant for a regclass argument names a relation that exists
 * (nextval('users_id_seq')). */
void names_check_regclass_args(struct names_ctx *c, const PgQuery__FuncCall *fc, const char *args);
/* CREATE AGGREGATE, CREATE OPERATOR, CREATE CAST, CREATE STATISTICS: the
 * types, functions, relation and columns they name exist. */
void names_check_definition(struct names_ctx *c, Node *stmt);
/* A query of a SQL function's checked body: the relations it names exist
 * (WITH names aside). */
void names_check_body_relations(struct names_ctx *c, Node *stmt);
/* The first column n names that the statement's table does not have, or
 * NULL. */
const char *names_missing_column(struct names_ctx *c, Node *n);

#endif
