/*
 * build_constraint.c - the constraints of CREATE TABLE and ALTER TABLE
 * ADD: primary keys and unique constraints with the index behind each
 * (its elements, collations and names), checks, and foreign keys with
 * their actions.
 */
#include "build_int.h"
#include "sqlfmt.h"

/* Names in a List of String nodes, as const char * (identifiers). */
static void string_list(struct builder *b, PgQuery__Node **items, size_t n, struct ptrvec *out)
{
	for (size_t i = 0; i < n; i++)
		if (build_node_str(items[i]))
			vec_push(out, b->a, (void *)build_ident(b, build_node_str(items[i])));
}

/* ---- constraints ------------------------------------------------------ */

/* The name a CHECK or FOREIGN KEY constraint c is given in its statement,
 * NULL (an error reported) when table t already has a constraint of it. */
static const char *given_constraint_name(struct builder *b, const struct table *t,
					 const PgQuery__Constraint *c)
{
	const char *name = build_ident(b, c->conname);

	if (table_find_constraint(t, name)) {
		build_error(b, c->location, "constraint '%s' for relation '%s' already exists", name,
			    t->name.name);
		return NULL;
	}
	return name;
}

struct constraint *build_primary_key(const struct table *t)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		struct constraint *c = t->constraints.items[i];
		if (c->kind == CON_PRIMARY)
			return c;
	}
	return NULL;
}

/* A unique key (primary, unique constraint or plain unique index) on cols. */
static bool has_unique_key(const struct table *t, const struct ptrvec *cols)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		struct constraint *c = t->constraints.items[i];
		if ((c->kind == CON_PRIMARY || c->kind == CON_UNIQUE) && !c->deferrable &&
		    vec_same_strings(&c->columns, cols))
			return true;
	}
	for (size_t i = 0; i < t->indexes.n; i++) {
		struct index *ix = t->indexes.items[i];
		struct ptrvec names = { 0 };
		bool simple = ix->unique && !ix->where;
		for (size_t j = 0; j < ix->elems.n && simple; j++) {
			struct index_elem *e = ix->elems.items[j];
			if (!e->column)
				simple = false;
			else
				vec_push(&names, NULL, (void *)e->column);
		}
		if (simple && vec_same_strings(&names, cols)) {
			free(names.items);
			return true;
		}
		free(names.items);
	}
	return false;
}

static int check_columns_exist(struct builder *b, const struct table *t,
			       const struct ptrvec *cols, int location)
{
	for (size_t i = 0; i < cols->n; i++)
		if (!table_find_column(t, cols->items[i]))
			return build_error(b, location, "column '%s' named in key does not exist",
					   (const char *)cols->items[i]);
	return 0;
}

/* FigureIndexColname: what an index key contributes to an implicit name. */
static const char *elem_colname(Node *expr)
{
	while (expr) {
		switch (expr->node_case) {
		case PG_QUERY__NODE__NODE_FUNC_CALL:
			return build_node_str(expr->func_call->funcname[expr->func_call->n_funcname - 1]);
		case PG_QUERY__NODE__NODE_COLUMN_REF: {
			PgQuery__ColumnRef *c = expr->column_ref;
			return build_node_str(c->fields[c->n_fields - 1]);
		}
		case PG_QUERY__NODE__NODE_TYPE_CAST:
			expr = expr->type_cast->arg;
			break;
		case PG_QUERY__NODE__NODE_COALESCE_EXPR:
			return "coalesce";
		case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
			expr = expr->collate_clause->arg;
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

const char *build_key_collation(struct builder *b, const struct table *t, const char *column,
			  const char *collation)
{
	const struct column *c = column && collation ? table_find_column(t, column) : NULL;

	if (!c)
		return collation;
	if (c->collation)
		return str_eq(c->collation, collation) ? NULL : collation;
	return build_collation_over_type(b, &c->type, collation);
}

struct index_elem *build_make_elem(struct builder *b, const struct table *t,
			     PgQuery__IndexElem *ie, const char **colname)
{
	struct index_elem *e = arena_alloc(b->a, sizeof(*e));
	Node *expr = ie->expr;

	/* "(column)" is a plain column, as PostgreSQL treats it */
	if (expr && expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
	    expr->column_ref->n_fields == 1 && build_node_str(expr->column_ref->fields[0]) &&
	    table_find_column(t, ident_truncate(b->a, build_node_str(expr->column_ref->fields[0])))) {
		e->column = build_ident(b, build_node_str(expr->column_ref->fields[0]));
		expr = NULL;
	} else if (build_table_has(ie->name)) {
		e->column = build_ident(b, ie->name);
	}
	if (colname)
		*colname = e->column ? e->column
			   : build_table_has(ie->indexcolname) ? ie->indexcolname
			   : elem_colname(expr) ? elem_colname(expr) : "expr";
	if (expr)
		e->expr = expr_new(b->a, expr, b->st);
	e->collation = build_key_collation(b, t, e->column, build_collation_ref(b, ie->collation, ie->n_collation));
	e->opclass = ie->n_opclass ? build_dotted_name(b, ie->opclass, ie->n_opclass) : NULL;
	e->desc = ie->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
	if (ie->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST)
		e->nulls_first = true;
	else if (ie->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST)
		e->nulls_first = false;
	else
		e->nulls_first = e->desc;
	return e;
}

void build_add_index_colname(struct builder *b, struct ptrvec *names, const char *name)
{
	const char *cur = name;

	for (int i = 1;; i++) {
		bool dup = false;
		for (size_t j = 0; j < names->n && !dup; j++)
			dup = strcmp(names->items[j], cur) == 0;
		if (!dup)
			break;
		cur = arena_printf(b->a, "%s%d", name, i);
	}
	vec_push(names, b->a, (void *)cur);
}

/* The first column expression expr names that table t lacks, or NULL. */
static const char *missing_column(struct builder *b, const struct table *t, Node *expr)
{
	struct ptrvec cols = { 0 };

	expr_columns(b->st->scratch ? b->st->scratch : b->a, expr, &cols);
	for (size_t i = 0; i < cols.n; i++)
		if (!table_find_column(t, ident_truncate(b->a, cols.items[i])))
			return cols.items[i];
	return NULL;
}

static struct constraint *index_constraint(struct builder *b, struct table *t,
					   struct pcon *pc, struct ptrvec *colnames)
{
	PgQuery__Constraint *c = pc->c;
	struct constraint *con = arena_alloc(b->a, sizeof(*con));

	con->kind = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? CON_PRIMARY
		    : c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ? CON_UNIQUE
									  : CON_EXCLUSION;
	con->deferrable = c->deferrable;
	con->deferred = c->initdeferred;
	con->loc = build_table_here(b, c->location);
	if (con->kind == CON_EXCLUSION) {
		con->method = build_table_has(c->access_method) ? arena_strdup(b->a, c->access_method) : "gist";
		for (size_t i = 0; i < c->n_exclusions; i++) {
			PgQuery__List *pair = c->exclusions[i]->list;
			struct index_elem *e;
			const char *colname, *missing;
			if (c->exclusions[i]->node_case != PG_QUERY__NODE__NODE_LIST || pair->n_items != 2 ||
			    pair->items[0]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) {
				build_error(b, c->location, "malformed EXCLUDE element");
				return NULL;
			}
			/* before build_make_elem: expr_new normalizes the tree in place */
			if (pair->items[0]->index_elem->expr &&
			    (missing = missing_column(b, t, pair->items[0]->index_elem->expr)) != NULL) {
				build_error(b, c->location, "column '%s' does not exist", missing);
				return NULL;
			}
			e = build_make_elem(b, t, pair->items[0]->index_elem, &colname);
			e->op = build_dotted_name(b, pair->items[1]->list->items, pair->items[1]->list->n_items);
			if (e->column && !table_find_column(t, e->column)) {
				build_error(b, c->location, "column '%s' named in key does not exist",
					    e->column);
				return NULL;
			}
			vec_push(&con->elems, b->a, e);
			build_add_index_colname(b, colnames, colname);
		}
		if (c->where_clause) {
			const char *missing = missing_column(b, t, c->where_clause);
			if (missing) {
				build_error(b, c->location, "column '%s' does not exist", missing);
				return NULL;
			}
			con->where = expr_new(b->a, c->where_clause, b->st);
		}
	} else if (pc->column && c->n_keys == 0) {
		vec_push(&con->columns, b->a, (void *)pc->column);
		build_add_index_colname(b, colnames, pc->column);
	} else {
		string_list(b, c->keys, c->n_keys, &con->columns);
		for (size_t i = 0; i < con->columns.n; i++)
			build_add_index_colname(b, colnames, con->columns.items[i]);
	}
	string_list(b, c->including, c->n_including, &con->include);
	for (size_t i = 0; i < con->include.n; i++)
		build_add_index_colname(b, colnames, con->include.items[i]);
	con->nulls_not_distinct = c->nulls_not_distinct;
	build_reloptions_from(b, c->options, c->n_options, &con->options);
	if (check_columns_exist(b, t, &con->columns, c->location) < 0 ||
	    check_columns_exist(b, t, &con->include, c->location) < 0)
		return NULL;
	if (build_table_has(c->indexname)) {
		build_error(b, c->location, "unsupported: constraint USING INDEX");
		return NULL;
	}
	return con;
}

static bool same_index_constraint(const struct constraint *x, const struct constraint *y)
{
	if (x->kind == CON_EXCLUSION || y->kind == CON_EXCLUSION)
		return false;
	if (x->columns.n != y->columns.n || x->include.n != y->include.n ||
	    x->deferrable != y->deferrable || x->deferred != y->deferred ||
	    x->nulls_not_distinct != y->nulls_not_distinct)
		return false;
	for (size_t i = 0; i < x->columns.n; i++)
		if (strcmp(x->columns.items[i], y->columns.items[i]))
			return false;
	for (size_t i = 0; i < x->include.n; i++)
		if (strcmp(x->include.items[i], y->include.items[i]))
			return false;
	return true;
}

int build_add_index_constraints(struct builder *b, struct table *t, struct pending *p)
{
	struct ptrvec order = { 0 };
	struct ptrvec made = { 0 };

	/* the primary key is named first, then the rest in order */
	for (size_t i = 0; i < p->ixcons.n; i++) {
		struct pcon *pc = p->ixcons.items[i];
		if (pc->c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)
			vec_push(&order, b->a, pc);
	}
	for (size_t i = 0; i < p->ixcons.n; i++) {
		struct pcon *pc = p->ixcons.items[i];
		if (pc->c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)
			vec_push(&order, b->a, pc);
	}
	for (size_t i = 0; i < order.n; i++) {
		struct pcon *pc = order.items[i];
		struct ptrvec colnames = { 0 };
		struct constraint *con = index_constraint(b, t, pc, &colnames);
		bool dup = false;

		if (!con)
			return -1;
		if (con->kind == CON_PRIMARY && build_primary_key(t))
			return build_error(b, pc->c->location,
					   "multiple primary keys for table '%s' are not allowed",
					   t->name.name);
		/* UNIQUE on the primary key's columns is the same index: dropped */
		for (size_t j = 0; j < made.n && !dup; j++) {
			struct constraint *prior = made.items[j];
			if (same_index_constraint(prior, con) && !build_table_has(pc->c->conname))
				dup = true;
		}
		if (dup)
			continue;
		if (build_table_has(pc->c->conname)) {
			con->name = build_ident(b, pc->c->conname);
			if (catalog_relname_taken(b->cat, t->name.schema, con->name))
				return build_name_error(b, pc->c->location, "relation", con->name,
							DIAG_NAME_TAKEN);
		} else if (con->kind == CON_PRIMARY) {
			con->name = choose_relation_name(b->a, b->cat, t->name.schema, t->name.name,
							 NULL, "pkey", true);
		} else {
			con->name = choose_relation_name(b->a, b->cat, t->name.schema, t->name.name,
							 name_addition(b->a, &colnames),
							 con->kind == CON_UNIQUE ? "key" : "excl", true);
		}
		if (con->kind == CON_PRIMARY)
			for (size_t j = 0; j < con->columns.n; j++)
				table_find_column(t, con->columns.items[j])->not_null = true;
		catalog_add_constraint(b->cat, t, con);
		vec_push(&made, b->a, con);
	}
	return 0;
}

int build_add_checks(struct builder *b, struct table *t, struct pending *p)
{
	struct ptrvec names = { 0 };

	for (size_t i = 0; i < p->checks.n; i++) {
		struct pcon *pc = p->checks.items[i];
		PgQuery__Constraint *c = pc->c;
		struct constraint *con = arena_alloc(b->a, sizeof(*con));
		struct ptrvec cols = { 0 };

		con->kind = CON_CHECK;
		con->loc = build_table_here(b, c->location);
		expr_columns(b->st->scratch ? b->st->scratch : b->a, c->raw_expr, &cols);
		/* tableoid is the one system column a CHECK may name */
		for (size_t j = 0; j < cols.n; j++)
			if (!table_find_column(t, cols.items[j]) && !str_eq(cols.items[j], "tableoid"))
				return build_error(b, c->location, "column '%s' does not exist",
						   (const char *)cols.items[j]);
		if (build_table_has(c->conname)) {
			if (!(con->name = given_constraint_name(b, t, c)))
				return -1;
		} else {
			con->name = choose_constraint_name(b->a, b->cat, t->name.schema, t->name.name,
							   cols.n == 1 ? cols.items[0] : NULL,
							   "check", &names);
		}
		vec_push(&names, b->a, (void *)con->name);
		con->check = expr_new(b->a, c->raw_expr, b->st);
		con->no_inherit = c->is_no_inherit;
		con->not_valid = !p->creating && c->skip_validation;
		catalog_add_constraint(b->cat, t, con);
	}
	return 0;
}

static enum fk_action fk_action_of(const char *s)
{
	return build_table_has(s) ? (enum fk_action)s[0] : FK_NO_ACTION;
}

int build_add_foreign_keys(struct builder *b, struct table *t, struct pending *p)
{
	for (size_t i = 0; i < p->fks.n; i++) {
		struct pcon *pc = p->fks.items[i];
		PgQuery__Constraint *c = pc->c;
		struct constraint *con = arena_alloc(b->a, sizeof(*con));
		struct table *ref = build_outside_table(b, c->pktable);

		if (!ref)
			ref = build_lookup_table(b, c->pktable, false);
		if (!ref)
			return -1;
		con->kind = CON_FOREIGN;
		con->loc = build_table_here(b, c->location);
		if (pc->column && c->n_fk_attrs == 0)
			vec_push(&con->columns, b->a, (void *)pc->column);
		else
			string_list(b, c->fk_attrs, c->n_fk_attrs, &con->columns);
		if (check_columns_exist(b, t, &con->columns, c->location) < 0)
			return -1;
		con->ref_table = ref->name;
		if (ref->outside) {
			/* an outside table: its columns and keys are not known */
			string_list(b, c->pk_attrs, c->n_pk_attrs, &con->ref_columns);
		} else if (c->n_pk_attrs) {
			string_list(b, c->pk_attrs, c->n_pk_attrs, &con->ref_columns);
			if (check_columns_exist(b, ref, &con->ref_columns, c->pktable->location) < 0)
				return -1;
			if (!has_unique_key(ref, &con->ref_columns))
				return build_error(b, c->pktable->location,
						   "there is no unique constraint matching given keys for referenced table '%s'",
						   ref->name.name);
		} else {
			struct constraint *pk = build_primary_key(ref);
			if (!pk)
				return build_error(b, c->pktable->location,
						   "there is no primary key for referenced table '%s'",
						   ref->name.name);
			for (size_t j = 0; j < pk->columns.n; j++)
				vec_push(&con->ref_columns, b->a, pk->columns.items[j]);
		}
		if (con->ref_columns.n != con->columns.n && !(ref->outside && !con->ref_columns.n))
			return build_error(b, c->location,
					   "number of referencing and referenced columns for foreign key disagree");
		con->match = build_table_has(c->fk_matchtype) ? (enum fk_match)c->fk_matchtype[0] : FK_MATCH_SIMPLE;
		con->on_update = fk_action_of(c->fk_upd_action);
		con->on_delete = fk_action_of(c->fk_del_action);
		string_list(b, c->fk_del_set_cols, c->n_fk_del_set_cols, &con->on_delete_cols);
		con->deferrable = c->deferrable;
		con->deferred = c->initdeferred;
		con->not_valid = !p->creating && c->skip_validation;
		if (build_table_has(c->conname)) {
			if (!(con->name = given_constraint_name(b, t, c)))
				return -1;
		} else {
			con->name = choose_constraint_name(b->a, b->cat, t->name.schema, t->name.name,
							   name_addition(b->a, &con->columns), "fkey",
							   NULL);
		}
		catalog_add_constraint(b->cat, t, con);
	}
	return 0;
}
