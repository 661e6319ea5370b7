/*
 * build_names.c - the functions, operators and types a statement names
 * exist, checked as PostgreSQL checks them when it runs the statement:
 * defaults, CHECK constraints, generated columns, column and attribute
 * types, index expressions and predicates, views and materialized views
 * (functions in FROM too), policies, trigger conditions and the function a
 * trigger executes, domains, and the signature, parameter defaults and
 * BEGIN ATOMIC body of a function. A PL/pgSQL body is a string PostgreSQL
 * does not analyze at CREATE time, so neither do we.
 *
 * Built-in names come from pg_catalog.inc, read from a real PostgreSQL 15
 * (pg_catalog.sh); user names from the catalog as it stands at the
 * statement, so a name created further down is refused, as PostgreSQL
 * refuses it. A name in a schema the input never defines (auth.uid()) is
 * an outside object and accepted. What the extensions the server can
 * install define comes from pg_extension.inc (pg_extension.sh, read from
 * the same server), and counts once the input creates the extension; an
 * extension it does not list makes every unknown name accepted: we do not
 * know what that extension defines.
 *
 * Calls to built-in functions are checked for their name and argument
 * count; calls to the input's functions for a signature that takes the
 * arguments (build_calls.c); operators for their name.
 *
 * Then the types of expressions, where they are certain (constants, casts
 * to built-in types, calls and operators whose every built-in candidate
 * agrees): a CHECK, policy, index predicate or trigger WHEN that is not
 * boolean; a DEFAULT or generation expression of a type with no assignment
 * cast to its column's built-in type (cast.h); a generation expression
 * naming another generated column.
 */
#include "build_int.h"
#include "cast.h"
#include "cli.h"
#include "sqlfmt.h"

#include <ctype.h>
#include <stdio.h>
#include "build_names_int.h"

struct pg_func_row {
	const char *name;
	short nargs;
	short ndefaults;
	bool variadic;
	const char *result;	/* "" for a set */
	char kind;		/* prokind */
	const char *args;	/* argument types, comma-separated ("" for
				 * an extension's row) */
	const char *ext;	/* pg_extension.inc: its extension; NULL for
				 * a built-in */
};

struct pg_oper_row {
	const char *name;
	const char *left;	/* "" for a prefix operator */
	const char *right;
	const char *result;
};

#define TYPE(n, t, c, m) { n, t, c, m },
#define FUNC(n, a, d, v, r, k, t)
#define OPER(n, l, r, res)
static const struct pg_type_row pg_types[] = {
#include "pg_catalog.inc"
};
#undef TYPE
#undef FUNC
#define TYPE(n, t, c, m)
#define FUNC(n, a, d, v, r, k, t) { n, a, d, v, r, k, t, NULL },
static const struct pg_func_row pg_funcs[] = {
#include "pg_catalog.inc"
};
#undef FUNC
#undef OPER
#define FUNC(n, a, d, v, r, k, t)
#define OPER(n, l, r, res) { n, l, r, res },
static const struct pg_oper_row pg_opers[] = {
#include "pg_catalog.inc"
};
#undef TYPE
#undef FUNC
#undef OPER

/* What the extensions PostgreSQL 15 can install create (pg_extension.inc,
 * from pg_extension.sh): each row names its extension, and counts only when
 * the input creates that extension. */
struct ext_row {
	const char *name;
	const char *ext;
};

#define EXT_FUNC(e, n, a, d, v, r, k) { n, a, d, v, r, k, "", e },
#define EXT_TYPE(e, n, t, c, m)
#define EXT_OPER(e, n)
#define EXT_NAME(e)
static const struct pg_func_row ext_funcs[] = {
#include "pg_extension.inc"
};
#undef EXT_FUNC
#undef EXT_TYPE
#define EXT_FUNC(e, n, a, d, v, r, k)
#define EXT_TYPE(e, n, t, c, m) { n, e },
static const struct ext_row ext_types[] = {
#include "pg_extension.inc"
};
#undef EXT_TYPE
#undef EXT_OPER
#define EXT_TYPE(e, n, t, c, m)
#define EXT_OPER(e, n) { n, e },
static const struct ext_row ext_opers[] = {
#include "pg_extension.inc"
};
#undef EXT_OPER
#undef EXT_NAME
#define EXT_OPER(e, n)
#define EXT_NAME(e) e,
static const char *const ext_names[] = {
#include "pg_extension.inc"
};
#undef EXT_FUNC
#undef EXT_TYPE
#undef EXT_OPER
#undef EXT_NAME

/* Type names that are not pg_type names: the serial pseudo-types of
 * column definitions. (integer, double precision and the other SQL
 * spellings arrive as pg_catalog.int4 and so on; quoted, "integer" is no
 * type, as PostgreSQL says.) */
static const char *const type_spellings[] = {
	"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2",
};

/* The first row named name in rows (sorted by name, each row starting with
 * its name), or n. */
static size_t first_named(const void *rows, size_t n, size_t size, const char *name)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *s = *(const char *const *)((const char *)rows + mid * size);
		if (strcmp(s, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && strcmp(*(const char *const *)((const char *)rows + lo * size), name) == 0)
		return lo;
	return n;
}

/* Does the input create extension ext? */
static bool input_extension(const struct catalog *cat, const char *ext)
{
	for (size_t i = 0; i < cat->extensions.n; i++)
		if (str_eq(((const struct extension *)cat->extensions.items[i])->name, ext))
			return true;
	return false;
}

bool names_lenient(const struct catalog *cat)
{
	for (size_t i = 0; i < cat->extensions.n; i++) {
		const char *name = ((const struct extension *)cat->extensions.items[i])->name;
		size_t k = 0;
		while (k < ARRAY_SIZE(ext_names) && !str_eq(ext_names[k], name))
			k++;
		if (k == ARRAY_SIZE(ext_names))
			return true;
	}
	return false;
}

/* Does an extension the input creates have a type (or operator: rows)
 * named name? */
static bool ext_named(const struct catalog *cat, const struct ext_row *rows, size_t n,
		      const char *name)
{
	for (size_t i = first_named(rows, n, sizeof(*rows), name); i < n && str_eq(rows[i].name, name);
	     i++)
		if (input_extension(cat, rows[i].ext))
			return true;
	return false;
}

/* Does an extension the input creates have a function named name taking
 * nargs arguments (SIZE_MAX: any number), returning trigger if trigger? */
static bool ext_function(const struct catalog *cat, const char *name, size_t nargs, bool trigger)
{
	size_t i = first_named(ext_funcs, ARRAY_SIZE(ext_funcs), sizeof(*ext_funcs), name);

	for (; i < ARRAY_SIZE(ext_funcs) && str_eq(ext_funcs[i].name, name); i++) {
		const struct pg_func_row *f = &ext_funcs[i];
		if (input_extension(cat, f->ext) && (!trigger || str_eq(f->result, "trigger")) &&
		    (nargs == SIZE_MAX || (nargs + f->ndefaults >= (size_t)f->nargs &&
					   (f->variadic || nargs <= (size_t)f->nargs))))
			return true;
	}
	return false;
}

/* Does an extension the input creates in schema have a function named
 * name taking nargs arguments (SIZE_MAX: any number)? */
static bool ext_function_in(const struct catalog *cat, const char *schema, const char *name,
			    size_t nargs)
{
	size_t i = first_named(ext_funcs, ARRAY_SIZE(ext_funcs), sizeof(*ext_funcs), name);

	for (; i < ARRAY_SIZE(ext_funcs) && str_eq(ext_funcs[i].name, name); i++) {
		const struct pg_func_row *f = &ext_funcs[i];
		bool here = false;
		for (size_t k = 0; k < cat->extensions.n && !here; k++) {
			const struct extension *e = cat->extensions.items[k];
			here = str_eq(e->name, f->ext) && str_eq(e->schema, schema);
		}
		if (here && (nargs == SIZE_MAX || (nargs + f->ndefaults >= (size_t)f->nargs &&
						   (f->variadic || nargs <= (size_t)f->nargs))))
			return true;
	}
	return false;
}

const struct pg_type_row *names_pg_type_find(const char *name)
{
	size_t i = first_named(pg_types, ARRAY_SIZE(pg_types), sizeof(*pg_types), name);
	return i < ARRAY_SIZE(pg_types) ? &pg_types[i] : NULL;
}

void names_pg_typeref(struct typeref *t, const char *name)
{
	const struct pg_type_row *row = names_pg_type_find(name);

	t->schema = "pg_catalog";
	t->name = name;
	t->ndims = 0;
	if (row && row->category == 'A' && name[0] == '_') {
		t->name = name + 1;
		t->ndims = 1;
	}
}

int names_at(const struct names_ctx *c, int location)
{
	return c->in_directive ? c->directive_at : c->in_body ? -1 : location;
}

bool names_outside_schema(const struct catalog *cat, const char *schema)
{
	return !str_eq(schema, "public") && !str_eq(schema, "pg_catalog") &&
	       !catalog_find_schema(cat, schema);
}

bool names_extension_schema(const struct catalog *cat, const char *schema)
{
	for (size_t i = 0; i < cat->extensions.n; i++) {
		const struct extension *e = cat->extensions.items[i];
		if (str_eq(e->schema, schema))
			return true;
	}
	return false;
}

/* ---- functions -------------------------------------------------------- */

/* Does schema (NULL: any on the search_path) hold a function, procedure or
 * aggregate name, or a range type whose constructor it names? */
static bool user_function(const struct catalog *cat, const char *schema, const char *name)
{
	for (size_t i = 0; i < (schema ? 1 : cat->search_path.n); i++) {
		const char *s = schema ? schema : cat->search_path.items[i];
		if (catalog_has_function(cat, s, name))
			return true;
	}
	for (size_t i = 0; i < cat->types.n; i++) {
		const struct type *t = cat->types.items[i];
		if (t->kind == TYPE_RANGE && (!schema || str_eq(t->name.schema, schema)) &&
		    (str_eq(t->name.name, name) || str_eq(t->multirange.name, name)))
			return true;
	}
	return false;
}

/* Is name a column of some table: f(t) is t.f, attribute notation. */
static bool column_somewhere(const struct catalog *cat, const char *name)
{
	for (size_t i = 0; i < cat->tables.n; i++)
		if (table_find_column(cat->tables.items[i], name))
			return true;
	return false;
}

/* The nearest name to a mistyped function name: built-in functions, then
 * the input's. */
static const char *nearest_function(struct builder *b, const char *name)
{
	struct ptrvec names = { 0 };
	struct arena *a = b->st->scratch ? b->st->scratch : b->a;

	for (size_t i = 0; i < ARRAY_SIZE(pg_funcs); i++)
		if ((pg_funcs[i].kind == 'f' || pg_funcs[i].kind == 'a' || pg_funcs[i].kind == 'w') &&
		    (!names.n || strcmp(names.items[names.n - 1], pg_funcs[i].name) != 0))
			vec_push(&names, a, (void *)pg_funcs[i].name);
	for (size_t i = 0; i < b->cat->objects.n; i++) {
		const struct dbobject *o = b->cat->objects.items[i];
		if (o->kind == OBJ_FUNCTION || o->kind == OBJ_AGGREGATE)
			vec_push(&names, a, (void *)o->name.name);
	}
	return cli_nearest(name, (const char *const *)names.items, names.n);
}

/* The argument counts the built-in rows of name take, as text. */
static const char *arities(struct arena *a, size_t first, const char *name)
{
	struct strbuf sb;
	const char *s;

	sb_init(&sb);
	for (size_t i = first; i < ARRAY_SIZE(pg_funcs) && str_eq(pg_funcs[i].name, name); i++) {
		const struct pg_func_row *f = &pg_funcs[i];
		int lo = f->nargs - f->ndefaults, hi = f->nargs;
		char piece[48];
		if (f->variadic)
			snprintf(piece, sizeof(piece), "%d or more", lo);
		else if (hi > lo)
			snprintf(piece, sizeof(piece), "%d to %d", lo, hi);
		else
			snprintf(piece, sizeof(piece), "%d", lo);
		if (!strstr(sb.buf, piece))
			sb_addf(&sb, "%s%s", sb.len ? ", " : "", piece);
	}
	s = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return s;
}

bool names_builtin_takes(const struct catalog *cat, const char *name, size_t nargs)
{
	size_t i = first_named(pg_funcs, ARRAY_SIZE(pg_funcs), sizeof(*pg_funcs), name);

	if (ext_function(cat, name, nargs, false))
		return true;
	for (; i < ARRAY_SIZE(pg_funcs) && str_eq(pg_funcs[i].name, name); i++)
		if (nargs + pg_funcs[i].ndefaults >= (size_t)pg_funcs[i].nargs &&
		    (pg_funcs[i].variadic || nargs <= (size_t)pg_funcs[i].nargs))
			return true;
	return false;
}

static void check_call(struct names_ctx *c, const PgQuery__FuncCall *fc)
{
	struct builder *b = c->b;
	const char *name, *schema = NULL, *near;
	size_t first, nargs = fc->n_args;
	struct diag *dg;
	bool countable = !fc->agg_star && !fc->func_variadic, attribute;

	if (!fc->n_funcname || !(name = build_node_str(fc->funcname[fc->n_funcname - 1])))
		return;
	if (fc->n_funcname >= 2)
		schema = build_node_str(fc->funcname[fc->n_funcname - 2]);
	for (size_t i = 0; i < fc->n_args; i++)
		if (fc->args[i]->node_case == PG_QUERY__NODE__NODE_NAMED_ARG_EXPR)
			countable = false;
	if (schema && !str_eq(schema, "pg_catalog")) {
		if (names_outside_schema(b->cat, schema) || c->lenient)
			return;
		if (user_function(b->cat, schema, name)) {
			if (!names_extension_schema(b->cat, schema))
				names_check_user_call(c, fc, schema, name);
			return;
		}
		/* a schema the input's extensions are created in: theirs (every
		 * extension of the input is known here: c->lenient otherwise) */
		if (names_extension_schema(b->cat, schema)) {
			if (!countable || fc->agg_within_group ||
			    ext_function_in(b->cat, schema, name, nargs))
				return;
			if (ext_function_in(b->cat, schema, name, SIZE_MAX)) {
				c->err = build_error(b, names_at(c, fc->location),
						     "function '%s.%s' does not take %zu argument%s", schema,
						     name, nargs, nargs == 1 ? "" : "s");
				return;
			}
		}
		c->err = build_name_error(b, names_at(c, fc->location), "function",
					  arena_printf(b->a, "%s.%s", schema, name), DIAG_NAME_MISSING);
		return;
	}
	/* f(t) may be t.f, attribute notation: asked only before an error, as
	 * it looks at every column of every table */
	attribute = !schema && nargs == 1;
	if (!schema && user_function(b->cat, NULL, name)) {
		if (!(attribute && column_somewhere(b->cat, name)))
			names_check_user_call(c, fc, NULL, name);
		return;
	}
	first = first_named(pg_funcs, ARRAY_SIZE(pg_funcs), sizeof(*pg_funcs), name);
	if (first == ARRAY_SIZE(pg_funcs) && !ext_function(b->cat, name, SIZE_MAX, false)) {
		if (c->lenient || (attribute && column_somewhere(b->cat, name)))
			return;
		dg = build_name_diag(b, names_at(c, fc->location), "function", name, DIAG_NAME_MISSING);
		if ((near = nearest_function(b, name)) != NULL)
			diag_set_hint(b->d, dg, "did you mean '%s'?", near);
		c->err = -1;
		return;
	}
	if (!countable)
		return;
	if (fc->agg_within_group)
		nargs += fc->n_agg_order;
	if (c->lenient)
		return;
	if (names_builtin_takes(b->cat, name, nargs)) {
		if (fc->agg_within_group || ext_function(b->cat, name, SIZE_MAX, false))
			return;
		const char *fits = NULL;
		for (size_t i = first; i < ARRAY_SIZE(pg_funcs) && str_eq(pg_funcs[i].name, name); i++)
			if (names_builtin_call_fits(c, fc, pg_funcs[i].args, pg_funcs[i].ndefaults,
					      pg_funcs[i].variadic))
				fits = !fits || str_eq(fits, pg_funcs[i].args) ? pg_funcs[i].args : "";
		/* one signature takes the call: its regclass arguments are
		 * read as the statement is parsed */
		if (fits && !(attribute && column_somewhere(b->cat, name)))
			names_check_regclass_args(c, fc, fits);
		if (fits)
			return;
		if (attribute && column_somewhere(b->cat, name))
			return;
		dg = build_diag(b, DIAG_ERROR, names_at(c, fc->location), "function '%s(%s)' does not exist",
				name, names_call_types(c, fc));
		diag_set_hint(b->d, dg, "no signature of '%s' takes these argument types: change "
			      "the arguments, or cast them", name);
		c->err = -1;
		return;
	}
	if (attribute && column_somewhere(b->cat, name))
		return;
	dg = build_diag(b, DIAG_ERROR, names_at(c, fc->location), "function '%s' does not take %zu argument%s",
			name, nargs, nargs == 1 ? "" : "s");
	if (first < ARRAY_SIZE(pg_funcs))
		diag_set_hint(b->d, dg, "'%s' takes %s", name,
			      arities(b->st->scratch ? b->st->scratch : b->a, first, name));
	c->err = -1;
}

/* EXECUTE FUNCTION name(): a function returning trigger. */
static void check_trigger_function(struct names_ctx *c, PgQuery__Node **names, size_t n)
{
	struct builder *b = c->b;
	const char *name = build_node_str(names[n - 1]);
	const char *schema = n >= 2 ? build_node_str(names[n - 2]) : NULL;
	size_t first;

	if (!name)
		return;
	if (schema && !str_eq(schema, "pg_catalog")) {
		if (names_outside_schema(b->cat, schema) || names_extension_schema(b->cat, schema) || c->lenient)
			return;
		if (user_function(b->cat, schema, name)) {
			names_check_user_trigger(c, schema, name);
			return;
		}
	} else {
		if (!schema && user_function(b->cat, NULL, name)) {
			names_check_user_trigger(c, NULL, name);
			return;
		}
		first = first_named(pg_funcs, ARRAY_SIZE(pg_funcs), sizeof(*pg_funcs), name);
		for (size_t i = first; i < ARRAY_SIZE(pg_funcs) && str_eq(pg_funcs[i].name, name); i++)
			if (str_eq(pg_funcs[i].result, "trigger"))
				return;
		if (c->lenient || ext_function(b->cat, name, 0, true))
			return;
	}
	c->err = build_name_error(b, -1, "function",
				  schema ? arena_printf(b->a, "%s.%s", schema, name) : name,
				  DIAG_NAME_MISSING);
}

/* ---- operators -------------------------------------------------------- */

static bool user_operator(const struct catalog *cat, const char *name)
{
	for (size_t i = 0; i < cat->objects.n; i++) {
		const struct dbobject *o = cat->objects.items[i];
		if (o->kind == OBJ_OPERATOR && str_eq(o->name.name, name))
			return true;
	}
	return false;
}

static void check_operator(struct names_ctx *c, const PgQuery__AExpr *e)
{
	struct builder *b = c->b;
	const char *name, *schema = NULL;

	if ((e->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP &&
	     e->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY &&
	     e->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL) ||
	    !e->n_name || !(name = build_node_str(e->name[e->n_name - 1])))
		return;
	if (e->n_name >= 2)
		schema = build_node_str(e->name[e->n_name - 2]);
	if (schema && !str_eq(schema, "pg_catalog") &&
	    (names_outside_schema(b->cat, schema) || names_extension_schema(b->cat, schema)))
		return;
	if (first_named(pg_opers, ARRAY_SIZE(pg_opers), sizeof(*pg_opers), name) <
		    ARRAY_SIZE(pg_opers) ||
	    c->lenient || user_operator(b->cat, name) ||
	    ext_named(b->cat, ext_opers, ARRAY_SIZE(ext_opers), name))
		return;
	c->err = build_error(b, names_at(c, e->location), "operator '%s' does not exist", name);
}

/* ---- types ------------------------------------------------------------ */

/* Does schema (NULL: the search_path) hold a type or a relation (its row
 * type) named name? */
static const struct type *user_type(const struct catalog *cat, const char *schema,
				    const char *name, bool *found)
{
	*found = false;
	for (size_t i = 0; i < (schema ? 1 : cat->search_path.n); i++) {
		struct qname q = { schema ? schema : cat->search_path.items[i], name };
		const struct type *t = catalog_find_type(cat, &q);
		const struct relation *r;
		if (t) {
			*found = true;
			return t;
		}
		r = catalog_find_relation(cat, &q);
		if (r && r->kind != REL_INDEX && r->kind != REL_CONSTRAINT_INDEX) {
			*found = true;
			return NULL;
		}
	}
	for (size_t i = 0; i < cat->types.n; i++) {
		const struct type *t = cat->types.items[i];
		if (t->kind == TYPE_RANGE && str_eq(t->multirange.name, name) &&
		    (!schema || str_eq(t->multirange.schema, schema)))
			*found = true;
	}
	return NULL;
}

static const char *nearest_type(struct builder *b, const char *name)
{
	struct ptrvec names = { 0 };
	struct arena *a = b->st->scratch ? b->st->scratch : b->a;

	for (size_t i = 0; i < ARRAY_SIZE(type_spellings); i++)
		vec_push(&names, a, (void *)type_spellings[i]);
	for (size_t i = 0; i < ARRAY_SIZE(pg_types); i++)
		if (pg_types[i].typtype != 'p' && pg_types[i].category != 'A')
			vec_push(&names, a, (void *)pg_types[i].name);
	for (size_t i = 0; i < b->cat->types.n; i++)
		vec_push(&names, a, (void *)((const struct type *)b->cat->types.items[i])->name.name);
	return cli_nearest(name, (const char *const *)names.items, names.n);
}

static bool type_spelling(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(type_spellings); i++)
		if (strcmp(type_spellings[i], name) == 0)
			return true;
	return false;
}

/* Type modifiers as the server evaluates them (typenameTypeMod), wherever a
 * type is named, even in a function's signature: each is an integer, a
 * string or a bare identifier (a built-in type's must be integers:
 * typmod_error). False (and an error) when one is not. */
static bool check_typmods(struct names_ctx *c, const PgQuery__TypeName *tn)
{
	for (size_t i = 0; i < tn->n_typmods; i++) {
		const PgQuery__Node *m = tn->typmods[i];
		bool ok = (m->node_case == PG_QUERY__NODE__NODE_A_CONST && !m->a_const->isnull) ||
			  (m->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
			   m->column_ref->n_fields == 1 &&
			   m->column_ref->fields[0]->node_case == PG_QUERY__NODE__NODE_STRING);

		if (!ok) {
			c->err = build_error(c->b, names_at(c, tn->location),
					     "type modifiers must be simple constants or identifiers");
			return false;
		}
	}
	return true;
}

/* The type modifiers of a built-in type out of PostgreSQL 15's range (or
 * not integers), as its typmodin functions refuse them (a precision above 6 for the time
 * types is only a warning there, and accepted here too); NULL if none. */
static const char *typmod_error(struct arena *a, const char *name, const PgQuery__TypeName *tn)
{
	long v[2] = { 0, 0 };
	long max;
	bool length = str_eq(name, "varchar") || str_eq(name, "bpchar"),
	     bits = str_eq(name, "bit") || str_eq(name, "varbit"),
	     time = str_eq(name, "timestamp") || str_eq(name, "timestamptz") ||
		    str_eq(name, "time") || str_eq(name, "timetz");

	for (size_t i = 0; i < tn->n_typmods; i++)
		if (tn->typmods[i]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
		    tn->typmods[i]->a_const->val_case == PG_QUERY__A__CONST__VAL_FVAL)
			return arena_printf(a, "invalid input syntax for type integer: \"%s\"",
					    tn->typmods[i]->a_const->fval->fval);
	if (!length && !bits && !time && !str_eq(name, "numeric"))
		return NULL;
	for (size_t i = 0; i < tn->n_typmods && i < 2; i++) {
		const Node *m = tn->typmods[i];
		if (m->node_case != PG_QUERY__NODE__NODE_A_CONST ||
		    m->a_const->val_case != PG_QUERY__A__CONST__VAL_IVAL)
			return NULL;	/* the server's own message is for later */
		v[i] = m->a_const->ival->ival;
	}
	if (tn->n_typmods > (str_eq(name, "numeric") ? 2u : 1u))
		return "invalid type modifier";
	if (time)
		return v[0] < 0 ? arena_printf(a, "precision of type '%s' must not be negative", name)
				: NULL;
	if (str_eq(name, "numeric")) {
		if (v[0] < 1 || v[0] > 1000)
			return arena_printf(a, "NUMERIC precision %ld must be between 1 and 1000", v[0]);
		if (tn->n_typmods == 2 && (v[1] < -1000 || v[1] > 1000))
			return arena_printf(a, "NUMERIC scale %ld must be between -1000 and 1000", v[1]);
		return NULL;
	}
	max = length ? 10485760 : 83886080;
	if (v[0] < 1)
		return arena_printf(a, "length for type '%s' must be at least 1", name);
	if (v[0] > max)
		return arena_printf(a, "length for type '%s' cannot exceed %ld", name, max);
	return NULL;
}

/* A collation every PostgreSQL 15 database has, or a name shaped like
 * the locales initdb imports from the system and ICU (en_US, de_DE.utf8,
 * C.UTF-8, fr-x-icu, und-x-icu): which of those exist depends on the
 * server's machine, so they are taken on trust. */
static bool server_collation(const char *name)
{
	const char *p = name;
	size_t n = strlen(name);

	if (str_eq(name, "default") || str_eq(name, "C") || str_eq(name, "POSIX") ||
	    str_eq(name, "ucs_basic"))
		return true;
	if (n > 6 && strcmp(name + n - 6, "-x-icu") == 0)
		return true;
	if ((p[0] == 'C' || strncmp(p, "POSIX", 5) == 0) && strchr(p, '.'))
		return true;
	/* libc: ll[l]_TT[.codeset][@modifier] (or _ddd); glibc's one locale
	 * without a territory is Esperanto's. A bare two letters ("ci") is no
	 * collation initdb imports. */
	for (n = 0; islower((unsigned char)p[n]); n++)
		;
	if (n < 2 || n > 3)
		return false;
	if (!(p[n] == '_' || (n == 2 && strncmp(p, "eo", 2) == 0)))
		return false;
	p += n;
	if (*p == '_') {
		p++;
		for (n = 0; isupper((unsigned char)p[n]) || isdigit((unsigned char)p[n]); n++)
			;
		if (n < 2 || n > 3)
			return false;
		p += n;
	}
	if (*p == '.')
		for (p++; isalnum((unsigned char)*p) || *p == '-'; p++)
			;
	if (*p == '@')
		for (p++; isalnum((unsigned char)*p); p++)
			;
	return *p == '\0';
}

/* A collation's name (COLLATE, an index key's, a range type's option):
 * created before this statement, or one the server has. */
static void check_collation(struct names_ctx *c, PgQuery__Node *const *names, size_t n,
			    int location)
{
	struct builder *b = c->b;
	const char *schema = NULL, *name;
	bool found = false;

	if (!n || !(name = build_node_str(names[n - 1])))
		return;
	if (n >= 2)
		schema = build_node_str(names[n - 2]);
	if (c->lenient || (schema && (str_eq(schema, "pg_catalog") || names_outside_schema(b->cat, schema) ||
				      names_extension_schema(b->cat, schema))))
		return;
	if (!schema && server_collation(name))
		return;
	if (schema) {
		struct qname q = { schema, name };
		found = catalog_find_collation(b->cat, &q) != NULL;
	}
	for (size_t i = 0; !schema && i < b->cat->search_path.n && !found; i++) {
		struct qname q = { b->cat->search_path.items[i], name };
		found = catalog_find_collation(b->cat, &q) != NULL;
	}
	if (!found)
		c->err = build_name_error(b, names_at(c, location), "collation",
					  schema ? arena_printf(b->a, "%s.%s", schema, name) : name,
					  DIAG_NAME_MISSING);
}

static void check_type(struct names_ctx *c, const PgQuery__TypeName *tn)
{
	struct builder *b = c->b;
	const char *name, *schema = NULL, *near;
	const struct pg_type_row *pt = NULL;
	const struct type *ut = NULL;
	bool found = false;

	if (tn->pct_type || !tn->n_names || !(name = build_node_str(tn->names[tn->n_names - 1])))
		return;
	if (tn->n_names >= 2)
		schema = build_node_str(tn->names[tn->n_names - 2]);
	if (!check_typmods(c, tn))
		return;
	if (schema && !str_eq(schema, "pg_catalog")) {
		if (names_outside_schema(b->cat, schema) || c->lenient)
			return;
		ut = user_type(b->cat, schema, name, &found);
		/* a schema an extension is created in holds its types too (every
		 * extension of the input is known here: c->lenient otherwise) */
		if (!found && names_extension_schema(b->cat, schema) &&
		    ext_named(b->cat, ext_types, ARRAY_SIZE(ext_types), name))
			return;
	} else if (!(pt = names_pg_type_find(name))) {
		if (!schema && type_spelling(name))
			return;
		if (!schema)
			ut = user_type(b->cat, NULL, name, &found);
		if (!found && (c->lenient || ext_named(b->cat, ext_types, ARRAY_SIZE(ext_types), name)))
			return;
	}
	if (!pt && !found) {
		struct diag *dg = build_name_diag(b, names_at(c, tn->location), "type",
						  schema ? arena_printf(b->a, "%s.%s", schema, name)
							 : name,
						  DIAG_NAME_MISSING);
		if (!schema && (near = nearest_type(b, name)) != NULL)
			diag_set_hint(b->d, dg, "did you mean '%s'?", near);
		c->err = -1;
		return;
	}
	/* a type modifier where the type takes none: built-in types by
	 * pg_type, and domains and enums, which never take one */
	if (tn->n_typmods &&
	    ((pt && !pt->mods) || (ut && (ut->kind == TYPE_DOMAIN || ut->kind == TYPE_ENUM))))
		c->err = build_error(b, names_at(c, tn->location), "type modifier is not allowed for type '%s'",
				     name);
	else if (pt && tn->n_typmods && (near = typmod_error(b->a, name, tn)) != NULL)
		c->err = build_error(b, names_at(c, tn->location), "%s", near);
}

/* ---- types of expressions -------------------------------------------- */

/* Is a built-in result type a concrete one (not polymorphic, not a set)? */
static bool concrete(const char *type)
{
	const struct pg_type_row *t = type[0] ? names_pg_type_find(type) : NULL;
	return t && (t->typtype != 'p' || str_eq(type, "void"));
}

/* A polymorphic result that is never boolean: an array, range or
 * multirange of the arguments' type. */
static bool never_bool(const char *type)
{
	return strstr(type, "array") || strstr(type, "range");
}

/* Adds a row's result to r; false when it could be anything. */
static bool add_result(struct result *r, const char *type, bool *first)
{
	if (!concrete(type)) {
		if (!type[0] || !never_bool(type))
			return false;
		r->mixed = true;
	} else if (*first) {
		r->type = type;
	} else if (!str_eq(r->type, type)) {
		r->mixed = true;
	}
	if (str_eq(type, "bool"))
		r->not_bool = false;
	*first = false;
	return true;
}

void names_expr_type(struct names_ctx *c, const Node *n, struct result *r)
{
	const struct catalog *cat = c->b->cat;
	bool first = true;

	r->type = NULL;
	r->ndims = 0;
	r->not_bool = false;
	r->mixed = false;
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_A_CONST: {
		const PgQuery__AConst *k = n->a_const;
		if (k->isnull)
			return;
		if (k->val_case == PG_QUERY__A__CONST__VAL_IVAL)
			r->type = "int4";
		else if (k->val_case == PG_QUERY__A__CONST__VAL_FVAL &&
			 strspn(k->fval->fval, "0123456789") != strlen(k->fval->fval))
			r->type = "numeric";	/* (digits alone: int8 or numeric) */
		else if (k->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL)
			r->type = "bool";
		break;
	}
	case PG_QUERY__NODE__NODE_TYPE_CAST: {
		const PgQuery__TypeName *tn = n->type_cast->type_name;
		const char *name = tn && tn->n_names ? build_node_str(tn->names[tn->n_names - 1]) : NULL;
		const char *schema = tn && tn->n_names >= 2 ? build_node_str(tn->names[tn->n_names - 2]) : NULL;
		const struct pg_type_row *t = name ? names_pg_type_find(name) : NULL;
		if (t && (!schema || str_eq(schema, "pg_catalog")) && !tn->pct_type &&
		    tn->n_names <= 2 && concrete(t->name)) {
			r->type = t->name;
			r->ndims = (int)tn->n_array_bounds;
		}
		break;
	}
	case PG_QUERY__NODE__NODE_BOOL_EXPR:
	case PG_QUERY__NODE__NODE_NULL_TEST:
	case PG_QUERY__NODE__NODE_BOOLEAN_TEST:
		r->type = "bool";
		break;
	case PG_QUERY__NODE__NODE_FUNC_CALL: {
		const PgQuery__FuncCall *fc = n->func_call;
		const char *name = fc->n_funcname ? build_node_str(fc->funcname[fc->n_funcname - 1]) : NULL;
		size_t nargs = fc->n_args, i;
		if (!name || c->lenient || fc->agg_star || fc->func_variadic || fc->agg_within_group ||
		    fc->over || fc->n_funcname > 2 ||
		    (fc->n_funcname == 2 && !str_eq(build_node_str(fc->funcname[0]), "pg_catalog")) ||
		    (fc->n_funcname == 1 && (user_function(cat, NULL, name) ||
					     (nargs == 1 && column_somewhere(cat, name)))) ||
		    ext_function(cat, name, SIZE_MAX, false))
			return;
		for (i = 0; i < fc->n_args; i++)
			if (fc->args[i]->node_case == PG_QUERY__NODE__NODE_NAMED_ARG_EXPR)
				return;
		r->not_bool = true;
		i = first_named(pg_funcs, ARRAY_SIZE(pg_funcs), sizeof(*pg_funcs), name);
		for (; i < ARRAY_SIZE(pg_funcs) && str_eq(pg_funcs[i].name, name); i++) {
			const struct pg_func_row *f = &pg_funcs[i];
			if (nargs + f->ndefaults >= (size_t)f->nargs &&
			    (f->variadic || nargs <= (size_t)f->nargs) && !add_result(r, f->result, &first))
				goto unsure;
		}
		/* f(x) may be x.f, a column of a composite x: looked for last
		 * (it scans every table) */
		if (first || (fc->n_funcname == 1 && nargs == 1 && column_somewhere(cat, name)))
			goto unsure;
		break;
	}
	case PG_QUERY__NODE__NODE_A_EXPR: {
		const PgQuery__AExpr *e = n->a_expr;
		const char *name = e->n_name ? build_node_str(e->name[e->n_name - 1]) : NULL;
		size_t i;
		if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF)
			return;
		if (e->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP) {
			r->type = "bool";	/* ANY, ALL, DISTINCT, IN, LIKE, BETWEEN, ... */
			break;
		}
		if (!name || c->lenient || e->n_name > 2 || user_operator(cat, name) ||
		    ext_named(cat, ext_opers, ARRAY_SIZE(ext_opers), name) ||
		    (e->n_name == 2 && !str_eq(build_node_str(e->name[0]), "pg_catalog")))
			return;
		r->not_bool = true;
		i = first_named(pg_opers, ARRAY_SIZE(pg_opers), sizeof(*pg_opers), name);
		for (; i < ARRAY_SIZE(pg_opers) && str_eq(pg_opers[i].name, name); i++)
			if (!pg_opers[i].left[0] == !e->lexpr &&
			    !add_result(r, pg_opers[i].result, &first))
				goto unsure;
		if (first)
			goto unsure;
		break;
	}
	default:
		return;
	}
	if (r->mixed) {
		r->type = NULL;
	} else if (r->type) {
		struct typeref t;
		names_pg_typeref(&t, r->type);
		r->type = t.name;
		r->ndims += t.ndims;
		r->not_bool = !str_eq(r->type, "bool") || r->ndims > 0;
	}
	return;
unsure:
	r->type = NULL;
	r->not_bool = false;
}

const char *names_type_text(struct builder *b, const char *schema, const char *name, int ndims)
{
	struct typeref t = { schema, name, NULL, ndims };
	struct strbuf sb;
	const char *s;

	sb_init(&sb);
	sb_type(&sb, &t);
	s = arena_strdup(b->st->scratch ? b->st->scratch : b->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* A CHECK, POLICY, WHERE or WHEN argument (what) that is not boolean. */
static void check_boolean(struct names_ctx *c, const Node *n, const char *what)
{
	struct result r;

	if (!n || c->err)
		return;
	names_expr_type(c, n, &r);
	if (!r.not_bool)
		return;
	if (r.type)
		c->err = build_error(c->b, -1, "argument of %s must be type boolean, not type %s",
				     what, names_type_text(c->b, "pg_catalog", r.type, r.ndims));
	else
		c->err = build_error(c->b, -1, "argument of %s must be type boolean", what);
}

/* A DEFAULT or generation expression (what) of column col, of type to: a
 * type with no assignment cast to the column's is refused. */
static void check_assignment(struct names_ctx *c, const char *col, const struct typeref *to,
			     const Node *n, const char *what)
{
	struct result r;
	struct typeref from = { "pg_catalog", NULL, NULL, 0 };

	if (!n || c->err || !str_eq(to->schema, "pg_catalog"))
		return;
	names_expr_type(c, n, &r);
	from.name = r.type;
	from.ndims = r.ndims;
	if (!from.name || cast_context(&from, to) == CAST_ASSIGNMENT ||
	    cast_context(&from, to) == CAST_IMPLICIT)
		return;
	c->err = build_error(c->b, -1, "column '%s' is of type %s but %s is of type %s", col,
			     names_type_text(c->b, to->schema, to->name, to->ndims), what,
			     names_type_text(c->b, "pg_catalog", from.name, from.ndims));
	diag_set_hint(c->b->d, c->b->d->list.items[c->b->d->list.n - 1],
		      "rewrite or cast the expression");
}

/* A column reference in a generation expression naming a generated column
 * (of gen, the generated columns' names). */
struct genwatch {
	const struct ptrvec *gen;
	const char *found;
};

static void gen_each(ProtobufCMessage *m, void *vctx)
{
	struct genwatch *w = vctx;
	const PgQuery__ColumnRef *cr = (const PgQuery__ColumnRef *)m;
	const char *name;

	if (w->found || m->descriptor != &pg_query__column_ref__descriptor || !cr->n_fields)
		return;
	name = build_node_str(cr->fields[cr->n_fields - 1]);
	for (size_t i = 0; name && i < w->gen->n; i++)
		if (str_eq(w->gen->items[i], name))
			w->found = name;
}

/* The DEFAULT and GENERATED of a column definition; gen: the names of the
 * table's generated columns. */
static void check_column(struct names_ctx *c, const PgQuery__ColumnDef *cd,
			 const struct ptrvec *gen)
{
	struct typeref to;
	bool serial;

	if (!cd->type_name || !cd->colname)
		return;
	typeref_from_node(&to, c->b->st->scratch ? c->b->st->scratch : c->b->a, c->b->cat,
			  cd->type_name, &serial);
	for (size_t i = 0; i < cd->n_constraints && !c->err; i++) {
		const PgQuery__Constraint *k = cd->constraints[i]->constraint;
		if (cd->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT || !k->raw_expr)
			continue;
		if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT && !serial) {
			check_assignment(c, cd->colname, &to, k->raw_expr, "default expression");
			names_check_label(c, &to, k->raw_expr, k->location);
		}
		if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED) {
			struct genwatch w = { gen, NULL };
			const char *missing = names_missing_column(c, k->raw_expr);
			message_each((ProtobufCMessage *)k->raw_expr, gen_each, &w);
			if (missing)
				c->err = build_error(c->b, -1, "column '%s' does not exist", missing);
			else if (w.found)
				c->err = build_error(c->b, -1, "cannot use generated column '%s' in "
						     "column generation expression", w.found);
			else
				check_assignment(c, cd->colname, &to, k->raw_expr,
						 "generation expression");
		}
	}
}

static bool column_generated(const PgQuery__ColumnDef *cd)
{
	for (size_t i = 0; i < cd->n_constraints; i++)
		if (cd->constraints[i]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
		    cd->constraints[i]->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED)
			return true;
	return false;
}

/* CHECK constraints anywhere in the statement must be boolean. */
static void checks_each(ProtobufCMessage *m, void *vctx)
{
	struct names_ctx *c = vctx;
	const PgQuery__Constraint *k = (const PgQuery__Constraint *)m;

	if (m->descriptor == &pg_query__constraint__descriptor &&
	    k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK)
		check_boolean(c, k->raw_expr, "CHECK");
}

/* The types of the expressions of stmt, where they are certain. */
static void check_types(struct names_ctx *c, Node *stmt)
{
	struct arena *a = c->b->st->scratch ? c->b->st->scratch : c->b->a;
	struct ptrvec gen = { 0 };

	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_STMT: {
		PgQuery__CreateStmt *cs = stmt->create_stmt;
		for (size_t i = 0; i < cs->n_table_elts; i++)
			if (cs->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF &&
			    column_generated(cs->table_elts[i]->column_def))
				vec_push(&gen, a, cs->table_elts[i]->column_def->colname);
		for (size_t i = 0; i < cs->n_table_elts && !c->err; i++)
			if (cs->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
				check_column(c, cs->table_elts[i]->column_def, &gen);
		break;
	}
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
		PgQuery__AlterTableStmt *as = stmt->alter_table_stmt;
		struct table *t = as->relation ? build_lookup_table(c->b, as->relation, true) : NULL;
		for (size_t i = 0; t && i < t->columns.n; i++) {
			const struct column *col = t->columns.items[i];
			if (col->generated)
				vec_push(&gen, a, (void *)col->name);
		}
		for (size_t i = 0; i < as->n_cmds && !c->err; i++) {
			const PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
			if (as->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD || !cmd->def)
				continue;
			if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn &&
			    cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
				check_column(c, cmd->def->column_def, &gen);
			if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault && t) {
				const struct column *col = table_find_column(t, cmd->name);
				if (col && !col->generated) {
					check_assignment(c, col->name, &col->type, cmd->def,
							 "default expression");
					names_check_label(c, &col->type, cmd->def, -1);
				}
			}
		}
		break;
	}
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		check_boolean(c, stmt->index_stmt->where_clause, "WHERE");
		break;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		check_boolean(c, stmt->create_policy_stmt->qual, "POLICY");
		check_boolean(c, stmt->create_policy_stmt->with_check, "POLICY");
		break;
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
		check_boolean(c, stmt->alter_policy_stmt->qual, "POLICY");
		check_boolean(c, stmt->alter_policy_stmt->with_check, "POLICY");
		break;
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		check_boolean(c, stmt->create_trig_stmt->when_clause, "WHEN");
		break;
	default:
		break;
	}
	if (c->err)
		return;
	if (c->walked == stmt) {
		for (size_t i = 0; i < c->checks.n; i++)
			check_boolean(c, ((const PgQuery__Constraint *)c->checks.items[i])->raw_expr, "CHECK");
	} else {
		message_each((ProtobufCMessage *)stmt, checks_each, c);
	}
}

/* ---- the walk --------------------------------------------------------- */

static void names_each(ProtobufCMessage *m, void *vctx)
{
	struct names_ctx *c = vctx;

	if (c->err)
		return;
	if (m->descriptor == &pg_query__constraint__descriptor &&
	    ((const PgQuery__Constraint *)m)->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK)
		vec_push(&c->checks, c->b->st->scratch ? c->b->st->scratch : c->b->a, m);
	if (m->descriptor == &pg_query__def_elem__descriptor) {
		const PgQuery__DefElem *d = (const PgQuery__DefElem *)m;
		bool range = c->b->st->node &&
			     c->b->st->node->node_case == PG_QUERY__NODE__NODE_CREATE_RANGE_STMT;
		/* an option's value is a name, not a type; a range's subtype is a type */
		if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME &&
		    !(range && str_eq(d->defname, "subtype"))) {
			vec_push(&c->options, c->b->st->scratch ? c->b->st->scratch : c->b->a,
				 d->arg->type_name);
			/* CREATE TYPE ... AS RANGE (collation = name) */
			if (range && str_eq(d->defname, "collation"))
				check_collation(c, d->arg->type_name->names, d->arg->type_name->n_names,
						d->location);
		}
	} else if (m->descriptor == &pg_query__index_elem__descriptor) {
		const PgQuery__IndexElem *ie = (const PgQuery__IndexElem *)m;
		check_collation(c, ie->collation, ie->n_collation, -1);
	} else if (m->descriptor == &pg_query__func_call__descriptor)
		check_call(c, (const PgQuery__FuncCall *)m);
	else if (m->descriptor == &pg_query__a__expr__descriptor) {
		check_operator(c, (const PgQuery__AExpr *)m);
		if (!c->err)
			names_check_compared_labels(c, (const PgQuery__AExpr *)m);
	} else if (m->descriptor == &pg_query__type_cast__descriptor)
		names_check_cast_label(c, (const PgQuery__TypeCast *)m);
	else if (m->descriptor == &pg_query__collate_clause__descriptor)
		check_collation(c, ((const PgQuery__CollateClause *)m)->collname,
				((const PgQuery__CollateClause *)m)->n_collname,
				((const PgQuery__CollateClause *)m)->location);
	else if (m->descriptor == &pg_query__type_name__descriptor) {
		for (size_t i = 0; i < c->options.n; i++)
			if (c->options.items[i] == (void *)m)
				return;
		check_type(c, (const PgQuery__TypeName *)m);
	}
}

void names_walk(struct names_ctx *c, void *m)
{
	if (m && !c->err) {
		c->checks.n = 0;
		c->walked = m;
		message_each(m, names_each, c);
	}
}

/* The string body of a LANGUAGE sql function whose body PostgreSQL
 * analyzes at CREATE (check_function_bodies, no polymorphic argument), or
 * NULL. */
static const char *checked_sql_body(const struct catalog *cat,
				    const PgQuery__CreateFunctionStmt *fs)
{
	const char *language = NULL, *body = NULL;

	if (cat->no_body_checks || fs->sql_body)
		return NULL;
	for (size_t i = 0; i < fs->n_options; i++) {
		const PgQuery__DefElem *d = fs->options[i]->def_elem;
		if (fs->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || !d->arg)
			continue;
		if (str_eq(d->defname, "language"))
			language = build_node_str(d->arg);
		if (str_eq(d->defname, "as") && d->arg->node_case == PG_QUERY__NODE__NODE_LIST &&
		    d->arg->list->n_items == 1)
			body = build_node_str(d->arg->list->items[0]);
	}
	if (!str_eq(language, "sql") || !body)
		return NULL;
	for (size_t i = 0; i < fs->n_parameters; i++) {
		const PgQuery__FunctionParameter *fp = fs->parameters[i]->function_parameter;
		const PgQuery__TypeName *tn = fs->parameters[i]->node_case ==
			PG_QUERY__NODE__NODE_FUNCTION_PARAMETER ? fp->arg_type : NULL;
		const char *name = tn && tn->n_names ? build_node_str(tn->names[tn->n_names - 1]) : NULL;
		if (name && strncmp(name, "any", 3) == 0)
			return NULL;
	}
	return body;
}

static bool query_stmt(const Node *s)
{
	return s && (s->node_case == PG_QUERY__NODE__NODE_SELECT_STMT ||
		     s->node_case == PG_QUERY__NODE__NODE_INSERT_STMT ||
		     s->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT ||
		     s->node_case == PG_QUERY__NODE__NODE_DELETE_STMT);
}

/* Does a CREATE FUNCTION set a parameter (SET search_path = ...): its body
 * then finds relations by a search_path schemac does not follow. */
static bool function_sets(const PgQuery__CreateFunctionStmt *fs)
{
	for (size_t i = 0; i < fs->n_options; i++)
		if (fs->options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    str_eq(fs->options[i]->def_elem->defname, "set"))
			return true;
	return false;
}

/* The queries of a SQL body (utility statements are not analyzed); the
 * relations they name too, when relations and the body is queries alone
 * (a utility statement may create what a later query reads). */
static void names_in_body(struct names_ctx *c, const char *body, bool relations)
{
	PgQuery__ParseResult *pr = parse_sql(c->b->st->scratch ? c->b->st->scratch : c->b->a, body);

	for (size_t i = 0; pr && i < pr->n_stmts; i++)
		if (!query_stmt(pr->stmts[i]->stmt))
			relations = false;
	c->in_body = true;
	for (size_t i = 0; pr && i < pr->n_stmts && !c->err; i++) {
		Node *s = pr->stmts[i]->stmt;
		if (query_stmt(s))
			names_walk(c, s);
		if (query_stmt(s) && relations && !c->err)
			names_check_body_relations(c, s);
	}
	c->in_body = false;
}

/* The LANGUAGE of a CREATE FUNCTION as written, or NULL. */
static const char *function_language(const PgQuery__CreateFunctionStmt *fs)
{
	for (size_t i = 0; i < fs->n_options; i++) {
		const PgQuery__DefElem *d = fs->options[i]->def_elem;
		if (fs->options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    str_eq(d->defname, "language") && d->arg)
			return build_node_str(d->arg);
	}
	return NULL;
}

/* A trigger function's result, as its language's validator checks it: SQL
 * cannot return trigger, PL/pgSQL's takes no declared arguments. */
static void check_trigger_result(struct names_ctx *c, const PgQuery__CreateFunctionStmt *fs)
{
	const PgQuery__TypeName *rt = fs->return_type;
	const char *language = function_language(fs);
	const char *name = rt && rt->n_names && !rt->n_array_bounds
		? build_node_str(rt->names[rt->n_names - 1]) : NULL;

	if (!name || (!str_eq(name, "trigger") && !str_eq(name, "event_trigger")) ||
	    (rt->n_names == 2 && !str_eq(build_node_str(rt->names[0]), "pg_catalog")) || rt->n_names > 2)
		return;
	if (str_eq(language, "sql"))
		c->err = build_error(c->b, -1, "SQL functions cannot return type %s", name);
	else if (str_eq(language, "plpgsql") && fs->n_parameters)
		c->err = build_error(c->b, -1, "%s functions cannot have declared arguments",
				     str_eq(name, "trigger") ? "trigger" : "event trigger");
}

/* A language PostgreSQL creates shell types for (C): its signature's
 * types need not exist yet. */
static bool shell_language(const PgQuery__CreateFunctionStmt *fs)
{
	for (size_t i = 0; i < fs->n_options; i++) {
		const PgQuery__DefElem *d = fs->options[i]->def_elem;
		if (fs->options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    str_eq(d->defname, "language") && d->arg &&
		    (str_eq(build_node_str(d->arg), "c") || str_eq(build_node_str(d->arg), "internal")))
			return true;
	}
	return false;
}

static void sublink_each(ProtobufCMessage *m, void *vctx)
{
	if (m->descriptor == &pg_query__sub_link__descriptor)
		*(bool *)vctx = true;
}

static bool has_sublink(Node *stmt)
{
	bool found = false;
	message_each((ProtobufCMessage *)stmt, sublink_each, &found);
	return found;
}

int build_check_names(struct builder *b, Node *stmt)
{
	struct names_ctx c = { .b = b, .lenient = names_lenient(b->cat) };

	if (b->quiet)
		return 0;
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_STMT:
		c.create = stmt->create_stmt;
		names_walk(&c, stmt);
		if (!c.err && stmt->create_stmt->partbound && stmt->create_stmt->n_inh_relations == 1 &&
		    stmt->create_stmt->inh_relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
			names_check_bound_labels(&c, build_lookup_table(b, stmt->create_stmt->inh_relations[0]->range_var,
							    true), stmt->create_stmt->partbound);
		break;
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
		if (stmt->alter_table_stmt->relation &&
		    stmt->alter_table_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
			c.table = build_lookup_table(b, stmt->alter_table_stmt->relation, true);
			c.alter = c.table ? stmt->alter_table_stmt : NULL;
		}
		names_walk(&c, stmt);
		for (size_t i = 0; c.table && !c.err && i < stmt->alter_table_stmt->n_cmds; i++) {
			const PgQuery__AlterTableCmd *cmd = stmt->alter_table_stmt->cmds[i]->alter_table_cmd;
			if (stmt->alter_table_stmt->cmds[i]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
			    cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition && cmd->def &&
			    cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD &&
			    cmd->def->partition_cmd->bound)
				names_check_bound_labels(&c, c.table, cmd->def->partition_cmd->bound);
		}
		break;
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		if (stmt->index_stmt->relation)
			c.table = build_lookup_table(b, stmt->index_stmt->relation, true);
		names_walk(&c, stmt);
		break;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		/* about its table alone when it holds no subquery */
		if (stmt->create_policy_stmt->table && !has_sublink(stmt))
			c.table = build_lookup_table(b, stmt->create_policy_stmt->table, true);
		names_walk(&c, stmt);
		break;
	case PG_QUERY__NODE__NODE_VIEW_STMT:
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
	case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
	case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
	case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
		names_walk(&c, stmt);
		break;
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		if (stmt->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
			names_walk(&c, stmt->create_table_as_stmt->query);
		break;
	case PG_QUERY__NODE__NODE_DEFINE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_CAST_STMT:
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
		names_check_definition(&c, stmt);
		break;
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: {
		PgQuery__CreateTrigStmt *ts = stmt->create_trig_stmt;
		names_walk(&c, ts->when_clause);
		if (!c.err && ts->n_funcname)
			check_trigger_function(&c, ts->funcname, ts->n_funcname);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
		PgQuery__CreateFunctionStmt *fs = stmt->create_function_stmt;
		if (shell_language(fs))
			break;
		for (size_t i = 0; i < fs->n_parameters; i++)
			names_walk(&c, fs->parameters[i]);
		names_walk(&c, fs->return_type);
		if (!c.err)
			check_trigger_result(&c, fs);
		names_walk(&c, fs->sql_body);
		if (!c.err && fs->sql_body && !function_sets(fs))
			names_check_body_relations(&c, fs->sql_body);
		if (!c.err && checked_sql_body(b->cat, fs))
			names_in_body(&c, checked_sql_body(b->cat, fs), !function_sets(fs));
		break;
	}
	default:
		break;
	}
	if (!c.err)
		check_types(&c, stmt);
	return c.err;
}
