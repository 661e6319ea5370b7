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
	struct changes *out;
	struct arena *a;
	struct catalog *old;
	const struct catalog *new;
	struct ptrvec fk_redo;		/* old FKs dropped although kept: re-add */
	struct ptrvec swaps;		/* struct swap * (diff_type.c): types
					 * swapped under their columns */
	struct ptrvec recreated;	/* old tables dropped and created again */
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
/* USING for a column's type change: col::type, or col::text::type. */
const char *diff_using_cast(struct differ *d, const struct column *c, bool via_text);

/* diff_type.c: collations and types, enum values, swaps. */
void diff_types(struct differ *d);
/* Is the type a column of the old catalog names being swapped? */
bool diff_type_swapped(const struct differ *d, const struct typeref *t);
/* The columns of a kept table whose type is swapped: converted. */
void diff_convert_swapped(struct differ *d, const struct table *ot, const struct table *nt);

#endif
