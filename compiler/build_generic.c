/*
 * build_generic.c - the long tail of object kinds (the generic kinds of
 * enum object_kind, catalog.h): operators, operator classes and families,
 * aggregates, casts, text search configurations, dictionaries, parsers and
 * templates, conversions, access methods, languages, transforms,
 * foreign-data wrappers, servers, user mappings, foreign tables, extended
 * statistics and rules.
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
 * Some kinds keep more statements after their CREATE, as pg_dump prints
 * them: a family's ALTER OPERATOR FAMILY ... ADD, a text search
 * configuration's one ADD MAPPING a token type, a statistics object's ALTER
 * STATISTICS ... SET STATISTICS (build_alter_generic); a foreign table folds
 * ALTER FOREIGN TABLE ... ALTER COLUMN ... OPTIONS into its CREATE, and
 * becomes a partition by ATTACH PARTITION (build_foreign.c).
 *
 * Input: one CREATE statement, or one of those ALTERs; an object reference
 * of DROP, COMMENT ON and ALTER ... OWNER TO (build_generic_find). Output:
 * the catalog.
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
	name = build_node_str((*names)[*n - 1]);
	schema = *n >= 2 ? build_node_str((*names)[*n - 2]) : NULL;
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
	if (!found && schema && what != 'T' && c->o) {
		/* named with its schema before it is created (schema/ read in
		 * another order than the migration's, as pull may write it):
		 * still what the object needs first */
		build_add_key(b->a, &c->o->deps, object_dep_key(b->a, what, schema, ident_truncate(b->a, name)));
		return;
	}
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
		build_add_key(b->a, &c->o->deps, object_dep_key(b->a, k, found, q.name));
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
		{ OBJ_TS_CONFIG, "parser", 'x' },
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
			d->arg = node_string(b->st->scratch, build_node_str(arg->type_name->names[0]));
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
	} else if (m->descriptor == &pg_query__collate_clause__descriptor) {
		PgQuery__CollateClause *cc = (PgQuery__CollateClause *)m;
		if (cc->n_collname == 2 && str_eq(build_node_str(cc->collname[0]), "pg_catalog")) {
			cc->collname[0] = cc->collname[1];	/* COLLATE "C", as written */
			cc->n_collname = 1;
		}
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
				build_add_key(b->a, &c->o->deps, object_dep_key(b->a, 'r', q->schema, q->name));
		}
	} else if (m->descriptor == &pg_query__func_call__descriptor) {
		PgQuery__FuncCall *f = (PgQuery__FuncCall *)m;
		const char *key = qualify_function(b->a, b->cat, &f->funcname, &f->n_funcname);
		if (key && c->o)
			build_add_key(b->a, &c->o->deps, key);
	} else if (m->descriptor == &pg_query__object_with_args__descriptor) {
		PgQuery__ObjectWithArgs *ow = (PgQuery__ObjectWithArgs *)m;
		if (ow->n_objname)
			canon_names(c, &ow->objname, &ow->n_objname,
				    is_operator_name(build_node_str(ow->objname[ow->n_objname - 1])) ? 'o'
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

/* The OPTIONS of a foreign-data wrapper, server, user mapping, foreign
 * table and its columns in name order, as pg_dump prints them (PostgreSQL
 * keeps them as a set). */
void build_sort_options(Node *n)
{
	Node **opts = NULL;
	size_t count = 0;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
		opts = n->create_fdw_stmt->options, count = n->create_fdw_stmt->n_options;
		break;
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT:
		opts = n->create_foreign_server_stmt->options;
		count = n->create_foreign_server_stmt->n_options;
		break;
	case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT:
		opts = n->create_user_mapping_stmt->options;
		count = n->create_user_mapping_stmt->n_options;
		break;
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: {
		PgQuery__CreateStmt *cs = n->create_foreign_table_stmt->base_stmt;
		opts = n->create_foreign_table_stmt->options;
		count = n->create_foreign_table_stmt->n_options;
		for (size_t i = 0; i < cs->n_table_elts; i++) {
			PgQuery__ColumnDef *cd = cs->table_elts[i]->node_case ==
				PG_QUERY__NODE__NODE_COLUMN_DEF ? cs->table_elts[i]->column_def : NULL;
			if (cd && cd->n_fdwoptions > 1)
				qsort(cd->fdwoptions, cd->n_fdwoptions, sizeof(Node *), cmp_defelem);
		}
		break;
	}
	default:
		break;
	}
	if (count > 1)
		qsort(opts, count, sizeof(Node *), cmp_defelem);
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
	id->name = n ? build_node_str(names[n - 1]) : NULL;
	id->schema = n >= 2 ? build_node_str(names[n - 2]) : NULL;
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
	case PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS:
		return OBJ_OPCLASS;
	case PG_QUERY__OBJECT_TYPE__OBJECT_OPFAMILY:
		return OBJ_OPFAMILY;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION:
		return OBJ_TS_CONFIG;
	case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE:
		return OBJ_LANGUAGE;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRANSFORM:
		return OBJ_TRANSFORM;
	case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
		return OBJ_FOREIGN_TABLE;
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

/* A transform's name: "FOR type LANGUAGE lang". */
static const char *transform_name(struct builder *b, const Node *type, const char *lang)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_addf(&sb, "FOR %s LANGUAGE ", type_text(b, type));
	sb_ident(&sb, build_ident(b, lang));
	s = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* A user mapping's name: "FOR role SERVER server"; NULL for a role
 * written as CURRENT_USER and the like (refused). */
static const char *user_mapping_name(struct builder *b, const PgQuery__RoleSpec *r,
				     const char *server)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	if (!r || (r->roletype != PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING &&
		   r->roletype != PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC))
		return NULL;
	sb_adds(&sb, "FOR ");
	if (r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC)
		sb_adds(&sb, "public");
	else
		sb_ident(&sb, r->rolename);
	sb_adds(&sb, " SERVER ");
	sb_ident(&sb, build_ident(b, server));
	s = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return s;
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
	case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT:
		id->kind = OBJ_OPCLASS;
		names_of(id, n->create_op_class_stmt->opclassname, n->create_op_class_stmt->n_opclassname);
		id->args = n->create_op_class_stmt->amname;
		return true;
	case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT:
		id->kind = OBJ_OPFAMILY;
		names_of(id, n->create_op_family_stmt->opfamilyname,
			 n->create_op_family_stmt->n_opfamilyname);
		id->args = n->create_op_family_stmt->amname;
		return true;
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: {
		const PgQuery__RangeVar *rv = n->create_foreign_table_stmt->base_stmt->relation;
		id->kind = OBJ_FOREIGN_TABLE;
		id->schema = rv->schemaname && *rv->schemaname ? rv->schemaname : NULL;
		id->name = rv->relname;
		return true;
	}
	case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT:
		id->kind = OBJ_LANGUAGE;
		id->name = n->create_plang_stmt->plname;
		return true;
	case PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT: {
		Node t = PG_QUERY__NODE__INIT;
		t.node_case = PG_QUERY__NODE__NODE_TYPE_NAME;
		t.type_name = n->create_transform_stmt->type_name;
		id->kind = OBJ_TRANSFORM;
		id->name = transform_name(b, &t, n->create_transform_stmt->lang);
		return true;
	}
	case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT: {
		PgQuery__CreateUserMappingStmt *um = n->create_user_mapping_stmt;
		id->kind = OBJ_USER_MAPPING;
		id->name = user_mapping_name(b, um->user, um->servername);
		return id->name != NULL;
	}
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
		id->name = build_node_str(obj);
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
		if ((id->kind == OBJ_OPCLASS || id->kind == OBJ_OPFAMILY) && l->n_items >= 2) {
			id->args = build_node_str(l->items[0]);
			return names_of(id, l->items + 1, l->n_items - 1) != NULL;
		}
		if (id->kind == OBJ_TRANSFORM && l->n_items == 2) {
			id->name = transform_name(b, l->items[0], build_node_str(l->items[1]));
			return true;
		}
		if (id->kind == OBJ_RULE) {
			if (l->n_items < 2)
				return false;
			id->name = build_node_str(l->items[l->n_items - 1]);
			id->table = build_node_str(l->items[l->n_items - 2]);
			id->schema = l->n_items >= 3 ? build_node_str(l->items[l->n_items - 3]) : NULL;
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
	const char *name = k->raw_name ? id->name : build_ident(b, id->name);

	if (!name)
		return NULL;
	if (k->global)
		return catalog_find_object(b->cat, object_key(b->a, id->kind, "", NULL, name, id->args));
	if (id->table) {
		struct relation *r = build_lookup_relation(b, id->schema, ident_truncate(b->a, id->table));
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
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
		*if_not_exists = n->create_foreign_table_stmt->base_stmt->if_not_exists;
		n->create_foreign_table_stmt->base_stmt->if_not_exists = false;
		break;
	case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT:
		*replace = n->create_plang_stmt->replace;
		n->create_plang_stmt->replace = false;
		break;
	case PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT:
		*replace = n->create_transform_stmt->replace;
		n->create_transform_stmt->replace = false;
		break;
	case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT:
		*if_not_exists = n->create_user_mapping_stmt->if_not_exists;
		n->create_user_mapping_stmt->if_not_exists = false;
		break;
	default:
		break;
	}
}

/* A name list: schema.name, name alone in public. */
static Node **own_names(struct builder *b, const char *schema, const char *name, size_t *n)
{
	Node **out = arena_alloc(b->st->scratch, 2 * sizeof(*out));

	*n = 0;
	if (!str_eq(schema, "public"))
		out[(*n)++] = node_string(b->st->scratch, schema);
	out[(*n)++] = node_string(b->st->scratch, name);
	return out;
}

/* The object's own name list as schema.name, name alone in public (as
 * written and as pg_dump writes it compare equal). */
static void own_name(struct builder *b, Node *n, const char *schema, const char *name)
{
	Node ***names = NULL;
	size_t *count = NULL;

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
	case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT:
		names = &n->create_op_class_stmt->opclassname;
		count = &n->create_op_class_stmt->n_opclassname;
		break;
	case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT:
		names = &n->create_op_family_stmt->opfamilyname;
		count = &n->create_op_family_stmt->n_opfamilyname;
		break;
	case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT:
		names = &n->alter_op_family_stmt->opfamilyname;
		count = &n->alter_op_family_stmt->n_opfamilyname;
		break;
	case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT:
		names = &n->alter_tsconfiguration_stmt->cfgname;
		count = &n->alter_tsconfiguration_stmt->n_cfgname;
		break;
	case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
		names = &n->alter_stats_stmt->defnames;
		count = &n->alter_stats_stmt->n_defnames;
		break;
	default:
		return;
	}
	if (*count)
		*names = own_names(b, schema, name, count);
}

/* ---- statements after the CREATE ----------------------------------------- */

/* Keeps stmts as o's statements and hashes them all into o->def; the
 * statement as written stays the CREATE's. The hash is of the statements
 * as unpacked: a packed tree reads back with "" where NULL was. */
void build_object_store(struct builder *b, struct dbobject *o, Node **stmts, size_t n)
{
	const struct srcfile *file = o->file;
	int offset = o->offset, len = o->len;
	bool had = o->stmt != NULL;
	uint64_t *keys = arena_alloc(b->st->scratch, (2 * n + 1) * sizeof(*keys));
	XXH128_hash_t h;

	build_object_keep_stmts(b, o, stmts, n);
	if (had) {
		o->file = file;
		o->offset = offset;
		o->len = len;
	}
	/* hashed as unpacked, the form every later reader gets */
	stmts = object_stmts(b->st->scratch, o, &n);
	for (size_t i = 0; i < n; i++)
		node_hash(b->st->scratch, &stmts[i], true, keys + 2 * i);
	h = XXH3_128bits(keys, 2 * n * sizeof(*keys));
	o->def[0] = h.low64;
	o->def[1] = h.high64;
	/* the same CREATE: mappings, the statistics target change in place */
	if (o->kind == OBJ_TS_CONFIG || o->kind == OBJ_STATISTICS)
		o->replace_sig = arena_printf(b->a, "%016llx%016llx", (unsigned long long)keys[0],
					      (unsigned long long)keys[1]);
}

Node *build_node_of(struct arena *a, PgQuery__Node__NodeCase c, void *msg)
{
	Node *n = arena_alloc(a, sizeof(*n));

	pg_query__node__init(n);
	n->node_case = c;
	n->type_name = msg;	/* the union: every member is a message pointer */
	return n;
}

static Node *node_list(struct arena *a, Node **items, size_t n)
{
	PgQuery__List *l = arena_alloc(a, sizeof(*l));

	pg_query__list__init(l);
	l->items = items;
	l->n_items = n;
	return build_node_of(a, PG_QUERY__NODE__NODE_LIST, l);
}

/* ---- operator classes and families ---------------------------------------- */

/*
 * The family of an operator class: the one FAMILY names, or the family of
 * the class's own name, created with it when absent (as PostgreSQL does,
 * and as pg_dump prints it: CREATE OPERATOR FAMILY, then the class). The
 * class's FAMILY is then always written out.
 */
static int opclass_family(struct builder *b, struct dbobject *o, PgQuery__CreateOpClassStmt *cs)
{
	struct gident id = { OBJ_OPFAMILY, NULL, NULL, NULL, cs->amname };
	struct dbobject *f;

	if (cs->n_opfamilyname)
		names_of(&id, cs->opfamilyname, cs->n_opfamilyname);
	else {
		id.schema = o->name.schema;
		id.name = o->name.name;
	}
	f = ident_find(b, &id);
	if (!f && cs->n_opfamilyname)
		return build_error(b, -1, "operator family '%s' for access method '%s' does not exist",
				   id.name, cs->amname);
	if (!f) {
		PgQuery__CreateOpFamilyStmt *fs = arena_alloc(b->st->scratch, sizeof(*fs));
		Node *n;
		pg_query__create_op_family_stmt__init(fs);
		fs->amname = cs->amname;
		fs->opfamilyname = own_names(b, o->name.schema, o->name.name, &fs->n_opfamilyname);
		n = build_node_of(b->st->scratch, PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT, fs);
		f = build_object_new(b, OBJ_OPFAMILY, o->name.schema, NULL, o->name.name, o->args);
		build_object_store(b, f, &n, 1);
		if (build_object_put(b, f, false) < 0)
			return -1;
	}
	cs->opfamilyname = own_names(b, f->name.schema, f->name.name, &cs->n_opfamilyname);
	build_add_key(b->a, &o->deps, object_provides(b->a, f));
	return 0;
}

struct item_key {
	Node *item;
	int order;		/* STORAGE, operators, functions */
	int number;
	const char *types;
};

static int cmp_item(const void *x, const void *y)
{
	const struct item_key *a = x, *b = y;

	if (a->order != b->order)
		return a->order - b->order;
	if (a->number != b->number)
		return a->number - b->number;
	return strcmp(a->types, b->types);
}

/* The types a member is known by: an operator's argument types, the types
 * a function is registered for. */
static const char *member_types(struct builder *b, const PgQuery__CreateOpClassItem *it)
{
	if (it->itemtype == 2)
		return types_text(b, it->class_args, it->n_class_args);
	return it->name ? types_text(b, it->name->objargs, it->name->n_objargs) : "";
}

/*
 * Operator class or family members as pg_dump prints them: an operator
 * with its argument types, a function with the types it is registered for
 * (what PostgreSQL's assignProcTypes derives when none are written), STORAGE
 * first, then operators, then functions, each by number.
 */
static void opclass_items(struct builder *b, PgQuery__TypeName *type, const char *am, Node **items,
			  size_t n)
{
	struct item_key *keys = arena_alloc(b->st->scratch, (n ? n : 1) * sizeof(*keys));
	Node *t = type ? build_node_of(b->st->scratch, PG_QUERY__NODE__NODE_TYPE_NAME, type) : NULL;

	for (size_t i = 0; i < n; i++) {
		PgQuery__CreateOpClassItem *it = items[i]->create_op_class_item;
		PgQuery__ObjectWithArgs *ow = it->name;
		Node **two = arena_alloc(b->st->scratch, 2 * sizeof(*two));
		if (it->itemtype == 1 && ow && !ow->n_objargs && t) {
			two[0] = two[1] = t;
			ow->objargs = two;
			ow->n_objargs = 2;
		} else if (it->itemtype == 2 && ow && !it->n_class_args) {
			Node **a = ow->objargs;
			size_t na = ow->n_objargs;
			if (str_eq(am, "btree") && it->number == 1 && na == 2)
				two[0] = a[0], two[1] = a[1];
			else if (str_eq(am, "btree") && it->number == 3 && na == 5)
				two[0] = a[0], two[1] = a[2];
			else if (str_eq(am, "hash") && na >= 1)
				two[0] = two[1] = a[0];
			else
				two[0] = two[1] = t;
			if (two[0] && two[1]) {
				it->class_args = two;
				it->n_class_args = 2;
			}
		}
		keys[i].item = items[i];
		keys[i].order = it->itemtype == 3 ? 0 : it->itemtype;
		keys[i].number = it->number;
		keys[i].types = member_types(b, it);
	}
	qsort(keys, n, sizeof(*keys), cmp_item);
	for (size_t i = 0; i < n; i++)
		items[i] = keys[i].item;
}

/* ALTER OPERATOR FAMILY ... DROP OPERATOR n (type, type) | FUNCTION n
 * (type, type): each member named leaves the family's ADD statement (an
 * error if it has none such, as PostgreSQL's). */
static int opfamily_drop(struct builder *b, struct dbobject *o, Node **stmts, size_t n,
			 const PgQuery__AlterOpFamilyStmt *as)
{
	PgQuery__AlterOpFamilyStmt *add = n >= 2 ? stmts[1]->alter_op_family_stmt : NULL;

	for (size_t i = 0; i < as->n_items; i++) {
		const PgQuery__CreateOpClassItem *d = as->items[i]->create_op_class_item;
		const char *types = types_text(b, d->class_args, d->n_class_args);
		size_t j = 0;
		for (; add && j < add->n_items; j++) {
			const PgQuery__CreateOpClassItem *it = add->items[j]->create_op_class_item;
			if (it->itemtype == d->itemtype && it->number == d->number &&
			    str_eq(member_types(b, it), types))
				break;
		}
		if (!add || j == add->n_items)
			return build_error(b, -1, "%s %d(%s) does not exist in operator family '%s'",
					   d->itemtype == 1 ? "operator" : "function", d->number, types,
					   o->name.name);
		memmove(add->items + j, add->items + j + 1, (add->n_items - j - 1) * sizeof(*add->items));
		add->n_items--;
	}
	build_object_store(b, o, stmts, add && add->n_items ? 2 : 1);
	return 0;
}

/* ALTER OPERATOR FAMILY ... ADD: the members join the family's one ADD
 * statement (pg_dump prints one), after its CREATE. */
static int opfamily_add(struct builder *b, struct dbobject *o, Node *stmt)
{
	PgQuery__AlterOpFamilyStmt *as = stmt->alter_op_family_stmt;
	size_t n;
	Node **stmts = object_stmts(b->st->scratch, o, &n);
	Node *out[2];
	PgQuery__AlterOpFamilyStmt *add;

	if (as->is_drop)
		return opfamily_drop(b, o, stmts, n, as);
	out[0] = stmts[0];
	if (n >= 2) {
		add = stmts[1]->alter_op_family_stmt;
		Node **items = arena_alloc(b->st->scratch, (add->n_items + as->n_items) * sizeof(*items));
		memcpy(items, add->items, add->n_items * sizeof(*items));
		memcpy(items + add->n_items, as->items, as->n_items * sizeof(*items));
		add->items = items;
		add->n_items += as->n_items;
		out[1] = stmts[1];
	} else {
		add = as;
		out[1] = stmt;
	}
	opclass_items(b, NULL, o->args, add->items, add->n_items);
	build_object_store(b, o, out, 2);
	return 0;
}

/* ---- text search configurations -------------------------------------------- */

/*
 * A configuration is kept as pg_dump prints it: CREATE ... (PARSER = p),
 * then one ADD MAPPING per token type, in token name order. COPY of
 * another configuration copies its mappings; of a built-in one, the
 * mappings initdb gives it (below). ALTER ... ADD, ALTER, REPLACE and DROP
 * MAPPING edit them.
 */

/* The token types the default parser maps in the built-in configurations:
 * to simple, and to the language's stemmer (ascii: english_stem in the
 * languages written in another script that initdb maps so). */
static const char *const ts_simple_tokens[] = {
	"email", "file", "float", "host", "hword_numpart", "int", "numhword", "numword",
	"sfloat", "uint", "url", "url_path", "version",
};
static const char *const ts_ascii_tokens[] = { "asciihword", "asciiword", "hword_asciipart" };
static const char *const ts_word_tokens[] = { "hword", "hword_part", "word" };
static const char *const ts_languages[] = {
	"arabic", "armenian", "basque", "catalan", "danish", "dutch", "english", "finnish",
	"french", "german", "greek", "hindi", "hungarian", "indonesian", "irish", "italian",
	"lithuanian", "nepali", "norwegian", "portuguese", "romanian", "russian", "serbian",
	"spanish", "swedish", "tamil", "turkish", "yiddish",
};

struct ts_map {
	struct builder *b;
	Node **cfgname;
	size_t n_cfgname;
	struct ptrvec maps;	/* Node *: one-token ADD MAPPING statements */
};

static PgQuery__AlterTSConfigurationStmt *ts_find(struct ts_map *m, const char *token, size_t *at)
{
	for (size_t i = 0; i < m->maps.n; i++) {
		PgQuery__AlterTSConfigurationStmt *a = ((Node *)m->maps.items[i])->alter_tsconfiguration_stmt;
		if (str_eq(build_node_str(a->tokentype[0]), token)) {
			if (at)
				*at = i;
			return a;
		}
	}
	return NULL;
}

static void ts_put(struct ts_map *m, const char *token, Node **dicts, size_t n)
{
	struct arena *a = m->b->st->scratch;
	PgQuery__AlterTSConfigurationStmt *s = ts_find(m, token, NULL);

	if (!s) {
		s = arena_alloc(a, sizeof(*s));
		pg_query__alter_tsconfiguration_stmt__init(s);
		s->kind = PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING;
		s->tokentype = arena_alloc(a, sizeof(*s->tokentype));
		s->tokentype[0] = node_string(a, token);
		s->n_tokentype = 1;
		vec_push(&m->maps, a, build_node_of(a, PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT, s));
	}
	s->dicts = dicts;
	s->n_dicts = n;
}

static void ts_put_builtin(struct ts_map *m, const char *token, const char *dict)
{
	struct arena *a = m->b->st->scratch;
	Node **one = arena_alloc(a, sizeof(*one)), **dicts = arena_alloc(a, sizeof(*dicts));

	one[0] = node_string(a, dict);
	dicts[0] = node_list(a, one, 1);
	ts_put(m, token, dicts, 1);
}

/* The mappings of built-in configuration name; false if there is none. */
static bool ts_builtin(struct ts_map *m, const char *name)
{
	const char *stem = NULL, *ascii;

	for (size_t i = 0; i < ARRAY_SIZE(ts_languages); i++)
		if (str_eq(ts_languages[i], name))
			stem = arena_printf(m->b->a, "%s_stem", name);
	if (!stem && !str_eq(name, "simple"))
		return false;
	ascii = !stem ? "simple" : str_eq(name, "hindi") || str_eq(name, "russian") ? "english_stem"
		: stem;
	for (size_t i = 0; i < ARRAY_SIZE(ts_simple_tokens); i++)
		ts_put_builtin(m, ts_simple_tokens[i], "simple");
	for (size_t i = 0; i < ARRAY_SIZE(ts_ascii_tokens); i++)
		ts_put_builtin(m, ts_ascii_tokens[i], ascii);
	for (size_t i = 0; i < ARRAY_SIZE(ts_word_tokens); i++)
		ts_put_builtin(m, ts_word_tokens[i], stem ? stem : "simple");
	return true;
}

static int cmp_mapping(const void *x, const void *y)
{
	const Node *a = *(const Node *const *)x, *b = *(const Node *const *)y;

	return strcmp(build_node_str(a->alter_tsconfiguration_stmt->tokentype[0]),
		      build_node_str(b->alter_tsconfiguration_stmt->tokentype[0]));
}

static void ts_store(struct ts_map *m, struct dbobject *o, Node *create)
{
	struct arena *a = m->b->st->scratch;
	Node **stmts = arena_alloc(a, (m->maps.n + 1) * sizeof(*stmts));

	if (m->maps.n > 1)
		qsort(m->maps.items, m->maps.n, sizeof(void *), cmp_mapping);
	stmts[0] = create;
	for (size_t i = 0; i < m->maps.n; i++) {
		PgQuery__AlterTSConfigurationStmt *s = ((Node *)m->maps.items[i])->alter_tsconfiguration_stmt;
		s->cfgname = m->cfgname;
		s->n_cfgname = m->n_cfgname;
		stmts[i + 1] = m->maps.items[i];
	}
	build_object_store(m->b, o, stmts, m->maps.n + 1);
}

/* Resolves each dictionary of an ALTER ... MAPPING statement. */
static void ts_dicts(struct canon *c, Node **dicts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (dicts[i]->node_case == PG_QUERY__NODE__NODE_LIST)
			canon_names(c, &dicts[i]->list->items, &dicts[i]->list->n_items, 'd');
}

static int ts_config_create(struct builder *b, struct dbobject *o, Node *stmt, bool replace)
{
	PgQuery__DefineStmt *ds = stmt->define_stmt;
	struct ts_map m = { b, NULL, 0, { 0 } };
	PgQuery__DefElem *parser = NULL;

	m.cfgname = own_names(b, o->name.schema, o->name.name, &m.n_cfgname);
	for (size_t i = 0; i < ds->n_definition; i++) {
		PgQuery__DefElem *d = ds->definition[i]->def_elem;
		const Node *arg = d->arg;
		Node **names = NULL;
		size_t n = 0;
		struct dbobject *src;
		struct gident id = { OBJ_TS_CONFIG, NULL, NULL, NULL, NULL };
		if (str_eq(d->defname, "parser")) {
			parser = d;
			continue;
		}
		if (!str_eq(d->defname, "copy"))
			return build_error(b, -1, "text search configuration parameter '%s' not recognized",
					   d->defname);
		if (arg && arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
			names = arg->type_name->names, n = arg->type_name->n_names;
		else if (arg && arg->node_case == PG_QUERY__NODE__NODE_LIST)
			names = arg->list->items, n = arg->list->n_items;
		else if (arg && arg->node_case == PG_QUERY__NODE__NODE_STRING)
			names = &d->arg, n = 1;
		if (!n || !names_of(&id, names, n))
			return build_error(b, -1, "COPY needs a text search configuration");
		src = ident_find(b, &id);
		if (src) {
			size_t ns;
			Node **ss = object_stmts(b->st->scratch, src, &ns);
			parser = ss[0]->define_stmt->definition[0]->def_elem;
			for (size_t j = 1; j < ns; j++)
				vec_push(&m.maps, b->st->scratch, ss[j]);
			build_add_key(b->a, &o->deps, object_provides(b->a, src));
		} else if ((!id.schema || str_eq(id.schema, "pg_catalog")) && ts_builtin(&m, id.name)) {
			PgQuery__DefElem *p = arena_alloc(b->st->scratch, sizeof(*p));
			pg_query__def_elem__init(p);
			p->defname = "parser";
			p->defaction = PG_QUERY__DEF_ELEM_ACTION__DEFELEM_UNSPEC;
			p->arg = node_string(b->st->scratch, "default");
			parser = p;
		} else {
			return build_error(b, -1, "text search configuration '%s' does not exist", id.name);
		}
	}
	if (!parser)
		return build_error(b, -1, "text search parser is required");
	if (parser->arg && parser->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME &&
	    parser->arg->type_name->n_names == 1)
		parser->arg = parser->arg->type_name->names[0];	/* default, as written */
	ds->definition = arena_alloc(b->st->scratch, sizeof(*ds->definition));
	ds->definition[0] = build_node_of(b->st->scratch, PG_QUERY__NODE__NODE_DEF_ELEM, parser);
	ds->n_definition = 1;
	ts_store(&m, o, stmt);
	return build_object_put(b, o, replace);
}

static int ts_config_alter(struct builder *b, struct dbobject *o, Node *stmt)
{
	PgQuery__AlterTSConfigurationStmt *as = stmt->alter_tsconfiguration_stmt;
	struct canon c = { b, o, { 0 } };
	struct ts_map m = { b, NULL, 0, { 0 } };
	size_t n;
	Node **stmts = object_stmts(b->st->scratch, o, &n);

	m.cfgname = own_names(b, o->name.schema, o->name.name, &m.n_cfgname);
	for (size_t i = 1; i < n; i++)
		vec_push(&m.maps, b->st->scratch, stmts[i]);
	ts_dicts(&c, as->dicts, as->n_dicts);
	switch (as->kind) {
	case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING:
	case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN:
		for (size_t i = 0; i < as->n_tokentype; i++) {
			const char *tok = build_node_str(as->tokentype[i]);
			if (!as->override && ts_find(&m, tok, NULL))
				return build_error(b, -1, "mapping for token type '%s' already exists", tok);
			ts_put(&m, tok, as->dicts, as->n_dicts);
		}
		break;
	case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT:
	case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN: {
		uint64_t from[2], to[2];
		Node *old, *new;
		if (as->n_dicts != 2)
			return build_error(b, -1, "internal error: REPLACE needs two dictionaries");
		old = node_copy(b->st->scratch, as->dicts[0]);
		new = as->dicts[1];
		node_hash(b->st->scratch, &old, true, from);
		for (size_t i = 0; i < m.maps.n; i++) {
			PgQuery__AlterTSConfigurationStmt *s =
				((Node *)m.maps.items[i])->alter_tsconfiguration_stmt;
			bool chosen = !as->n_tokentype;
			for (size_t j = 0; j < as->n_tokentype; j++)
				chosen |= str_eq(build_node_str(as->tokentype[j]), build_node_str(s->tokentype[0]));
			for (size_t j = 0; chosen && j < s->n_dicts; j++) {
				Node *d = node_copy(b->st->scratch, s->dicts[j]);
				node_hash(b->st->scratch, &d, true, to);
				if (from[0] == to[0] && from[1] == to[1])
					s->dicts[j] = new;
			}
		}
		break;
	}
	case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_DROP_MAPPING:
		for (size_t i = 0; i < as->n_tokentype; i++) {
			const char *tok = build_node_str(as->tokentype[i]);
			size_t at;
			if (!ts_find(&m, tok, &at)) {
				if (as->missing_ok)
					continue;
				return build_error(b, -1, "mapping for token type '%s' does not exist", tok);
			}
			m.maps.items[at] = m.maps.items[--m.maps.n];
		}
		break;
	default:
		return build_error(b, -1, "unsupported statement: ALTER TEXT SEARCH CONFIGURATION");
	}
	ts_store(&m, o, stmts[0]);
	return 0;
}

/* ---- ALTER ------------------------------------------------------------------- */

/* ALTER STATISTICS ... SET STATISTICS: kept after the CREATE, as pg_dump
 * prints it; -1 (the default) keeps the CREATE alone. */
static int stats_alter(struct builder *b, struct dbobject *o, Node *stmt)
{
	size_t n;
	Node **stmts = object_stmts(b->st->scratch, o, &n);
	Node *out[2] = { stmts[0], stmt };

	own_name(b, stmt, o->name.schema, o->name.name);
	build_object_store(b, o, out, stmt->alter_stats_stmt->stxstattarget == -1 ? 1 : 2);
	return 0;
}

int build_alter_generic(struct builder *b, Node *stmt)
{
	struct gident id = { 0 };
	struct dbobject *o;

	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT:
		id.kind = OBJ_OPFAMILY;
		names_of(&id, stmt->alter_op_family_stmt->opfamilyname,
			 stmt->alter_op_family_stmt->n_opfamilyname);
		id.args = stmt->alter_op_family_stmt->amname;
		break;
	case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT:
		id.kind = OBJ_TS_CONFIG;
		names_of(&id, stmt->alter_tsconfiguration_stmt->cfgname,
			 stmt->alter_tsconfiguration_stmt->n_cfgname);
		break;
	case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
		id.kind = OBJ_STATISTICS;
		names_of(&id, stmt->alter_stats_stmt->defnames, stmt->alter_stats_stmt->n_defnames);
		break;
	default:
		return build_error(b, -1, "internal error: not a generic ALTER");
	}
	o = ident_find(b, &id);
	if (!o) {
		if (stmt->node_case == PG_QUERY__NODE__NODE_ALTER_STATS_STMT &&
		    stmt->alter_stats_stmt->missing_ok)
			return 0;
		return build_error(b, -1, "%s '%s' does not exist", object_kind_name(id.kind),
				   id.name ? id.name : "?");
	}
	if (stmt->node_case == PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT)
		return ts_config_alter(b, o, stmt);
	own_name(b, stmt, o->name.schema, o->name.name);
	if (stmt->node_case == PG_QUERY__NODE__NODE_ALTER_STATS_STMT)
		return stats_alter(b, o, stmt);
	{
		struct canon c = { b, o, { 0 } };
		message_each(&stmt->base, canon_msg, &c);
	}
	return opfamily_add(b, o, stmt);
}

int build_create_generic(struct builder *b, Node *stmt)
{
	struct gident id;
	const struct object_kind_desc *k;
	struct canon c = { b, NULL, { 0 } };
	const char *schema = "", *table = NULL, *name;
	bool replace = false, if_not_exists = false;
	struct dbobject *o;

	if (!stmt_ident(b, stmt, &id) || !id.name)
		return build_error(b, -1, "internal error: not a generic object");
	k = object_kind_desc(id.kind);
	if (stmt->node_case == PG_QUERY__NODE__NODE_RULE_STMT) {
		PgQuery__RuleStmt *rs = stmt->rule_stmt;
		struct table *t = build_lookup_table(b, rs->relation, false);
		if (!t)
			return -1;
		if (rs->event == PG_QUERY__CMD_TYPE__CMD_SELECT)
			return build_error(b, -1, "unsupported statement: CREATE RULE ... ON SELECT");
		schema = t->name.schema;
		table = t->name.name;
		rs->relation->schemaname = (char *)schema;
	} else if (!k->global) {
		schema = build_creation_schema(b, id.schema, -1);
		if (!schema)
			return -1;
	}
	if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT &&
	    build_foreign_table_check(b, stmt->create_foreign_table_stmt, schema) < 0)
		return -1;
	name = k->raw_name ? arena_strdup(b->a, id.name) : build_ident(b, id.name);
	clear_create_flags(stmt, &replace, &if_not_exists);
	o = build_object_new(b, id.kind, schema, table, name, id.args ? arena_strdup(b->a, id.args) : NULL);
	if (catalog_find_object(b->cat, o->key) && if_not_exists)
		return 0;
	c.o = o;
	own_name(b, stmt, schema, name);
	if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT)
		build_add_key(b->a, &o->deps, object_dep_key(b->a, 'w', "",
						       build_ident(b, stmt->create_foreign_server_stmt->fdwname)));
	else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT)
		build_foreign_table_columns(b, o, stmt->create_foreign_table_stmt);
	else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT)
		build_add_key(b->a, &o->deps, object_dep_key(b->a, 'S', "",
						       build_ident(b, stmt->create_user_mapping_stmt->servername)));
	else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT)
		build_add_key(b->a, &o->deps, object_dep_key(b->a, 'l', "",
						       build_ident(b, stmt->create_transform_stmt->lang)));
	else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_PLANG_STMT) {
		PgQuery__CreatePLangStmt *pl = stmt->create_plang_stmt;
		canon_names(&c, &pl->plhandler, &pl->n_plhandler, 'f');
		canon_names(&c, &pl->plinline, &pl->n_plinline, 'f');
		canon_names(&c, &pl->plvalidator, &pl->n_plvalidator, 'f');
	} else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT &&
		   opclass_family(b, o, stmt->create_op_class_stmt) < 0)
		return -1;
	message_each(&stmt->base, canon_msg, &c);
	if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT)
		opclass_items(b, stmt->create_op_class_stmt->datatype,
			      stmt->create_op_class_stmt->amname, stmt->create_op_class_stmt->items,
			      stmt->create_op_class_stmt->n_items);
	if (id.kind == OBJ_TS_CONFIG)
		return ts_config_create(b, o, stmt, replace);
	if (stmt->node_case == PG_QUERY__NODE__NODE_DEFINE_STMT && stmt->define_stmt->n_definition > 1)
		qsort(stmt->define_stmt->definition, stmt->define_stmt->n_definition,
		      sizeof(Node *), cmp_defelem);
	build_sort_options(stmt);
	build_object_store(b, o, &stmt, 1);
	return build_object_put(b, o, replace);
}
