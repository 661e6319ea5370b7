/*
 * lint_int.h - what the linter's files share: the linter's state (the
 * catalog as it stands, the locks taken, the findings) and the helpers
 * that record findings and locks. Private to lint*.c; lint.h is the
 * stage's interface. lint.c walks the statements; lint_rules.c is the
 * rules table; lint_refs.c foreign keys, reads and what a drop leaves
 * behind; lint_alter.c ALTER TABLE, ALTER DOMAIN and type changes.
 */
#ifndef SCHEMAC_LINT_INT_H
#define SCHEMAC_LINT_INT_H

#include "lint.h"
#include "arena.h"
#include "build.h"
#include "locks.h"
#include "naming.h"
#include "node.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct linter {
	struct lint_report *r;
	struct catalog *cat;
	struct diags *d;
	struct arena *a;
	const struct ptrvec *levels;	/* struct lint_setting *, or NULL */
	const struct stmt *st;
	struct lint_fact *fact;
	const struct srcfile *file;	/* the migration being read */
	struct ptrvec created;		/* struct table * created in this file */
	struct ptrvec file_allows;	/* struct directive *: allow at the top */
	struct ptrvec added_labels;	/* const char *: enum values added here */
	struct ptrvec pending;		/* struct pending_break *: checked at the
					 * end of the file */
	struct ptrvec forced;		/* PgQuery__DropBehavior *: RESTRICT drops
					 * applied as CASCADE (already reported) */
	const struct lint_options *o;
	enum lint_txmode mode;		/* how this file runs */
	bool in_block;			/* inside BEGIN ... COMMIT (auto, none) */
	struct stmt block;		/* that BEGIN (node not kept) */
	struct ptrvec block_directives;	/* its directives, kept */
	int lock_timeout;		/* session lock_timeout: -1 never set, 0, 1 */
	int local_lock_timeout;		/* SET LOCAL in this transaction: -1, 0, 1 */
	bool lock_timeout_said;		/* lock-timeout reported in this file */
	bool statement_timeout;		/* a statement_timeout is in force */
	bool statement_timeout_said;
	bool utc;			/* the session TimeZone is UTC: taken to be the
					 * server's, until a SET TIME ZONE to another */
	int down_offset;		/* where a -- migrate:down part starts */
	struct ptrvec unknown;		/* struct table *: stand-ins for tables
					 * the catalog does not hold */
	bool stood_in;			/* this statement used a stand-in */
	enum pg_lock stmt_lock;		/* the strongest lock it takes */
	struct ptrvec added_columns;	/* const char *: "table.column" added
					 * in this file */
	struct ptrvec renames;		/* struct pending_rename *: table renames
					 * of the transaction, forgiven when a
					 * view takes the old name in it */
	bool first;			/* the file's first statement */
	const char *fact_mode;		/* the file's model, for --explain */
	struct ptrvec tx_blocking;	/* struct table *: existing tables the
					 * transaction holds a lock on that blocks
					 * writes (SHARE or stronger) */
	struct ptrvec new_fks;		/* struct pending_fk *: the foreign keys
					 * the files add, judged after the last */
	int do_offset;			/* in a DO block: where it starts (its
					 * statements are explained there), or -1 */
};

/* lint.c: findings, locks, the statements */
bool lint_has(const char *s);
const char *lint_node_str(const Node *n);
/* Records a finding of rule at the statement. */
void lint_finding(struct linter *l, enum lint_rule_id rule, int location, const char *fmt, ...)
 __attribute__((format(printf, 4, 5)));
struct table *lint_resolve_table(struct linter *l, const char *schema, const char *name);
struct table *lint_rangevar_table(struct linter *l, const PgQuery__RangeVar *rv);
bool lint_is_new(struct linter *l, const struct table *t);
void lint_lock(struct linter *l, enum pg_lock level, const struct table *t);
/* A lock on t; ACCESS EXCLUSIVE on an existing table with no lock_timeout
 * is a finding. */
void lint_take(struct linter *l, enum pg_lock level, const struct table *t, int location);
void lint_access_exclusive(struct linter *l, const struct table *t, int location);
void lint_work(struct linter *l, const char *what, const struct table *t);

/* lint_refs.c: foreign keys, reads, what a drop leaves behind */
/* Records the foreign key over cols (String nodes, or the one column col)
 * of table t that the statement adds. */
void lint_new_fk(struct linter *l, const struct table *t, PgQuery__Node **cols, size_t ncols,
	    const char *col);
/* The foreign keys of a CREATE TABLE, column and table constraints. */
void lint_create_fks(struct linter *l, const struct table *t, const PgQuery__CreateStmt *cs);
/* After the last file: the foreign keys added with no index to serve them. */
void lint_fks_without_index(struct linter *l);
/* Another table the statement reads whole (its query's, the rows a new
 * constraint checks): "scans" in --explain, once per table. */
void lint_reads(struct linter *l, const struct table *t);
/* Does an UPDATE or DELETE of t with this WHERE (NULL: none) read t whole?
 * Without a WHERE, or with one that names no column leading an index of t
 * (a sequential scan is then the only plan); with one an index may serve,
 * the plan decides and lint claims nothing. */
bool lint_where_scans(struct linter *l, const struct table *t, Node *where);
/* The table a foreign key of t references, if the catalog holds it. */
struct table *lint_fk_target(struct linter *l, const struct constraint *c);
/* Locks the tables whose foreign keys reference t: the drop or truncate of
 * t drops or checks their constraints (ACCESS EXCLUSIVE). */
void lint_lock_referencing(struct linter *l, const struct table *t, enum pg_lock level);
/* Locks the tables at the other end of the foreign keys that dropping
 * column col of t drops: those of t over it, those of others onto it. */
void lint_lock_column_fks(struct linter *l, const struct table *t, const struct column *col,
		     enum pg_lock level);
/* Rows written to t are looked up in the tables its foreign keys
 * reference (SELECT ... FOR KEY SHARE: ROW SHARE on them). */
void lint_fk_lookups(struct linter *l, const struct table *t);
/* TRUNCATE ... CASCADE empties the tables whose foreign keys reference
 * t, and theirs in turn (ACCESS EXCLUSIVE on each). */
void lint_truncate_cascade(struct linter *l, const struct table *t, int depth);
/* The tables a view or materialized view's query uses, read whole. */
void lint_dep_reads(struct linter *l, const struct dbobject *o);
/* The table a qualified name list names, leaving out its last `skip`
 * parts (a column's, a trigger's name): [schema.]table. */
struct table *lint_names_table(struct linter *l, const Node *obj, size_t skip);
void lint_select_reads(struct linter *l, const PgQuery__SelectStmt *ss);
/* "a", "a and b", "a, b and c" */
const char *lint_and_list(struct arena *a, const struct ptrvec *v);
/*
 * Table t (column NULL) or its column is dropped: what PostgreSQL records
 * as depending on it (views, policies, triggers, functions with a
 * SQL-standard body, other tables' foreign keys) is reported, failing the
 * drop or, with CASCADE, dropped with it. Triggers and policies on t go with
 * the table. Returns true when there is such a dependent: the catalog then
 * applies the drop as CASCADE, as reported.
 */
bool lint_drop_still_used(struct linter *l, const struct table *t, const char *column,
		     bool cascade);
/* The end of a file: functions still there that name a table it dropped. */
void lint_pending_breaks(struct linter *l);

/* lint_alter.c: ALTER TABLE, ALTER DOMAIN, type changes */
struct type *lint_resolve_type(struct linter *l, const char *schema, const char *name);
/*
 * The columns (struct table * in tables, "table.column" in cols) whose
 * values are of type ty: directly and through domains over it; with
 * containers, also inside arrays and composite types that hold it.
 */
void lint_columns_of_type(struct linter *l, const struct type *ty, bool containers,
		     struct ptrvec *tables, struct ptrvec *cols, int depth);
void lint_alter_domain(struct linter *l, const PgQuery__AlterDomainStmt *as);
/* ALTER TYPE composite ... DROP ATTRIBUTE: the values in stored rows go. */
void lint_alter_composite(struct linter *l, const PgQuery__AlterTableStmt *as);
void lint_column_advice(struct linter *l, PgQuery__ColumnDef *cd, bool key);
bool lint_is_key_column(PgQuery__CreateStmt *cs, const char *col);
void lint_alter_cmd(struct linter *l, struct table *t, PgQuery__AlterTableCmd *cmd);

#endif
