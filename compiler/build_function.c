/*
 * build_function.c - CREATE FUNCTION and PROCEDURE, ALTER FUNCTION: the
 * signature and options as the catalog keeps them, and the relations
 * and functions a body uses (SQL bodies parsed, PL/pgSQL's queries
 * found through libpg_query's PL/pgSQL parser).
 */
#include "build_int.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <xxhash.h>

/* A schema for a name list's object: its own, or the creation schema. */
static const char *names_schema(struct builder *b, PgQuery__Node **names, size_t n,
				const char **name)
{
	*name = build_ident(b, build_node_str(names[n - 1]));
	return build_creation_schema(b, n >= 2 ? build_node_str(names[n - 2]) : NULL, -1);
}

/* A name list spelled schema.name, or name alone in public. */
static void qualify_names(struct builder *b, PgQuery__Node ***names, size_t *n,
			  const char *schema, const char *name)
{
	Node **out = arena_alloc(b->st->scratch, 2 * sizeof(*out));
	size_t k = 0;

	if (!str_eq(schema, "public"))
		out[k++] = node_string(b->st->scratch, schema);
	out[k++] = node_string(b->st->scratch, name);
	*names = out;
	*n = k;
}

/* The type a typeref names as a dependency key: a table's row type or a
 * user type; NULL for built-in types. */
static const char *type_dep_key(struct builder *b, const struct typeref *t)
{
	struct qname q = { t->schema, t->name };

	if (!t->name || !t->schema || str_eq(t->schema, "pg_catalog"))
		return NULL;
	if (catalog_find_table(b->cat, &q) || catalog_resolve_relation(b->cat, t->schema, t->name))
		return object_dep_key(b->a, 'r', t->schema, t->name);
	return object_dep_key(b->a, 'T', t->schema, t->name);
}

static const char *typeref_text(struct builder *b, const struct typeref *t)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_type(&sb, t);
	s = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* ---- function bodies -------------------------------------------------- */

struct body_ctx {
	struct builder *b;
	struct ptrvec *uses;
};

static void body_relation(struct body_ctx *c, const PgQuery__RangeVar *rv);

static bool body_pre(Node **slot, void *vctx)
{
	struct body_ctx *c = vctx;
	Node *n = *slot;

	/* the target of INSERT, UPDATE, DELETE is a RangeVar, not a Node */
	if (n->node_case == PG_QUERY__NODE__NODE_INSERT_STMT && n->insert_stmt->relation)
		body_relation(c, n->insert_stmt->relation);
	else if (n->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT && n->update_stmt->relation)
		body_relation(c, n->update_stmt->relation);
	else if (n->node_case == PG_QUERY__NODE__NODE_DELETE_STMT && n->delete_stmt->relation)
		body_relation(c, n->delete_stmt->relation);
	else if (n->node_case == PG_QUERY__NODE__NODE_MERGE_STMT && n->merge_stmt->relation)
		body_relation(c, n->merge_stmt->relation);
	if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
		body_relation(c, n->range_var);
	} else if (n->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
		PgQuery__FuncCall *f = n->func_call;
		const char *key = qualify_function(c->b->a, c->b->cat, &f->funcname, &f->n_funcname);
		if (key)
			build_add_key(c->b->a, c->uses, key);
	}
	return true;
}

static void body_relation(struct body_ctx *c, const PgQuery__RangeVar *rv)
{
	{
		const char *name = ident_truncate(c->b->a, rv->relname);
		struct relation *r = catalog_resolve_relation(c->b->cat, rv->schemaname, name);
		if (r && (r->kind == REL_TABLE || r->kind == REL_VIEW)) {
			const struct qname *q = r->kind == REL_TABLE
				? &((struct table *)r->obj)->name : &((struct dbobject *)r->obj)->name;
			build_add_key(c->b->a, c->uses, object_dep_key(c->b->a, 'r', q->schema, q->name));
		} else if (build_object_has(rv->schemaname)) {
			build_add_key(c->b->a, c->uses, object_dep_key(c->b->a, 'r', rv->schemaname, name));
		}
	}
}

static void sql_uses(struct builder *b, const char *text, struct ptrvec *uses)
{
	struct stmt_cache *cache = b->st->file ? b->st->file->cache : NULL;
	PgQuery__ParseResult *pr = parse_sql_cached(cache, b->st->scratch, text);
	struct body_ctx c = { b, uses };

	if (!pr) {
		/* a PL/pgSQL expression: "x := expr" or a bare expression */
		const char *assign = strstr(text, ":=");
		pr = parse_sql_cached(cache, b->st->scratch,
				      arena_printf(b->st->scratch, "SELECT %s", assign ? assign + 2 : text));
	}
	for (size_t i = 0; pr && i < pr->n_stmts; i++)
		node_walk(&pr->stmts[i]->stmt, body_pre, &c);
}

/* The "query" strings of a PL/pgSQL parse tree (pg_query_parse_plpgsql's
 * JSON, read with jansson), in the order written, into out. */
static void json_queries(json_t *j, struct arena *a, struct ptrvec *out)
{
	const char *k;
	json_t *v;
	size_t i;

	if (json_is_object(j)) {
		json_object_foreach(j, k, v) {
			if (strcmp(k, "query") == 0 && json_is_string(v))
				vec_push(out, a, arena_strdup(a, json_string_value(v)));
			else
				json_queries(v, a, out);
		}
	} else if (json_is_array(j)) {
		json_array_foreach(j, i, v)
			json_queries(v, a, out);
	}
}

/* The queries of the PL/pgSQL function the statement creates (text, as
 * written): read once per distinct text (its XXH3-128 is the key), since
 * both sides of a diff share most of them. */
static const struct ptrvec *plpgsql_queries(struct builder *b, const char *text)
{
	struct stmt_cache *c = b->st->file ? b->st->file->cache : NULL;
	XXH128_hash_t h = XXH3_128bits(text, strlen(text));
	const uint64_t hash[2] = { h.low64, h.high64 };
	struct ptrvec *q = c ? stmt_cache_get_expr(c, hash, -1, CACHED_PLPGSQL_QUERIES) : NULL;
	struct arena *a = c ? stmt_cache_arena(c) : b->st->scratch;
	PgQueryPlpgsqlParseResult r;

	if (q)
		return q;
	q = arena_alloc(a, sizeof(*q));
	r = pg_query_parse_plpgsql(text);
	if (!r.error && r.plpgsql_funcs) {
		json_t *j = json_loads(r.plpgsql_funcs, 0, NULL);
		if (j)
			json_queries(j, a, q);
		json_decref(j);
	}
	pg_query_free_plpgsql_parse_result(r);
	if (c)
		stmt_cache_put_expr(c, hash, -1, CACHED_PLPGSQL_QUERIES, q);
	return q;
}

static void body_uses(struct builder *b, const char *language, const char *body,
		      struct ptrvec *uses)
{
	if (!body)
		return;
	if (str_eq(language, "sql")) {
		sql_uses(b, body, uses);
	} else if (str_eq(language, "plpgsql") && b->st->node &&
		   b->st->node->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
		/* the statement as written (a rebuild after ALTER or RENAME
		 * keeps the uses it had: the body is the same) */
		const char *text = arena_strndup(b->st->scratch, b->st->file->text + b->st->offset,
						 (size_t)b->st->len);
		const struct ptrvec *queries = plpgsql_queries(b, text);
		for (size_t i = 0; i < queries->n; i++)
			sql_uses(b, queries->items[i], uses);
	}
}

/* ---- functions and procedures ----------------------------------------- */

const char *build_function_defelem_text(struct builder *b, const Node *arg)
{
	if (!arg)
		return "true";
	switch (arg->node_case) {
	case PG_QUERY__NODE__NODE_STRING:
		return arg->string->sval;
	case PG_QUERY__NODE__NODE_INTEGER:
		return arena_printf(b->st->scratch, "%d", arg->integer->ival);
	case PG_QUERY__NODE__NODE_FLOAT:
		return arg->float_->fval;
	case PG_QUERY__NODE__NODE_BOOLEAN:
		return arg->boolean->boolval ? "true" : "false";
	case PG_QUERY__NODE__NODE_TYPE_NAME: {
		struct typeref t;
		typeref_from_node(&t, b->a, b->cat, arg->type_name, NULL);
		return typeref_text(b, &t);
	}
	default:
		return NULL;
	}
}

static const char *const_text(struct builder *b, const Node *n)
{
	if (n && n->node_case == PG_QUERY__NODE__NODE_A_CONST) {
		const PgQuery__AConst *c = n->a_const;
		switch (c->val_case) {
		case PG_QUERY__A__CONST__VAL_SVAL:
			return c->sval->sval;
		case PG_QUERY__A__CONST__VAL_IVAL:
			return arena_printf(b->st->scratch, "%d", c->ival->ival);
		case PG_QUERY__A__CONST__VAL_FVAL:
			return c->fval->fval;
		case PG_QUERY__A__CONST__VAL_BOOLVAL:
			return c->boolval->boolval ? "true" : "false";
		default:
			break;
		}
	}
	return "";
}

/* SET name = values / FROM CURRENT, as one canonical text. */
static const char *set_text(struct builder *b, const PgQuery__VariableSetStmt *vs)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_addf(&sb, "%s", vs->name);
	if (vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT) {
		sb_adds(&sb, " FROM CURRENT");
	} else if (vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET) {
		sb_adds(&sb, " RESET");
	} else {
		sb_addc(&sb, '=');
		for (size_t i = 0; i < vs->n_args; i++)
			sb_addf(&sb, "%s%s", i ? ", " : "", const_text(b, vs->args[i]));
	}
	s = arena_strdup(b->st->scratch, sb.buf);
	sb_release(&sb);
	return s;
}

static bool is_input(PgQuery__FunctionParameterMode m)
{
	return m != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT &&
	       m != PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE;
}

static char mode_letter(PgQuery__FunctionParameterMode m)
{
	switch (m) {
	case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT:
		return 'o';
	case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT:
		return 'b';
	case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC:
		return 'v';
	case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE:
		return 't';
	default:
		return 'i';
	}
}

const char *build_function_args(struct builder *b, PgQuery__Node **params, size_t n,
			  bool objargs)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;
	bool first = true;

	for (size_t i = 0; i < n; i++) {
		const PgQuery__TypeName *tn;
		struct typeref t;
		if (objargs) {
			if (params[i]->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
				continue;
			tn = params[i]->type_name;
		} else {
			const PgQuery__FunctionParameter *fp = params[i]->function_parameter;
			if (!is_input(fp->mode))
				continue;
			tn = fp->arg_type;
		}
		typeref_from_node(&t, b->a, b->cat, tn, NULL);
		sb_addf(&sb, "%s", first ? "" : ", ");
		sb_type(&sb, &t);
		first = false;
	}
	s = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return s;
}

int build_create_function(struct builder *b, Node *stmt)
{
	PgQuery__CreateFunctionStmt *fs = stmt->create_function_stmt;
	const char *name, *schema = names_schema(b, fs->funcname, fs->n_funcname, &name);
	struct defhash h = { b->st->scratch, { 0 } }, sig = { b->st->scratch, { 0 } };
	const char *language = "sql", *body = NULL, *volatility = "volatile", *parallel = "unsafe";
	const char *cost = NULL, *rows = NULL;
	bool strict = false, secdef = false, leakproof = false, window = false;
	struct ptrvec sets = { 0 };
	struct ptrvec fpath = { 0 };	/* its own SET search_path, if any */
	bool has_fpath = false;
	struct dbobject *o;
	bool setof = fs->return_type && fs->return_type->setof;
	bool replace = fs->replace;

	if (!schema)
		return -1;
	o = build_object_new(b, fs->is_procedure ? OBJ_PROCEDURE : OBJ_FUNCTION, schema, NULL, name,
		       build_function_args(b, fs->parameters, fs->n_parameters, false));
	for (size_t i = 0; i < fs->n_parameters; i++) {
		PgQuery__FunctionParameter *fp = fs->parameters[i]->function_parameter;
		struct typeref t;
		const char *dep;
		typeref_from_node(&t, b->a, b->cat, fp->arg_type, NULL);
		build_dh_add(&h, "param", arena_printf(b->st->scratch, "%c:%s:%s", mode_letter(fp->mode),
						 fp->name ? fp->name : "", typeref_text(b, &t)));
		build_dh_add(&sig, "param", arena_printf(b->st->scratch, "%c:%s:%s:%d", mode_letter(fp->mode),
						   fp->name ? fp->name : "", typeref_text(b, &t),
						   fp->defexpr != NULL));
		{
			/* hashed normalized, printed as written: the
			 * normalized tree spells gcd(3, 2) gcd('3', '2'),
			 * which PostgreSQL finds ambiguous */
			Node *def = fp->defexpr ? node_copy(b->st->scratch, fp->defexpr) : NULL;
			build_dh_tree(&h, "default", &def, false);
		}
		if ((dep = type_dep_key(b, &t)) != NULL)
			build_add_key(b->a, &o->deps, dep);
	}
	if (fs->return_type) {
		struct typeref t;
		const char *dep;
		typeref_from_node(&t, b->a, b->cat, fs->return_type, NULL);
		build_dh_add(&h, setof ? "returns setof" : "returns", typeref_text(b, &t));
		build_dh_add(&sig, setof ? "returns setof" : "returns", typeref_text(b, &t));
		if ((dep = type_dep_key(b, &t)) != NULL)
			build_add_key(b->a, &o->deps, dep);
	}
	for (size_t i = 0; i < fs->n_options; i++) {
		const PgQuery__DefElem *d = fs->options[i]->def_elem;
		const char *v;
		if (fs->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (str_eq(d->defname, "as")) {
			if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST) {
				const PgQuery__List *l = d->arg->list;
				body = l->n_items ? build_node_str(l->items[0]) : NULL;
				build_dh_add(&h, "as", body);
				if (l->n_items > 1)
					build_dh_add(&h, "symbol", build_node_str(l->items[1]));
			}
			continue;
		}
		if (str_eq(d->defname, "set")) {
			if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
				const PgQuery__VariableSetStmt *vs = d->arg->variable_set_stmt;
				vec_push(&sets, b->st->scratch, (void *)set_text(b, vs));
				if (str_eq(vs->name, "search_path") &&
				    vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
					has_fpath = true;
					for (size_t k = 0; k < vs->n_args; k++) {
						const Node *an = vs->args[k];
						const char *pv = an->node_case == PG_QUERY__NODE__NODE_A_CONST &&
							an->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL
							? an->a_const->sval->sval : NULL;
						if (pv && *pv)
							vec_push(&fpath, b->a, (void *)pv);
					}
				}
			}
			continue;
		}
		v = build_function_defelem_text(b, d->arg);
		if (!v)
			return build_error(b, d->location, "unsupported function option '%s'",
					   d->defname);
		if (str_eq(d->defname, "language"))
			language = arena_strdup(b->a, v);
		else if (str_eq(d->defname, "volatility"))
			volatility = v;
		else if (str_eq(d->defname, "strict"))
			strict = str_eq(v, "true");
		else if (str_eq(d->defname, "security"))
			secdef = str_eq(v, "true");
		else if (str_eq(d->defname, "leakproof"))
			leakproof = str_eq(v, "true");
		else if (str_eq(d->defname, "parallel"))
			parallel = v;
		else if (str_eq(d->defname, "cost"))
			cost = v;
		else if (str_eq(d->defname, "rows"))
			rows = v;
		else if (str_eq(d->defname, "window"))
			window = str_eq(v, "true");
		else if (str_eq(d->defname, "support"))
			build_dh_add(&h, "support", v);
		else
			return build_error(b, d->location, "unsupported function option '%s'",
					   d->defname);
	}
	for (char *p = (char *)language; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	if (!cost)
		cost = str_eq(language, "c") || str_eq(language, "internal") ? "1" : "100";
	if (!rows)
		rows = setof ? "1000" : "0";
	build_dh_add(&h, "language", language);
	if (!fs->is_procedure) {
		build_dh_add(&h, "volatility", volatility);
		build_dh_add(&h, "strict", strict ? "t" : "f");
		build_dh_add(&h, "leakproof", leakproof ? "t" : "f");
		build_dh_add(&h, "parallel", parallel);
		build_dh_add(&h, "cost", arena_printf(b->st->scratch, "%g", atof(cost)));
		build_dh_add(&h, "rows", arena_printf(b->st->scratch, "%g", atof(rows)));
		build_dh_add(&h, "window", window ? "t" : "f");
	}
	build_dh_add(&h, "security", secdef ? "definer" : "invoker");
	for (size_t i = 0; i < sets.n; i++)
		build_dh_add(&h, "set", sets.items[i]);
	if (fs->sql_body) {
		struct ptrvec deps = { 0 };
		qualify_query(b->st->scratch, b->cat, fs->sql_body, NULL, &deps);
		for (size_t i = 0; i < deps.n; i++)
			build_add_key(b->a, &o->deps, arena_strdup(b->a, deps.items[i]));
	} else {
		/* the body's names resolve through the function's own
		 * search_path when it sets one (pg_dump's empty session
		 * search_path would find none of them) */
		struct ptrvec session = b->cat->search_path;
		if (has_fpath)
			b->cat->search_path = fpath;
		body_uses(b, language, body, &o->uses);
		b->cat->search_path = session;
	}
	fs->replace = false;
	qualify_names(b, &fs->funcname, &fs->n_funcname, schema, name);
	build_object_keep(b, o, stmt);
	if (fs->sql_body)
		build_dh_tree(&h, "body", &fs->sql_body, true);
	build_dh_add(&sig, "kind", object_kind_name(o->kind));
	o->replace_sig = arena_strdup(b->a, build_dh_text(&sig));
	build_dh_finish(&h, o->def);
	return build_object_put(b, o, replace);
}

/* ---- ALTER ------------------------------------------------------------ */

int build_alter_function(struct builder *b, PgQuery__AlterFunctionStmt *as)
{
	struct dbobject *o = build_lookup_function(b, as->func, false);
	Node *stmt;
	PgQuery__CreateFunctionStmt *fs;

	if (!o)
		return -1;
	stmt = object_stmt(b->st->scratch, o);
	if (!stmt || stmt->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
		return build_error(b, -1, "internal error: cannot read back function '%s'",
				   o->name.name);
	fs = stmt->create_function_stmt;
	for (size_t i = 0; i < as->n_actions; i++) {
		const PgQuery__DefElem *d = as->actions[i]->def_elem;
		size_t j;
		bool is_set = str_eq(d->defname, "set");
		for (j = 0; j < fs->n_options; j++) {
			const PgQuery__DefElem *e = fs->options[j]->def_elem;
			if (!str_eq(e->defname, d->defname))
				continue;
			if (is_set && !str_eq(e->arg->variable_set_stmt->name,
					      d->arg->variable_set_stmt->name))
				continue;
			break;
		}
		if (is_set && d->arg->variable_set_stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET) {
			if (j < fs->n_options) {
				fs->options[j] = fs->options[fs->n_options - 1];
				fs->n_options--;
			}
			continue;
		}
		if (is_set && d->arg->variable_set_stmt->kind ==
				      PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) {
			size_t k = 0;
			for (j = 0; j < fs->n_options; j++)
				if (!str_eq(fs->options[j]->def_elem->defname, "set"))
					fs->options[k++] = fs->options[j];
			fs->n_options = k;
			continue;
		}
		if (j < fs->n_options) {
			fs->options[j] = as->actions[i];
		} else {
			Node **opts = arena_alloc(b->st->scratch, (fs->n_options + 1) * sizeof(*opts));
			memcpy(opts, fs->options, fs->n_options * sizeof(*opts));
			opts[fs->n_options++] = as->actions[i];
			fs->options = opts;
		}
	}
	return build_rebuild(b, o, stmt) ? 0 : -1;
}
