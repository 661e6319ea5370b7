/*
 * build_do.c - DO blocks that create objects only when they are missing.
 *
 * CREATE TYPE and ADD CONSTRAINT have no IF NOT EXISTS, so schemas and
 * migrations written by people and tools wrap them in one of two idioms:
 *
 *	DO $$ BEGIN
 *	    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ...) THEN
 *	        CREATE TYPE app.role AS ENUM ('owner', 'member');
 *	    END IF;
 *	END $$;
 *
 *	DO $$ BEGIN
 *	    ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY ...;
 *	EXCEPTION WHEN duplicate_object THEN null;
 *	END $$;					(drizzle-kit writes this one)
 *
 * The block is read with pg_query_parse_plpgsql. Each guarded group (the
 * THEN branch of an IF NOT EXISTS over the system catalogs, or the body of
 * a block whose only handlers swallow duplicate errors) is built when none
 * of the objects its statements create exists yet, and skipped as a whole
 * otherwise, as PostgreSQL would. Plain statements of the block are built
 * as they stand. Anything else a DO block may do (loops, dynamic SQL,
 * other conditions) cannot be known without running it: an unsupported
 * statement, at the block.
 *
 * The statements are located in the file, so their errors point into the
 * block.
 */
#include "build_int.h"
#include "catalog.h"
#include "parse.h"

#include <jansson.h>
#include <string.h>

#define DO_TAG "$schemac_do$"

struct do_ctx {
	struct builder *b;
	const char *body;	/* the block's text */
	int body_offset;	/* where it starts in the file */
	size_t cursor;		/* where to look for the next statement in body */
};

static int unsupported(struct do_ctx *c, const char *why)
{
	return build_error(c->b, -1, "unsupported statement: DO (%s)", why);
}

/* The statement text q of the body, located in the file; -1 if not found. */
static int locate(struct do_ctx *c, const char *q)
{
	const char *at = strstr(c->body + c->cursor, q);

	if (!at)
		return -1;
	c->cursor = (size_t)(at - c->body) + strlen(q);
	return c->body_offset + (int)(at - c->body);
}

/* The statement q, parsed, as a statement of the file at offset. */
static bool inner_stmt(struct do_ctx *c, const char *q, int offset, struct stmt *out)
{
	PgQuery__ParseResult *pr = parse_sql(c->b->st->scratch, q);

	if (!pr || pr->n_stmts != 1)
		return false;
	*out = *c->b->st;
	out->node = pr->stmts[0]->stmt;
	out->base = offset;
	out->offset = offset;
	out->len = (int)strlen(q);
	out->piece_len = out->len;
	out->directives = (struct ptrvec){ 0 };
	return true;
}

/* ---- does what a statement creates exist already? --------------------- */

static const char *schema_for(struct builder *b, const char *schema)
{
	return schema && *schema ? schema : catalog_creation_schema(b->cat);
}

static bool type_exists(struct builder *b, PgQuery__Node **names, size_t n)
{
	struct qname q;

	if (!n)
		return false;
	q.name = ident_truncate(b->st->scratch, build_node_str(names[n - 1]));
	q.schema = schema_for(b, n >= 2 ? build_node_str(names[n - 2]) : NULL);
	return q.schema && q.name && catalog_find_type(b->cat, &q);
}

static bool relation_exists(struct builder *b, const char *schema, const char *name)
{
	schema = schema_for(b, schema);
	return schema && name &&
	       catalog_resolve_relation(b->cat, schema, ident_truncate(b->st->scratch, name));
}

static bool table_part_exists(struct builder *b, PgQuery__AlterTableStmt *as, int *known)
{
	struct table *t = build_lookup_table(b, as->relation, true);
	bool all = as->n_cmds > 0;

	for (size_t i = 0; i < as->n_cmds; i++) {
		PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
		const char *name = NULL;
		if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint &&
		    cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
			name = cmd->def->constraint->conname;
		else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn &&
			 cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
			name = cmd->def->column_def->colname;
		if (!name || !*name) {
			*known = 0;
			return false;
		}
		name = ident_truncate(b->st->scratch, name);
		if (!t || !(cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn
				    ? table_find_column(t, name) != NULL
				    : table_find_constraint(t, name) != NULL))
			all = false;
	}
	return all;
}

static bool object_exists(struct builder *b, enum object_kind kind, const PgQuery__RangeVar *rv,
			  const char *name)
{
	struct table *t = build_lookup_table(b, rv, true);

	return t && catalog_find_object(b->cat, object_key(b->st->scratch, kind, t->name.schema,
							   t->name.name,
							   ident_truncate(b->st->scratch, name),
							   NULL));
}

/* Whether what stmt creates exists; *known 0 for a statement this file
 * cannot judge. */
static bool created_exists(struct builder *b, Node *stmt, int *known)
{
	*known = 1;
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
		return type_exists(b, stmt->create_enum_stmt->type_name,
				   stmt->create_enum_stmt->n_type_name);
	case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
		return type_exists(b, stmt->create_domain_stmt->domainname,
				   stmt->create_domain_stmt->n_domainname);
	case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
		return type_exists(b, stmt->create_range_stmt->type_name,
				   stmt->create_range_stmt->n_type_name);
	case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: {
		PgQuery__RangeVar *rv = stmt->composite_type_stmt->typevar;
		struct qname q = { schema_for(b, rv->schemaname),
				   ident_truncate(b->st->scratch, rv->relname) };
		return q.schema && catalog_find_type(b->cat, &q);
	}
	case PG_QUERY__NODE__NODE_CREATE_STMT:
		return relation_exists(b, stmt->create_stmt->relation->schemaname,
				       stmt->create_stmt->relation->relname);
	case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
		return relation_exists(b, stmt->create_seq_stmt->sequence->schemaname,
				       stmt->create_seq_stmt->sequence->relname);
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		if (!stmt->index_stmt->idxname || !*stmt->index_stmt->idxname)
			break;
		return relation_exists(b, stmt->index_stmt->relation->schemaname,
				       stmt->index_stmt->idxname);
	case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
		return catalog_find_schema(b->cat, stmt->create_schema_stmt->schemaname) != NULL;
	case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
		return catalog_find_extension(b->cat, stmt->create_extension_stmt->extname) != NULL;
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
		if (stmt->alter_table_stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
			break;
		return table_part_exists(b, stmt->alter_table_stmt, known);
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		return object_exists(b, OBJ_TRIGGER, stmt->create_trig_stmt->relation,
				     stmt->create_trig_stmt->trigname);
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		return object_exists(b, OBJ_POLICY, stmt->create_policy_stmt->table,
				     stmt->create_policy_stmt->policy_name);
	case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
		return false;	/* a cluster object: building it changes nothing */
	default:
		break;
	}
	*known = 0;
	return false;
}

/* ---- the block -------------------------------------------------------- */

static const char *expr_query(json_t *expr)
{
	return json_string_value(json_object_get(json_object_get(expr, "PLpgSQL_expr"), "query"));
}

/* The SQL statements of a guarded group, in order; false if the group
 * holds anything else. */
static bool group_queries(json_t *stmts, struct ptrvec *out, struct arena *a)
{
	size_t i;
	json_t *s;

	json_array_foreach(stmts, i, s) {
		json_t *exec = json_object_get(s, "PLpgSQL_stmt_execsql");
		const char *q = exec ? expr_query(json_object_get(exec, "sqlstmt")) : NULL;
		if (!q)
			return false;
		vec_push(out, a, (void *)q);
	}
	return true;
}

/* Builds a group of statements; a guarded one only when nothing it
 * creates exists yet. */
static int build_group(struct do_ctx *c, json_t *stmts, bool guarded)
{
	struct builder *b = c->b;
	const struct stmt *outer = b->st;
	struct ptrvec qs = { 0 };
	struct stmt *inner;
	bool skip = false;

	if (!group_queries(stmts, &qs, outer->scratch))
		return unsupported(c, "a guarded part that does more than run statements");
	inner = arena_alloc(outer->scratch, (qs.n ? qs.n : 1) * sizeof(*inner));
	for (size_t i = 0; i < qs.n; i++) {
		int known, offset = locate(c, qs.items[i]);
		if (offset < 0 || !inner_stmt(c, qs.items[i], offset, &inner[i]))
			return unsupported(c, "a statement that cannot be read back");
		if (!guarded)
			continue;
		b->st = &inner[i];
		skip |= created_exists(b, inner[i].node, &known);
		b->st = outer;
		if (!known)
			return build_error(b, offset - outer->base,
					   "unsupported statement: DO (cannot tell whether what this guarded statement creates exists)");
	}
	for (size_t i = 0; !skip && i < qs.n; i++)
		if (build_stmt(b->cat, &inner[i], b->d) < 0)
			return -1;
	return 0;
}

/* Every relation the query reads is a system catalog. */
static bool reads_catalogs(Node **slot, void *vctx)
{
	bool *ok = vctx;
	const Node *n = *slot;

	if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
		const PgQuery__RangeVar *rv = n->range_var;
		bool catalog = str_eq(rv->schemaname, "information_schema") ||
			       ((!*rv->schemaname || str_eq(rv->schemaname, "pg_catalog")) &&
				strncmp(rv->relname, "pg_", 3) == 0);
		if (!catalog)
			*ok = false;
	}
	return true;
}

/* NOT EXISTS (a query over the system catalogs). */
static bool catalog_absence_test(struct builder *b, const char *cond)
{
	PgQuery__ParseResult *pr = parse_sql(b->st->scratch, arena_printf(b->st->scratch, "SELECT %s", cond));
	PgQuery__SelectStmt *sel;
	Node *e;
	bool ok = true;

	if (!pr || pr->n_stmts != 1 ||
	    pr->stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
		return false;
	sel = pr->stmts[0]->stmt->select_stmt;
	if (sel->n_target_list != 1 || sel->n_from_clause ||
	    sel->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
		return false;
	e = sel->target_list[0]->res_target->val;
	if (!e || e->node_case != PG_QUERY__NODE__NODE_BOOL_EXPR ||
	    e->bool_expr->boolop != PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR || e->bool_expr->n_args != 1 ||
	    e->bool_expr->args[0]->node_case != PG_QUERY__NODE__NODE_SUB_LINK ||
	    e->bool_expr->args[0]->sub_link->sub_link_type !=
		    PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK)
		return false;
	node_walk(&e, reads_catalogs, &ok);
	return ok;
}

/* Handlers that only swallow an object's being there already. */
static bool swallows_duplicates(json_t *exceptions)
{
	static const char *const names[] = { "duplicate_object", "duplicate_table",
					     "duplicate_function", "duplicate_schema",
					     "duplicate_column", "others" };
	json_t *list = json_object_get(json_object_get(exceptions, "PLpgSQL_exception_block"),
				       "exc_list");
	size_t i, j;
	json_t *h, *cond;

	if (!json_array_size(list))
		return false;
	json_array_foreach(list, i, h) {
		json_t *ex = json_object_get(h, "PLpgSQL_exception");
		if (json_array_size(json_object_get(ex, "action")))
			return false;	/* the handler does something */
		json_array_foreach(json_object_get(ex, "conditions"), j, cond) {
			const char *name = json_string_value(json_object_get(
				json_object_get(cond, "PLpgSQL_condition"), "condname"));
			bool known = false;
			for (size_t k = 0; name && k < ARRAY_SIZE(names); k++)
				known |= strcmp(name, names[k]) == 0;
			if (!known)
				return false;
		}
	}
	return true;
}

static int build_stmts(struct do_ctx *c, json_t *stmts);

static int build_block(struct do_ctx *c, json_t *block)
{
	json_t *body = json_object_get(block, "body");

	if (json_object_get(block, "exceptions")) {
		if (!swallows_duplicates(json_object_get(block, "exceptions")))
			return unsupported(c, "an exception handler that does more than ignore a duplicate");
		return build_group(c, body, true);
	}
	return build_stmts(c, body);
}

static int build_stmts(struct do_ctx *c, json_t *stmts)
{
	size_t i;
	json_t *s;

	json_array_foreach(stmts, i, s) {
		json_t *v;
		int r = 0;
		if ((v = json_object_get(s, "PLpgSQL_stmt_block")) != NULL) {
			r = build_block(c, v);
		} else if ((v = json_object_get(s, "PLpgSQL_stmt_if")) != NULL) {
			const char *cond = expr_query(json_object_get(v, "cond"));
			if (json_object_get(v, "elsif_list") || json_object_get(v, "else_body") ||
			    !cond || !catalog_absence_test(c->b, cond))
				return unsupported(c, "a condition other than NOT EXISTS over the system catalogs");
			r = build_group(c, json_object_get(v, "then_body"), true);
		} else if ((v = json_object_get(s, "PLpgSQL_stmt_execsql")) != NULL) {
			json_t *one = json_array();
			json_array_append(one, s);
			r = build_group(c, one, false);
			json_decref(one);
		} else if ((v = json_object_get(s, "PLpgSQL_stmt_return")) != NULL &&
			   !json_object_get(v, "expr")) {
			continue;	/* the RETURN the parser adds */
		} else {
			return unsupported(c, "a PL/pgSQL statement other than IF NOT EXISTS, BEGIN ... EXCEPTION and plain SQL");
		}
		if (r < 0)
			return -1;
	}
	return 0;
}

/* A DO block's body (NULL if none), and its language in *lang: "plpgsql"
 * unless LANGUAGE says otherwise. */
static const char *do_body(const PgQuery__DoStmt *ds, const char **lang)
{
	const char *body = NULL;

	*lang = "plpgsql";
	for (size_t i = 0; i < ds->n_args; i++) {
		const PgQuery__DefElem *d = ds->args[i]->def_elem;
		if (ds->args[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (strcmp(d->defname, "as") == 0)
			body = build_node_str(d->arg);
		else if (strcmp(d->defname, "language") == 0)
			*lang = build_node_str(d->arg);
	}
	return body;
}

int build_do(struct builder *b, PgQuery__DoStmt *ds)
{
	const char *body = NULL, *text, *at, *lang;
	struct do_ctx c = { b, NULL, 0, 0 };
	PgQueryPlpgsqlParseResult r;
	json_t *funcs, *action;
	int ret;

	body = do_body(ds, &lang);
	if (!str_eq(lang, "plpgsql"))
		return build_error(b, -1, "unsupported statement: DO in language %s", lang ? lang : "?");
	text = arena_strndup(b->st->scratch, b->st->file->text + b->st->offset, (size_t)b->st->len);
	if (!body || strstr(body, DO_TAG) || !(at = strstr(text, body)))
		return build_error(b, -1, "unsupported statement: DO");
	c.body = body;
	c.body_offset = b->st->offset + (int)(at - text);

	r = pg_query_parse_plpgsql(arena_printf(b->st->scratch,
						"CREATE FUNCTION schemac_do() RETURNS void LANGUAGE plpgsql AS "
						DO_TAG "%s" DO_TAG, body));
	if (r.error) {
		ret = build_error(b, -1, "DO block: %s", r.error->message);
		pg_query_free_plpgsql_parse_result(r);
		return ret;
	}
	funcs = json_loads(r.plpgsql_funcs, 0, NULL);
	pg_query_free_plpgsql_parse_result(r);
	action = json_object_get(json_object_get(json_array_get(funcs, 0), "PLpgSQL_function"),
				 "action");
	if (json_object_get(action, "PLpgSQL_stmt_block"))
		ret = build_block(&c, json_object_get(action, "PLpgSQL_stmt_block"));
	else
		ret = build_error(b, -1, "unsupported statement: DO");
	json_decref(funcs);
	return ret;
}

/* ---- the statements of a block, for the linter ------------------------- */

struct do_list {
	struct do_ctx c;
	struct ptrvec *out;	/* struct stmt * */
	int dynamic;		/* EXECUTE of a string built at run time */
};

/* The value of a string literal expression ('...', E'...'), or NULL. */
static const char *string_literal(struct builder *b, const char *expr)
{
	PgQuery__ParseResult *pr = parse_sql(b->st->scratch, arena_printf(b->st->scratch, "SELECT %s", expr));
	const Node *v;

	if (!pr || pr->n_stmts != 1 || pr->stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT ||
	    pr->stmts[0]->stmt->select_stmt->n_target_list != 1)
		return NULL;
	v = pr->stmts[0]->stmt->select_stmt->target_list[0]->res_target->val;
	return v && v->node_case == PG_QUERY__NODE__NODE_A_CONST &&
	       v->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL ? v->a_const->sval->sval : NULL;
}

static void list_add(struct do_list *dl, const char *q, int offset, int skip)
{
	struct stmt *inner = arena_alloc(dl->c.b->st->scratch, sizeof(*inner));

	if (offset < 0 || !inner_stmt(&dl->c, q, offset + skip, inner)) {
		dl->dynamic++;
		return;
	}
	vec_push(dl->out, dl->c.b->st->scratch, inner);
}

/* Every SQL statement of the block, in order, wherever it is (branches,
 * loops, handlers); EXECUTE of a constant string counts as its string. */
static void list_walk(struct do_list *dl, json_t *v)
{
	const char *key;
	json_t *x;
	size_t i;

	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			list_walk(dl, x);
		return;
	}
	if (!json_is_object(v))
		return;
	json_object_foreach(v, key, x) {
		if (strcmp(key, "PLpgSQL_stmt_execsql") == 0) {
			const char *q = expr_query(json_object_get(x, "sqlstmt"));
			if (q)
				list_add(dl, q, locate(&dl->c, q), 0);
		} else if (strcmp(key, "PLpgSQL_stmt_dynexecute") == 0) {
			const char *e = expr_query(json_object_get(x, "query"));
			const char *q = e ? string_literal(dl->c.b, e) : NULL;
			if (q)
				list_add(dl, q, locate(&dl->c, e), 1);
			else
				dl->dynamic++;
		} else {
			list_walk(dl, x);
		}
	}
}

int build_do_statements(struct catalog *cat, const struct stmt *st, struct ptrvec *out)
{
	struct builder bld = { cat, cat->arena, NULL, st, false }, *b = &bld;
	PgQuery__DoStmt *ds = st->node->do_stmt;
	const char *body = NULL, *text, *at, *lang;
	struct do_list dl = { { b, NULL, 0, 0 }, out, 0 };
	PgQueryPlpgsqlParseResult r;
	json_t *funcs;

	body = do_body(ds, &lang);
	if (!str_eq(lang, "plpgsql"))
		return -1;
	text = arena_strndup(b->st->scratch, b->st->file->text + b->st->offset, (size_t)b->st->len);
	if (!body || strstr(body, DO_TAG) || !(at = strstr(text, body)))
		return -1;
	dl.c.body = body;
	dl.c.body_offset = b->st->offset + (int)(at - text);
	r = pg_query_parse_plpgsql(arena_printf(b->st->scratch,
						"CREATE FUNCTION schemac_do() RETURNS void LANGUAGE plpgsql AS "
						DO_TAG "%s" DO_TAG, body));
	if (r.error) {
		pg_query_free_plpgsql_parse_result(r);
		return -1;
	}
	funcs = json_loads(r.plpgsql_funcs, 0, NULL);
	pg_query_free_plpgsql_parse_result(r);
	list_walk(&dl, funcs);
	json_decref(funcs);
	return dl.dynamic;
}
