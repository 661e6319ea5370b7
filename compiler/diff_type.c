/*
 * diff_type.c - the differ's part for types and collations: enums, domains,
 * composite and range types, collations (diff.h: CH_CREATE_ENUM ...
 * CH_DROP_COLLATION), in the order of the types they use (type_depth), and
 * the swaps that replace a type under the columns that use it.
 *
 * Rules worth knowing:
 *   - enum values are added in place with ADD VALUE; removing or reordering
 *     values swaps the type (rename, create, convert columns, drop);
 *   - domains and composite types change in place; a domain whose base type
 *     changes, or a type that changes kind, is swapped like an enum; a
 *     changed range type or collation is dropped and created again.
 */
#include "diff_int.h"
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

static void swap_enum(struct differ *d, const struct type *o, const struct type *n);
static void create_type(struct differ *d, const struct type *n);
static void diff_other_type(struct differ *d, const struct type *o, const struct type *n);
static int type_depth(const struct catalog *cat, const struct type *t, int guard);
static void diff_collations(struct differ *d);

void diff_types(struct differ *d)
{
	diff_collations(d);
	for (size_t i = 0; i < d->new->types.n; i++) {
		const struct type *n = d->new->types.items[i];
		const struct type *o = catalog_find_type(d->old, &n->name);
		if (!diff_managed(d, n->name.schema))
			continue;
		if (!o) {
			create_type(d, n);
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
		} else {
			swap_enum(d, o, n);
		}
		if (diff_comment_differs(o && o->kind == n->kind ? o->comment : NULL, n->comment, false))
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

static const char *target_type_find_check(struct differ *d, const struct type *t,
				       const struct constraint *con)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_adds(&sb, "CONSTRAINT ");
	sb_ident(&sb, con->name);
	sb_adds(&sb, " ON DOMAIN ");
	sb_qname(&sb, t->name.schema, t->name.name);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

static const char *target_attr(struct differ *d, const struct type *t, const char *attr)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_adds(&sb, "COLUMN ");
	sb_qname(&sb, t->name.schema, t->name.name);
	sb_addc(&sb, '.');
	sb_ident(&sb, attr);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
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
			diff_comment(d, target_type_find_check(d, n, nc), nc->comment);
	}
	for (size_t i = 0; i < n->attrs.n; i++) {
		const struct column *na = n->attrs.items[i];
		const struct column *oa = o ? type_find_attr(o, na->name) : NULL;
		if (diff_comment_differs(oa ? oa->comment : NULL, na->comment, false))
			diff_comment(d, target_attr(d, n, na->name), na->comment);
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
		if (!nc || !expr_equal(oc->check, nc->check) || (nc->not_valid && !oc->not_valid))
			add_type_change(d, CH_DOMAIN_DROP_CHECK, d->new, n, oc);
	}
	if (!expr_equal(o->def, n->def))
		add_type_change(d, n->def ? CH_DOMAIN_SET_DEFAULT : CH_DOMAIN_DROP_DEFAULT, d->new,
				n, NULL);
	if (o->not_null != n->not_null)
		add_type_change(d, n->not_null ? CH_DOMAIN_SET_NOT_NULL : CH_DOMAIN_DROP_NOT_NULL,
				d->new, n, NULL);
	for (size_t i = 0; i < n->checks.n; i++) {
		const struct constraint *nc = n->checks.items[i];
		const struct constraint *oc = type_find_check(o, nc->name);
		if (!oc || !expr_equal(oc->check, nc->check) || (nc->not_valid && !oc->not_valid))
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

/*
 * A type that is not an enum on both sides. Domains and composite types
 * change in place; a range changes by being dropped and created again (its
 * multirange and constructor functions keep their names through a rename,
 * so it cannot be swapped); a domain whose base type or collation changes,
 * or a type that changes kind, is swapped as a changed enum is.
 */
static void diff_other_type(struct differ *d, const struct type *o, const struct type *n)
{
	if (o->kind == TYPE_RANGE && n->kind == TYPE_RANGE) {
		if (!range_equal(o, n)) {
			struct change *c = diff_add(d, CH_DROP_TYPE, PH_TYPE, NULL, o, NULL);
			c->rank = -100;	/* before any type is created */
			create_type(d, n);
		}
		return;
	}
	if (o->kind != n->kind || (n->kind == TYPE_DOMAIN &&
				   (!typeref_equal(&o->base, &n->base) ||
				    !str_eq(o->collation, n->collation)))) {
		swap_enum(d, o, n);
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

/* Collations come before the types and columns that use them, and go after. */
static void diff_collations(struct differ *d)
{
	for (size_t i = 0; i < d->new->collations.n; i++) {
		const struct collation *n = d->new->collations.items[i];
		const struct collation *o = catalog_find_collation(d->old, &n->name);
		struct change *c;
		if (!diff_managed(d, n->name.schema))
			continue;
		if (o && !collation_equal(o, n)) {
			c = diff_add(d, CH_DROP_COLLATION, PH_TYPE, NULL, o, NULL);
			c->rank = -102;
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

/* ---- enum swaps ------------------------------------------------------- */

struct swap {
	const struct type *old;
	const struct type *new;
	const char *tmpname;
};

static const struct swap *swap_for(const struct differ *d, const struct typeref *t)
{
	for (size_t i = 0; i < d->swaps.n; i++) {
		const struct swap *s = d->swaps.items[i];
		if (str_eq(t->schema, s->old->name.schema) && str_eq(t->name, s->old->name.name))
			return s;
	}
	return NULL;
}

bool diff_type_swapped(const struct differ *d, const struct typeref *t)
{
	return swap_for(d, t) != NULL;
}

static void swap_enum(struct differ *d, const struct type *o, const struct type *n)
{
	struct swap *s = arena_alloc(d->a, sizeof(*s));
	struct change *c;
	struct strbuf lost = STRBUF_INIT;

	s->old = o;
	s->new = n;
	s->tmpname = make_object_name(d->a, o->name.name, NULL, "old");
	vec_push(&d->swaps, d->a, s);
	c = diff_add(d, CH_RENAME_TYPE, PH_TYPE, NULL, o, NULL);
	c->name = s->tmpname;
	for (size_t i = 0; i < o->labels.n; i++)
		if (label_pos(n, o->labels.items[i]) < 0)
			sb_addf(&lost, "%s'%s'", lost.len ? ", " : "", (char *)o->labels.items[i]);
	if (lost.len)
		c->destructive = arena_printf(d->a, "enum %s loses %s; rows holding them fail the migration",
					      o->name.name, lost.buf);
	sb_release(&lost);
	if (!lost.len && (o->kind != TYPE_ENUM || n->kind != TYPE_ENUM))
		c->destructive = arena_printf(d->a, "type %s is replaced; its columns are converted through text, and values that do not convert fail the migration",
					      o->name.name);
	create_type(d, n);
	c = diff_add(d, CH_DROP_TYPE, PH_DROP_TYPE, NULL, o, NULL);
	c->name = s->tmpname;
}

/* Columns of kept tables whose enum type is swapped: convert them. */
void diff_convert_swapped(struct differ *d, const struct table *ot, const struct table *nt)
{
	for (size_t i = 0; i < nt->columns.n; i++) {
		const struct column *n = nt->columns.items[i];
		const struct column *o = table_find_column(ot, n->name);
		struct change *c;
		if (!o || !swap_for(d, &o->type) || !typeref_equal(&o->type, &n->type))
			continue;
		if (o->def)
			diff_add(d, CH_DROP_DEFAULT, PH_PRE_ALTER_COLUMN, ot, o, NULL);
		c = diff_add(d, CH_ALTER_COLUMN_TYPE, PH_ALTER_COLUMN, nt, n, o);
		c->text = diff_using_cast(d, n, true);
		if (n->def)
			diff_add(d, CH_SET_DEFAULT, PH_POST_ALTER_COLUMN, nt, n, NULL);
	}
}