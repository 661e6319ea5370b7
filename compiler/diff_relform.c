/*
 * diff_relform.c - the differ's part for what is set on a table's indexes
 * after they are built: storage parameters of indexes and key constraints
 * (ALTER INDEX ... SET / RESET), statistics of index expressions (ALTER
 * INDEX ... ALTER COLUMN n SET STATISTICS), REPLICA IDENTITY and CLUSTER ON.
 * It runs after the tables are diffed, so it knows which indexes this
 * migration builds (a new or recreated index starts from PostgreSQL's
 * defaults: no statistics, not the replica identity, not clustered).
 */
#include "diff_int.h"

static bool same_qname(const struct qname *x, const struct qname *y)
{
	return str_eq(x->schema, y->schema) && str_eq(x->name, y->name);
}

/* The key of index (or key) name of table t in built_names. */
static const char *built_key(const struct differ *d, const struct table *t, const char *name)
{
	return arena_printf(d->a, "%s\x1f%s\x1f%s", t->name.schema ? t->name.schema : "",
			    t->name.name, name);
}

/* The indexes and keys the migration builds (CREATE INDEX, ADD
 * CONSTRAINT), as built_key; read before this stage adds its own. */
static struct map *built_names(const struct differ *d)
{
	struct map *m = map_new(d->a);

	for (size_t i = 0; i < d->out->items.n; i++) {
		const struct change *c = d->out->items.items[i];
		const char *made = NULL;
		if (!c->table)
			continue;
		if (c->kind == CH_CREATE_INDEX)
			made = ((const struct index *)c->obj)->name;
		else if (c->kind == CH_ADD_CONSTRAINT)
			made = ((const struct constraint *)c->obj)->name;
		if (made)
			map_put(m, built_key(d, c->table, made), (void *)c);
	}
	return m;
}

/* Does the migration build index (or key) name of new table t? */
static bool built_here(const struct differ *d, const struct map *built, const struct table *t,
		       const char *name)
{
	return name && map_get(built, built_key(d, t, name));
}

/* The old table that new table n is diffed against: NULL when the
 * migration creates n (or drops and creates it again). */
static const struct table *old_table(const struct differ *d, const struct table *n)
{
	const struct table *o = catalog_find_table(d->old, &n->name);

	for (size_t i = 0; o && i < d->recreated.n; i++)
		if (same_qname(&((const struct table *)d->recreated.items[i])->name, &n->name))
			return NULL;
	return o;
}

static struct change *index_change(struct differ *d, enum change_kind kind, const struct table *t,
				   const void *obj, const void *old, const char *index)
{
	struct change *c = diff_add(d, kind, PH_INDEX_FORM, t, obj, old);

	c->name = diff_target(d, "INDEX", t->name.schema, index);	/* as COMMENT ON names it */
	c->part = index;
	return c;
}

/* Storage parameters of an index or key kept as it is. */
static void diff_index_options(struct differ *d, const struct table *n, const char *name,
			       const struct reloptions *oo, const struct reloptions *no)
{
	if (!diff_strlist_equal(&oo->items, &no->items))
		index_change(d, CH_ALTER_INDEX_OPTIONS, n, no, oo, name);
}

static void diff_index_statistics(struct differ *d, const struct table *n, const struct index *oi,
				  const struct index *ni)
{
	for (size_t i = 0; i < ni->elems.n; i++) {
		const struct index_elem *ne = ni->elems.items[i];
		const struct index_elem *oe = oi ? oi->elems.items[i] : NULL;
		bool ohas = oe && oe->has_statistics;
		if (ohas != ne->has_statistics || (ohas && oe->statistics != ne->statistics)) {
			index_change(d, CH_INDEX_STATISTICS, n, ni, oi, ni->name);
			return;
		}
	}
}

static void diff_table_relforms(struct differ *d, const struct map *built, const struct table *n)
{
	const struct table *o = old_table(d, n);
	bool ri_built, cl_built;

	for (size_t i = 0; i < n->indexes.n; i++) {
		const struct index *ni = n->indexes.items[i];
		const struct index *oi = o ? table_find_index(o, ni->name) : NULL;
		if (!o || built_here(d, built, n, ni->name))
			oi = NULL;	/* built with its WITH (...) */
		else if (oi)
			diff_index_options(d, n, ni->name, &oi->options, &ni->options);
		diff_index_statistics(d, n, oi, ni);
	}
	for (size_t i = 0; o && i < n->constraints.n; i++) {
		const struct constraint *nc = n->constraints.items[i];
		const struct constraint *oc = table_find_constraint(o, nc->name);
		if (oc && oc->kind == nc->kind && !built_here(d, built, n, nc->name))
			diff_index_options(d, n, nc->name, &oc->options, &nc->options);
	}
	ri_built = n->replident == 'i' && (!o || built_here(d, built, n, n->replident_index));
	if (ri_built || (o ? o->replident != n->replident ||
			     !str_eq(o->replident_index, n->replident_index)
			   : n->replident != 0))
		diff_add(d, CH_REPLICA_IDENTITY, PH_INDEX_FORM, n, n, o)->name =
			n->replident == 'i' ? diff_target(d, "INDEX", n->name.schema, n->replident_index)
					    : NULL;
	cl_built = n->cluster_index && (!o || built_here(d, built, n, n->cluster_index));
	if (cl_built || !str_eq(o ? o->cluster_index : NULL, n->cluster_index))
		diff_add(d, CH_CLUSTER_ON, PH_INDEX_FORM, n, n, o)->name =
			n->cluster_index ? diff_target(d, "INDEX", n->name.schema, n->cluster_index)
					 : NULL;
}

void diff_relforms(struct differ *d)
{
	const struct map *built = built_names(d);

	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if (diff_managed(d, n->name.schema))
			diff_table_relforms(d, built, n);
	}
}
