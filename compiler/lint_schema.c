/*
 * lint_schema.c - the schema lints (schemac lint --schema): what Supabase's
 * database advisors (splinter) ask of a live database, asked of the catalog
 * a schema builds, with no database and no migration. It takes the catalog
 * and the exposed schemas (those an API serves to untrusted roles) and
 * records its findings as diagnostics with a rule id (lint.h), at the
 * CREATE of the object they are about:
 *
 *   rls-disabled                  a table of an exposed schema, no RLS
 *   rls-without-policy            RLS enabled, no policy
 *   policy-without-rls            policies on a table without RLS
 *   function-search-path-mutable  a function with no SET search_path
 *   security-definer-view         an exposed view without security_invoker
 *   security-definer-function     an exposed SECURITY DEFINER function the
 *                                 API's roles may execute
 *   table-without-primary-key     no primary key
 *   duplicate-index               two indexes that are one (of a table
 *                                 or a materialized view)
 *   foreign-key-without-index     the migration rule's question
 *                                 (lint_fk_indexed), of every foreign key
 *
 * What the platform declares (auth.users, storage.objects) is not judged:
 * it is not the project's.
 */
#include "lint.h"
#include "acl.h"
#include "arena.h"
#include "normalize.h"
#include "parse.h"
#include "sqlfmt.h"
#include "strbuf.h"

#include <stdarg.h>

struct schema_linter {
	struct lint_report *r;
	struct catalog *cat;
	struct diags *d;
	struct arena *a;		/* scratch: the catalog's arena */
	const struct lint_schema_options *o;
};

/* Records a finding of rule at loc (a NULL file: at fallback). */
static void finding(struct schema_linter *l, enum lint_rule_id rule, const struct srcloc *loc,
		    const struct srcloc *fallback, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void finding(struct schema_linter *l, enum lint_rule_id rule, const struct srcloc *loc,
		    const struct srcloc *fallback, const char *fmt, ...)
{
	enum diag_severity sev;
	struct strbuf sb = STRBUF_INIT;
	struct diag *dg;
	va_list ap;

	if (!lint_severity(l->o->levels, rule, &sev))
		return;
	if (!loc->file && fallback)
		loc = fallback;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	dg = diag_at(l->d, sev, loc->file, loc->file ? loc->offset : -1, "%s", sb.buf);
	dg->rule = lint_rules[rule].id;
	diag_set_hint(l->d, dg, "%s", lint_rules[rule].fix);
	if (sev == DIAG_ERROR)
		l->r->errors++;
	else
		l->r->warnings++;
	sb_release(&sb);
}

/* Is the object an extern declaration's (a platform's, _extern/)? */
static bool declared(const struct srcloc *loc)
{
	return loc->file && loc->file->declared;
}

static bool exposed(const struct schema_linter *l, const char *schema)
{
	return vec_has_string(l->o->exposed, schema);
}

static const char *qualified(struct arena *a, const struct qname *q)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_qname(&sb, q->schema, q->name);
	s = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return s;
}

/* ---- row level security --------------------------------------------------- */

/* The names of the policies on t, quoted and comma-separated, and how many
 * (in *n). */
static const char *policies_on(struct schema_linter *l, const struct table *t, size_t *n)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	*n = 0;
	for (size_t i = 0; i < l->cat->objects.n; i++) {
		const struct dbobject *o = l->cat->objects.items[i];
		if (o->kind != OBJ_POLICY || !object_on_table(o, t->name.schema, t->name.name))
			continue;
		sb_addf(&sb, "%s'%s'", (*n)++ ? ", " : "", o->name.name);
	}
	s = arena_strdup(l->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* A table with policies and no RLS is policy-without-rls only: the one
 * fix (ENABLE ROW LEVEL SECURITY) answers rls-disabled too. */
static void lint_rls(struct schema_linter *l, const struct table *t)
{
	size_t npol;
	const char *pols = policies_on(l, t, &npol);
	const char *name = qualified(l->a, &t->name);

	if (t->rls && !npol)
		finding(l, R_RLS_WITHOUT_POLICY, &t->loc, NULL,
			"table %s has row level security enabled but no policy: only its owner sees its rows",
			name);
	else if (!t->rls && npol)
		finding(l, R_POLICY_WITHOUT_RLS, &t->loc, NULL,
			"table %s has policies (%s) but row level security is not enabled: they are not applied",
			name, pols);
	else if (!t->rls && exposed(l, t->name.schema))
		finding(l, R_RLS_DISABLED, &t->loc, NULL,
			"table %s is in exposed schema %s but row level security is not enabled: the API's roles see every row",
			name, t->name.schema);
}

/* ---- keys and indexes ------------------------------------------------------ */

/* The table a partition's keys come from: the root of its partition tree. */
static const struct table *partition_root(const struct catalog *cat, const struct table *t)
{
	for (int depth = 0; t->partition_of.name && depth < 64; depth++) {
		const struct table *p = catalog_find_table(cat, &t->partition_of);
		if (!p)
			break;
		t = p;
	}
	return t;
}

/* One index, or the index of a primary key or unique constraint, as
 * pg_get_indexdef tells two apart: what it stands for (uniqueness, method,
 * key parts with their collation, operator class and order, INCLUDE,
 * predicate, storage parameters), with its name and where it was made. */
struct index_shape {
	const char *name;
	const char *kind;		/* "index", "primary key", "unique constraint" */
	const struct srcloc *loc;
	struct strbuf sig;
};

static void sig_list(struct strbuf *sb, const char *what, const struct ptrvec *v)
{
	sb_addf(sb, "|%s", what);
	for (size_t i = 0; i < v->n; i++)
		sb_addf(sb, ":%s", (const char *)v->items[i]);
}

static void sig_expr(struct strbuf *sb, const struct expr *e)
{
	if (e)
		sb_addf(sb, "%016llx%016llx", (unsigned long long)e->key[0],
			(unsigned long long)e->key[1]);
}

/* The operator class of e as pg_index keeps it: NULL when e names its
 * column type's default (text_ops on a text column: PostgreSQL's default
 * btree and hash operator classes of the built-in types are named after
 * them, as a range's subtype_opclass is in build_type.c). */
static const char *elem_opclass(struct arena *a, const struct table *t, const struct index *ix,
				const struct index_elem *e)
{
	const struct column *c;

	if (!e->opclass || !e->column || !(str_eq(ix->method, "btree") || str_eq(ix->method, "hash")))
		return e->opclass;
	c = table_find_column(t, e->column);
	if (c && str_eq(c->type.schema, "pg_catalog") && !c->type.ndims &&
	    str_eq(e->opclass, arena_printf(a, "%s_ops", c->type.name)))
		return NULL;
	return e->opclass;
}

static void index_sig(struct strbuf *sb, struct arena *a, const struct table *t,
		      const struct index *ix)
{
	sb_addf(sb, "%c%c|%s", ix->unique ? 'u' : '-', ix->nulls_not_distinct ? 'n' : '-',
		ix->method);
	for (size_t i = 0; i < ix->elems.n; i++) {
		const struct index_elem *e = ix->elems.items[i];
		const char *opclass = elem_opclass(a, t, ix, e);
		sb_addf(sb, "|%s", e->column ? e->column : "");
		sig_expr(sb, e->expr);
		sb_addf(sb, ",%s,%s,%c%c", e->collation ? e->collation : "",
			opclass ? opclass : "", e->desc ? 'd' : 'a', e->nulls_first ? 'f' : 'l');
	}
	sig_list(sb, "include", &ix->include);
	sig_list(sb, "with", &ix->options.items);
	sb_adds(sb, "|where:");
	sig_expr(sb, ix->where);
}

/* A key constraint's index: unique btree over its columns, default
 * collation, operator class and order. */
static void key_sig(struct strbuf *sb, const struct constraint *c)
{
	sb_addf(sb, "u%c|btree", c->nulls_not_distinct ? 'n' : '-');
	for (size_t i = 0; i < c->columns.n; i++)
		sb_addf(sb, "|%s,,,al", (const char *)c->columns.items[i]);
	sig_list(sb, "include", &c->include);
	sig_list(sb, "with", &c->options.items);
	sb_adds(sb, "|where:");
}

/* t: a table, or a materialized view's indexes (what: its kind's name). */
static void lint_duplicate_indexes(struct schema_linter *l, const struct table *t, const char *what)
{
	struct ptrvec shapes = { 0 };

	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		struct index_shape *s;
		if (c->kind != CON_PRIMARY && c->kind != CON_UNIQUE)
			continue;
		s = arena_alloc(l->a, sizeof(*s));
		s->name = c->name;
		s->kind = c->kind == CON_PRIMARY ? "primary key" : "unique constraint";
		s->loc = &c->loc;
		sb_init(&s->sig);
		key_sig(&s->sig, c);
		vec_push(&shapes, l->a, s);
	}
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		struct index_shape *s = arena_alloc(l->a, sizeof(*s));
		s->name = ix->name;
		s->kind = "index";
		s->loc = &ix->loc;
		sb_init(&s->sig);
		index_sig(&s->sig, l->a, t, ix);
		vec_push(&shapes, l->a, s);
	}
	for (size_t i = 1; i < shapes.n; i++) {
		const struct index_shape *s = shapes.items[i];
		for (size_t j = 0; j < i; j++) {
			const struct index_shape *first = shapes.items[j];
			if (strcmp(first->sig.buf, s->sig.buf) != 0)
				continue;
			finding(l, R_DUPLICATE_INDEX, s->loc, &t->loc,
				"%s '%s' of %s %s is the same index as %s '%s'", s->kind, s->name,
				what, qualified(l->a, &t->name), first->kind, first->name);
			break;
		}
	}
	for (size_t i = 0; i < shapes.n; i++)
		sb_release(&((struct index_shape *)shapes.items[i])->sig);
}

static void lint_fks(struct schema_linter *l, const struct table *t)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if (c->kind != CON_FOREIGN || lint_fk_indexed(l->a, t, &c->columns))
			continue;
		finding(l, R_FOREIGN_KEY_WITHOUT_INDEX, &c->loc, &t->loc,
			"the foreign key '%s' on %s has no index: deletes from %s scan %s; add %s",
			c->name, qualified(l->a, &t->name), qualified(l->a, &c->ref_table),
			t->name.name, lint_fk_index_sql(l->a, t, &c->columns));
	}
}

/* Partitions are judged through their partitioned table for keys, indexes
 * and foreign keys (PostgreSQL gives them the parent's), and on their own
 * for row level security (a partition can be queried by its name). */
static void lint_table(struct schema_linter *l, const struct table *t)
{
	lint_rls(l, t);
	if (t->partition_of.name)
		return;
	if (!table_has_primary_key(partition_root(l->cat, t)))
		finding(l, R_TABLE_WITHOUT_PRIMARY_KEY, &t->loc, NULL,
			"table %s has no primary key", qualified(l->a, &t->name));
	lint_duplicate_indexes(l, t, "table");
	lint_fks(l, t);
}

/* ---- views and functions --------------------------------------------------- */

static void lint_view(struct schema_linter *l, const struct dbobject *o)
{
	if (!exposed(l, o->name.schema) ||
	    vec_has_string(&o->options.items, "security_invoker=true"))
		return;
	finding(l, R_SECURITY_DEFINER_VIEW, &o->loc, NULL,
		"view %s is in exposed schema %s and has no security_invoker: it reads its tables as its owner, past their row level security",
		qualified(l->a, &o->name), o->name.schema);
}

/* A DefElem's boolean value (SECURITY DEFINER arrives as security: true). */
static bool defelem_true(const PgQuery__DefElem *d)
{
	const Node *n = d->arg;

	if (!n)
		return true;
	if (n->node_case == PG_QUERY__NODE__NODE_BOOLEAN)
		return n->boolean->boolval;
	if (n->node_case == PG_QUERY__NODE__NODE_INTEGER)
		return n->integer->ival != 0;
	return false;
}

/* Can the API's roles (PUBLIC, anon, authenticated) execute o? */
static bool api_executable(const struct dbobject *o)
{
	static const char *const roles[] = { "", "anon", "authenticated" };

	if (!o->acl || !o->acl->set)
		return true;	/* the default: PUBLIC has EXECUTE */
	for (size_t i = 0; i < o->acl->items.n; i++) {
		const struct aclitem *it = o->acl->items.items[i];
		for (size_t k = 0; it->grantee && k < ARRAY_SIZE(roles); k++)
			if (str_eq(it->grantee, roles[k]) && (it->privs & ACL_EXECUTE))
				return true;
	}
	return false;
}

static void lint_function(struct schema_linter *l, const struct dbobject *o)
{
	Node *n = object_stmt(l->a, o);
	const PgQuery__CreateFunctionStmt *fs;
	bool secdef = false, path_set = false, trigger = false;
	const char *what = o->kind == OBJ_PROCEDURE ? "procedure" : "function";
	const char *name;

	if (!n || n->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
		return;
	fs = n->create_function_stmt;
	for (size_t i = 0; i < fs->n_options; i++) {
		const PgQuery__DefElem *d = fs->options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM
			? fs->options[i]->def_elem : NULL;
		if (!d)
			continue;
		if (str_eq(d->defname, "security"))
			secdef = defelem_true(d);
		else if (str_eq(d->defname, "set") && d->arg &&
			 d->arg->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT &&
			 str_eq(d->arg->variable_set_stmt->name, "search_path"))
			/* TO a value, or FROM CURRENT; TO DEFAULT sets nothing
			 * (pg_proc.proconfig has no entry, as after RESET) */
			path_set = d->arg->variable_set_stmt->kind !=
				   PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT;
	}
	if (fs->return_type && fs->return_type->n_names) {
		const Node *last = fs->return_type->names[fs->return_type->n_names - 1];
		const char *ret = last->node_case == PG_QUERY__NODE__NODE_STRING
			? last->string->sval : "";
		trigger = str_eq(ret, "trigger") || str_eq(ret, "event_trigger");
	}
	name = arena_printf(l->a, "%s(%s)", qualified(l->a, &o->name), o->args ? o->args : "");
	if (!path_set)
		finding(l, R_FUNCTION_SEARCH_PATH_MUTABLE, &o->loc, NULL,
			"%s %s has no SET search_path: its unqualified names resolve through the caller's search_path",
			what, name);
	/* a trigger function cannot be called through the API */
	if (secdef && !trigger && exposed(l, o->name.schema) && api_executable(o))
		finding(l, R_SECURITY_DEFINER_FUNCTION, &o->loc, NULL,
			"%s %s in exposed schema %s is SECURITY DEFINER and the API's roles may execute it: it runs as its owner, past row level security",
			what, name, o->name.schema);
}

void lint_schema(struct lint_report *r, struct catalog *cat, const struct lint_schema_options *o,
		 struct diags *d)
{
	struct schema_linter l = { r, cat, d, cat->arena, o };

	for (size_t i = 0; i < cat->tables.n; i++) {
		const struct table *t = cat->tables.items[i];
		if (!declared(&t->loc))
			lint_table(&l, t);
	}
	for (size_t i = 0; i < cat->objects.n; i++) {
		const struct dbobject *ob = cat->objects.items[i];
		if (declared(&ob->loc))
			continue;
		if (ob->kind == OBJ_VIEW)
			lint_view(&l, ob);
		else if (ob->kind == OBJ_MATVIEW && ob->rel)
			lint_duplicate_indexes(&l, ob->rel, "materialized view");
		else if (ob->kind == OBJ_FUNCTION || ob->kind == OBJ_PROCEDURE)
			lint_function(&l, ob);
	}
}
