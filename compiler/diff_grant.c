/*
 * diff_grant.c - the differ's privileges and publications: the GRANT and
 * REVOKE statements that turn each object's ACL in the old catalog into
 * its ACL in the new one, ALTER DEFAULT PRIVILEGES likewise, and CREATE /
 * ALTER / DROP PUBLICATION.
 *
 * An object the migration creates (new, or dropped and created again: a
 * view over a changed table, a swapped type) starts from the ACL
 * PostgreSQL gives it at creation: the default, changed by the old
 * catalog's default privileges (those of the new one are set after, in
 * the same phase). A table's REVOKE also revokes the grantee's column
 * privileges, so the column statements come after the table's and start
 * from what the table's left.
 */
#include "acl.h"
#include "arena.h"
#include "diff.h"
#include "map.h"
#include "sqlfmt.h"
#include "strbuf.h"

#include <stdio.h>

struct gdiff {
	struct changes *out;
	struct arena *a;
	const struct catalog *old;
	const struct catalog *new;
	const struct ptrvec *managed;
	struct map *fresh;		/* objects created by the other changes,
					 * by address */
};

static bool managed(const struct gdiff *g, const char *schema)
{
	return diff_schema_managed(g->managed, g->old, g->new, schema);
}

static const char *addr_key(char *buf, size_t size, const void *obj)
{
	snprintf(buf, size, "%p", obj);
	return buf;
}

static bool is_fresh(const struct gdiff *g, const void *obj)
{
	char buf[32];

	return map_get(g->fresh, addr_key(buf, sizeof(buf), obj)) != NULL;
}

static void add_fresh(struct gdiff *g, const void *obj)
{
	char buf[32];

	map_put(g->fresh, addr_key(buf, sizeof(buf), obj), (void *)obj);
}

static void push(struct gdiff *g, enum change_phase phase, int rank, const char *key,
		 const char *text)
{
	struct change *c = arena_alloc(g->a, sizeof(*c));

	c->kind = CH_STATEMENT;
	c->phase = phase;
	c->rank = rank;
	c->key = key;
	c->seq = (int)g->out->items.n;
	c->text = text;
	vec_push(&g->out->items, g->a, c);
}

static void push_all(struct gdiff *g, const char *key, const struct ptrvec *stmts)
{
	for (size_t i = 0; i < stmts->n; i++)
		push(g, PH_GRANT, 0, key, stmts->items[i]);
}

static const char *owner_sql(struct gdiff *g, const struct acl *acl)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	if (!acl || !acl->owner)
		return "CURRENT_USER";
	sb_ident(&sb, acl->owner);
	s = arena_strdup(g->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* "lead schema.name(args)": "ON TABLE s.t", "SCHEMA app", in g's arena. */
static const char *object_ref(struct gdiff *g, const char *lead, const char *schema,
			      const char *name, const char *args)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_addf(&sb, "%s ", lead);
	if (schema)
		sb_qname(&sb, schema, name);
	else
		sb_ident(&sb, name);
	if (args)
		sb_addf(&sb, "(%s)", args);
	s = arena_strdup(g->a, sb.buf);
	sb_release(&sb);
	return s;
}

static const char *on_object(struct gdiff *g, const char *what, const char *schema,
			     const char *name, const char *args)
{
	return object_ref(g, arena_printf(g->a, "ON %s", what), schema, name, args);
}

/* The ACL an object starts from: the old one, or what creation gives. */
static struct acl *base_acl(struct gdiff *g, const void *newobj, const struct acl *oldacl,
			    bool in_old, char kind, const char *schema)
{
	if (!in_old || is_fresh(g, newobj)) {
		struct acl *acl = acl_for_new_object(g->old, g->a, kind, schema);
		return acl ? acl : acl_default(g->a, kind);
	}
	return acl_copy(g->a, oldacl, kind);
}

static void object_acl(struct gdiff *g, const char *key, const char *on, char kind,
		       const struct acl *from, const struct acl *to)
{
	struct ptrvec stmts = { 0 };

	if (acl_equal(from, to))
		return;
	acl_statements(&stmts, g->a, "", on, NULL, kind, from, to, owner_sql(g, to));
	push_all(g, key, &stmts);
}

static const char *qkey(struct gdiff *g, const char *schema, const char *name)
{
	return arena_printf(g->a, "%s\x1f%s", schema ? schema : "", name);
}

/* The key of a view or function: schema, name and arguments. */
static const char *object_qkey(struct gdiff *g, const struct dbobject *o)
{
	return qkey(g, o->name.schema,
		    o->args ? arena_printf(g->a, "%s(%s)", o->name.name, o->args) : o->name.name);
}

/*
 * The column privileges of a relation (key, on), after its own privileges
 * went from -> to: n columns, names[i] with olds[i] (NULL: none, or the
 * column is new) and news[i]. The same statement for several columns is
 * printed once, for all of them.
 */
static void column_acls(struct gdiff *g, const char *key, const char *on, const struct acl *from,
			const struct acl *to, size_t n, const char **names, const struct acl **olds,
			const struct acl **news)
{
	struct ptrvec shapes = { 0 }, cols = { 0 };	/* statement, its columns */
	struct strbuf *sb;

	/* column statements with "\x01" for the column */
	for (size_t i = 0; i < n; i++) {
		struct acl *cfrom, *cto;
		struct ptrvec stmts = { 0 };

		if (!olds[i] && !news[i])
			continue;	/* no column privileges either side */
		cfrom = acl_copy(g->a, olds[i], ACLK_COLUMN);
		cto = acl_copy(g->a, news[i], ACLK_COLUMN);

		/* what the table's REVOKEs take from the columns */
		for (size_t j = 0; j < from->items.n; j++) {
			const struct aclitem *f = from->items.items[j];
			const struct aclitem *t = acl_find(to, f->grantee);
			unsigned p1 = t ? t->privs : 0, o1 = t ? t->grant_opts : 0;
			unsigned all = acl_all(ACLK_COLUMN);
			acl_revoke(cfrom, f->grantee, f->privs & ~p1 & all, false);
			acl_revoke(cfrom, f->grantee, f->grant_opts & p1 & ~o1 & all, true);
		}
		if (acl_equal(cfrom, cto))
			continue;
		acl_statements(&stmts, g->a, "", on, "\x01", ACLK_COLUMN, cfrom, cto,
			       owner_sql(g, to));
		for (size_t j = 0; j < stmts.n; j++) {
			size_t k = 0;
			while (k < shapes.n && !str_eq(shapes.items[k], stmts.items[j]))
				k++;
			if (k == shapes.n) {
				vec_push(&shapes, g->a, stmts.items[j]);
				vec_push(&cols, g->a, arena_alloc(g->a, sizeof(struct strbuf)));
				sb_init(cols.items[k]);
			}
			sb = cols.items[k];
			if (sb->len)
				sb_adds(sb, ", ");
			sb_ident(sb, names[i]);
		}
	}
	for (size_t k = 0; k < shapes.n; k++) {
		struct strbuf out = STRBUF_INIT;
		sb = cols.items[k];
		for (const char *p = shapes.items[k]; *p; p++) {
			if (*p == '\x01')
				sb_adds(&out, sb->buf);
			else
				sb_addc(&out, *p);
		}
		push(g, PH_GRANT, 0, key, arena_strdup(g->a, out.buf));
		sb_release(&out);
		sb_release(sb);
	}
}

static void table_acls(struct gdiff *g, const struct table *n)
{
	const struct table *o = catalog_find_table(g->old, &n->name);
	struct acl *from = base_acl(g, n, o ? o->acl : NULL, o != NULL, ACLK_TABLE, n->name.schema);
	struct acl *to = acl_copy(g->a, n->acl, ACLK_TABLE);
	const char *on = on_object(g, "TABLE", n->name.schema, n->name.name, NULL);
	const char *key = qkey(g, n->name.schema, n->name.name);
	bool table_fresh = !o || is_fresh(g, n);
	const char **names = arena_alloc(g->a, (n->columns.n + 1) * sizeof(*names));
	const struct acl **olds = arena_alloc(g->a, (n->columns.n + 1) * sizeof(*olds));
	const struct acl **news = arena_alloc(g->a, (n->columns.n + 1) * sizeof(*news));

	object_acl(g, key, on, ACLK_TABLE, from, to);
	for (size_t i = 0; i < n->columns.n; i++) {
		const struct column *nc = n->columns.items[i];
		const struct column *oc = table_fresh ? NULL : table_find_column(o, nc->name);
		names[i] = nc->name;
		olds[i] = oc && !is_fresh(g, nc) ? oc->acl : NULL;
		news[i] = nc->acl;
	}
	column_acls(g, key, on, from, to, n->columns.n, names, olds, news);
}

/* A view's, materialized view's or foreign table's privileges and its
 * columns'. */
static void view_acls(struct gdiff *g, const struct dbobject *n, const struct dbobject *o,
		      const char *key, const char *on)
{
	struct acl *from = base_acl(g, n, o ? o->acl : NULL, o != NULL, ACLK_TABLE, n->name.schema);
	struct acl *to = acl_copy(g->a, n->acl, ACLK_TABLE);
	bool fresh = !o || is_fresh(g, n);
	size_t cn = n->columns.n;
	const struct acl **olds = arena_alloc(g->a, (cn + 1) * sizeof(*olds));
	const struct acl **news = arena_alloc(g->a, (cn + 1) * sizeof(*news));

	object_acl(g, key, on, ACLK_TABLE, from, to);
	for (size_t i = 0; i < cn; i++) {
		olds[i] = NULL;
		news[i] = i < n->col_acls.n ? n->col_acls.items[i] : NULL;
		for (size_t j = 0; !fresh && j < o->columns.n && j < o->col_acls.n; j++)
			if (str_eq(o->columns.items[j], n->columns.items[i]))
				olds[i] = o->col_acls.items[j];
	}
	column_acls(g, key, on, from, to, cn, (const char **)n->columns.items, olds, news);
}

static const char *defacl_on(char kind)
{
	switch (kind) {
	case ACLK_TABLE:
		return "ON TABLES";
	case ACLK_SEQUENCE:
		return "ON SEQUENCES";
	case ACLK_FUNCTION:
		return "ON FUNCTIONS";
	case ACLK_TYPE:
		return "ON TYPES";
	default:
		return "ON SCHEMAS";
	}
}

static const struct defacl *find_defacl(const struct catalog *cat, const struct defacl *d)
{
	for (size_t i = 0; i < cat->defacls.n; i++) {
		const struct defacl *x = cat->defacls.items[i];
		if (str_eq(x->role, d->role) && str_eq(x->schema, d->schema) &&
		    x->objtype == d->objtype)
			return x;
	}
	return NULL;
}

static void defacl_diff(struct gdiff *g, const struct defacl *od, const struct defacl *nd)
{
	const struct defacl *d = nd ? nd : od;
	struct acl empty = { 0 }, *start;
	struct strbuf sb = STRBUF_INIT;
	struct ptrvec stmts = { 0 };
	const char *owner;

	if (d->schema && !managed(g, d->schema))
		return;
	start = d->schema ? &empty : acl_default(g->a, d->objtype);
	sb_adds(&sb, "ALTER DEFAULT PRIVILEGES ");
	if (!str_eq(d->role, ACL_DEFAULT_ROLE)) {
		sb_adds(&sb, "FOR ROLE ");
		sb_ident(&sb, d->role);
		sb_addc(&sb, ' ');
	}
	if (d->schema) {
		sb_adds(&sb, "IN SCHEMA ");
		sb_ident(&sb, d->schema);
		sb_addc(&sb, ' ');
	}
	owner = str_eq(d->role, ACL_DEFAULT_ROLE) ? "CURRENT_USER" : owner_sql(g, &d->acl);
	acl_statements(&stmts, g->a, arena_strdup(g->a, sb.buf), defacl_on(d->objtype), NULL,
		       d->objtype, od ? &od->acl : start, nd ? &nd->acl : start, owner);
	for (size_t i = 0; i < stmts.n; i++)
		push(g, PH_GRANT, 1, qkey(g, d->schema, d->role), stmts.items[i]);
	sb_release(&sb);
}

/* ---- publications ----------------------------------------------------- */

static const struct publication *pub_named(const struct catalog *cat, const char *name)
{
	for (size_t i = 0; i < cat->publications.n; i++) {
		const struct publication *p = cat->publications.items[i];
		if (str_eq(p->name, name))
			return p;
	}
	return NULL;
}

static void pub_tables(struct gdiff *g, const struct catalog *cat, const struct publication *p,
		       struct ptrvec *out)
{
	for (size_t i = 0; i < p->tables.n; i++)
		if (publication_has(cat, p, p->tables.items[i]))
			vec_push(out, g->a, p->tables.items[i]);
}

static bool pub_has_name(const struct ptrvec *tables, const struct qname *q)
{
	for (size_t i = 0; i < tables->n; i++) {
		const struct table *t = tables->items[i];
		if (str_eq(t->name.schema, q->schema) && str_eq(t->name.name, q->name))
			return true;
	}
	return false;
}

static void publish_option(struct strbuf *sb, const struct publication *p)
{
	static const char *const ops[] = { "insert", "update", "delete", "truncate" };
	bool first = true;

	sb_adds(sb, "publish = '");
	for (size_t k = 0; k < ARRAY_SIZE(ops); k++)
		if (p->publish & (1u << k)) {
			sb_addf(sb, "%s%s", first ? "" : ", ", ops[k]);
			first = false;
		}
	sb_addc(sb, '\'');
}

static void object_list(struct strbuf *sb, const struct ptrvec *tables, const struct ptrvec *schemas)
{
	for (size_t i = 0; i < tables->n; i++) {
		const struct table *t = tables->items[i];
		sb_adds(sb, i ? ", " : "TABLE ");
		sb_qname(sb, t->name.schema, t->name.name);
	}
	for (size_t i = 0; i < schemas->n; i++) {
		sb_adds(sb, i ? ", " : tables->n ? ", TABLES IN SCHEMA " : "TABLES IN SCHEMA ");
		sb_ident(sb, schemas->items[i]);
	}
}

static const char *pub_alter(struct gdiff *g, const struct publication *p, const char *action,
			     const struct ptrvec *tables, const struct ptrvec *schemas)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_adds(&sb, "ALTER PUBLICATION ");
	sb_ident(&sb, p->name);
	sb_addf(&sb, " %s ", action);
	object_list(&sb, tables, schemas);
	s = arena_strdup(g->a, sb.buf);
	sb_release(&sb);
	return s;
}

static void diff_publications(struct gdiff *g)
{
	for (size_t i = 0; i < g->old->publications.n; i++) {
		const struct publication *o = g->old->publications.items[i];
		const struct publication *n = pub_named(g->new, o->name);
		struct strbuf sb = STRBUF_INIT;
		if (n && n->all_tables == o->all_tables)
			continue;
		sb_adds(&sb, "DROP PUBLICATION ");
		sb_ident(&sb, o->name);
		push(g, PH_DROP_OBJECT, 0, arena_strdup(g->a, o->name), arena_strdup(g->a, sb.buf));
		sb_release(&sb);
	}
	for (size_t i = 0; i < g->new->publications.n; i++) {
		const struct publication *n = g->new->publications.items[i];
		const struct publication *o = pub_named(g->old, n->name);
		struct ptrvec nt = { 0 }, ot = { 0 }, add = { 0 }, drop = { 0 }, adds = { 0 },
			      drops = { 0 };
		struct strbuf sb = STRBUF_INIT;
		const char *key = arena_strdup(g->a, n->name);

		if (o && o->all_tables != n->all_tables)
			o = NULL;
		pub_tables(g, g->new, n, &nt);
		if (!o) {
			sb_adds(&sb, "CREATE PUBLICATION ");
			sb_ident(&sb, n->name);
			if (n->all_tables)
				sb_adds(&sb, " FOR ALL TABLES");
			else if (nt.n || n->schemas.n) {
				sb_adds(&sb, " FOR ");
				object_list(&sb, &nt, &n->schemas);
			}
			if (n->publish != PUB_ALL || n->via_root) {
				sb_adds(&sb, " WITH (");
				if (n->publish != PUB_ALL)
					publish_option(&sb, n);
				if (n->via_root)
					sb_addf(&sb, "%spublish_via_partition_root = true",
						n->publish != PUB_ALL ? ", " : "");
				sb_addc(&sb, ')');
			}
			push(g, PH_GRANT, 2, key, arena_strdup(g->a, sb.buf));
			sb_release(&sb);
			continue;
		}
		if (o->publish != n->publish || o->via_root != n->via_root) {
			sb_adds(&sb, "ALTER PUBLICATION ");
			sb_ident(&sb, n->name);
			sb_adds(&sb, " SET (");
			publish_option(&sb, n);
			sb_addf(&sb, ", publish_via_partition_root = %s)",
				n->via_root ? "true" : "false");
			push(g, PH_GRANT, 2, key, arena_strdup(g->a, sb.buf));
		}
		sb_release(&sb);
		pub_tables(g, g->old, o, &ot);
		for (size_t j = 0; j < ot.n; j++) {
			const struct table *t = ot.items[j];
			/* a table dropped by the migration leaves by itself */
			if (!pub_has_name(&nt, &t->name) && catalog_find_table(g->new, &t->name))
				vec_push(&drop, g->a, (void *)t);
		}
		for (size_t j = 0; j < nt.n; j++) {
			const struct table *t = nt.items[j];
			if (!pub_has_name(&ot, &t->name) || is_fresh(g, t))
				vec_push(&add, g->a, (void *)t);
		}
		for (size_t j = 0; j < o->schemas.n; j++)
			if (!vec_has_string(&n->schemas, o->schemas.items[j]))
				vec_push(&drops, g->a, o->schemas.items[j]);
		for (size_t j = 0; j < n->schemas.n; j++)
			if (!vec_has_string(&o->schemas, n->schemas.items[j]))
				vec_push(&adds, g->a, n->schemas.items[j]);
		if (drop.n || drops.n)
			push(g, PH_GRANT, 2, key, pub_alter(g, n, "DROP", &drop, &drops));
		if (add.n || adds.n)
			push(g, PH_GRANT, 2, key, pub_alter(g, n, "ADD", &add, &adds));
	}
}

/* ---- owners (diff_options.owners) ----------------------------------------- */

static const char *acl_owner(const struct acl *acl)
{
	return acl ? acl->owner : NULL;
}

/*
 * ALTER target OWNER TO ("TABLE s.t", "FUNCTION f(int)"), when the owner an
 * object starts from (from: the old one; NULL for an object the migration
 * creates) is not the one it should have. NULL on either side is dflt, the
 * owner PostgreSQL gives. key: the order among the grants.
 */
static void owner_to(struct gdiff *g, const char *key, const char *target, const char *from,
		     const char *to, const char *dflt)
{
	struct strbuf sb = STRBUF_INIT;

	if (str_eq(from ? from : dflt, to ? to : dflt))
		return;
	sb_addf(&sb, "ALTER %s OWNER TO ", target);
	if (to)
		sb_ident(&sb, to);
	else
		sb_adds(&sb, str_eq(dflt, ACL_DEFAULT_ROLE) ? "CURRENT_USER" : dflt);
	push(g, PH_GRANT, -1, key, arena_strdup(g->a, sb.buf));
	sb_release(&sb);
}

/* owner_to for an object named kind schema.name. */
static void owner_named(struct gdiff *g, const char *kind, const char *schema, const char *name,
			const char *from, const char *to, const char *dflt)
{
	owner_to(g, qkey(g, schema, name), object_ref(g, kind, schema, name, NULL), from, to,
		 dflt);
}

/* The old object's owner, or NULL when the migration creates the object. */
static const char *old_owner(const struct gdiff *g, const void *newobj, const void *oldobj,
			     const char *owner)
{
	return oldobj && !is_fresh(g, newobj) ? owner : NULL;
}

static void diff_owners(struct gdiff *g)
{
	const char *dr = ACL_DEFAULT_ROLE;

	for (size_t i = 0; i < g->new->schemas.n; i++) {
		const struct schema *n = g->new->schemas.items[i];
		const struct schema *o = catalog_find_schema(g->old, n->name);
		if (managed(g, n->name))
			owner_named(g, "SCHEMA", NULL, n->name,
				    old_owner(g, n, o, o ? acl_owner(o->acl) : NULL),
				    acl_owner(n->acl), n->implicit ? "pg_database_owner" : dr);
	}
	for (size_t i = 0; i < g->new->types.n; i++) {
		const struct type *n = g->new->types.items[i];
		const struct type *o = catalog_find_type(g->old, &n->name);
		if (managed(g, n->name.schema))
			owner_named(g, n->kind == TYPE_DOMAIN ? "DOMAIN" : "TYPE", n->name.schema,
				    n->name.name, old_owner(g, n, o, o ? acl_owner(o->acl) : NULL),
				    acl_owner(n->acl), dr);
	}
	for (size_t i = 0; i < g->new->collations.n; i++) {
		const struct collation *n = g->new->collations.items[i];
		const struct collation *o = catalog_find_collation(g->old, &n->name);
		if (managed(g, n->name.schema))
			owner_named(g, "COLLATION", n->name.schema, n->name.name,
				    old_owner(g, n, o, o ? o->owner : NULL), n->owner, dr);
	}
	for (size_t i = 0; i < g->new->sequences.n; i++) {
		const struct sequence *n = g->new->sequences.items[i];
		const struct sequence *o = catalog_find_sequence(g->old, &n->name);
		/* an owned sequence has its table's owner (PostgreSQL
		 * requires it, and ALTER TABLE ... OWNER TO moves both) */
		if (managed(g, n->name.schema) && !n->owned_table && !n->identity)
			owner_named(g, "SEQUENCE", n->name.schema, n->name.name,
				    old_owner(g, n, o, o ? acl_owner(o->acl) : NULL),
				    acl_owner(n->acl), dr);
	}
	for (size_t i = 0; i < g->new->tables.n; i++) {
		const struct table *n = g->new->tables.items[i];
		const struct table *o = catalog_find_table(g->old, &n->name);
		if (managed(g, n->name.schema))
			owner_named(g, "TABLE", n->name.schema, n->name.name,
				    old_owner(g, n, o, o ? acl_owner(o->acl) : NULL),
				    acl_owner(n->acl), dr);
	}
	for (size_t i = 0; i < g->new->objects.n; i++) {
		const struct dbobject *n = g->new->objects.items[i];
		const struct dbobject *o = catalog_find_object(g->old, n->key);
		struct strbuf sb = STRBUF_INIT;
		/* triggers and policies are their table's */
		if (!object_kind_desc(n->kind)->owned ||
		    (!object_kind_desc(n->kind)->global && !managed(g, n->name.schema)))
			continue;
		sb_object(&sb, n);
		owner_to(g, object_qkey(g, n), arena_strdup(g->a, sb.buf),
			 old_owner(g, n, o, o ? acl_owner(o->acl) : NULL), acl_owner(n->acl), dr);
		sb_release(&sb);
	}
	for (size_t i = 0; i < g->new->publications.n; i++) {
		const struct publication *n = g->new->publications.items[i];
		const struct publication *o = pub_named(g->old, n->name);
		owner_named(g, "PUBLICATION", NULL, n->name,
			    o && o->all_tables == n->all_tables ? o->owner : NULL, n->owner, dr);
	}
}

void diff_grants(struct changes *out, struct arena *a, const struct catalog *old,
		 const struct catalog *new, const struct ptrvec *managed_schemas, bool owners)
{
	struct gdiff g = { out, a, old, new, managed_schemas, map_new(a) };

	for (size_t i = 0; i < out->items.n; i++) {
		const struct change *c = out->items.items[i];
		switch (c->kind) {
		case CH_CREATE_TABLE:
			add_fresh(&g, c->table);
			break;
		case CH_CREATE_ENUM:
		case CH_CREATE_TYPE: {
			/* a swapped composite type may be created from a copy */
			const struct type *t = c->obj;
			add_fresh(&g, catalog_find_type(new, &t->name));
			break;
		}
		case CH_CREATE_COLLATION: {
			const struct collation *k = c->obj;
			add_fresh(&g, catalog_find_collation(new, &k->name));
			break;
		}
		case CH_CREATE_OBJECT:
		case CH_CREATE_SEQUENCE:
		case CH_CREATE_SCHEMA:
		case CH_ADD_COLUMN:
			add_fresh(&g, c->obj);
			break;
		default:
			break;
		}
	}

	for (size_t i = 0; i < new->schemas.n; i++) {
		const struct schema *n = new->schemas.items[i];
		const struct schema *o = catalog_find_schema(old, n->name);
		char kind = n->implicit ? ACLK_PUBLIC_SCHEMA : ACLK_SCHEMA;
		if (!managed(&g, n->name))
			continue;
		object_acl(&g, qkey(&g, n->name, ""), on_object(&g, "SCHEMA", NULL, n->name, NULL),
			   kind, base_acl(&g, n, o ? o->acl : NULL, o != NULL, kind, n->name),
			   acl_copy(a, n->acl, kind));
	}
	for (size_t i = 0; i < new->types.n; i++) {
		const struct type *n = new->types.items[i];
		const struct type *o = catalog_find_type(old, &n->name);
		if (!managed(&g, n->name.schema))
			continue;
		object_acl(&g, qkey(&g, n->name.schema, n->name.name),
			   on_object(&g, "TYPE", n->name.schema, n->name.name, NULL), ACLK_TYPE,
			   base_acl(&g, n, o ? o->acl : NULL, o != NULL, ACLK_TYPE, n->name.schema),
			   acl_copy(a, n->acl, ACLK_TYPE));
	}
	for (size_t i = 0; i < new->sequences.n; i++) {
		const struct sequence *n = new->sequences.items[i];
		const struct sequence *o = catalog_find_sequence(old, &n->name);
		if (!managed(&g, n->name.schema))
			continue;
		object_acl(&g, qkey(&g, n->name.schema, n->name.name),
			   on_object(&g, "SEQUENCE", n->name.schema, n->name.name, NULL),
			   ACLK_SEQUENCE,
			   base_acl(&g, n, o ? o->acl : NULL, o != NULL, ACLK_SEQUENCE,
				    n->name.schema),
			   acl_copy(a, n->acl, ACLK_SEQUENCE));
	}
	for (size_t i = 0; i < new->tables.n; i++) {
		const struct table *n = new->tables.items[i];
		if (managed(&g, n->name.schema))
			table_acls(&g, n);
	}
	for (size_t i = 0; i < new->objects.n; i++) {
		const struct dbobject *n = new->objects.items[i];
		const struct dbobject *o = catalog_find_object(old, n->key);
		char kind;
		const char *what;
		if (!managed(&g, n->name.schema))
			continue;
		switch (n->kind) {
		case OBJ_VIEW:
		case OBJ_MATVIEW:
		case OBJ_FOREIGN_TABLE:
			kind = ACLK_TABLE;
			what = "TABLE";
			break;
		case OBJ_FUNCTION:
			kind = ACLK_FUNCTION;
			what = "FUNCTION";
			break;
		case OBJ_PROCEDURE:
			kind = ACLK_FUNCTION;
			what = "PROCEDURE";
			break;
		default:
			continue;
		}
		if (kind == ACLK_TABLE) {
			view_acls(&g, n, o, object_qkey(&g, n),
				  on_object(&g, what, n->name.schema, n->name.name, NULL));
			continue;
		}
		object_acl(&g, object_qkey(&g, n),
			   on_object(&g, what, n->name.schema, n->name.name, n->args), kind,
			   base_acl(&g, n, o ? o->acl : NULL, o != NULL, kind, n->name.schema),
			   acl_copy(a, n->acl, kind));
	}

	if (owners)
		diff_owners(&g);
	for (size_t i = 0; i < old->defacls.n; i++)
		if (!find_defacl(new, old->defacls.items[i]))
			defacl_diff(&g, old->defacls.items[i], NULL);
	for (size_t i = 0; i < new->defacls.n; i++)
		defacl_diff(&g, find_defacl(old, new->defacls.items[i]), new->defacls.items[i]);

	diff_publications(&g);
}
