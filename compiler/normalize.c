/*
 * normalize.c - PostgreSQL's spellings: type names, sequence parameters,
 * and expressions as normalized trees.
 *
 * Expressions: the tree as written is packed (protobuf) with every location
 * zeroed, for printing; then the tree is rewritten bottom-up into a canonical
 * form and packed again, and the XXH3-128 of those bytes is the comparison
 * key. The rewrite removes what pg_dump adds or spells differently:
 *   - casts on constants ('x'::text, (0)::numeric, '-1'::integer), on
 *     arrays of constants, and on columns (the implicit casts pg_dump
 *     spells out: (name)::text, (qty)::numeric);
 *   - constants compared by their text ('5' and 5 are the same default);
 *   - x IN (a, b) as x = ANY (ARRAY[a, b]), NOT IN as <> ALL;
 *   - BETWEEN as two comparisons; LIKE/ILIKE as the ~~ operators;
 *   - nested AND/OR flattened;
 *   - pg_catalog. and public. dropped from function, type and collation
 *     names, and from the sequence name inside nextval('...');
 *   - column references reduced to the column name.
 */
#include "normalize.h"
#include "interval.h"
#include "node.h"
#include "parse.h"
#include "arena.h"
#include "strbuf.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <xxhash.h>

/* ---- node helpers ----------------------------------------------------- */

static const char *str_of(const Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : NULL;
}

static Node *make_node(struct arena *a)
{
	Node *n = arena_alloc(a, sizeof(*n));
	pg_query__node__init(n);
	return n;
}

static Node *make_string_const(struct arena *a, const char *s)
{
	Node *n = make_node(a);
	PgQuery__AConst *c = arena_alloc(a, sizeof(*c));
	PgQuery__String *str = arena_alloc(a, sizeof(*str));

	pg_query__a__const__init(c);
	pg_query__string__init(str);
	str->sval = (char *)s;
	c->val_case = PG_QUERY__A__CONST__VAL_SVAL;
	c->sval = str;
	n->node_case = PG_QUERY__NODE__NODE_A_CONST;
	n->a_const = c;
	return n;
}

static Node **node_array(struct arena *a, size_t n)
{
	return arena_alloc(a, (n ? n : 1) * sizeof(Node *));
}

static Node *make_op(struct arena *a, const char *op, Node *l, Node *r)
{
	Node *n = make_node(a);
	PgQuery__AExpr *e = arena_alloc(a, sizeof(*e));

	pg_query__a__expr__init(e);
	e->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
	e->n_name = 1;
	e->name = node_array(a, 1);
	e->name[0] = make_node(a);
	e->name[0]->node_case = PG_QUERY__NODE__NODE_STRING;
	e->name[0]->string = arena_alloc(a, sizeof(PgQuery__String));
	pg_query__string__init(e->name[0]->string);
	e->name[0]->string->sval = (char *)op;
	e->lexpr = l;
	e->rexpr = r;
	n->node_case = PG_QUERY__NODE__NODE_A_EXPR;
	n->a_expr = e;
	return n;
}

static Node *make_bool(struct arena *a, PgQuery__BoolExprType op, Node *x, Node *y)
{
	Node *n = make_node(a);
	PgQuery__BoolExpr *b = arena_alloc(a, sizeof(*b));

	pg_query__bool_expr__init(b);
	b->boolop = op;
	b->n_args = 2;
	b->args = node_array(a, 2);
	b->args[0] = x;
	b->args[1] = y;
	n->node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
	n->bool_expr = b;
	return n;
}

/* ---- type names ------------------------------------------------------- */

/* pg_catalog's types, by internal name (PostgreSQL 15's pg_type). */
static const char *const builtin_types[] = {
	"aclitem", "any", "anyarray", "anycompatible", "anycompatiblearray",
	"anycompatiblemultirange", "anycompatiblenonarray", "anycompatiblerange",
	"anyelement", "anyenum", "anymultirange", "anynonarray", "anyrange", "bit",
	"bool", "box", "bpchar", "bytea", "char", "cid", "cidr", "circle", "cstring",
	"date", "datemultirange", "daterange", "event_trigger", "fdw_handler",
	"float4", "float8", "gtsvector", "index_am_handler", "inet", "int2",
	"int2vector", "int4", "int4multirange", "int4range", "int8", "int8multirange",
	"int8range", "internal", "interval", "json", "jsonb", "jsonpath",
	"language_handler", "line", "lseg", "macaddr", "macaddr8", "money", "name",
	"numeric", "nummultirange", "numrange", "oid", "oidvector", "path",
	"pg_brin_bloom_summary", "pg_brin_minmax_multi_summary", "pg_ddl_command",
	"pg_dependencies", "pg_lsn", "pg_mcv_list", "pg_ndistinct", "pg_node_tree",
	"pg_snapshot", "point", "polygon", "record", "refcursor", "regclass",
	"regcollation", "regconfig", "regdictionary", "regnamespace", "regoper",
	"regoperator", "regproc", "regprocedure", "regrole", "regtype",
	"table_am_handler", "text", "tid", "time", "timestamp", "timestamptz",
	"timetz", "trigger", "tsm_handler", "tsmultirange", "tsquery", "tsrange",
	"tstzmultirange", "tstzrange", "tsvector", "txid_snapshot", "unknown", "uuid",
	"varbit", "varchar", "void", "xid", "xid8", "xml",
};

/* Spellings the grammar leaves alone that name built-in types. */
static const struct {
	const char *alias;
	const char *name;
} type_aliases[] = {
	{ "int", "int4" },		{ "integer", "int4" },
	{ "smallint", "int2" },		{ "bigint", "int8" },
	{ "real", "float4" },		{ "float", "float8" },
	{ "double precision", "float8" }, { "boolean", "bool" },
	{ "decimal", "numeric" },	{ "dec", "numeric" },
	{ "character varying", "varchar" }, { "character", "bpchar" },
	{ "bit varying", "varbit" },
};

static const struct {
	const char *name;
	const char *type;
} serial_types[] = {
	{ "serial", "int4" },	  { "serial4", "int4" },  { "bigserial", "int8" },
	{ "serial8", "int8" },	  { "smallserial", "int2" }, { "serial2", "int2" },
};

/* The static spelling of a built-in type name, or NULL. */
static const char *builtin_type(const char *name)
{
	size_t lo = 0, hi = ARRAY_SIZE(builtin_types);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, builtin_types[mid]);
		if (c == 0)
			return builtin_types[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

bool is_builtin_type(const char *name)
{
	return builtin_type(name) != NULL;
}

static const char *type_alias(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(type_aliases); i++)
		if (strcmp(name, type_aliases[i].alias) == 0)
			return type_aliases[i].name;
	return name;
}

/* Text of the interval field mask, as format_type prints it. */
static const char *interval_fields(int mask)
{
	enum { MONTH = 1 << 1, YEAR = 1 << 2, DAY = 1 << 3, HOUR = 1 << 10,
	       MINUTE = 1 << 11, SECOND = 1 << 12 };
	static const struct {
		int mask;
		const char *text;
	} fields[] = {
		{ YEAR, " year" }, { MONTH, " month" }, { DAY, " day" },
		{ HOUR, " hour" }, { MINUTE, " minute" }, { SECOND, " second" },
		{ YEAR | MONTH, " year to month" }, { DAY | HOUR, " day to hour" },
		{ DAY | HOUR | MINUTE, " day to minute" },
		{ DAY | HOUR | MINUTE | SECOND, " day to second" },
		{ HOUR | MINUTE, " hour to minute" },
		{ HOUR | MINUTE | SECOND, " hour to second" },
		{ MINUTE | SECOND, " minute to second" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
		if (fields[i].mask == mask)
			return fields[i].text;
	return "";
}

/* A typmod value: an integer constant, or the text of anything else. */
static bool typmod_int(const Node *n, long *out)
{
	if (n && n->node_case == PG_QUERY__NODE__NODE_A_CONST &&
	    n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
		*out = n->a_const->ival->ival;
		return true;
	}
	return false;
}

static const char *typmods_text(struct arena *a, const char *name,
				PgQuery__Node **mods, size_t nmods)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;
	long v;

	if (nmods == 0)
		return NULL;
	if (strcmp(name, "interval") == 0) {
		long mask = 0x7FFF;
		typmod_int(mods[0], &mask);
		sb_adds(&sb, interval_fields((int)mask));
		if (nmods > 1 && typmod_int(mods[1], &v))
			sb_addf(&sb, "(%ld)", v);
	} else if (strcmp(name, "numeric") == 0 && nmods == 1 && typmod_int(mods[0], &v)) {
		sb_addf(&sb, "(%ld,0)", v);	/* numeric(p) is numeric(p,0) */
	} else {
		sb_addc(&sb, '(');
		for (size_t i = 0; i < nmods; i++) {
			if (i)
				sb_addc(&sb, ',');
			if (typmod_int(mods[i], &v)) {
				sb_addf(&sb, "%ld", v);
			} else if (mods[i]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
				   mods[i]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
				sb_adds(&sb, mods[i]->a_const->sval->sval);
			} else if (mods[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
				   mods[i]->column_ref->n_fields == 1) {
				sb_adds(&sb, str_of(mods[i]->column_ref->fields[0]));
			}
		}
		sb_addc(&sb, ')');
	}
	s = sb.len ? arena_strndup(a, sb.buf, sb.len) : NULL;
	sb_release(&sb);
	return s;
}

void typeref_from_node(struct typeref *out, struct arena *a, const struct catalog *cat,
		       const PgQuery__TypeName *tn, bool *serial)
{
	const char *schema = NULL, *name;
	size_t n = tn->n_names;

	memset(out, 0, sizeof(*out));
	if (serial)
		*serial = false;
	name = str_of(tn->names[n - 1]);
	if (n >= 2)
		schema = str_of(tn->names[n - 2]);
	out->ndims = tn->n_array_bounds > 0 ? 1 : 0;

	if (!schema || strcmp(schema, "pg_catalog") == 0) {
		const char *canon = type_alias(name);
		if (!schema && serial) {
			for (size_t i = 0; i < ARRAY_SIZE(serial_types); i++) {
				if (strcmp(name, serial_types[i].name) == 0) {
					*serial = true;
					canon = serial_types[i].type;
				}
			}
		}
		if (schema || is_builtin_type(canon)) {
			out->schema = "pg_catalog";
			out->name = builtin_type(canon) ? builtin_type(canon) : arena_strdup(a, canon);
			out->mods = typmods_text(a, canon, tn->typmods, tn->n_typmods);
			return;
		}
	}
	if (!schema) {
		/* the first schema on the search_path holding such a type */
		for (size_t i = 0; i < cat->search_path.n && !schema; i++) {
			struct qname q = { cat->search_path.items[i], name };
			if (catalog_find_type(cat, &q))
				schema = q.schema;
		}
		if (!schema)
			schema = catalog_creation_schema(cat);
		if (!schema)
			schema = "public";
	}
	out->schema = arena_strdup(a, schema);
	out->name = arena_strdup(a, name);
	out->mods = typmods_text(a, name, tn->typmods, tn->n_typmods);
}

bool typeref_equal(const struct typeref *x, const struct typeref *y)
{
	return str_eq(x->schema, y->schema) && str_eq(x->name, y->name) &&
	       str_eq(x->mods, y->mods) && x->ndims == y->ndims;
}

/* ---- sequences -------------------------------------------------------- */

static void type_bounds(const char *astype, int64_t *min, int64_t *max)
{
	if (strcmp(astype, "int2") == 0) {
		*min = -32768;
		*max = 32767;
	} else if (strcmp(astype, "int4") == 0) {
		*min = INT32_MIN;
		*max = INT32_MAX;
	} else {
		*min = INT64_MIN;
		*max = INT64_MAX;
	}
}

void seqopts_defaults(struct seqopts *o, const char *astype, int64_t increment)
{
	int64_t tmin, tmax;

	type_bounds(astype, &tmin, &tmax);
	o->astype = astype;
	o->increment = increment ? increment : 1;
	o->minvalue = o->increment > 0 ? 1 : tmin;
	o->maxvalue = o->increment > 0 ? tmax : -1;
	o->start = o->increment > 0 ? o->minvalue : o->maxvalue;
	o->cache = 1;
	o->cycle = false;
}

static bool defelem_int(const Node *arg, int64_t *out)
{
	char *end;

	if (!arg)
		return false;
	if (arg->node_case == PG_QUERY__NODE__NODE_INTEGER) {
		*out = arg->integer->ival;
		return true;
	}
	if (arg->node_case == PG_QUERY__NODE__NODE_FLOAT) {
		errno = 0;
		*out = strtoll(arg->float_->fval, &end, 10);
		return errno == 0 && *end == '\0';
	}
	return false;
}

const char *seqopts_apply(struct seqopts *o, struct arena *a, PgQuery__Node **opts,
			  size_t nopts, const char *create_type, struct qname *owned_by,
			  const char **owned_col, bool *owned_none, const char **seqname)
{
	bool create = create_type != NULL;
	const char *astype = create ? create_type : o->astype;
	int64_t oldmin, oldmax, tmin, tmax;
	bool has_min = false, has_max = false, no_min = false,
	     no_max = false, has_start = false, has_cache = false, has_cycle = false;
	int64_t inc = create ? 1 : o->increment, min = 0, max = 0, start = 0, cache = 1;
	bool cycle = false;

	for (size_t i = 0; i < nopts; i++) {
		PgQuery__DefElem *d = opts[i]->def_elem;
		const char *n = d->defname;

		if (opts[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (strcmp(n, "as") == 0) {
			struct typeref tr;
			if (!d->arg || d->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
				return "AS needs a type";
			{
				const PgQuery__TypeName *tn = d->arg->type_name;
				const char *tname = str_of(tn->names[tn->n_names - 1]);
				memset(&tr, 0, sizeof(tr));
				tr.name = builtin_type(type_alias(tname));
			}
			if (!tr.name || (strcmp(tr.name, "int2") && strcmp(tr.name, "int4") &&
					 strcmp(tr.name, "int8")))
				return "sequence type must be smallint, integer, or bigint";
			astype = tr.name;
		} else if (strcmp(n, "increment") == 0) {
			if (!defelem_int(d->arg, &inc) || inc == 0)
				return "INCREMENT must not be zero";
		} else if (strcmp(n, "minvalue") == 0) {
			if (d->arg) {
				if (!defelem_int(d->arg, &min))
					return "bad MINVALUE";
				has_min = true;
			} else {
				no_min = true;
			}
		} else if (strcmp(n, "maxvalue") == 0) {
			if (d->arg) {
				if (!defelem_int(d->arg, &max))
					return "bad MAXVALUE";
				has_max = true;
			} else {
				no_max = true;
			}
		} else if (strcmp(n, "start") == 0) {
			if (!defelem_int(d->arg, &start))
				return "bad START";
			has_start = true;
		} else if (strcmp(n, "restart") == 0) {
			/* the current value is data, not schema */
		} else if (strcmp(n, "cache") == 0) {
			if (!defelem_int(d->arg, &cache) || cache < 1)
				return "CACHE must be at least 1";
			has_cache = true;
		} else if (strcmp(n, "cycle") == 0) {
			cycle = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN &&
				d->arg->boolean->boolval;
			has_cycle = true;
		} else if (strcmp(n, "owned_by") == 0) {
			PgQuery__List *l = d->arg ? d->arg->list : NULL;
			if (!l || d->arg->node_case != PG_QUERY__NODE__NODE_LIST)
				return "bad OWNED BY";
			if (l->n_items == 1 && strcmp(str_of(l->items[0]), "none") == 0) {
				if (owned_none)
					*owned_none = true;
			} else if (owned_by && owned_col) {
				if (l->n_items < 2)
					return "OWNED BY needs table.column";
				*owned_col = arena_strdup(a, str_of(l->items[l->n_items - 1]));
				owned_by->name = arena_strdup(a, str_of(l->items[l->n_items - 2]));
				owned_by->schema = l->n_items >= 3
					? arena_strdup(a, str_of(l->items[l->n_items - 3])) : NULL;
			}
		} else if (strcmp(n, "sequence_name") == 0) {
			if (seqname && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST) {
				PgQuery__List *l = d->arg->list;
				*seqname = arena_strdup(a, str_of(l->items[l->n_items - 1]));
			}
		} else {
			return arena_printf(a, "option \"%s\" not recognized", n);
		}
	}

	type_bounds(create ? astype : o->astype, &oldmin, &oldmax);
	if (create) {
		seqopts_defaults(o, astype, inc);
	} else {
		/* ALTER ... AS: bounds that were the old type's follow the new type */
		type_bounds(astype, &tmin, &tmax);
		if (strcmp(astype, o->astype) != 0) {
			if (o->increment > 0 && o->maxvalue == oldmax)
				o->maxvalue = tmax;
			if (o->increment < 0 && o->minvalue == oldmin)
				o->minvalue = tmin;
		}
		o->astype = astype;
		o->increment = inc;
	}
	type_bounds(astype, &tmin, &tmax);
	if (has_min)
		o->minvalue = min;
	else if (no_min)
		o->minvalue = o->increment > 0 ? 1 : tmin;
	if (has_max)
		o->maxvalue = max;
	else if (no_max)
		o->maxvalue = o->increment > 0 ? tmax : -1;
	if (has_start)
		o->start = start;
	else if (create)
		o->start = o->increment > 0 ? o->minvalue : o->maxvalue;
	if (has_cache)
		o->cache = cache;
	if (has_cycle)
		o->cycle = cycle;
	if (o->minvalue < tmin || o->maxvalue > tmax)
		return "MINVALUE or MAXVALUE is out of range for the sequence's type";
	if (o->minvalue >= o->maxvalue)
		return "MINVALUE must be less than MAXVALUE";
	if (o->start < o->minvalue || o->start > o->maxvalue)
		return "START value must lie between MINVALUE and MAXVALUE";
	return NULL;
}

/* ---- expressions ------------------------------------------------------ */

struct norm_ctx {
	struct arena *a;
	bool keep_qualifiers;	/* column references keep their range entry */
	struct ptrvec stars;	/* PgQuery__ColumnRef *: `x.*` that a target
				 * list expands into columns */
};

/* x.*: a whole row, or (directly in a target list) its columns. */
static bool is_row_star(const Node *n)
{
	const PgQuery__ColumnRef *c;

	if (!n || n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
		return false;
	c = n->column_ref;
	return c->n_fields >= 2 &&
	       c->fields[c->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR;
}

/* Before the children: the target list's `x.*`, which stay. */
static bool norm_pre(Node **slot, void *vctx)
{
	struct norm_ctx *ctx = vctx;

	if ((*slot)->node_case == PG_QUERY__NODE__NODE_RES_TARGET &&
	    is_row_star((*slot)->res_target->val))
		vec_push(&ctx->stars, ctx->a, (*slot)->res_target->val->column_ref);
	return true;
}

static bool is_const(const Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST;
}

/* Drops a pg_catalog. or public. qualifier from a name list. */
static void strip_qualifier(PgQuery__Node ***names, size_t *n)
{
	if (*n == 2) {
		const char *s = str_of((*names)[0]);
		if (s && (strcmp(s, "pg_catalog") == 0 || strcmp(s, "public") == 0)) {
			(*names)++;
			(*n)--;
		}
	}
}

/* 'public.users_id_seq' and '"public"."users_id_seq"' -> users_id_seq. */
static const char *canon_regclass(const char *s)
{
	if (strncmp(s, "public.", 7) == 0)
		return s + 7;
	if (strncmp(s, "\"public\".", 9) == 0)
		return s + 9;
	return s;
}

/* A type whose values name an object by a possibly qualified name:
 * regclass, regconfig, regdictionary. */
static bool is_regname(const PgQuery__TypeName *tn)
{
	const char *name = tn && tn->n_names ? str_of(tn->names[tn->n_names - 1]) : NULL;

	return name && !tn->n_array_bounds &&
	       (str_eq(name, "regclass") || str_eq(name, "regconfig") ||
		str_eq(name, "regdictionary"));
}

/* interval or pg_catalog.interval, without field qualifiers or precision
 * (those change the value: interval '90 minutes' hour is 01:00:00). */
static bool is_interval(const PgQuery__TypeName *tn)
{
	const char *name;

	if (!tn || tn->n_typmods || tn->n_array_bounds || !tn->n_names)
		return false;
	name = str_of(tn->names[tn->n_names - 1]);
	return name && strcmp(name, "interval") == 0 &&
	       (tn->n_names == 1 || str_eq(str_of(tn->names[0]), "pg_catalog"));
}

/*
 * An untyped literal added to or subtracted from a date, time or
 * timestamp is an interval: PostgreSQL stores ts + '1 hour' as
 * ts + '01:00:00'::interval, and the cast is stripped like any other
 * constant's, so the literal is spelled as the interval prints. Only a
 * literal with a unit word ('1 day', '2 hours 30 minutes') is taken for
 * an interval: x + '1' is a number.
 */
static void interval_operand(struct arena *a, Node *n)
{
	const char *text, *canon;

	if (!n || !is_const(n) || n->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
		return;
	text = n->a_const->sval->sval;
	if (!text || !strpbrk(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
		return;
	canon = interval_canon(a, text);
	if (canon)
		*n = *make_string_const(a, canon);
}

static void const_to_text(struct arena *a, Node *n)
{
	PgQuery__AConst *c = n->a_const;
	const char *text = NULL;

	switch (c->val_case) {
	case PG_QUERY__A__CONST__VAL_IVAL:
		text = arena_printf(a, "%d", c->ival->ival);
		break;
	case PG_QUERY__A__CONST__VAL_FVAL:
		text = c->fval->fval;
		break;
	case PG_QUERY__A__CONST__VAL_BOOLVAL:
		text = c->boolval->boolval ? "true" : "false";
		break;
	default:
		return;
	}
	*n = *make_string_const(a, text);
}

static void norm_node(Node **slot, void *vctx)
{
	struct norm_ctx *ctx = vctx;
	struct arena *a = ctx->a;
	Node *n = *slot;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_A_CONST:
		if (!n->a_const->isnull)
			const_to_text(a, n);
		break;
	case PG_QUERY__NODE__NODE_TYPE_CAST: {
		PgQuery__TypeCast *tc = n->type_cast;
		Node *arg = tc->arg;
		/* pg_dump spells out the implicit casts PostgreSQL adds to
		 * columns ((qty)::numeric * price, (name)::text) */
		if (is_const(arg) && is_interval(tc->type_name) &&
		    arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
			/* '24 hours' is printed back as '24:00:00' */
			const char *canon = interval_canon(a, arg->a_const->sval->sval);
			if (canon)
				*arg = *make_string_const(a, canon);
		}
		if (is_const(arg) && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
		    is_regname(tc->type_name))
			/* 'public.doc_cfg'::regconfig, as pg_dump prints it */
			arg->a_const->sval->sval = (char *)canon_regclass(arg->a_const->sval->sval);
		if (is_const(arg) ||
		    (arg && arg->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR) ||
		    (arg && arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF)) {
			*slot = arg;
		} else if (tc->type_name) {
			PgQuery__TypeName *tn = tc->type_name;
			strip_qualifier(&tn->names, &tn->n_names);
			if (tn->n_names == 1 && str_of(tn->names[0]))
				tn->names[0]->string->sval =
					(char *)type_alias(tn->names[0]->string->sval);
		}
		break;
	}
	case PG_QUERY__NODE__NODE_A_EXPR: {
		PgQuery__AExpr *e = n->a_expr;
		const char *op = e->n_name ? str_of(e->name[e->n_name - 1]) : NULL;
		if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP && op &&
		    (strcmp(op, "+") == 0 || strcmp(op, "-") == 0)) {
			interval_operand(a, e->lexpr);
			interval_operand(a, e->rexpr);
		}
		switch (e->kind) {
		case PG_QUERY__A__EXPR__KIND__AEXPR_IN:
			if (e->rexpr && e->rexpr->node_case == PG_QUERY__NODE__NODE_LIST) {
				Node *arr = make_node(a);
				PgQuery__AArrayExpr *ae = arena_alloc(a, sizeof(*ae));
				pg_query__a__array_expr__init(ae);
				ae->n_elements = e->rexpr->list->n_items;
				ae->elements = e->rexpr->list->items;
				arr->node_case = PG_QUERY__NODE__NODE_A_ARRAY_EXPR;
				arr->a_array_expr = ae;
				e->rexpr = arr;
				e->kind = op && strcmp(op, "<>") == 0
					? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL
					: PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY;
			}
			break;
		case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
		case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE:
			e->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
			break;
		case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
		case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN:
			if (e->rexpr && e->rexpr->node_case == PG_QUERY__NODE__NODE_LIST &&
			    e->rexpr->list->n_items == 2) {
				bool not = e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
				Node *lo = e->rexpr->list->items[0], *hi = e->rexpr->list->items[1];
				*slot = not ? make_bool(a, PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR,
							make_op(a, "<", e->lexpr, lo),
							make_op(a, ">", e->lexpr, hi))
					    : make_bool(a, PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR,
							make_op(a, ">=", e->lexpr, lo),
							make_op(a, "<=", e->lexpr, hi));
			}
			break;
		default:
			break;
		}
		if ((*slot)->node_case == PG_QUERY__NODE__NODE_A_EXPR)
			strip_qualifier(&(*slot)->a_expr->name, &(*slot)->a_expr->n_name);
		break;
	}
	case PG_QUERY__NODE__NODE_BOOL_EXPR: {
		PgQuery__BoolExpr *b = n->bool_expr;
		size_t count = 0;
		Node **args;
		if (b->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR)
			break;
		for (size_t i = 0; i < b->n_args; i++) {
			Node *x = b->args[i];
			if (x->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
			    x->bool_expr->boolop == b->boolop)
				count += x->bool_expr->n_args;
			else
				count++;
		}
		if (count == b->n_args)
			break;
		args = node_array(a, count);
		count = 0;
		for (size_t i = 0; i < b->n_args; i++) {
			Node *x = b->args[i];
			if (x->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
			    x->bool_expr->boolop == b->boolop) {
				for (size_t j = 0; j < x->bool_expr->n_args; j++)
					args[count++] = x->bool_expr->args[j];
			} else {
				args[count++] = x;
			}
		}
		b->args = args;
		b->n_args = count;
		break;
	}
	case PG_QUERY__NODE__NODE_FUNC_CALL: {
		PgQuery__FuncCall *f = n->func_call;
		const char *fname;
		strip_qualifier(&f->funcname, &f->n_funcname);
		if (f->funcformat != PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX)
			f->funcformat = 0;	/* PostgreSQL keeps (and prints) only this */
		fname = f->n_funcname ? str_of(f->funcname[f->n_funcname - 1]) : NULL;
		if (fname && f->n_args >= 1 && is_const(f->args[0]) &&
		    f->args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
		    (strcmp(fname, "nextval") == 0 || strcmp(fname, "currval") == 0 ||
		     strcmp(fname, "setval") == 0)) {
			PgQuery__String *s = f->args[0]->a_const->sval;
			s->sval = (char *)canon_regclass(s->sval);
		}
		break;
	}
	case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
		strip_qualifier(&n->collate_clause->collname, &n->collate_clause->n_collname);
		break;
	case PG_QUERY__NODE__NODE_RANGE_VAR:
		if (n->range_var->schemaname && str_eq(n->range_var->schemaname, "public"))
			n->range_var->schemaname = NULL;
		break;
	case PG_QUERY__NODE__NODE_COLUMN_REF: {
		PgQuery__ColumnRef *c = n->column_ref;
		/* a whole row anywhere but a target list: x.* is x (pg_dump
		 * prints x.*, and x.*::t in a target list) */
		if (is_row_star(n)) {
			bool kept = false;
			for (size_t i = 0; i < ctx->stars.n && !kept; i++)
				kept = ctx->stars.items[i] == c;
			if (!kept)
				c->n_fields--;
		}
		if (!ctx->keep_qualifiers && c->n_fields > 1 &&
		    c->fields[c->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_STRING) {
			c->fields += c->n_fields - 1;
			c->n_fields = 1;
		}
		break;
	}
	default:
		break;
	}
}

/*
 * Feeds a message into the hash: every field that is set, by number, except
 * locations; a Node by its kind and inner message (without going through
 * the 250 members of its oneof, as packing would).
 */
/* The normalized key of node, which is normalized in place. */
static void normalized_key(struct arena *a, Node **node, uint64_t key[2])
{
	node_hash(a, node, false, key);
}

void node_hash(struct arena *a, Node **node, bool keep_qualifiers, uint64_t key[2])
{
	struct norm_ctx ctx = { a, keep_qualifiers, { 0 } };
	struct node_walker w = { NULL, norm_pre, norm_node, &ctx, false };
	XXH3_state_t *h = XXH3_createState();
	XXH128_hash_t r;

	node_visit(node_inner(*node), &w);
	norm_node(node, &ctx);
	XXH3_128bits_reset(h);
	XXH3_128bits_update(h, &(*node)->node_case, sizeof((*node)->node_case));
	if (node_inner(*node))
		node_hash_message(h, node_inner(*node));
	r = XXH3_128bits_digest(h);
	XXH3_freeState(h);
	key[0] = r.low64;
	key[1] = r.high64;
}

/* The location of a node's top message, or -1 if it has none. */
static int node_location(Node *n)
{
	ProtobufCMessage *m = node_inner(n);
	const ProtobufCFieldDescriptor *f;

	if (!m)
		return -1;
	f = protobuf_c_message_descriptor_get_field_by_name(m->descriptor, "location");
	if (!f || f->type != PROTOBUF_C_TYPE_INT32)
		return -1;
	return *(int32_t *)((char *)m + f->offset);
}

struct expr *expr_new(struct arena *a, Node *node, const struct stmt *st)
{
	struct expr *e;
	int location = node_location(node);
	struct stmt_cache *cache = st && st->file ? st->file->cache : NULL;

	if (cache && location >= 0) {
		e = stmt_cache_get_expr(cache, st->piece_hash, location, node->node_case);
		if (e)
			return e;
	}
	e = arena_alloc(a, sizeof(*e));
	e->kind = node->node_case;
	e->operator_syntax = node->node_case == PG_QUERY__NODE__NODE_FUNC_CALL &&
			     node->func_call->funcformat == PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX;
	if (st && location >= 0) {
		e->file = st->file;
		e->base = st->base;
		e->len = st->piece_len;
		e->location = location;
	} else {
		node_walk_post(node_inner(node), NULL, NULL, true);
		e->tree = node_pack(a, node, &e->treelen);
	}
	if (st && st->scratch) {
		normalized_key(st->scratch, &node, e->key);
	} else {
		struct arena *tmp = arena_new();
		normalized_key(tmp, &node, e->key);
		arena_free(tmp);
	}
	if (cache && location >= 0)
		stmt_cache_put_expr(cache, st->piece_hash, location, e->kind, e);
	return e;
}

bool expr_equal(const struct expr *x, const struct expr *y)
{
	if (!x || !y)
		return x == y;
	return x->key[0] == y->key[0] && x->key[1] == y->key[1];
}

struct find_ctx {
	struct arena *a;
	const struct expr *want;
	Node *found;
	size_t candidates;	/* nodes of its kind at its location */
	Node *first;		/* the first of them */
};

/* Counts the nodes of the wanted kind at the wanted location. */
static void count_candidates(Node **slot, void *vctx)
{
	struct find_ctx *ctx = vctx;

	if ((*slot)->node_case == (PgQuery__Node__NodeCase)ctx->want->kind &&
	    node_location(*slot) == ctx->want->location && !ctx->candidates++)
		ctx->first = *slot;
}

static void find_node(Node **slot, void *vctx)
{
	struct find_ctx *ctx = vctx;
	struct arena *tmp;
	Node *copy;
	uint64_t key[2];
	size_t len;
	uint8_t *buf;
	ProtobufCAllocator al;

	if (ctx->found || (*slot)->node_case != (PgQuery__Node__NodeCase)ctx->want->kind ||
	    node_location(*slot) != ctx->want->location)
		return;
	/* the same kind at the same place: check it is the same expression */
	tmp = arena_new();
	buf = node_pack(tmp, *slot, &len);
	al = arena_protobuf_allocator(tmp);
	copy = pg_query__node__unpack(&al, len, buf);
	normalized_key(tmp, &copy, key);
	if (key[0] == ctx->want->key[0] && key[1] == ctx->want->key[1])
		ctx->found = *slot;
	arena_free(tmp);
}

/* The node of e in its statement piece's tree (parse.c's, not to be
 * changed), or NULL. The one node of its kind at its location is it (the
 * piece is the text it was made from); where several are, the one whose
 * normalized key is e's. */
static Node *expr_in_piece(const struct expr *e)
{
	PgQuery__ParseResult *pr = parse_piece(e->file, e->base, e->len);
	struct find_ctx ctx = { NULL, e, NULL, 0, NULL };

	for (size_t i = 0; pr && i < pr->n_stmts; i++)
		node_walk_post(node_inner(pr->stmts[i]->stmt), count_candidates, &ctx, false);
	if (ctx.candidates <= 1)
		return ctx.first;
	for (size_t i = 0; pr && i < pr->n_stmts && !ctx.found; i++)
		node_walk_post(node_inner(pr->stmts[i]->stmt), find_node, &ctx, false);
	return ctx.found;
}

Node *expr_tree(struct arena *a, const struct expr *e)
{
	ProtobufCAllocator al = arena_protobuf_allocator(a);
	Node *found;

	if (!e->file)
		return pg_query__node__unpack(&al, e->treelen, e->tree);
	found = expr_in_piece(e);
	if (!found)
		return NULL;
	found = node_copy(a, found);	/* the piece's tree is parse.c's */
	node_walk_post(node_inner(found), NULL, NULL, true);
	return found;
}

bool expr_is_simple(const struct expr *e)
{
	if (e->operator_syntax)
		return false;
	switch (e->kind) {
	case PG_QUERY__NODE__NODE_A_CONST:
	case PG_QUERY__NODE__NODE_FUNC_CALL:
	case PG_QUERY__NODE__NODE_TYPE_CAST:
	case PG_QUERY__NODE__NODE_COLUMN_REF:
	case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
		return true;
	default:
		return false;
	}
}

char *expr_sql(struct arena *a, const struct expr *e)
{
	struct arena *tmp = arena_new();
	PgQuery__ResTarget rt = PG_QUERY__RES_TARGET__INIT;
	PgQuery__SelectStmt sel = PG_QUERY__SELECT_STMT__INIT;
	Node rtnode = PG_QUERY__NODE__INIT, selnode = PG_QUERY__NODE__INIT;
	Node *targets[1] = { &rtnode };
	char *d, *out;

	/* the piece's own node: deparsing reads it, and needs no copy */
	rt.val = e->file ? expr_in_piece(e) : expr_tree(tmp, e);
	rtnode.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
	rtnode.res_target = &rt;
	sel.n_target_list = 1;
	sel.target_list = targets;
	sel.limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
	sel.op = PG_QUERY__SET_OPERATION__SETOP_NONE;
	selnode.node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
	selnode.select_stmt = &sel;
	d = deparse_stmt(tmp, &selnode);
	if (!d || strncmp(d, "SELECT ", 7) != 0)
		out = arena_strdup(a, "NULL /* schemac: cannot print this expression */");
	else
		out = arena_strdup(a, d + 7);
	arena_free(tmp);
	return out;
}

struct cols_ctx {
	struct arena *a;
	struct ptrvec *out;
};

static void collect_column(Node **slot, void *vctx)
{
	struct cols_ctx *ctx = vctx;
	PgQuery__ColumnRef *c;
	const char *name;

	if ((*slot)->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
		return;
	c = (*slot)->column_ref;
	name = c->n_fields ? str_of(c->fields[c->n_fields - 1]) : NULL;
	if (name && !vec_has_string(ctx->out, name))
		vec_push(ctx->out, ctx->a, (void *)arena_strdup(ctx->a, name));
}

void expr_columns(struct arena *a, Node *node, struct ptrvec *out)
{
	struct cols_ctx ctx = { a, out };
	node_walk_post(node_inner(node), collect_column, &ctx, false);
	collect_column(&node, &ctx);
}

/* ---- rewriting references --------------------------------------------- */

struct rename_ctx {
	const char *old;
	const char *newname;
	bool changed;
};

static void rename_column_ref(Node **slot, void *vctx)
{
	struct rename_ctx *ctx = vctx;
	PgQuery__ColumnRef *c;
	Node *last;

	if ((*slot)->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
		return;
	c = (*slot)->column_ref;
	last = c->n_fields ? c->fields[c->n_fields - 1] : NULL;
	if (str_of(last) && strcmp(str_of(last), ctx->old) == 0) {
		last->string->sval = (char *)ctx->newname;
		ctx->changed = true;
	}
}

static void rename_nextval(Node **slot, void *vctx)
{
	struct rename_ctx *ctx = vctx;
	PgQuery__FuncCall *f;
	const char *fname;
	Node *arg;

	if ((*slot)->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
		return;
	f = (*slot)->func_call;
	fname = f->n_funcname ? str_of(f->funcname[f->n_funcname - 1]) : NULL;
	if (!fname || f->n_args < 1 || (strcmp(fname, "nextval") && strcmp(fname, "currval") &&
					strcmp(fname, "setval")))
		return;
	arg = f->args[0];
	if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
		arg = arg->type_cast->arg;
	if (is_const(arg) && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
	    strcmp(arg->a_const->sval->sval, ctx->old) == 0) {
		arg->a_const->sval->sval = (char *)ctx->newname;
		ctx->changed = true;
	}
}

static struct expr *rewrite(struct arena *a, const struct expr *e, node_fn fn,
			    struct rename_ctx *ctx)
{
	struct arena *tmp = arena_new();
	Node *root = expr_tree(tmp, e);
	struct expr *out = (struct expr *)e;

	node_walk_post(node_inner(root), fn, ctx, false);
	fn(&root, ctx);
	if (ctx->changed)
		out = expr_new(a, root, NULL);
	arena_free(tmp);
	return out;
}

struct expr *expr_rename_column(struct arena *a, const struct expr *e, const char *old,
				const char *newname)
{
	struct rename_ctx ctx = { old, newname, false };
	return e ? rewrite(a, e, rename_column_ref, &ctx) : NULL;
}

struct expr *expr_rename_sequence(struct arena *a, const struct expr *e, const char *old,
				  const char *newname)
{
	struct rename_ctx ctx = { old, newname, false };
	return e ? rewrite(a, e, rename_nextval, &ctx) : NULL;
}

bool expr_uses_column(const struct expr *e, const char *name)
{
	struct arena *tmp;
	struct ptrvec cols = { 0 };
	bool found;

	if (!e)
		return false;
	tmp = arena_new();
	expr_columns(tmp, expr_tree(tmp, e), &cols);
	found = vec_has_string(&cols, name);
	arena_free(tmp);
	return found;
}

const char *expr_nextval_target(struct arena *a, const struct expr *e)
{
	struct arena *tmp;
	Node *n, *arg;
	const char *fname, *out = NULL;

	if (!e || e->kind != PG_QUERY__NODE__NODE_FUNC_CALL)
		return NULL;
	tmp = arena_new();
	n = expr_tree(tmp, e);
	fname = n->func_call->n_funcname
		? str_of(n->func_call->funcname[n->func_call->n_funcname - 1]) : NULL;
	if (fname && strcmp(fname, "nextval") == 0 && n->func_call->n_args == 1) {
		arg = n->func_call->args[0];
		if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
			arg = arg->type_cast->arg;
		if (is_const(arg) && arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
			out = arena_strdup(a, arg->a_const->sval->sval);
	}
	arena_free(tmp);
	return out;
}

/* ---- volatility --------------------------------------------------------- */

/* Built-in and common extension functions that are VOLATILE (pg_proc). A
 * default calling one of them is computed per row: ADD COLUMN rewrites. */
static const char *const volatile_functions[] = {
	"clock_timestamp", "gen_random_bytes", "gen_random_uuid", "nextval", "random",
	"random_normal", "setval", "timeofday", "txid_current", "uuid_generate_v1",
	"uuid_generate_v1mc", "uuid_generate_v4", NULL,
};

struct volatile_ctx {
	bool found;
};

static void find_volatile(Node **slot, void *vctx)
{
	struct volatile_ctx *ctx = vctx;
	PgQuery__FuncCall *f;
	const char *name;

	if ((*slot)->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
		return;
	f = (*slot)->func_call;
	name = f->n_funcname ? str_of(f->funcname[f->n_funcname - 1]) : NULL;
	for (size_t i = 0; name && volatile_functions[i]; i++)
		if (strcmp(name, volatile_functions[i]) == 0)
			ctx->found = true;
}

bool node_is_volatile(Node *node)
{
	struct volatile_ctx ctx = { false };

	if (!node)
		return false;
	node_walk_post(node_inner(node), find_volatile, &ctx, false);
	find_volatile(&node, &ctx);
	return ctx.found;
}

struct strings_ctx {
	const char *want;
	bool found;
};

static void find_string(Node **slot, void *vctx)
{
	struct strings_ctx *ctx = vctx;
	const PgQuery__AConst *c;

	if ((*slot)->node_case != PG_QUERY__NODE__NODE_A_CONST)
		return;
	c = (*slot)->a_const;
	if (c->val_case == PG_QUERY__A__CONST__VAL_SVAL && strcmp(c->sval->sval, ctx->want) == 0)
		ctx->found = true;
}

bool node_uses_string(Node *node, const char *s)
{
	struct strings_ctx ctx = { s, false };

	if (!node)
		return false;
	node_walk_post(node_inner(node), find_string, &ctx, false);
	find_string(&node, &ctx);
	return ctx.found;
}
