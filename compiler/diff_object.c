/*
 * diff_object.c - the objects kept as statements (views, materialized
 * views, functions, triggers, policies and the generic kinds): created,
 * dropped, replaced in place or made again when what they use changes,
 * in dependency order; row level security of tables.
 */
#include "diff_int.h"
#include "build.h"
#include "cast.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <stdio.h>
#include <stdlib.h>

/* Is an object on a table (a trigger, a policy) the schema's own although
 * the table's schema is not managed? It is, unless an extern declaration
 * made it: what the user writes on Supabase's auth.users stays theirs. */
static bool object_managed(const struct differ *d, const struct dbobject *o)
{
	if (diff_managed(d, o->name.schema))
		return true;
	return o->table && !(o->loc.file && o->loc.file->declared);
}

/* ---- views, functions, triggers, policies ------------------------------ */

/* Sets of dependency keys are maps to a non-NULL value. */
static void set_add(struct map *set, const char *key)
{
	if (key)
		map_put(set, key, (void *)1);
}

static bool uses_any(const struct dbobject *o, const struct map *keys, bool body_too)
{
	for (size_t i = 0; i < o->deps.n; i++)
		if (map_get(keys, o->deps.items[i]))
			return true;
	for (size_t i = 0; body_too && i < o->uses.n; i++)
		if (map_get(keys, o->uses.items[i]))
			return true;
	return false;
}

/* Does o use something in broken that is not an object going late (in
 * calm)? Then o goes early, before the tables and functions. */
static bool uses_shape(const struct dbobject *o, const struct map *broken, const struct map *calm)
{
	for (size_t i = 0; i < o->deps.n; i++)
		if (map_get(broken, o->deps.items[i]) && !map_get(calm, o->deps.items[i]))
			return true;
	return false;
}

/* A table that stays, with columns that go or change type or collation
 * under the objects that use them (changed_under). */
struct changed_columns {
	const struct table *table;	/* old */
	const char *key;		/* its dependency key */
	struct ptrvec columns;		/* const char * */
};

/* Does o use one of the changed columns? */
static bool object_uses_changed_column(struct differ *d, const struct dbobject *o,
				const struct ptrvec *columns)
{
	for (size_t i = 0; i < columns->n; i++) {
		const struct changed_columns *cc = columns->items[i];
		bool on_table = false;
		for (size_t j = 0; j < o->deps.n && !on_table; j++)
			on_table = str_eq(o->deps.items[j], cc->key);
		for (size_t j = 0; on_table && j < cc->columns.n; j++)
			if (qualify_object_uses_column(d->a, d->old, o, cc->table,
						       cc->columns.items[j]))
				return true;
		/* a materialized view stores the whole row it selects: its
		 * type changes under it (PostgreSQL refuses the ALTER) */
		if (on_table && o->kind == OBJ_MATVIEW &&
		    qualify_object_uses_column(d->a, d->old, o, cc->table, NULL))
			return true;
	}
	return false;
}

static int cmp_objects(const void *a, const void *b)
{
	const struct dbobject *x = *(const struct dbobject *const *)a;
	const struct dbobject *y = *(const struct dbobject *const *)b;
	return strcmp(x->key, y->key);
}

struct toposort {
	struct arena *a;
	const struct ptrvec *all;	/* struct dbobject *, in key order */
	struct map *providers;		/* provided key -> struct ptrvec * of
					 * positions in all */
	char *state;			/* per object: 0 new, 1 on the walk, 2 done */
	struct ptrvec *out;
};

static void visit(struct toposort *t, size_t i);

static void visit_key(struct toposort *t, const char *key)
{
	const struct ptrvec *p = map_get(t->providers, key);

	for (size_t k = 0; p && k < p->n; k++)
		visit(t, (size_t)(uintptr_t)p->items[k]);
}

/*
 * Objects in dependency order: each after the objects providing what it
 * uses (PostgreSQL-tracked or named in a body), otherwise in key order. A
 * cycle (functions calling each other) is broken where the walk meets it.
 */
static void visit(struct toposort *t, size_t i)
{
	const struct dbobject *o = t->all->items[i];

	if (t->state[i])
		return;
	t->state[i] = 1;
	for (size_t k = 0; k < o->deps.n; k++)
		visit_key(t, o->deps.items[k]);
	for (size_t k = 0; k < o->uses.n; k++)
		visit_key(t, o->uses.items[k]);
	t->state[i] = 2;
	vec_push(t->out, t->a, (void *)o);
}

static void objects_in_order(struct differ *d, const struct catalog *cat, struct ptrvec *out)
{
	struct ptrvec all = { 0 };
	struct toposort t = { d->a, &all, map_new(d->a), NULL, out };

	for (size_t i = 0; i < cat->objects.n; i++) {
		const struct dbobject *o = cat->objects.items[i];
		if (object_managed(d, o))
			vec_push(&all, d->a, (void *)o);
	}
	if (all.n > 1)
		qsort(all.items, all.n, sizeof(*all.items), cmp_objects);
	for (size_t i = 0; i < all.n; i++) {
		const char *key = object_provides(d->a, all.items[i]);
		struct ptrvec *p;
		if (!key)
			continue;
		if (!(p = map_get(t.providers, key))) {
			p = arena_alloc(d->a, sizeof(*p));
			map_put(t.providers, key, p);
		}
		vec_push(p, d->a, (void *)(uintptr_t)i);
	}
	t.state = arena_alloc(d->a, all.n + 1);
	for (size_t i = 0; i < all.n; i++)
		visit(&t, i);
}

/* Keys of relations and types whose shape changes under their users: a
 * dropped or recreated table, a dropped or swapped type; into *columns,
 * the tables that keep their shape but for a dropped or retyped column (or
 * one whose type or collation is swapped), which breaks only the objects
 * that use that column (as PostgreSQL records it: a view that reads other
 * columns stays; one that reads it would make ALTER COLUMN ... TYPE fail). */
static void changed_under(struct differ *d, struct map *broken, struct ptrvec *columns)
{
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		const struct table *n = diff_find_table(d->new, &o->name);
		const char *key = object_dep_key(d->a, 'r', o->name.schema, o->name.name);
		struct changed_columns *cc = NULL;
		if (!n || diff_is_recreated(d, &o->name)) {
			set_add(broken, key);
			continue;
		}
		for (size_t j = 0; j < o->columns.n; j++) {
			const struct column *oc = o->columns.items[j];
			const struct column *nc = table_find_column(n, oc->name);
			if (nc && !diff_column_retyped(d, oc, nc) && !diff_column_recreated(d, o, n, oc, nc))
				continue;
			if (!cc) {
				cc = arena_alloc(d->a, sizeof(*cc));
				cc->table = o;
				cc->key = key;
				vec_push(columns, d->a, cc);
			}
			vec_push(&cc->columns, d->a, (void *)oc->name);
		}
	}
	diff_types_changed_under(d, broken);
}

static bool object_equal(const struct dbobject *o, const struct dbobject *n)
{
	return o->def[0] == n->def[0] && o->def[1] == n->def[1];
}

/* Can old become new in place (CREATE OR REPLACE, ALTER POLICY)? A view
 * may only add columns at the end. */
static bool replaceable(const struct dbobject *o, const struct dbobject *n)
{
	if (!o->replace_sig || !n->replace_sig || o->kind != n->kind)
		return false;
	if (o->kind == OBJ_VIEW)
		return strncmp(n->replace_sig, o->replace_sig, strlen(o->replace_sig)) == 0;
	return str_eq(o->replace_sig, n->replace_sig);
}

static const char *object_target(struct differ *d, const struct dbobject *o)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_object(&sb, o);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

static void object_comments(struct differ *d, const struct dbobject *o, const struct dbobject *n)
{
	if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
		diff_comment(d, object_target(d, n), n->comment);
	for (size_t i = 0; i < n->columns.n; i++) {
		const char *oc = NULL, *nc = n->col_comments.items[i];
		struct strbuf sb = STRBUF_INIT;
		for (size_t j = 0; o && j < o->columns.n; j++)
			if (str_eq(o->columns.items[j], n->columns.items[i]))
				oc = o->col_comments.items[j];
		if (!diff_comment_differs(oc, nc, false))
			continue;
		sb_adds(&sb, "COLUMN ");
		sb_qname(&sb, n->name.schema, n->name.name);
		sb_addc(&sb, '.');
		sb_ident(&sb, n->columns.items[i]);
		diff_comment(d, arena_strdup(d->a, sb.buf), nc);
		sb_release(&sb);
	}
}

static void matview_indexes(struct differ *d, const struct dbobject *o, const struct dbobject *n,
			    int rank)
{
	for (size_t i = 0; o && i < o->rel->indexes.n; i++) {
		const struct index *oi = o->rel->indexes.items[i];
		const struct index *ni = table_find_index(n->rel, oi->name);
		if (!ni || !diff_matview_index_equal(oi, ni) || diff_key_calls_recalled(d, NULL, oi))
			diff_add(d, CH_DROP_INDEX, PH_DROP_INDEX, o->rel, oi, NULL);
	}
	for (size_t i = 0; i < n->rel->indexes.n; i++) {
		const struct index *ni = n->rel->indexes.items[i];
		const struct index *oi = o ? table_find_index(o->rel, ni->name) : NULL;
		struct change *c;
		if (oi && diff_matview_index_equal(oi, ni) && !diff_key_calls_recalled(d, NULL, oi))
			continue;
		c = diff_add(d, CH_CREATE_INDEX, o ? PH_CREATE_INDEX : PH_CREATE_OBJECT, n->rel, ni, NULL);
		if (!o)
			c->rank = rank;
	}
	for (size_t i = 0; i < n->rel->indexes.n; i++) {
		const struct index *ni = n->rel->indexes.items[i];
		const struct index *oi = o ? table_find_index(o->rel, ni->name) : NULL;
		if (oi && (!diff_matview_index_equal(oi, ni) || diff_key_calls_recalled(d, NULL, oi)))
			oi = NULL;
		if (diff_comment_differs(oi ? oi->comment : NULL, ni->comment, false))
			diff_comment(d, diff_target(d, "INDEX", n->name.schema, ni->name), ni->comment);
	}
}

void diff_objects(struct differ *d)
{
	struct ptrvec old_order = { 0 }, new_order = { 0 };
	struct map *broken = map_new(d->a), *redo = map_new(d->a);
	struct map *late = map_new(d->a), *created_rels = map_new(d->a), *early = map_new(d->a);
	struct map *calm = map_new(d->a);	/* redone objects that go with
						 * the functions, late */
	struct ptrvec columns = { 0 };

	objects_in_order(d, d->old, &old_order);
	objects_in_order(d, d->new, &new_order);
	changed_under(d, broken, &columns);

	/* what goes: objects no longer there, changed in a way that needs drop
	 * and create, or using something that does (in dependency order, so
	 * one pass carries it through) */
	for (size_t i = 0; i < old_order.n; i++) {
		const struct dbobject *o = old_order.items[i];
		const struct dbobject *n = catalog_find_object(d->new, o->key);
		bool under = uses_any(o, broken, false) || object_uses_changed_column(d, o, &columns);
		if (!n || (!object_equal(o, n) && !replaceable(o, n)) || under) {
			/* a function whose signature names a table or type that
			 * goes goes before it, with the views, and so does what
			 * uses such a function; what is under an object that
			 * itself goes with the functions (an operator class
			 * under its family) stays with them */
			if (uses_shape(o, broken, calm) || object_uses_changed_column(d, o, &columns))
				set_add(early, o->key);
			else if (object_kind_desc(o->kind)->early)
				set_add(calm, object_provides(d->a, o));
			map_put(redo, o->key, (void *)o);
			set_add(broken, object_provides(d->a, o));
		}
	}
	for (size_t i = old_order.n; i-- > 0;) {
		const struct dbobject *o = old_order.items[i];
		struct change *c;
		if (!map_get(redo, o->key))
			continue;
		c = diff_add(d, CH_DROP_OBJECT,
			object_kind_desc(o->kind)->early && !map_get(early, o->key)
				? PH_DROP_FUNCTION
				: PH_DROP_OBJECT,
			NULL, o, NULL);
		c->rank = (int)(old_order.n - i);
	}

	/* functions (and generic objects of kinds that live on no table) that
	 * use no relation created here come before tables */
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if (!diff_find_table(d->old, &n->name))
			set_add(created_rels, object_dep_key(d->a, 'r', n->name.schema, n->name.name));
	}
	for (size_t i = 0; i < new_order.n; i++) {
		const struct dbobject *n = new_order.items[i];
		if (!object_kind_desc(n->kind)->early ||
		    uses_any(n, created_rels, true) || uses_any(n, late, true)) {
			set_add(late, object_provides(d->a, n));
			if (n->kind == OBJ_VIEW || n->kind == OBJ_MATVIEW)
				set_add(created_rels, object_provides(d->a, n));
		}
	}
	for (size_t i = 0; i < new_order.n; i++) {
		const struct dbobject *n = new_order.items[i];
		const struct dbobject *o = catalog_find_object(d->old, n->key);
		const char *pk = object_provides(d->a, n);
		bool again = o && map_get(redo, o->key);
		bool early = object_kind_desc(n->kind)->early && pk && !map_get(late, pk);
		enum change_phase ph = early ? PH_CREATE_FUNCTION : PH_CREATE_OBJECT;
		struct change *c = NULL;

		if (!o || again)
			c = diff_add(d, CH_CREATE_OBJECT, ph, NULL, n, NULL);
		else if (!object_equal(o, n))
			c = diff_add(d, CH_REPLACE_OBJECT, ph, NULL, n, o);
		else if (!diff_strlist_equal(&o->options.items, &n->options.items))
			c = diff_add(d, CH_ALTER_VIEW_OPTIONS, ph, NULL, n, o);
		if (c)
			c->rank = (int)i;
		if ((n->kind == OBJ_TRIGGER || n->kind == OBJ_EVENT_TRIGGER) &&
		    n->enabled != ((!o || again) ? 'O' : o->enabled)) {
			c = diff_add(d, CH_TRIGGER_STATE, PH_CREATE_OBJECT, NULL, n, NULL);
			c->rank = (int)i;
		}
		if (n->rel)
			matview_indexes(d, o && !again ? o : NULL, n, (int)i);
		object_comments(d, o && !again ? o : NULL, n);
	}
}

void diff_collect_recalled(struct differ *d)
{
	/* NULL while there is none: diff_calls_recalled then looks at no
	 * expression (each look parses its statement again) */
	d->recalled = NULL;
	for (size_t i = 0; i < d->old->objects.n; i++) {
		const struct dbobject *o = d->old->objects.items[i];
		const struct dbobject *n = catalog_find_object(d->new, o->key);
		if (o->kind == OBJ_FUNCTION && n && object_managed(d, o) && !object_equal(o, n) &&
		    !replaceable(o, n)) {
			if (!d->recalled) {
				d->recalled = map_new(d->a);
				d->recalled_names = map_new(d->a);
			}
			set_add(d->recalled, object_provides(d->a, o));
			set_add(d->recalled_names, o->name.name);
		}
	}
}

void diff_rls(struct differ *d)
{
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		const struct table *o = diff_find_table(d->old, &n->name);
		if (!diff_managed(d, n->name.schema))
			continue;
		if (o && diff_is_recreated(d, &o->name))
			o = NULL;
		if ((o ? o->rls : false) != n->rls || (o ? o->rls_forced : false) != n->rls_forced)
			diff_add(d, CH_SET_RLS, PH_POST_ALTER_COLUMN, n, n, o);
	}
}
