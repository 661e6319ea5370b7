/*
 * build_grant.c - privileges, default privileges, ownership and
 * publications in the builder: GRANT and REVOKE on schemas, tables (and
 * their columns), views, sequences, functions, procedures and types, one
 * by one or ALL ... IN SCHEMA; ALTER DEFAULT PRIVILEGES, and their effect on
 * the objects created afterwards; ALTER ... OWNER TO (kept, not compared);
 * CREATE / ALTER / DROP PUBLICATION.
 *
 * Input: one statement. Output: the ACLs (acl.h) of the catalog's objects,
 * its defacls and publications, changed as PostgreSQL would change them.
 */
#include "acl.h"
#include "build_int.h"

static bool has(const char *s)
{
	return s && *s;
}

/* What a GRANT names: an ACL slot and what kind of object owns it. */
struct target {
	struct acl **slot;
	char kind;
	struct table *table;	/* a table: its columns may be named */
	struct dbobject *view;	/* or a view, matview or foreign table */
	const char *what;	/* for messages */
};

static void add_target(struct builder *b, struct ptrvec *out, struct acl **slot, char kind,
		       struct table *t, const char *what)
{
	struct target *tg = arena_alloc(b->a, sizeof(*tg));

	tg->slot = slot;
	tg->kind = kind;
	tg->table = t;
	tg->what = what;
	vec_push(out, b->a, tg);
}

/* A view, materialized view or foreign table as a target: its columns may
 * be named too (their privileges kept in o->col_acls). */
static void add_view_target(struct builder *b, struct ptrvec *out, struct dbobject *o,
			    const char *what)
{
	add_target(b, out, &o->acl, ACLK_TABLE, NULL, what);
	((struct target *)out->items[out->n - 1])->view = o;
}

/* The number of columns of tg's relation, and the slot of the privileges
 * of its column i, or of the column named (NULL: no such column). */
static size_t target_ncolumns(const struct target *tg)
{
	return tg->table ? tg->table->columns.n : tg->view ? tg->view->columns.n : 0;
}

static struct acl **target_column_acl(struct builder *b, struct target *tg, size_t i)
{
	if (tg->table)
		return &((struct column *)tg->table->columns.items[i])->acl;
	while (tg->view->col_acls.n < tg->view->columns.n)
		vec_push(&tg->view->col_acls, b->a, NULL);
	return (struct acl **)&tg->view->col_acls.items[i];
}

static struct acl **target_named_column_acl(struct builder *b, struct target *tg, const char *name)
{
	for (size_t i = 0; i < target_ncolumns(tg); i++)
		if (str_eq(tg->table ? ((struct column *)tg->table->columns.items[i])->name
				     : (const char *)tg->view->columns.items[i], name))
			return target_column_acl(b, tg, i);
	return NULL;
}

static const char *objtype_word(PgQuery__ObjectType t)
{
	switch (t) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
		return "TABLE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
		return "SEQUENCE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
		return "FUNCTION";
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
		return "PROCEDURE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
		return "ROUTINE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
		return "SCHEMA";
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
		return "TYPE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
		return "DOMAIN";
	case PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE:
		return "DATABASE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE:
		return "LANGUAGE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER:
		return "FOREIGN SERVER";
	case PG_QUERY__OBJECT_TYPE__OBJECT_FDW:
		return "FOREIGN DATA WRAPPER";
	case PG_QUERY__OBJECT_TYPE__OBJECT_LARGEOBJECT:
		return "LARGE OBJECT";
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLESPACE:
		return "TABLESPACE";
	case PG_QUERY__OBJECT_TYPE__OBJECT_PARAMETER_ACL:
		return "PARAMETER";
	default:
		return "OBJECT";
	}
}

static bool routine_matches(const struct dbobject *o, PgQuery__ObjectType t)
{
	if (t == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION)
		return o->kind == OBJ_FUNCTION;
	if (t == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE)
		return o->kind == OBJ_PROCEDURE;
	return o->kind == OBJ_FUNCTION || o->kind == OBJ_PROCEDURE;
}

/* Targets of ON TABLE / SEQUENCE / FUNCTION / ... name, name. */
static int object_targets(struct builder *b, PgQuery__GrantStmt *gs, struct ptrvec *out)
{
	for (size_t i = 0; i < gs->n_objects; i++) {
		Node *obj = gs->objects[i];
		switch (gs->objtype) {
		case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
		case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
			PgQuery__RangeVar *rv = obj->range_var;
			bool seq = gs->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE;
			struct relation *r = build_lookup_relation(b, rv->schemaname,
							     ident_truncate(b->a, rv->relname));
			if (!r)
				return build_name_error(b, rv->location, "relation", rv->relname,
							DIAG_NAME_MISSING);
			if (r->kind == REL_SEQUENCE)
				add_target(b, out, &((struct sequence *)r->obj)->acl, ACLK_SEQUENCE,
					   NULL, rv->relname);
			else if (seq)
				return build_error(b, rv->location, "'%s' is not a sequence",
						   rv->relname);
			else if (r->kind == REL_TABLE)
				add_target(b, out, &((struct table *)r->obj)->acl, ACLK_TABLE, r->obj,
					   rv->relname);
			else if (r->kind == REL_VIEW)
				add_view_target(b, out, r->obj, rv->relname);
			else
				return build_error(b, rv->location, "'%s' is an index", rv->relname);
			break;
		}
		case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
		case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
		case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
			struct dbobject *o = build_lookup_function(b, obj->object_with_args, false);
			if (!o)
				return -1;
			if (!routine_matches(o, gs->objtype))
				return build_error(b, -1, "'%s' is not a %s", o->name.name,
						   gs->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION
							   ? "function" : "procedure");
			add_target(b, out, &o->acl, ACLK_FUNCTION, NULL, o->name.name);
			break;
		}
		case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
			struct schema *s = catalog_find_schema(b->cat, build_node_str(obj));
			if (!s)
				return build_name_error(b, -1, "schema", build_node_str(obj),
							DIAG_NAME_MISSING);
			add_target(b, out, &s->acl, s->implicit ? ACLK_PUBLIC_SCHEMA : ACLK_SCHEMA,
				   NULL, s->name);
			break;
		}
		case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
		case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
			struct type *t = NULL;
			if (obj->node_case == PG_QUERY__NODE__NODE_LIST && obj->list->n_items)
				t = build_lookup_type_names(b, obj->list->items, obj->list->n_items);
			if (!t)
				return build_name_error(b, -1, "type", obj->node_case == PG_QUERY__NODE__NODE_LIST && obj->list->n_items ? build_node_str(obj->list->items[obj->list->n_items - 1]) : "?",
							DIAG_NAME_MISSING);
			add_target(b, out, &t->acl, ACLK_TYPE, NULL, t->name.name);
			break;
		}
		default:
			return build_error(b, -1, "unsupported statement: %s ON %s",
					   gs->is_grant ? "GRANT" : "REVOKE", objtype_word(gs->objtype));
		}
	}
	return 0;
}

/* Targets of ON ALL TABLES / SEQUENCES / FUNCTIONS ... IN SCHEMA s. */
static int schema_targets(struct builder *b, PgQuery__GrantStmt *gs, struct ptrvec *out)
{
	for (size_t i = 0; i < gs->n_objects; i++) {
		struct schema *s = catalog_find_schema(b->cat, build_node_str(gs->objects[i]));
		if (!s)
			return build_name_error(b, -1, "schema", build_node_str(gs->objects[i]),
						DIAG_NAME_MISSING);
		switch (gs->objtype) {
		case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
			for (size_t j = 0; j < b->cat->tables.n; j++) {
				struct table *t = b->cat->tables.items[j];
				if (str_eq(t->name.schema, s->name))
					add_target(b, out, &t->acl, ACLK_TABLE, t, t->name.name);
			}
			for (size_t j = 0; j < b->cat->objects.n; j++) {
				struct dbobject *o = b->cat->objects.items[j];
				if ((o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW ||
				     o->kind == OBJ_FOREIGN_TABLE) &&
				    str_eq(o->name.schema, s->name))
					add_view_target(b, out, o, o->name.name);
			}
			break;
		case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
			for (size_t j = 0; j < b->cat->sequences.n; j++) {
				struct sequence *q = b->cat->sequences.items[j];
				if (str_eq(q->name.schema, s->name))
					add_target(b, out, &q->acl, ACLK_SEQUENCE, NULL, q->name.name);
			}
			break;
		case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
		case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
		case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
			for (size_t j = 0; j < b->cat->objects.n; j++) {
				struct dbobject *o = b->cat->objects.items[j];
				if (routine_matches(o, gs->objtype) && str_eq(o->name.schema, s->name))
					add_target(b, out, &o->acl, ACLK_FUNCTION, NULL, o->name.name);
			}
			break;
		default:
			return build_error(b, -1, "unsupported statement: %s ON ALL %s IN SCHEMA",
					   gs->is_grant ? "GRANT" : "REVOKE", objtype_word(gs->objtype));
		}
	}
	return 0;
}

/* A grantee as stored: "" PUBLIC; CURRENT_USER and the like the role
 * that runs the schema. */
static const char *role_spec(struct builder *b, const PgQuery__RoleSpec *rs)
{
	switch (rs->roletype) {
	case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC:
		return "";
	case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING:
		return build_ident(b, rs->rolename);
	default:
		return ACL_DEFAULT_ROLE;
	}
}

/* The grantee in an ACL owned by owner (NULL: the default role): the
 * owner's own entry is NULL. */
static const char *acl_grantee(const char *name, const char *owner)
{
	return str_eq(name, owner ? owner : ACL_DEFAULT_ROLE) ? NULL : name;
}

/* One privilege of the statement: bits, or with columns. */
struct priv {
	unsigned bits;		/* 0: ALL */
	PgQuery__Node **cols;
	size_t ncols;
	const char *name;
};

static int read_privs(struct builder *b, PgQuery__Node **privs, size_t n, struct ptrvec *out)
{
	for (size_t i = 0; i < n; i++) {
		PgQuery__AccessPriv *ap = privs[i]->access_priv;
		struct priv *p = arena_alloc(b->a, sizeof(*p));
		if (privs[i]->node_case != PG_QUERY__NODE__NODE_ACCESS_PRIV)
			return build_error(b, -1, "unsupported privilege");
		p->name = has(ap->priv_name) ? arena_strdup(b->a, ap->priv_name) : "ALL";
		for (char *c = (char *)p->name; has(ap->priv_name) && *c; c++)
			*c = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
		if (has(ap->priv_name) && !(p->bits = acl_priv(ap->priv_name)))
			return build_error(b, -1, "unrecognized privilege type '%s'", ap->priv_name);
		p->cols = ap->cols;
		p->ncols = ap->n_cols;
		vec_push(out, b->a, p);
	}
	if (!n) {
		struct priv *p = arena_alloc(b->a, sizeof(*p));
		p->name = "ALL";
		vec_push(out, b->a, p);
	}
	return 0;
}

static const char *kind_word(char kind)
{
	switch (kind) {
	case ACLK_TABLE:
		return "relation";
	case ACLK_SEQUENCE:
		return "sequence";
	case ACLK_FUNCTION:
		return "function";
	case ACLK_TYPE:
		return "type";
	case ACLK_COLUMN:
		return "column";
	default:
		return "schema";
	}
}

static void apply(struct builder *b, struct acl *acl, const char *grantee, unsigned bits,
		  bool is_grant, bool option)
{
	grantee = grantee && *grantee ? acl_grantee(grantee, acl->owner) : grantee;
	if (is_grant)
		acl_grant(b->a, acl, grantee, bits, option);
	else
		acl_revoke(acl, grantee, bits, option);
}

static int grant_on(struct builder *b, PgQuery__GrantStmt *gs, struct target *tg,
		    const struct ptrvec *privs, const struct ptrvec *grantees)
{
	for (size_t i = 0; i < privs->n; i++) {
		const struct priv *p = privs->items[i];
		char kind = p->ncols ? ACLK_COLUMN : tg->kind;
		unsigned bits = p->bits ? p->bits : acl_all(kind);

		if (bits & ~acl_all(kind)) {
			/* ON TABLE naming a sequence: PostgreSQL only warns */
			if (tg->kind == ACLK_SEQUENCE && gs->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
				bits &= acl_all(kind);
			else
				return build_error(b, -1, "invalid privilege type %s for %s", p->name,
						   kind_word(kind));
		}
		if (p->ncols) {
			if (!tg->table && !tg->view)
				return build_error(b, -1,
						   "unsupported statement: column privileges on '%s'",
						   tg->what);
			for (size_t c = 0; c < p->ncols; c++) {
				const char *name = build_ident(b, build_node_str(p->cols[c]));
				struct acl **col = target_named_column_acl(b, tg, name);
				if (!col)
					return build_error(b, -1,
							   "column '%s' of relation '%s' does not exist",
							   name, tg->table ? tg->table->name.name
							   : tg->view->name.name);
				if (!*col)
					*col = acl_default(b->a, ACLK_COLUMN);
				(*col)->owner = (*tg->slot) ? (*tg->slot)->owner : NULL;
				for (size_t g = 0; g < grantees->n; g++)
					apply(b, *col, grantees->items[g], bits, gs->is_grant,
					      gs->grant_option);
			}
			continue;
		}
		if (!*tg->slot || !(*tg->slot)->set)
			*tg->slot = acl_copy(b->a, *tg->slot, tg->kind);
		for (size_t g = 0; g < grantees->n; g++) {
			apply(b, *tg->slot, grantees->items[g], bits, gs->is_grant, gs->grant_option);
			/* a table's REVOKE also revokes the same column privileges */
			for (size_t c = 0; !gs->is_grant && c < target_ncolumns(tg); c++) {
				struct acl **col = target_column_acl(b, tg, c);
				if (*col)
					apply(b, *col, grantees->items[g],
					      bits & acl_all(ACLK_COLUMN), false, gs->grant_option);
			}
		}
	}
	return 0;
}

int build_grant(struct builder *b, PgQuery__GrantStmt *gs)
{
	struct ptrvec targets = { 0 }, privs = { 0 }, grantees = { 0 };
	int r;

	if (gs->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA)
		r = schema_targets(b, gs, &targets);
	else
		r = object_targets(b, gs, &targets);
	if (r < 0 || read_privs(b, gs->privileges, gs->n_privileges, &privs) < 0)
		return -1;
	for (size_t i = 0; i < gs->n_grantees; i++)
		if (gs->grantees[i]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC)
			vec_push(&grantees, b->a, (void *)role_spec(b, gs->grantees[i]->role_spec));
	for (size_t i = 0; i < targets.n; i++)
		if (grant_on(b, gs, targets.items[i], &privs, &grantees) < 0)
			return -1;
	return 0;
}

/* ---- ALTER DEFAULT PRIVILEGES ------------------------------------------ */

static char defacl_kind(PgQuery__ObjectType t)
{
	switch (t) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
		return ACLK_TABLE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
		return ACLK_SEQUENCE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
		return ACLK_FUNCTION;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
		return ACLK_TYPE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
		return ACLK_SCHEMA;
	default:
		return 0;
	}
}

static int set_defacl(struct builder *b, const char *role, const char *schema, char kind,
		      PgQuery__GrantStmt *gs, const struct ptrvec *privs,
		      const struct ptrvec *grantees)
{
	struct defacl *d = NULL;
	size_t pos = 0;

	for (size_t i = 0; i < b->cat->defacls.n && !d; i++) {
		struct defacl *x = b->cat->defacls.items[i];
		if (str_eq(x->role, role) && str_eq(x->schema, schema) && x->objtype == kind) {
			d = x;
			pos = i;
		}
	}
	if (!d) {
		d = arena_alloc(b->a, sizeof(*d));
		d->role = role;
		d->schema = schema;
		d->objtype = kind;
		if (!schema)
			d->acl = *acl_default(b->a, kind);
		d->acl.set = true;
		d->acl.owner = role;
		pos = b->cat->defacls.n;
		vec_push(&b->cat->defacls, b->a, d);
	}
	for (size_t i = 0; i < privs->n; i++) {
		const struct priv *p = privs->items[i];
		unsigned bits = p->bits ? p->bits : acl_all(kind);
		if (p->ncols)
			return build_error(b, -1, "column privileges are only valid for relations");
		if (bits & ~acl_all(kind))
			return build_error(b, -1, "invalid privilege type %s for %s", p->name,
					   kind_word(kind));
		for (size_t g = 0; g < grantees->n; g++)
			apply(b, &d->acl, grantees->items[g], bits, gs->is_grant, gs->grant_option);
	}
	/* an entry equal to what it replaces is no entry (SetDefaultACL) */
	if (schema ? !d->acl.items.n : acl_equal(&d->acl, acl_default(b->a, kind)))
		vec_remove(&b->cat->defacls, pos);
	return 0;
}

int build_alter_default_privileges(struct builder *b, PgQuery__AlterDefaultPrivilegesStmt *s)
{
	struct ptrvec roles = { 0 }, schemas = { 0 }, privs = { 0 }, grantees = { 0 };
	PgQuery__GrantStmt *gs = s->action;
	char kind = defacl_kind(gs->objtype);

	for (size_t i = 0; i < s->n_options; i++) {
		PgQuery__DefElem *d = s->options[i]->def_elem;
		PgQuery__List *l;
		if (s->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || !d->arg ||
		    d->arg->node_case != PG_QUERY__NODE__NODE_LIST)
			continue;
		l = d->arg->list;
		for (size_t j = 0; j < l->n_items; j++) {
			if (strcmp(d->defname, "roles") == 0 &&
			    l->items[j]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC)
				vec_push(&roles, b->a, (void *)role_spec(b, l->items[j]->role_spec));
			else if (strcmp(d->defname, "schemas") == 0) {
				const char *name = build_ident(b, build_node_str(l->items[j]));
				if (!catalog_find_schema(b->cat, name))
					return build_name_error(b, -1, "schema", name,
								DIAG_NAME_MISSING);
				vec_push(&schemas, b->a, (void *)catalog_find_schema(b->cat, name)->name);
			}
		}
	}
	if (!kind)
		return build_error(b, -1, "unsupported statement: ALTER DEFAULT PRIVILEGES ON %s",
				   objtype_word(gs->objtype));
	if (kind == ACLK_SCHEMA && schemas.n)
		return build_error(b, -1,
				   "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
	if (!roles.n)
		vec_push(&roles, b->a, ACL_DEFAULT_ROLE);
	if (!schemas.n)
		vec_push(&schemas, b->a, NULL);
	if (read_privs(b, gs->privileges, gs->n_privileges, &privs) < 0)
		return -1;
	for (size_t i = 0; i < gs->n_grantees; i++)
		if (gs->grantees[i]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC)
			vec_push(&grantees, b->a, (void *)role_spec(b, gs->grantees[i]->role_spec));
	for (size_t r = 0; r < roles.n; r++)
		for (size_t i = 0; i < schemas.n; i++)
			if (set_defacl(b, roles.items[r], schemas.items[i], kind, gs, &privs,
				       &grantees) < 0)
				return -1;
	return 0;
}

/* ---- new objects take the default privileges ------------------------- */

void build_acl_mark(const struct catalog *cat, struct acl_mark *m)
{
	m->schemas = cat->schemas.n;
	m->types = cat->types.n;
	m->sequences = cat->sequences.n;
	m->tables = cat->tables.n;
	m->objects = cat->objects.n;
}

void build_acl_new_objects(struct catalog *cat, const struct acl_mark *m)
{
	if (!cat->defacls.n)
		return;
	for (size_t i = m->schemas; i < cat->schemas.n; i++) {
		struct schema *s = cat->schemas.items[i];
		s->acl = acl_for_new_object(cat, cat->arena, ACLK_SCHEMA, s->name);
	}
	for (size_t i = m->types; i < cat->types.n; i++) {
		struct type *t = cat->types.items[i];
		t->acl = acl_for_new_object(cat, cat->arena, ACLK_TYPE, t->name.schema);
	}
	for (size_t i = m->sequences; i < cat->sequences.n; i++) {
		struct sequence *s = cat->sequences.items[i];
		s->acl = acl_for_new_object(cat, cat->arena, ACLK_SEQUENCE, s->name.schema);
	}
	for (size_t i = m->tables; i < cat->tables.n; i++) {
		struct table *t = cat->tables.items[i];
		t->acl = acl_for_new_object(cat, cat->arena, ACLK_TABLE, t->name.schema);
	}
	for (size_t i = m->objects; i < cat->objects.n; i++) {
		struct dbobject *o = cat->objects.items[i];
		if (o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW || o->kind == OBJ_FOREIGN_TABLE)
			o->acl = acl_for_new_object(cat, cat->arena, ACLK_TABLE, o->name.schema);
		else if (o->kind == OBJ_FUNCTION || o->kind == OBJ_PROCEDURE)
			o->acl = acl_for_new_object(cat, cat->arena, ACLK_FUNCTION, o->name.schema);
	}
}

/* ---- publications ----------------------------------------------------- */

static struct publication *find_publication(struct catalog *cat, const char *name, size_t *pos)
{
	for (size_t i = 0; i < cat->publications.n; i++) {
		struct publication *p = cat->publications.items[i];
		if (str_eq(p->name, name)) {
			if (pos)
				*pos = i;
			return p;
		}
	}
	return NULL;
}

static int publication_options(struct builder *b, struct publication *p, PgQuery__Node **opts,
			       size_t n)
{
	for (size_t i = 0; i < n; i++) {
		PgQuery__DefElem *d = opts[i]->def_elem;
		if (opts[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (strcmp(d->defname, "publish") == 0) {
			const char *s = build_node_str(d->arg);
			p->publish = 0;
			while (s && *s) {
				static const char *const ops[] = { "insert", "update", "delete",
								   "truncate" };
				size_t len;
				bool found = false;
				while (*s == ' ' || *s == ',')
					s++;
				for (len = 0; s[len] && s[len] != ',' && s[len] != ' '; len++)
					;
				for (size_t k = 0; len && k < ARRAY_SIZE(ops); k++)
					if (strlen(ops[k]) == len && strncasecmp(s, ops[k], len) == 0) {
						p->publish |= 1u << k;
						found = true;
					}
				if (len && !found)
					return build_error(b, d->location,
							   "unrecognized publication parameter value '%.*s'",
							   (int)len, s);
				s += len;
			}
		} else if (strcmp(d->defname, "publish_via_partition_root") == 0) {
			const char *v = d->arg ? build_node_str(d->arg) : "true";
			if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN)
				p->via_root = d->arg->boolean->boolval;
			else
				p->via_root = !v || strcasecmp(v, "false") != 0;
		} else {
			return build_error(b, d->location, "unrecognized publication parameter '%s'",
					   d->defname);
		}
	}
	return 0;
}

static bool has_ptr(const struct ptrvec *v, const void *p)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i] == p)
			return true;
	return false;
}

/* The objects of FOR TABLE / TABLES IN SCHEMA into tables and schemas. */
static int publication_objects(struct builder *b, PgQuery__Node **objs, size_t n,
			       struct ptrvec *tables, struct ptrvec *schemas)
{
	for (size_t i = 0; i < n; i++) {
		PgQuery__PublicationObjSpec *o = objs[i]->publication_obj_spec;
		if (objs[i]->node_case != PG_QUERY__NODE__NODE_PUBLICATION_OBJ_SPEC)
			return build_error(b, -1, "unsupported publication object");
		if (o->pubobjtype == PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLE &&
		    o->pubtable) {
			struct table *t;
			if (o->pubtable->where_clause || o->pubtable->n_columns)
				return build_error(b, o->location,
						   "unsupported statement: publication column lists and WHERE");
			t = build_lookup_table(b, o->pubtable->relation, false);
			if (!t)
				return -1;
			if (!has_ptr(tables, t))
				vec_push(tables, b->a, t);
		} else {
			const char *s = o->pubobjtype ==
						PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA
					? catalog_creation_schema(b->cat) : build_ident(b, o->name);
			if (!s || !catalog_find_schema(b->cat, s))
				return build_name_error(b, o->location, "schema", s ? s : "?",
							DIAG_NAME_MISSING);
			s = catalog_find_schema(b->cat, s)->name;
			if (!has_ptr(schemas, s))
				vec_push(schemas, b->a, (void *)s);
		}
	}
	return 0;
}

int build_create_publication(struct builder *b, PgQuery__CreatePublicationStmt *cp)
{
	struct publication *p;

	if (find_publication(b->cat, cp->pubname, NULL))
		return build_error(b, -1, "publication '%s' already exists", cp->pubname);
	p = arena_alloc(b->a, sizeof(*p));
	p->name = build_ident(b, cp->pubname);
	p->all_tables = cp->for_all_tables;
	p->publish = PUB_ALL;
	p->loc.file = b->st->file;
	p->loc.offset = b->st->offset;
	if (publication_options(b, p, cp->options, cp->n_options) < 0 ||
	    publication_objects(b, cp->pubobjects, cp->n_pubobjects, &p->tables, &p->schemas) < 0)
		return -1;
	vec_push(&b->cat->publications, b->a, p);
	return 0;
}

static void remove_ptr(struct ptrvec *v, const void *p)
{
	for (size_t i = v->n; i-- > 0;)
		if (v->items[i] == p)
			vec_remove(v, i);
}

int build_alter_publication(struct builder *b, PgQuery__AlterPublicationStmt *ap)
{
	struct publication *p = find_publication(b->cat, ap->pubname, NULL);
	struct ptrvec tables = { 0 }, schemas = { 0 };

	if (!p)
		return build_error(b, -1, "publication '%s' does not exist", ap->pubname);
	if (ap->n_options)
		return publication_options(b, p, ap->options, ap->n_options);
	if (publication_objects(b, ap->pubobjects, ap->n_pubobjects, &tables, &schemas) < 0)
		return -1;
	if (p->all_tables)
		return build_error(b, -1, "publication '%s' is defined as FOR ALL TABLES",
				   p->name);
	switch (ap->action) {
	case PG_QUERY__ALTER_PUBLICATION_ACTION__AP_SetObjects:
		p->tables = tables;
		p->schemas = schemas;
		break;
	case PG_QUERY__ALTER_PUBLICATION_ACTION__AP_AddObjects:
		for (size_t i = 0; i < tables.n; i++) {
			if (publication_has(b->cat, p, tables.items[i]))
				return build_error(b, -1,
						   "relation '%s' is already member of publication '%s'",
						   ((struct table *)tables.items[i])->name.name, p->name);
			vec_push(&p->tables, b->a, tables.items[i]);
		}
		for (size_t i = 0; i < schemas.n; i++)
			if (!has_ptr(&p->schemas, schemas.items[i]))
				vec_push(&p->schemas, b->a, schemas.items[i]);
		break;
	default:
		for (size_t i = 0; i < tables.n; i++) {
			if (!publication_has(b->cat, p, tables.items[i]))
				return build_error(b, -1, "relation '%s' is not part of the publication",
						   ((struct table *)tables.items[i])->name.name);
			remove_ptr(&p->tables, tables.items[i]);
		}
		for (size_t i = 0; i < schemas.n; i++)
			remove_ptr(&p->schemas, schemas.items[i]);
		break;
	}
	return 0;
}

int build_drop_publication(struct builder *b, PgQuery__DropStmt *ds)
{
	for (size_t i = 0; i < ds->n_objects; i++) {
		const char *name = build_node_str(ds->objects[i]);
		size_t pos;
		if (!find_publication(b->cat, name, &pos)) {
			if (ds->missing_ok)
				continue;
			return build_error(b, -1, "publication '%s' does not exist", name);
		}
		vec_remove(&b->cat->publications, pos);
	}
	return 0;
}

bool publication_has(const struct catalog *cat, const struct publication *p,
		     const struct table *t)
{
	return has_ptr(&p->tables, t) && catalog_find_table(cat, &t->name) == t;
}

/* ---- ownership -------------------------------------------------------- */

static void set_owner(struct builder *b, struct acl **slot, const char *owner)
{
	if (!*slot)
		*slot = arena_alloc(b->a, sizeof(**slot));
	(*slot)->owner = owner;
}

int build_alter_owner(struct builder *b, PgQuery__AlterOwnerStmt *ao)
{
	const char *owner = ao->newowner ? role_spec(b, ao->newowner) : NULL;
	Node *obj = ao->object;

	switch (ao->object_type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
		struct schema *s = catalog_find_schema(b->cat, build_node_str(obj));
		if (s)
			set_owner(b, &s->acl, owner);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
		struct type *t = obj && obj->node_case == PG_QUERY__NODE__NODE_LIST
			? build_lookup_type_names(b, obj->list->items, obj->list->n_items) : NULL;
		if (t)
			set_owner(b, &t->acl, owner);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: {
		struct dbobject *o = obj && obj->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS
			? build_lookup_function(b, obj->object_with_args, true) : NULL;
		if (o)
			set_owner(b, &o->acl, owner);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_PUBLICATION: {
		struct publication *p = find_publication(b->cat, build_node_str(obj), NULL);
		if (p)
			p->owner = owner;
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER: {
		struct dbobject *o = catalog_find_object(
			b->cat, object_key(b->a, OBJ_EVENT_TRIGGER, "", NULL, build_ident(b, build_node_str(obj)),
					   NULL));
		if (o)
			set_owner(b, &o->acl, owner);
		return 0;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: {
		struct collation *c = obj && obj->node_case == PG_QUERY__NODE__NODE_LIST
			? build_lookup_collation(b, obj->list->items, obj->list->n_items) : NULL;
		if (c)
			c->owner = owner;
		return 0;
	}
	default:
		if (build_generic_type(ao->object_type)) {
			struct dbobject *o = build_generic_find(b, ao->object_type, obj);
			if (o)
				set_owner(b, &o->acl, owner);
		}
		return 0;	/* other kinds' owners are not kept */
	}
}

void build_schema_owner(struct builder *b, struct schema *s, const PgQuery__RoleSpec *rs)
{
	set_owner(b, &s->acl, role_spec(b, rs));
}

int build_alter_table_owner(struct builder *b, struct relation *r, const PgQuery__RoleSpec *rs)
{
	const char *owner;

	if (!r || !rs)
		return 0;
	owner = role_spec(b, rs);
	if (r->kind == REL_TABLE)
		set_owner(b, &((struct table *)r->obj)->acl, owner);
	else if (r->kind == REL_SEQUENCE)
		set_owner(b, &((struct sequence *)r->obj)->acl, owner);
	else if (r->kind == REL_VIEW)
		set_owner(b, &((struct dbobject *)r->obj)->acl, owner);
	return 0;	/* an index has its table's owner */
}
