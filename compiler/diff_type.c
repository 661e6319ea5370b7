/*
 * diff_type.c - the differ's part for types and collations: enums, domains,
 * composite and range types, collations (diff.h: CH_CREATE_ENUM ...
 * CH_DROP_COLLATION), in the order of the types they use (type_depth), and
 * the swaps that replace a type under the columns that use it.
 *
 * Rules worth knowing:
 *   - enum values are added in place with ADD VALUE;
 *   - domains and composite types change in place (ALTER DOMAIN, ALTER TYPE
 *     ... ATTRIBUTE); a range type or collation nothing uses is dropped and
 *     created again;
 *   - what PostgreSQL cannot change in place while something uses it is
 *     swapped (see "swaps" below): an enum that loses or reorders values, a
 *     type that changes kind, a domain whose base type or collation
 *     changes, a composite type whose attribute changes type or collation
 *     while a column stores it, a changed range type or collation in use,
 *     and every type over a swapped type or collation.
 */
#include "diff_int.h"
#include "naming.h"
#include "normalize.h"
#include "sqlfmt.h"

/* ---- enums ------------------------------------------------------------ */

static int label_pos(const struct type *t, const char *label)
{
	for (size_t i = 0; i < t->labels.n; i++)
		if (strcmp(t->labels.items[i], label) == 0)
			return (int)i;
	return -1;
}

/* Can old's labels become new's by adding values? */
static bool enum_extends(const struct type *o, const struct type *n)
{
	int last = -1;

	for (size_t i = 0; i < o->labels.n; i++) {
		int p = label_pos(n, o->labels.items[i]);
		if (p <= last)
			return false;
		last = p;
	}
	return true;
}

static const struct swap *swap_for(const struct differ *d, const struct typeref *t);
static const struct swap *swap_of(const struct differ *d, const struct type *o);
static void find_swaps(struct differ *d);
static void create_type(struct differ *d, const struct type *n);
static void diff_other_type(struct differ *d, const struct type *o, const struct type *n);
static int type_depth(const struct catalog *cat, const struct type *t, int guard);
static void diff_collations(struct differ *d);

void diff_types(struct differ *d)
{
	diff_collations(d);
	find_swaps(d);
	for (size_t i = 0; i < d->new->types.n; i++) {
		const struct type *n = d->new->types.items[i];
		const struct type *o = catalog_find_type(d->old, &n->name);
		bool swapped = o && swap_of(d, o);
		if (!diff_managed(d, n->name.schema))
			continue;
		if (!o) {
			create_type(d, n);
		} else if (swapped) {
			/* created again by its swap (find_swaps) */
		} else if (o->kind != TYPE_ENUM || n->kind != TYPE_ENUM) {
			diff_other_type(d, o, n);
		} else if (enum_extends(o, n)) {
			for (size_t j = 0; j < n->labels.n; j++) {
				struct change *c;
				if (label_pos(o, n->labels.items[j]) >= 0)
					continue;
				c = diff_add(d, CH_ADD_ENUM_VALUE, PH_TYPE, NULL, n, NULL);
				c->name = n->labels.items[j];
				if (j > 0) {
					c->text = n->labels.items[j - 1];
					c->after = true;
				} else if (n->labels.n > 1) {
					c->text = n->labels.items[1];
					c->after = false;
				}
			}
		}
		if (diff_comment_differs(o && o->kind == n->kind && !swapped ? o->comment : NULL,
					 n->comment, false))
			diff_comment(d, diff_target(d, n->kind == TYPE_DOMAIN ? "DOMAIN" : "TYPE",
					      n->name.schema, n->name.name), n->comment);
	}
	for (size_t i = d->old->types.n; i-- > 0;) {
		const struct type *o = d->old->types.items[i];
		if (!catalog_find_type(d->new, &o->name) && diff_managed(d, o->name.schema)) {
			/* what uses a type goes before it */
			struct change *c = diff_add(d, CH_DROP_TYPE, PH_DROP_TYPE, NULL, o, NULL);
			c->rank = -type_depth(d->old, o, 0);
		}
	}
}

/* ---- domains, composite and range types, collations ------------------- */

/* The user type a typeref names (a range, for its multirange), or NULL. */
static const struct type *type_of(const struct catalog *cat, const struct typeref *r)
{
	struct qname q = { r->schema, r->name };
	const struct type *t;

	if (str_eq(r->schema, "pg_catalog"))
		return NULL;
	if ((t = catalog_find_type(cat, &q)) != NULL)
		return t;
	for (size_t i = 0; i < cat->types.n; i++) {
		t = cat->types.items[i];
		if (t->kind == TYPE_RANGE && str_eq(t->multirange.schema, r->schema) &&
		    str_eq(t->multirange.name, r->name))
			return t;
	}
	return NULL;
}

/* How deep t sits in the types it uses: 0 for a type that uses no user
 * type, else one more than the deepest one it uses. Types are created in
 * that order and dropped in the reverse. */
static int type_depth(const struct catalog *cat, const struct type *t, int guard)
{
	int depth = 0;
	const struct type *u;

	if (guard > 64)
		return 0;	/* a cycle: PostgreSQL refuses them; do not loop */
	if ((t->kind == TYPE_DOMAIN || t->kind == TYPE_RANGE) &&
	    (u = type_of(cat, &t->base)) != NULL && u != t)
		depth = 1 + type_depth(cat, u, guard + 1);
	for (size_t i = 0; i < t->attrs.n; i++) {
		const struct column *a = t->attrs.items[i];
		if ((u = type_of(cat, &a->type)) != NULL && u != t) {
			int k = 1 + type_depth(cat, u, guard + 1);
			if (k > depth)
				depth = k;
		}
	}
	return depth;
}

/* A change to type t (of catalog cat), in t's place among the types. */
static struct change *add_type_change(struct differ *d, enum change_kind kind,
				      const struct catalog *cat, const struct type *t,
				      const void *part)
{
	struct change *c = diff_add(d, kind, PH_TYPE, NULL, t, NULL);
	c->rank = type_depth(cat, t, 0);
	c->part = part;
	return c;
}

/* Comments on a domain's checks and a composite's attributes (o: the old
 * type of the same kind, or NULL). */
static void type_part_comments(struct differ *d, const struct type *o, const struct type *n)
{
	for (size_t i = 0; i < n->checks.n; i++) {
		const struct constraint *nc = n->checks.items[i];
		const struct constraint *oc = o ? type_find_check(o, nc->name) : NULL;
		if (oc && !expr_equal(oc->check, nc->check))
			oc = NULL;	/* re-created: its comment went with it */
		if (diff_comment_differs(oc ? oc->comment : NULL, nc->comment, false))
			diff_comment(d, diff_target_constraint(d, "DOMAIN ", &n->name, nc->name), nc->comment);
	}
	for (size_t i = 0; i < n->attrs.n; i++) {
		const struct column *na = n->attrs.items[i];
		const struct column *oa = o ? type_find_attr(o, na->name) : NULL;
		if (diff_comment_differs(oa ? oa->comment : NULL, na->comment, false))
			diff_comment(d, diff_target_column(d, &n->name, na->name), na->comment);
	}
}

static void create_type(struct differ *d, const struct type *n)
{
	if (n->kind == TYPE_ENUM) {
		diff_add(d, CH_CREATE_ENUM, PH_TYPE, NULL, n, NULL);
		return;
	}
	add_type_change(d, CH_CREATE_TYPE, d->new, n, NULL);
	/* CREATE DOMAIN cannot say NOT VALID: such checks are added after */
	for (size_t i = 0; i < n->checks.n; i++) {
		const struct constraint *c = n->checks.items[i];
		if (c->not_valid)
			add_type_change(d, CH_DOMAIN_ADD_CHECK, d->new, n, c);
	}
	type_part_comments(d, NULL, n);
}

static bool range_equal(const struct type *o, const struct type *n)
{
	return typeref_equal(&o->base, &n->base) && str_eq(o->collation, n->collation) &&
	       str_eq(o->opclass, n->opclass) && str_eq(o->canonical, n->canonical) &&
	       str_eq(o->subtype_diff, n->subtype_diff) &&
	       str_eq(o->multirange.schema, n->multirange.schema) &&
	       str_eq(o->multirange.name, n->multirange.name);
}

static void diff_domain(struct differ *d, const struct type *o, const struct type *n)
{
	for (size_t i = 0; i < o->checks.n; i++) {
		const struct constraint *oc = o->checks.items[i];
		const struct constraint *nc = type_find_check(n, oc->name);
		if (!nc || !expr_equal(oc->check, nc->check) || (nc->not_valid && !oc->not_valid) ||
		    diff_calls_recalled(d, oc->check))
			add_type_change(d, CH_DOMAIN_DROP_CHECK, d->new, n, oc);
	}
	/* a default that calls a function dropped and made again goes before
	 * the drop (its change's part: the old domain), and is set again */
	if (n->def && diff_calls_recalled(d, o->def))
		add_type_change(d, CH_DOMAIN_DROP_DEFAULT, d->new, n, o);
	if (!expr_equal(o->def, n->def) || (n->def && diff_calls_recalled(d, o->def)))
		add_type_change(d, n->def ? CH_DOMAIN_SET_DEFAULT : CH_DOMAIN_DROP_DEFAULT, d->new,
				n, n->def ? NULL : o);
	if (o->not_null != n->not_null)
		add_type_change(d, n->not_null ? CH_DOMAIN_SET_NOT_NULL : CH_DOMAIN_DROP_NOT_NULL,
				d->new, n, NULL);
	for (size_t i = 0; i < n->checks.n; i++) {
		const struct constraint *nc = n->checks.items[i];
		const struct constraint *oc = type_find_check(o, nc->name);
		if (!oc || !expr_equal(oc->check, nc->check) || (nc->not_valid && !oc->not_valid) ||
		    diff_calls_recalled(d, oc->check))
			add_type_change(d, CH_DOMAIN_ADD_CHECK, d->new, n, nc);
		else if (oc->not_valid && !nc->not_valid)
			add_type_change(d, CH_DOMAIN_VALIDATE_CHECK, d->new, n, nc);
	}
}

static void diff_composite(struct differ *d, const struct type *o, const struct type *n)
{
	for (size_t i = 0; i < o->attrs.n; i++) {
		const struct column *oa = o->attrs.items[i];
		if (!type_find_attr(n, oa->name)) {
			struct change *c = add_type_change(d, CH_DROP_ATTRIBUTE, d->new, n, oa);
			c->destructive = arena_printf(d->a, "attribute %s.%s and its values in columns of type %s",
						      n->name.name, oa->name, n->name.name);
		}
	}
	for (size_t i = 0; i < n->attrs.n; i++) {
		const struct column *na = n->attrs.items[i];
		const struct column *oa = type_find_attr(o, na->name);
		if (!oa)
			add_type_change(d, CH_ADD_ATTRIBUTE, d->new, n, na);
		else if (!typeref_equal(&oa->type, &na->type) || !str_eq(oa->collation, na->collation))
			add_type_change(d, CH_ALTER_ATTRIBUTE_TYPE, d->new, n, na);
	}
}

static bool uses_swapped(const struct differ *d, const struct type *o);

/*
 * A domain, composite or range type of the same kind on both sides and not
 * swapped. Domains and composite types change in place; a range nothing
 * uses, changed or over a swapped type or collation, is dropped and created
 * again.
 */
static void diff_other_type(struct differ *d, const struct type *o, const struct type *n)
{
	if (n->kind == TYPE_RANGE) {
		if (!range_equal(o, n) || uses_swapped(d, o)) {
			struct change *c = diff_add(d, CH_DROP_TYPE, PH_TYPE, NULL, o, NULL);
			c->rank = -100;	/* before any type is created */
			create_type(d, n);
		}
		return;
	}
	if (n->kind == TYPE_DOMAIN)
		diff_domain(d, o, n);
	else
		diff_composite(d, o, n);
	type_part_comments(d, o, n);
}

static bool collation_equal(const struct collation *x, const struct collation *y)
{
	return x->provider == y->provider && str_eq(x->lc_collate, y->lc_collate) &&
	       str_eq(x->lc_ctype, y->lc_ctype) && x->deterministic == y->deterministic;
}

static const char *target_collation(struct differ *d, const struct collation *c)
{
	return diff_target(d, "COLLATION", c->name.schema, c->name.name);
}

static const char *collation_ref(struct differ *d, const struct qname *q);
static bool collation_used(struct differ *d, const char *ref);
static void swap_collation(struct differ *d, const struct collation *o);

/* Collations come before the types and columns that use them, and go after.
 * A changed one is dropped and created again, or swapped if in use. */
static void diff_collations(struct differ *d)
{
	for (size_t i = 0; i < d->new->collations.n; i++) {
		const struct collation *n = d->new->collations.items[i];
		const struct collation *o = catalog_find_collation(d->old, &n->name);
		struct change *c;
		if (!diff_managed(d, n->name.schema))
			continue;
		if (o && !collation_equal(o, n)) {
			if (collation_used(d, collation_ref(d, &o->name))) {
				swap_collation(d, o);
			} else {
				c = diff_add(d, CH_DROP_COLLATION, PH_TYPE, NULL, o, NULL);
				c->rank = -102;
			}
			o = NULL;
		}
		if (!o) {
			c = diff_add(d, CH_CREATE_COLLATION, PH_TYPE, NULL, n, NULL);
			c->rank = -101;
		}
		if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
			diff_comment(d, target_collation(d, n), n->comment);
	}
	for (size_t i = d->old->collations.n; i-- > 0;) {
		const struct collation *o = d->old->collations.items[i];
		if (!catalog_find_collation(d->new, &o->name) && diff_managed(d, o->name.schema)) {
			struct change *c = diff_add(d, CH_DROP_COLLATION, PH_DROP_TYPE, NULL, o, NULL);
			c->rank = 1000;
		}
	}
}

/* ---- swaps ------------------------------------------------------------ */

/*
 * A swap replaces a type or a collation that PostgreSQL cannot change in
 * place while something uses it:
 *   1. the old one is renamed out of the way (<name>_old, in PH_TYPE, before
 *      anything is created: the types over it first);
 *   2. the new one is created under the name;
 *   3. the columns of kept tables move to it: ALTER COLUMN ... TYPE, through
 *      text for a type (c::text::t, c::text[]::t[]), their defaults dropped
 *      and set again; ALTER COLUMN ... TYPE ... COLLATE for a collation. The
 *      types over it are swapped as well, the indexes that name the
 *      collation made again, and the views, functions, triggers and
 *      policies over the tables made again (diff.c);
 *   4. the old one is dropped (PH_DROP_TYPE).
 * A composite value converts through text by position, so a swapped
 * composite type first drops and adds attributes on the old type (allowed
 * while columns use it) until both line up. A range type takes its
 * multirange and constructor functions along when renamed only in name:
 * those the new range would make again are renamed first.
 */
struct swap {
	const struct type *old;
	const struct type *new;
	const char *tmpname;
};

struct collation_swap {
	const struct collation *old;
	const char *ref;		/* the old one as columns name it */
};

/* Does r name t (or, for a range, its multirange)? */
static bool names_type(const struct typeref *r, const struct type *t)
{
	if (str_eq(r->schema, t->name.schema) && str_eq(r->name, t->name.name))
		return true;
	return t->kind == TYPE_RANGE && str_eq(r->schema, t->multirange.schema) &&
	       str_eq(r->name, t->multirange.name);
}

static const struct swap *swap_of(const struct differ *d, const struct type *o)
{
	for (size_t i = 0; i < d->swaps.n; i++)
		if (((const struct swap *)d->swaps.items[i])->old == o)
			return d->swaps.items[i];
	return NULL;
}

static const struct swap *swap_for(const struct differ *d, const struct typeref *t)
{
	for (size_t i = 0; i < d->swaps.n; i++) {
		const struct swap *s = d->swaps.items[i];
		if (names_type(t, s->old))
			return s;
	}
	return NULL;
}

bool diff_type_swapped(const struct differ *d, const struct typeref *t)
{
	return swap_for(d, t) != NULL;
}

bool diff_collation_swapped(const struct differ *d, const char *collation)
{
	for (size_t i = 0; collation && i < d->collation_swaps.n; i++)
		if (str_eq(((const struct collation_swap *)d->collation_swaps.items[i])->ref,
			   collation))
			return true;
	return false;
}

static const char *collation_ref(struct differ *d, const struct qname *q)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_collation(&sb, q);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* Has an earlier swap of this migration renamed something to schema.name? */
static bool renamed_to(const struct differ *d, const char *schema, const char *name,
		       bool collation)
{
	for (size_t i = 0; i < d->out->items.n; i++) {
		const struct change *c = d->out->items.items[i];
		if (c->kind == (collation ? CH_RENAME_COLLATION : CH_RENAME_TYPE) &&
		    str_eq(c->name, name) &&
		    str_eq(collation ? ((const struct collation *)c->obj)->name.schema
				     : ((const struct type *)c->obj)->name.schema, schema))
			return true;
	}
	return false;
}

/* A name for the old object that neither catalog nor an earlier swap uses:
 * <name>_old, else <name>_old1, ... (truncated as PostgreSQL would). */
static const char *free_name(struct differ *d, const struct qname *q, bool collation)
{
	for (int i = 0;; i++) {
		const char *s = make_object_name(d->a, q->name, NULL,
						 i ? arena_printf(d->a, "old%d", i) : "old");
		struct qname t = { q->schema, s };
		const struct catalog *cats[2] = { d->old, d->new };
		bool taken = renamed_to(d, q->schema, s, collation);
		for (int k = 0; k < 2 && !taken; k++) {
			if (collation) {
				taken = catalog_find_collation(cats[k], &t) != NULL;
				continue;
			}
			taken = type_of(cats[k], &(struct typeref){ .schema = q->schema, .name = s }) ||
				catalog_relname_taken(cats[k], q->schema, s);
		}
		if (!taken)
			return s;
	}
}

/* Marks the old types a value of type r holds (through domains, composite
 * attributes and range subtypes; arrays alike) as stored. */
static void mark_stored(struct differ *d, const struct typeref *r, int guard)
{
	const struct type *t = type_of(d->old, r);
	const char *key;

	if (!t || guard > 64)
		return;
	key = arena_printf(d->a, "%s\x1f%s", t->name.schema, t->name.name);
	if (map_get(d->stored, key))
		return;
	map_put(d->stored, key, (void *)t);
	if (t->kind == TYPE_DOMAIN || t->kind == TYPE_RANGE)
		mark_stored(d, &t->base, guard + 1);
	for (size_t i = 0; i < t->attrs.n; i++)
		mark_stored(d, &((const struct column *)t->attrs.items[i])->type, guard + 1);
}

/* Is a value of old type t stored in a column of a table the migration
 * keeps? PostgreSQL refuses ALTER ATTRIBUTE ... TYPE then. */
static bool stored(const struct differ *d, const struct type *t)
{
	return map_get(d->stored, arena_printf(d->a, "%s\x1f%s", t->name.schema,
					       t->name.name)) != NULL;
}

/* Is old type t used by a column of a kept table or by another type
 * (PostgreSQL refuses to drop it then)? */
static bool type_in_use(const struct differ *d, const struct type *t)
{
	if (stored(d, t))
		return true;
	for (size_t i = 0; i < d->old->types.n; i++) {
		const struct type *u = d->old->types.items[i];
		if (u == t)
			continue;
		if ((u->kind == TYPE_DOMAIN || u->kind == TYPE_RANGE) && names_type(&u->base, t))
			return true;
		for (size_t j = 0; j < u->attrs.n; j++)
			if (names_type(&((const struct column *)u->attrs.items[j])->type, t))
				return true;
	}
	return false;
}

static bool elems_name_collation(const struct ptrvec *elems, const char *ref)
{
	for (size_t i = 0; i < elems->n; i++)
		if (str_eq(((const struct index_elem *)elems->items[i])->collation, ref))
			return true;
	return false;
}

/* Is the old collation (ref: as columns name it) used by a column of a
 * kept table, a type, an index or a partition key? */
static bool collation_used(struct differ *d, const char *ref)
{
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *t = d->old->tables.items[i];
		const struct table *nt = catalog_find_table(d->new, &t->name);
		if (!nt)
			continue;
		for (size_t j = 0; j < t->columns.n; j++) {
			const struct column *c = t->columns.items[j];
			if (str_eq(c->collation, ref) && table_find_column(nt, c->name))
				return true;
		}
		for (size_t j = 0; j < t->indexes.n; j++)
			if (elems_name_collation(&((const struct index *)t->indexes.items[j])->elems, ref))
				return true;
		for (size_t j = 0; j < t->constraints.n; j++)
			if (elems_name_collation(&((const struct constraint *)t->constraints.items[j])->elems,
						 ref))
				return true;
		if (t->partkey && elems_name_collation(&t->partkey->elems, ref))
			return true;
	}
	for (size_t i = 0; i < d->old->types.n; i++) {
		const struct type *t = d->old->types.items[i];
		if (str_eq(t->collation, ref))
			return true;
		for (size_t j = 0; j < t->attrs.n; j++)
			if (str_eq(((const struct column *)t->attrs.items[j])->collation, ref))
				return true;
	}
	return false;
}

static void swap_collation(struct differ *d, const struct collation *o)
{
	struct collation_swap *s = arena_alloc(d->a, sizeof(*s));
	const char *tmpname = free_name(d, &o->name, true);
	struct change *c;

	s->old = o;
	s->ref = collation_ref(d, &o->name);
	vec_push(&d->collation_swaps, d->a, s);
	c = diff_add(d, CH_RENAME_COLLATION, PH_TYPE, NULL, o, NULL);
	c->name = tmpname;
	c->rank = -103;		/* before the new one is created */
	c = diff_add(d, CH_DROP_COLLATION, PH_DROP_TYPE, NULL, o, NULL);
	c->name = tmpname;
	c->rank = 1000;		/* after the types that used it */
}

/* Does an attribute keep its name and change its type or collation? */
static bool attrs_retyped(const struct type *o, const struct type *n)
{
	for (size_t i = 0; i < n->attrs.n; i++) {
		const struct column *na = n->attrs.items[i];
		const struct column *oa = type_find_attr(o, na->name);
		if (oa && (!typeref_equal(&oa->type, &na->type) || !str_eq(oa->collation, na->collation)))
			return true;
	}
	return false;
}

/* Must o (as n in the new catalog) be swapped on its own account? */
static bool swap_needed(const struct differ *d, const struct type *o, const struct type *n)
{
	if (o->kind != n->kind)
		return true;
	switch (o->kind) {
	case TYPE_ENUM:
		return !enum_extends(o, n);
	case TYPE_DOMAIN:
		return !typeref_equal(&o->base, &n->base) || !str_eq(o->collation, n->collation);
	case TYPE_COMPOSITE:
		return attrs_retyped(o, n) && stored(d, o);
	case TYPE_RANGE:
		return !range_equal(o, n) && type_in_use(d, o);
	}
	return false;
}

/* Does the definition of old type o name a swapped type or collation? */
static bool uses_swapped(const struct differ *d, const struct type *o)
{
	if ((o->kind == TYPE_DOMAIN || o->kind == TYPE_RANGE) && swap_for(d, &o->base))
		return true;
	if (diff_collation_swapped(d, o->collation))
		return true;
	for (size_t i = 0; i < o->attrs.n; i++) {
		const struct column *a = o->attrs.items[i];
		if (swap_for(d, &a->type) || diff_collation_swapped(d, a->collation))
			return true;
	}
	return false;
}

/* What converting the columns of a swapped type can lose, or NULL. */
static const char *swap_loss(struct differ *d, const struct type *o, const struct type *n)
{
	struct strbuf lost = STRBUF_INIT;
	const char *s = NULL;

	if (o->kind == TYPE_ENUM && n->kind == TYPE_ENUM) {
		for (size_t i = 0; i < o->labels.n; i++)
			if (label_pos(n, o->labels.items[i]) < 0)
				sb_addf(&lost, "%s'%s'", lost.len ? ", " : "", (char *)o->labels.items[i]);
		if (lost.len)
			s = arena_printf(d->a, "enum %s loses %s; rows holding them fail the migration",
					 o->name.name, lost.buf);
	} else if (o->kind == TYPE_COMPOSITE && n->kind == TYPE_COMPOSITE) {
		for (size_t i = 0; i < n->attrs.n && !s; i++) {
			const struct column *na = n->attrs.items[i];
			const struct column *oa = type_find_attr(o, na->name);
			const char *what = oa ? diff_type_change_loss(d, o->name.name, oa, na) : NULL;
			if (what)
				s = arena_printf(d->a, "type %s is replaced, its columns converted through text: %s",
						 o->name.name, what);
		}
	} else if (o->kind == TYPE_RANGE && n->kind == TYPE_RANGE) {
		if (!typeref_equal(&o->base, &n->base) || !str_eq(o->collation, n->collation) ||
		    !str_eq(o->opclass, n->opclass) || !str_eq(o->canonical, n->canonical))
			s = arena_printf(d->a, "type %s is replaced; its columns are converted through text, and values that do not convert fail the migration",
					 o->name.name);
	} else if (o->kind != TYPE_ENUM || n->kind != TYPE_ENUM) {
		s = arena_printf(d->a, "type %s is replaced; its columns are converted through text, and values that do not convert fail the migration",
				 o->name.name);
	}
	sb_release(&lost);
	return s;
}

/* A statement renaming a function of old range o: name(args) to newname. */
static struct change *rename_function(struct differ *d, const struct qname *name,
				      const char *args, const char *newname)
{
	struct strbuf sb = STRBUF_INIT;
	struct change *c = diff_add(d, CH_STATEMENT, PH_TYPE, NULL, NULL, NULL);

	sb_adds(&sb, "ALTER FUNCTION ");
	sb_qname(&sb, name->schema, name->name);
	sb_addf(&sb, "(%s) RENAME TO ", args);
	sb_ident(&sb, newname);
	c->text = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return c;
}

/*
 * The parts of swapped range o that the new range n would make again: the
 * constructors range(lower, upper) and range(lower, upper, bounds) when the
 * subtype stays, the multirange type and its constructor multirange() when
 * the multirange keeps its name. Renamed before o, in its place (key).
 */
static void rename_range_parts(struct differ *d, const struct swap *s, int rank)
{
	const struct type *o = s->old, *n = s->new;
	struct ptrvec parts = { 0 };

	if (o->kind != TYPE_RANGE || n->kind != TYPE_RANGE)
		return;
	if (typeref_equal(&o->base, &n->base)) {
		struct strbuf sb = STRBUF_INIT;
		sb_type(&sb, &o->base);
		vec_push(&parts, d->a, rename_function(d, &o->name,
			arena_printf(d->a, "%s, %s", sb.buf, sb.buf), s->tmpname));
		vec_push(&parts, d->a, rename_function(d, &o->name,
			arena_printf(d->a, "%s, %s, text", sb.buf, sb.buf), s->tmpname));
		sb_release(&sb);
	}
	if (str_eq(o->multirange.schema, n->multirange.schema) &&
	    str_eq(o->multirange.name, n->multirange.name)) {
		const char *mtmp = free_name(d, &o->multirange, false);
		struct type *m = arena_alloc(d->a, sizeof(*m));
		struct change *c;
		vec_push(&parts, d->a, rename_function(d, &o->multirange, "", mtmp));
		*m = *o;	/* the multirange, as CH_RENAME_TYPE names it */
		m->name = o->multirange;
		c = diff_add(d, CH_RENAME_TYPE, PH_TYPE, NULL, m, NULL);
		c->name = mtmp;
		vec_push(&parts, d->a, c);
	}
	for (size_t i = 0; i < parts.n; i++) {
		struct change *c = parts.items[i];
		c->rank = rank;
		c->key = arena_printf(d->a, "%s\x1f%s", o->name.schema, o->name.name);
	}
}

/*
 * A composite value converts through text by position: when the old and the
 * new attributes do not line up, the old type (under its temporary name
 * tmp) drops the attributes the new one lacks and adds those it lacks, and
 * the new type is created in that order - the kept attributes in their old
 * order, then the added ones (attribute order is not compared). Returns
 * the type to create.
 */
static const struct type *align_attributes(struct differ *d, const struct swap *s)
{
	const struct type *o = s->old, *n = s->new;
	struct type *tmp, *made;
	bool lined_up = o->attrs.n == n->attrs.n;
	int rank = type_depth(d->new, n, 0);
	struct change *c;

	for (size_t i = 0; lined_up && i < n->attrs.n; i++)
		lined_up = str_eq(((const struct column *)o->attrs.items[i])->name,
				  ((const struct column *)n->attrs.items[i])->name);
	if (lined_up)
		return n;
	tmp = arena_alloc(d->a, sizeof(*tmp));
	*tmp = *o;
	tmp->name.name = s->tmpname;
	made = arena_alloc(d->a, sizeof(*made));
	*made = *n;
	memset(&made->attrs, 0, sizeof(made->attrs));
	for (size_t i = 0; i < o->attrs.n; i++) {
		const struct column *oa = o->attrs.items[i];
		const struct column *na = type_find_attr(n, oa->name);
		if (na) {
			vec_push(&made->attrs, d->a, (void *)na);
			continue;
		}
		c = diff_add(d, CH_DROP_ATTRIBUTE, PH_TYPE, NULL, tmp, NULL);
		c->part = oa;
		c->rank = rank;
		c->destructive = arena_printf(d->a, "attribute %s.%s and its values in columns of type %s",
					      n->name.name, oa->name, n->name.name);
	}
	for (size_t i = 0; i < n->attrs.n; i++) {
		const struct column *na = n->attrs.items[i];
		if (type_find_attr(o, na->name))
			continue;
		c = diff_add(d, CH_ADD_ATTRIBUTE, PH_TYPE, NULL, tmp, NULL);
		c->part = na;
		c->rank = rank;
		vec_push(&made->attrs, d->a, (void *)na);
	}
	return made;
}

static void swap_type(struct differ *d, const struct type *o, const struct type *n, bool alone)
{
	struct swap *s = arena_alloc(d->a, sizeof(*s));
	int depth = type_depth(d->old, o, 0);
	const struct type *made = n;
	struct change *c;

	s->old = o;
	s->new = n;
	s->tmpname = free_name(d, &o->name, false);
	vec_push(&d->swaps, d->a, s);
	/* renames before any type is created, those over other types first */
	rename_range_parts(d, s, -50 - depth);
	c = diff_add(d, CH_RENAME_TYPE, PH_TYPE, NULL, o, NULL);
	c->name = s->tmpname;
	c->rank = -50 - depth;
	if (alone)
		c->destructive = swap_loss(d, o, n);
	if (o->kind == TYPE_COMPOSITE && n->kind == TYPE_COMPOSITE)
		made = align_attributes(d, s);
	create_type(d, made);
	c = diff_add(d, CH_DROP_TYPE, PH_DROP_TYPE, NULL, o, NULL);
	c->name = s->tmpname;
	c->rank = -depth;	/* what uses a type goes before it */
}

/* The types to swap: those that must be on their own account, then, level
 * by level, those over a swapped type or collation. */
static void find_swaps(struct differ *d)
{
	bool more = true;

	d->stored = map_new(d->a);
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *t = d->old->tables.items[i];
		const struct table *nt = catalog_find_table(d->new, &t->name);
		for (size_t j = 0; nt && j < t->columns.n; j++) {
			const struct column *c = t->columns.items[j];
			if (table_find_column(nt, c->name))
				mark_stored(d, &c->type, 0);
		}
	}
	for (size_t i = 0; i < d->old->types.n; i++) {
		const struct type *o = d->old->types.items[i];
		const struct type *n = catalog_find_type(d->new, &o->name);
		if (n && diff_managed(d, o->name.schema) && swap_needed(d, o, n))
			swap_type(d, o, n, true);
	}
	while (more) {
		more = false;
		for (size_t i = 0; i < d->old->types.n; i++) {
			const struct type *o = d->old->types.items[i];
			const struct type *n = catalog_find_type(d->new, &o->name);
			if (!n || !diff_managed(d, o->name.schema) || swap_of(d, o) ||
			    !uses_swapped(d, o) || (o->kind == TYPE_RANGE && !type_in_use(d, o)))
				continue;
			swap_type(d, o, n, false);
			more = true;
		}
	}
}

/*
 * Columns of kept table ot (nt in the new catalog) whose type is swapped
 * are converted through text, their default dropped and set again; those
 * whose collation is swapped move to the new one. A column a parent shares
 * follows the parent's ALTER (it recurses).
 */
void diff_convert_swapped(struct differ *d, const struct table *ot, const struct table *nt)
{
	const struct table *po, *pn;

	diff_cascade_parent(d, ot, nt, &po, &pn);
	for (size_t i = 0; i < nt->columns.n; i++) {
		const struct column *n = nt->columns.items[i];
		const struct column *o = table_find_column(ot, n->name);
		struct change *c;
		if (!o || !typeref_equal(&o->type, &n->type) || !str_eq(o->collation, n->collation))
			continue;	/* diff_column changes it */
		if (po && table_find_column(po, n->name) && table_find_column(pn, n->name))
			continue;
		if (swap_for(d, &o->type)) {
			if (o->def)
				diff_add(d, CH_DROP_DEFAULT, PH_PRE_ALTER_COLUMN, ot, o, NULL);
			c = diff_add(d, CH_ALTER_COLUMN_TYPE, PH_ALTER_COLUMN, nt, n, o);
			c->text = diff_using_cast(d, n, true);
			if (n->def)
				diff_add(d, CH_SET_DEFAULT, PH_POST_ALTER_COLUMN, nt, n, NULL);
		} else if (diff_collation_swapped(d, o->collation)) {
			diff_add(d, CH_ALTER_COLUMN_TYPE, PH_ALTER_COLUMN, nt, n, o);
		}
	}
}

/* Keys of the types and collations whose users must be made again:
 * dropped, swapped, or dropped and created again. */
void diff_types_changed_under(struct differ *d, struct map *broken)
{
	for (size_t i = 0; i < d->old->collations.n; i++) {
		const struct collation *o = d->old->collations.items[i];
		const struct collation *n = catalog_find_collation(d->new, &o->name);
		if (!n || !collation_equal(o, n))
			map_put(broken, object_dep_key(d->a, 'C', o->name.schema, o->name.name),
				(void *)1);
	}
	for (size_t i = 0; i < d->old->types.n; i++) {
		const struct type *o = d->old->types.items[i];
		const struct type *n = catalog_find_type(d->new, &o->name);
		bool gone = !n || swap_of(d, o) ||
			    (o->kind == TYPE_RANGE && n->kind == TYPE_RANGE &&
			     (!range_equal(o, n) || uses_swapped(d, o)));
		if (!gone)
			continue;
		map_put(broken, object_dep_key(d->a, 'T', o->name.schema, o->name.name), (void *)1);
		if (o->kind == TYPE_RANGE)
			map_put(broken, object_dep_key(d->a, 'T', o->multirange.schema,
						       o->multirange.name), (void *)1);
	}
}
