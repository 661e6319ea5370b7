/*
 * build_drop.c - the statements that name an object built before: DROP
 * (with what goes along: a table's sequences, the objects on a dropped
 * table, CASCADE's dependents), COMMENT ON (each kind's comment slot) and
 * ALTER ... RENAME (tables, columns, constraints, indexes, types, enum
 * labels, schemas and the stored statements that name them).
 */
#include "build_int.h"
#include "check_refs.h"

#include <stdio.h>

/* ---- drops ------------------------------------------------------------ */

static PgQuery__Node **list_items(Node *n, size_t *count)
{
	if (n->node_case == PG_QUERY__NODE__NODE_LIST) {
		*count = n->list->n_items;
		return n->list->items;
	}
	*count = 1;
	return NULL;
}

/* Columns that use type t, in any table. */
static bool type_in_use(struct builder *b, const struct type *t, const char **where)
{
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *tab = b->cat->tables.items[i];
		for (size_t j = 0; j < tab->columns.n; j++) {
			struct column *c = tab->columns.items[j];
			if (str_eq(c->type.schema, t->name.schema) &&
			    str_eq(c->type.name, t->name.name)) {
				*where = arena_printf(b->a, "column %s.%s", tab->name.name, c->name);
				return true;
			}
		}
	}
	return false;
}

static int drop_one(struct builder *b, PgQuery__DropStmt *ds, Node *obj)
{
	bool cascade = ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
	size_t n;
	PgQuery__Node **names = list_items(obj, &n);
	const char *name, *schema = NULL;

	switch (ds->remove_type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
		struct relation *r;
		name = build_node_str(names[n - 1]);
		if (n >= 2)
			schema = build_node_str(names[n - 2]);
		r = build_lookup_relation(b, schema, ident_truncate(b->a, name));
		if (!r || (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE && r->kind != REL_TABLE) ||
		    (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE && r->kind != REL_SEQUENCE) ||
		    (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX &&
		     r->kind != REL_INDEX && r->kind != REL_CONSTRAINT_INDEX)) {
			if (ds->missing_ok)
				return 0;
			return build_error(b, -1, "%s '%s' does not exist",
					   ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ? "table"
					   : ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE
						   ? "sequence" : "index", name);
		}
		if (r->kind == REL_TABLE)
			return build_drop_table(b, r->obj, cascade, -1);
		if (r->kind == REL_SEQUENCE) {
			catalog_remove_sequence(b->cat, r->obj);
			return 0;
		}
		if (r->kind == REL_CONSTRAINT_INDEX)
			return build_error(b, -1,
					   "cannot drop index '%s' because constraint '%s' on table '%s' requires it",
					   name, name, r->table->name.name);
		if (build_drop_index_children(b, r->table, ((struct index *)r->obj)->name, cascade, -1) < 0)
			return -1;
		catalog_remove_index(b->cat, r->table, r->obj);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
		PgQuery__TypeName *tn = obj->node_case == PG_QUERY__NODE__NODE_TYPE_NAME
			? obj->type_name : NULL;
		struct type *t;
		const char *user;
		if (!tn)
			return build_error(b, -1, "unsupported DROP TYPE form");
		t = build_lookup_type_names(b, tn->names, tn->n_names);
		if (!t) {
			if (ds->missing_ok)
				return 0;
			return build_name_error(b, tn->location, "type", build_node_str(tn->names[tn->n_names - 1]),
						DIAG_NAME_MISSING);
		}
		if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN && t->kind != TYPE_DOMAIN)
			return build_error(b, tn->location, "'%s' is not a domain", t->name.name);
		if ((user = build_type_used_by_type(b->cat, b->a, t)) != NULL)
			return build_error(b, tn->location,
					   "cannot drop type '%s' because %s depends on it%s",
					   t->name.name, user,
					   cascade ? " (DROP ... CASCADE of a type used by a type is not supported)" : "");
		if (type_in_use(b, t, &user)) {
			if (!cascade)
				return build_error(b, tn->location,
						   "cannot drop type '%s' because %s depends on it",
						   t->name.name, user);
			for (size_t i = 0; i < b->cat->tables.n; i++) {
				struct table *tab = b->cat->tables.items[i];
				for (size_t j = tab->columns.n; j-- > 0;) {
					struct column *c = tab->columns.items[j];
					if (str_eq(c->type.schema, t->name.schema) &&
					    str_eq(c->type.name, t->name.name))
						vec_remove(&tab->columns, j);
				}
			}
		}
		catalog_remove_type(b->cat, t);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
		struct schema *s;
		bool empty = true;
		name = build_node_str(obj);
		s = name ? catalog_find_schema(b->cat, name) : NULL;
		if (!s) {
			if (ds->missing_ok)
				return 0;
			return build_name_error(b, -1, "schema", name ? name : "?",
						DIAG_NAME_MISSING);
		}
		for (size_t i = 0; i < b->cat->tables.n && empty; i++)
			empty = strcmp(((struct table *)b->cat->tables.items[i])->name.schema, s->name) != 0;
		for (size_t i = 0; i < b->cat->sequences.n && empty; i++)
			empty = strcmp(((struct sequence *)b->cat->sequences.items[i])->name.schema, s->name) != 0;
		for (size_t i = 0; i < b->cat->types.n && empty; i++)
			empty = strcmp(((struct type *)b->cat->types.items[i])->name.schema, s->name) != 0;
		for (size_t i = 0; i < b->cat->extensions.n && empty; i++)
			empty = strcmp(((struct extension *)b->cat->extensions.items[i])->schema, s->name) != 0;
		if (!empty && !cascade)
			return build_error(b, -1,
					   "cannot drop schema '%s' because other objects depend on it",
					   s->name);
		for (size_t i = b->cat->tables.n; i-- > 0;) {
			struct table *t;
			if (i >= b->cat->tables.n)
				continue;	/* partitions went with their parent */
			t = b->cat->tables.items[i];
			if (strcmp(t->name.schema, s->name) == 0)
				build_drop_table(b, t, true, -1);
		}
		for (size_t i = b->cat->sequences.n; i-- > 0;) {
			struct sequence *q = b->cat->sequences.items[i];
			if (strcmp(q->name.schema, s->name) == 0)
				catalog_remove_sequence(b->cat, q);
		}
		for (size_t i = b->cat->types.n; i-- > 0;) {
			struct type *t = b->cat->types.items[i];
			if (strcmp(t->name.schema, s->name) == 0)
				catalog_remove_type(b->cat, t);
		}
		for (size_t i = b->cat->extensions.n; i-- > 0;) {
			struct extension *e = b->cat->extensions.items[i];
			if (strcmp(e->schema, s->name) == 0)
				catalog_remove_extension(b->cat, e);
		}
		catalog_remove_schema(b->cat, s);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION:
		if (!names)
			return build_error(b, -1, "unsupported DROP COLLATION form");
		return build_drop_collation(b, names, n, ds->missing_ok, cascade);
	case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: {
		struct extension *e;
		name = build_node_str(obj);
		e = name ? catalog_find_extension(b->cat, name) : NULL;
		if (!e) {
			if (ds->missing_ok)
				return 0;
			return build_error(b, -1, "extension '%s' does not exist", name ? name : "?");
		}
		catalog_remove_extension(b->cat, e);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
	case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER:
		return build_drop_object(b, ds, obj);
	default:
		if (build_generic_type(ds->remove_type))
			return build_drop_object(b, ds, obj);
		return -2;
	}
}

static const char *object_type_name(PgQuery__ObjectType t);

int build_drop(struct builder *b, PgQuery__DropStmt *ds)
{
	int ret = 0;

	for (size_t i = 0; i < ds->n_objects; i++) {
		int r = drop_one(b, ds, ds->objects[i]);
		if (r == -2)
			return build_error(b, -1, "unsupported statement: DROP %s",
					   object_type_name(ds->remove_type));
		if (r < 0)
			ret = -1;
	}
	return ret;
}

/* ---- comments --------------------------------------------------------- */

static const char **comment_slot_for_relation(struct builder *b, PgQuery__Node **names,
					      size_t n, PgQuery__ObjectType type)
{
	const char *schema = n >= 2 ? build_node_str(names[n - 2]) : NULL;
	struct relation *r = build_lookup_relation(b, schema, ident_truncate(b->a, build_node_str(names[n - 1])));

	if (!r)
		return NULL;
	switch (type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
		return r->kind == REL_TABLE ? &((struct table *)r->obj)->comment : NULL;
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
		return r->kind == REL_SEQUENCE ? &((struct sequence *)r->obj)->comment : NULL;
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
		if (r->kind == REL_INDEX)
			return &((struct index *)r->obj)->comment;
		if (r->kind == REL_CONSTRAINT_INDEX)
			return &((struct constraint *)r->obj)->index_comment;
		return NULL;
	default:
		return NULL;
	}
}

/* Why COMMENT ON found nothing: the missing relation, column or object. */
static const char *missing_object(struct builder *b, PgQuery__ObjectType type, const char *what,
				  PgQuery__Node **names, size_t n, const char *single)
{
	const char *name = names && n ? build_node_str(names[n - 1]) : single;

	if (type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN ||
	    type == PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT) {
		const char *rel = names && n >= 2 ? build_node_str(names[n - 2]) : "?";
		struct relation *r = names && n >= 2
			? build_lookup_relation(b, n >= 3 ? build_node_str(names[n - 3]) : NULL,
					  ident_truncate(b->a, rel))
			: NULL;
		if (!r)
			return arena_printf(b->a, "relation '%s' does not exist", rel);
		return arena_printf(b->a, "%s '%s' of relation '%s' does not exist", what,
				    name ? name : "?", rel);
	}
	if (type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
	    type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE ||
	    type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX)
		return arena_printf(b->a, "%s '%s' does not exist",
				    type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ? "relation"
				    : type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE ? "sequence" : "index",
				    name ? name : "?");
	return arena_printf(b->a, "%s '%s' does not exist", what, name ? name : "?");
}

int build_comment(struct builder *b, PgQuery__CommentStmt *cs)
{
	const char **slot = NULL;
	const char *what = "object";
	Node *obj = cs->object;
	size_t n = 0;
	PgQuery__Node **names = obj ? list_items(obj, &n) : NULL;
	bool handled;

	slot = build_object_comment_slot(b, cs->objtype, obj, &handled);
	if (handled) {
		if (!slot && build_generic_type(cs->objtype))
			return build_error(b, -1, "%s", build_generic_missing(b, cs->objtype, obj));
		if (!slot)
			return build_error(b, -1, "%s '%s' does not exist",
					   object_type_name(cs->objtype),
					   names && n ? build_node_str(names[n - 1]) : "?");
		*slot = build_has(cs->comment) ? arena_strdup(b->a, cs->comment) : NULL;
		return 0;
	}
	switch (cs->objtype) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
		what = object_type_name(cs->objtype);
		if (names)
			slot = comment_slot_for_relation(b, names, n, cs->objtype);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
		what = "column";
		slot = build_comment_slot_for_type_part(b, cs->objtype, obj);
		if (!slot && names && n >= 2) {
			struct relation *r = build_lookup_relation(b, n >= 3 ? build_node_str(names[n - 3]) : NULL,
							     ident_truncate(b->a, build_node_str(names[n - 2])));
			struct column *c = r && r->kind == REL_TABLE
				? table_find_column(r->obj, ident_truncate(b->a, build_node_str(names[n - 1])))
				: NULL;
			if (c)
				slot = &c->comment;
		}
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
		what = "constraint";
		if (names && n >= 2) {
			struct relation *r = build_lookup_relation(b, n >= 3 ? build_node_str(names[n - 3]) : NULL,
							     ident_truncate(b->a, build_node_str(names[n - 2])));
			struct constraint *c = r && r->kind == REL_TABLE
				? table_find_constraint(r->obj, ident_truncate(b->a, build_node_str(names[n - 1])))
				: NULL;
			if (c)
				slot = &c->comment;
		}
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION:
		what = cs->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION ? "collation"
									     : "constraint";
		slot = build_comment_slot_for_type_part(b, cs->objtype, obj);
		if (cs->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT && names && n == 2)
			names = NULL;	/* (domain, constraint): named by obj below */
		if (!names && obj && obj->node_case == PG_QUERY__NODE__NODE_LIST)
			obj = obj->list->items[obj->list->n_items - 1];
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
		what = cs->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN ? "domain" : "type";
		if (obj && obj->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
			names = obj->type_name->names;
			n = obj->type_name->n_names;
			struct type *t = build_lookup_type_names(b, obj->type_name->names,
							   obj->type_name->n_names);
			if (t)
				slot = &t->comment;
		}
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
		struct schema *s = build_node_str(obj) ? catalog_find_schema(b->cat, build_node_str(obj)) : NULL;
		what = "schema";
		if (s)
			slot = &s->comment;
		break;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: {
		struct extension *e = build_node_str(obj) ? catalog_find_extension(b->cat, build_node_str(obj)) : NULL;
		what = "extension";
		if (build_node_str(obj) && strcmp(build_node_str(obj), "plpgsql") == 0)
			return 0;
		if (e)
			slot = &e->comment;
		break;
	}
	default:
		return build_error(b, -1, "unsupported statement: COMMENT ON %s",
				   object_type_name(cs->objtype));
	}
	if (!slot)
		return build_error(b, -1, "%s", missing_object(b, cs->objtype, what, names, n,
							      build_node_str(obj)));
	*slot = build_has(cs->comment) ? arena_strdup(b->a, cs->comment) : NULL;
	return 0;
}

/* ---- renames ---------------------------------------------------------- */

void build_rename_type(struct builder *b, struct type *t, const char *newname)
{
	const char *old = t->name.name;

	catalog_rename_type(b->cat, t, newname);
	build_rename_type_in_types(b->cat, t->name.schema, old, t->name.name);
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *tab = b->cat->tables.items[i];
		for (size_t j = 0; j < tab->columns.n; j++) {
			struct column *c = tab->columns.items[j];
			if (str_eq(c->type.schema, t->name.schema) && str_eq(c->type.name, old))
				c->type.name = t->name.name;
		}
	}
	build_follow_type_rename(b, t->name.schema, old, t->name.name);
}

int build_rename(struct builder *b, PgQuery__RenameStmt *rs)
{
	const char *newname = build_ident(b, rs->newname);

	switch (rs->rename_type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
		struct relation *r = build_lookup_relation(b, rs->relation->schemaname,
						     ident_truncate(b->a, rs->relation->relname));
		const char *schema;
		if (!r) {
			if (rs->missing_ok)
				return 0;
			return build_name_error(b, rs->relation->location, "relation", rs->relation->relname,
						DIAG_NAME_MISSING);
		}
		if (r->kind == REL_VIEW)
			return build_rename_object(b, rs);
		schema = r->kind == REL_SEQUENCE ? ((struct sequence *)r->obj)->name.schema
						 : r->table->name.schema;
		if (catalog_relname_taken(b->cat, schema, newname))
			return build_name_error(b, -1, "relation", newname, DIAG_NAME_TAKEN);
		switch (r->kind) {
		case REL_TABLE:
			build_rename_table(b, r->obj, newname);
			break;
		case REL_SEQUENCE:
			build_rename_sequence(b, r->obj, newname);
			break;
		case REL_INDEX:
			catalog_rename_index(b->cat, r->table, r->obj, newname);
			break;
		case REL_CONSTRAINT_INDEX:
			catalog_rename_constraint(b->cat, r->table, r->obj, newname);
			break;
		case REL_VIEW:
			break;
		}
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
		return build_rename_object(b, rs);
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
		struct table *t = build_lookup_table(b, rs->relation, rs->missing_ok);
		if (!t)
			return rs->missing_ok ? 0 : -1;
		return build_rename_column(b, t, ident_truncate(b->a, rs->subname), newname, -1);
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
		struct table *t = build_lookup_table(b, rs->relation, rs->missing_ok);
		struct constraint *c;
		if (!t)
			return rs->missing_ok ? 0 : -1;
		c = table_find_constraint(t, ident_truncate(b->a, rs->subname));
		if (!c)
			return build_error(b, -1, "constraint '%s' of relation '%s' does not exist",
					   rs->subname, t->name.name);
		if (table_find_constraint(t, newname))
			return build_error(b, -1, "constraint '%s' for relation '%s' already exists",
					   newname, t->name.name);
		catalog_rename_constraint(b->cat, t, c, newname);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: {
		size_t n;
		PgQuery__Node **names = rs->object ? list_items(rs->object, &n) : NULL;
		if (!names)
			return build_error(b, -1, "unsupported ALTER ... RENAME form");
		if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION)
			return build_rename_collation(b, names, n, newname);
		return build_rename_domain_constraint(b, names, n, rs->subname, newname);
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_ATTRIBUTE:
		return build_rename_attribute(b, rs->relation, rs->subname, newname);
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
		Node *obj = rs->object;
		struct type *t;
		struct qname q;
		size_t n;
		PgQuery__Node **names = obj ? list_items(obj, &n) : NULL;
		if (!names)
			return build_error(b, -1, "unsupported ALTER TYPE RENAME form");
		t = build_lookup_type_names(b, names, n);
		if (!t && rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE)
			return build_rename_multirange(b, names, n, newname);
		if (!t)
			return build_name_error(b, -1, "type", build_node_str(names[n - 1]),
						DIAG_NAME_MISSING);
		q.schema = t->name.schema;
		q.name = newname;
		if (catalog_find_type(b->cat, &q))
			return build_name_error(b, -1, "type", newname, DIAG_NAME_TAKEN);
		build_rename_type(b, t, newname);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
		return build_error(b, -1, "unsupported statement: ALTER SCHEMA RENAME");
	default:
		return build_error(b, -1, "unsupported statement: ALTER %s RENAME",
				   object_type_name(rs->rename_type));
	}
}

/* ---- dispatch --------------------------------------------------------- */

static const char *object_type_name(PgQuery__ObjectType t)
{
	const ProtobufCEnumValue *v =
		protobuf_c_enum_descriptor_get_value(&pg_query__object_type__descriptor, (int)t);
	static char buf[64];
	const char *s;
	size_t i = 0;

	if (!v)
		return "OBJECT";
	s = v->name;
	if (strncmp(s, "OBJECT_", 7) == 0)
		s += 7;
	for (; *s && i + 1 < sizeof(buf); s++)
		buf[i++] = *s == '_' ? ' ' : *s;
	buf[i] = '\0';
	return buf;
}
