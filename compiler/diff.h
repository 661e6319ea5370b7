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
	CH_DOMAIN_DROP_DEFAULT,	/* obj: struct type (new); part: the old domain */
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
	CH_ALTER_VIEW_OPTIONS,	/* obj, old: struct dbobject (view, matview):
				 * ALTER ... SET / RESET of its options */
	CH_TRIGGER_STATE,	/* obj: struct dbobject (new trigger): ENABLE/DISABLE */
	CH_SET_RLS,		/* table (new), old: table (old): ROW LEVEL SECURITY */
	CH_COMMENT,		/* name: the target ("TABLE users"); text: NULL drops */
	CH_RENAME,		/* obj: struct rename (build.h) */
	CH_ATTACH_PARTITION,	/* table (new partition): to its parent, bound */
	CH_DETACH_PARTITION,	/* table (old partition): from its old parent */
	CH_ADD_INHERIT,		/* table; obj: struct qname (the parent) */
	CH_DROP_INHERIT,
	CH_SET_RELOPTIONS,	/* table (new), old: table (old): SET / RESET */
	CH_SET_COLUMN_LOCAL,	/* table (new), obj: struct column (new): an
				 * inherited column declared in the table too
				 * (attislocal), or no longer */
	CH_SET_STORAGE,		/* table, obj: struct column (new) */
	CH_SET_COMPRESSION,
	CH_SET_STATISTICS,
	CH_ALTER_INDEX_OPTIONS,	/* table (new), obj: struct reloptions (new),
				 * old: (old); part: the index or key name;
				 * name: "INDEX s.i" (diff_relform.c) */
	CH_INDEX_STATISTICS,	/* table (new), obj: struct index (new), old:
				 * (old) or NULL; part, name: as above */
	CH_REPLICA_IDENTITY,	/* table (new): its replident; name: "INDEX
				 * s.i" when USING INDEX */
	CH_CLUSTER_ON,		/* table (new): CLUSTER ON its cluster_index,
				 * or SET WITHOUT CLUSTER; name: as above */
	CH_ATTACH_INDEX,	/* table (new partition): ALTER INDEX text
				 * ATTACH PARTITION part (index names in the
				 * table's schema); name: as above */
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
	PH_INDEX_FORM = 115,	/* what is set on built indexes: ALTER INDEX,
				 * REPLICA IDENTITY, CLUSTER ON */
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
	bool only;			/* CH_DROP_COLUMN: ALTER TABLE ONLY, as an
					 * inheritance child keeps the column as
					 * its own; CH_ADD_CONSTRAINT (a key),
					 * CH_CREATE_INDEX: ONLY the partitioned
					 * table, its partitions' own attached by
					 * CH_ATTACH_INDEX */
	bool standalone;		/* CH_CREATE_TABLE: made as a plain table,
					 * then attached. A partition: with its
					 * parent's checks, attached by
					 * CH_ATTACH_PARTITION, so that its keys
					 * are adopted by its parent's indexes
					 * (PARTITION OF would make an index of its
					 * own beside each). An inheritance child:
					 * without INHERITS, its parents attached
					 * by CH_ADD_INHERIT (ALTER TABLE ...
					 * INHERIT keeps its columns' order and
					 * gives them no parent's default) */
	bool cascade;			/* CH_DROP_INDEX: CASCADE, as a partition's
					 * key is attached to the index (PostgreSQL
					 * refuses the drop otherwise; the key
					 * goes with it) */
	struct ptrvec deferred;		/* CH_CREATE_TABLE: constraints not inline,
					 * columns whose default is set after */
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

/* What a diff compares besides the two catalogs: the project's settings,
 * and the renames old took before it. */
struct diff_options {
	const struct ptrvec *managed_schemas;	/* const char *: the schemas a diff
						 * may create, change or drop;
						 * NULL or empty: all */
	bool owners;				/* compare and print owners (ALTER
						 * ... OWNER TO): "owners" in
						 * schemac.json, --owners */
	const struct ptrvec *renames;		/* struct rename *: what
						 * renames_apply did to old, listed
						 * first as CH_RENAME; NULL: none */
};

/*
 * Renames, a step of their own before the diff: the renames new declares
 * (`-- schemac:renamed-from`) applied to old (build_apply_renames), then the
 * constraints and indexes of a table that only change their name (a renamed
 * table's implicit users_pkey) renamed in old too, rather than dropped and
 * built again. old is changed; the renames go into out (struct rename *).
 */
void renames_apply(struct catalog *old, const struct catalog *new, struct arena *a,
		   struct ptrvec *out);

/* Does a diff that manages the schemas in managed (NULL or empty: every
 * one) create, change and drop what lives in schema? Never where an extern
 * declaration (diag.h: srcfile.declared) made the schema, in old or new. */
bool diff_schema_managed(const struct ptrvec *managed, const struct catalog *old,
			 const struct catalog *new, const char *schema);

/* Compares old with new, and only compares; the changes come out unsorted
 * (order_changes). plan.h runs the whole pipeline. */
void diff_catalogs(struct changes *out, struct arena *a, const struct catalog *old,
		   const struct catalog *new, const struct diff_options *opt);

/* Privileges, default privileges and publications: appended to out after
 * the other changes, which tell the objects created afresh (diff_grant.c). */
void diff_grants(struct changes *out, struct arena *a, const struct catalog *old,
		 const struct catalog *new, const struct ptrvec *managed, bool owners);

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
