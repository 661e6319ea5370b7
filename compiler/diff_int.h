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
					 * dropped before and made again after */
};

/* Records a change; its base order (key) follows from kind and obj. */
struct change *diff_add(struct differ *d, enum change_kind kind, enum change_phase phase,
			const struct table *t, const void *obj, const void *old);
/* Equal lists of strings, in order. */
bool diff_strlist_equal(const struct ptrvec *x, const struct ptrvec *y);
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

#endif
