/*
 * catalog.c - registration, lookup and removal of catalog objects. Lists keep
 * creation order; a string-keyed open-addressing hash map (XXH3) gives
 * constant-time lookups by qualified name. Maps are never iterated, so hash
 * order never reaches the output.
 */
#include "catalog.h"
#include "arena.h"
#include "map.h"

#include <stdio.h>
#include <string.h>
#include <xxhash.h>

/* schema and name joined by a byte that cannot appear in an identifier's
 * first position of a valid key; written to a caller buffer. */
static const char *qkey(char *buf, size_t size, const char *schema, const char *name)
{
	/* what snprintf(buf, size, "%s\x1f%s", ...) writes, without its
	 * format parsing (these keys are built for every lookup) */
	size_t n = 0, len;

	schema = schema ? schema : "";
	len = strlen(schema);
	if (len > size - 1)
		len = size - 1;
	memcpy(buf, schema, len);
	n = len;
	if (n < size - 1)
		buf[n++] = '\x1f';
	len = strlen(name);
	if (len > size - 1 - n)
		len = size - 1 - n;
	memcpy(buf + n, name, len);
	buf[n + len] = '\0';
	return buf;
}

#define KEYBUF (2 * NAMEDATALEN * 4 + 2)

/* ---- lists ------------------------------------------------------------ */

static void list_remove(struct ptrvec *v, const void *item)
{
	for (size_t i = 0; i < v->n; i++) {
		if (v->items[i] == item) {
			vec_remove(v, i);
			return;
		}
	}
}

/* ---- the catalog ------------------------------------------------------ */

struct catalog *catalog_new(struct arena *a)
{
	struct catalog *cat = arena_alloc(a, sizeof(*cat));
	struct schema *pub = arena_alloc(a, sizeof(*pub));

	cat->arena = a;
	cat->relations = map_new(a);
	cat->typemap = map_new(a);
	cat->connames = map_new(a);
	cat->unsupported = map_new(a);
	cat->objmap = map_new(a);
	cat->funcnames = map_new(a);
	pub->name = "public";
	pub->implicit = true;
	vec_push(&cat->schemas, a, pub);
	catalog_default_search_path(cat);
	return cat;
}

void catalog_default_search_path(struct catalog *cat)
{
	memset(&cat->search_path, 0, sizeof(cat->search_path));
	vec_push(&cat->search_path, cat->arena, "$user");
	vec_push(&cat->search_path, cat->arena, "public");
}

const char *catalog_creation_schema(const struct catalog *cat)
{
	for (size_t i = 0; i < cat->search_path.n; i++) {
		const char *s = cat->search_path.items[i];
		if (catalog_find_schema(cat, s))
			return s;
	}
	return NULL;
}

struct schema *catalog_find_schema(const struct catalog *cat, const char *name)
{
	for (size_t i = 0; i < cat->schemas.n; i++) {
		struct schema *s = cat->schemas.items[i];
		if (strcmp(s->name, name) == 0)
			return s;
	}
	return NULL;
}

struct extension *catalog_find_extension(const struct catalog *cat, const char *name)
{
	for (size_t i = 0; i < cat->extensions.n; i++) {
		struct extension *e = cat->extensions.items[i];
		if (strcmp(e->name, name) == 0)
			return e;
	}
	return NULL;
}

struct type *catalog_find_type(const struct catalog *cat, const struct qname *name)
{
	char buf[KEYBUF];
	return map_get(cat->typemap, qkey(buf, sizeof(buf), name->schema, name->name));
}

struct collation *catalog_find_collation(const struct catalog *cat, const struct qname *name)
{
	for (size_t i = 0; i < cat->collations.n; i++) {
		struct collation *c = cat->collations.items[i];
		if (str_eq(c->name.schema, name->schema) && strcmp(c->name.name, name->name) == 0)
			return c;
	}
	return NULL;
}

struct relation *catalog_find_relation(const struct catalog *cat, const struct qname *name)
{
	char buf[KEYBUF];
	return map_get(cat->relations, qkey(buf, sizeof(buf), name->schema, name->name));
}

struct relation *catalog_resolve_relation(const struct catalog *cat, const char *schema,
					  const char *name)
{
	struct qname q = { schema, name };

	if (schema && *schema)
		return catalog_find_relation(cat, &q);
	for (size_t i = 0; i < cat->search_path.n; i++) {
		struct relation *r;
		q.schema = cat->search_path.items[i];
		if ((r = catalog_find_relation(cat, &q)) != NULL)
			return r;
	}
	return NULL;
}

struct table *catalog_find_table(const struct catalog *cat, const struct qname *name)
{
	struct relation *r = catalog_find_relation(cat, name);
	return r && r->kind == REL_TABLE ? r->obj : NULL;
}

void catalog_referencing_fks(const struct catalog *cat, const struct table *t, const char *column,
			     struct arena *a, struct ptrvec *out_tables, struct ptrvec *out_cons)
{
	for (size_t i = 0; i < cat->tables.n; i++) {
		struct table *other = cat->tables.items[i];
		for (size_t j = 0; j < other->constraints.n; j++) {
			struct constraint *c = other->constraints.items[j];
			bool uses = c->kind == CON_FOREIGN && str_eq(c->ref_table.schema, t->name.schema) &&
				    str_eq(c->ref_table.name, t->name.name);
			if (uses && column)
				uses = vec_has_string(&c->ref_columns, column);
			if (uses) {
				vec_push(out_tables, a, other);
				vec_push(out_cons, a, c);
			}
		}
	}
}

struct sequence *catalog_find_sequence(const struct catalog *cat, const struct qname *name)
{
	struct relation *r = catalog_find_relation(cat, name);
	return r && r->kind == REL_SEQUENCE ? r->obj : NULL;
}

int table_column_index(const struct table *t, const char *name)
{
	/* the first byte is compared before strcmp: the builder asks every
	 * table for a name (f(t) may be t.f), and most columns differ there */
	for (size_t i = 0; i < t->columns.n; i++) {
		const struct column *c = t->columns.items[i];
		if (c->name[0] == name[0] && strcmp(c->name, name) == 0)
			return (int)i;
	}
	return -1;
}

struct column *table_find_column(const struct table *t, const char *name)
{
	int i = table_column_index(t, name);
	return i < 0 ? NULL : t->columns.items[i];
}

struct constraint *type_find_check(const struct type *t, const char *name)
{
	for (size_t i = 0; i < t->checks.n; i++) {
		struct constraint *c = t->checks.items[i];
		if (strcmp(c->name, name) == 0)
			return c;
	}
	return NULL;
}

struct column *type_find_attr(const struct type *t, const char *name)
{
	for (size_t i = 0; i < t->attrs.n; i++) {
		struct column *c = t->attrs.items[i];
		if (strcmp(c->name, name) == 0)
			return c;
	}
	return NULL;
}

struct constraint *table_find_constraint(const struct table *t, const char *name)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		struct constraint *c = t->constraints.items[i];
		if (strcmp(c->name, name) == 0)
			return c;
	}
	return NULL;
}

bool table_has_primary_key(const struct table *t)
{
	for (size_t i = 0; i < t->constraints.n; i++)
		if (((const struct constraint *)t->constraints.items[i])->kind == CON_PRIMARY)
			return true;
	return false;
}

struct index *table_find_index(const struct table *t, const char *name)
{
	for (size_t i = 0; i < t->indexes.n; i++) {
		struct index *ix = t->indexes.items[i];
		if (strcmp(ix->name, name) == 0)
			return ix;
	}
	return NULL;
}

bool catalog_relname_taken(const struct catalog *cat, const char *schema, const char *name)
{
	struct qname q = { schema, name };
	const struct type *t = catalog_find_type(cat, &q);
	return catalog_find_relation(cat, &q) != NULL || (t && t->kind == TYPE_COMPOSITE);
}

bool catalog_rowtype_taken(const struct catalog *cat, const struct qname *q)
{
	const struct relation *r = catalog_find_relation(cat, q);
	return r && (r->kind == REL_TABLE || r->kind == REL_VIEW);
}

bool catalog_conname_taken(const struct catalog *cat, const char *schema, const char *name)
{
	char buf[KEYBUF];
	return map_get(cat->connames, qkey(buf, sizeof(buf), schema, name)) != NULL;
}

static void put_relation(struct catalog *cat, const char *schema, const char *name,
			 enum rel_kind kind, void *obj, struct table *t)
{
	struct relation *r = arena_alloc(cat->arena, sizeof(*r));
	char buf[KEYBUF];

	r->kind = kind;
	r->obj = obj;
	r->table = t;
	map_put(cat->relations, qkey(buf, sizeof(buf), schema, name), r);
}

static void del_relation(struct catalog *cat, const char *schema, const char *name)
{
	char buf[KEYBUF];
	map_del(cat->relations, qkey(buf, sizeof(buf), schema, name));
}

/* Constraint names are counted per schema: several tables may share one. */
static void conname_use(struct catalog *cat, const char *schema, const char *name, int delta)
{
	char buf[KEYBUF];
	const char *key = qkey(buf, sizeof(buf), schema, name);
	intptr_t n = (intptr_t)map_get(cat->connames, key) + delta;

	if (n > 0)
		map_put(cat->connames, key, (void *)n);
	else
		map_del(cat->connames, key);
}

static bool con_has_index(const struct constraint *c)
{
	return c->kind == CON_PRIMARY || c->kind == CON_UNIQUE || c->kind == CON_EXCLUSION;
}

void catalog_add_schema(struct catalog *cat, struct schema *s)
{
	vec_push(&cat->schemas, cat->arena, s);
}

void catalog_add_extension(struct catalog *cat, struct extension *e)
{
	vec_push(&cat->extensions, cat->arena, e);
}

void catalog_add_type(struct catalog *cat, struct type *t)
{
	char buf[KEYBUF];
	vec_push(&cat->types, cat->arena, t);
	map_put(cat->typemap, qkey(buf, sizeof(buf), t->name.schema, t->name.name), t);
}

void catalog_add_collation(struct catalog *cat, struct collation *c)
{
	vec_push(&cat->collations, cat->arena, c);
}

void catalog_add_domain_check(struct catalog *cat, struct type *t, struct constraint *c)
{
	vec_push(&t->checks, cat->arena, c);
	conname_use(cat, t->name.schema, c->name, 1);
}

void catalog_add_sequence(struct catalog *cat, struct sequence *s)
{
	vec_push(&cat->sequences, cat->arena, s);
	put_relation(cat, s->name.schema, s->name.name, REL_SEQUENCE, s, NULL);
}

void catalog_add_table(struct catalog *cat, struct table *t)
{
	vec_push(&cat->tables, cat->arena, t);
	put_relation(cat, t->name.schema, t->name.name, REL_TABLE, t, t);
}

void catalog_add_index(struct catalog *cat, struct table *t, struct index *ix)
{
	vec_push(&t->indexes, cat->arena, ix);
	put_relation(cat, t->name.schema, ix->name, REL_INDEX, ix, t);
}

void catalog_add_constraint(struct catalog *cat, struct table *t, struct constraint *c)
{
	vec_push(&t->constraints, cat->arena, c);
	conname_use(cat, t->name.schema, c->name, 1);
	if (con_has_index(c))
		put_relation(cat, t->name.schema, c->name, REL_CONSTRAINT_INDEX, c, t);
}

void catalog_remove_schema(struct catalog *cat, struct schema *s)
{
	list_remove(&cat->schemas, s);
}

void catalog_remove_extension(struct catalog *cat, struct extension *e)
{
	list_remove(&cat->extensions, e);
}

void catalog_remove_type(struct catalog *cat, struct type *t)
{
	char buf[KEYBUF];
	while (t->checks.n)
		catalog_remove_domain_check(cat, t, t->checks.items[t->checks.n - 1]);
	list_remove(&cat->types, t);
	map_del(cat->typemap, qkey(buf, sizeof(buf), t->name.schema, t->name.name));
}

void catalog_remove_collation(struct catalog *cat, struct collation *c)
{
	list_remove(&cat->collations, c);
}

void catalog_remove_domain_check(struct catalog *cat, struct type *t, struct constraint *c)
{
	list_remove(&t->checks, c);
	conname_use(cat, t->name.schema, c->name, -1);
}

void catalog_remove_sequence(struct catalog *cat, struct sequence *s)
{
	list_remove(&cat->sequences, s);
	del_relation(cat, s->name.schema, s->name.name);
}

/* An index (or key) of t goes (to NULL) or is renamed: REPLICA IDENTITY
 * and CLUSTER ON follow it, as PostgreSQL's flags on the index do. */
static void index_name_changes(struct table *t, const char *old, const char *name)
{
	if (t->replident == 'i' && str_eq(t->replident_index, old)) {
		t->replident_index = name;
		if (!name)
			t->replident = 0;	/* pg_dump prints nothing, as for DEFAULT */
	}
	if (str_eq(t->cluster_index, old))
		t->cluster_index = name;
}

void catalog_remove_index(struct catalog *cat, struct table *t, struct index *ix)
{
	index_name_changes(t, ix->name, NULL);
	list_remove(&t->indexes, ix);
	del_relation(cat, t->name.schema, ix->name);
}

void catalog_remove_constraint(struct catalog *cat, struct table *t, struct constraint *c)
{
	list_remove(&t->constraints, c);
	if (con_has_index(c))
		index_name_changes(t, c->name, NULL);
	conname_use(cat, t->name.schema, c->name, -1);
	if (con_has_index(c))
		del_relation(cat, t->name.schema, c->name);
}

void catalog_remove_table(struct catalog *cat, struct table *t)
{
	while (t->indexes.n)
		catalog_remove_index(cat, t, t->indexes.items[t->indexes.n - 1]);
	while (t->constraints.n)
		catalog_remove_constraint(cat, t, t->constraints.items[t->constraints.n - 1]);
	list_remove(&cat->tables, t);
	del_relation(cat, t->name.schema, t->name.name);
}

void catalog_rename_table(struct catalog *cat, struct table *t, const char *name)
{
	del_relation(cat, t->name.schema, t->name.name);
	t->name.name = arena_strdup(cat->arena, name);
	put_relation(cat, t->name.schema, t->name.name, REL_TABLE, t, t);
}

void catalog_rename_sequence(struct catalog *cat, struct sequence *s, const char *name)
{
	del_relation(cat, s->name.schema, s->name.name);
	s->name.name = arena_strdup(cat->arena, name);
	put_relation(cat, s->name.schema, s->name.name, REL_SEQUENCE, s, NULL);
}

void catalog_rename_index(struct catalog *cat, struct table *t, struct index *ix, const char *name)
{
	del_relation(cat, t->name.schema, ix->name);
	index_name_changes(t, ix->name, arena_strdup(cat->arena, name));
	ix->name = arena_strdup(cat->arena, name);
	put_relation(cat, t->name.schema, ix->name, REL_INDEX, ix, t);
}

void catalog_rename_constraint(struct catalog *cat, struct table *t, struct constraint *c,
			       const char *name)
{
	conname_use(cat, t->name.schema, c->name, -1);
	if (con_has_index(c))
		del_relation(cat, t->name.schema, c->name);
	if (con_has_index(c))
		index_name_changes(t, c->name, arena_strdup(cat->arena, name));
	c->name = arena_strdup(cat->arena, name);
	conname_use(cat, t->name.schema, c->name, 1);
	if (con_has_index(c))
		put_relation(cat, t->name.schema, c->name, REL_CONSTRAINT_INDEX, c, t);
}

void catalog_rename_type(struct catalog *cat, struct type *t, const char *name)
{
	char buf[KEYBUF];
	map_del(cat->typemap, qkey(buf, sizeof(buf), t->name.schema, t->name.name));
	t->name.name = arena_strdup(cat->arena, name);
	map_put(cat->typemap, qkey(buf, sizeof(buf), t->name.schema, t->name.name), t);
}

void catalog_rename_domain_check(struct catalog *cat, struct type *t, struct constraint *c,
				 const char *name)
{
	conname_use(cat, t->name.schema, c->name, -1);
	c->name = arena_strdup(cat->arena, name);
	conname_use(cat, t->name.schema, c->name, 1);
}

void catalog_mark_unsupported(struct catalog *cat, const char *schema, const char *name)
{
	char buf[KEYBUF];
	map_put(cat->unsupported, qkey(buf, sizeof(buf), schema, name), (void *)1);
}

bool catalog_is_unsupported(const struct catalog *cat, const char *schema, const char *name)
{
	char buf[KEYBUF];
	return map_get(cat->unsupported, qkey(buf, sizeof(buf), schema, name)) != NULL;
}

/* ---- objects ---------------------------------------------------------- */

/* The kinds, in enum order. */
static const struct object_kind_desc kinds[] = {
	/* kind, name, sql, provides, global, raw_name, using, owned, early, generic,
	 * follows_table */
	{ OBJ_FUNCTION, "function", "FUNCTION", 'f', false, false, false, true, true, false },
	{ OBJ_PROCEDURE, "procedure", "PROCEDURE", 'f', false, false, false, true, true, false },
	{ OBJ_VIEW, "view", "VIEW", 'r', false, false, false, true, false, false },
	{ OBJ_MATVIEW, "materialized view", "MATERIALIZED VIEW", 'r', false, false, false, true,
	  false, false },
	{ OBJ_TRIGGER, "trigger", "TRIGGER", 0, false, false, false, false, false, false },
	{ OBJ_POLICY, "policy", "POLICY", 0, false, false, false, false, false, false },
	{ OBJ_EVENT_TRIGGER, "event trigger", "EVENT TRIGGER", 0, true, false, false, true, false,
	  false },
	{ OBJ_OPERATOR, "operator", "OPERATOR", 'o', false, true, false, true, true, true },
	{ OBJ_OPCLASS, "operator class", "OPERATOR CLASS", 'c', false, false, true, true, true,
	  true },
	{ OBJ_OPFAMILY, "operator family", "OPERATOR FAMILY", 'y', false, false, true, true, true,
	  true },
	{ OBJ_AGGREGATE, "aggregate", "AGGREGATE", 'f', false, false, false, true, true, true },
	{ OBJ_CAST, "cast", "CAST", 'k', true, true, false, false, true, true },
	{ OBJ_TS_CONFIG, "text search configuration", "TEXT SEARCH CONFIGURATION", 'g', false,
	  false, false, true, true, true },
	{ OBJ_TS_DICT, "text search dictionary", "TEXT SEARCH DICTIONARY", 'd', false, false,
	  false, true, true, true },
	{ OBJ_TS_PARSER, "text search parser", "TEXT SEARCH PARSER", 'x', false, false, false,
	  false, true, true },
	{ OBJ_TS_TEMPLATE, "text search template", "TEXT SEARCH TEMPLATE", 'z', false, false,
	  false, false, true, true },
	{ OBJ_RULE, "rule", "RULE", 0, false, false, false, false, false, true, true },
	{ OBJ_STATISTICS, "statistics object", "STATISTICS", 's', false, false, false, true, false,
	  true, true },
	{ OBJ_CONVERSION, "conversion", "CONVERSION", 'n', false, false, false, true, true, true },
	{ OBJ_LANGUAGE, "language", "LANGUAGE", 'l', true, false, false, true, true, true },
	{ OBJ_ACCESS_METHOD, "access method", "ACCESS METHOD", 'A', true, false, false, false, true,
	  true },
	{ OBJ_TRANSFORM, "transform", "TRANSFORM", 'X', true, true, false, false, true, true },
	{ OBJ_FDW, "foreign-data wrapper", "FOREIGN DATA WRAPPER", 'w', true, false, false, true,
	  true, true },
	{ OBJ_SERVER, "server", "SERVER", 'S', true, false, false, true, true, true },
	{ OBJ_USER_MAPPING, "user mapping", "USER MAPPING", 'u', true, true, false, false, true,
	  true },
	{ OBJ_FOREIGN_TABLE, "foreign table", "FOREIGN TABLE", 'r', false, false, false, true,
	  false, true },
};

const struct object_kind_desc *object_kind_desc(enum object_kind kind)
{
	static const struct object_kind_desc unknown = { 0, "object", "", 0, false, false, false,
							  false, false, false };

	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
		if (kinds[i].kind == kind)
			return &kinds[i];
	return &unknown;
}

const char *object_key(struct arena *a, enum object_kind kind, const char *schema,
		       const char *table, const char *name, const char *args)
{
	/* views share the relation namespace; functions, procedures and
	 * aggregates share theirs: the key kind is the namespace, not the
	 * object kind */
	char ns = kind == OBJ_MATVIEW || kind == OBJ_FOREIGN_TABLE ? OBJ_VIEW
		: kind == OBJ_PROCEDURE || kind == OBJ_AGGREGATE ? OBJ_FUNCTION : kind;
	return arena_printf(a, "%c\x1f%s\x1f%s\x1f%s(%s)", ns, schema, table ? table : "", name,
			    args ? args : "");
}

const char *object_dep_key(struct arena *a, char what, const char *schema, const char *name)
{
	return arena_printf(a, "%c\x1f%s\x1f%s", what, schema ? schema : "", name);
}

const char *object_provides(struct arena *a, const struct dbobject *o)
{
	char what = object_kind_desc(o->kind)->provides;

	return what ? object_dep_key(a, what, o->name.schema, o->name.name) : NULL;
}

const char *object_kind_name(enum object_kind kind)
{
	return object_kind_desc(kind)->name;
}

struct dbobject *catalog_find_object(const struct catalog *cat, const char *key)
{
	return map_get(cat->objmap, key);
}

static void funcname_use(struct catalog *cat, const struct dbobject *o, int delta)
{
	char buf[KEYBUF];
	const char *key;
	intptr_t n;

	if (o->kind != OBJ_FUNCTION && o->kind != OBJ_PROCEDURE && o->kind != OBJ_AGGREGATE)
		return;
	key = qkey(buf, sizeof(buf), o->name.schema, o->name.name);
	n = (intptr_t)map_get(cat->funcnames, key) + delta;
	if (n > 0)
		map_put(cat->funcnames, key, (void *)n);
	else
		map_del(cat->funcnames, key);
}

void catalog_add_object(struct catalog *cat, struct dbobject *o)
{
	vec_push(&cat->objects, cat->arena, o);
	map_put(cat->objmap, o->key, o);
	funcname_use(cat, o, 1);
	if (object_kind_desc(o->kind)->provides == 'r')
		put_relation(cat, o->name.schema, o->name.name, REL_VIEW, o, o->rel);
}

void catalog_remove_object(struct catalog *cat, struct dbobject *o)
{
	list_remove(&cat->objects, o);
	map_del(cat->objmap, o->key);
	funcname_use(cat, o, -1);
	if (o->rel)
		while (o->rel->indexes.n)
			catalog_remove_index(cat, o->rel, o->rel->indexes.items[o->rel->indexes.n - 1]);
	if (object_kind_desc(o->kind)->provides == 'r')
		del_relation(cat, o->name.schema, o->name.name);
}

bool catalog_has_function(const struct catalog *cat, const char *schema, const char *name)
{
	char buf[KEYBUF];
	return map_get(cat->funcnames, qkey(buf, sizeof(buf), schema, name)) != NULL;
}

bool object_on_table(const struct dbobject *o, const char *schema, const char *name)
{
	return o->table && str_eq(o->name.schema, schema) && str_eq(o->table, name);
}
