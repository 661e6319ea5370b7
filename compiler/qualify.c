/*
 * qualify.c - the name resolver for queries: views, materialized views,
 * policy expressions and trigger conditions. PostgreSQL stores these as
 * analyzed trees and pg_dump prints them back with every relation
 * schema-qualified, every column qualified by its range entry (in a view),
 * `*` expanded and output names spelled out. This pass rewrites a query as
 * written into the same shape, so the two spellings hash the same
 * (normalize.h), and records what the query uses as dependency keys.
 *
 * Resolution follows the parser: a column belongs to the innermost scope
 * whose range entries have it; a range entry whose columns are not known (a
 * table outside the managed schemas, a set-returning function) takes the
 * column when it is alone in the innermost scope.
 */
#include "qualify.h"
#include "arena.h"
#include "naming.h"
#include "node.h"
#include "normalize.h"

struct rte {
	const char *refname;	/* alias, or the relation's name */
	const struct table *table;	/* the table it reads, or NULL */
	struct ptrvec cols;	/* const char *: its columns, when known */
	bool known;
	bool base;		/* the table an expression is about: its
				 * columns stay unqualified */
};

struct scope {
	struct scope *up;
	struct ptrvec rtes;	/* struct rte * */
};

struct cte {
	const char *name;
	struct ptrvec cols;
	bool known;
};

/* A column looked for (qualify_object_uses_column). */
struct colwatch {
	const struct table *table;
	const char *column;	/* NULL: a whole-row reference */
	const char *rename_to;	/* each reference found renamed to this */
	bool found;
};

struct qctx {
	struct arena *a;
	const struct catalog *cat;
	struct ptrvec *deps;
	struct ptrvec ctes;	/* struct cte *, innermost last */
	struct scope *scope;
	PgQuery__SelectStmt *top;	/* the view's own query, or a set
					 * operation arm of it */
	struct colwatch *watch;	/* NULL, or a column whose use is reported */
	bool find_missing;	/* look for a column reference that resolves
				 * to nothing (qualify_object_missing_column) */
	int outputs_ok;		/* > 0 in GROUP BY and ORDER BY, where an
				 * output column's name may stand alone */
	const char *missing;	/* the first such reference, "col" or "rel.col" */
	bool missing_rel;	/* missing names a relation, not a column */
};

static void qualify_select(struct qctx *q, PgQuery__SelectStmt *s, struct ptrvec *cols);
static bool qual_pre(Node **slot, void *vctx);

static const char *str_of(const Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : NULL;
}


static Node *make_colref(struct arena *a, const char *rel, const char *col)
{
	Node *n = arena_alloc(a, sizeof(*n));
	PgQuery__ColumnRef *c = arena_alloc(a, sizeof(*c));

	pg_query__node__init(n);
	pg_query__column_ref__init(c);
	c->n_fields = rel ? 2 : 1;
	c->fields = arena_alloc(a, 2 * sizeof(*c->fields));
	c->fields[0] = node_string(a, rel ? rel : col);
	if (rel)
		c->fields[1] = node_string(a, col);
	n->node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
	n->column_ref = c;
	return n;
}

/* A relation's schema as printed: public is left out, as sb_qname does
 * (the normalizer drops it too, so both spellings compare equal). */
static char *public_or(const char *schema)
{
	return str_eq(schema, "public") ? NULL : (char *)schema;
}

static void add_dep(struct qctx *q, char what, const char *schema, const char *name)
{
	const char *key = object_dep_key(q->a, what, schema, name);

	if (!q->deps)
		return;
	for (size_t i = 0; i < q->deps->n; i++)
		if (str_eq(q->deps->items[i], key))
			return;
	vec_push(q->deps, q->a, (void *)key);
}

/* ---- output names ----------------------------------------------------- */

static int figure(const Node *n, const char **name)
{
	if (!n)
		return 0;
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_COLUMN_REF: {
		const PgQuery__ColumnRef *c = n->column_ref;
		const char *s = c->n_fields ? str_of(c->fields[c->n_fields - 1]) : NULL;
		if (s) {
			*name = s;
			return 2;
		}
		break;
	}
	case PG_QUERY__NODE__NODE_A_INDIRECTION: {
		const PgQuery__AIndirection *ind = n->a_indirection;
		for (size_t i = ind->n_indirection; i-- > 0;) {
			const char *s = str_of(ind->indirection[i]);
			if (s) {
				*name = s;
				return 2;
			}
			break;
		}
		return figure(ind->arg, name);
	}
	case PG_QUERY__NODE__NODE_FUNC_CALL: {
		const PgQuery__FuncCall *f = n->func_call;
		*name = str_of(f->funcname[f->n_funcname - 1]);
		return 2;
	}
	case PG_QUERY__NODE__NODE_A_EXPR:
		if (n->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) {
			*name = "nullif";
			return 2;
		}
		break;
	case PG_QUERY__NODE__NODE_TYPE_CAST: {
		int strength = figure(n->type_cast->arg, name);
		const PgQuery__TypeName *tn = n->type_cast->type_name;
		if (strength <= 1 && tn && tn->n_names) {
			*name = str_of(tn->names[tn->n_names - 1]);
			return 1;
		}
		return strength;
	}
	case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
		return figure(n->collate_clause->arg, name);
	case PG_QUERY__NODE__NODE_GROUPING_FUNC:
		*name = "grouping";
		return 2;
	case PG_QUERY__NODE__NODE_SUB_LINK:
		switch (n->sub_link->sub_link_type) {
		case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK:
			*name = "exists";
			return 2;
		case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK:
			*name = "array";
			return 2;
		case PG_QUERY__SUB_LINK_TYPE__EXPR_SUBLINK: {
			const Node *sel = n->sub_link->subselect;
			if (sel && sel->node_case == PG_QUERY__NODE__NODE_SELECT_STMT &&
			    sel->select_stmt->n_target_list) {
				const Node *t = sel->select_stmt->target_list[0];
				if (t->node_case == PG_QUERY__NODE__NODE_RES_TARGET &&
				    t->res_target->name && *t->res_target->name) {
					*name = t->res_target->name;
					return 2;
				}
			}
			break;
		}
		default:
			break;
		}
		break;
	case PG_QUERY__NODE__NODE_CASE_EXPR: {
		int strength = figure(n->case_expr->defresult, name);
		if (strength <= 1) {
			*name = "case";
			return 1;
		}
		return strength;
	}
	case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
		*name = "array";
		return 2;
	case PG_QUERY__NODE__NODE_ROW_EXPR:
		*name = "row";
		return 2;
	case PG_QUERY__NODE__NODE_COALESCE_EXPR:
		*name = "coalesce";
		return 2;
	case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
		*name = n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest"
										: "least";
		return 2;
	case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: {
		static const char *const names[] = {
			NULL, "current_date", "current_time", "current_time", "current_timestamp",
			"current_timestamp", "localtime", "localtime", "localtimestamp",
			"localtimestamp", "current_role", "current_user", "user", "session_user",
			"current_catalog", "current_schema",
		};
		unsigned op = (unsigned)n->sqlvalue_function->op;
		if (op < sizeof(names) / sizeof(names[0]) && names[op]) {
			*name = names[op];
			return 2;
		}
		break;
	}
	default:
		break;
	}
	return 0;
}

const char *figure_colname(const Node *n)
{
	const char *name = "?column?";
	figure(n, &name);
	return name ? name : "?column?";
}

/* The output names of a query, in order. */
static void output_names(const PgQuery__SelectStmt *s, struct ptrvec *cols, struct arena *a)
{
	while (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE && s->larg)
		s = s->larg;
	if (s->n_values_lists) {
		const Node *row = s->values_lists[0];
		size_t n = row->node_case == PG_QUERY__NODE__NODE_LIST ? row->list->n_items : 0;
		for (size_t i = 0; i < n; i++)
			vec_push(cols, a, arena_printf(a, "column%zu", i + 1));
		return;
	}
	for (size_t i = 0; i < s->n_target_list; i++) {
		const Node *t = s->target_list[i];
		if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
			continue;
		vec_push(cols, a, (void *)(t->res_target->name && *t->res_target->name
						   ? t->res_target->name
						   : figure_colname(t->res_target->val)));
	}
}

/* ---- range entries ---------------------------------------------------- */

static struct rte *new_rte(struct qctx *q, struct scope *sc, const char *refname)
{
	struct rte *r = arena_alloc(q->a, sizeof(*r));
	r->refname = refname;
	vec_push(&sc->rtes, q->a, r);
	return r;
}

static void rename_cols(struct qctx *q, struct rte *r, const PgQuery__Alias *alias)
{
	if (!alias)
		return;
	for (size_t i = 0; i < alias->n_colnames; i++) {
		const char *s = str_of(alias->colnames[i]);
		if (!s)
			continue;
		if (i < r->cols.n)
			r->cols.items[i] = (void *)ident_truncate(q->a, s);
		else
			vec_push(&r->cols, q->a, (void *)ident_truncate(q->a, s));
	}
}

static const struct cte *find_cte(const struct qctx *q, const char *name)
{
	for (size_t i = q->ctes.n; i-- > 0;) {
		const struct cte *c = q->ctes.items[i];
		if (str_eq(c->name, name))
			return c;
	}
	return NULL;
}

/* A relation PostgreSQL cannot find: in no CTE, and on the path or in a
 * schema of the input, where nothing outside it can be (no extension
 * created, no pg_ name of the system catalogs). */
static void find_missing_relation(struct qctx *q, const PgQuery__RangeVar *rv, const char *relname)
{
	bool qualified = rv->schemaname && *rv->schemaname;

	if (!q->find_missing || q->missing || q->cat->extensions.n || !strncmp(relname, "pg_", 3))
		return;
	if (qualified && (!catalog_find_schema(q->cat, rv->schemaname) ||
			  str_eq(rv->schemaname, "pg_catalog")))
		return;
	q->missing = qualified ? arena_printf(q->a, "%s.%s", rv->schemaname, relname) : relname;
	q->missing_rel = true;
}

static void add_rangevar(struct qctx *q, struct scope *sc, PgQuery__RangeVar *rv)
{
	const char *relname = ident_truncate(q->a, rv->relname);
	bool qualified = rv->schemaname && *rv->schemaname;
	const struct cte *cte = qualified ? NULL : find_cte(q, relname);
	struct rte *r = new_rte(q, sc, rv->alias && *rv->alias->aliasname ? rv->alias->aliasname
								     : relname);
	struct relation *rel;

	if (cte) {
		for (size_t i = 0; i < cte->cols.n; i++)
			vec_push(&r->cols, q->a, cte->cols.items[i]);
		r->known = cte->known;
	} else if ((rel = catalog_resolve_relation(q->cat, rv->schemaname, relname)) != NULL) {
		if (rel->kind == REL_TABLE) {
			const struct table *t = rel->obj;
			rv->schemaname = public_or(t->name.schema);
			r->table = t;
			for (size_t i = 0; i < t->columns.n; i++)
				vec_push(&r->cols, q->a,
					 (void *)((const struct column *)t->columns.items[i])->name);
			r->known = true;
			add_dep(q, 'r', t->name.schema, t->name.name);
		} else if (rel->kind == REL_VIEW) {
			const struct dbobject *o = rel->obj;
			rv->schemaname = public_or(o->name.schema);
			for (size_t i = 0; i < o->columns.n; i++)
				vec_push(&r->cols, q->a, o->columns.items[i]);
			r->known = true;
			add_dep(q, 'r', o->name.schema, o->name.name);
		} else if (rel->kind == REL_SEQUENCE) {
			const struct sequence *s = rel->obj;
			rv->schemaname = public_or(s->name.schema);
			add_dep(q, 'r', s->name.schema, s->name.name);
		}
	} else {
		if (qualified)
			add_dep(q, 'r', rv->schemaname, relname);	/* outside reference */
		find_missing_relation(q, rv, relname);
	}
	rename_cols(q, r, rv->alias);
}

static void walk(struct qctx *q, Node **slot)
{
	node_walk(slot, qual_pre, q);
}

static void add_from(struct qctx *q, struct scope *sc, Node *n)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_RANGE_VAR:
		add_rangevar(q, sc, n->range_var);
		break;
	case PG_QUERY__NODE__NODE_RANGE_SUBSELECT: {
		PgQuery__RangeSubselect *rs = n->range_subselect;
		struct rte *r = new_rte(q, sc, rs->alias ? rs->alias->aliasname : NULL);
		if (rs->subquery && rs->subquery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
			qualify_select(q, rs->subquery->select_stmt, &r->cols);
			r->known = true;
		}
		rename_cols(q, r, rs->alias);
		break;
	}
	case PG_QUERY__NODE__NODE_JOIN_EXPR: {
		PgQuery__JoinExpr *j = n->join_expr;
		if (j->larg)
			add_from(q, sc, j->larg);
		if (j->rarg)
			add_from(q, sc, j->rarg);
		if (j->quals)
			walk(q, &j->quals);
		break;
	}
	case PG_QUERY__NODE__NODE_RANGE_FUNCTION: {
		PgQuery__RangeFunction *rf = n->range_function;
		const char *refname = rf->alias ? rf->alias->aliasname : NULL;
		struct rte *r;
		for (size_t i = 0; i < rf->n_functions; i++)
			walk(q, &rf->functions[i]);
		if (!refname && rf->n_functions == 1 &&
		    rf->functions[0]->node_case == PG_QUERY__NODE__NODE_LIST &&
		    rf->functions[0]->list->n_items &&
		    rf->functions[0]->list->items[0]->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
			const PgQuery__FuncCall *f = rf->functions[0]->list->items[0]->func_call;
			refname = str_of(f->funcname[f->n_funcname - 1]);
		}
		r = new_rte(q, sc, refname);
		rename_cols(q, r, rf->alias);
		break;
	}
	default:
		walk(q, &n);
		break;
	}
}

/* ---- column references ------------------------------------------------ */

static bool has_col(const struct rte *r, const char *col)
{
	for (size_t i = 0; i < r->cols.n; i++)
		if (str_eq(r->cols.items[i], col))
			return true;
	return false;
}

static const struct rte *find_refname(const struct qctx *q, const char *name)
{
	for (const struct scope *sc = q->scope; sc; sc = sc->up)
		for (size_t i = 0; i < sc->rtes.n; i++) {
			const struct rte *r = sc->rtes.items[i];
			if (r->refname && str_eq(r->refname, name))
				return r;
		}
	return NULL;
}

/* The range entry an unqualified column belongs to, or NULL. */
static const struct rte *resolve_column(const struct qctx *q, const char *col)
{
	for (const struct scope *sc = q->scope; sc; sc = sc->up)
		for (size_t i = 0; i < sc->rtes.n; i++) {
			const struct rte *r = sc->rtes.items[i];
			if (r->known && has_col(r, col))
				return r;
		}
	if (q->scope && q->scope->rtes.n == 1) {
		const struct rte *r = q->scope->rtes.items[0];
		if (!r->known)
			return r;
	}
	return NULL;
}

/* Is this the column watched for? */
static bool watch(struct qctx *q, const struct rte *r, const char *col)
{
	if (q->watch && r && r->table == q->watch->table && col &&
	    str_eq(ident_truncate(q->a, col), q->watch->column)) {
		q->watch->found = true;
		return true;
	}
	return false;
}

/* Is the range entry named name the whole row watched for? */
static void watch_row(struct qctx *q, const char *name)
{
	const struct rte *r;

	if (q->watch && !q->watch->column && name && (r = find_refname(q, name)) != NULL &&
	    r->table == q->watch->table)
		q->watch->found = true;
}

/* Is every range entry in scope one whose columns are known? */
static bool scope_known(const struct qctx *q)
{
	for (const struct scope *sc = q->scope; sc; sc = sc->up)
		for (size_t i = 0; i < sc->rtes.n; i++)
			if (!((const struct rte *)sc->rtes.items[i])->known)
				return false;
	return q->scope != NULL;
}

/* A column reference PostgreSQL cannot resolve: a name that is no column
 * and no range entry of the known ones in scope, rel.col where rel's
 * columns are known and col is none of them, or rel.col where no range
 * entry is rel. */
static void find_missing(struct qctx *q, const PgQuery__ColumnRef *c)
{
	const char *last = c->n_fields ? str_of(c->fields[c->n_fields - 1]) : NULL;
	const struct rte *r;

	if (!q->find_missing || q->missing || !last)
		return;
	if (c->n_fields == 1 && !q->outputs_ok && !resolve_column(q, last) &&
	    !find_refname(q, last) && scope_known(q))
		q->missing = last;
	else if (c->n_fields == 2 && (r = find_refname(q, str_of(c->fields[0]))) != NULL &&
		 (r->known || (r->table && !r->table->outside)) &&	/* or OLD, NEW */
		 !has_col(r, ident_truncate(q->a, last)))
		q->missing = arena_printf(q->a, "%s.%s", str_of(c->fields[0]), last);
	else if (c->n_fields == 2 && str_of(c->fields[0]) && !q->outputs_ok &&
		 !find_refname(q, str_of(c->fields[0])) && !resolve_column(q, str_of(c->fields[0])) &&
		 scope_known(q))
		/* rel.col with no range entry rel (and no composite column rel
		 * whose field col is): a missing FROM-clause entry */
		q->missing = arena_printf(q->a, "%s.%s", str_of(c->fields[0]), last);
}

static void qualify_colref(struct qctx *q, PgQuery__ColumnRef *c)
{
	const struct rte *r;
	const char *col;

	find_missing(q, c);

	/* x.* (a whole row: PostgreSQL records no column dependency) */
	if (!c->n_fields || !str_of(c->fields[c->n_fields - 1])) {
		if (c->n_fields >= 2)
			watch_row(q, str_of(c->fields[c->n_fields - 2]));
		return;
	}
	/* x, a range entry's name and not a column: a whole row too */
	if (c->n_fields == 1 && q->watch && !q->watch->column &&
	    !resolve_column(q, str_of(c->fields[0])))
		watch_row(q, str_of(c->fields[0]));
	if (c->n_fields == 3 && find_refname(q, str_of(c->fields[1]))) {
		c->fields++;	/* schema.table.column */
		c->n_fields--;
	}
	if (q->watch && c->n_fields <= 2 &&
	    watch(q, c->n_fields == 2 ? find_refname(q, str_of(c->fields[0]))
				      : resolve_column(q, str_of(c->fields[0])),
		  str_of(c->fields[c->n_fields - 1])) &&
	    q->watch->rename_to)
		c->fields[c->n_fields - 1] = node_string(q->a, q->watch->rename_to);
	/* the rows an expression is about: unqualified at its top level, as
	 * pg_dump prints them; inside a subquery the qualifier stays */
	if (c->n_fields == 2) {
		r = find_refname(q, str_of(c->fields[0]));
		if (r && r->base && q->scope->up == NULL) {
			c->fields++;
			c->n_fields--;
		}
		return;
	}
	if (c->n_fields != 1)
		return;
	col = str_of(c->fields[0]);
	r = resolve_column(q, col);
	if (r && r->refname && !(r->base && q->scope->up == NULL)) {
		Node *n = make_colref(q->a, r->refname, col);
		*c = *n->column_ref;
	}
}

/* Expands `*` and `rel.*` in a target list into the columns they stand
 * for, when every range entry involved has known columns. */
static void expand_stars(struct qctx *q, PgQuery__SelectStmt *s)
{
	struct ptrvec out = { 0 };
	bool changed = false;

	for (size_t i = 0; i < s->n_target_list; i++) {
		Node *t = s->target_list[i];
		const PgQuery__ResTarget *rt = t->res_target;
		const PgQuery__ColumnRef *c;
		struct ptrvec rtes = { 0 };
		bool ok = true;

		if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !rt->val ||
		    rt->val->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) {
			vec_push(&out, q->a, t);
			continue;
		}
		c = rt->val->column_ref;
		if (!c->n_fields || c->fields[c->n_fields - 1]->node_case !=
					    PG_QUERY__NODE__NODE_A_STAR) {
			vec_push(&out, q->a, t);
			continue;
		}
		if (c->n_fields == 1) {
			for (size_t j = 0; j < q->scope->rtes.n; j++)
				vec_push(&rtes, q->a, q->scope->rtes.items[j]);
		} else if (c->n_fields == 2 && find_refname(q, str_of(c->fields[0]))) {
			vec_push(&rtes, q->a, (void *)find_refname(q, str_of(c->fields[0])));
		}
		for (size_t j = 0; j < rtes.n; j++) {
			const struct rte *r = rtes.items[j];
			if (!r->known || !r->refname)
				ok = false;
		}
		if (!ok || !rtes.n) {
			vec_push(&out, q->a, t);
			continue;
		}
		for (size_t j = 0; j < rtes.n; j++) {
			const struct rte *r = rtes.items[j];
			for (size_t k = 0; k < r->cols.n; k++) {
				Node *n = arena_alloc(q->a, sizeof(*n));
				PgQuery__ResTarget *nrt = arena_alloc(q->a, sizeof(*nrt));
				pg_query__node__init(n);
				pg_query__res_target__init(nrt);
				nrt->val = make_colref(q->a, r->base ? NULL : r->refname,
						       r->cols.items[k]);
				n->node_case = PG_QUERY__NODE__NODE_RES_TARGET;
				n->res_target = nrt;
				vec_push(&out, q->a, n);
			}
		}
		changed = true;
	}
	if (changed) {
		s->n_target_list = out.n;
		s->target_list = (Node **)out.items;
	}
}

/* ---- queries ---------------------------------------------------------- */

/* Output names of the right arm of a view's own set operation do not
 * count (the left arm's do), and pg_dump prints the view's column names
 * there: drop them all.  In a subquery or a WITH query, pg_dump prints a
 * right arm's names as written, so they stay. */
static void clear_names(PgQuery__SelectStmt *s)
{
	if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
		if (s->larg)
			clear_names(s->larg);
		if (s->rarg)
			clear_names(s->rarg);
		return;
	}
	for (size_t i = 0; i < s->n_target_list; i++)
		if (s->target_list[i]->node_case == PG_QUERY__NODE__NODE_RES_TARGET)
			s->target_list[i]->res_target->name = NULL;
}

static void qualify_select(struct qctx *q, PgQuery__SelectStmt *s, struct ptrvec *cols)
{
	size_t nctes = q->ctes.n;
	struct scope sc = { q->scope, { 0 } };

	if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
		if (s->with_clause)
			goto with;
		bool top = s == q->top;
		if (s->larg) {
			if (top)
				q->top = s->larg;
			qualify_select(q, s->larg, cols);
		}
		if (s->rarg) {
			if (top)
				q->top = s->rarg;
			qualify_select(q, s->rarg, NULL);
			if (top)
				clear_names(s->rarg);
		}
		q->outputs_ok++;
		for (size_t i = 0; i < s->n_sort_clause; i++)
			walk(q, &s->sort_clause[i]);
		q->outputs_ok--;
		return;
	}
with:
	if (s->with_clause) {
		for (size_t i = 0; i < s->with_clause->n_ctes; i++) {
			Node *n = s->with_clause->ctes[i];
			PgQuery__CommonTableExpr *ce;
			struct cte *c;
			if (n->node_case != PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR)
				continue;
			ce = n->common_table_expr;
			c = arena_alloc(q->a, sizeof(*c));
			c->name = ident_truncate(q->a, ce->ctename);
			if (s->with_clause->recursive)
				vec_push(&q->ctes, q->a, c);
			if (ce->ctequery &&
			    ce->ctequery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
				qualify_select(q, ce->ctequery->select_stmt, &c->cols);
				c->known = true;
			} else if (ce->ctequery) {
				walk(q, &ce->ctequery);
			}
			for (size_t j = 0; j < ce->n_aliascolnames && j < c->cols.n; j++)
				c->cols.items[j] = (void *)str_of(ce->aliascolnames[j]);
			if (!s->with_clause->recursive)
				vec_push(&q->ctes, q->a, c);
		}
		if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
			PgQuery__WithClause *w = s->with_clause;
			s->with_clause = NULL;
			qualify_select(q, s, cols);
			s->with_clause = w;
			q->ctes.n = nctes;
			return;
		}
	}
	q->scope = &sc;
	for (size_t i = 0; i < s->n_from_clause; i++)
		add_from(q, &sc, s->from_clause[i]);
	for (size_t i = 0; i < s->n_values_lists; i++)
		walk(q, &s->values_lists[i]);
	expand_stars(q, s);
	for (size_t i = 0; i < s->n_target_list; i++) {
		Node *t = s->target_list[i];
		PgQuery__ResTarget *rt;
		if (t->node_case != PG_QUERY__NODE__NODE_RES_TARGET) {
			walk(q, &s->target_list[i]);
			continue;
		}
		rt = t->res_target;
		if (rt->val)
			walk(q, &rt->val);
		if (rt->name && str_eq(rt->name, figure_colname(rt->val)))
			rt->name = NULL;
	}
	if (s->where_clause)
		walk(q, &s->where_clause);
	q->outputs_ok++;
	/* DISTINCT ON's expressions follow ORDER BY's rules: an output
	 * column's name may stand alone there too */
	for (size_t i = 0; i < s->n_distinct_clause; i++)
		if (s->distinct_clause[i])
			walk(q, &s->distinct_clause[i]);
	for (size_t i = 0; i < s->n_group_clause; i++)
		walk(q, &s->group_clause[i]);
	q->outputs_ok--;
	if (s->having_clause)
		walk(q, &s->having_clause);
	for (size_t i = 0; i < s->n_window_clause; i++)
		walk(q, &s->window_clause[i]);
	q->outputs_ok++;
	for (size_t i = 0; i < s->n_sort_clause; i++)
		walk(q, &s->sort_clause[i]);
	q->outputs_ok--;
	if (s->limit_offset)
		walk(q, &s->limit_offset);
	if (s->limit_count)
		walk(q, &s->limit_count);
	if (cols)
		output_names(s, cols, q->a);
	q->scope = sc.up;
	q->ctes.n = nctes;
}

const char *qualify_function(struct arena *a, const struct catalog *cat, PgQuery__Node ***names,
			     size_t *n)
{
	const char *name = str_of((*names)[*n - 1]);

	if (!name)
		return NULL;
	if (*n == 2) {
		const char *schema = str_of((*names)[0]);
		if (!schema || str_eq(schema, "pg_catalog"))
			return NULL;
		return object_dep_key(a, 'f', schema, ident_truncate(a, name));
	}
	if (*n != 1)
		return NULL;
	name = ident_truncate(a, name);
	for (size_t i = 0; i < cat->search_path.n; i++) {
		const char *schema = cat->search_path.items[i];
		if (catalog_has_function(cat, schema, name)) {
			Node **qn;
			if (str_eq(schema, "public"))	/* printed as written */
				return object_dep_key(a, 'f', schema, name);
			qn = arena_alloc(a, 2 * sizeof(*qn));
			qn[0] = node_string(a, schema);
			qn[1] = (*names)[0];
			*names = qn;
			*n = 2;
			return object_dep_key(a, 'f', schema, name);
		}
	}
	return NULL;
}

/* A COLLATE clause: a dependency on the collation, when the catalog has it
 * (PostgreSQL's own are not tracked). */
static void collation_dep(struct qctx *q, const PgQuery__CollateClause *cc)
{
	struct qname qn;
	const char *schema = NULL;

	if (!cc || !cc->n_collname || !(qn.name = str_of(cc->collname[cc->n_collname - 1])))
		return;
	if (cc->n_collname >= 2)
		schema = str_of(cc->collname[cc->n_collname - 2]);
	for (size_t i = 0; i < q->cat->search_path.n || schema; i++) {
		qn.schema = schema ? schema : q->cat->search_path.items[i];
		if (catalog_find_collation(q->cat, &qn)) {
			add_dep(q, 'C', qn.schema, qn.name);
			return;
		}
		if (schema)
			return;
	}
}

static void type_dep(struct qctx *q, const PgQuery__TypeName *tn)
{
	const char *name, *schema = NULL;
	struct qname qn;

	if (!tn || !tn->n_names)
		return;
	name = str_of(tn->names[tn->n_names - 1]);
	if (tn->n_names == 2)
		schema = str_of(tn->names[0]);
	if (!name || (schema && str_eq(schema, "pg_catalog")))
		return;
	if (schema) {
		add_dep(q, 'T', schema, name);
		return;
	}
	for (size_t i = 0; i < q->cat->search_path.n; i++) {
		qn.schema = q->cat->search_path.items[i];
		qn.name = name;
		if (catalog_find_type(q->cat, &qn)) {
			add_dep(q, 'T', qn.schema, name);
			return;
		}
	}
}

static bool qual_pre(Node **slot, void *vctx)
{
	struct qctx *q = vctx;
	Node *n = *slot;

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_SELECT_STMT: {
		struct scope *saved = q->scope;
		qualify_select(q, n->select_stmt, NULL);
		q->scope = saved;
		return false;
	}
	case PG_QUERY__NODE__NODE_COLUMN_REF:
		qualify_colref(q, n->column_ref);
		return false;
	case PG_QUERY__NODE__NODE_FUNC_CALL: {
		PgQuery__FuncCall *f = n->func_call;
		const char *key = qualify_function(q->a, q->cat, &f->funcname, &f->n_funcname);
		if (key && q->deps) {
			bool seen = false;
			for (size_t i = 0; i < q->deps->n && !seen; i++)
				seen = str_eq(q->deps->items[i], key);
			if (!seen)
				vec_push(q->deps, q->a, (void *)key);
		}
		return true;
	}
	case PG_QUERY__NODE__NODE_TYPE_CAST:
		type_dep(q, n->type_cast->type_name);
		return true;
	case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
		collation_dep(q, n->collate_clause);
		return true;
	default:
		return true;
	}
}

static void query_in(struct qctx *q, Node *query, struct ptrvec *cols)
{
	if (query->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
		q->top = query->select_stmt;
		qualify_select(q, query->select_stmt, cols);
	} else {
		node_walk(&query, qual_pre, q);
	}
}

void qualify_query(struct arena *a, const struct catalog *cat, Node *query, struct ptrvec *cols,
		   struct ptrvec *deps)
{
	struct qctx q = { .a = a, .cat = cat, .deps = deps };

	query_in(&q, query, cols);
}

static void expr_in(struct qctx *q, Node **expr, const struct table *t, bool rowvars)
{
	struct scope sc = { NULL, { 0 } };
	static const char *const rows[] = { "old", "new" };

	q->scope = &sc;
	for (size_t i = 0; i < (rowvars ? 2u : 1u); i++) {
		struct rte *r = new_rte(q, &sc, rowvars ? rows[i] : t->name.name);
		for (size_t j = 0; j < t->columns.n; j++)
			vec_push(&r->cols, q->a, (void *)((const struct column *)t->columns.items[j])->name);
		r->known = !rowvars;	/* OLD and NEW are always named */
		r->base = !rowvars;
		r->table = t;
	}
	node_walk(expr, qual_pre, q);
	q->scope = NULL;
}

void qualify_expr(struct arena *a, const struct catalog *cat, Node **expr, const struct table *t,
		  bool rowvars, struct ptrvec *deps)
{
	struct qctx q = { .a = a, .cat = cat, .deps = deps };

	expr_in(&q, expr, t, rowvars);
}

/* Resolves o's statement n against cat, watching for w. */
static void watch_object(struct qctx *q, Node *n, const struct dbobject *o)
{
	struct colwatch *w = q->watch;
	const struct table *t = w ? w->table : NULL, *on = NULL;

	if (o->table) {
		struct qname qn = { o->name.schema, o->table };
		on = catalog_find_table(q->cat, &qn);
	}
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_VIEW_STMT:
		query_in(q, n->view_stmt->query, NULL);
		break;
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		query_in(q, n->create_table_as_stmt->query, NULL);
		break;
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
		if (n->create_function_stmt->sql_body)
			query_in(q, n->create_function_stmt->sql_body, NULL);
		break;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		if (!on)
			break;
		if (n->create_policy_stmt->qual)
			expr_in(q, &n->create_policy_stmt->qual, on, false);
		if (n->create_policy_stmt->with_check)
			expr_in(q, &n->create_policy_stmt->with_check, on, false);
		break;
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: {
		PgQuery__CreateTrigStmt *ts = n->create_trig_stmt;
		if (!on)
			break;
		for (size_t i = 0; w && on == t && i < ts->n_columns; i++)
			if (str_eq(ident_truncate(q->a, str_of(ts->columns[i])), w->column)) {
				w->found = true;
				if (w->rename_to)
					ts->columns[i] = node_string(q->a, w->rename_to);
			}
		if (ts->when_clause)
			expr_in(q, &ts->when_clause, on, true);
		break;
	}
	default:
		break;
	}
}

/*
 * cat as a stored statement (object_stmt) is resolved against: its names
 * were qualified when it was built, public left out (public_or), so public
 * is the path - not the search_path the input ended with (pg_dump's text
 * and the introspector's set it empty, which would leave every public
 * relation unresolved and its columns unused). copy is the caller's.
 */
static const struct catalog *stored_stmt_catalog(struct catalog *copy, struct arena *a,
						 const struct catalog *cat)
{
	*copy = *cat;
	memset(&copy->search_path, 0, sizeof(copy->search_path));
	vec_push(&copy->search_path, a, "public");
	return copy;
}

bool qualify_object_uses_column(struct arena *a, const struct catalog *cat,
				const struct dbobject *o, const struct table *t, const char *column)
{
	struct catalog copy;
	struct colwatch w = { t, column, NULL, false };
	struct qctx q = { .a = a, .cat = stored_stmt_catalog(&copy, a, cat), .watch = &w };
	Node *n = object_stmt(a, o);

	if (n)
		watch_object(&q, n, o);
	return w.found;
}

const char *qualify_object_missing_column(struct arena *a, const struct catalog *cat,
					  const struct dbobject *o, bool *relation)
{
	struct catalog copy;
	struct qctx q = { .a = a, .cat = stored_stmt_catalog(&copy, a, cat), .find_missing = true };
	Node *n = object_stmt(a, o);

	if (n)
		watch_object(&q, n, o);
	*relation = q.missing_rel;
	return q.missing;
}

/* The target list that names a view's columns: the leftmost arm's. */
static PgQuery__SelectStmt *naming_select(Node *query)
{
	PgQuery__SelectStmt *s = query && query->node_case == PG_QUERY__NODE__NODE_SELECT_STMT
		? query->select_stmt : NULL;

	while (s && s->larg)
		s = s->larg;
	return s;
}

Node *qualify_rename_column(struct arena *a, const struct catalog *cat, const struct dbobject *o,
			    const struct table *t, const char *column, const char *newname)
{
	struct catalog copy;
	struct colwatch w = { t, column, newname, false };
	struct qctx q = { .a = a, .cat = stored_stmt_catalog(&copy, a, cat), .watch = &w };
	Node *n = object_stmt(a, o), *query = NULL;
	PgQuery__SelectStmt *s;

	if (!n)
		return NULL;
	/* a view's columns keep their names: each one named before */
	if (n->node_case == PG_QUERY__NODE__NODE_VIEW_STMT && !n->view_stmt->n_aliases)
		query = n->view_stmt->query;
	else if (n->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT &&
		 !n->create_table_as_stmt->into->n_col_names)
		query = n->create_table_as_stmt->query;
	if ((s = naming_select(query)) != NULL)
		for (size_t i = 0; i < s->n_target_list && i < o->columns.n; i++) {
			PgQuery__ResTarget *rt = s->target_list[i]->res_target;
			if (!rt->name || !*rt->name)
				rt->name = arena_strdup(a, o->columns.items[i]);
		}
	watch_object(&q, n, o);
	return w.found ? n : NULL;
}

/* A rename in a stored statement (qualify_rename). */
struct renaming {
	struct arena *a;
	char what;			/* 'r' relation, 'T' type, 'f' function */
	const char *schema, *old, *newname;
	bool found;
};

/* A name list naming schema.old (or old alone), renamed. */
static void rename_names(struct renaming *r, PgQuery__Node **names, size_t n)
{
	if (n && str_eq(str_of(names[n - 1]), r->old) &&
	    (n == 1 || str_eq(str_of(names[n - 2]), r->schema))) {
		names[n - 1] = node_string(r->a, r->newname);
		r->found = true;
	}
}

/* Every message of the statement: relations (in FROM, and the table a
 * policy or trigger is on) and column qualifiers, type names, function
 * calls and the functions triggers execute. */
static void rename_msg(ProtobufCMessage *m, void *vctx)
{
	struct renaming *r = vctx;
	const ProtobufCMessageDescriptor *d = m->descriptor;

	if (r->what == 'r' && d == &pg_query__range_var__descriptor) {
		PgQuery__RangeVar *rv = (PgQuery__RangeVar *)m;
		if (str_eq(rv->relname, r->old) &&
		    (!rv->schemaname || !*rv->schemaname || str_eq(rv->schemaname, r->schema))) {
			rv->relname = (char *)r->newname;
			r->found = true;
		}
	} else if (r->what == 'r' && d == &pg_query__column_ref__descriptor) {
		PgQuery__ColumnRef *c = (PgQuery__ColumnRef *)m;
		size_t k = c->n_fields == 3 ? 1 : 0;
		if (c->n_fields >= 2 && c->n_fields <= 3 && str_eq(str_of(c->fields[k]), r->old) &&
		    (k == 0 || str_eq(str_of(c->fields[0]), r->schema)))
			c->fields[k] = node_string(r->a, r->newname);
	} else if (r->what == 'T' && d == &pg_query__type_name__descriptor) {
		PgQuery__TypeName *tn = (PgQuery__TypeName *)m;
		rename_names(r, tn->names, tn->n_names);
	} else if (r->what == 'f' && d == &pg_query__func_call__descriptor) {
		PgQuery__FuncCall *fc = (PgQuery__FuncCall *)m;
		rename_names(r, fc->funcname, fc->n_funcname);
	} else if (r->what == 'f' && d == &pg_query__create_trig_stmt__descriptor) {
		PgQuery__CreateTrigStmt *ts = (PgQuery__CreateTrigStmt *)m;
		rename_names(r, ts->funcname, ts->n_funcname);
	} else if (r->what == 'f' && d == &pg_query__create_event_trig_stmt__descriptor) {
		PgQuery__CreateEventTrigStmt *es = (PgQuery__CreateEventTrigStmt *)m;
		rename_names(r, es->funcname, es->n_funcname);
	}
}

Node *qualify_rename(struct arena *a, const struct dbobject *o, char what, const char *schema,
		     const char *old, const char *newname)
{
	struct renaming r = { a, what, schema, old, newname, false };
	Node *n = object_stmt(a, o);

	if (n)
		message_each(&n->base, rename_msg, &r);
	return r.found ? n : NULL;
}
