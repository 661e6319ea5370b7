/*
 * diff.h - the changes between two catalogs. diff_catalogs() compares an old
 * and a new catalog and lists what must happen to turn one into the other;
 * order_changes() (order.c) sorts them into an order PostgreSQL accepts; the
 * emitter (emit.h) prints each one as SQL. A change that loses data says
 * what it loses in `destructive`.
 */
#ifndef SCHEMAC_DIFF_H
#define SCHEMAC_DIFF_H

#include "catalog.h"

enum change_kind {
	CH_CREATE_SCHEMA,	/* obj: struct schema */
	CH_DROP_SCHEMA,
	CH_CREATE_EXTENSION,	/* obj: struct extension */
	CH_DROP_EXTENSION,
	CH_ALTER_EXTENSION,	/* obj, old: struct extension (schema or version) */
	CH_CREATE_ENUM,		/* obj: struct type */
	CH_ADD_ENUM_VALUE,	/* obj: struct type; name: label; text: neighbour; after */
	CH_RENAME_TYPE,		/* obj: struct type (old; for a range's
				 * multirange, one named as it); name: new name */
	CH_DROP_TYPE,		/* obj: struct type; name: when set, the name to drop */
	CH_CREATE_TYPE,		/* obj: struct type (domain, composite, range) */
	CH_DOMAIN_SET_DEFAULT,	/* obj: struct type (domain, new) */
	CH_DOMAIN_DROP_DEFAULT,
	CH_DOMAIN_SET_NOT_NULL,
	CH_DOMAIN_DROP_NOT_NULL,
	CH_DOMAIN_ADD_CHECK,	/* obj: struct type; part: struct constraint */
	CH_DOMAIN_DROP_CHECK,
	CH_DOMAIN_VALIDATE_CHECK,
	CH_ADD_ATTRIBUTE,	/* obj: struct type (composite); part: struct column */
	CH_DROP_ATTRIBUTE,
	CH_ALTER_ATTRIBUTE_TYPE,
	CH_CREATE_COLLATION,	/* obj: struct collation */
	CH_RENAME_COLLATION,	/* obj: struct collation (old); name: new name */
	CH_DROP_COLLATION,	/* obj: struct collation; name: when set, the
				 * name to drop */
	CH_CREATE_SEQUENCE,	/* obj: struct sequence */
	CH_ALTER_SEQUENCE,	/* obj, old: struct sequence */
	CH_SEQUENCE_OWNED_BY,	/* obj: struct sequence */
	CH_DROP_SEQUENCE,
	CH_CREATE_TABLE,	/* table; deferred: constraints added later */
	CH_DROP_TABLE,		/* table (old) */
	CH_SET_LOGGED,		/* table (new): LOGGED or UNLOGGED */
	CH_ADD_COLUMN,		/* table, obj: struct column */
	CH_DROP_COLUMN,
	CH_ALTER_COLUMN_TYPE,	/* table, obj, old: struct column; text: USING */
	CH_SET_DEFAULT,		/* table, obj: struct column */
	CH_DROP_DEFAULT,
	CH_SET_NOT_NULL,
	CH_DROP_NOT_NULL,
	CH_ADD_IDENTITY,	/* table, obj: struct column (new) */
	CH_SET_IDENTITY,	/* table, obj, old: struct column */
	CH_DROP_IDENTITY,	/* table, obj: struct column (old) */
	CH_DROP_EXPRESSION,	/* table, obj: struct column (old): generated -> plain */
	CH_ADD_CONSTRAINT,	/* table, obj: struct constraint */
	CH_DROP_CONSTRAINT,
	CH_VALIDATE_CONSTRAINT,
	CH_CREATE_INDEX,	/* table, obj: struct index */
	CH_DROP_INDEX,
	CH_CREATE_OBJECT,	/* obj: struct dbobject (new) */
	CH_REPLACE_OBJECT,	/* obj, old: struct dbobject: CREATE OR REPLACE
				 * (ALTER POLICY for a policy) */
	CH_DROP_OBJECT,		/* obj: struct dbobject (old) */
	CH_TRIGGER_STATE,	/* obj: struct dbobject (new trigger): ENABLE/DISABLE */
	CH_SET_RLS,		/* table (new), old: table (old): ROW LEVEL SECURITY */
	CH_COMMENT,		/* name: the target ("TABLE users"); text: NULL drops */
	CH_RENAME,		/* obj: struct rename (build.h) */
	CH_ATTACH_PARTITION,	/* table (new partition): to its parent, bound */
	CH_DETACH_PARTITION,	/* table (old partition): from its old parent */
	CH_ADD_INHERIT,		/* table; obj: struct qname (the parent) */
	CH_DROP_INHERIT,
	CH_SET_RELOPTIONS,	/* table (new), old: table (old): SET / RESET */
	CH_SET_STORAGE,		/* table, obj: struct column (new) */
	CH_SET_COMPRESSION,
	CH_SET_STATISTICS,
	CH_STATEMENT,		/* text: a statement the differ printed (GRANT,
				 * REVOKE, default privileges, publications, a
				 * swapped range's constructors renamed) */
};

/* Coarse order; within a phase, changes sort by rank, key, then seq. */
enum change_phase {
	PH_RENAME = 5,		/* first: every later change uses the new names */
	PH_DROP_OBJECT = 7,	/* views, functions, triggers, policies that go
				 * or are recreated: before what they use */
	PH_RELEASE_SEQUENCE = 8,	/* OWNED BY NONE before the owner goes */
	PH_DROP_FOREIGN_KEY = 10,
	PH_DETACH = 12,		/* partitions and inheritance children let go */
	PH_DROP_TABLE = 15,	/* before keys they reference are dropped */
	PH_DROP_CONSTRAINT = 20,
	PH_DROP_INDEX = 25,
	PH_DROP_COLUMN = 40,
	PH_DROP_FUNCTION = 45,	/* after the tables, columns, constraints and
				 * indexes that call them; before new ones */
	PH_CREATE_SCHEMA = 50,
	PH_CREATE_EXTENSION = 55,
	PH_TYPE = 60,
	PH_CREATE_FUNCTION = 65,	/* functions that use no new relation: before
				 * the tables whose defaults and checks call them */
	PH_SEQUENCE = 70,
	PH_CREATE_TABLE = 80,
	PH_PRE_ALTER_COLUMN = 85,
	PH_ALTER_COLUMN = 90,
	PH_POST_ALTER_COLUMN = 95,
	PH_ADD_CONSTRAINT = 100,
	PH_ATTACH = 105,		/* after the child has the parent's checks */
	PH_CREATE_INDEX = 110,
	PH_ADD_FOREIGN_KEY = 120,
	PH_CREATE_OBJECT = 125,	/* views, the other functions, triggers,
				 * policies: after everything they use */
	PH_OWNED_BY = 130,
	PH_GRANT = 135,		/* privileges and publications: after the
				 * objects exist; default privileges last */
	PH_DROP_SEQUENCE = 140,
	PH_DROP_TYPE = 150,
	PH_DROP_EXTENSION = 160,
	PH_DROP_SCHEMA = 170,
	PH_COMMENT = 180,
	PH_RENAME_BACK = 190,	/* a down migration's renames, last */
};

struct change {
	enum change_kind kind;
	enum change_phase phase;
	int rank;			/* within a phase: a dependency order
					 * (tables by foreign key, extensions,
					 * types by the types they use) */
	const char *key;		/* then the base order: schema, name,
					 * part (column, constraint, index) */
	int seq;			/* insertion order, the last tie-break */
	const struct table *table;	/* the table it applies to, if any */
	const void *obj;		/* see enum change_kind */
	const void *old;
	const void *part;		/* see enum change_kind */
	const char *name;
	const char *text;
	bool after;			/* CH_ADD_ENUM_VALUE: AFTER text, else BEFORE */
	struct ptrvec deferred;		/* CH_CREATE_TABLE: constraints not inline */
	struct ptrvec serials;		/* CH_CREATE_TABLE, CH_ADD_COLUMN: columns
					 * printed as serial (their sequence is
					 * not created separately) */
	struct ptrvec prereqs;		/* struct change *: changes of the same
					 * list that must come before this one,
					 * whatever their phase (diff_depend.c);
					 * order_changes keeps it waiting */
	const char *destructive;	/* what is lost, or NULL */
	const char *hint;		/* advice for the person reading, or NULL */
};

struct changes {
	struct arena *arena;
	struct ptrvec items;		/* struct change * */
};

/*
 * Compares old with new; the changes come out unsorted (order_changes).
 * Renames that new declares (schemac:renamed-from) are applied to old first
 * (build_apply_renames) and come out as CH_RENAME changes, first of all.
 */
void diff_catalogs(struct changes *out, struct arena *a, struct catalog *old,
		   const struct catalog *new);

/* Privileges, default privileges and publications: appended to out after
 * the other changes, which tell the objects created afresh (diff_grant.c). */
void diff_grants(struct changes *out, struct arena *a, const struct catalog *old,
		 const struct catalog *new, const struct ptrvec *managed);

/* For a down migration: the renames of up, undone, after everything else. */
void diff_undo_renames(struct changes *down, struct arena *a, const struct changes *up);

/* Sorts changes into an order PostgreSQL accepts (order.c): by phase,
 * rank and key, then each change that must come after another (prereqs)
 * waits for it, the rest keeping their places. */
void order_changes(struct changes *ch);

/* Records that change c must come after change first (both in the same
 * list; NULLs ignored). */
void change_after(struct changes *ch, struct change *c, struct change *first);

/* Orders tables so that a table comes after the tables its foreign keys
 * reference; a cycle is broken at the first table in base order, and its
 * foreign keys to tables not yet placed go into *deferred (order.c). */
void order_tables(struct ptrvec *tables, struct ptrvec *deferred, struct arena *a);

#endif
