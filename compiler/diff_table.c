/*
 * diff_table.c - tables created, dropped and kept, and the constraints
 * and indexes of kept tables: dropped and added again where they use a
 * column, type or operator class that changes; foreign keys dropped and
 * added again around the keys they reference.
 */
#include "diff_int.h"
#include "build.h"
#include "cast.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <stdio.h>
#include <stdlib.h>

/* The key of an old foreign key in differ.fk_redo: its address. */
static const char *fk_key(char buf[static 32], const struct constraint *fk)
{
	snprintf(buf, 32, "%p", (const void *)fk);
	return buf;
}

/* Is old foreign key fk dropped and added again although kept? */
static bool fk_redone(const struct differ *d, const struct constraint *fk)
{
	char buf[32];

	return d->fk_redo && map_get(d->fk_redo, fk_key(buf, fk));
}

static void fk_redo(struct differ *d, const struct constraint *fk)
{
	char buf[32];

	map_put(d->fk_redo, fk_key(buf, fk), (void *)fk);
}

/* Comments of a table and everything in it (old NULL: a new table). */
static void table_comments(struct differ *d, const struct table *o, const struct table *n)
{
	if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
		diff_comment(d, diff_target(d, "TABLE", n->name.schema, n->name.name), n->comment);
	for (size_t i = 0; i < n->columns.n; i++) {
		const struct column *nc = n->columns.items[i];
		const struct column *oc = o ? table_find_column(o, nc->name) : NULL;
		if (diff_comment_differs(oc ? oc->comment : NULL, nc->comment, false))
			diff_comment(d, diff_target_column(d, &n->name, nc->name), nc->comment);
	}
	for (size_t i = 0; i < n->constraints.n; i++) {
		const struct constraint *nc = n->constraints.items[i];
		const struct constraint *oc = o ? table_find_constraint(o, nc->name) : NULL;
		if (oc && (!diff_constraint_equal(oc, nc) || diff_key_calls_recalled(d, oc, NULL)))
			oc = NULL;	/* re-created: its comment went with it */
		if (diff_comment_differs(oc ? oc->comment : NULL, nc->comment, false))
			diff_comment(d, diff_target_constraint(d, "", &n->name, nc->name), nc->comment);
		if (diff_comment_differs(oc ? oc->index_comment : NULL, nc->index_comment, false))
			diff_comment(d, diff_target(d, "INDEX", n->name.schema, nc->name), nc->index_comment);
	}
	for (size_t i = 0; i < n->indexes.n; i++) {
		const struct index *ni = n->indexes.items[i];
		const struct index *oi = o ? table_find_index(o, ni->name) : NULL;
		if (oi && (!diff_matview_index_equal(oi, ni) || diff_key_calls_recalled(d, NULL, oi)))
			oi = NULL;
		if (diff_comment_differs(oi ? oi->comment : NULL, ni->comment, false))
			diff_comment(d, diff_target(d, "INDEX", n->name.schema, ni->name), ni->comment);
	}
}

/* ---- constraints and indexes ------------------------------------------ */

static bool references_column(const struct constraint *fk, const struct table *t,
			      const char *col)
{
	if (!str_eq(fk->ref_table.schema, t->name.schema) || !str_eq(fk->ref_table.name, t->name.name))
		return false;
	for (size_t i = 0; i < fk->ref_columns.n; i++)
		if (strcmp(fk->ref_columns.items[i], col) == 0)
			return true;
	return false;
}

static bool same_key(const struct constraint *fk, const struct constraint *key)
{
	if (fk->ref_columns.n != key->columns.n)
		return false;
	for (size_t i = 0; i < fk->ref_columns.n; i++) {
		bool found = false;
		for (size_t j = 0; j < key->columns.n && !found; j++)
			found = strcmp(fk->ref_columns.items[i], key->columns.items[j]) == 0;
		if (!found)
			return false;
	}
	return true;
}

static const char *table_key(struct differ *d, const struct qname *q)
{
	return arena_printf(d->a, "%s\x1f%s", q->schema ? q->schema : "", q->name);
}

/* The foreign keys of the old catalog by the table they reference
 * (table_key -> struct ptrvec of constraints), each once. */
static struct map *fks_by_target(struct differ *d)
{
	struct map *m = map_new(d->a);

	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *ft = d->old->tables.items[i];
		for (size_t j = 0; j < ft->constraints.n; j++) {
			const struct constraint *fk = ft->constraints.items[j];
			const char *key;
			struct ptrvec *v;
			if (fk->kind != CON_FOREIGN)
				continue;
			key = table_key(d, &fk->ref_table);
			if (!(v = map_get(m, key))) {
				v = arena_alloc(d->a, sizeof(*v));
				*v = (struct ptrvec){ 0 };
				map_put(m, key, v);
			}
			vec_push(v, d->a, (void *)fk);
		}
	}
	return m;
}

/* Is a key of a partition of t attached to t's index `name`? */
static bool key_attached(const struct catalog *cat, const struct table *t, const char *name)
{
	for (size_t i = 0; i < cat->tables.n; i++) {
		const struct table *c = cat->tables.items[i];
		if (!diff_same_parent(&c->partition_of, &t->name))
			continue;
		for (size_t j = 0; j < c->constraints.n; j++)
			if (str_eq(((const struct constraint *)c->constraints.items[j])->parent, name))
				return true;
	}
	return false;
}

/*
 * Foreign keys of the old catalog that must be dropped and re-added although
 * they do not change: they depend on a key that is dropped, or on a column
 * (theirs or the referenced one) whose type changes.
 */
static void collect_fk_redo(struct differ *d)
{
	struct map *by_target = fks_by_target(d);
	static const struct ptrvec none = { 0 };

	d->fk_redo = map_new(d->a);
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *ot = d->old->tables.items[i];
		const struct table *nt = diff_find_table(d->new, &ot->name);
		const struct ptrvec *refs;
		if (!nt)
			continue;
		refs = map_get(by_target, table_key(d, &ot->name));
		if (!refs)
			refs = &none;
		/* a table created again takes every key with it, constraints
		 * and unique indexes alike: what references it is redone */
		for (size_t k = 0; diff_is_recreated(d, &ot->name) && k < refs->n; k++)
			fk_redo(d, refs->items[k]);
		for (size_t j = 0; ot->partkey && !diff_is_recreated(d, &ot->name) && j < ot->constraints.n; j++) {
			const struct constraint *fk = ot->constraints.items[j];
			if (fk->kind == CON_FOREIGN && diff_loses_partition(d, ot))
				fk_redo(d, fk);
		}
		for (size_t j = 0; j < ot->constraints.n; j++) {
			const struct constraint *key = ot->constraints.items[j];
			const struct constraint *nkey = table_find_constraint(nt, key->name);
			bool key_goes = (key->kind == CON_PRIMARY || key->kind == CON_UNIQUE) &&
					(!nkey || !diff_constraint_equal(key, nkey) ||
					 diff_is_recreated(d, &ot->name) || diff_goes_with_parent(d, ot, key, NULL));
			for (size_t k = 0; key_goes && k < refs->n; k++)
				if (same_key(refs->items[k], key))
					fk_redo(d, refs->items[k]);
		}
		for (size_t j = 0; j < ot->columns.n; j++) {
			const struct column *oc = ot->columns.items[j];
			const struct column *nc = table_find_column(nt, oc->name);
			if (!nc || (typeref_equal(&oc->type, &nc->type) &&
				    !diff_column_recreated(d, ot, nt, oc, nc)))
				continue;
			for (size_t k = 0; k < refs->n; k++)
				if (references_column(refs->items[k], ot, oc->name))
					fk_redo(d, refs->items[k]);
			for (size_t k = 0; k < ot->constraints.n; k++) {
				const struct constraint *fk = ot->constraints.items[k];
				for (size_t x = 0; fk->kind == CON_FOREIGN && x < fk->columns.n; x++)
					if (strcmp(fk->columns.items[x], oc->name) == 0)
						fk_redo(d, fk);
			}
		}
	}
}

static bool uses_retyped(const struct differ *d, const struct ptrvec *retyped,
			 const struct constraint *c, const struct index *ix);
static void retyped_columns(struct differ *d, const struct table *ot, const struct table *nt,
			    struct ptrvec *out);

static struct change *add_constraint_change(struct differ *d, const struct table *t,
					    const struct constraint *c)
{
	return diff_add(d, CH_ADD_CONSTRAINT, c->kind == CON_FOREIGN ? PH_ADD_FOREIGN_KEY : PH_ADD_CONSTRAINT,
	    t, c, NULL);
}

static bool uses_replaced(const struct ptrvec *replaced, const struct constraint *c,
			  const struct index *ix);

/* Is old object o dropped and created again (gone, or changed)? */
static bool object_redone(const struct differ *d, const struct dbobject *o)
{
	const struct dbobject *n = catalog_find_object(d->new, o->key);

	return !n || n->def[0] != o->def[0] || n->def[1] != o->def[1];
}

/*
 * Does an index (or constraint) use an operator class that is dropped and
 * created again, itself or with its family (DROP OPERATOR FAMILY takes its
 * classes)? PostgreSQL refuses to drop a class an index uses: the index
 * goes first and is built again after.
 */
static bool uses_redone_opclass(const struct differ *d, const struct ptrvec *elems)
{
	for (size_t i = 0; i < elems->n; i++) {
		const struct index_elem *e = elems->items[i];
		const char *dot = e->opclass ? strrchr(e->opclass, '.') : NULL;
		const char *name = dot ? dot + 1 : e->opclass;
		for (size_t j = 0; name && j < d->old->objects.n; j++) {
			const struct dbobject *o = d->old->objects.items[j];
			bool redone;
			if (o->kind != OBJ_OPCLASS || !str_eq(o->name.name, name) ||
			    (dot && strncmp(e->opclass, o->name.schema, (size_t)(dot - e->opclass))))
				continue;
			redone = object_redone(d, o);
			for (size_t k = 0; k < d->old->objects.n && !redone; k++) {
				const struct dbobject *f = d->old->objects.items[k];
				if (f->kind != OBJ_OPFAMILY)
					continue;
				for (size_t m = 0; m < o->deps.n; m++)
					if (str_eq(o->deps.items[m], object_provides(d->a, f)))
						redone = object_redone(d, f);
			}
			if (redone)
				return true;
		}
	}
	return false;
}

static void diff_constraints(struct differ *d, const struct table *ot, const struct table *nt)
{
	struct ptrvec retyped = { 0 }, replaced = { 0 };

	retyped_columns(d, ot, nt, &retyped);
	for (size_t i = 0; i < ot->columns.n; i++) {
		const struct column *oc = ot->columns.items[i];
		const struct column *nc = table_find_column(nt, oc->name);
		if (nc && diff_column_recreated(d, ot, nt, oc, nc))
			vec_push(&replaced, d->a, (void *)oc->name);
	}
	for (size_t i = 0; i < ot->constraints.n; i++) {
		const struct constraint *o = ot->constraints.items[i];
		const struct constraint *n = table_find_constraint(nt, o->name);
		if ((!n || !diff_constraint_equal(o, n) || fk_redone(d, o) ||
		     uses_retyped(d, &retyped, o, NULL) || uses_replaced(&replaced, o, NULL) ||
		     diff_key_calls_recalled(d, o, NULL) || diff_child_detached(d, &ot->name, o->name) ||
		     uses_redone_opclass(d, &o->elems) || (n->not_valid && !o->not_valid)) &&
		    !diff_goes_with_parent(d, ot, o, NULL))
			diff_add(d, CH_DROP_CONSTRAINT,
			    o->kind == CON_FOREIGN ? PH_DROP_FOREIGN_KEY : PH_DROP_CONSTRAINT, ot, o, NULL);
	}
	for (size_t i = 0; i < nt->constraints.n; i++) {
		const struct constraint *n = nt->constraints.items[i];
		const struct constraint *o = table_find_constraint(ot, n->name);
		if (o && diff_goes_with_parent(d, ot, o, NULL))
			o = NULL;	/* the parent's drop takes it: made again */
		if (!o || !diff_constraint_equal(o, n) || fk_redone(d, o) ||
		    uses_retyped(d, &retyped, o, NULL) || uses_replaced(&replaced, o, NULL) ||
		    diff_key_calls_recalled(d, o, NULL) || diff_child_detached(d, &ot->name, o->name) ||
		     uses_redone_opclass(d, &o->elems) || (n->not_valid && !o->not_valid)) {
			if (!diff_comes_from_parent(d, nt, n, NULL))
				add_constraint_change(d, nt, n)->only =
				    n->kind != CON_CHECK && n->kind != CON_FOREIGN && diff_creates_only(d, nt, NULL);
		} else if (o->not_valid && !n->not_valid) {
			diff_add(d, CH_VALIDATE_CONSTRAINT,
			    n->kind == CON_FOREIGN ? PH_ADD_FOREIGN_KEY : PH_ADD_CONSTRAINT, nt, n, NULL);
		}
	}
	for (size_t i = 0; i < ot->indexes.n; i++) {
		const struct index *o = ot->indexes.items[i];
		const struct index *n = table_find_index(nt, o->name);
		if ((!n || !diff_index_equal(o, n) || uses_retyped(d, &retyped, NULL, o) ||
		     uses_replaced(&replaced, NULL, o) || diff_key_calls_recalled(d, NULL, o) ||
		     diff_child_detached(d, &ot->name, o->name) || uses_redone_opclass(d, &o->elems)) &&
		    !diff_goes_with_parent(d, ot, NULL, o))
			diff_add(d, CH_DROP_INDEX, PH_DROP_INDEX, ot, o, NULL)->cascade =
			    key_attached(d->old, ot, o->name);
	}
	for (size_t i = 0; i < nt->indexes.n; i++) {
		const struct index *n = nt->indexes.items[i];
		const struct index *o = table_find_index(ot, n->name);
		bool made = false;
		if (o && diff_goes_with_parent(d, ot, NULL, o))
			o = NULL;	/* the parent's drop takes it: made again */
		if ((!o || !diff_index_equal(o, n) || uses_retyped(d, &retyped, NULL, o) ||
		     uses_replaced(&replaced, NULL, o) || diff_key_calls_recalled(d, NULL, o) ||
		     diff_child_detached(d, &ot->name, o->name) || uses_redone_opclass(d, &o->elems)) &&
		    !diff_comes_from_parent(d, nt, NULL, n)) {
			diff_add(d, CH_CREATE_INDEX, PH_CREATE_INDEX, nt, n, NULL)->only =
			    diff_creates_only(d, nt, n);
			made = true;
		}
		diff_attach_index(d, nt, n->name, n->parent, o ? o->parent : NULL, made);
	}
	for (size_t i = 0; i < nt->constraints.n; i++) {
		const struct constraint *n = nt->constraints.items[i];
		const struct constraint *o = table_find_constraint(ot, n->name);
		const struct index *oi = table_find_index(ot, n->name);
		if (n->kind != CON_PRIMARY && n->kind != CON_UNIQUE && n->kind != CON_EXCLUSION)
			continue;
		if (o && diff_goes_with_parent(d, ot, o, NULL)) {
			o = NULL;	/* the parent's drop takes it: made again */
			oi = NULL;
		}
		diff_attach_index(d, nt, n->name, n->parent, o ? o->parent : oi ? oi->parent : NULL,
			     !o || !diff_constraint_equal(o, n));
	}
}


static bool exprs_use(const struct ptrvec *cols, const struct expr *e)
{
	for (size_t i = 0; e && i < cols->n; i++)
		if (expr_uses_column(e, cols->items[i]))
			return true;
	return false;
}

static bool elems_use(const struct ptrvec *cols, const struct ptrvec *elems)
{
	for (size_t j = 0; j < elems->n; j++)
		if (exprs_use(cols, ((const struct index_elem *)elems->items[j])->expr))
			return true;
	return false;
}

/*
 * Does an expression of c or ix use one of the retyped columns, or a key
 * name a swapped collation? PostgreSQL keeps such expressions with the old
 * type's casts ('x'::old_enum, (qty)::numeric), and an explicit COLLATE
 * with the old collation, through ALTER TYPE, so they are created again.
 */
static bool uses_retyped(const struct differ *d, const struct ptrvec *retyped,
			 const struct constraint *c, const struct index *ix)
{
	const struct ptrvec *elems = c ? &c->elems : &ix->elems;

	/* an explicit COLLATE keeps the old collation through ALTER TYPE */
	for (size_t i = 0; i < elems->n; i++)
		if (diff_collation_swapped(d, ((const struct index_elem *)elems->items[i])->collation))
			return true;
	if (!retyped->n)
		return false;
	if (c)
		return exprs_use(retyped, c->check) || exprs_use(retyped, c->where) ||
		       elems_use(retyped, &c->elems);
	return exprs_use(retyped, ix->where) || elems_use(retyped, &ix->elems);
}

static bool names_any(const struct ptrvec *cols, const struct ptrvec *names)
{
	for (size_t i = 0; i < names->n; i++)
		for (size_t j = 0; j < cols->n; j++)
			if (str_eq(names->items[i], cols->items[j]))
				return true;
	return false;
}

/* Does c or ix use one of the columns that are dropped and added again
 * (diff_column_recreated)? Their drop takes it along: it is created again. */
static bool uses_replaced(const struct ptrvec *replaced, const struct constraint *c,
			  const struct index *ix)
{
	const struct ptrvec *elems = c ? &c->elems : &ix->elems;

	if (!replaced->n)
		return false;
	for (size_t i = 0; i < elems->n; i++) {
		const struct index_elem *e = elems->items[i];
		for (size_t j = 0; e->column && j < replaced->n; j++)
			if (str_eq(e->column, replaced->items[j]))
				return true;
	}
	if (names_any(replaced, c ? &c->include : &ix->include) ||
	    (c && (names_any(replaced, &c->columns) || exprs_use(replaced, c->check))))
		return true;
	return elems_use(replaced, elems) || exprs_use(replaced, c ? c->where : ix->where);
}

static const char *const integer_family[] = { "int2", "int4", "int8", NULL };

/*
 * Types between which PostgreSQL re-reads an expression without adding or
 * leaving casts: the integers among themselves, the strings among
 * themselves (a typmod change is the same type).
 */
static bool same_spelling_family(const struct typeref *o, const struct typeref *n)
{
	if (!str_eq(o->schema, "pg_catalog") || !str_eq(n->schema, "pg_catalog") ||
	    o->ndims != n->ndims)
		return false;
	return str_eq(o->name, n->name) ||
	       (str_in(o->name, integer_family) && str_in(n->name, integer_family)) ||
	       (str_in(o->name, diff_string_family) && str_in(n->name, diff_string_family));
}

/* Columns of a kept table whose type changes to one that can leave casts in
 * expressions, or whose enum type is swapped. */
static void retyped_columns(struct differ *d, const struct table *ot, const struct table *nt,
			    struct ptrvec *out)
{
	for (size_t i = 0; i < ot->columns.n; i++) {
		const struct column *o = ot->columns.items[i];
		const struct column *n = table_find_column(nt, o->name);
		if (!n)
			continue;
		if (diff_type_swapped(d, &o->type) || (!typeref_equal(&o->type, &n->type) &&
					       !same_spelling_family(&o->type, &n->type)))
			vec_push(out, d->a, (void *)o->name);
	}
}


/* ---- tables ----------------------------------------------------------- */

/* Does t hold the key fk references: a primary key or unique constraint on
 * its columns, or, when indexes is set, a plain unique index on them? Keys
 * listed in gone (NULL: none) do not count. */
static bool holds_key(const struct table *t, const struct constraint *fk, bool indexes,
		      const struct ptrvec *gone)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *k = t->constraints.items[i];
		if ((k->kind == CON_PRIMARY || k->kind == CON_UNIQUE) && same_key(fk, k) &&
		    !(gone && vec_has(gone, k)))
			return true;
	}
	for (size_t i = 0; indexes && i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		bool plain = ix->unique && !ix->where && ix->elems.n == fk->ref_columns.n &&
			     !(gone && vec_has(gone, ix));
		for (size_t j = 0; j < ix->elems.n && plain; j++) {
			const struct index_elem *e = ix->elems.items[j];
			bool found = false;
			for (size_t k = 0; e->column && k < fk->ref_columns.n && !found; k++)
				found = strcmp(fk->ref_columns.items[k], e->column) == 0;
			plain = found;
		}
		if (plain)
			return true;
	}
	return false;
}

/*
 * A foreign key of a new table whose referenced key does not exist when its
 * CREATE TABLE runs waits for that key, so it is added after the
 * constraints and indexes, not inline: a primary key or unique constraint
 * added to an existing table (on a column perhaps added too), or a key
 * that is only a unique index of a table created in this migration (new or
 * created again), since indexes come after every CREATE TABLE. A key that
 * is a constraint of a new table is created with it (order_tables).
 */
static bool key_is_new(struct differ *d, const struct constraint *fk)
{
	const struct table *ot, *nt;

	if (fk->kind != CON_FOREIGN)
		return false;
	ot = diff_find_table(d->old, &fk->ref_table);
	if (!ot || diff_is_recreated(d, &fk->ref_table)) {
		nt = diff_find_table(d->new, &fk->ref_table);
		return nt && !holds_key(nt, fk, false, NULL);
	}
	return !holds_key(ot, fk, true, NULL);
}

/*
 * What of a kept table a foreign key of a new table cannot stand on while
 * the CREATE TABLE runs: the old keys and unique indexes dropped before it
 * (a unique key turned into the primary key, an index built again), and
 * the columns whose type changes after it (the key is still of the old
 * type). Collected from the changes once they are recorded.
 */
static void keys_in_flux(struct differ *d, struct ptrvec *gone, struct ptrvec *retyped)
{
	for (size_t i = 0; i < d->out->items.n; i++) {
		const struct change *c = d->out->items.items[i];
		if (c->kind == CH_DROP_CONSTRAINT || c->kind == CH_DROP_INDEX)
			vec_push(gone, d->a, (void *)c->obj);
		else if (c->kind == CH_ALTER_COLUMN_TYPE || c->kind == CH_DROP_COLUMN)
			vec_push(retyped, d->a, (void *)c);
	}
}

/* Does fk reference a column of t that one of the changes retypes (or
 * drops, to add it again)? */
static bool references_retyped(const struct ptrvec *retyped, const struct table *t,
			       const struct constraint *fk)
{
	for (size_t i = 0; i < retyped->n; i++) {
		const struct change *c = retyped->items[i];
		const struct column *col = c->obj;
		if (!str_eq(c->table->name.schema, t->name.schema) ||
		    !str_eq(c->table->name.name, t->name.name))
			continue;
		for (size_t k = 0; k < fk->ref_columns.n; k++)
			if (str_eq(fk->ref_columns.items[k], col->name))
				return true;
	}
	return false;
}

/*
 * A foreign key of a new table to a kept table whose referenced key is not
 * there when the CREATE TABLE runs (keys_in_flux) waits for the key that
 * replaces it, exactly as an added foreign key does: it is taken out of
 * the CREATE TABLE and added after the constraints and indexes.
 */
static void defer_fks_to_keys_in_flux(struct differ *d, const struct ptrvec *creates)
{
	struct ptrvec gone = { 0 }, retyped = { 0 };

	keys_in_flux(d, &gone, &retyped);
	if (!gone.n && !retyped.n)
		return;
	for (size_t i = 0; i < creates->n; i++) {
		struct change *c = creates->items[i];
		const struct table *n = c->table;
		for (size_t j = 0; j < n->constraints.n; j++) {
			const struct constraint *fk = n->constraints.items[j];
			const struct table *ot;
			if (fk->kind != CON_FOREIGN || vec_has(&c->deferred, fk) ||
			    !(ot = diff_find_table(d->old, &fk->ref_table)) ||
			    diff_is_recreated(d, &fk->ref_table))
				continue;
			if (!holds_key(ot, fk, true, &gone) || references_retyped(&retyped, ot, fk)) {
				vec_push(&c->deferred, d->a, (void *)fk);
				add_constraint_change(d, n, fk);
			}
		}
	}
}

/*
 * Does an inheritance child of t (INHERITS, not a partition) keep column
 * name as its own in the new catalog? Dropping the column from t would
 * drop it from a child that has it from t only; ALTER TABLE ONLY drops it
 * from t alone and leaves the children's defined locally (ALTER TABLE,
 * DROP COLUMN), which is what the new catalog says.
 */
static bool child_keeps_column(const struct differ *d, const struct table *t, const char *name)
{
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *c = d->new->tables.items[i];
		const struct column *cc;
		bool child = false;
		for (size_t j = 0; j < c->inherits.n && !child; j++) {
			const struct qname *q = c->inherits.items[j];
			child = str_eq(q->schema, t->name.schema) && str_eq(q->name, t->name.name);
		}
		if (child && (cc = table_find_column(c, name)) && !cc->inherited_only &&
		    diff_find_table(d->old, &c->name))
			return true;
	}
	return false;
}

/*
 * Does column col of new table n, which has no default of its own, get one
 * from a parent when CREATE TABLE ... INHERITS merges it with the parent's
 * column? PostgreSQL gives a merged column the parent's default; a table
 * that was made first and attached by ALTER TABLE ... INHERIT kept none.
 * The parent's default in either catalog counts: dropping a default that
 * is not there is no error.
 */
static bool inherits_default(const struct differ *d, const struct table *n, const struct column *col)
{
	if (col->inherited_only || col->def || col->generated || col->identity)
		return false;
	for (size_t i = 0; i < n->inherits.n; i++) {
		const struct catalog *cats[2] = { d->new, d->old };
		for (size_t k = 0; k < 2; k++) {
			const struct table *p = diff_find_table(cats[k], n->inherits.items[i]);
			const struct column *pc = p ? table_find_column(p, col->name) : NULL;
			if (pc && pc->def && !pc->generated && !pc->identity)
				return true;
		}
	}
	return false;
}

/*
 * Is new table n, which inherits, to be made standalone: without INHERITS, its
 * parents attached after (ALTER TABLE ... INHERIT)? CREATE TABLE ...
 * INHERITS puts the parents' columns first, in the parents' order, then
 * its own, and gives a merged column the parent's default; a table made
 * first and attached later keeps its own order and no default. Only where
 * every column and constraint is the table's own (attaching needs them
 * there already, and keeps them local), and the order or a default differs.
 */
static bool inherits_standalone(const struct differ *d, const struct table *n)
{
	size_t k = 0;
	bool differs = false;

	if (!n->inherits.n || n->partition_of.name)
		return false;
	for (size_t i = 0; i < n->columns.n; i++) {
		const struct column *c = n->columns.items[i];
		if (c->inherited_only)
			return false;
		differs = differs || inherits_default(d, n, c);
	}
	for (size_t i = 0; i < n->constraints.n; i++)
		if (diff_comes_from_parent(d, n, n->constraints.items[i], NULL))
			return false;
	/* the order INHERITS makes: each parent's columns, then the rest */
	for (size_t i = 0; i < n->inherits.n && !differs; i++) {
		const struct table *p = diff_find_table(d->new, n->inherits.items[i]);
		for (size_t j = 0; p && j < p->columns.n && !differs; j++) {
			const struct column *pc = p->columns.items[j];
			bool seen = false;
			for (size_t x = 0; x < k && !seen; x++)
				seen = str_eq(((const struct column *)n->columns.items[x])->name, pc->name);
			if (seen)
				continue;
			differs = k >= n->columns.n ||
				  !str_eq(((const struct column *)n->columns.items[k])->name, pc->name);
			k++;
		}
	}
	return differs;
}

static int cmp_tables(const void *a, const void *b)
{
	const struct table *x = *(const struct table *const *)a;
	const struct table *y = *(const struct table *const *)b;
	int c = strcmp(x->name.schema, y->name.schema);
	return c ? c : strcmp(x->name.name, y->name.name);
}

/* The base order of tables: schema, name. */
static void sort_tables(struct ptrvec *v)
{
	if (v->n > 1)
		qsort(v->items, v->n, sizeof(*v->items), cmp_tables);
}

static const char *added_key(struct differ *d, const struct table *t, const char *name)
{
	return arena_printf(d->a, "%p\x1f%s", (const void *)t, name);
}

/*
 * A column added before columns the table keeps: PostgreSQL appends it
 * (ALTER TABLE ... ADD COLUMN has no position), and schemac does not
 * rebuild a table to move one (README, "Column order is not compared"),
 * so the person reading is told where it lands.
 */
static void note_appended_columns(struct differ *d)
{
	struct map *added = NULL;	/* added_key() of each added column */

	for (size_t i = 0; i < d->out->items.n; i++) {
		const struct change *c = d->out->items.items[i];
		if (c->kind != CH_ADD_COLUMN)
			continue;
		if (!added)
			added = map_new(d->a);
		map_put(added, added_key(d, c->table, ((const struct column *)c->obj)->name), (void *)c);
	}
	for (size_t i = 0; added && i < d->out->items.n; i++) {
		struct change *c = d->out->items.items[i];
		const struct column *col = c->obj;
		const struct table *t = c->table;
		bool seen = false;
		if (c->kind != CH_ADD_COLUMN || c->hint)
			continue;
		for (size_t k = 0; k < t->columns.n && !c->hint; k++) {
			const struct column *later = t->columns.items[k];
			if (later == col)
				seen = true;
			else if (seen && !later->inherited_only &&
				 !map_get(added, added_key(d, t, later->name)))
				c->hint = arena_printf(d->a,
					"column %s.%s is added at the end of the table, not before %s as in the schema: PostgreSQL appends new columns, and schemac does not rebuild a table to move one",
					t->name.name, col->name, later->name);
		}
	}
}

/*
 * Is the old partitioned table q (or one it is a partition of) referenced
 * by a foreign key? PostgreSQL keeps such a key on each partition of the
 * referenced side, so a partition of it cannot be dropped while attached.
 */
static bool referenced_tree(struct differ *d, struct map *by_target, const struct qname *q)
{
	for (int depth = 0; q && q->name && depth < 64; depth++) {
		const struct table *t = diff_find_table(d->old, q);
		if (map_get(by_target, table_key(d, q)))
			return true;
		q = t ? &t->partition_of : NULL;
	}
	return false;
}

/* Partitions that go while their parent stays, the parent referenced by a
 * foreign key: detached first (ALTER TABLE ... DETACH PARTITION), then
 * dropped, as DROP TABLE of an attached one fails. */
static void detach_referenced_partitions(struct differ *d, const struct ptrvec *dropped)
{
	struct map *by_target = NULL;

	for (size_t i = 0; i < dropped->n; i++) {
		const struct table *o = dropped->items[i];
		const struct table *np;
		if (!o->partition_of.name || !(np = diff_find_table(d->new, &o->partition_of)) ||
		    !diff_find_table(d->old, &o->partition_of) ||
		    diff_is_recreated(d, &o->partition_of) || !diff_managed(d, np->name.schema))
			continue;
		if (!by_target)
			by_target = fks_by_target(d);
		if (referenced_tree(d, by_target, &o->partition_of))
			diff_add(d, CH_DETACH_PARTITION, PH_DETACH, o, o, NULL);
	}
}

/*
 * Is new partition n (of a kept parent) to be made standalone and attached?
 * When one of its keys is attached to a kept plain index of the parent:
 * CREATE TABLE ... PARTITION OF makes the parent's indexes in the partition
 * first, as indexes, and the key then gets an index of its own; ATTACH
 * PARTITION adopts the key's index instead, which is what the target says.
 */
static bool partition_standalone(const struct differ *d, const struct table *n)
{
	const struct table *pn, *po;

	if (!n->partition_of.name || !(pn = diff_find_table(d->new, &n->partition_of)) ||
	    !(po = diff_find_table(d->old, &n->partition_of)) ||
	    diff_is_recreated(d, &n->partition_of))
		return false;
	for (size_t i = 0; i < n->constraints.n; i++) {
		const struct constraint *k = n->constraints.items[i];
		const struct index *pi, *oi;
		if ((k->kind != CON_PRIMARY && k->kind != CON_UNIQUE) || !k->parent ||
		    !(pi = table_find_index(pn, k->parent)) || !(oi = table_find_index(po, k->parent)))
			continue;
		if (diff_index_equal(oi, pi))
			return true;
	}
	return false;
}

void diff_tables(struct differ *d, struct ptrvec *serials)
{
	struct ptrvec created = { 0 }, dropped = { 0 }, deferred = { 0 };
	struct ptrvec added = { 0 };	/* new tables not in old, for rename hints */
	struct ptrvec creates = { 0 };	/* their CH_CREATE_TABLE changes */

	collect_fk_redo(d);
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		if ((!diff_find_table(d->new, &o->name) || diff_is_recreated(d, &o->name)) &&
		    diff_managed(d, o->name.schema))
			vec_push(&dropped, d->a, (void *)o);
	}
	/* drop referencing tables before the tables they reference */
	sort_tables(&dropped);
	order_tables(&dropped, &deferred, d->a);
	/* a foreign key to a partitioned table also depends on each of its
	 * partitions: when one goes before the key's table does (tables go
	 * from the end of dropped), the key is dropped first, as a key on a
	 * cycle is */
	for (size_t j = 0; j < dropped.n; j++) {
		const struct table *t = dropped.items[j];
		for (size_t k = 0; k < t->constraints.n; k++) {
			const struct constraint *fk = t->constraints.items[k];
			bool before = false;
			for (size_t x = j + 1; fk->kind == CON_FOREIGN && x < dropped.n && !before; x++) {
				const struct table *p = dropped.items[x];
				before = p->partition_of.name &&
					 str_eq(p->partition_of.schema, fk->ref_table.schema) &&
					 str_eq(p->partition_of.name, fk->ref_table.name);
			}
			if (before && !vec_has(&deferred, fk))
				vec_push(&deferred, d->a, (void *)fk);
		}
	}
	/* a partition kept and let go takes its parent's foreign keys */
	for (size_t j = 0; j < dropped.n; j++) {
		const struct table *t = dropped.items[j];
		for (size_t k = 0; t->partkey && k < t->constraints.n; k++) {
			const struct constraint *fk = t->constraints.items[k];
			if (fk->kind == CON_FOREIGN && !vec_has(&deferred, fk) && diff_loses_partition(d, t))
				vec_push(&deferred, d->a, (void *)fk);
		}
	}
	for (size_t i = 0; i < deferred.n; i++) {
		const struct constraint *fk = deferred.items[i];
		for (size_t j = 0; j < dropped.n; j++)
			if (table_find_constraint(dropped.items[j], fk->name) == fk)
				diff_add(d, CH_DROP_CONSTRAINT, PH_DROP_FOREIGN_KEY, dropped.items[j], fk, NULL);
	}
	detach_referenced_partitions(d, &dropped);
	for (size_t i = 0; dropped.n && i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if (!diff_find_table(d->old, &n->name))
			vec_push(&added, d->a, (void *)n);
	}
	for (size_t i = dropped.n; i-- > 0;) {
		const struct table *o = dropped.items[i];
		struct change *c = diff_add(d, CH_DROP_TABLE, PH_DROP_TABLE, o, o, NULL);
		c->rank = (int)(dropped.n - i);
		c->destructive = arena_printf(d->a, !diff_is_recreated(d, &o->name)
					      ? "table %s and all its rows"
					      : diff_partkey_swapped(d, o)
					      ? "table %s and all its rows (created again: its partition key uses a type or collation that is replaced, which PostgreSQL cannot change under a key)"
					      : "table %s and all its rows (created again: its partitioning changes)",
					      o->name.name);
		for (size_t k = 0; k < added.n && !c->hint && !diff_is_recreated(d, &o->name); k++) {
			const struct table *n = added.items[k];
			if (str_eq(n->name.schema, o->name.schema) && n->columns.n == o->columns.n)
				c->hint = arena_printf(d->a,
					"if %s is %s renamed, write `-- schemac:renamed-from %s` on the line before its CREATE TABLE",
					n->name.name, o->name.name, o->name.name);
		}
	}

	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if ((!diff_find_table(d->old, &n->name) || diff_is_recreated(d, &n->name)) &&
		    diff_managed(d, n->name.schema))
			vec_push(&created, d->a, (void *)n);
	}
	memset(&deferred, 0, sizeof(deferred));
	sort_tables(&created);
	order_tables(&created, &deferred, d->a);
	for (size_t i = 0; i < created.n; i++) {
		const struct table *n = created.items[i];
		struct change *c = diff_add(d, CH_CREATE_TABLE, PH_CREATE_TABLE, n, n, NULL);
		c->rank = (int)i;
		c->old = diff_parent_table(d->new, n);
		vec_push(&creates, d->a, c);
		if ((c->standalone = partition_standalone(d, n)))
			diff_add(d, CH_ATTACH_PARTITION, PH_ATTACH, n, n, NULL);
		for (size_t j = 0; j < n->constraints.n; j++) {
			const struct constraint *con = n->constraints.items[j];
			/* standalone, what the attach adopts or checks for is
			 * printed: a key adopted by an index, the parent's checks */
			bool printed = c->standalone && con->kind != CON_FOREIGN &&
				       !(con->parent && table_find_constraint(c->old, con->parent));
			if (!printed && diff_comes_from_parent(d, n, con, NULL)) {
				vec_push(&c->deferred, d->a, (void *)con);	/* not printed */
				continue;
			}
			if (vec_has(&deferred, con) || con->not_valid || key_is_new(d, con)) {
				vec_push(&c->deferred, d->a, (void *)con);
				add_constraint_change(d, n, con);
			}
		}
		for (size_t j = 0; j < serials->n; j++)
			if (table_find_column(n, ((struct column *)serials->items[j])->name) == serials->items[j])
				vec_push(&c->serials, d->a, serials->items[j]);
		if (!n->partition_of.name)
			c->standalone = inherits_standalone(d, n);
		for (size_t j = 0; !n->partition_of.name && c->standalone && j < n->inherits.n; j++)
			diff_add(d, CH_ADD_INHERIT, PH_ATTACH, n, n->inherits.items[j], NULL);
		for (size_t j = 0; !c->standalone && j < n->columns.n; j++)
			if (inherits_default(d, n, n->columns.items[j]))
				diff_add(d, CH_DROP_DEFAULT, PH_ALTER_COLUMN, n, n->columns.items[j], NULL);
		for (size_t j = 0; j < n->indexes.n; j++) {
			const struct index *ix = n->indexes.items[j];
			if (diff_comes_from_parent(d, n, NULL, ix))
				continue;
			diff_add(d, CH_CREATE_INDEX, PH_CREATE_INDEX, n, ix, NULL)->only =
			    diff_creates_only(d, n, ix);
			diff_attach_index(d, n, ix->name, ix->parent, NULL, true);
		}
		/* a new partition's key attached to its parent's index (made ON
		 * ONLY) as the index is: ALTER INDEX ... ATTACH PARTITION */
		for (size_t j = 0; j < n->constraints.n; j++) {
			const struct constraint *con = n->constraints.items[j];
			if ((con->kind == CON_PRIMARY || con->kind == CON_UNIQUE ||
			     con->kind == CON_EXCLUSION) && !diff_comes_from_parent(d, n, con, NULL))
				diff_attach_index(d, n, con->name, con->parent, NULL, true);
		}
		diff_new_table_column_options(d, n);
		table_comments(d, NULL, n);
	}

	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		const struct table *o = diff_find_table(d->old, &n->name);
		const struct table *po, *pn;
		if (!o || !diff_managed(d, n->name.schema) || diff_is_recreated(d, &n->name))
			continue;
		diff_cascade_parent(d, o, n, &po, &pn);
		diff_table_links(d, o, n);
		if (o->unlogged != n->unlogged)
			diff_add(d, CH_SET_LOGGED, PH_ALTER_COLUMN, n, n, NULL);
		for (size_t j = 0; j < o->columns.n; j++) {
			const struct column *oc = o->columns.items[j];
			if (po && table_find_column(po, oc->name) && !table_find_column(pn, oc->name))
				continue;	/* dropped with the parent's */
			if (!table_find_column(n, oc->name)) {
				struct change *c = diff_add(d, CH_DROP_COLUMN, PH_DROP_COLUMN, o, oc, NULL);
				c->only = child_keeps_column(d, n, oc->name);
				c->destructive = arena_printf(d->a, "column %s.%s and its data",
							      o->name.name, oc->name);
				for (size_t k = 0; k < n->columns.n && !c->hint; k++) {
					const struct column *nc = n->columns.items[k];
					if (!table_find_column(o, nc->name) &&
					    typeref_equal(&nc->type, &oc->type))
						c->hint = arena_printf(d->a,
							"if %s.%s is %s renamed, write `-- schemac:renamed-from %s` on the line before it in the schema",
							n->name.name, nc->name, oc->name, oc->name);
				}
			}
		}
		for (size_t j = 0; j < n->columns.n; j++) {
			const struct column *nc = n->columns.items[j];
			const struct column *oc = table_find_column(o, nc->name);
			if (!oc && pn && table_find_column(pn, nc->name) && !table_find_column(po, nc->name))
				continue;	/* added with the parent's */
			if (!oc) {
				struct change *c = diff_add(d, CH_ADD_COLUMN, PH_ALTER_COLUMN, n, nc, NULL);
				for (size_t k = 0; k < serials->n; k++)
					if (serials->items[k] == nc)
						vec_push(&c->serials, d->a, (void *)nc);
				diff_column_options(d, n, NULL, nc);
			} else {
				oc = diff_after_parent(d, po, pn, oc);
				diff_column(d, o, n, oc, nc);
				diff_column_options(d, n, oc, nc);
			}
		}
		diff_convert_swapped(d, o, n);
		diff_constraints(d, o, n);
		table_comments(d, o, n);
	}
	defer_fks_to_keys_in_flux(d, &creates);
	note_appended_columns(d);
}
