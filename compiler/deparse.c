/*
 * deparse.c - SQL text from a parse tree, through libpg_query's deparser.
 *
 * The deparser leaves out parentheses that some operands need, so that what
 * it prints would be read back as another expression:
 *
 *	(x AT TIME ZONE 'UTC')::date	printed	x AT TIME ZONE 'UTC'::date
 *	(a AND b)::int			printed	a AND b::int
 *	(a AND b) IS NULL		printed	a AND b IS NULL
 *	(x + y) AT TIME ZONE 'UTC'	printed	x + y AT TIME ZONE 'UTC'
 *
 * Before printing, each such operand is wrapped in a one-column implicit
 * ROW, which the deparser prints as (operand) and PostgreSQL reads back as
 * the operand alone; after printing, the tree is put back as it was.
 */
#include "parse.h"
#include "arena.h"
#include "catalog.h"
#include "diag.h"
#include "node.h"
#include "strbuf.h"
#include "util.h"

#include <pg_query.h>
#include <string.h>

typedef PgQuery__Node__NodeCase Kind;

struct wrap {
	Node **slot;
	Node *orig;
};

struct protect {
	struct arena *a;
	struct ptrvec undo;	/* struct wrap * */
};

/* A call PostgreSQL's grammar made of x AT TIME ZONE zone. */
static bool is_at_time_zone(const Node *n)
{
	const PgQuery__FuncCall *f;
	const char *name;

	if (n->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
		return false;
	f = n->func_call;
	if (f->funcformat != PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX || f->n_args != 2 ||
	    !f->n_funcname)
		return false;
	name = f->funcname[f->n_funcname - 1]->node_case == PG_QUERY__NODE__NODE_STRING
		       ? f->funcname[f->n_funcname - 1]->string->sval
		       : "";
	return strcmp(name, "timezone") == 0;
}

/* Kinds that bind more loosely than any postfix or binary operator. */
static bool is_loose(const Node *n)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_BOOL_EXPR:
	case PG_QUERY__NODE__NODE_NULL_TEST:
	case PG_QUERY__NODE__NODE_BOOLEAN_TEST:
		return true;
	default:
		return false;
	}
}

/* IS [NOT] DISTINCT FROM: the precedence of IS, which does not associate. */
static bool is_distinct(const Node *n)
{
	return n->node_case == PG_QUERY__NODE__NODE_A_EXPR &&
	       (n->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_DISTINCT ||
		n->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_DISTINCT);
}

static void wrap(struct protect *p, Node **slot)
{
	struct wrap *w;
	PgQuery__RowExpr *row;
	Node *n;

	if (!slot || !*slot)
		return;
	w = arena_alloc(p->a, sizeof(*w));
	row = arena_alloc(p->a, sizeof(*row));
	n = arena_alloc(p->a, sizeof(*n));
	pg_query__row_expr__init(row);
	row->row_format = PG_QUERY__COERCION_FORM__COERCE_IMPLICIT_CAST;
	row->n_args = 1;
	row->args = arena_alloc(p->a, sizeof(*row->args));
	row->args[0] = *slot;
	pg_query__node__init(n);
	n->node_case = PG_QUERY__NODE__NODE_ROW_EXPR;
	n->row_expr = row;
	w->slot = slot;
	w->orig = *slot;
	*slot = n;
	vec_push(&p->undo, p->a, w);
}

static bool protect_node(Node **slot, void *ctx)
{
	struct protect *p = ctx;
	Node *n = *slot;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_TYPE_CAST: {
		Node *arg = n->type_cast->arg;
		if (arg && (is_loose(arg) || is_at_time_zone(arg) ||
			    arg->node_case == PG_QUERY__NODE__NODE_COLLATE_CLAUSE))
			wrap(p, &n->type_cast->arg);
		break;
	}
	case PG_QUERY__NODE__NODE_NULL_TEST: {
		Node *arg = n->null_test->arg;
		if (arg && (is_loose(arg) || is_distinct(arg)))
			wrap(p, &n->null_test->arg);
		break;
	}
	case PG_QUERY__NODE__NODE_BOOLEAN_TEST: {
		Node *arg = n->boolean_test->arg;
		if (arg && (is_loose(arg) || is_distinct(arg)))
			wrap(p, &n->boolean_test->arg);
		break;
	}
	case PG_QUERY__NODE__NODE_A_EXPR: {
		PgQuery__AExpr *e = n->a_expr;
		if (e->lexpr && e->lexpr->node_case == PG_QUERY__NODE__NODE_BOOLEAN_TEST)
			wrap(p, &e->lexpr);
		if (e->rexpr && e->rexpr->node_case == PG_QUERY__NODE__NODE_BOOLEAN_TEST)
			wrap(p, &e->rexpr);
		break;
	}
	case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: {
		Node *arg = n->collate_clause->arg;
		if (arg && (is_loose(arg) || is_at_time_zone(arg)))
			wrap(p, &n->collate_clause->arg);
		break;
	}
	case PG_QUERY__NODE__NODE_FUNC_CALL:
		if (is_at_time_zone(n)) {
			/* timezone(zone, x) prints as x AT TIME ZONE zone, and
			 * AT TIME ZONE associates to the left */
			Node **zone = &n->func_call->args[0], **x = &n->func_call->args[1];
			if (is_loose(*x) || (*x)->node_case == PG_QUERY__NODE__NODE_A_EXPR)
				wrap(p, x);
			if (is_loose(*zone) || is_at_time_zone(*zone) ||
			    (*zone)->node_case == PG_QUERY__NODE__NODE_A_EXPR)
				wrap(p, zone);
		}
		break;
	default:
		break;
	}
	return true;
}

char *deparse_stmt(struct arena *a, Node *n)
{
	PgQuery__ParseResult pr = PG_QUERY__PARSE_RESULT__INIT;
	PgQuery__RawStmt rs = PG_QUERY__RAW_STMT__INIT, *rsp = &rs;
	struct protect p = { arena_new(), { 0 } };
	PgQueryProtobuf pb;
	PgQueryDeparseResult d;
	char *out = NULL;

	node_walk(&n, protect_node, &p);
	pr.version = PG_VERSION_NUM;
	pr.n_stmts = 1;
	pr.stmts = &rsp;
	rs.stmt = n;
	pb.len = pg_query__parse_result__get_packed_size(&pr);
	pb.data = arena_alloc(p.a, pb.len ? pb.len : 1);
	pg_query__parse_result__pack(&pr, (uint8_t *)pb.data);
	d = pg_query_deparse_protobuf(pb);
	if (!d.error)
		out = arena_strdup(a, d.query);
	pg_query_free_deparse_result(d);
	for (size_t i = p.undo.n; i-- > 0;) {
		struct wrap *w = p.undo.items[i];
		*w->slot = w->orig;
	}
	arena_free(p.a);
	return out;
}

Node **object_stmts(struct arena *a, const struct dbobject *o, size_t *n)
{
	ProtobufCAllocator al = arena_protobuf_allocator(a);
	PgQuery__ParseResult *pr = pg_query__parse_result__unpack(&al, o->stmt_len, o->stmt);
	Node **out;

	*n = 0;
	if (!pr || !pr->n_stmts)
		return NULL;
	out = arena_alloc(a, pr->n_stmts * sizeof(*out));
	for (size_t i = 0; i < pr->n_stmts; i++)
		out[i] = pr->stmts[i]->stmt;
	*n = pr->n_stmts;
	return out;
}

Node *object_stmt(struct arena *a, const struct dbobject *o)
{
	size_t n;
	Node **stmts = object_stmts(a, o, &n);

	return n ? stmts[0] : NULL;
}

/* sql without a final ';', spaces or newlines (or NULL). */
static char *trim_end(char *sql)
{
	size_t len = sql ? strlen(sql) : 0;

	while (len && (sql[len - 1] == ' ' || sql[len - 1] == ';' || sql[len - 1] == '\n'))
		sql[--len] = '\0';
	return sql;
}

const char *object_sql(struct arena *a, const struct dbobject *o)
{
	size_t n;
	Node **stmts = object_stmts(a, o, &n);
	struct strbuf sb = STRBUF_INIT;
	const char *out;

	for (size_t i = 0; i < n; i++) {
		char *sql = trim_end(deparse_stmt(a, stmts[i]));
		if (!sql)
			break;
		sb_addf(&sb, "%s%s", i ? ";\n" : "", sql);
		if (i + 1 == n) {
			out = arena_strdup(a, sb.buf);
			sb_release(&sb);
			return out;
		}
	}
	sb_release(&sb);
	/* as written, when the deparser cannot print it */
	return trim_end(arena_strndup(a, o->file->text + o->offset, (size_t)o->len));
}
