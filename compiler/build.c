/*
 * build.c - the DDL interpreter's front: statement dispatch, name
 * resolution, search_path, and the object kinds that are small (schemas,
 * extensions, enum types, sequences). Drops, comments and renames are in
 * build_drop.c; tables, columns, constraints and indexes in build_table.c.
 *
 * Input: one parsed statement at a time (parse.h). Output: the catalog,
 * changed as PostgreSQL would change it, or a diagnostic at the statement.
 */
#include "build_int.h"
#include "check_refs.h"

#include <stdio.h>

/* ---- shared helpers --------------------------------------------------- */

struct diag *build_diag(struct builder *b, enum diag_severity sev, int location,
			const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	struct diag *dg;
	va_list ap;
	static struct diag silent;

	if (b->quiet)
		return &silent;

	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	dg = diag_at(b->d, sev, b->st->file, stmt_loc(b->st, location), "%s", sb.buf);
	sb_release(&sb);
	return dg;
}

int build_error(struct builder *b, int location, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	if (b->quiet)
		return -1;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_at(b->d, DIAG_ERROR, b->st->file, stmt_loc(b->st, location), "%s", sb.buf);
	sb_release(&sb);
	return -1;
}

struct diag *build_name_diag(struct builder *b, int location, const char *kind, const char *name,
			     enum diag_name_problem problem)
{
	struct diag *dg = build_diag(b, DIAG_ERROR, location, "%s '%s' %s", kind, name,
				     problem == DIAG_NAME_TAKEN ? "already exists" : "does not exist");

	if (!b->quiet) {
		dg->name_problem = problem;
		dg->name_kind = arena_strdup(b->d->arena, kind);
		dg->name = arena_strdup(b->d->arena, name);
	}
	return dg;
}

int build_name_error(struct builder *b, int location, const char *kind, const char *name,
		     enum diag_name_problem problem)
{
	build_name_diag(b, location, kind, name, problem);
	return -1;
}

const char *build_node_str(const Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : NULL;
}

const char *build_ident(struct builder *b, const char *s)
{
	if (!s)
		return NULL;
	return ident_truncate(b->a, arena_strdup(b->a, s));
}

bool build_has(const char *s)
{
	return s && *s;
}

const char *build_directive_renamed_from(struct builder *b, const struct directive *d)
{
	const char *s = d->text;
	struct strbuf sb = STRBUF_INIT;
	const char *out;

	if (strncmp(s, "renamed-from", 12) != 0 || (s[12] != ' ' && s[12] != '\t'))
		return NULL;
	for (s += 12; *s == ' ' || *s == '\t'; s++)
		;
	if (*s == '"' || *s == '\'') {
		char q = *s;
		for (s++; *s; s++) {
			if (*s == q && s[1] == q)
				sb_addc(&sb, *s++);
			else if (*s == q)
				break;
			else
				sb_addc(&sb, *s);
		}
		out = q == '"' ? build_ident(b, sb.buf) : arena_strdup(b->a, sb.buf);
	} else {
		for (; *s && *s != ' ' && *s != '\t'; s++)
			sb_addc(&sb, (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s));
		out = sb.len ? build_ident(b, sb.buf) : NULL;
	}
	sb_release(&sb);
	return out;
}

const char *build_directive_using(struct builder *b, const struct directive *d)
{
	const char *s = d->text;
	char *sql;
	PgQueryParseResult r;
	bool ok;

	if (strncmp(s, "using", 5) != 0 || (s[5] != ' ' && s[5] != '\t'))
		return NULL;
	for (s += 5; *s == ' ' || *s == '\t'; s++)
		;
	/* an expression is what SELECT takes as its one target */
	sql = arena_printf(b->a, "SELECT (%s)", s);
	r = pg_query_parse(sql);
	ok = !r.error && strstr(r.parse_tree, "\"stmts\":[{") &&
	     !strstr(r.parse_tree, "},{\"stmt\"");
	pg_query_free_parse_result(r);
	if (!ok || !*s) {
		if (!b->quiet)
			diag_at(b->d, DIAG_ERROR, d->file, d->offset,
				"schemac:using needs one SQL expression, not '%s'", s);
		return NULL;
	}
	return arena_strdup(b->a, s);
}

const char *build_leading_renamed_from(struct builder *b)
{
	const char *found = NULL;

	for (size_t i = 0; i < b->st->directives.n; i++) {
		const struct directive *d = b->st->directives.items[i];
		if (d->offset < b->st->offset && build_directive_renamed_from(b, d))
			found = build_directive_renamed_from(b, d);
	}
	return found;
}

const char *build_creation_schema(struct builder *b, const char *schema, int location)
{
	if (build_has(schema)) {
		if (strcmp(schema, "pg_catalog") == 0) {
			build_error(b, location, "cannot create objects in schema 'pg_catalog'");
			return NULL;
		}
		if (!catalog_find_schema(b->cat, schema)) {
			build_name_error(b, location, "schema", schema, DIAG_NAME_MISSING);
			return NULL;
		}
		return catalog_find_schema(b->cat, schema)->name;
	}
	schema = catalog_creation_schema(b->cat);
	if (!schema)
		build_error(b, location, "no schema has been selected to create in");
	return schema;
}

struct relation *build_lookup_relation(struct builder *b, const char *schema, const char *name)
{
	struct relation *r = catalog_resolve_relation(b->cat, schema, name);

	if (r)
		return r;
	/* a name whose CREATE was reported: say nothing more about it */
	if (build_has(schema) && catalog_is_unsupported(b->cat, schema, name))
		b->quiet = true;
	for (size_t i = 0; !build_has(schema) && i < b->cat->search_path.n; i++)
		if (catalog_is_unsupported(b->cat, b->cat->search_path.items[i], name))
			b->quiet = true;
	return NULL;
}

struct table *build_outside_table(struct builder *b, const PgQuery__RangeVar *rv)
{
	struct table *t;

	if (!build_has(rv->schemaname) || catalog_find_schema(b->cat, rv->schemaname) ||
	    str_eq(rv->schemaname, "pg_catalog"))
		return NULL;
	t = arena_alloc(b->a, sizeof(*t));
	t->name.schema = arena_strdup(b->a, rv->schemaname);
	t->name.name = build_ident(b, rv->relname);
	t->outside = true;
	return t;
}

struct table *build_lookup_table(struct builder *b, const PgQuery__RangeVar *rv, bool missing_ok)
{
	struct relation *r = build_lookup_relation(b, rv->schemaname, ident_truncate(b->a, rv->relname));

	if (r && r->kind == REL_TABLE)
		return r->obj;
	if (!missing_ok) {
		if (r)
			build_error(b, rv->location, "'%s' is not a table", rv->relname);
		else
			build_name_error(b, rv->location, "relation",
					 build_has(rv->schemaname)
						 ? arena_printf(b->a, "%s.%s", rv->schemaname, rv->relname)
						 : rv->relname,
					 DIAG_NAME_MISSING);
	}
	return NULL;
}

struct type *build_lookup_type_names(struct builder *b, PgQuery__Node **names, size_t n)
{
	struct qname q;

	q.name = ident_truncate(b->a, build_node_str(names[n - 1]));
	if (n >= 2) {
		q.schema = build_node_str(names[n - 2]);
		return catalog_find_type(b->cat, &q);
	}
	for (size_t i = 0; i < b->cat->search_path.n; i++) {
		struct type *t;
		q.schema = b->cat->search_path.items[i];
		if ((t = catalog_find_type(b->cat, &q)) != NULL)
			return t;
	}
	return NULL;
}

static struct sequence *lookup_sequence(struct builder *b, const char *schema, const char *name)
{
	struct relation *r = build_lookup_relation(b, schema, ident_truncate(b->a, name));
	return r && r->kind == REL_SEQUENCE ? r->obj : NULL;
}

/* ---- search_path ------------------------------------------------------ */

static void set_search_path(struct builder *b, struct ptrvec *values)
{
	memset(&b->cat->search_path, 0, sizeof(b->cat->search_path));
	for (size_t i = 0; i < values->n; i++)
		vec_push(&b->cat->search_path, b->a, values->items[i]);
}

/* "a, b" or '"$user", public' as one string (set_config's form). */
static void split_search_path(struct builder *b, const char *s, struct ptrvec *out)
{
	while (*s) {
		const char *start;
		while (*s == ' ' || *s == ',')
			s++;
		if (!*s)
			break;
		if (*s == '"') {
			struct strbuf sb = STRBUF_INIT;
			for (s++; *s; s++) {
				if (*s == '"' && s[1] == '"')
					sb_addc(&sb, *s++);
				else if (*s == '"')
					break;
				else
					sb_addc(&sb, *s);
			}
			if (*s)
				s++;
			vec_push(out, b->a, arena_strdup(b->a, sb.buf));
			sb_release(&sb);
		} else {
			struct strbuf sb = STRBUF_INIT;
			start = s;
			while (*s && *s != ',' && *s != ' ')
				s++;
			for (const char *p = start; p < s; p++)
				sb_addc(&sb, (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p));
			vec_push(out, b->a, arena_strdup(b->a, sb.buf));
			sb_release(&sb);
		}
	}
}

static int build_variable_set(struct builder *b, PgQuery__VariableSetStmt *vs)
{
	struct ptrvec values = { 0 };

	if (str_eq(vs->name, "check_function_bodies")) {
		const Node *v = vs->n_args ? vs->args[0] : NULL;
		const char *val = v && v->node_case == PG_QUERY__NODE__NODE_A_CONST &&
					  v->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL
				  ? v->a_const->sval->sval : NULL;
		b->cat->no_body_checks = vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE &&
					 (str_eq(val, "false") || str_eq(val, "off") ||
					  (v && v->node_case == PG_QUERY__NODE__NODE_A_CONST &&
					   v->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL &&
					   v->a_const->ival->ival == 0));
		return 0;
	}
	if (!build_has(vs->name) || strcmp(vs->name, "search_path") != 0)
		return 0;	/* session settings do not change the schema */
	if (vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT ||
	    vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET) {
		vec_push(&values, b->a, "$user");
		vec_push(&values, b->a, "public");
	} else {
		for (size_t i = 0; i < vs->n_args; i++) {
			Node *arg = vs->args[i];
			if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST &&
			    arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
				if (*arg->a_const->sval->sval)
					vec_push(&values, b->a,
						 arena_strdup(b->a, arg->a_const->sval->sval));
			}
		}
	}
	set_search_path(b, &values);
	return 0;
}

static const char *func_name(PgQuery__FuncCall *f)
{
	return f->n_funcname ? build_node_str(f->funcname[f->n_funcname - 1]) : NULL;
}

/* SELECT pg_catalog.set_config('search_path', '', false), as pg_dump writes. */
static int build_select(struct builder *b, PgQuery__SelectStmt *sel, int location)
{
	if (sel->n_target_list == 1 && !sel->n_from_clause &&
	    sel->target_list[0]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) {
		Node *v = sel->target_list[0]->res_target->val;
		if (v && v->node_case == PG_QUERY__NODE__NODE_FUNC_CALL &&
		    str_eq(func_name(v->func_call), "set_config") && v->func_call->n_args == 3) {
			Node **args = v->func_call->args;
			if (args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
			    args[1]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
			    args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
			    args[1]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
				struct ptrvec values = { 0 };
				if (strcmp(args[0]->a_const->sval->sval, "search_path") != 0)
					return 0;
				split_search_path(b, args[1]->a_const->sval->sval, &values);
				set_search_path(b, &values);
				return 0;
			}
		}
	}
	build_diag(b, DIAG_WARNING, location,
		   "SELECT is not part of the schema; the catalog ignores it");
	return 0;
}

/* ---- schemas and extensions ------------------------------------------- */

static int build_create_schema(struct builder *b, PgQuery__CreateSchemaStmt *cs)
{
	const char *name = cs->schemaname;
	struct schema *s;

	if (!build_has(name)) {
		if (cs->authrole && build_has(cs->authrole->rolename))
			name = cs->authrole->rolename;
		else
			return build_error(b, -1, "CREATE SCHEMA needs a name");
	}
	if (cs->n_schema_elts)
		return build_error(b, -1,
				   "unsupported statement: CREATE SCHEMA with schema elements");
	name = build_ident(b, name);
	if (catalog_find_schema(b->cat, name)) {
		if (cs->if_not_exists)
			return 0;
		return build_name_error(b, -1, "schema", name, DIAG_NAME_TAKEN);
	}
	s = arena_alloc(b->a, sizeof(*s));
	s->name = name;
	if (cs->authrole)
		build_schema_owner(b, s, cs->authrole);
	s->loc.file = b->st->file;
	s->loc.offset = b->st->offset;
	catalog_add_schema(b->cat, s);
	return 0;
}

static int build_create_extension(struct builder *b, PgQuery__CreateExtensionStmt *ce)
{
	struct extension *e;
	const char *schema = NULL, *version = NULL;

	if (catalog_find_extension(b->cat, ce->extname) || strcmp(ce->extname, "plpgsql") == 0) {
		if (ce->if_not_exists || strcmp(ce->extname, "plpgsql") == 0)
			return 0;
		return build_error(b, -1, "extension '%s' already exists", ce->extname);
	}
	for (size_t i = 0; i < ce->n_options; i++) {
		PgQuery__DefElem *d = ce->options[i]->def_elem;
		if (ce->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (strcmp(d->defname, "schema") == 0)
			schema = build_node_str(d->arg);
		else if (strcmp(d->defname, "new_version") == 0)
			version = build_node_str(d->arg);
		else if (strcmp(d->defname, "cascade") != 0)
			return build_error(b, d->location, "unsupported CREATE EXTENSION option '%s'",
					   d->defname);
	}
	schema = build_creation_schema(b, schema, -1);
	if (!schema)
		return -1;
	e = arena_alloc(b->a, sizeof(*e));
	e->name = build_ident(b, ce->extname);
	e->schema = schema;
	e->version = arena_strdup(b->a, version);
	e->loc.file = b->st->file;
	e->loc.offset = b->st->offset;
	catalog_add_extension(b->cat, e);
	return 0;
}

/* ---- enum types ------------------------------------------------------- */

/* A directive inside CREATE TYPE ... AS ENUM renames the label after it. */
static void enum_label_renames(struct builder *b, struct type *t)
{
	const char *text = b->st->file->text;
	int end = b->st->offset + b->st->len;

	for (size_t i = 0; i < t->labels.n; i++)
		vec_push(&t->label_renamed_from, b->a, NULL);
	for (size_t i = 0; i < b->st->directives.n; i++) {
		const struct directive *d = b->st->directives.items[i];
		const char *from = build_directive_renamed_from(b, d);
		struct strbuf label = STRBUF_INIT;
		int pos = d->offset;

		if (!from || d->offset < b->st->offset)
			continue;
		while (pos < end && text[pos] != '\n')
			pos++;	/* past the comment */
		while (pos < end && text[pos] != '\'')
			pos++;
		for (pos++; pos < end; pos++) {
			if (text[pos] == '\'' && pos + 1 < end && text[pos + 1] == '\'')
				sb_addc(&label, text[pos++]);
			else if (text[pos] == '\'')
				break;
			else
				sb_addc(&label, text[pos]);
		}
		for (size_t j = 0; j < t->labels.n; j++)
			if (strcmp(t->labels.items[j], label.buf) == 0)
				t->label_renamed_from.items[j] = (void *)from;
		sb_release(&label);
	}
}

static int build_create_enum(struct builder *b, PgQuery__CreateEnumStmt *ce)
{
	struct type *t;
	const char *schema = ce->n_type_name >= 2 ? build_node_str(ce->type_name[ce->n_type_name - 2])
						   : NULL;
	struct qname q;

	schema = build_creation_schema(b, schema, -1);
	if (!schema)
		return -1;
	q.schema = schema;
	q.name = build_ident(b, build_node_str(ce->type_name[ce->n_type_name - 1]));
	if (catalog_find_type(b->cat, &q) || catalog_rowtype_taken(b->cat, &q))
		return build_name_error(b, -1, "type", q.name, DIAG_NAME_TAKEN);
	t = arena_alloc(b->a, sizeof(*t));
	t->name = q;
	t->kind = TYPE_ENUM;
	for (size_t i = 0; i < ce->n_vals; i++) {
		const char *label = build_node_str(ce->vals[i]);
		for (size_t j = 0; j < t->labels.n; j++)
			if (strcmp(t->labels.items[j], label) == 0)
				return build_error(b, -1, "enum label '%s' used more than once", label);
		if (strlen(label) >= NAMEDATALEN)
			return build_error(b, -1, "invalid enum label '%s': longer than 63 bytes",
					   label);
		vec_push(&t->labels, b->a, arena_strdup(b->a, label));
	}
	t->loc.file = b->st->file;
	t->loc.offset = b->st->offset;
	t->renamed_from = build_leading_renamed_from(b);
	enum_label_renames(b, t);
	catalog_add_type(b->cat, t);
	return 0;
}

static int label_index(const struct type *t, const char *label)
{
	for (size_t i = 0; i < t->labels.n; i++)
		if (strcmp(t->labels.items[i], label) == 0)
			return (int)i;
	return -1;
}

static int build_alter_enum(struct builder *b, PgQuery__AlterEnumStmt *ae)
{
	struct type *t = build_lookup_type_names(b, ae->type_name, ae->n_type_name);
	int pos;

	if (!t)
		return build_name_error(b, -1, "type", build_node_str(ae->type_name[ae->n_type_name - 1]),
					DIAG_NAME_MISSING);
	if (t->kind != TYPE_ENUM)
		return build_error(b, -1, "'%s' is not an enum", t->name.name);
	if (build_has(ae->old_val)) {
		/* RENAME VALUE old TO new */
		pos = label_index(t, ae->old_val);
		if (pos < 0)
			return build_error(b, -1, "'%s' is not an existing enum label", ae->old_val);
		if (label_index(t, ae->new_val) >= 0)
			return build_error(b, -1, "enum label '%s' already exists", ae->new_val);
		t->labels.items[pos] = arena_strdup(b->a, ae->new_val);
		return 0;
	}
	if (label_index(t, ae->new_val) >= 0) {
		if (ae->skip_if_new_val_exists)
			return 0;
		return build_error(b, -1, "enum label '%s' already exists", ae->new_val);
	}
	if (strlen(ae->new_val) >= NAMEDATALEN)
		return build_error(b, -1, "invalid enum label '%s': longer than 63 bytes",
				   ae->new_val);
	pos = (int)t->labels.n;
	if (build_has(ae->new_val_neighbor)) {
		int n = label_index(t, ae->new_val_neighbor);
		if (n < 0)
			return build_error(b, -1, "'%s' is not an existing enum label",
					   ae->new_val_neighbor);
		pos = ae->new_val_is_after ? n + 1 : n;
	}
	vec_insert(&t->labels, b->a, (size_t)pos, arena_strdup(b->a, ae->new_val));
	if (t->label_renamed_from.n + 1 == t->labels.n)
		vec_insert(&t->label_renamed_from, b->a, (size_t)pos, NULL);
	return 0;
}

/* ---- sequences -------------------------------------------------------- */

static int apply_owned_by(struct builder *b, struct sequence *s, struct qname *owner,
			  const char *col, bool none)
{
	struct relation *r;
	struct table *t;

	if (none) {
		s->owned_table = s->owned_column = NULL;
		return 0;
	}
	if (!col)
		return 0;
	r = build_lookup_relation(b, owner->schema, ident_truncate(b->a, owner->name));
	if (!r || r->kind != REL_TABLE)
		return build_name_error(b, -1, "relation", owner->name, DIAG_NAME_MISSING);
	t = r->obj;
	if (strcmp(t->name.schema, s->name.schema) != 0)
		return build_error(b, -1, "sequence must be in the same schema as the table it is linked to");
	if (!table_find_column(t, col))
		return build_error(b, -1, "column '%s' of relation '%s' does not exist", col,
				   t->name.name);
	s->owned_table = t->name.name;
	s->owned_column = build_ident(b, col);
	return 0;
}

static int build_create_sequence(struct builder *b, PgQuery__CreateSeqStmt *cs)
{
	PgQuery__RangeVar *rv = cs->sequence;
	const char *schema = build_creation_schema(b, rv->schemaname, rv->location);
	struct sequence *s;
	struct qname owner = { 0 };
	const char *col = NULL, *err;
	bool none = false;
	struct qname q;

	if (!schema)
		return -1;
	q.schema = schema;
	q.name = build_ident(b, rv->relname);
	if (catalog_find_relation(b->cat, &q)) {
		if (cs->if_not_exists)
			return 0;
		return build_name_error(b, rv->location, "relation", q.name, DIAG_NAME_TAKEN);
	}
	s = arena_alloc(b->a, sizeof(*s));
	s->name = q;
	s->unlogged = build_has(rv->relpersistence) && rv->relpersistence[0] == 'u';
	err = seqopts_apply(&s->opts, b->a, cs->options, cs->n_options, "int8", &owner, &col,
			    &none, NULL);
	if (err)
		return build_error(b, -1, "%s", err);
	s->loc.file = b->st->file;
	s->loc.offset = b->st->offset;
	catalog_add_sequence(b->cat, s);
	return apply_owned_by(b, s, &owner, col, none);
}

static int build_alter_sequence(struct builder *b, PgQuery__AlterSeqStmt *as)
{
	PgQuery__RangeVar *rv = as->sequence;
	struct sequence *s = lookup_sequence(b, rv->schemaname, rv->relname);
	struct qname owner = { 0 };
	const char *col = NULL, *err;
	bool none = false;

	if (!s) {
		if (as->missing_ok)
			return 0;
		return build_name_error(b, rv->location, "sequence", rv->relname,
					DIAG_NAME_MISSING);
	}
	err = seqopts_apply(&s->opts, b->a, as->options, as->n_options, NULL, &owner, &col,
			    &none, NULL);
	if (err)
		return build_error(b, -1, "%s", err);
	return apply_owned_by(b, s, &owner, col, none);
}

/* Sequences owned by a column go when the column (or its table) goes. */
void build_drop_owned_sequences(struct builder *b, const struct table *t, const char *col)
{
	for (size_t i = b->cat->sequences.n; i-- > 0;) {
		struct sequence *s = b->cat->sequences.items[i];
		if (s->owned_table && strcmp(s->name.schema, t->name.schema) == 0 &&
		    strcmp(s->owned_table, t->name.name) == 0 &&
		    (!col || strcmp(s->owned_column, col) == 0))
			catalog_remove_sequence(b->cat, s);
	}
}

/* A readable name for a statement we do not model. */
static const char *stmt_kind_name(const Node *n)
{
	static const struct {
		PgQuery__Node__NodeCase c;
		const char *name;
	} names[] = {
		{ PG_QUERY__NODE__NODE_VIEW_STMT, "CREATE VIEW" },
		{ PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT, "CREATE MATERIALIZED VIEW / CREATE TABLE AS" },
		{ PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT, "CREATE FUNCTION" },
		{ PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT, "ALTER FUNCTION" },
		{ PG_QUERY__NODE__NODE_CREATE_TRIG_STMT, "CREATE TRIGGER" },
		{ PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT, "CREATE EVENT TRIGGER" },
		{ PG_QUERY__NODE__NODE_CREATE_POLICY_STMT, "CREATE POLICY" },
		{ PG_QUERY__NODE__NODE_ALTER_POLICY_STMT, "ALTER POLICY" },
		{ PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT, "CREATE DOMAIN" },
		{ PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT, "ALTER DOMAIN" },
		{ PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT, "CREATE TYPE (composite)" },
		{ PG_QUERY__NODE__NODE_CREATE_RANGE_STMT, "CREATE TYPE (range)" },
		{ PG_QUERY__NODE__NODE_DEFINE_STMT, "CREATE AGGREGATE / OPERATOR / TYPE / COLLATION" },
		{ PG_QUERY__NODE__NODE_GRANT_STMT, "GRANT / REVOKE" },
		{ PG_QUERY__NODE__NODE_GRANT_ROLE_STMT, "GRANT / REVOKE role" },
		{ PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT, "ALTER DEFAULT PRIVILEGES" },
		{ PG_QUERY__NODE__NODE_RULE_STMT, "CREATE RULE" },
		{ PG_QUERY__NODE__NODE_DO_STMT, "DO" },
		{ PG_QUERY__NODE__NODE_CREATE_ROLE_STMT, "CREATE ROLE" },
		{ PG_QUERY__NODE__NODE_ALTER_ROLE_STMT, "ALTER ROLE" },
		{ PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT, "CREATE PUBLICATION" },
		{ PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT, "ALTER PUBLICATION" },
		{ PG_QUERY__NODE__NODE_CREATE_STATS_STMT, "CREATE STATISTICS" },
		{ PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT, "ALTER ... SET SCHEMA" },
		{ PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT, "ALTER EXTENSION" },
		{ PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT, "CREATE FOREIGN TABLE" },
		{ PG_QUERY__NODE__NODE_CREATE_CAST_STMT, "CREATE CAST" },
		{ PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT, "CREATE OPERATOR CLASS" },
		{ PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT, "ALTER DATABASE" },
		{ PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT, "ALTER DATABASE" },
		{ PG_QUERY__NODE__NODE_CREATEDB_STMT, "CREATE DATABASE" },
		{ PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT, "CREATE TABLESPACE" },
		{ PG_QUERY__NODE__NODE_CALL_STMT, "CALL" },
		{ PG_QUERY__NODE__NODE_TRUNCATE_STMT, "TRUNCATE" },
		{ PG_QUERY__NODE__NODE_COPY_STMT, "COPY" },
		{ PG_QUERY__NODE__NODE_CLUSTER_STMT, "CLUSTER" },
		{ PG_QUERY__NODE__NODE_VACUUM_STMT, "VACUUM / ANALYZE" },
		{ PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT, "REFRESH MATERIALIZED VIEW" },
		{ PG_QUERY__NODE__NODE_REINDEX_STMT, "REINDEX" },
		{ PG_QUERY__NODE__NODE_LOCK_STMT, "LOCK" },
		{ PG_QUERY__NODE__NODE_ALTER_OWNER_STMT, "ALTER ... OWNER TO" },
		{ PG_QUERY__NODE__NODE_ALTER_COLLATION_STMT, "ALTER COLLATION" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (names[i].c == n->node_case)
			return names[i].name;
	{
		const ProtobufCFieldDescriptor *f =
			protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor,
								(unsigned)n->node_case);
		return f ? f->name : "unknown";
	}
}

/* Remembers the relation an unsupported CREATE would have made. */
static void mark_unsupported(struct builder *b, const PgQuery__RangeVar *rv)
{
	const char *schema = build_has(rv->schemaname) ? rv->schemaname : catalog_creation_schema(b->cat);
	if (schema)
		catalog_mark_unsupported(b->cat, schema, ident_truncate(b->a, rv->relname));
}

static int build_one(struct catalog *cat, const struct stmt *st, struct diags *d)
{
	struct builder b = { cat, cat->arena, d, st, false };
	Node *n = st->node;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		if (n->create_table_as_stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW &&
		    n->create_table_as_stmt->into && n->create_table_as_stmt->into->rel)
			mark_unsupported(&b, n->create_table_as_stmt->into->rel);
		break;
	default:
		break;
	}
	if (build_check_names(&b, n) < 0)
		return -1;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
		return build_create_schema(&b, n->create_schema_stmt);
	case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
		return build_create_extension(&b, n->create_extension_stmt);
	case PG_QUERY__NODE__NODE_CREATE_STMT:
		return build_create_table(&b, n->create_stmt);
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
		if (n->alter_table_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE)
			return build_alter_composite(&b, n->alter_table_stmt);
		return build_alter_table(&b, n->alter_table_stmt);
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		return build_create_index(&b, n->index_stmt);
	case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
		return build_create_sequence(&b, n->create_seq_stmt);
	case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
		return build_alter_sequence(&b, n->alter_seq_stmt);
	case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
		return build_create_enum(&b, n->create_enum_stmt);
	case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
		return build_alter_enum(&b, n->alter_enum_stmt);
	case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
		return build_create_domain(&b, n->create_domain_stmt);
	case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
		return build_alter_domain(&b, n->alter_domain_stmt);
	case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
		return build_create_composite(&b, n->composite_type_stmt);
	case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
		return build_create_range(&b, n->create_range_stmt);
	case PG_QUERY__NODE__NODE_DEFINE_STMT:
		return build_define(&b, n->define_stmt);
	case PG_QUERY__NODE__NODE_COMMENT_STMT:
		return build_comment(&b, n->comment_stmt);
	case PG_QUERY__NODE__NODE_DROP_STMT:
		if (n->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_PUBLICATION)
			return build_drop_publication(&b, n->drop_stmt);
		return build_drop(&b, n->drop_stmt);
	case PG_QUERY__NODE__NODE_RENAME_STMT:
		return build_rename(&b, n->rename_stmt);
	case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
		return build_variable_set(&b, n->variable_set_stmt);
	case PG_QUERY__NODE__NODE_SELECT_STMT:
		return build_select(&b, n->select_stmt, -1);
	case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
		if (n->alter_object_schema_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION) {
			PgQuery__AlterObjectSchemaStmt *as = n->alter_object_schema_stmt;
			const char *ext = build_node_str(as->object);
			struct extension *e = ext ? catalog_find_extension(cat, ext) : NULL;
			const char *schema;
			if (!e)
				return build_error(&b, -1, "extension '%s' does not exist", ext ? ext : "?");
			schema = build_creation_schema(&b, as->newschema, -1);
			if (!schema)
				return -1;
			e->schema = schema;
			return 0;
		}
		return build_error(&b, -1, "unsupported statement: ALTER ... SET SCHEMA");
	case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT: {
		PgQuery__AlterExtensionStmt *ae = n->alter_extension_stmt;
		struct extension *e = catalog_find_extension(cat, ae->extname);
		if (!e)
			return build_error(&b, -1, "extension '%s' does not exist", ae->extname);
		for (size_t i = 0; i < ae->n_options; i++) {
			PgQuery__DefElem *d = ae->options[i]->def_elem;
			if (ae->options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
			    strcmp(d->defname, "new_version") == 0 && build_node_str(d->arg))
				e->version = arena_strdup(b.a, build_node_str(d->arg));
		}
		return 0;
	}
	case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
		return 0;	/* BEGIN / COMMIT around DDL: no schema effect */
	case PG_QUERY__NODE__NODE_DO_STMT:
		return build_do(&b, n->do_stmt);
	case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
		return build_alter_owner(&b, n->alter_owner_stmt);
	case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
	case PG_QUERY__NODE__NODE_VACUUM_STMT:
	case PG_QUERY__NODE__NODE_CLUSTER_STMT:
	case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
	case PG_QUERY__NODE__NODE_LOCK_STMT:
	case PG_QUERY__NODE__NODE_DROPDB_STMT:
		/* no schema effect: fine in a migration, odd in a schema file */
		if (cat->data_statements_ok)
			return 0;
		if (n->node_case == PG_QUERY__NODE__NODE_VACUUM_STMT)
			return build_error(&b, -1, "unsupported statement: %s",
					   n->vacuum_stmt->is_vacuumcmd ? "VACUUM" : "ANALYZE");
		if (n->node_case == PG_QUERY__NODE__NODE_DROPDB_STMT)
			return build_error(&b, -1, "unsupported statement: DROP DATABASE");
		return build_error(&b, -1, "unsupported statement: %s", stmt_kind_name(n));
	case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
		/* labels mean something only to the provider that checks them
		 * (sepgsql), which a migration cannot assume is loaded */
		build_diag(&b, DIAG_WARNING, -1,
			   "security label is not part of the schema schemac migrates; the catalog ignores it");
		return 0;
	case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT:
		/* a subscription connects to another server's publication: a
		 * replication setting of this database, made where it runs */
		build_diag(&b, DIAG_WARNING, -1,
			   "subscription is replication set up, not schema; the catalog ignores it");
		return 0;
	case PG_QUERY__NODE__NODE_IMPORT_FOREIGN_SCHEMA_STMT:
		return build_error(&b, -1,
				   "unsupported statement: IMPORT FOREIGN SCHEMA (the tables it makes are known only to the remote server: write them as CREATE FOREIGN TABLE, as pg_dump prints them)");
	case PG_QUERY__NODE__NODE_UPDATE_STMT:
	case PG_QUERY__NODE__NODE_INSERT_STMT:
	case PG_QUERY__NODE__NODE_DELETE_STMT:
	case PG_QUERY__NODE__NODE_MERGE_STMT:
		if (n->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT) {
			int r = build_set_attislocal(&b, n->update_stmt);
			if (r != 1)
				return r;
		}
		if (!cat->data_statements_ok)
			build_diag(&b, DIAG_WARNING, -1,
				   "data statement is not part of the schema; the catalog ignores it");
		return 0;
	case PG_QUERY__NODE__NODE_CREATE_CAST_STMT:
	case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT:
	case PG_QUERY__NODE__NODE_CREATE_AM_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT:
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
	case PG_QUERY__NODE__NODE_RULE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT:
	case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT:
	case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT:
	case PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT:
	case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
		return build_create_generic(&b, n);
	case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
		return build_alter_generic(&b, n);
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
		return build_create_function(&b, n);
	case PG_QUERY__NODE__NODE_VIEW_STMT:
		return build_create_view(&b, n);
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		return build_create_trigger(&b, n);
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		return build_create_policy(&b, n);
	case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
		return build_create_event_trigger(&b, n);
	case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
		return build_alter_event_trigger(&b, n->alter_event_trig_stmt);
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
		return build_alter_policy(&b, n->alter_policy_stmt);
	case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
		return build_alter_function(&b, n->alter_function_stmt);
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		if (n->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
			return build_create_matview(&b, n);
		return build_error(&b, -1, "unsupported statement: CREATE TABLE AS");
	case PG_QUERY__NODE__NODE_GRANT_STMT:
		return build_grant(&b, n->grant_stmt);
	case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
	case PG_QUERY__NODE__NODE_DROP_ROLE_STMT:
		/* roles are cluster objects: a declaration that the role
		 * exists, never part of the schema to migrate */
		return 0;
	case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
		return build_alter_default_privileges(&b, n->alter_default_privileges_stmt);
	case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
		return build_create_publication(&b, n->create_publication_stmt);
	case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
		return build_alter_publication(&b, n->alter_publication_stmt);
	default:
		return build_error(&b, -1, "unsupported statement: %s", stmt_kind_name(n));
	}
}

int build_stmt(struct catalog *cat, const struct stmt *st, struct diags *d)
{
	struct acl_mark m;
	int r;

	build_acl_mark(cat, &m);
	r = build_one(cat, st, d);
	build_acl_new_objects(cat, &m);
	return r;
}

int build_catalog(struct catalog *cat, struct parser *p, struct diags *d)
{
	struct stmt st;
	int start = d->nerrors;
	size_t first = d->list.n;

	while (parser_next_clean(p, &st))
		build_stmt(cat, &st, d);
	refs_explain(cat, d, first);
	return d->nerrors - start;
}

struct catalog *build_from_paths(struct arena *a, struct diags *d, struct stmt_cache *cache,
				 const char *const *paths, int npaths)
{
	struct catalog *cat = catalog_new(a);
	struct parser *p = parser_new(a, d, cache);

	for (int i = 0; i < npaths; i++)
		if (paths[i])
			parser_add_path(p, paths[i]);
	build_catalog(cat, p, d);
	parser_free(p);
	return cat;
}

const char *stmt_needs_no_transaction(const Node *n)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		return n->index_stmt->concurrent ? "CREATE INDEX CONCURRENTLY" : NULL;
	case PG_QUERY__NODE__NODE_DROP_STMT:
		return n->drop_stmt->concurrent ? "DROP INDEX CONCURRENTLY" : NULL;
	case PG_QUERY__NODE__NODE_REINDEX_STMT:
		for (size_t i = 0; i < n->reindex_stmt->n_params; i++) {
			const Node *p = n->reindex_stmt->params[i];
			if (p->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
			    strcmp(p->def_elem->defname, "concurrently") == 0)
				return "REINDEX CONCURRENTLY";
		}
		return NULL;
	case PG_QUERY__NODE__NODE_VACUUM_STMT:
		return n->vacuum_stmt->is_vacuumcmd ? "VACUUM" : NULL;
	case PG_QUERY__NODE__NODE_CREATEDB_STMT:
		return "CREATE DATABASE";
	case PG_QUERY__NODE__NODE_DROPDB_STMT:
		return "DROP DATABASE";
	case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
		return "ALTER SYSTEM";
	case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT:
		return "CREATE TABLESPACE";
	case PG_QUERY__NODE__NODE_DROP_TABLE_SPACE_STMT:
		return "DROP TABLESPACE";
	default:
		return NULL;
	}
}
