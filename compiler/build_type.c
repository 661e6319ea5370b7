/*
 * build_type.c - the type kinds beyond enums, and collations: CREATE /
 * ALTER DOMAIN, composite types (CREATE TYPE name AS (...), ALTER TYPE
 * ADD / DROP / ALTER ATTRIBUTE), range types (CREATE TYPE name AS RANGE),
 * CREATE COLLATION; and the parts of DROP, COMMENT and RENAME that name
 * them (build.c dispatches here).
 *
 * Naming follows PostgreSQL 15: an unnamed domain check is <domain>_check,
 * then _check1, ... among every constraint name of the schema
 * (ChooseConstraintName); a range's multirange is the range's name with
 * "range" made "multirange", else <range>_multirange (makeMultirangeTypeName).
 */
#include "build_int.h"
#include "sqlfmt.h"

#include <strings.h>

static bool has(const char *s)
{
	return s && *s;
}

static struct srcloc here(struct builder *b, int location)
{
	struct srcloc l = { b->st->file, stmt_loc(b->st, location) };
	return l;
}

/* The schema and name of a created type; NULL (error recorded) when the
 * schema is missing or the name is taken by a type or relation. */
static const char *new_type_name(struct builder *b, PgQuery__Node **names, size_t n,
				 struct qname *out)
{
	const char *schema = n >= 2 ? build_node_str(names[n - 2]) : NULL;

	schema = build_creation_schema(b, schema, -1);
	if (!schema)
		return NULL;
	out->schema = schema;
	out->name = build_ident(b, build_node_str(names[n - 1]));
	if (catalog_find_type(b->cat, out) || catalog_rowtype_taken(b->cat, out)) {
		build_name_error(b, -1, "type", out->name, DIAG_NAME_TAKEN);
		return NULL;
	}
	return out->name;
}

static struct type *new_type(struct builder *b, const struct qname *q, enum type_kind kind)
{
	struct type *t = arena_alloc(b->a, sizeof(*t));

	t->name = *q;
	t->kind = kind;
	t->loc = here(b, -1);
	t->renamed_from = build_leading_renamed_from(b);
	return t;
}

/* A type by its names, which must be of kind (0: any user type). */
static struct type *lookup_kind(struct builder *b, PgQuery__Node **names, size_t n,
				enum type_kind kind, bool missing_ok, int location)
{
	struct type *t = build_lookup_type_names(b, names, n);

	if (!t) {
		if (!missing_ok)
			build_name_error(b, location, "type", build_node_str(names[n - 1]),
					 DIAG_NAME_MISSING);
		return NULL;
	}
	if (kind && t->kind != kind) {
		build_error(b, location, "'%s' is not a %s", t->name.name,
			    kind == TYPE_DOMAIN ? "domain" : "composite type");
		return NULL;
	}
	return t;
}

/* ---- collations of types ---------------------------------------------- */

/* The collation a type brings: a domain's own, else its base type's; NULL
 * for the default (built-in types). */
static const char *type_collation(const struct catalog *cat, const struct typeref *r, int guard)
{
	struct qname q = { r->schema, r->name };
	const struct type *t = str_eq(r->schema, "pg_catalog") ? NULL : catalog_find_type(cat, &q);

	if (!t || t->kind != TYPE_DOMAIN || guard > 64)
		return NULL;
	return t->collation ? t->collation : type_collation(cat, &t->base, guard + 1);
}

const char *build_collation_over_type(struct builder *b, const struct typeref *type,
				const char *collation)
{
	return str_eq(collation, type_collation(b->cat, type, 0)) ? NULL : collation;
}

/* ---- domains ---------------------------------------------------------- */

/* A CHECK on a domain: only VALUE may be referenced. */
static int add_domain_check(struct builder *b, struct type *t, PgQuery__Constraint *c,
			    bool creating)
{
	struct constraint *con;
	struct ptrvec cols = { 0 };

	expr_columns(b->st->scratch ? b->st->scratch : b->a, c->raw_expr, &cols);
	for (size_t i = 0; i < cols.n; i++)
		if (strcmp(cols.items[i], "value") != 0)
			return build_error(b, c->location,
					   "cannot use table references in domain check constraint");
	if (c->is_no_inherit)
		return build_error(b, c->location,
				   "check constraints for domains cannot be marked NO INHERIT");
	con = arena_alloc(b->a, sizeof(*con));
	con->kind = CON_CHECK;
	con->loc = here(b, c->location);
	if (has(c->conname)) {
		con->name = build_ident(b, c->conname);
		if (type_find_check(t, con->name))
			return build_error(b, c->location,
					   "constraint '%s' for domain '%s' already exists", con->name,
					   t->name.name);
	} else {
		con->name = choose_constraint_name(b->a, b->cat, t->name.schema, t->name.name, NULL,
						   "check", NULL);
	}
	con->check = expr_new(b->a, c->raw_expr, b->st);
	con->not_valid = !creating && c->skip_validation;
	catalog_add_domain_check(b->cat, t, con);
	return 0;
}

int build_create_domain(struct builder *b, PgQuery__CreateDomainStmt *cs)
{
	struct qname q;
	struct type *t;
	bool serial, saw_null = false, saw_not_null = false;

	if (!new_type_name(b, cs->domainname, cs->n_domainname, &q))
		return -1;
	t = new_type(b, &q, TYPE_DOMAIN);
	typeref_from_node(&t->base, b->a, b->cat, cs->type_name, &serial);
	if (serial)
		return build_name_error(b, cs->type_name->location, "type", build_node_str(cs->type_name->names[cs->type_name->n_names - 1]),
					DIAG_NAME_MISSING);
	t->collation = build_collation_over_type(b, &t->base, build_collation_name(b, cs->coll_clause));
	/* the checks are named once the domain exists, in order */
	catalog_add_type(b->cat, t);
	for (size_t i = 0; i < cs->n_constraints; i++) {
		PgQuery__Constraint *c = cs->constraints[i]->constraint;
		if (cs->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
			continue;
		switch (c->contype) {
		case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
		case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NULL ? saw_not_null : saw_null) {
				catalog_remove_type(b->cat, t);
				return build_error(b, c->location,
						   "conflicting NULL/NOT NULL constraints");
			}
			saw_null |= c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NULL;
			saw_not_null |= c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL;
			t->not_null = saw_not_null;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
			if (t->def) {
				catalog_remove_type(b->cat, t);
				return build_error(b, c->location, "multiple default expressions");
			}
			t->def = expr_new(b->a, c->raw_expr, b->st);
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
			if (add_domain_check(b, t, c, true) < 0) {
				catalog_remove_type(b->cat, t);
				return -1;
			}
			break;
		default:
			catalog_remove_type(b->cat, t);
			return build_error(b, c->location, "this constraint is not possible for domains");
		}
	}
	if (!t->def) {
		/* a domain over a domain starts with a copy of its default */
		struct qname bq = { t->base.schema, t->base.name };
		const struct type *base = catalog_find_type(b->cat, &bq);
		if (base && base->kind == TYPE_DOMAIN && !t->base.ndims)
			t->def = base->def;
	}
	return 0;
}

int build_alter_domain(struct builder *b, PgQuery__AlterDomainStmt *as)
{
	struct type *t = lookup_kind(b, as->type_name, as->n_type_name, TYPE_DOMAIN, false, -1);
	struct constraint *c;

	if (!t)
		return -1;
	switch (as->subtype ? as->subtype[0] : 0) {
	case 'T':	/* SET / DROP DEFAULT */
		t->def = as->def ? expr_new(b->a, as->def, b->st) : NULL;
		return 0;
	case 'N':	/* DROP NOT NULL */
		t->not_null = false;
		return 0;
	case 'O':	/* SET NOT NULL */
		t->not_null = true;
		return 0;
	case 'C':	/* ADD CONSTRAINT */
		if (!as->def || as->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
			return build_error(b, -1, "ALTER DOMAIN ADD needs a constraint");
		if (as->def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) {
			t->not_null = true;
			return 0;
		}
		if (as->def->constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK)
			return build_error(b, as->def->constraint->location,
					   "this constraint is not possible for domains");
		return add_domain_check(b, t, as->def->constraint, false);
	case 'X':	/* DROP CONSTRAINT */
		c = type_find_check(t, ident_truncate(b->a, as->name));
		if (!c) {
			if (as->missing_ok)
				return 0;
			return build_error(b, -1, "constraint '%s' of domain '%s' does not exist",
					   as->name, t->name.name);
		}
		catalog_remove_domain_check(b->cat, t, c);
		return 0;
	case 'V':	/* VALIDATE CONSTRAINT */
		c = type_find_check(t, ident_truncate(b->a, as->name));
		if (!c)
			return build_error(b, -1, "constraint '%s' of domain '%s' does not exist",
					   as->name, t->name.name);
		c->not_valid = false;
		return 0;
	default:
		return build_error(b, -1, "unsupported statement: ALTER DOMAIN");
	}
}

/* ---- composite types -------------------------------------------------- */

static int add_attr(struct builder *b, struct type *t, PgQuery__ColumnDef *cd)
{
	struct column *col;
	bool serial;

	if (!cd->type_name)
		return build_error(b, cd->location, "attribute '%s' has no type", cd->colname);
	col = arena_alloc(b->a, sizeof(*col));
	col->name = build_ident(b, cd->colname);
	if (type_find_attr(t, col->name))
		return build_error(b, cd->location, "column '%s' of relation '%s' already exists",
				   col->name, t->name.name);
	typeref_from_node(&col->type, b->a, b->cat, cd->type_name, &serial);
	if (serial)
		return build_name_error(b, cd->location, "type", build_node_str(cd->type_name->names[cd->type_name->n_names - 1]),
					DIAG_NAME_MISSING);
	col->collation = build_collation_over_type(b, &col->type, build_collation_name(b, cd->coll_clause));
	col->loc = here(b, cd->location);
	vec_push(&t->attrs, b->a, col);
	return 0;
}

int build_create_composite(struct builder *b, PgQuery__CompositeTypeStmt *cs)
{
	PgQuery__RangeVar *rv = cs->typevar;
	struct qname q;
	struct type *t;
	const char *schema = build_creation_schema(b, rv->schemaname, rv->location);

	if (!schema)
		return -1;
	q.schema = schema;
	q.name = build_ident(b, rv->relname);
	if (catalog_find_type(b->cat, &q) || catalog_find_relation(b->cat, &q))
		return build_name_error(b, rv->location, "type", q.name, DIAG_NAME_TAKEN);
	t = new_type(b, &q, TYPE_COMPOSITE);
	for (size_t i = 0; i < cs->n_coldeflist; i++) {
		if (cs->coldeflist[i]->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
			return build_error(b, rv->location, "unsupported composite type element");
		if (add_attr(b, t, cs->coldeflist[i]->column_def) < 0)
			return -1;
	}
	catalog_add_type(b->cat, t);
	return 0;
}

/* ALTER TYPE name ADD / DROP / ALTER ATTRIBUTE (an AlterTableStmt). */
int build_alter_composite(struct builder *b, PgQuery__AlterTableStmt *as)
{
	PgQuery__RangeVar *rv = as->relation;
	struct qname q = { rv->schemaname, ident_truncate(b->a, rv->relname) };
	struct type *t = NULL;

	if (has(rv->schemaname)) {
		t = catalog_find_type(b->cat, &q);
	} else {
		for (size_t i = 0; i < b->cat->search_path.n && !t; i++) {
			q.schema = b->cat->search_path.items[i];
			t = catalog_find_type(b->cat, &q);
		}
	}
	if (!t)
		return build_name_error(b, rv->location, "type", rv->relname, DIAG_NAME_MISSING);
	if (t->kind != TYPE_COMPOSITE)
		return build_error(b, rv->location, "'%s' is not a composite type", t->name.name);
	for (size_t i = 0; i < as->n_cmds; i++) {
		PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
		PgQuery__ColumnDef *cd = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
			? cmd->def->column_def : NULL;
		struct column *c;
		bool serial;

		switch (cmd->subtype) {
		case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
			if (!cd)
				return build_error(b, rv->location, "ADD ATTRIBUTE needs a definition");
			if (cmd->missing_ok && type_find_attr(t, ident_truncate(b->a, cd->colname)))
				break;
			if (add_attr(b, t, cd) < 0)
				return -1;
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
			c = type_find_attr(t, ident_truncate(b->a, cmd->name));
			if (!c) {
				if (cmd->missing_ok)
					break;
				return build_error(b, rv->location,
						   "column '%s' of relation '%s' does not exist",
						   cmd->name, t->name.name);
			}
			for (size_t j = 0; j < t->attrs.n; j++)
				if (t->attrs.items[j] == c)
					vec_remove(&t->attrs, j);
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
			c = type_find_attr(t, ident_truncate(b->a, cmd->name));
			if (!c)
				return build_error(b, rv->location,
						   "column '%s' of relation '%s' does not exist",
						   cmd->name, t->name.name);
			if (!cd || !cd->type_name)
				return build_error(b, rv->location, "ALTER ATTRIBUTE TYPE needs a type");
			typeref_from_node(&c->type, b->a, b->cat, cd->type_name, &serial);
			if (serial)
				return build_name_error(b, cd->location, "type", build_node_str(cd->type_name->names[cd->type_name->n_names - 1]),
							DIAG_NAME_MISSING);
			c->collation = build_collation_over_type(b, &c->type,
							   build_collation_name(b, cd->coll_clause));
			break;
		default:
			return build_error(b, rv->location,
					   "unsupported statement: ALTER TYPE (this form)");
		}
	}
	return 0;
}

/* ---- range types ------------------------------------------------------ */

/* A DefElem's argument as a dotted name: TypeName, String or List. */
static const char *defelem_dotted(struct builder *b, Node *arg)
{
	if (!arg)
		return NULL;
	if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
		return build_dotted_name(b, arg->type_name->names, arg->type_name->n_names);
	if (arg->node_case == PG_QUERY__NODE__NODE_LIST)
		return build_dotted_name(b, arg->list->items, arg->list->n_items);
	if (arg->node_case == PG_QUERY__NODE__NODE_STRING)
		return arena_strdup(b->a, arg->string->sval);
	return NULL;
}

/* A DefElem's argument naming a collation, as the catalog stores it. */
static const char *defelem_collation(struct builder *b, Node *arg)
{
	if (!arg)
		return NULL;
	if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
		return build_collation_ref(b, arg->type_name->names, arg->type_name->n_names);
	if (arg->node_case == PG_QUERY__NODE__NODE_LIST)
		return build_collation_ref(b, arg->list->items, arg->list->n_items);
	if (arg->node_case == PG_QUERY__NODE__NODE_STRING)
		return build_collation_ref(b, &arg, 1);
	return NULL;
}

/* makeMultirangeTypeName(): "range" in the name becomes "multirange". */
static const char *multirange_name(struct builder *b, const char *range)
{
	const char *r = strstr(range, "range");
	const char *s;

	if (r)
		s = arena_printf(b->a, "%.*smulti%s", (int)(r - range), range, r);
	else
		s = arena_printf(b->a, "%.*s_multirange", NAMEDATALEN - 12, range);
	return ident_truncate(b->a, s);
}

int build_create_range(struct builder *b, PgQuery__CreateRangeStmt *cs)
{
	struct qname q;
	struct type *t;
	bool have_subtype = false;

	if (!new_type_name(b, cs->type_name, cs->n_type_name, &q))
		return -1;
	t = new_type(b, &q, TYPE_RANGE);
	for (size_t i = 0; i < cs->n_params; i++) {
		PgQuery__DefElem *d = cs->params[i]->def_elem;
		if (cs->params[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (strcmp(d->defname, "subtype") == 0 && d->arg &&
		    d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
			bool serial;
			typeref_from_node(&t->base, b->a, b->cat, d->arg->type_name, &serial);
			have_subtype = true;
		} else if (strcmp(d->defname, "subtype_opclass") == 0) {
			t->opclass = defelem_dotted(b, d->arg);
		} else if (strcmp(d->defname, "collation") == 0) {
			t->collation = defelem_collation(b, d->arg);
		} else if (strcmp(d->defname, "canonical") == 0) {
			t->canonical = defelem_dotted(b, d->arg);
		} else if (strcmp(d->defname, "subtype_diff") == 0) {
			t->subtype_diff = defelem_dotted(b, d->arg);
		} else if (strcmp(d->defname, "multirange_type_name") == 0 && d->arg &&
			   d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
			PgQuery__TypeName *tn = d->arg->type_name;
			const char *schema = tn->n_names >= 2 ? build_node_str(tn->names[tn->n_names - 2])
							      : NULL;
			t->multirange.schema = build_creation_schema(b, schema, d->location);
			if (!t->multirange.schema)
				return -1;
			t->multirange.name = build_ident(b, build_node_str(tn->names[tn->n_names - 1]));
		} else {
			return build_error(b, d->location, "type attribute '%s' not recognized",
					   d->defname);
		}
	}
	if (!have_subtype)
		return build_error(b, -1, "type attribute 'subtype' is required");
	/* pg_dump leaves out the subtype's default operator class, which for
	 * a built-in type is <type>_ops (int4_ops, text_ops, date_ops, ...) */
	if (t->opclass && str_eq(t->base.schema, "pg_catalog") && !t->base.ndims &&
	    str_eq(t->opclass, arena_printf(b->a, "%s_ops", t->base.name)))
		t->opclass = NULL;
	if (!t->multirange.name) {
		t->multirange.schema = t->name.schema;
		t->multirange.name = multirange_name(b, t->name.name);
	}
	if (catalog_find_type(b->cat, &t->multirange))
		return build_name_error(b, -1, "type", t->multirange.name, DIAG_NAME_TAKEN);
	catalog_add_type(b->cat, t);
	return 0;
}

/* ---- collations ------------------------------------------------------- */

/* The text of a collation option: 'de-DE', icu, false, 1. */
static const char *defelem_text(struct builder *b, Node *arg)
{
	if (!arg)
		return NULL;
	switch (arg->node_case) {
	case PG_QUERY__NODE__NODE_STRING:
		return arg->string->sval;
	case PG_QUERY__NODE__NODE_TYPE_NAME:
		return build_node_str(arg->type_name->names[arg->type_name->n_names - 1]);
	case PG_QUERY__NODE__NODE_INTEGER:
		return arena_printf(b->a, "%d", (int)arg->integer->ival);
	case PG_QUERY__NODE__NODE_BOOLEAN:
		return arg->boolean->boolval ? "true" : "false";
	default:
		return NULL;
	}
}

static bool bool_text(const char *s, bool *out)
{
	static const char *const yes[] = { "true", "on", "1", "yes", "t" };
	static const char *const no[] = { "false", "off", "0", "no", "f" };

	for (size_t i = 0; i < ARRAY_SIZE(yes); i++) {
		if (strcasecmp(s, yes[i]) == 0)
			return *out = true;
		if (strcasecmp(s, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

const char *build_collation_sql(struct arena *a, const struct qname *q)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_collation(&sb, q);
	s = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return s;
}

/* CREATE COLLATION x FROM y: y's definition. PostgreSQL's own collations
 * are known by name: C, POSIX, ucs_basic, the ICU ones (und-x-icu) and the
 * operating system's locales (en_US.utf8). */
static int collation_from(struct builder *b, struct collation *c, Node *arg)
{
	PgQuery__Node **items = arg && arg->node_case == PG_QUERY__NODE__NODE_LIST
		? arg->list->items : NULL;
	size_t n = items ? arg->list->n_items : 0;
	const char *name = n ? build_node_str(items[n - 1]) : NULL;
	const char *schema = n >= 2 ? build_node_str(items[n - 2]) : NULL;
	size_t len;

	if (!name)
		return build_error(b, -1, "CREATE COLLATION FROM needs a collation");
	for (size_t i = 0; i < b->cat->search_path.n || schema; i++) {
		struct qname q = { schema ? schema : b->cat->search_path.items[i], name };
		struct collation *from = catalog_find_collation(b->cat, &q);
		if (from) {
			c->provider = from->provider;
			c->lc_collate = from->lc_collate;
			c->lc_ctype = from->lc_ctype;
			c->deterministic = from->deterministic;
			return 0;
		}
		if (schema)
			break;
	}
	if (schema && strcmp(schema, "pg_catalog") != 0)
		return build_error(b, -1, "collation '%s.%s' does not exist", schema, name);
	if (strcmp(name, "default") == 0)
		return build_error(b, -1, "collation 'default' cannot be copied");
	c->provider = 'c';
	c->lc_collate = c->lc_ctype = arena_strdup(b->a, name);
	if (strcmp(name, "ucs_basic") == 0)
		c->lc_collate = c->lc_ctype = "C";
	len = strlen(name);
	if (len > 6 && strcmp(name + len - 6, "-x-icu") == 0) {
		c->provider = 'i';
		c->lc_collate = c->lc_ctype = arena_strndup(b->a, name, len - 6);
	}
	return 0;
}

static int build_create_collation(struct builder *b, PgQuery__DefineStmt *ds)
{
	struct collation *c;
	struct qname q;
	const char *locale = NULL, *provider = NULL, *det = NULL, *lc_collate = NULL,
		   *lc_ctype = NULL;
	Node *from = NULL;
	size_t n = ds->n_defnames;

	q.schema = build_creation_schema(b, n >= 2 ? build_node_str(ds->defnames[n - 2]) : NULL, -1);
	if (!q.schema)
		return -1;
	q.name = build_ident(b, build_node_str(ds->defnames[n - 1]));
	if (catalog_find_collation(b->cat, &q)) {
		if (ds->if_not_exists)
			return 0;
		return build_error(b, -1, "collation '%s' already exists", q.name);
	}
	for (size_t i = 0; i < ds->n_definition; i++) {
		PgQuery__DefElem *d = ds->definition[i]->def_elem;
		const char *v;
		if (ds->definition[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		v = defelem_text(b, d->arg);
		if (strcmp(d->defname, "from") == 0)
			from = d->arg;
		else if (strcmp(d->defname, "locale") == 0)
			locale = v;
		else if (strcmp(d->defname, "lc_collate") == 0)
			lc_collate = v;
		else if (strcmp(d->defname, "lc_ctype") == 0)
			lc_ctype = v;
		else if (strcmp(d->defname, "provider") == 0)
			provider = v;
		else if (strcmp(d->defname, "deterministic") == 0)
			det = v;
		else if (strcmp(d->defname, "version") != 0)
			return build_error(b, d->location, "collation attribute '%s' not recognized",
					   d->defname);
	}
	c = arena_alloc(b->a, sizeof(*c));
	c->name = q;
	c->deterministic = true;
	c->loc = here(b, -1);
	if (from) {
		if (ds->n_definition > 1)
			return build_error(b, -1, "conflicting or redundant options");
		if (collation_from(b, c, from) < 0)
			return -1;
		catalog_add_collation(b->cat, c);
		return 0;
	}
	if (locale && (lc_collate || lc_ctype))
		return build_error(b, -1, "conflicting or redundant options");
	if (!provider || strcasecmp(provider, "libc") == 0)
		c->provider = 'c';
	else if (strcasecmp(provider, "icu") == 0)
		c->provider = 'i';
	else
		return build_error(b, -1, "unrecognized collation provider: %s", provider);
	if (det && !bool_text(det, &c->deterministic))
		return build_error(b, -1, "deterministic requires a Boolean value");
	if (c->provider == 'i') {
		if (!locale)
			return build_error(b, -1, "parameter 'locale' must be specified");
		c->lc_collate = c->lc_ctype = arena_strdup(b->a, locale);
	} else {
		c->lc_collate = arena_strdup(b->a, locale ? locale : lc_collate);
		c->lc_ctype = arena_strdup(b->a, locale ? locale : lc_ctype);
		if (!c->lc_collate)
			return build_error(b, -1, "parameter 'lc_collate' must be specified");
		if (!c->lc_ctype)
			return build_error(b, -1, "parameter 'lc_ctype' must be specified");
		if (!c->deterministic)
			return build_error(b, -1,
					   "nondeterministic collations not supported with this provider");
	}
	catalog_add_collation(b->cat, c);
	return 0;
}

int build_define(struct builder *b, PgQuery__DefineStmt *ds)
{
	if (ds->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION)
		return build_create_collation(b, ds);
	if (build_generic_type(ds->kind))
		return build_create_generic(b, b->st->node);
	return build_error(b, -1, "unsupported statement: %s",
			   ds->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE ? "CREATE AGGREGATE"
			   : ds->kind == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR ? "CREATE OPERATOR"
			   : ds->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE ? "CREATE TYPE (base type)"
			   : ds->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY
				   ? "CREATE TEXT SEARCH DICTIONARY"
			   : ds->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION
				   ? "CREATE TEXT SEARCH CONFIGURATION"
			   : "CREATE AGGREGATE / OPERATOR / TYPE / TEXT SEARCH");
}

struct collation *build_lookup_collation(struct builder *b, PgQuery__Node **names, size_t n)
{
	struct qname q;

	q.name = ident_truncate(b->a, build_node_str(names[n - 1]));
	if (n >= 2) {
		q.schema = build_node_str(names[n - 2]);
		return catalog_find_collation(b->cat, &q);
	}
	for (size_t i = 0; i < b->cat->search_path.n; i++) {
		struct collation *c;
		q.schema = b->cat->search_path.items[i];
		if ((c = catalog_find_collation(b->cat, &q)) != NULL)
			return c;
	}
	return NULL;
}

/* A column, attribute or type that uses collation c, described, or NULL. */
static const char *collation_user(struct builder *b, const struct collation *c)
{
	const char *dotted = build_collation_sql(b->a, &c->name);

	for (size_t i = 0; i < b->cat->tables.n; i++) {
		const struct table *t = b->cat->tables.items[i];
		for (size_t j = 0; j < t->columns.n; j++) {
			const struct column *col = t->columns.items[j];
			if (str_eq(col->collation, dotted))
				return arena_printf(b->a, "column %s.%s", t->name.name, col->name);
		}
	}
	for (size_t i = 0; i < b->cat->types.n; i++) {
		const struct type *t = b->cat->types.items[i];
		if (str_eq(t->collation, dotted))
			return arena_printf(b->a, "type %s", t->name.name);
		for (size_t j = 0; j < t->attrs.n; j++)
			if (str_eq(((const struct column *)t->attrs.items[j])->collation, dotted))
				return arena_printf(b->a, "type %s", t->name.name);
	}
	return NULL;
}

int build_drop_collation(struct builder *b, PgQuery__Node **names, size_t n, bool missing_ok,
			 bool cascade)
{
	struct collation *c = build_lookup_collation(b, names, n);
	const char *user;

	if (!c) {
		if (missing_ok)
			return 0;
		return build_error(b, -1, "collation '%s' does not exist", build_node_str(names[n - 1]));
	}
	if ((user = collation_user(b, c)) != NULL)
		return build_error(b, -1, "cannot drop collation '%s' because %s depends on it%s",
				   c->name.name, user,
				   cascade ? " (DROP ... CASCADE of a collation is not supported)" : "");
	catalog_remove_collation(b->cat, c);
	return 0;
}

static void elems_rename_collation(struct builder *b, struct ptrvec *elems, const char *old,
				   const struct qname *q)
{
	for (size_t i = 0; i < elems->n; i++) {
		struct index_elem *e = elems->items[i];
		if (str_eq(e->collation, old))
			e->collation = build_collation_sql(b->a, q);
	}
}

int build_rename_collation(struct builder *b, PgQuery__Node **names, size_t n,
			   const char *newname)
{
	struct collation *c = build_lookup_collation(b, names, n);
	const char *old;
	struct qname q;

	if (!c)
		return build_error(b, -1, "collation '%s' does not exist", build_node_str(names[n - 1]));
	q.schema = c->name.schema;
	q.name = newname;
	if (catalog_find_collation(b->cat, &q))
		return build_error(b, -1, "collation '%s' already exists", newname);
	old = build_collation_sql(b->a, &c->name);
	c->name.name = newname;
	/* columns, index keys and types name the collation by its name:
	 * follow it */
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		const struct table *t = b->cat->tables.items[i];
		for (size_t j = 0; j < t->columns.n; j++) {
			struct column *col = t->columns.items[j];
			if (str_eq(col->collation, old))
				col->collation = build_collation_sql(b->a, &c->name);
		}
		for (size_t j = 0; j < t->indexes.n; j++)
			elems_rename_collation(b, &((struct index *)t->indexes.items[j])->elems, old,
					       &c->name);
		for (size_t j = 0; j < t->constraints.n; j++)
			elems_rename_collation(b, &((struct constraint *)t->constraints.items[j])->elems,
					       old, &c->name);
		if (t->partkey)
			elems_rename_collation(b, &t->partkey->elems, old, &c->name);
	}
	for (size_t i = 0; i < b->cat->types.n; i++) {
		struct type *t = b->cat->types.items[i];
		if (str_eq(t->collation, old))
			t->collation = build_collation_sql(b->a, &c->name);
		for (size_t j = 0; j < t->attrs.n; j++) {
			struct column *col = t->attrs.items[j];
			if (str_eq(col->collation, old))
				col->collation = build_collation_sql(b->a, &c->name);
		}
	}
	return 0;
}

/* The range type whose multirange is q, or NULL. */
static struct type *range_of_multirange(const struct catalog *cat, const struct qname *q)
{
	for (size_t i = 0; i < cat->types.n; i++) {
		struct type *t = cat->types.items[i];
		if (t->kind == TYPE_RANGE && str_eq(t->multirange.schema, q->schema) &&
		    str_eq(t->multirange.name, q->name))
			return t;
	}
	return NULL;
}

/* The range type whose multirange names[] names (through the search_path),
 * or NULL. */
static struct type *lookup_multirange(struct builder *b, PgQuery__Node **names, size_t n)
{
	struct qname q;

	q.name = ident_truncate(b->a, build_node_str(names[n - 1]));
	if (n >= 2) {
		q.schema = build_node_str(names[n - 2]);
		return range_of_multirange(b->cat, &q);
	}
	for (size_t i = 0; i < b->cat->search_path.n; i++) {
		struct type *t;
		q.schema = b->cat->search_path.items[i];
		if ((t = range_of_multirange(b->cat, &q)) != NULL)
			return t;
	}
	return NULL;
}

int build_rename_multirange(struct builder *b, PgQuery__Node **names, size_t n,
			    const char *newname)
{
	struct type *t = lookup_multirange(b, names, n);
	struct qname q;
	const char *old;

	if (!t)
		return build_name_error(b, -1, "type", build_node_str(names[n - 1]), DIAG_NAME_MISSING);
	q.schema = t->multirange.schema;
	q.name = newname;
	if (catalog_find_type(b->cat, &q) || range_of_multirange(b->cat, &q))
		return build_name_error(b, -1, "type", newname, DIAG_NAME_TAKEN);
	old = t->multirange.name;
	t->multirange.name = newname;
	/* columns and types name it by its name: follow it */
	build_rename_type_in_types(b->cat, q.schema, old, newname);
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *tab = b->cat->tables.items[i];
		for (size_t j = 0; j < tab->columns.n; j++) {
			struct column *c = tab->columns.items[j];
			if (str_eq(c->type.schema, q.schema) && str_eq(c->type.name, old))
				c->type.name = newname;
		}
	}
	return 0;
}

bool build_is_range_constructor(struct builder *b, const PgQuery__ObjectWithArgs *ow)
{
	size_t n = ow->n_objname;
	const char *name = ident_truncate(b->a, build_node_str(ow->objname[n - 1]));
	const char *schema = n >= 2 ? build_node_str(ow->objname[n - 2]) : NULL;

	for (size_t i = 0; i < b->cat->search_path.n || schema; i++) {
		struct qname q = { schema ? schema : b->cat->search_path.items[i], name };
		const struct type *t = catalog_find_type(b->cat, &q);
		if (catalog_has_function(b->cat, q.schema, name))
			return false;
		if ((t && t->kind == TYPE_RANGE) || range_of_multirange(b->cat, &q))
			return true;
		if (schema)
			break;
	}
	return false;
}

/* ---- uses, renames, comments ------------------------------------------ */

static bool typeref_is(const struct typeref *r, const struct type *t)
{
	return str_eq(r->schema, t->name.schema) && str_eq(r->name, t->name.name);
}

const char *build_type_used_by_type(const struct catalog *cat, struct arena *a, const struct type *t)
{
	for (size_t i = 0; i < cat->types.n; i++) {
		const struct type *u = cat->types.items[i];
		if (u == t)
			continue;
		if ((u->kind == TYPE_DOMAIN || u->kind == TYPE_RANGE) && typeref_is(&u->base, t))
			return arena_printf(a, "type %s", u->name.name);
		for (size_t j = 0; j < u->attrs.n; j++)
			if (typeref_is(&((const struct column *)u->attrs.items[j])->type, t))
				return arena_printf(a, "column %s.%s", u->name.name,
						    ((const struct column *)u->attrs.items[j])->name);
	}
	return NULL;
}

void build_rename_type_in_types(struct catalog *cat, const char *schema, const char *old,
			  const char *newname)
{
	for (size_t i = 0; i < cat->types.n; i++) {
		struct type *u = cat->types.items[i];
		if ((u->kind == TYPE_DOMAIN || u->kind == TYPE_RANGE) &&
		    str_eq(u->base.schema, schema) && str_eq(u->base.name, old))
			u->base.name = newname;
		for (size_t j = 0; j < u->attrs.n; j++) {
			struct column *c = u->attrs.items[j];
			if (str_eq(c->type.schema, schema) && str_eq(c->type.name, old))
				c->type.name = newname;
		}
	}
}

int build_rename_domain_constraint(struct builder *b, PgQuery__Node **names, size_t n,
				   const char *oldname, const char *newname)
{
	struct type *t = lookup_kind(b, names, n, TYPE_DOMAIN, false, -1);
	struct constraint *c;

	if (!t)
		return -1;
	c = type_find_check(t, ident_truncate(b->a, oldname));
	if (!c)
		return build_error(b, -1, "constraint '%s' of domain '%s' does not exist", oldname,
				   t->name.name);
	if (type_find_check(t, newname))
		return build_error(b, -1, "constraint '%s' for domain '%s' already exists", newname,
				   t->name.name);
	catalog_rename_domain_check(b->cat, t, c, newname);
	return 0;
}

int build_rename_attribute(struct builder *b, const PgQuery__RangeVar *rv, const char *oldname,
			   const char *newname)
{
	PgQuery__String s0 = PG_QUERY__STRING__INIT, s1 = PG_QUERY__STRING__INIT;
	Node n0 = PG_QUERY__NODE__INIT, n1 = PG_QUERY__NODE__INIT;
	Node *names[2] = { &n0, &n1 };
	size_t n = 0;
	struct type *t;
	struct column *c;

	if (has(rv->schemaname)) {
		s0.sval = rv->schemaname;
		n0.node_case = PG_QUERY__NODE__NODE_STRING;
		n0.string = &s0;
		n++;
	}
	s1.sval = rv->relname;
	n1.node_case = PG_QUERY__NODE__NODE_STRING;
	n1.string = &s1;
	names[n++] = &n1;
	t = lookup_kind(b, names, n, TYPE_COMPOSITE, false, rv->location);
	if (!t)
		return -1;
	c = type_find_attr(t, ident_truncate(b->a, oldname));
	if (!c)
		return build_error(b, -1, "column '%s' does not exist", oldname);
	if (type_find_attr(t, newname))
		return build_error(b, -1, "column '%s' of relation '%s' already exists", newname,
				   t->name.name);
	c->name = newname;
	return 0;
}

const char **build_comment_slot_for_type_part(struct builder *b, PgQuery__ObjectType objtype,
					Node *obj)
{
	if (objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT) {
		/* (TypeName, constraint name) */
		struct type *t;
		struct constraint *c;
		if (!obj || obj->node_case != PG_QUERY__NODE__NODE_LIST || obj->list->n_items != 2 ||
		    obj->list->items[0]->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
			return NULL;
		t = build_lookup_type_names(b, obj->list->items[0]->type_name->names,
				      obj->list->items[0]->type_name->n_names);
		if (!t || t->kind != TYPE_DOMAIN)
			return NULL;
		c = type_find_check(t, ident_truncate(b->a, build_node_str(obj->list->items[1])));
		return c ? &c->comment : NULL;
	}
	if (objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
		/* an attribute of a composite type: (schema,) type, attribute */
		PgQuery__Node **names;
		size_t n;
		struct type *t;
		struct column *c;
		if (!obj || obj->node_case != PG_QUERY__NODE__NODE_LIST || obj->list->n_items < 2)
			return NULL;
		names = obj->list->items;
		n = obj->list->n_items;
		t = build_lookup_type_names(b, names, n - 1);
		if (!t || t->kind != TYPE_COMPOSITE)
			return NULL;
		c = type_find_attr(t, ident_truncate(b->a, build_node_str(names[n - 1])));
		return c ? &c->comment : NULL;
	}
	if (objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION) {
		struct collation *c;
		if (!obj || obj->node_case != PG_QUERY__NODE__NODE_LIST)
			return NULL;
		c = build_lookup_collation(b, obj->list->items, obj->list->n_items);
		return c ? &c->comment : NULL;
	}
	return NULL;
}
