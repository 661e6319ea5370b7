/*
 * build_generic.c - the long tail of object kinds (the generic kinds of
 * enum object_kind, catalog.h): operators, aggregates, casts, text search
 * dictionaries, parsers and templates, conversions, access methods,
 * foreign-data wrappers, servers, extended statistics and rules.
 *
 * One mechanism for all of them: the object is its CREATE statement, with
 * the names it mentions resolved against the catalog (a user function,
 * type, operator or relation gets its schema, pg_catalog. is left out as
 * pg_dump leaves it out), its options in name order, kept with its
 * identity (kind, schema, name, signature: object_key), a hash of the
 * normalized tree and the dependency keys of what it names. The differ
 * treats it as it treats a view: created when added, dropped by its DROP
 * form (sb_object) when removed, dropped and created again when changed,
 * ordered by what it names. What differs from kind to kind is only where
 * a statement keeps its name and signature: the table `idents` below.
 *
 * Input: one CREATE statement; an object reference of DROP, COMMENT ON
 * and ALTER ... OWNER TO (build_generic_find). Output: the catalog.
 */
#include "build_int.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <xxhash.h>

/* ---- names it mentions ------------------------------------------------ */

struct canon {
	struct builder *b;
	struct dbobject *o;
	struct ptrvec done;	/* TypeName messages that name a function */
};

static bool is_operator_name(const char *s)
{
	return s && *s && strchr("+-*/<>=~!@#%^&|`?", *s) != NULL;
}

/* The schema of a user object of dependency kind what named name in the
 * search path (or in schema), or NULL. */
static const char *user_schema(struct builder *b, char what, const char *schema, const char *name)
{
	for (size_t i = 0; i < b->cat->search_path.n || schema; i++) {
		const char *s = schema ? schema : b->cat->search_path.items[i];
		struct qname q = { s, name };
		bool found = false;
		switch (what) {
		case 'f':
			found = catalog_has_function(b->cat, s, name);
			break;
		case 'T':
			found = catalog_find_type(b->cat, &q) || catalog_find_table(b->cat, &q);
			break;
		default:
			for (size_t j = 0; j < b->cat->objects.n && !found; j++) {
				const struct dbobject *o = b->cat->objects.items[j];
				found = object_kind_desc(o->kind)->provides == what &&
					str_eq(o->name.schema, s) && str_eq(o->name.name, name);
			}
		}
		if (found)
			return s;
		if (schema)
			break;
	}
	return NULL;
}

/* A name list naming an object of dependency kind what, resolved: a user
 * object's schema spelled out, pg_catalog. left out; its key into deps. */
static void canon_names(struct canon *c, Node ***names, size_t *n, char what)
{
	struct builder *b = c->b;
	const char *name, *schema, *found;
	Node **out;

	if (!*n)
		return;
	name = node_str((*names)[*n - 1]);
	schema = *n >= 2 ? node_str((*names)[*n - 2]) : NULL;
	if (!name)
		return;
	if (str_eq(schema, "pg_catalog") && what != 'T') {
		(*names)[0] = (*names)[*n - 1];
		*n = 1;
		return;
	}
	found = user_schema(b, what, schema, ident_truncate(b->a, name));
	if (!found && !schema && c->o && what == object_kind_desc(c->o->kind)->provides &&
	    str_eq(name, c->o->name.name))
		found = c->o->name.schema;	/* itself: a commutator */
	if (!found) {
		if (what == 'T' && !schema && is_builtin_type(name)) {
			out = arena_alloc(b->st->scratch, 2 * sizeof(*out));
			out[0] = node_string(b->st->scratch, "pg_catalog");
			out[1] = (*names)[*n - 1];
			*names = out;
			*n = 2;
		}
		return;
	}
	if (c->o) {
		struct qname q = { found, ident_truncate(b->a, name) };
		char k = what == 'T' && catalog_find_table(b->cat, &q) ? 'r' : what;
		add_key(b->a, &c->o->deps, object_dep_key(b->a, k, found, q.name));
	}
	out = arena_alloc(b->st->scratch, 2 * sizeof(*out));
	out[0] = node_string(b->st->scratch, found);
	out[1] = (*names)[*n - 1];
	*names = out;
	*n = 2;
}

/* What an option names, by kind: 'f' a function, 'o' an operator, 'T' a
 * type, or a generic kind's dependency letter; 0: a plain value. */
static char option_ref(enum object_kind kind, const char *opt)
{
	static const struct {
		enum object_kind kind;
		const char *opt;
		char what;
	} refs[] = {
		{ OBJ_OPERATOR, "function", 'f' }, { OBJ_OPERATOR, "restrict", 'f' },
		{ OBJ_OPERATOR, "join", 'f' }, { OBJ_OPERATOR, "commutator", 'o' },
		{ OBJ_OPERATOR, "negator", 'o' }, { OBJ_OPERATOR, "leftarg", 'T' },
		{ OBJ_OPERATOR, "rightarg", 'T' },
		{ OBJ_AGGREGATE, "sfunc", 'f' }, { OBJ_AGGREGATE, "finalfunc", 'f' },
		{ OBJ_AGGREGATE, "combinefunc", 'f' }, { OBJ_AGGREGATE, "serialfunc", 'f' },
		{ OBJ_AGGREGATE, "deserialfunc", 'f' }, { OBJ_AGGREGATE, "msfunc", 'f' },
		{ OBJ_AGGREGATE, "minvfunc", 'f' }, { OBJ_AGGREGATE, "mfinalfunc", 'f' },
		{ OBJ_AGGREGATE, "sortop", 'o' }, { OBJ_AGGREGATE, "stype", 'T' },
		{ OBJ_AGGREGATE, "mstype", 'T' },
		{ OBJ_TS_PARSER, "start", 'f' }, { OBJ_TS_PARSER, "gettoken", 'f' },
		{ OBJ_TS_PARSER, "end", 'f' }, { OBJ_TS_PARSER, "lextypes", 'f' },
		{ OBJ_TS_PARSER, "headline", 'f' },
		{ OBJ_TS_TEMPLATE, "init", 'f' }, { OBJ_TS_TEMPLATE, "lexize", 'f' },
		{ OBJ_TS_DICT, "template", 'z' },
		{ OBJ_FDW, "handler", 'f' }, { OBJ_FDW, "validator", 'f' },
	};

	for (size_t i = 0; i < ARRAY_SIZE(refs); i++)
		if (refs[i].kind == kind && str_eq(refs[i].opt, opt))
			return refs[i].what;
	return 0;
}

static bool was_done(const struct canon *c, const void *m)
{
	for (size_t i = 0; i < c->done.n; i++)
		if (c->done.items[i] == m)
			return true;
	return false;
}

static void canon_msg(ProtobufCMessage *m, void *vctx)
{
	struct canon *c = vctx;
	struct builder *b = c->b;

	if (m->descriptor == &pg_query__def_elem__descriptor) {
		PgQuery__DefElem *d = (PgQuery__DefElem *)m;
		Node *arg = d->arg;
		char what;
		if (c->o && c->o->kind == OBJ_OPERATOR && str_eq(d->defname, "procedure"))
			d->defname = "function";	/* PROCEDURE is FUNCTION, as pg_dump says */
		what = c->o ? option_ref(c->o->kind, d->defname) : 0;
		if (!arg)
			return;
		if (what && what != 'T' && arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
			canon_names(c, &arg->type_name->names, &arg->type_name->n_names, what);
			vec_push(&c->done, b->st->scratch, arg->type_name);
		} else if (what && arg->node_case == PG_QUERY__NODE__NODE_LIST) {
			canon_names(c, &arg->list->items, &arg->list->n_items, what);
		} else if (!what && arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME &&
			   arg->type_name->n_names == 1 && !arg->type_name->n_typmods &&
			   !arg->type_name->n_array_bounds) {
			d->arg = node_string(b->st->scratch, node_str(arg->type_name->names[0]));
		} else if (!what && arg->node_case == PG_QUERY__NODE__NODE_INTEGER) {
			d->arg = node_string(b->st->scratch,
					     arena_printf(b->st->scratch, "%d", arg->integer->ival));
		} else if (!what && arg->node_case == PG_QUERY__NODE__NODE_FLOAT) {
			d->arg = node_string(b->st->scratch, arg->float_->fval);
		}
	} else if (m->descriptor == &pg_query__type_name__descriptor) {
		PgQuery__TypeName *tn = (PgQuery__TypeName *)m;
		if (!was_done(c, tn))
			canon_names(c, &tn->names, &tn->n_names, 'T');
	} else if (m->descriptor == &pg_query__range_var__descriptor) {
		PgQuery__RangeVar *rv = (PgQuery__RangeVar *)m;
		struct relation *r = catalog_resolve_relation(b->cat, rv->schemaname,
							      ident_truncate(b->a, rv->relname));
		const struct qname *q = !r ? NULL
			: r->kind == REL_TABLE ? &((struct table *)r->obj)->name
			: r->kind == REL_VIEW ? &((struct dbobject *)r->obj)->name : NULL;
		if (q) {
			rv->schemaname = (char *)q->schema;
			if (c->o)
				add_key(b->a, &c->o->deps, object_dep_key(b->a, 'r', q->schema, q->name));
		}
	} else if (m->descriptor == &pg_query__func_call__descriptor) {
		PgQuery__FuncCall *f = (PgQuery__FuncCall *)m;
		const char *key = qualify_function(b->a, b->cat, &f->funcname, &f->n_funcname);
		if (key && c->o)
			add_key(b->a, &c->o->deps, key);
	} else if (m->descriptor == &pg_query__object_with_args__descriptor) {
		PgQuery__ObjectWithArgs *ow = (PgQuery__ObjectWithArgs *)m;
		if (ow->n_objname)
			canon_names(c, &ow->objname, &ow->n_objname,
				    is_operator_name(node_str(ow->objname[ow->n_objname - 1])) ? 'o'
												: 'f');
	}
}

static int cmp_defelem(const void *x, const void *y)
{
	const Node *a = *(const Node *const *)x, *b = *(const Node *const *)y;

	if (a->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || b->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
		return 0;
	return strcmp(a->def_elem->defname, b->def_elem->defname);
}

/* ---- identity ---------------------------------------------------------- */

/* What a statement or an object reference says of the object's identity. */
struct gident {
	enum object_kind kind;
	const char *schema;	/* as written, NULL: the creation schema */
	const char *name;
	const char *table;	/* rule: its table */
	const char *args;
};

static const char *type_text(struct builder *b, const Node *n)
{
	struct strbuf sb = STRBUF_INIT;
	struct typeref t;
	const char *s;

	if (!n || n->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
		return "NONE";
	typeref_from_node(&t, b->a, b->cat, n->type_name, NULL);
	sb_type(&sb, &t);
	s = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return s;
}

static const char *types_text(struct builder *b, Node **types, size_t n)
{
	const char *s = "";

	for (size_t i = 0; i < n; i++)
		s = arena_printf(b->a, "%s%s%s", s, i ? ", " : "", type_text(b, types[i]));
	return s;
}

static const char *names_of(struct gident *id, Node **names, size_t n)
{
	id->name = n ? node_str(names[n - 1]) : NULL;
	id->schema = n >= 2 ? node_str(names[n - 2]) : NULL;
	return id->name;
}

static enum object_kind define_kind(PgQuery__ObjectType t)
{
	switch (t) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR:
		return OBJ_OPERATOR;
	case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
		return OBJ_AGGREGATE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY:
		return OBJ_TS_DICT;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER:
		return OBJ_TS_PARSER;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE:
		return OBJ_TS_TEMPLATE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_CAST:
		return OBJ_CAST;
	case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
		return OBJ_RULE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_STATISTIC_EXT:
		return OBJ_STATISTICS;
	case PG_QUERY__OBJECT_TYPE__OBJECT_CONVERSION:
		return OBJ_CONVERSION;
	case PG_QUERY__OBJECT_TYPE__OBJECT_ACCESS_METHOD:
		return OBJ_ACCESS_METHOD;
	case PG_QUERY__OBJECT_TYPE__OBJECT_FDW:
		return OBJ_FDW;
	case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER:
		return OBJ_SERVER;
	default:
		return 0;
	}
}

bool build_generic_type(PgQuery__ObjectType t)
{
	return define_kind(t) != 0;
}

/* Its name for messages ("operator"). */
static const char *build_generic_kind_name(PgQuery__ObjectType t)
{
	return object_kind_name(define_kind(t));
}

/* The identity a CREATE statement gives; false if it is no generic kind. */
static bool stmt_ident(struct builder *b, Node *n, struct gident *id)
{
	memset(id, 0, sizeof(*id));
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_DEFINE_STMT: {
		PgQuery__DefineStmt *ds = n->define_stmt;
		id->kind = define_kind(ds->kind);
		names_of(id, ds->defnames, ds->n_defnames);
		if (id->kind == OBJ_OPERATOR) {
			const Node *l = NULL, *r = NULL;
			for (size_t i = 0; i < ds->n_definition; i++) {
				const PgQuery__DefElem *d = ds->definition[i]->def_elem;
				if (str_eq(d->defname, "leftarg"))
					l = d->arg;
				else if (str_eq(d->defname, "rightarg"))
					r = d->arg;
			}
			id->args = arena_printf(b->a, "%s, %s", type_text(b, l), type_text(b, r));
		} else if (id->kind == OBJ_AGGREGATE) {
			const char *s = "";
			const PgQuery__List *l = ds->n_args && ds->args[0]->node_case ==
				PG_QUERY__NODE__NODE_LIST ? ds->args[0]->list : NULL;
			for (size_t i = 0; l && i < l->n_items; i++) {
				const PgQuery__FunctionParameter *fp = l->items[i]->function_parameter;
				Node tn = PG_QUERY__NODE__INIT;
				tn.node_case = PG_QUERY__NODE__NODE_TYPE_NAME;
				tn.type_name = fp->arg_type;
				s = arena_printf(b->a, "%s%s%s", s, i ? ", " : "", type_text(b, &tn));
			}
			id->args = s;
		}
		return id->kind != 0;
	}
	case PG_QUERY__NODE__NODE_CREATE_CAST_STMT: {
		PgQuery__CreateCastStmt *cs = n->create_cast_stmt;
		Node s = PG_QUERY__NODE__INIT, t = PG_QUERY__NODE__INIT;
		s.node_case = t.node_case = PG_QUERY__NODE__NODE_TYPE_NAME;
		s.type_name = cs->sourcetype;
		t.type_name = cs->targettype;
		id->kind = OBJ_CAST;
		id->name = arena_printf(b->a, "(%s AS %s)", type_text(b, &s), type_text(b, &t));
		return true;
	}
	case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT:
		id->kind = OBJ_CONVERSION;
		names_of(id, n->create_conversion_stmt->conversion_name,
			 n->create_conversion_stmt->n_conversion_name);
		return true;
	case PG_QUERY__NODE__NODE_CREATE_AM_STMT:
		id->kind = OBJ_ACCESS_METHOD;
		id->name = n->create_am_stmt->amname;
		return true;
	case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
		id->kind = OBJ_FDW;
		id->name = n->create_fdw_stmt->fdwname;
		return true;
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT:
		id->kind = OBJ_SERVER;
		id->name = n->create_foreign_server_stmt->servername;
		return true;
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
		id->kind = OBJ_STATISTICS;
		names_of(id, n->create_stats_stmt->defnames, n->create_stats_stmt->n_defnames);
		return true;
	case PG_QUERY__NODE__NODE_RULE_STMT: {
		PgQuery__RuleStmt *rs = n->rule_stmt;
		id->kind = OBJ_RULE;
		id->name = rs->rulename;
		id->schema = rs->relation->schemaname;
		id->table = rs->relation->relname;
		return true;
	}
	default:
		return false;
	}
}

/* The identity an object reference (DROP, COMMENT ON, OWNER TO) gives. */
static bool ref_ident(struct builder *b, PgQuery__ObjectType type, Node *obj, struct gident *id)
{
	memset(id, 0, sizeof(*id));
	id->kind = define_kind(type);
	if (!id->kind || !obj)
		return false;
	switch (obj->node_case) {
	case PG_QUERY__NODE__NODE_STRING:
		id->name = node_str(obj);
		return true;
	case PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS: {
		PgQuery__ObjectWithArgs *ow = obj->object_with_args;
		names_of(id, ow->objname, ow->n_objname);
		if (id->kind == OBJ_OPERATOR && ow->n_objargs == 2)
			id->args = arena_printf(b->a, "%s, %s", type_text(b, ow->objargs[0]),
						type_text(b, ow->objargs[1]));
		else
			id->args = types_text(b, ow->objargs, ow->n_objargs);
		return true;
	}
	case PG_QUERY__NODE__NODE_LIST: {
		PgQuery__List *l = obj->list;
		if (id->kind == OBJ_CAST && l->n_items == 2) {
			id->name = arena_printf(b->a, "(%s AS %s)", type_text(b, l->items[0]),
						type_text(b, l->items[1]));
			return true;
		}
		if (id->kind == OBJ_RULE) {
			if (l->n_items < 2)
				return false;
			id->name = node_str(l->items[l->n_items - 1]);
			id->table = node_str(l->items[l->n_items - 2]);
			id->schema = l->n_items >= 3 ? node_str(l->items[l->n_items - 3]) : NULL;
			return true;
		}
		return names_of(id, l->items, l->n_items) != NULL;
	}
	default:
		return false;
	}
}

/* The object an identity names, through the search_path. */
static struct dbobject *ident_find(struct builder *b, const struct gident *id)
{
	const struct object_kind_desc *k = object_kind_desc(id->kind);
	const char *name = k->raw_name ? id->name : ident(b, id->name);

	if (!name)
		return NULL;
	if (k->global)
		return catalog_find_object(b->cat, object_key(b->a, id->kind, "", NULL, name, id->args));
	if (id->table) {
		struct relation *r = lookup_relation(b, id->schema, ident_truncate(b->a, id->table));
		if (!r || r->kind != REL_TABLE)
			return NULL;
		return catalog_find_object(b->cat, object_key(b->a, id->kind,
							      ((struct table *)r->obj)->name.schema,
							      ((struct table *)r->obj)->name.name,
							      name, id->args));
	}
	for (size_t i = 0; i < b->cat->search_path.n || id->schema; i++) {
		const char *s = id->schema ? id->schema : b->cat->search_path.items[i];
		struct dbobject *o = catalog_find_object(b->cat, object_key(b->a, id->kind, s, NULL,
									   name, id->args));
		if (o && o->kind == id->kind)
			return o;
		if (id->schema)
			break;
	}
	return NULL;
}

struct dbobject *build_generic_find(struct builder *b, PgQuery__ObjectType type, Node *obj)
{
	struct gident id;

	return ref_ident(b, type, obj, &id) ? ident_find(b, &id) : NULL;
}

bool build_generic_uses_column(struct builder *b, const struct dbobject *o, const char *column)
{
	Node *n = object_stmt(b->st->scratch, o);
	struct ptrvec cols = { 0 };

	if (!n || n->node_case != PG_QUERY__NODE__NODE_CREATE_STATS_STMT)
		return false;
	for (size_t i = 0; i < n->create_stats_stmt->n_exprs; i++) {
		const PgQuery__StatsElem *e = n->create_stats_stmt->exprs[i]->stats_elem;
		if (e->name && str_eq(ident_truncate(b->a, e->name), column))
			return true;
		if (e->expr)
			expr_columns(b->st->scratch, e->expr, &cols);
	}
	for (size_t i = 0; i < cols.n; i++)
		if (str_eq(cols.items[i], column))
			return true;
	return false;
}

const char *build_generic_missing(struct builder *b, PgQuery__ObjectType type, Node *obj)
{
	struct gident id;

	if (!ref_ident(b, type, obj, &id) || !id.name)
		return arena_printf(b->a, "%s does not exist", build_generic_kind_name(type));
	return arena_printf(b->a, "%s '%s%s%s%s' does not exist", object_kind_name(id.kind), id.name,
			    id.args ? "(" : "", id.args ? id.args : "", id.args ? ")" : "");
}

/* ---- CREATE ------------------------------------------------------------- */

/* Clears what only says how to create (OR REPLACE, IF NOT EXISTS). */
static void clear_create_flags(Node *n, bool *replace, bool *if_not_exists)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_DEFINE_STMT:
		*replace = n->define_stmt->replace;
		*if_not_exists = n->define_stmt->if_not_exists;
		n->define_stmt->replace = n->define_stmt->if_not_exists = false;
		break;
	case PG_QUERY__NODE__NODE_RULE_STMT:
		*replace = n->rule_stmt->replace;
		n->rule_stmt->replace = false;
		break;
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
		*if_not_exists = n->create_stats_stmt->if_not_exists;
		n->create_stats_stmt->if_not_exists = false;
		break;
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT:
		*if_not_exists = n->create_foreign_server_stmt->if_not_exists;
		n->create_foreign_server_stmt->if_not_exists = false;
		break;
	default:
		break;
	}
}

/* The object's own name list as schema.name, name alone in public (as
 * written and as pg_dump writes it compare equal). */
static void own_name(struct builder *b, Node *n, const char *schema, const char *name)
{
	Node ***names = NULL;
	size_t *count = NULL;
	Node **out;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_DEFINE_STMT:
		names = &n->define_stmt->defnames;
		count = &n->define_stmt->n_defnames;
		break;
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
		names = &n->create_stats_stmt->defnames;
		count = &n->create_stats_stmt->n_defnames;
		break;
	case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT:
		names = &n->create_conversion_stmt->conversion_name;
		count = &n->create_conversion_stmt->n_conversion_name;
		break;
	default:
		return;
	}
	if (!*count)
		return;
	out = arena_alloc(b->st->scratch, 2 * sizeof(*out));
	*count = 0;
	if (!str_eq(schema, "public"))
		out[(*count)++] = node_string(b->st->scratch, schema);
	out[(*count)++] = node_string(b->st->scratch, name);
	*names = out;
}

int build_create_generic(struct builder *b, Node *stmt)
{
	struct gident id;
	const struct object_kind_desc *k;
	struct canon c = { b, NULL, { 0 } };
	const char *schema = "", *table = NULL, *name;
	bool replace = false, if_not_exists = false;
	struct dbobject *o;
	uint64_t key[2];
	XXH128_hash_t h;

	if (!stmt_ident(b, stmt, &id) || !id.name)
		return build_error(b, -1, "internal error: not a generic object");
	k = object_kind_desc(id.kind);
	if (stmt->node_case == PG_QUERY__NODE__NODE_RULE_STMT) {
		PgQuery__RuleStmt *rs = stmt->rule_stmt;
		struct table *t = lookup_table(b, rs->relation, false);
		if (!t)
			return -1;
		if (rs->event == PG_QUERY__CMD_TYPE__CMD_SELECT)
			return build_error(b, -1, "unsupported statement: CREATE RULE ... ON SELECT");
		schema = t->name.schema;
		table = t->name.name;
		rs->relation->schemaname = (char *)schema;
	} else if (!k->global) {
		schema = creation_schema(b, id.schema, -1);
		if (!schema)
			return -1;
	}
	name = k->raw_name ? arena_strdup(b->a, id.name) : ident(b, id.name);
	clear_create_flags(stmt, &replace, &if_not_exists);
	o = object_new(b, id.kind, schema, table, name, id.args);
	if (catalog_find_object(b->cat, o->key) && if_not_exists)
		return 0;
	c.o = o;
	own_name(b, stmt, schema, name);
	if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT)
		add_key(b->a, &o->deps, object_dep_key(b->a, 'w', "",
						       ident(b, stmt->create_foreign_server_stmt->fdwname)));
	message_each(&stmt->base, canon_msg, &c);
	if (stmt->node_case == PG_QUERY__NODE__NODE_DEFINE_STMT && stmt->define_stmt->n_definition > 1)
		qsort(stmt->define_stmt->definition, stmt->define_stmt->n_definition,
		      sizeof(Node *), cmp_defelem);
	object_keep_stmts(b, o, &stmt, 1);
	node_hash(b->st->scratch, &stmt, true, key);
	h = XXH3_128bits(key, sizeof(key));
	o->def[0] = h.low64;
	o->def[1] = h.high64;
	return object_put(b, o, replace);
}
