/*
 * build_calls.c - calls of the functions the input creates, resolved as
 * PostgreSQL resolves them (the argument count with parameter defaults and
 * VARIADIC, named arguments, overloads, implicit conversions among
 * built-in types and through domains; accepted when unsure), the function
 * a trigger executes, enum labels written as string constants (defaults,
 * casts, comparisons with a column of the statement's table), the columns
 * a generation expression names, and the expression of a schemac:using
 * directive; regclass literals ('users'::regclass, nextval('users_id_seq'),
 * read when the statement is parsed), two overloads a call cannot choose
 * between, the relations a SQL function's checked body names, and what
 * CREATE AGGREGATE, OPERATOR, CAST and STATISTICS name. Called from
 * build_names.c's walk.
 */
#include "build_names_int.h"
#include "build_int.h"
#include "cast.h"
#include "cli.h"
#include "sqlfmt.h"

#include <ctype.h>
#include <stdio.h>

static struct arena *names_scratch(const struct names_ctx *c)
{
	return c->b->st->scratch ? c->b->st->scratch : c->b->a;
}

/* ---- calls to the input's functions ------------------------------------ */

/* The type t names, through domains to the base type (a value of a domain
 * converts as its base type does, and a domain accepts what its base
 * does). */
static void domain_base(const struct catalog *cat, struct typeref *t)
{
	for (int depth = 0; depth < 16 && t->ndims == 0 && !str_eq(t->schema, "pg_catalog");
	     depth++) {
		struct qname q = { t->schema, t->name };
		const struct type *ut = catalog_find_type(cat, &q);
		if (!ut || ut->kind != TYPE_DOMAIN)
			return;
		*t = ut->base;
	}
}

/* The column definition named name among the n elements (a CREATE
 * TABLE's elements, or an ALTER TABLE's commands: their ADD COLUMN), or
 * NULL. */
static const PgQuery__ColumnDef *column_def_named(PgQuery__Node *const *elts, size_t n,
						  const char *name)
{
	for (size_t i = 0; i < n; i++) {
		const Node *e = elts[i];
		if (e->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
		    e->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn)
			e = e->alter_table_cmd->def;
		if (e && e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && e->column_def->colname &&
		    str_eq(e->column_def->colname, name))
			return e->column_def;
	}
	return NULL;
}

/* Can a CREATE TABLE have columns its elements do not list (LIKE,
 * INHERITS, PARTITION OF, OF type)? */
static bool create_has_more_columns(const PgQuery__CreateStmt *cs)
{
	if (cs->n_inh_relations || cs->partbound || cs->of_typename)
		return true;
	for (size_t i = 0; i < cs->n_table_elts; i++)
		if (cs->table_elts[i]->node_case == PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE)
			return true;
	return false;
}

/* Column name of the table the statement's expressions are about: its
 * type into t (if t is not NULL). 1: found (type known), 0: no such column,
 * -1: unsure. */
static int scope_find_column(struct names_ctx *c, const char *name, struct typeref *t)
{
	const PgQuery__ColumnDef *cd = NULL;
	const struct column *col;
	struct typeref dummy;
	bool serial;

	if (!t)
		t = &dummy;
	if (c->in_body || !name || (!c->create && !c->table) || (c->table && c->table->outside))
		return -1;
	if (c->table && (col = table_find_column(c->table, name)) != NULL) {
		*t = col->type;
		return 1;
	}
	if (c->create)
		cd = column_def_named(c->create->table_elts, c->create->n_table_elts, name);
	else if (c->alter)
		cd = column_def_named(c->alter->cmds, c->alter->n_cmds, name);
	if (!cd)
		return c->create && create_has_more_columns(c->create) ? -1 : 0;
	if (!cd->type_name || !cd->type_name->n_names || cd->type_name->pct_type)
		return -1;
	typeref_from_node(t, names_scratch(c), c->b->cat, cd->type_name, &serial);
	return 1;
}

/* The type of column name of the statement's table, into t; false when it
 * is not known. */
static bool scope_column(struct names_ctx *c, const char *name, struct typeref *t)
{
	return scope_find_column(c, name, t) == 1;
}

/*
 * The type an argument certainly has, into t (domains taken to their base
 * type, no type modifiers): a cast, a column of the statement's table, a
 * constant, a built-in call or operator of one result type. False when it
 * is not known, and for a string literal or NULL, whose type PostgreSQL
 * takes from where it goes.
 */
static bool arg_type(struct names_ctx *c, const Node *n, struct typeref *t)
{
	struct result r;

	memset(t, 0, sizeof(*t));
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_TYPE_CAST: {
		const PgQuery__TypeName *tn = n->type_cast->type_name;
		if (!tn || tn->pct_type || !tn->n_names)
			return false;
		typeref_from_node(t, names_scratch(c), c->b->cat, tn, NULL);
		break;
	}
	case PG_QUERY__NODE__NODE_COLUMN_REF: {
		const PgQuery__ColumnRef *cr = n->column_ref;
		if (cr->n_fields != 1 || !scope_column(c, build_node_str(cr->fields[0]), t))
			return false;
		break;
	}
	case PG_QUERY__NODE__NODE_NAMED_ARG_EXPR:
		return n->named_arg_expr->arg && arg_type(c, n->named_arg_expr->arg, t);
	default:
		names_expr_type(c, n, &r);
		if (!r.type)
			return false;
		t->schema = "pg_catalog";
		t->name = r.type;
		t->ndims = r.ndims;
		break;
	}
	t->mods = NULL;
	domain_base(c->b->cat, t);
	return true;
}

/* Does the input create a cast (CREATE CAST): implicit conversions are
 * then not only PostgreSQL's own. */
static bool user_casts(const struct catalog *cat)
{
	for (size_t i = 0; i < cat->objects.n; i++)
		if (((const struct dbobject *)cat->objects.items[i])->kind == OBJ_CAST)
			return true;
	return false;
}

/* Is t a type the catalog knows: built in, or created by the input? */
static bool known_type(const struct catalog *cat, const struct typeref *t)
{
	struct qname q = { t->schema, t->name };
	if (str_eq(t->schema, "pg_catalog"))
		return names_pg_type_find(t->name) != NULL;
	return catalog_find_type(cat, &q) != NULL || catalog_find_relation(cat, &q) != NULL;
}

/* Can a value of type f (not a pseudo-type) go to a parameter of
 * pseudo-type pseudo? The polymorphic ones ask for an array, a range, an
 * enum or a non-array; the others (any, record, ...) take anything here. */
static bool polymorphic_takes(const struct catalog *cat, const struct typeref *f, const char *pseudo)
{
	struct qname q = { f->schema, f->name };
	const struct type *ut = str_eq(f->schema, "pg_catalog") ? NULL : catalog_find_type(cat, &q);
	const struct pg_type_row *row = str_eq(f->schema, "pg_catalog") ? names_pg_type_find(f->name) : NULL;
	bool known = row || ut;

	if (!known || (row && row->typtype == 'p'))
		return true;
	if (str_eq(pseudo, "anyarray") || str_eq(pseudo, "anycompatiblearray"))
		return f->ndims > 0 || (row && row->category == 'A');
	if (str_eq(pseudo, "anynonarray") || str_eq(pseudo, "anycompatiblenonarray"))
		return f->ndims == 0 && !(row && row->category == 'A');
	if (f->ndims > 0 && (strncmp(pseudo, "anyrange", 8) == 0 || strstr(pseudo, "multirange") ||
			     str_eq(pseudo, "anyenum") || str_eq(pseudo, "anycompatiblerange")))
		return false;
	if (strstr(pseudo, "range"))
		return (row && row->category == 'R') || (ut && ut->kind == TYPE_RANGE);
	if (str_eq(pseudo, "anyenum"))
		return ut && ut->kind == TYPE_ENUM;
	return true;
}

/*
 * Can a value of type from go to a parameter of type to by an implicit
 * conversion (can_coerce_type)? True when unsure: a pseudo-type parameter
 * (any, anyelement, record, ...), a type the input does not create, a cast
 * the input creates.
 */
static bool may_coerce(struct names_ctx *c, const struct typeref *from, const struct typeref *to)
{
	const struct catalog *cat = c->b->cat;
	struct typeref f = *from, t = *to;
	const struct pg_type_row *row;

	f.mods = t.mods = NULL;
	domain_base(cat, &f);
	domain_base(cat, &t);
	if (str_eq(f.schema, t.schema) && str_eq(f.name, t.name) && f.ndims == t.ndims)
		return true;
	if (str_eq(t.schema, "pg_catalog") && (!(row = names_pg_type_find(t.name)) || row->typtype == 'p'))
		return polymorphic_takes(cat, &f, t.name);
	if (str_eq(f.schema, "pg_catalog") && (!(row = names_pg_type_find(f.name)) || row->typtype == 'p'))
		return true;
	if (!known_type(cat, &f) || !known_type(cat, &t) || user_casts(cat))
		return true;
	if (str_eq(f.schema, "pg_catalog") && str_eq(t.schema, "pg_catalog"))
		return cast_context(&f, &t) == CAST_IMPLICIT;
	return false;
}

#define MAX_PARAMS 100		/* PostgreSQL's FUNC_MAX_ARGS */

/* An input parameter of a function the input creates. */
struct param {
	const char *name;	/* or NULL */
	struct typeref type;	/* VARIADIC: the element type */
	bool known;		/* type is known (not %TYPE, not VARIADIC
				 * "any") */
	bool has_default;
	bool variadic;
};

/* The input parameters of function o, from its CREATE statement, into
 * params (struct param *), and its result type; false when unreadable. */
static bool function_params(struct names_ctx *c, const struct dbobject *o, struct ptrvec *params,
			    struct typeref *result)
{
	Node *n = o->stmt ? object_stmt(names_scratch(c), o) : NULL;
	const PgQuery__CreateFunctionStmt *fs;

	if (!n || n->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
		return false;
	fs = n->create_function_stmt;
	memset(result, 0, sizeof(*result));
	if (fs->return_type && fs->return_type->n_names && !fs->return_type->pct_type)
		typeref_from_node(result, names_scratch(c), c->b->cat, fs->return_type, NULL);
	for (size_t i = 0; i < fs->n_parameters; i++) {
		const PgQuery__FunctionParameter *fp = fs->parameters[i]->function_parameter;
		struct param *p;
		if (fs->parameters[i]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER ||
		    fp->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT ||
		    fp->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE)
			continue;
		p = arena_alloc(names_scratch(c), sizeof(*p));
		p->name = fp->name;
		p->has_default = fp->defexpr != NULL;
		p->variadic = fp->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC;
		if (fp->arg_type && fp->arg_type->n_names && !fp->arg_type->pct_type) {
			typeref_from_node(&p->type, names_scratch(c), c->b->cat, fp->arg_type, NULL);
			p->type.mods = NULL;
			p->known = !p->variadic || p->type.ndims > 0;
			if (p->variadic)
				p->type.ndims = 0;
		}
		vec_push(params, names_scratch(c), p);
	}
	return true;
}

static bool arg_fits(struct names_ctx *c, const Node *arg, const struct param *p)
{
	struct typeref t;
	return !p->known || !arg_type(c, arg, &t) || may_coerce(c, &t, &p->type);
}

/*
 * Can call fc go to a function of parameters params, as PostgreSQL matches
 * them (FuncnameGetCandidates, then implicit conversions only): the
 * number of arguments with defaults and VARIADIC, named arguments, each
 * argument's type when known. True when unsure.
 */
static bool call_fits(struct names_ctx *c, const PgQuery__FuncCall *fc, const struct ptrvec *params)
{
	size_t np = params->n, nargs = fc->n_args, npos = 0, ndef = 0;
	const struct param *last = np ? params->items[np - 1] : NULL;
	bool variadic = last && last->variadic;

	if (fc->func_variadic || fc->agg_star || fc->agg_within_group || fc->over)
		return true;
	for (size_t i = 0; i < np; i++)
		if (((const struct param *)params->items[i])->has_default)
			ndef++;
	while (npos < nargs && fc->args[npos]->node_case != PG_QUERY__NODE__NODE_NAMED_ARG_EXPR)
		npos++;
	if (npos < nargs) {
		/* named notation: every name a parameter after the positional
		 * ones, every parameter left out one with a default */
		bool given[MAX_PARAMS] = { false };
		if (variadic || np > MAX_PARAMS)
			return true;
		if (nargs > np)
			return false;
		for (size_t i = 0; i < npos; i++) {
			if (!arg_fits(c, fc->args[i], params->items[i]))
				return false;
			given[i] = true;
		}
		for (size_t i = npos; i < nargs; i++) {
			const PgQuery__NamedArgExpr *na = fc->args[i]->named_arg_expr;
			size_t k;
			if (fc->args[i]->node_case != PG_QUERY__NODE__NODE_NAMED_ARG_EXPR || !na->name)
				return true;
			for (k = npos; k < np; k++)
				if (str_eq(((const struct param *)params->items[k])->name, na->name))
					break;
			if (k == np || given[k] || !arg_fits(c, fc->args[i], params->items[k]))
				return false;
			given[k] = true;
		}
		for (size_t k = 0; k < np; k++)
			if (!given[k] && !((const struct param *)params->items[k])->has_default)
				return false;
		return true;
	}
	if (nargs + ndef < np || (!variadic && nargs > np))
		return false;
	for (size_t i = 0; i < nargs; i++)
		if (!arg_fits(c, fc->args[i], params->items[i < np ? i : np - 1]))
			return false;
	return true;
}

/* The functions named name in schema (NULL: the search_path) the input
 * creates, into out; false when a procedure, aggregate or range type of
 * that name makes it unsure. */
static bool user_functions(const struct catalog *cat, const char *schema, const char *name,
			   struct arena *a, struct ptrvec *out)
{
	bool sure = true;

	for (size_t i = 0; i < cat->objects.n; i++) {
		const struct dbobject *o = cat->objects.items[i];
		bool here = schema ? str_eq(o->name.schema, schema)
				   : vec_has_string(&cat->search_path, o->name.schema);
		if (!here || !str_eq(o->name.name, name))
			continue;
		if (o->kind == OBJ_FUNCTION)
			vec_push(out, a, (void *)o);
		else if (o->kind == OBJ_AGGREGATE || o->kind == OBJ_PROCEDURE)
			sure = false;
	}
	for (size_t i = 0; i < cat->types.n; i++) {
		const struct type *t = cat->types.items[i];
		if (t->kind == TYPE_RANGE &&
		    (str_eq(t->name.name, name) || str_eq(t->multirange.name, name)))
			sure = false;
	}
	return sure && out->n > 0;
}

/* The types of fc's arguments as PostgreSQL's message prints them:
 * "unknown" for a literal, "?" where schemac does not know. */
const char *names_call_types(struct names_ctx *c, const PgQuery__FuncCall *fc)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	for (size_t i = 0; i < fc->n_args; i++) {
		const Node *arg = fc->args[i];
		struct typeref t;
		sb_addf(&sb, "%s", i ? ", " : "");
		if (arg->node_case == PG_QUERY__NODE__NODE_NAMED_ARG_EXPR) {
			sb_addf(&sb, "%s => ", arg->named_arg_expr->name);
			arg = arg->named_arg_expr->arg;
		}
		if (arg_type(c, arg, &t))
			sb_type(&sb, &t);
		else if (arg->node_case == PG_QUERY__NODE__NODE_A_CONST)
			sb_addf(&sb, "unknown");
		else
			sb_addf(&sb, "?");
	}
	s = arena_strdup(names_scratch(c), sb.buf);
	sb_release(&sb);
	return s;
}

bool names_builtin_call_fits(struct names_ctx *c, const PgQuery__FuncCall *fc, const char *args,
		       int ndefaults, bool variadic)
{
	struct ptrvec params = { 0 };
	const char *p = args;

	while (*p) {
		size_t n = strcspn(p, ",");
		struct param *pm = arena_alloc(names_scratch(c), sizeof(*pm));
		const char *type = arena_strndup(names_scratch(c), p, n);
		pm->known = names_pg_type_find(type) != NULL;
		names_pg_typeref(&pm->type, type);
		vec_push(&params, names_scratch(c), pm);
		p += n + (p[n] == ',');
	}
	for (size_t i = params.n - (size_t)(ndefaults < (int)params.n ? ndefaults : (int)params.n);
	     i < params.n; i++)
		((struct param *)params.items[i])->has_default = true;
	if (variadic && params.n) {
		struct param *last = params.items[params.n - 1];
		last->variadic = true;
		if (last->type.ndims)
			last->type.ndims = 0;	/* VARIADIC text[]: each argument a text */
		else
			last->known = false;	/* VARIADIC "any" */
	}
	return call_fits(c, fc, &params);
}

/* Do the first n parameters of a and b have the same known types? */
static bool same_leading_params(const struct ptrvec *a, const struct ptrvec *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct param *x = a->items[i], *y = b->items[i];
		if (!x->known || !y->known || x->variadic || y->variadic ||
		    !str_eq(x->type.schema, y->type.schema) || !str_eq(x->type.name, y->type.name) ||
		    x->type.ndims != y->type.ndims)
			return false;
	}
	return true;
}

/* A positional call that two functions of one schema (fns) take alike:
 * the same types for the arguments given, the rest defaulted in one or
 * both. PostgreSQL cannot choose: "function f(integer) is not unique".
 * True (an error recorded) when so. */
static bool ambiguous_call(struct names_ctx *c, const PgQuery__FuncCall *fc, const struct ptrvec *fns)
{
	struct ptrvec params[8];
	size_t n = fns->n < 8 ? fns->n : 8, nargs = fc->n_args;

	if (fc->func_variadic || fc->agg_star || fc->agg_within_group || fc->over || n < 2)
		return false;
	for (size_t i = 0; i < nargs; i++)
		if (fc->args[i]->node_case == PG_QUERY__NODE__NODE_NAMED_ARG_EXPR)
			return false;
	for (size_t i = 0; i < n; i++) {
		struct typeref result;
		memset(&params[i], 0, sizeof(params[i]));
		if (!function_params(c, fns->items[i], &params[i], &result))
			return false;
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			const struct dbobject *a = fns->items[i], *b = fns->items[j];
			if (!str_eq(a->name.schema, b->name.schema) || !call_fits(c, fc, &params[i]) ||
			    !call_fits(c, fc, &params[j]) || params[i].n < nargs || params[j].n < nargs ||
			    (params[i].n == nargs && params[j].n == nargs) ||
			    !same_leading_params(&params[i], &params[j], nargs))
				continue;
			c->err = build_error(c->b, names_at(c, fc->location), "function '%s(%s)' is not unique",
					     a->name.name, names_call_types(c, fc));
			diag_set_hint(c->b->d, c->b->d->list.items[c->b->d->list.n - 1],
				      "'%s(%s)' and '%s(%s)' both take it, one by a parameter default: "
				      "drop a default, or rename one", a->name.name, a->args,
				      b->name.name, b->args);
			return true;
		}
	return false;
}

void names_check_user_call(struct names_ctx *c, const PgQuery__FuncCall *fc, const char *schema,
		     const char *name)
{
	struct ptrvec fns = { 0 };
	struct strbuf sb = STRBUF_INIT;
	struct diag *dg;

	if (!user_functions(c->b->cat, schema, name, names_scratch(c), &fns) ||
	    ((!schema || str_eq(schema, "pg_catalog")) && names_builtin_takes(c->b->cat, name, fc->n_args)))
		return;
	if (ambiguous_call(c, fc, &fns))
		return;
	for (size_t i = 0; i < fns.n; i++) {
		const struct dbobject *o = fns.items[i];
		struct ptrvec params = { 0 };
		struct typeref result;
		if (!function_params(c, o, &params, &result) || call_fits(c, fc, &params))
			return;
		if (o->name.schema && names_extension_schema(c->b->cat, o->name.schema))
			return;	/* an extension there may define another */
	}
	dg = build_diag(c->b, DIAG_ERROR, names_at(c, fc->location), "function '%s(%s)' does not exist",
			schema ? arena_printf(names_scratch(c), "%s.%s", schema, name) : name,
			names_call_types(c, fc));
	for (size_t i = 0; i < fns.n; i++)
		sb_addf(&sb, "%s(%s)", i ? " or " : "",
			((const struct dbobject *)fns.items[i])->args);
	diag_set_hint(c->b->d, dg, "'%s' takes %s: change the arguments, or cast them", name,
		      sb.buf);
	sb_release(&sb);
	c->err = -1;
}

void names_check_user_trigger(struct names_ctx *c, const char *schema, const char *name)
{
	struct ptrvec fns = { 0 };
	const char *shown = schema ? arena_printf(names_scratch(c), "%s.%s", schema, name) : name;
	bool found = false;

	if (!user_functions(c->b->cat, schema, name, names_scratch(c), &fns))
		return;
	for (size_t i = 0; i < fns.n; i++) {
		struct ptrvec params = { 0 };
		struct typeref result;
		if (!function_params(c, fns.items[i], &params, &result))
			return;
		if (params.n)
			continue;
		if (!result.name || (str_eq(result.schema, "pg_catalog") &&
				     str_eq(result.name, "trigger")))
			return;
		found = true;
	}
	if (found)
		c->err = build_error(c->b, -1, "function '%s' must return type trigger", shown);
	else
		c->err = build_error(c->b, -1, "function '%s()' does not exist", shown);
}

/* ---- enum labels -------------------------------------------------------- */

/* The enum type t is (itself or through a domain), or NULL. */
static const struct type *enum_of(const struct catalog *cat, const struct typeref *t)
{
	struct typeref u = *t;
	struct qname q;
	const struct type *ut;

	domain_base(cat, &u);
	if (u.ndims || !u.name || str_eq(u.schema, "pg_catalog"))
		return NULL;
	q.schema = u.schema;
	q.name = u.name;
	ut = catalog_find_type(cat, &q);
	return ut && ut->kind == TYPE_ENUM ? ut : NULL;
}

void names_check_label(struct names_ctx *c, const struct typeref *t, const Node *n, int location)
{
	const struct type *e;
	const char *label, *near;
	struct diag *dg;

	if (c->err || !n || n->node_case != PG_QUERY__NODE__NODE_A_CONST || n->a_const->isnull ||
	    n->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL || !(e = enum_of(c->b->cat, t)))
		return;
	label = n->a_const->sval->sval;
	if (vec_has_string(&e->labels, label))
		return;
	dg = build_diag(c->b, DIAG_ERROR, names_at(c, location), "invalid input value for enum '%s': '%s'",
			e->name.name, label);
	if ((near = cli_nearest(label, (const char *const *)e->labels.items, e->labels.n)) != NULL)
		diag_set_hint(c->b->d, dg, "did you mean '%s'?", near);
	else
		diag_set_hint(c->b->d, dg, "add the label to the enum (ALTER TYPE ... ADD VALUE) first");
	c->err = -1;
}

static bool comparison(const PgQuery__AExpr *e)
{
	static const char *const ops[] = { "=", "<>", "!=", "<", ">", "<=", ">=" };
	const char *name = e->n_name == 1 ? build_node_str(e->name[0]) : NULL;

	for (size_t i = 0; name && i < ARRAY_SIZE(ops); i++)
		if (str_eq(name, ops[i]))
			return true;
	return false;
}

/* Is n a string constant (a literal of type unknown)? */
static bool unknown_literal(const Node *n)
{
	return n->node_case == PG_QUERY__NODE__NODE_A_CONST && !n->a_const->isnull &&
	       n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL;
}

/* Each element of an array literal ('{a,"b c"}') as an enum's input reads
 * it, checked as a label of t; unsure (nothing checked) for nested arrays
 * and escapes. */
static void array_literal_labels(struct names_ctx *c, const struct typeref *t, const char *s,
				 int location)
{
	size_t n = strlen(s);
	const char *p;

	if (n < 2 || s[0] != '{' || s[n - 1] != '}' || strchr(s + 1, '{') || strchr(s, '\\'))
		return;
	for (p = s + 1; !c->err && p < s + n - 1;) {
		size_t len = strcspn(p, ",}");
		const char *a = p, *z = p + len;
		PgQuery__AConst k = PG_QUERY__A__CONST__INIT;
		PgQuery__String str = PG_QUERY__STRING__INIT;
		Node node = PG_QUERY__NODE__INIT;
		while (a < z && isspace((unsigned char)*a))
			a++;
		while (z > a && isspace((unsigned char)z[-1]))
			z--;
		if (z - a >= 2 && *a == '"' && z[-1] == '"') {
			a++;
			z--;
		} else if (memchr(a, '"', (size_t)(z - a))) {
			return;
		} else if (z - a == 4 && strncasecmp(a, "null", 4) == 0) {
			p += len + 1;
			continue;
		}
		str.sval = arena_strndup(names_scratch(c), a, (size_t)(z - a));
		k.val_case = PG_QUERY__A__CONST__VAL_SVAL;
		k.sval = &str;
		node.node_case = PG_QUERY__NODE__NODE_A_CONST;
		node.a_const = &k;
		names_check_label(c, t, &node, location);
		p += len + 1;
	}
}

/* col op ANY (arr) with col of enum type t and arr an array of a string
 * type: no operator takes an enum and a string (no implicit cast joins
 * them), unless the input creates casts or operators of its own. */
static void operator_missing(struct names_ctx *c, const PgQuery__AExpr *e,
			     const struct typeref *t, const char *type)
{
	if (c->err || c->lenient || user_casts(c->b->cat))
		return;
	for (size_t i = 0; i < c->b->cat->objects.n; i++)
		if (((const struct dbobject *)c->b->cat->objects.items[i])->kind == OBJ_OPERATOR)
			return;
	c->err = build_error(c->b, names_at(c, e->location), "operator does not exist: %s %s %s",
			     enum_of(c->b->cat, t)->name.name, build_node_str(e->name[e->n_name - 1]),
			     names_type_text(c->b, "pg_catalog", type, 0));
	diag_set_hint(c->b->d, c->b->d->list.items[c->b->d->list.n - 1],
		      "an ARRAY[] of string constants is a text[]: cast one of them to the enum, "
		      "or write col IN (...)");
}

/* col = ANY (arr), col <> ALL (arr), with col of enum type t: an ARRAY[]
 * of string constants alone is a text[], and there is no operator between
 * an enum and text; in an ARRAY[] with an element cast to t, or an array
 * literal, each string constant must be a label. */
static void compared_array_labels(struct names_ctx *c, const PgQuery__AExpr *e,
				  const struct typeref *t, const Node *arr)
{
	const PgQuery__AArrayExpr *ae;
	bool typed = false;

	if (unknown_literal(arr)) {
		array_literal_labels(c, t, arr->a_const->sval->sval, e->location);
		return;
	}
	if (arr->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && arr->type_cast->arg &&
	    arr->type_cast->type_name && arr->type_cast->type_name->n_array_bounds &&
	    arr->type_cast->arg->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR) {
		struct typeref to;
		typeref_from_node(&to, names_scratch(c), c->b->cat, arr->type_cast->type_name, NULL);
		to.ndims = 0;
		if (str_eq(to.schema, "pg_catalog") && (str_eq(to.name, "text") || str_eq(to.name, "varchar")))
			operator_missing(c, e, t, to.name);
		ae = arr->type_cast->arg->a_array_expr;
		for (size_t i = 0; i < ae->n_elements && !c->err; i++)
			names_check_label(c, &to, ae->elements[i], e->location);
		return;
	}
	if (arr->node_case != PG_QUERY__NODE__NODE_A_ARRAY_EXPR || !(ae = arr->a_array_expr)->n_elements)
		return;
	for (size_t i = 0; i < ae->n_elements; i++) {
		const Node *el = ae->elements[i];
		struct typeref et;
		if (unknown_literal(el))
			continue;
		if (el->node_case != PG_QUERY__NODE__NODE_TYPE_CAST || !el->type_cast->type_name ||
		    el->type_cast->type_name->pct_type)
			return;	/* another element's type: unsure */
		typeref_from_node(&et, names_scratch(c), c->b->cat, el->type_cast->type_name, NULL);
		domain_base(c->b->cat, &et);
		if (!enum_of(c->b->cat, &et))
			return;
		typed = true;
	}
	if (typed) {
		for (size_t i = 0; i < ae->n_elements && !c->err; i++)
			names_check_label(c, t, ae->elements[i], e->location);
		return;
	}
	operator_missing(c, e, t, "text");
}

void names_check_compared_labels(struct names_ctx *c, const PgQuery__AExpr *e)
{
	const Node *col = NULL, *other = NULL;
	struct typeref t;

	if (!e->lexpr || !e->rexpr)
		return;
	if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP && comparison(e)) {
		col = e->lexpr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF ? e->lexpr : e->rexpr;
		other = col == e->lexpr ? e->rexpr : e->lexpr;
	} else if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN &&
		   (e->n_name == 1 && (str_eq(build_node_str(e->name[0]), "=") ||
				       str_eq(build_node_str(e->name[0]), "<>")))) {
		col = e->lexpr;
		other = e->rexpr;
	} else if ((e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY ||
		    e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL) && comparison(e)) {
		col = e->lexpr;
		other = e->rexpr;
	}
	if (!col || col->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || col->column_ref->n_fields != 1 ||
	    !scope_column(c, build_node_str(col->column_ref->fields[0]), &t) || !enum_of(c->b->cat, &t))
		return;
	if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY ||
	    e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL) {
		compared_array_labels(c, e, &t, other);
		return;
	}
	if (other->node_case == PG_QUERY__NODE__NODE_LIST)
		for (size_t i = 0; i < other->list->n_items; i++)
			names_check_label(c, &t, other->list->items[i], e->location);
	else
		names_check_label(c, &t, other, e->location);
}

void names_check_bound_labels(struct names_ctx *c, const struct table *parent,
			const PgQuery__PartitionBoundSpec *bs)
{
	const struct partkey *pk = parent ? parent->partkey : NULL;
	PgQuery__Node *const *lists[] = { bs->listdatums, bs->lowerdatums, bs->upperdatums };
	size_t counts[] = { bs->n_listdatums, bs->n_lowerdatums, bs->n_upperdatums };

	if (!pk || !pk->elems.n)
		return;
	for (size_t l = 0; l < ARRAY_SIZE(lists); l++)
		for (size_t i = 0; i < counts[l] && !c->err; i++) {
			/* a list bound's values are all for the one key column */
			const struct index_elem *e;
			const struct column *col;
			if (l != 0 && i >= pk->elems.n)
				break;
			e = pk->elems.items[l == 0 ? 0 : i];
			if (e->column && (col = table_find_column(parent, e->column)) != NULL)
				names_check_label(c, &col->type, lists[l][i], bs->location);
		}
}

/* ---- regclass literals -------------------------------------------------- */

/* The parts of a qualified name as regclassin reads it (a.b, "A".b: an
 * unquoted part folded to lower case, a quoted one as it is, each cut to
 * 63 bytes), into parts; false when the text is no such name (or has more
 * than three parts). */
static bool regclass_parts(struct arena *a, const char *s, const char *parts[3], size_t *n)
{
	*n = 0;
	for (;;) {
		struct strbuf sb = STRBUF_INIT;
		while (isspace((unsigned char)*s))
			s++;
		if (*s == '"') {
			for (s++; *s && !(*s == '"' && s[1] != '"'); s++) {
				if (*s == '"')
					s++;
				sb_addf(&sb, "%c", *s);
			}
			if (*s++ != '"' || !sb.len) {
				sb_release(&sb);
				return false;
			}
		} else {
			for (; *s && *s != '.' && !isspace((unsigned char)*s); s++)
				sb_addf(&sb, "%c", (char)tolower((unsigned char)*s));
		}
		while (isspace((unsigned char)*s))
			s++;
		if (!sb.len || *n == 3) {
			sb_release(&sb);
			return false;
		}
		parts[(*n)++] = ident_truncate(a, arena_strdup(a, sb.buf));
		sb_release(&sb);
		if (!*s)
			return true;
		if (*s++ != '.')
			return false;
	}
}

/* Does a CREATE TABLE have a serial or identity column (and so make a
 * sequence before its defaults are read)? */
static bool serial_columns(const PgQuery__CreateStmt *cs)
{
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const PgQuery__ColumnDef *cd = cs->table_elts[i]->column_def;
		const char *type;
		if (cs->table_elts[i]->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
			continue;
		if (cd->identity && cd->identity[0])
			return true;
		for (size_t j = 0; j < cd->n_constraints; j++)
			if (cd->constraints[j]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
			    cd->constraints[j]->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY)
				return true;
		type = cd->type_name && cd->type_name->n_names == 1
			? build_node_str(cd->type_name->names[0]) : NULL;
		if (type && strstr(type, "serial"))
			return true;
	}
	return false;
}

/* Is name (in schema, or on the search_path) a relation at the statement:
 * a table, view, sequence, index or composite type the input created
 * before, or the table the statement creates (or a sequence its serial
 * columns make)? True when unsure. */
static bool regclass_exists(struct names_ctx *c, const char *schema, const char *name)
{
	const struct catalog *cat = c->b->cat;
	const PgQuery__RangeVar *rv = c->create ? c->create->relation : NULL;

	if (rv && rv->relname && str_eq(ident_truncate(names_scratch(c), rv->relname), name) &&
	    (!schema || !build_table_has(rv->schemaname) || str_eq(rv->schemaname, schema)))
		return true;
	if (rv && rv->relname && strncmp(name, rv->relname, strlen(rv->relname)) == 0 &&
	    strlen(name) > 4 && str_eq(name + strlen(name) - 4, "_seq") && serial_columns(c->create))
		return true;
	for (size_t i = 0; i < (schema ? 1 : cat->search_path.n); i++) {
		const char *s = schema ? schema : cat->search_path.items[i];
		struct qname q = { s, name };
		const struct type *t = catalog_find_type(cat, &q);
		if (catalog_find_relation(cat, &q) || (t && t->kind == TYPE_COMPOSITE) ||
		    catalog_is_unsupported(cat, s, name))
			return true;
	}
	return false;
}

/* A string constant s that PostgreSQL reads as a regclass when it parses
 * the statement ('users'::regclass, nextval('users_id_seq')): the relation
 * must exist then. */
static void check_regclass(struct names_ctx *c, const char *s, int location)
{
	const char *parts[3], *schema;
	size_t n;

	if (c->err || c->lenient || strspn(s, "0123456789") == strlen(s) ||
	    !regclass_parts(names_scratch(c), s, parts, &n) || n == 3)
		return;	/* an OID, a database's name: not checked */
	schema = n == 2 ? parts[0] : NULL;
	if (schema && !str_eq(schema, "public") && !catalog_find_schema(c->b->cat, schema))
		return;	/* pg_catalog, information_schema, an outside schema */
	if (schema && names_extension_schema(c->b->cat, schema))
		return;
	if (!schema && (strncmp(parts[0], "pg_", 3) == 0 || c->b->cat->extensions.n))
		return;	/* a system catalog, or an extension's table */
	if (regclass_exists(c, schema, parts[n - 1]))
		return;
	c->err = build_name_error(c->b, names_at(c, location), "relation",
				  schema ? arena_printf(names_scratch(c), "%s.%s", schema, parts[1])
					 : parts[0], DIAG_NAME_MISSING);
}

void names_check_regclass_args(struct names_ctx *c, const PgQuery__FuncCall *fc, const char *args)
{
	for (size_t i = 0; i < fc->n_args && *args; i++) {
		size_t len = strcspn(args, ",");
		const Node *arg = fc->args[i];
		if (len == 8 && strncmp(args, "regclass", 8) == 0 &&
		    arg->node_case == PG_QUERY__NODE__NODE_A_CONST && !arg->a_const->isnull &&
		    arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
			check_regclass(c, arg->a_const->sval->sval, fc->location);
		args += len + (args[len] == ',');
	}
}

static bool regclass_type(const PgQuery__TypeName *tn)
{
	const char *name = build_node_str(tn->names[tn->n_names - 1]);

	return !tn->n_array_bounds && str_eq(name, "regclass") &&
	       (tn->n_names == 1 || (tn->n_names == 2 &&
				     str_eq(build_node_str(tn->names[0]), "pg_catalog")));
}

void names_check_cast_label(struct names_ctx *c, const PgQuery__TypeCast *tc)
{
	struct typeref t;

	if (!tc->arg || tc->arg->node_case != PG_QUERY__NODE__NODE_A_CONST || !tc->type_name ||
	    !tc->type_name->n_names || tc->type_name->pct_type)
		return;
	if (regclass_type(tc->type_name) && !tc->arg->a_const->isnull &&
	    tc->arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
		check_regclass(c, tc->arg->a_const->sval->sval, tc->location);
		return;
	}
	typeref_from_node(&t, names_scratch(c), c->b->cat, tc->type_name, NULL);
	names_check_label(c, &t, tc->arg, tc->location);
}

const char *names_missing_column(struct names_ctx *c, Node *n)
{
	struct ptrvec cols = { 0 };

	expr_columns(names_scratch(c), n, &cols);
	for (size_t i = 0; i < cols.n; i++)
		if (scope_find_column(c, cols.items[i], NULL) == 0)
			return cols.items[i];
	return NULL;
}

int build_check_using(struct builder *b, const struct table *t, const struct column *col,
		      const struct directive *d, const char *expr)
{
	struct names_ctx c = { .b = b, .lenient = names_lenient(b->cat), .in_directive = true,
			       .directive_at = d->offset - b->st->base };
	PgQuery__ParseResult *pr = parse_sql(names_scratch(&c), arena_printf(names_scratch(&c), "SELECT (%s)", expr));
	const PgQuery__SelectStmt *sel;
	struct ptrvec cols = { 0 };
	struct typeref to = col->type;
	struct result r;
	Node *e;

	if (b->quiet || !pr || pr->n_stmts != 1 || !pr->stmts[0]->stmt ||
	    pr->stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
		return 0;
	sel = pr->stmts[0]->stmt->select_stmt;
	if (sel->n_target_list != 1 || sel->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET ||
	    !(e = sel->target_list[0]->res_target->val))
		return 0;
	/* names as in a default of the new type; the columns are the old
	 * table's, whose types schemac does not know here */
	names_walk(&c, e);
	expr_columns(names_scratch(&c), e, &cols);
	for (size_t i = 0; !c.err && i < cols.n; i++)
		if (!table_find_column(t, cols.items[i]))
			c.err = build_name_error(b, c.directive_at, "column", cols.items[i],
						 DIAG_NAME_MISSING);
	to.mods = NULL;
	if (!c.err && str_eq(to.schema, "pg_catalog")) {
		struct typeref from = { "pg_catalog", NULL, NULL, 0 };
		names_expr_type(&c, e, &r);
		from.name = r.type;
		from.ndims = r.ndims;
		if (from.name && cast_context(&from, &to) != CAST_ASSIGNMENT &&
		    cast_context(&from, &to) != CAST_IMPLICIT)
			c.err = build_error(b, c.directive_at, "result of USING clause for column '%s' "
					    "cannot be cast automatically to type %s", col->name,
					    names_type_text(b, to.schema, to.name, to.ndims));
	}
	names_check_label(&c, &col->type, e, -1);
	return c.err;
}

/* ---- what CREATE AGGREGATE, OPERATOR, CAST and STATISTICS name ------------ */

/* Is the function names (n of them: qualified or not) one that takes nargs
 * arguments, the input's or a built-in (an extension's)? True when
 * unsure. */
static bool function_takes(struct names_ctx *c, PgQuery__Node *const *names, size_t n, size_t nargs)
{
	const struct catalog *cat = c->b->cat;
	const char *name = n ? build_node_str(names[n - 1]) : NULL;
	const char *schema = n >= 2 ? build_node_str(names[n - 2]) : NULL;

	if (!name || n > 2 || c->lenient ||
	    (schema && !str_eq(schema, "pg_catalog") &&
	     (names_outside_schema(cat, schema) || names_extension_schema(cat, schema))))
		return true;
	name = ident_truncate(names_scratch(c), name);
	if ((!schema || str_eq(schema, "pg_catalog")) && names_builtin_takes(cat, name, nargs))
		return true;
	for (size_t i = 0; i < cat->objects.n; i++) {
		const struct dbobject *o = cat->objects.items[i];
		struct ptrvec params = { 0 };
		struct typeref result;
		size_t ndef = 0;
		if (!str_eq(o->name.name, name) ||
		    !(schema ? str_eq(o->name.schema, schema) : vec_has_string(&cat->search_path, o->name.schema)))
			continue;
		if (o->kind == OBJ_AGGREGATE || o->kind == OBJ_PROCEDURE)
			return true;
		if (o->kind != OBJ_FUNCTION)
			continue;
		if (!function_params(c, o, &params, &result))
			return true;
		for (size_t k = 0; k < params.n; k++)
			if (((const struct param *)params.items[k])->has_default)
				ndef++;
		if ((nargs <= params.n || (params.n && ((const struct param *)params.items[params.n - 1])->variadic)) &&
		    nargs + ndef >= params.n)
			return true;
	}
	return false;
}

/* The function a definition's option d names (SFUNC = add2, FUNCTION =
 * int_eq) takes nargs arguments, or the statement is refused. */
static void check_defined_function(struct names_ctx *c, const PgQuery__DefElem *d, size_t nargs,
				   const char *what)
{
	PgQuery__Node *one[1];
	PgQuery__Node *const *names;
	size_t n;

	if (c->err || !d->arg)
		return;
	if (d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME && !d->arg->type_name->n_typmods &&
	    !d->arg->type_name->n_array_bounds) {
		names = d->arg->type_name->names;
		n = d->arg->type_name->n_names;
	} else if (d->arg->node_case == PG_QUERY__NODE__NODE_STRING) {
		one[0] = d->arg;
		names = one;
		n = 1;
	} else {
		return;
	}
	if (function_takes(c, names, n, nargs))
		return;
	c->err = build_error(c->b, -1, "function '%s' does not exist",
			     build_node_str(names[n - 1]));
	diag_set_hint(c->b->d, c->b->d->list.items[c->b->d->list.n - 1],
		      "%s must name a function of %zu argument%s", what, nargs, nargs == 1 ? "" : "s");
}

static const PgQuery__DefElem *definition_option(const PgQuery__DefineStmt *ds, const char *name)
{
	for (size_t i = 0; i < ds->n_definition; i++)
		if (ds->definition[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    str_eq(ds->definition[i]->def_elem->defname, name))
			return ds->definition[i]->def_elem;
	return NULL;
}

/* CREATE AGGREGATE name (args) (...): its argument and state types exist,
 * and its support functions take what PostgreSQL passes them. */
static void check_aggregate(struct names_ctx *c, const PgQuery__DefineStmt *ds)
{
	static const struct { const char *opt; int extra; const char *unless; } fns[] = {
		{ "sfunc", 1, NULL }, { "msfunc", 1, NULL }, { "minvfunc", 1, NULL },
		{ "finalfunc", -1, "finalfunc_extra" }, { "mfinalfunc", -1, "mfinalfunc_extra" },
		{ "combinefunc", -2, NULL }, { "serialfunc", -1, NULL }, { "deserialfunc", -2, NULL },
	};
	const PgQuery__List *args;
	size_t nargs;

	if (ds->oldstyle || ds->n_args != 2 || ds->args[0]->node_case != PG_QUERY__NODE__NODE_LIST ||
	    ds->args[1]->node_case != PG_QUERY__NODE__NODE_INTEGER || ds->args[1]->integer->ival >= 0)
		return;	/* old style, or an ordered-set aggregate */
	args = ds->args[0]->list;
	nargs = args->n_items;
	for (size_t i = 0; i < args->n_items; i++) {
		const PgQuery__FunctionParameter *fp = args->items[i]->function_parameter;
		if (args->items[i]->node_case != PG_QUERY__NODE__NODE_FUNCTION_PARAMETER ||
		    fp->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC)
			return;
		names_walk(c, args->items[i]);
	}
	for (const char *const *t = (const char *const[]){ "stype", "mstype", NULL }; *t; t++) {
		const PgQuery__DefElem *d = definition_option(ds, *t);
		if (d && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
			names_walk(c, d->arg->type_name);
	}
	for (size_t i = 0; i < ARRAY_SIZE(fns) && !c->err; i++) {
		const PgQuery__DefElem *d = definition_option(ds, fns[i].opt);
		if (!d || (fns[i].unless && definition_option(ds, fns[i].unless)))
			continue;
		check_defined_function(c, d, fns[i].extra > 0 ? nargs + 1 : (size_t)-fns[i].extra,
				       arena_printf(names_scratch(c), "the aggregate's %s", fns[i].opt));
	}
}

/* CREATE OPERATOR: its argument types exist, and its function takes them. */
static void check_operator_definition(struct names_ctx *c, const PgQuery__DefineStmt *ds)
{
	const PgQuery__DefElem *l = definition_option(ds, "leftarg"), *r = definition_option(ds, "rightarg");
	const PgQuery__DefElem *f = definition_option(ds, "function");

	if (!f)
		f = definition_option(ds, "procedure");
	/* DefineOperator's own checks, in its order (an attribute it does not
	 * know is only a warning) */
	if (!l && !r) {
		c->err = build_error(c->b, -1, "operator argument types must be specified");
		return;
	}
	if (!r) {
		c->err = build_error(c->b, -1, "operator right argument type must be specified "
				     "(postfix operators are not supported)");
		return;
	}
	if (!f) {
		c->err = build_error(c->b, -1, "operator function must be specified");
		return;
	}
	if (l && l->arg)
		names_walk(c, l->arg);
	if (r && r->arg)
		names_walk(c, r->arg);
	if (f)
		check_defined_function(c, f, (l != NULL) + (r != NULL), "the operator's FUNCTION");
}

/* CREATE STATISTICS ... ON cols FROM table: the table exists, and so do
 * the columns. */
static void check_statistics(struct names_ctx *c, const PgQuery__CreateStatsStmt *ss)
{
	const PgQuery__RangeVar *rv;
	const struct relation *r;
	const char *name;

	if (ss->n_relations != 1 || ss->relations[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
		return;
	rv = ss->relations[0]->range_var;
	name = ident_truncate(names_scratch(c), rv->relname);
	if (c->lenient || (build_table_has(rv->schemaname) &&
			   (names_outside_schema(c->b->cat, rv->schemaname) ||
			    names_extension_schema(c->b->cat, rv->schemaname))))
		return;
	r = build_lookup_relation(c->b, build_table_has(rv->schemaname) ? rv->schemaname : NULL, name);
	if (!r) {
		for (size_t i = 0; i < c->b->cat->search_path.n; i++)
			if (catalog_is_unsupported(c->b->cat, build_table_has(rv->schemaname) ? rv->schemaname
						   : c->b->cat->search_path.items[i], name))
				return;
		c->err = build_name_error(c->b, names_at(c, rv->location), "relation",
					  build_table_has(rv->schemaname)
						  ? arena_printf(names_scratch(c), "%s.%s", rv->schemaname, name)
						  : name, DIAG_NAME_MISSING);
		return;
	}
	if (r->kind != REL_TABLE || ((const struct table *)r->obj)->outside)
		return;
	for (size_t i = 0; i < ss->n_exprs && !c->err; i++) {
		const PgQuery__StatsElem *se = ss->exprs[i]->stats_elem;
		const struct table *t = r->obj;
		struct ptrvec cols = { 0 };
		if (ss->exprs[i]->node_case != PG_QUERY__NODE__NODE_STATS_ELEM)
			continue;
		if (build_table_has(se->name))
			vec_push(&cols, names_scratch(c), se->name);
		else if (se->expr)
			expr_columns(names_scratch(c), se->expr, &cols);
		for (size_t k = 0; k < cols.n && !c->err; k++)
			if (!table_find_column(t, ident_truncate(names_scratch(c), cols.items[k])))
				c->err = build_error(c->b, -1, "column '%s' does not exist",
						     (const char *)cols.items[k]);
	}
}

void names_check_definition(struct names_ctx *c, Node *stmt)
{
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_DEFINE_STMT:
		if (stmt->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE)
			check_aggregate(c, stmt->define_stmt);
		else if (stmt->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR)
			check_operator_definition(c, stmt->define_stmt);
		break;
	case PG_QUERY__NODE__NODE_CREATE_CAST_STMT: {
		const PgQuery__CreateCastStmt *cs = stmt->create_cast_stmt;
		names_walk(c, cs->sourcetype);
		names_walk(c, cs->targettype);
		if (!c->err && cs->func && !cs->func->args_unspecified && cs->func->n_objname &&
		    !function_takes(c, cs->func->objname, cs->func->n_objname, cs->func->n_objargs))
			c->err = build_error(c->b, -1, "function '%s' does not exist",
					     build_node_str(cs->func->objname[cs->func->n_objname - 1]));
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
		check_statistics(c, stmt->create_stats_stmt);
		break;
	default:
		break;
	}
}

/* ---- relations a SQL function's body names -------------------------------- */

struct body_rels {
	struct names_ctx *c;
	struct ptrvec ctes;	/* const char *: WITH names of the body */
	bool pass2;		/* collecting WITH names, then checking */
};

static void body_rel_each(ProtobufCMessage *m, void *vctx)
{
	struct body_rels *w = vctx;
	struct names_ctx *c = w->c;
	const PgQuery__RangeVar *rv = (const PgQuery__RangeVar *)m;
	const char *name, *schema;

	if (!w->pass2) {
		if (m->descriptor == &pg_query__common_table_expr__descriptor &&
		    ((const PgQuery__CommonTableExpr *)m)->ctename)
			vec_push(&w->ctes, names_scratch(c),
				 ((const PgQuery__CommonTableExpr *)m)->ctename);
		return;
	}
	if (c->err || m->descriptor != &pg_query__range_var__descriptor || !rv->relname ||
	    build_table_has(rv->catalogname))
		return;
	name = ident_truncate(names_scratch(c), rv->relname);
	schema = build_table_has(rv->schemaname) ? rv->schemaname : NULL;
	if (schema ? str_eq(schema, "pg_catalog") || names_outside_schema(c->b->cat, schema) ||
		     names_extension_schema(c->b->cat, schema)
		   : vec_has_string(&w->ctes, name) || strncmp(name, "pg_", 3) == 0 ||
		     c->b->cat->extensions.n)
		return;
	if (build_lookup_relation(c->b, schema, name))
		return;
	for (size_t i = 0; i < (schema ? 1 : c->b->cat->search_path.n); i++)
		if (catalog_is_unsupported(c->b->cat, schema ? schema : c->b->cat->search_path.items[i], name))
			return;
	c->err = build_name_error(c->b, -1, "relation",
				  schema ? arena_printf(names_scratch(c), "%s.%s", schema, name) : name,
				  DIAG_NAME_MISSING);
}

void names_check_body_relations(struct names_ctx *c, Node *stmt)
{
	struct body_rels w = { c, { 0 }, false };

	if (c->lenient || c->err)
		return;
	message_each((ProtobufCMessage *)stmt, body_rel_each, &w);
	w.pass2 = true;
	message_each((ProtobufCMessage *)stmt, body_rel_each, &w);
}
