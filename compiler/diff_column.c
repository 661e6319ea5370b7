/*
 * diff_column.c - the columns of a kept table: type changes (the USING
 * they need, what they lose), identity, defaults, options; the tables
 * made again because a column cannot change in place; and what an
 * inheritance or partition parent gives its children, so that a change
 * recursing from the parent is not made twice.
 */
#include "diff_int.h"
#include "build.h"
#include "cast.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- columns ---------------------------------------------------------- */

static const char *const numeric_family[] = { "int2", "int4", "int8", "float4", "float8",
					       "numeric", NULL };
const char *const diff_string_family[] = { "text", "varchar", "bpchar", NULL };

/* Does PostgreSQL need USING for this type change (no assignment cast)? */
static bool needs_using(const struct typeref *o, const struct typeref *n)
{
	enum cast_context c = cast_context(o, n);
	return c != CAST_ASSIGNMENT && c != CAST_IMPLICIT;
}

static int typmod_scale(const char *mods)
{
	const char *comma = mods ? strchr(mods, ',') : NULL;
	return comma ? atoi(comma + 1) : 0;
}

static int typmod_first(const char *mods)
{
	return mods && mods[0] == '(' ? atoi(mods + 1) : -1;
}

const char *diff_type_change_loss(struct differ *d, const char *owner, const struct column *o,
				  const struct column *n)
{
	const struct typeref *ot = &o->type, *nt = &n->type;
	const char *what = NULL;

	if (needs_using(ot, nt))
		what = "values are converted with a cast; values that do not convert fail the migration";
	else if (str_eq(nt->name, "numeric") && str_eq(ot->name, "numeric") &&
		 nt->mods && (!ot->mods || typmod_scale(nt->mods) < typmod_scale(ot->mods) ||
			      typmod_first(nt->mods) < typmod_first(ot->mods)))
		what = "numbers are rounded to the new precision";
	else if (str_in(ot->name, numeric_family) &&
		 (str_eq(nt->name, "int2") || str_eq(nt->name, "int4") || str_eq(nt->name, "int8")) &&
		 (str_eq(ot->name, "numeric") || str_eq(ot->name, "float4") || str_eq(ot->name, "float8")))
		what = "fractions are rounded away";
	else if ((str_eq(ot->name, "timestamp") || str_eq(ot->name, "timestamptz")) &&
		 str_eq(nt->name, "date"))
		what = "the time of day is lost";
	else if (str_eq(ot->name, nt->name) && nt->mods && ot->mods &&
		 typmod_first(nt->mods) < typmod_first(ot->mods) &&
		 (str_eq(nt->name, "varchar") || str_eq(nt->name, "bpchar")))
		what = "longer values fail the migration";
	if (!what)
		return NULL;
	return arena_printf(d->a, "column %s.%s changes type: %s", owner, n->name, what);
}

const char *diff_using_cast(struct differ *d, const struct column *c, bool via_text)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_ident(&sb, c->name);
	if (via_text)
		sb_adds(&sb, c->type.ndims ? "::text[]" : "::text");
	sb_adds(&sb, "::");
	sb_type(&sb, &c->type);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* The old identity parameters after PostgreSQL follows a column type change. */
static struct seqopts identity_after_type(const struct seqopts *o, const char *astype)
{
	struct seqopts r = *o, od, nd;

	if (str_eq(o->astype, astype))
		return r;
	seqopts_defaults(&od, o->astype, o->increment);
	seqopts_defaults(&nd, astype, o->increment);
	r.astype = astype;
	if (r.maxvalue == od.maxvalue)
		r.maxvalue = nd.maxvalue;
	if (r.minvalue == od.minvalue)
		r.minvalue = nd.minvalue;
	return r;
}

bool diff_column_retyped(const struct differ *d, const struct column *oc,
		    const struct column *nc)
{
	return !typeref_equal(&oc->type, &nc->type) || !str_eq(oc->collation, nc->collation) ||
	       diff_type_swapped(d, &oc->type) || diff_collation_swapped(d, oc->collation);
}

/*
 * Does expression e (of kept table ot, nt in the new catalog) use a column
 * whose type or collation changes or is swapped? PostgreSQL refuses ALTER
 * COLUMN ... TYPE under a generated column: one over such a column is
 * dropped, and added again after the change.
 */
static bool uses_changed_column(const struct differ *d, const struct table *ot,
				const struct table *nt, const struct expr *e)
{
	for (size_t i = 0; e && i < ot->columns.n; i++) {
		const struct column *oc = ot->columns.items[i];
		const struct column *nc = table_find_column(nt, oc->name);
		if (nc && diff_column_retyped(d, oc, nc) && expr_uses_column(e, oc->name))
			return true;
	}
	return false;
}

/* Is kept column o (n in the new catalog) dropped and added again, its
 * type changing to one PostgreSQL has no cast to (and no schemac:using)? */
static bool column_replaced(const struct column *o, const struct column *n)
{
	return !typeref_equal(&o->type, &n->type) && !n->using_expr && !o->generated &&
	       !n->generated && cast_context(&o->type, &n->type) == CAST_NONE;
}

bool diff_column_recreated(const struct differ *d, const struct table *ot,
		      const struct table *nt, const struct column *o, const struct column *n)
{
	if (column_replaced(o, n))
		return true;
	return n->generated && (!o->generated || !expr_equal(o->def, n->def) ||
				uses_changed_column(d, ot, nt, n->def));
}

void diff_column(struct differ *d, const struct table *ot, const struct table *t,
		 const struct column *o, const struct column *n)
{
	if (diff_type_swapped(d, &o->type) && typeref_equal(&o->type, &n->type)) {
		/* convert_swapped_columns() converts it, default and all */
		if (o->not_null != n->not_null)
			diff_add(d, n->not_null ? CH_SET_NOT_NULL : CH_DROP_NOT_NULL, PH_POST_ALTER_COLUMN,
			    t, n, NULL);
		return;
	}
	bool type_changed = !typeref_equal(&o->type, &n->type) || !str_eq(o->collation, n->collation);
	bool using = type_changed && (needs_using(&o->type, &n->type) || n->using_expr);
	bool default_changed = !expr_equal(o->def, n->def);
	bool default_dropped = false;
	struct change *c;

	bool over_changed = n->generated && uses_changed_column(d, ot, t, n->def);

	if (o->generated != n->generated || (n->generated && (default_changed || over_changed))) {
		if (o->generated && !n->generated) {
			diff_add(d, CH_DROP_EXPRESSION, PH_PRE_ALTER_COLUMN, t, o, NULL);
			default_dropped = true;
		} else {
			/* the expression of a stored generated column cannot change in
			 * place, nor the type of a column under it */
			c = diff_add(d, CH_DROP_COLUMN, PH_DROP_COLUMN, t, o, NULL);
			if (!o->generated)
				c->destructive = arena_printf(d->a, "column %s.%s and its data (replaced by a generated column)",
							      t->name.name, o->name);
			diff_add(d, CH_ADD_COLUMN, over_changed ? PH_POST_ALTER_COLUMN : PH_ALTER_COLUMN,
				 t, n, NULL);
			return;
		}
	}
	if (column_replaced(o, n)) {
		/* no cast: ALTER COLUMN ... TYPE would fail whatever the data */
		c = diff_add(d, CH_DROP_COLUMN, PH_DROP_COLUMN, t, o, NULL);
		c->destructive = arena_printf(d->a, "column %s.%s and its data (PostgreSQL has no cast from its type to the new one)",
					      t->name.name, o->name);
		c->hint = arena_printf(d->a, "to convert the values of %s.%s instead, write `-- schemac:using EXPR` (over the old column) on the line before it in the schema",
				       t->name.name, n->name);
		diff_add(d, CH_ADD_COLUMN, PH_ALTER_COLUMN, t, n, NULL);
		return;
	}
	if (o->identity && (!n->identity || !str_eq(o->identity_seq->name.name, n->identity_seq->name.name))) {
		diff_add(d, CH_DROP_IDENTITY, PH_PRE_ALTER_COLUMN, t, o, NULL);
		default_dropped = true;	/* identity is the default */
	}
	if (o->def && !o->generated && !default_dropped && default_changed &&
	    diff_default_loses_sequence(d, o->def)) {
		/* before the sequence it calls goes with its owner */
		diff_add(d, CH_DROP_DEFAULT, PH_RELEASE_SEQUENCE, t, o, NULL);
		default_dropped = true;
	}
	if (o->def && !o->generated && !default_dropped && diff_calls_recalled(d, o->def)) {
		/* before the function it calls is dropped and made again */
		diff_add(d, CH_DROP_DEFAULT, PH_DROP_CONSTRAINT, t, o, NULL);
		default_dropped = true;
	}
	if (o->def && !o->generated && (using || (default_changed && !n->def)) &&
	    !default_dropped) {
		diff_add(d, CH_DROP_DEFAULT, using ? PH_PRE_ALTER_COLUMN : PH_ALTER_COLUMN, t, o, NULL);
		default_dropped = true;
	}
	if (type_changed) {
		c = diff_add(d, CH_ALTER_COLUMN_TYPE, PH_ALTER_COLUMN, t, n, o);
		/* user types (enums) convert to and from other types through text */
		if (n->using_expr)
			c->text = n->using_expr;
		else if (using)
			c->text = diff_using_cast(d, n, !str_eq(o->type.schema, "pg_catalog") ||
						   !str_eq(n->type.schema, "pg_catalog"));
		c->destructive = n->using_expr
			? arena_printf(d->a, "column %s.%s changes type: values are converted by its schemac:using expression; values it cannot convert fail the migration",
				       t->name.name, n->name)
			: diff_type_change_loss(d, t->name.name, o, n);
	}
	/* a default keeps the old type's constants ('x'::character varying)
	 * through ALTER TYPE: set it again, as the new schema spells it */
	if (type_changed && n->def && !n->generated && !default_dropped &&
	    n->def->kind != PG_QUERY__NODE__NODE_FUNC_CALL &&
	    n->def->kind != PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION)
		default_changed = true;
	if (n->def && !n->generated && (default_changed || (default_dropped && !n->identity)))
		diff_add(d, CH_SET_DEFAULT, using ? PH_POST_ALTER_COLUMN : PH_ALTER_COLUMN, t, n, NULL);
	if (o->not_null != n->not_null)
		diff_add(d, n->not_null ? CH_SET_NOT_NULL : CH_DROP_NOT_NULL, PH_ALTER_COLUMN, t, n, NULL);
	if (n->identity) {
		if (!o->identity || !str_eq(o->identity_seq->name.name, n->identity_seq->name.name)) {
			diff_add(d, CH_ADD_IDENTITY, PH_POST_ALTER_COLUMN, t, n, NULL);
		} else {
			struct seqopts oo = identity_after_type(&o->identity_seq->opts,
								n->identity_seq->opts.astype);
			if (o->identity != n->identity || !diff_seqopts_equal(&oo, &n->identity_seq->opts))
				diff_add(d, CH_SET_IDENTITY, PH_POST_ALTER_COLUMN, t, n, o);
		}
	}
}

/* ---- partitions, inheritance and options -------------------------------- */

bool diff_is_recreated(const struct differ *d, const struct qname *q)
{
	for (size_t i = 0; i < d->recreated.n; i++) {
		const struct table *t = d->recreated.items[i];
		if (str_eq(t->name.schema, q->schema) && str_eq(t->name.name, q->name))
			return true;
	}
	return false;
}

bool diff_partkey_swapped(const struct differ *d, const struct table *t)
{
	for (size_t i = 0; t->partkey && i < t->partkey->elems.n; i++) {
		const struct index_elem *e = t->partkey->elems.items[i];
		const struct column *c = e->column ? table_find_column(t, e->column) : NULL;
		if (diff_collation_swapped(d, e->collation) ||
		    (c && (diff_type_swapped(d, &c->type) || diff_collation_swapped(d, c->collation))))
			return true;
	}
	return false;
}

void diff_mark_recreated(struct differ *d)
{
	bool more = true;

	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		const struct table *n = diff_find_table(d->new, &o->name);
		if (n && diff_managed(d, o->name.schema) &&
		    (!partkey_equal(o->partkey, n->partkey) || diff_partkey_swapped(d, o)))
			vec_push(&d->recreated, d->a, (void *)o);
	}
	while (more) {
		more = false;
		for (size_t i = 0; i < d->old->tables.n; i++) {
			const struct table *o = d->old->tables.items[i];
			const struct table *n = diff_find_table(d->new, &o->name);
			if (n && o->partition_of.name && n->partition_of.name &&
			    diff_is_recreated(d, &o->partition_of) && !diff_is_recreated(d, &o->name)) {
				vec_push(&d->recreated, d->a, (void *)o);
				more = true;
			}
		}
	}
}

bool diff_same_parent(const struct qname *x, const struct qname *y)
{
	return x->name && y->name && str_eq(x->schema, y->schema) && str_eq(x->name, y->name);
}

static bool inherits_from(const struct table *t, const struct qname *q)
{
	for (size_t i = 0; i < t->inherits.n; i++)
		if (diff_same_parent(t->inherits.items[i], q))
			return true;
	return false;
}

bool diff_attached_now(const struct differ *d, const struct table *nt)
{
	const struct table *ot = diff_find_table(d->old, &nt->name);

	if (!nt->partition_of.name)
		return false;
	return !ot || diff_is_recreated(d, &nt->name) || !diff_same_parent(&ot->partition_of, &nt->partition_of) ||
	       !partbound_equal(ot->bound, nt->bound) || diff_is_recreated(d, &nt->partition_of);
}

/*
 * The parent (old and new) whose ALTER TABLE commands recurse into the kept
 * table ot/nt: a partition attached throughout, or an inheritance child of
 * the same kept parent. *po and *pn get it, or NULL.
 */
void diff_cascade_parent(const struct differ *d, const struct table *ot, const struct table *nt,
			 const struct table **po, const struct table **pn)
{
	const struct qname *q = NULL;

	*po = *pn = NULL;
	if (nt->partition_of.name && !diff_attached_now(d, nt))
		q = &nt->partition_of;
	for (size_t i = 0; !q && i < nt->inherits.n; i++)
		if (inherits_from(ot, nt->inherits.items[i]))
			q = nt->inherits.items[i];
	if (!q || diff_is_recreated(d, q))
		return;
	*po = diff_find_table(d->old, q);
	*pn = diff_find_table(d->new, q);
	if (!*po || !*pn)
		*po = *pn = NULL;
}

/* Is the key or index `name` of parent t (of one catalog) missing or
 * different in catalog other, or is t recreated? */
static bool parent_part_changes(const struct differ *d, const struct table *t,
				const struct catalog *other, const char *name)
{
	const struct table *u = diff_find_table(other, &t->name);
	const struct constraint *c;
	const struct index *ix;

	if (!u || diff_is_recreated(d, &t->name))
		return true;
	if ((c = table_find_constraint(t, name)) != NULL) {
		const struct constraint *uc = table_find_constraint(u, name);
		return !uc || !diff_constraint_equal(uc, c) ||
		       diff_key_calls_recalled(d, other == d->new ? c : uc, NULL) ||
		       diff_child_detached(d, &t->name, name);
	}
	if ((ix = table_find_index(t, name)) != NULL) {
		const struct index *ui = table_find_index(u, name);
		return !ui || !diff_index_equal(ui, ix) ||
		       diff_key_calls_recalled(d, NULL, other == d->new ? ix : ui) ||
		       diff_child_detached(d, &t->name, name);
	}
	return false;
}

/* Does the parent key or index `name` of the new parent come into being in
 * this migration (so that PostgreSQL creates the partition's copy)? */
static bool parent_part_created(const struct differ *d, const struct table *pn, const char *name)
{
	return parent_part_changes(d, pn, d->old, name);
}

/* Does the old parent's key or index `name` go in this migration? */
static bool parent_part_dropped(const struct differ *d, const struct table *po, const char *name)
{
	return parent_part_changes(d, po, d->new, name);
}

const struct table *diff_parent_table(const struct catalog *cat, const struct table *t)
{
	return t->partition_of.name ? diff_find_table(cat, &t->partition_of) : NULL;
}

/* A check constraint the table has from a parent (same name there). */
static bool inherited_check(const struct catalog *cat, const struct table *t,
			    const struct constraint *c)
{
	const struct table *p;

	if (c->kind != CON_CHECK)
		return false;
	if ((p = diff_parent_table(cat, t)) != NULL && table_find_constraint(p, c->name))
		return true;
	for (size_t i = 0; i < t->inherits.n; i++)
		if ((p = diff_find_table(cat, t->inherits.items[i])) != NULL &&
		    table_find_constraint(p, c->name))
			return true;
	return false;
}

/*
 * Does PostgreSQL make partition nt's key or index attached to `parent`
 * (of nt's new parent pn) itself: a recursive CREATE of the parent's, made
 * now, or the parent's kept one copied when nt is created or attached now?
 * A parent's made ON ONLY reaches no partition: each one's is made and
 * attached by name.
 */
static bool parent_makes_part(const struct differ *d, const struct table *nt,
			      const struct table *pn, const char *parent)
{
	if (parent_part_created(d, pn, parent))
		return !diff_creates_only(d, pn, table_find_index(pn, parent));
	return diff_attached_now(d, nt);
}

bool diff_comes_from_parent(const struct differ *d, const struct table *nt,
		       const struct constraint *c, const struct index *ix)
{
	const struct table *pn = diff_parent_table(d->new, nt), *po, *pn2;
	const char *parent = c ? c->parent : ix->parent;

	if (parent && pn)
		return parent_makes_part(d, nt, pn, parent);
	if (c && inherited_check(d->new, nt, c)) {
		const struct table *ot = diff_find_table(d->old, &nt->name);
		if (!ot || diff_is_recreated(d, &nt->name))
			return true;	/* PARTITION OF and INHERITS copy checks */
		diff_cascade_parent(d, ot, nt, &po, &pn2);
		return pn2 && table_find_constraint(pn2, c->name) &&
		       (!table_find_constraint(po, c->name) ||
			parent_part_created(d, pn2, c->name));
	}
	return false;
}

void diff_attach_index(struct differ *d, const struct table *nt, const char *name,
		       const char *parent, const char *old_parent, bool made)
{
	const struct table *pn = diff_parent_table(d->new, nt);
	struct change *c;

	if (!parent || !pn || parent_makes_part(d, nt, pn, parent) ||
	    (!made && str_eq(parent, old_parent)))
		return;
	c = diff_add(d, CH_ATTACH_INDEX, PH_INDEX_FORM, nt, nt, NULL);
	c->name = diff_target(d, "INDEX", nt->name.schema, name);
	c->part = name;
	c->text = parent;
}

bool diff_goes_with_parent(const struct differ *d, const struct table *ot,
		      const struct constraint *c, const struct index *ix)
{
	const struct table *nt = diff_find_table(d->new, &ot->name), *po, *pn;
	const char *parent = c ? c->parent : ix->parent;

	if (!nt)
		return false;
	diff_cascade_parent(d, ot, nt, &po, &pn);
	if (!po)
		return false;
	if (parent)
		return parent_part_dropped(d, po, parent);
	if (c && c->kind == CON_CHECK && table_find_constraint(po, c->name))
		return parent_part_dropped(d, po, c->name);
	return false;
}

void diff_column_options(struct differ *d, const struct table *t, const struct column *o,
			 const struct column *n)
{
	struct column none = { 0 };

	if (!o)
		o = &none;
	if (!str_eq(o->storage, n->storage))
		diff_add(d, CH_SET_STORAGE, PH_POST_ALTER_COLUMN, t, n, o);
	if (!str_eq(o->compression, n->compression) && (o != &none || t->partition_of.name ||
							  t->inherits.n))
		diff_add(d, CH_SET_COMPRESSION, PH_POST_ALTER_COLUMN, t, n, o);
	if (o->has_statistics != n->has_statistics || o->statistics != n->statistics)
		diff_add(d, CH_SET_STATISTICS, PH_POST_ALTER_COLUMN, t, n, o);
}

void diff_new_table_column_options(struct differ *d, const struct table *n)
{
	const struct table *p = diff_parent_table(d->new, n);

	for (size_t j = 0; j < n->columns.n; j++) {
		const struct column *c = n->columns.items[j];
		const struct column *pc = p ? table_find_column(p, c->name) : NULL;
		struct column *base = NULL;
		if (pc) {
			base = arena_alloc(d->a, sizeof(*base));
			base->storage = pc->storage;
			base->compression = pc->compression;
		}
		diff_column_options(d, n, base, c);
	}
}

const struct column *diff_after_parent(struct differ *d, const struct table *po,
				       const struct table *pn, const struct column *oc)
{
	const struct column *poc = po ? table_find_column(po, oc->name) : NULL;
	const struct column *pnc = pn ? table_find_column(pn, oc->name) : NULL;
	struct column *v;

	if (!poc || !pnc)
		return oc;
	v = arena_alloc(d->a, sizeof(*v));
	*v = *oc;
	if (!typeref_equal(&poc->type, &pnc->type) || !str_eq(poc->collation, pnc->collation)) {
		v->type = pnc->type;
		v->collation = pnc->collation;
	}
	/* a parent's default dropped and set again (it calls a function made
	 * again) is dropped and set on its partitions too */
	if (!expr_equal(poc->def, pnc->def) || poc->generated != pnc->generated ||
	    (!poc->generated && diff_calls_recalled(d, poc->def)))
		v->def = pnc->def;
	if (poc->not_null != pnc->not_null)
		v->not_null = pnc->not_null;
	if (!str_eq(poc->storage, pnc->storage))
		v->storage = pnc->storage;
	if (!str_eq(poc->compression, pnc->compression))
		v->compression = pnc->compression;
	if (poc->has_statistics != pnc->has_statistics || poc->statistics != pnc->statistics) {
		v->has_statistics = pnc->has_statistics;
		v->statistics = pnc->statistics;
	}
	return v;
}

/* Is kept partition o (n in the new catalog) detached in this migration? */
static bool detached_now(const struct differ *d, const struct table *o, const struct table *n)
{
	return o->partition_of.name &&
	       (diff_is_recreated(d, &o->partition_of) || !diff_same_parent(&o->partition_of, &n->partition_of) ||
		!partbound_equal(o->bound, n->bound));
}

bool diff_loses_partition(const struct differ *d, const struct table *op)
{
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		const struct table *n;
		if (!diff_same_parent(&o->partition_of, &op->name) || diff_is_recreated(d, &o->name))
			continue;
		if ((n = diff_find_table(d->new, &o->name)) != NULL && detached_now(d, o, n))
			return true;
	}
	return false;
}

void diff_table_links(struct differ *d, const struct table *o, const struct table *n)
{
	/* a kept partition of a parent dropped or created again is let go
	 * first: DROP TABLE of the parent would take it along */
	if (detached_now(d, o, n))
		diff_add(d, CH_DETACH_PARTITION, PH_DETACH, o, o, NULL);
	if (n->partition_of.name && diff_attached_now(d, n))
		diff_add(d, CH_ATTACH_PARTITION, PH_ATTACH, n, n, NULL);
	for (size_t i = 0; i < o->inherits.n; i++)
		if (!inherits_from(n, o->inherits.items[i]))
			diff_add(d, CH_DROP_INHERIT, PH_DETACH, o, o->inherits.items[i], NULL);
	for (size_t i = 0; i < n->inherits.n; i++)
		if (!inherits_from(o, n->inherits.items[i]))
			diff_add(d, CH_ADD_INHERIT, PH_ATTACH, n, n->inherits.items[i], NULL);
	if (!diff_strlist_equal(&o->options.items, &n->options.items))
		diff_add(d, CH_SET_RELOPTIONS, PH_ALTER_COLUMN, n, n, o);
	/* an inherited column's local state, after INHERIT and the parents'
	 * new columns: no DDL sets it (INHERIT keeps columns local, a
	 * parent's ADD COLUMN gives children inherited-only ones); not of a
	 * partition, whose columns pg_dump prints as its own (CREATE TABLE,
	 * then ATTACH PARTITION) */
	const struct table *po, *pn;

	diff_cascade_parent(d, o, n, &po, &pn);
	for (size_t i = 0; !n->partition_of.name && i < n->columns.n; i++) {
		const struct column *nc = n->columns.items[i];
		const struct column *oc = table_find_column(o, nc->name);
		/* a new column comes inherited only from a kept parent's ADD
		 * COLUMN, and local from the table's own (before INHERIT of a
		 * new parent) */
		bool local_after = oc ? !oc->inherited_only : !(pn && table_find_column(pn, nc->name));
		if (nc->inhcount > 0 && local_after == nc->inherited_only) {
			struct change *c = diff_add(d, CH_SET_COLUMN_LOCAL, PH_INDEX_FORM, n, nc, oc);
			c->hint = nc->inherited_only
				? arena_printf(d->a, "the UPDATE of pg_attribute that makes %s.%s inherited only needs a superuser; without one (a managed service) leave it out: the column stays the table's own too, and is kept if its parents drop it",
					       n->name.name, nc->name)
				: arena_printf(d->a, "the UPDATE of pg_attribute that makes %s.%s the table's own needs a superuser; without one (a managed service), ALTER TABLE %s NO INHERIT then INHERIT again, for each of its parents, does it (for every column it inherits)",
					       n->name.name, nc->name, n->name.name);
		}
	}
}
