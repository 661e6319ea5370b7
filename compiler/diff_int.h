/*
 * diff_int.h - what the differ's files share: the differ's state and the
 * helpers that record changes. Private to diff*.c; diff.h is the stage's
 * interface. diff.c walks schemas, extensions, sequences, tables and the
 * objects over them; diff_type.c types and collations, and the swaps that
 * replace one under the columns that use it; diff_grant.c privileges.
 */
#ifndef SCHEMAC_DIFF_INT_H
#define SCHEMAC_DIFF_INT_H

#include "arena.h"
#include "diff.h"
#include "map.h"

struct differ {
	const struct ptrvec *managed;	/* schemas to diff; empty: all */
	bool owners;			/* diff_options.owners */
	struct changes *out;
	struct arena *a;
	const struct catalog *old;
	const struct catalog *new;
	struct map *fk_redo;		/* old FKs dropped although kept, to add
					 * again: keyed by address (diff.c) */
	struct ptrvec swaps;		/* struct swap * (diff_type.c): types
					 * swapped under their columns */
	struct ptrvec recreated;	/* old tables dropped and created again */
	struct ptrvec collation_swaps;	/* struct collation_swap * (diff_type.c) */
	struct map *stored;		/* old types whose values columns of kept
					 * tables store (diff_type.c) */
	struct map *recalled;		/* dependency keys ('f') of old functions
					 * dropped and created again under the
					 * same signature (a new return type or
					 * parameter names): the defaults,
					 * checks and indexes that call them are
					 * dropped before and made again after;
					 * NULL: none */
	struct map *recalled_names;	/* their names (what the text of an
					 * expression calling one holds), with
					 * recalled */
};

/* Records a change; its base order (key) follows from kind and obj. */
struct change *diff_add(struct differ *d, enum change_kind kind, enum change_phase phase,
			const struct table *t, const void *obj, const void *old);
/* Is the schema managed (diffed)? */
bool diff_managed(const struct differ *d, const char *schema);
/* A comment to set (newc) or drop (NULL) on target ("TABLE users"). */
void diff_comment(struct differ *d, const char *target, const char *newc);
bool diff_comment_differs(const char *oldc, const char *newc, bool only_if_set);
/* "what schema.name", as COMMENT ON names it. */
const char *diff_target(struct differ *d, const char *what, const char *schema, const char *name);
/* "COLUMN s.rel.col" (a table's column, a composite type's attribute). */
const char *diff_target_column(struct differ *d, const struct qname *rel, const char *col);
/* "CONSTRAINT con ON s.rel", on "" for a table, "DOMAIN " for a domain. */
const char *diff_target_constraint(struct differ *d, const char *on, const struct qname *rel,
				   const char *con);
/* USING for a column's type change: col::type, or col::text::type. */
const char *diff_using_cast(struct differ *d, const struct column *c, bool via_text);
/* What changing column o into n (of owner, a table or type) can lose:
 * "column owner.c changes type: ...", or NULL. */
const char *diff_type_change_loss(struct differ *d, const char *owner, const struct column *o,
				  const struct column *n);
/* The parent (old po, new pn) whose ALTER recurses into kept table ot (nt
 * in the new catalog), or NULLs. */
void diff_cascade_parent(const struct differ *d, const struct table *ot, const struct table *nt,
			 const struct table **po, const struct table **pn);

/* diff_relform.c: index storage parameters and statistics, REPLICA
 * IDENTITY and CLUSTER ON of the new catalog's tables, after the tables. */
void diff_relforms(struct differ *d);
/* diff_depend.c: once every change is recorded, the changes each must come
 * after where the phases do not say it (change->prereqs). */
void diff_link_dependencies(struct differ *d);
/* Does expression e of the old catalog call a function of d->recalled? */
bool diff_calls_recalled(const struct differ *d, const struct expr *e);

/* diff_type.c: collations and types, enum values, swaps. */
void diff_types(struct differ *d);
/* Is the type (or range's multirange) a column of the old catalog names
 * being swapped? Is the collation (as a column names it)? */
bool diff_type_swapped(const struct differ *d, const struct typeref *t);
bool diff_collation_swapped(const struct differ *d, const char *collation);
/* The columns of a kept table whose type or collation is swapped: moved to
 * the new one. */
void diff_convert_swapped(struct differ *d, const struct table *ot, const struct table *nt);
/* Adds to broken the dependency keys ('T') of types the objects over them
 * must be made again for: dropped, swapped, or dropped and created. */
void diff_types_changed_under(struct differ *d, struct map *broken);

/* diff.c */
bool diff_strlist_equal(const struct ptrvec *x, const struct ptrvec *y);
/* Equal definitions; NOT VALID is compared separately. */
bool diff_constraint_equal(const struct constraint *x, const struct constraint *y);
/* Equal definitions; storage parameters (and the statistics of expressions)
 * change in place, with ALTER INDEX (diff_relform.c). */
bool diff_index_equal(const struct index *x, const struct index *y);
/* A materialized view's index: created again when anything changes. */
bool diff_matview_index_equal(const struct index *x, const struct index *y);
/* Does old constraint c or index ix call a function dropped and created
 * again (differ.recalled)? It goes before, and is made again after. */
bool diff_key_calls_recalled(const struct differ *d, const struct constraint *c,
		    const struct index *ix);
bool diff_seqopts_equal(const struct seqopts *x, const struct seqopts *y);
const struct table *diff_find_table(const struct catalog *cat, const struct qname *q);
/*
 * Does kept parent `parent`'s key or index `name` lose a partition's index
 * or key attached to it: a kept partition's one, attached before, that the
 * new catalog has no more, has changed, or has unattached? PostgreSQL has
 * no DETACH for indexes and refuses to drop an attached one: the parent's
 * goes (taking its partitions') and is made again.
 */
bool diff_child_detached(const struct differ *d, const struct qname *parent, const char *name);
/*
 * Does old partitioned table op let a kept partition go (DETACH PARTITION)
 * in this migration? The partition then keeps op's foreign keys as its own
 * (PostgreSQL's DETACH), which the catalog does not model: op's are dropped
 * before (and added again on op when kept).
 */
bool diff_loses_partition(const struct differ *d, const struct table *op);
/*
 * Is a key or index (ix, or NULL for a key) created on partitioned table nt
 * made ON ONLY nt, each partition's own made and attached by name (as
 * pg_dump does)? So it is for an index written ON ONLY (ix->only: the
 * target's partitions have exactly the indexes attached to it, perhaps not
 * one each), and on a kept nt when every partition of nt is kept attached: a
 * recursive CREATE picks PostgreSQL's names, and an index where the target
 * has a key. A partition attached (or created) now takes the recursive
 * form, which reaches it.
 */
bool diff_creates_only(const struct differ *d, const struct table *nt, const struct index *ix);
/* Does old default e call nextval() of a sequence that goes with its owner
 * (a table or column dropped, or a table created again)? */
bool diff_default_loses_sequence(const struct differ *d, const struct expr *e);

/* diff_column.c: columns, and what a parent gives its children */
extern const char *const diff_string_family[];
/* Does kept column oc (nc in the new catalog) change type or collation, or
 * is its type or collation swapped? */
bool diff_column_retyped(const struct differ *d, const struct column *oc,
		    const struct column *nc);
/* Is kept column o of ot (n of nt in the new catalog) dropped and added
 * again: its type has no cast (column_replaced), or it becomes a stored
 * generated column, or its generation expression changes (in place, only
 * DROP EXPRESSION is possible)? What uses it goes with its drop and is
 * made again after. */
bool diff_column_recreated(const struct differ *d, const struct table *ot,
		      const struct table *nt, const struct column *o, const struct column *n);
void diff_column(struct differ *d, const struct table *ot, const struct table *t,
		 const struct column *o, const struct column *n);
/* Is q a table dropped and created again (its partition key changes, or it
 * is a partition of such a table)? */
bool diff_is_recreated(const struct differ *d, const struct qname *q);
/* Does the partition key of old table t use a column or name a collation
 * that is swapped? PostgreSQL refuses ALTER COLUMN ... TYPE on a key
 * column. */
bool diff_partkey_swapped(const struct differ *d, const struct table *t);
void diff_mark_recreated(struct differ *d);
bool diff_same_parent(const struct qname *x, const struct qname *y);
/* Is the partition (re)attached by this migration: new, or not the same
 * partition of the same parent with the same bound before? */
bool diff_attached_now(const struct differ *d, const struct table *nt);
const struct table *diff_parent_table(const struct catalog *cat, const struct table *t);
/* Is adding constraint c (or index ix) of new table nt PostgreSQL's own
 * doing: a copy of a parent's that the parent's CREATE, or ATTACH, makes? */
bool diff_comes_from_parent(const struct differ *d, const struct table *nt,
		       const struct constraint *c, const struct index *ix);
/*
 * The index name of kept partition nt (a plain index or a key's) belongs
 * to the parent's index parent in the new catalog, and was attached to
 * old_parent before. When the parent's index is kept, nothing attaches
 * it on its own: an index the partition had unattached, or one made
 * (made) on the partition by this migration - a key added with ALTER
 * TABLE, a CREATE INDEX - is attached with ALTER INDEX ... ATTACH
 * PARTITION. (A parent's index created now attaches or creates its
 * partitions' itself; a partition attached now brings its indexes.)
 */
void diff_attach_index(struct differ *d, const struct table *nt, const char *name,
		       const char *parent, const char *old_parent, bool made);
/* Is dropping constraint c (or index ix) of old table ot PostgreSQL's own
 * doing, when the parent's goes? */
bool diff_goes_with_parent(const struct differ *d, const struct table *ot,
		      const struct constraint *c, const struct index *ix);
/* Storage, compression and statistics of a column: o NULL for a new table
 * (compared with the parent's column, from which it is copied, or with
 * the defaults). */
void diff_column_options(struct differ *d, const struct table *t, const struct column *o,
			 const struct column *n);
/* A new table's column options (compression of a plain table is inline). */
void diff_new_table_column_options(struct differ *d, const struct table *n);
/* The old column as the parent's recursing changes leave it. */
const struct column *diff_after_parent(struct differ *d, const struct table *po,
				       const struct table *pn, const struct column *oc);
/* Attach, detach, inherit, no inherit and storage parameters of a kept table. */
void diff_table_links(struct differ *d, const struct table *o, const struct table *n);

/* diff_table.c: tables, constraints, indexes */
void diff_tables(struct differ *d, struct ptrvec *serials);

/* diff_object.c: views, functions, triggers, policies, generic objects */
void diff_objects(struct differ *d);
/* The functions dropped and created again under the same signature
 * (differ.recalled): CREATE OR REPLACE cannot change a return type or
 * rename a parameter, and DROP FUNCTION fails while a column default, a
 * check or an index calls the function (PostgreSQL records those calls). */
void diff_collect_recalled(struct differ *d);
/* ROW LEVEL SECURITY of the tables in both catalogs and of new ones. */
void diff_rls(struct differ *d);

#endif
