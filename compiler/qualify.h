/*
 * qualify.h - names in a query resolved against the catalog the way
 * PostgreSQL resolves them, and spelled the way pg_dump prints them back,
 * so that a view or policy as written and as dumped hash the same.
 */
#ifndef SCHEMAC_QUALIFY_H
#define SCHEMAC_QUALIFY_H

#include "catalog.h"
#include "parse.h"

/*
 * A view's query (a SelectStmt node), qualified in place: relations carry
 * their schema, column references their range entry, `*` becomes the
 * columns it stands for (where they are known), output names that equal the
 * name PostgreSQL would choose are left out. Appends the output column
 * names to cols (if not NULL) and the dependency keys (object_dep_key) of
 * the relations, functions and types it uses to deps.
 */
void qualify_query(struct arena *a, const struct catalog *cat, Node *query, struct ptrvec *cols,
		   struct ptrvec *deps);

/*
 * An expression about the rows of table t (a policy's USING or WITH CHECK):
 * t's columns stay unqualified, as pg_dump prints them; subqueries are
 * qualified as in a view. With rowvars ("old", "new": a trigger's WHEN), the
 * rows are named and references keep their qualifier.
 */
void qualify_expr(struct arena *a, const struct catalog *cat, Node **expr, const struct table *t,
		  bool rowvars, struct ptrvec *deps);

/*
 * Does o (a view, materialized view, policy, trigger, or function with a
 * SQL-standard body) use column `column` of table t, as PostgreSQL records
 * it in pg_depend (a whole-row reference uses no single column)? With
 * column NULL: does it use t's whole row (`x`, `x.*`)? o's stored
 * statement (object_stmt) is resolved again against cat, scratch memory in a.
 */
bool qualify_object_uses_column(struct arena *a, const struct catalog *cat,
				const struct dbobject *o, const struct table *t, const char *column);

/*
 * The first column reference of o (a view, materialized view, policy or
 * trigger's WHEN) that names no column PostgreSQL could resolve it to,
 * "col" or "rel.col"; NULL when each resolves, or cannot be judged (a
 * range entry whose columns are not known: a function, an outside table).
 * Or the first relation in its FROM that PostgreSQL would not find (see
 * find_missing_relation): *relation says which the name is.
 */
const char *qualify_object_missing_column(struct arena *a, const struct catalog *cat,
					  const struct dbobject *o, bool *relation);

/*
 * o's statement with column `column` of table t renamed to newname where
 * o uses it (as qualify_object_uses_column finds it), a view's output
 * columns keeping their names; NULL when o does not use it. In a.
 */
Node *qualify_rename_column(struct arena *a, const struct catalog *cat, const struct dbobject *o,
			    const struct table *t, const char *column, const char *newname);

/*
 * o's statement with schema.old renamed to newname, where what is 'r' a
 * relation (and column qualifiers), 'T' a type or 'f' a function (its
 * calls, and a trigger's or event trigger's function); NULL when it names
 * none. In a.
 */
Node *qualify_rename(struct arena *a, const struct dbobject *o, char what, const char *schema,
		     const char *old, const char *newname);

/* The dependency key of a function name as PostgreSQL would resolve it;
 * NULL for a function the catalog does not define in the search path (a
 * built-in). A qualified name is kept: an outside reference. names is
 * rewritten to the qualified name when resolved. */
const char *qualify_function(struct arena *a, const struct catalog *cat, PgQuery__Node ***names,
			     size_t *n);

/* FigureColname(): the output name PostgreSQL gives an unnamed target. */
const char *figure_colname(const Node *n);

#endif
