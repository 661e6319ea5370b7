/*
 * locks.h - PostgreSQL 15's facts about DDL, in one table: for each
 * statement kind and each ALTER TABLE subcommand, the lock it takes on the
 * table it names (and on the other table it touches: the referenced table
 * of a foreign key, the partition attached), the work it may do on the
 * table's rows (rewrite, scan, index build) and under which condition, and
 * whether it may run in a transaction block. Read by the linter (its
 * findings and --explain), `schemac lint --facts` and the safe-migration
 * planner, so that all three say the same thing.
 *
 * The locks are those of PostgreSQL 15's AlterTableGetLockLevel
 * (tablecmds.c) and of the statements' own code, checked on a real server
 * (pg_locks of the backend inside the transaction); the conditions those
 * of the ALTER TABLE notes of the documentation.
 */
#ifndef SCHEMAC_LOCKS_H
#define SCHEMAC_LOCKS_H

#include <pg_query/pg_query.pb-c.h>
#include <stdbool.h>
#include <stddef.h>

/* The table-level lock modes, weakest first (explicit locking, 13.3.1). */
enum pg_lock {
	PG_LOCK_NONE,
	PG_LOCK_ACCESS_SHARE,
	PG_LOCK_ROW_SHARE,
	PG_LOCK_ROW_EXCLUSIVE,
	PG_LOCK_SHARE_UPDATE_EXCLUSIVE,
	PG_LOCK_SHARE,
	PG_LOCK_SHARE_ROW_EXCLUSIVE,
	PG_LOCK_EXCLUSIVE,
	PG_LOCK_ACCESS_EXCLUSIVE,
};

/* "ACCESS EXCLUSIVE", as LOCK TABLE spells the mode. */
const char *pg_lock_name(enum pg_lock lock);
/* Does a lock of this mode block INSERT / UPDATE / DELETE (ROW EXCLUSIVE)? */
bool pg_lock_blocks_writes(enum pg_lock lock);

/* What a statement may do to the rows of the table. */
enum pg_work {
	PG_WORK_NONE,		/* the catalog only */
	PG_WORK_REWRITE,	/* a new copy of the table and its indexes */
	PG_WORK_SCAN,		/* reads every row (validation) */
	PG_WORK_INDEX,		/* builds an index: reads every row */
	PG_WORK_REFILL,		/* a materialized view's query run again */
	PG_WORK_EMPTY,		/* every row goes (a new empty file) */
};

/* The verb --explain prints for the work: "rewrites", "scans", ... */
const char *pg_work_verb(enum pg_work work);

struct pg_fact {
	const char *what;	/* the statement or subcommand, as written */
	enum pg_lock lock;	/* on the table it names */
	enum pg_lock other;	/* on the other table it touches, or NONE */
	enum pg_work work;	/* what it may do to the rows */
	const char *when;	/* when it does that work; NULL: always */
	bool no_transaction;	/* refused in a transaction block */
};

/* The facts of an ALTER TABLE subcommand (its constraint kind, its
 * CONCURRENTLY and options decide between forms); NULL if unknown. */
const struct pg_fact *facts_alter_cmd(const PgQuery__AlterTableCmd *cmd);

/* The facts of ALTER TABLE ... ADD CONSTRAINT of a constraint of this kind
 * (enum constraint_kind's letter: 'f', 'c', 'p', 'u', 'x'), written in
 * full (not USING INDEX); what the safe-migration planner splits. */
const struct pg_fact *facts_add_constraint(char kind);

/* The facts of an ALTER TABLE subcommand by its type alone (the table's
 * row: ADD CONSTRAINT's kinds are facts_add_constraint's); NULL if unknown.
 * What the safe-migration planner asks of the subcommands it writes. */
const struct pg_fact *facts_alter(PgQuery__AlterTableType subtype);

/* CREATE INDEX, plain or CONCURRENTLY. */
const struct pg_fact *facts_create_index(bool concurrently);

/* ALTER DOMAIN by its subtype letter (AlterDomainStmt's: 'C' ADD
 * CONSTRAINT, 'O' SET NOT NULL, 'V' VALIDATE CONSTRAINT, ...); the tables
 * with a column of the domain are its "other" tables. */
const struct pg_fact *facts_alter_domain(char subtype);

/* ALTER ... RENAME of an object of this type (a column, a table's
 * constraint, an index, a type, ...). */
const struct pg_fact *facts_rename(PgQuery__ObjectType type);

/* The facts of a statement other than ALTER TABLE; NULL if it touches no
 * table's lock (SET, a data statement's own is in the table too) or
 * PostgreSQL 15's lock for it is not in the table. */
const struct pg_fact *facts_stmt(const PgQuery__Node *n);

/* Does the statement take part in the table at all: a kind the table
 * knows (including those that lock nothing)? */
bool facts_known(const PgQuery__Node *n);

#endif
