/*
 * build_partition.c - partitioned tables, partitions, table inheritance and
 * table and column options, as PostgreSQL 15 applies them: PARTITION BY,
 * PARTITION OF ... FOR VALUES, ATTACH / DETACH PARTITION, INHERITS,
 * INHERIT / NO INHERIT, indexes and key constraints cloned into partitions
 * (named as PostgreSQL names them, or matched to an existing one and
 * attached), ALTER INDEX ... ATTACH PARTITION, the ALTER TABLE commands that
 * recurse into partitions and inheritance children, WITH (...) storage
 * parameters and SET STORAGE / COMPRESSION / STATISTICS.
 *
 * Partitions are whole tables in the catalog: their columns, check
 * constraints, key constraints and indexes are copied from the parent, so
 * that a partition written as `PARTITION OF` and one written as pg_dump
 * writes it (CREATE TABLE with every column, then ATTACH PARTITION and
 * ALTER INDEX ... ATTACH PARTITION) build the same catalog.
 */
#include "build_int.h"
#include "sqlfmt.h"

static bool has(const char *s)
{
	return s && *s;
}

static bool same_qname(const struct qname *x, const struct qname *y)
{
	return str_eq(x->schema, y->schema) && str_eq(x->name, y->name);
}

/* build_partition.c */
static bool table_is_child_of(const struct table *t, const struct table *parent)
{
	if (t->partition_of.name && same_qname(&t->partition_of, &parent->name))
		return true;
	for (size_t i = 0; i < t->inherits.n; i++)
		if (same_qname(t->inherits.items[i], &parent->name))
			return true;
	return false;
}

/* Counts a table given a parent (catalog.linked_tables). */
static void linked(struct builder *b)
{
	b->cat->linked_tables++;
}

/* The direct children of t (partitions and inheritance children), in
 * catalog order. Most schemas have none: then no table is looked at. */
static void children(struct builder *b, const struct table *t, struct ptrvec *out)
{
	for (size_t i = 0; b->cat->linked_tables && i < b->cat->tables.n; i++) {
		struct table *c = b->cat->tables.items[i];
		if (c != t && table_is_child_of(c, t))
			vec_push(out, NULL, c);
	}
}

static struct column *copy_column(struct builder *b, const struct column *c)
{
	struct column *n = arena_alloc(b->a, sizeof(*n));

	*n = *c;
	n->identity = IDENTITY_NONE;
	n->identity_seq = NULL;
	n->renamed_from = NULL;
	n->comment = NULL;
	n->has_statistics = false;
	n->statistics = 0;
	n->inherited_only = true;
	n->inhcount = 1;
	return n;
}

static struct index_elem *copy_elem(struct builder *b, const struct index_elem *e)
{
	struct index_elem *n = arena_alloc(b->a, sizeof(*n));
	*n = *e;
	n->has_statistics = false;	/* a clone's expressions have the default */
	n->statistics = 0;
	return n;
}

static void copy_elems(struct builder *b, struct ptrvec *out, const struct ptrvec *in)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < in->n; i++)
		vec_push(out, b->a, copy_elem(b, in->items[i]));
}

static void copy_strings(struct builder *b, struct ptrvec *out, const struct ptrvec *in)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < in->n; i++)
		vec_push(out, b->a, in->items[i]);
}

static bool strings_equal(const struct ptrvec *x, const struct ptrvec *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (!str_eq(x->items[i], y->items[i]))
			return false;
	return true;
}

static bool elems_equal(const struct ptrvec *x, const struct ptrvec *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++) {
		const struct index_elem *p = x->items[i], *q = y->items[i];
		if (!str_eq(p->column, q->column) || !expr_equal(p->expr, q->expr) ||
		    !str_eq(p->collation, q->collation) || !str_eq(p->opclass, q->opclass) ||
		    p->desc != q->desc || p->nulls_first != q->nulls_first || !str_eq(p->op, q->op))
			return false;
	}
	return true;
}

/* ---- PARTITION BY and FOR VALUES -------------------------------------- */

struct partkey *build_partkey(struct builder *b, struct table *t, PgQuery__PartitionSpec *ps)
{
	struct partkey *k = arena_alloc(b->a, sizeof(*k));
	const char *s = ps->strategy;

	k->strategy = str_eq(s, "list") ? 'l' : str_eq(s, "range") ? 'r' : str_eq(s, "hash") ? 'h' : 0;
	if (!k->strategy) {
		build_error(b, ps->location, "unrecognized partitioning strategy '%s'", s);
		return NULL;
	}
	for (size_t i = 0; i < ps->n_part_params; i++) {
		PgQuery__PartitionElem *pe = ps->part_params[i]->partition_elem;
		struct index_elem *e = arena_alloc(b->a, sizeof(*e));
		Node *expr = pe->expr;

		if (ps->part_params[i]->node_case != PG_QUERY__NODE__NODE_PARTITION_ELEM)
			continue;
		/* "(column)" is the column, as PostgreSQL treats it */
		if (expr && expr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
		    expr->column_ref->n_fields == 1 && build_node_str(expr->column_ref->fields[0])) {
			e->column = build_ident(b, build_node_str(expr->column_ref->fields[0]));
			expr = NULL;
		} else if (has(pe->name)) {
			e->column = build_ident(b, pe->name);
		}
		if (e->column && !table_find_column(t, e->column)) {
			build_error(b, pe->location, "column '%s' named in partition key does not exist",
				    e->column);
			return NULL;
		}
		if (expr)
			e->expr = expr_new(b->a, expr, b->st);
		e->collation = build_key_collation(b, t, e->column,
					     build_collation_ref(b, pe->collation, pe->n_collation));
		e->opclass = pe->n_opclass ? build_dotted_name(b, pe->opclass, pe->n_opclass) : NULL;
		vec_push(&k->elems, b->a, e);
	}
	if (k->strategy == 'l' && k->elems.n != 1) {
		build_error(b, ps->location, "cannot use \"list\" partition strategy with more than one column");
		return NULL;
	}
	return k;
}

/* A bound value as text: constants (casts stripped), NULL, MINVALUE, MAXVALUE. */
static int bound_value(struct builder *b, Node *n, const char **out)
{
	while (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
		n = n->type_cast->arg;
	if (!n)
		return build_error(b, -1, "malformed partition bound");
	if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields == 1 &&
	    build_node_str(n->column_ref->fields[0])) {
		const char *w = build_node_str(n->column_ref->fields[0]);
		if (strcmp(w, "minvalue") == 0) {
			*out = PARTBOUND_MINVALUE;
			return 0;
		}
		if (strcmp(w, "maxvalue") == 0) {
			*out = PARTBOUND_MAXVALUE;
			return 0;
		}
	}
	if (n->node_case == PG_QUERY__NODE__NODE_A_CONST) {
		PgQuery__AConst *c = n->a_const;
		if (c->isnull) {
			*out = NULL;
			return 0;
		}
		switch (c->val_case) {
		case PG_QUERY__A__CONST__VAL_IVAL:
			*out = arena_printf(b->a, "%d", c->ival->ival);
			return 0;
		case PG_QUERY__A__CONST__VAL_FVAL:
			*out = arena_strdup(b->a, c->fval->fval);
			return 0;
		case PG_QUERY__A__CONST__VAL_SVAL:
			*out = arena_strdup(b->a, c->sval->sval);
			return 0;
		case PG_QUERY__A__CONST__VAL_BOOLVAL:
			*out = c->boolval->boolval ? "true" : "false";
			return 0;
		default:
			break;
		}
	}
	return build_error(b, -1, "unsupported partition bound: only constants, NULL, MINVALUE and MAXVALUE");
}

static struct partbound *build_partbound(struct builder *b, const struct table *parent,
				  PgQuery__PartitionBoundSpec *bs)
{
	struct partbound *pb = arena_alloc(b->a, sizeof(*pb));

	if (!parent->partkey) {
		build_error(b, -1, "table '%s' is not partitioned", parent->name.name);
		return NULL;
	}
	if (bs->is_default) {
		if (parent->partkey->strategy == 'h') {
			build_error(b, -1, "a hash-partitioned table may not have a default partition");
			return NULL;
		}
		pb->is_default = true;
		return pb;
	}
	pb->strategy = has(bs->strategy) ? bs->strategy[0] : 0;
	if (pb->strategy != parent->partkey->strategy) {
		build_error(b, -1, "invalid bound specification for a %s partition",
			    parent->partkey->strategy == 'l' ? "list"
			    : parent->partkey->strategy == 'r' ? "range" : "hash");
		return NULL;
	}
	pb->modulus = bs->modulus;
	pb->remainder = bs->remainder;
	for (size_t i = 0; i < bs->n_listdatums; i++) {
		const char *v;
		if (bound_value(b, bs->listdatums[i], &v) < 0)
			return NULL;
		vec_push(&pb->list, b->a, (void *)v);
	}
	for (size_t i = 0; i < bs->n_lowerdatums; i++) {
		const char *v;
		if (bound_value(b, bs->lowerdatums[i], &v) < 0)
			return NULL;
		vec_push(&pb->lower, b->a, (void *)v);
	}
	for (size_t i = 0; i < bs->n_upperdatums; i++) {
		const char *v;
		if (bound_value(b, bs->upperdatums[i], &v) < 0)
			return NULL;
		vec_push(&pb->upper, b->a, (void *)v);
	}
	return pb;
}

bool partbound_equal(const struct partbound *x, const struct partbound *y)
{
	if (!x || !y)
		return x == y;
	return x->is_default == y->is_default && x->strategy == y->strategy &&
	       x->modulus == y->modulus && x->remainder == y->remainder &&
	       strings_equal(&x->list, &y->list) && strings_equal(&x->lower, &y->lower) &&
	       strings_equal(&x->upper, &y->upper);
}

bool partkey_equal(const struct partkey *x, const struct partkey *y)
{
	if (!x || !y)
		return x == y;
	return x->strategy == y->strategy && elems_equal(&x->elems, &y->elems);
}

/* ---- cloning keys and indexes into partitions ------------------------- */

static bool index_def_equal(const struct index *x, const struct index *y)
{
	return x->unique == y->unique && x->nulls_not_distinct == y->nulls_not_distinct &&
	       str_eq(x->method, y->method) && elems_equal(&x->elems, &y->elems) &&
	       strings_equal(&x->include, &y->include) && expr_equal(x->where, y->where);
}

static bool key_def_equal(const struct constraint *x, const struct constraint *y)
{
	return x->kind == y->kind && strings_equal(&x->columns, &y->columns) &&
	       strings_equal(&x->include, &y->include) &&
	       x->nulls_not_distinct == y->nulls_not_distinct && str_eq(x->method, y->method) &&
	       elems_equal(&x->elems, &y->elems) && expr_equal(x->where, y->where);
}

/* ChooseIndexColumnNames for an index cloned from its parent's definition:
 * columns by name, expressions as "expr". */
static const char *clone_name_addition(struct builder *b, const struct ptrvec *cols,
				       const struct ptrvec *elems, const struct ptrvec *include)
{
	struct ptrvec names = { 0 };

	for (size_t i = 0; i < cols->n; i++)
		build_add_index_colname(b, &names, cols->items[i]);
	for (size_t i = 0; i < elems->n; i++) {
		const struct index_elem *e = elems->items[i];
		const char *name = e->column ? e->column : "expr";
		if (!e->column && e->expr->kind == PG_QUERY__NODE__NODE_FUNC_CALL) {
			/* a function call is named after the function */
			Node *n = expr_tree(b->a, e->expr);
			if (n && n->node_case == PG_QUERY__NODE__NODE_FUNC_CALL &&
			    n->func_call->n_funcname)
				name = build_node_str(n->func_call->funcname[n->func_call->n_funcname - 1]);
		}
		build_add_index_colname(b, &names, name ? name : "expr");
	}
	for (size_t i = 0; i < include->n; i++)
		build_add_index_colname(b, &names, include->items[i]);
	return name_addition(b->a, &names);
}

static void clone_key(struct builder *b, struct table *c, const struct constraint *k);
static void clone_index(struct builder *b, struct table *c, const struct index *ix);

/* The key (primary, unique, exclusion) k of partitioned table t, in each of
 * its partitions: an equal one there is attached, else one is created. */
static void clone_key_to_partitions(struct builder *b, const struct table *t,
				    const struct constraint *k)
{
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *c = b->cat->tables.items[i];
		if (c->partition_of.name && same_qname(&c->partition_of, &t->name))
			clone_key(b, c, k);
	}
}

struct constraint *build_copy_key(struct builder *b, struct table *c, const struct constraint *k)
{
	struct constraint *n = arena_alloc(b->a, sizeof(*n));

	*n = *k;
	copy_strings(b, &n->columns, &k->columns);
	copy_strings(b, &n->include, &k->include);
	copy_elems(b, &n->elems, &k->elems);
	n->comment = n->index_comment = n->renamed_from = n->parent = NULL;
	if (k->kind == CON_PRIMARY)
		n->name = choose_relation_name(b->a, b->cat, c->name.schema, c->name.name, NULL,
					       "pkey", true);
	else
		n->name = choose_relation_name(b->a, b->cat, c->name.schema, c->name.name,
					       clone_name_addition(b, &k->columns, &k->elems,
								   &k->include),
					       k->kind == CON_UNIQUE ? "key" : "excl", true);
	for (size_t j = 0; k->kind == CON_PRIMARY && j < n->columns.n; j++) {
		struct column *col = table_find_column(c, n->columns.items[j]);
		if (col)
			col->not_null = true;
	}
	catalog_add_constraint(b->cat, c, n);
	return n;
}

static void clone_key(struct builder *b, struct table *c, const struct constraint *k)
{
	struct constraint *n;

	for (size_t i = 0; i < c->constraints.n; i++) {
		struct constraint *x = c->constraints.items[i];
		if (!x->parent && key_def_equal(x, k)) {
			x->parent = k->name;
			return;
		}
	}
	n = build_copy_key(b, c, k);
	n->parent = k->name;
	if (c->partkey)
		clone_key_to_partitions(b, c, n);
}

void build_clone_index_to_partitions(struct builder *b, const struct table *t,
				     const struct index *ix)
{
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *c = b->cat->tables.items[i];
		if (c->partition_of.name && same_qname(&c->partition_of, &t->name))
			clone_index(b, c, ix);
	}
}

struct index *build_copy_index(struct builder *b, struct table *c, const struct index *ix)
{
	struct index *n = arena_alloc(b->a, sizeof(*n));
	struct ptrvec none = { 0 };

	*n = *ix;
	copy_elems(b, &n->elems, &ix->elems);
	copy_strings(b, &n->include, &ix->include);
	n->comment = n->renamed_from = n->parent = NULL;
	n->only = false;
	n->name = choose_relation_name(b->a, b->cat, c->name.schema, c->name.name,
				       clone_name_addition(b, &none, &ix->elems, &ix->include),
				       "idx", false);
	catalog_add_index(b->cat, c, n);
	return n;
}

/* Is primary key or unique constraint k of a partition the index ix would
 * make there: plain columns in its order, btree, no predicate? */
static bool key_is_index(const struct constraint *k, const struct index *ix)
{
	if ((k->kind != CON_PRIMARY && k->kind != CON_UNIQUE) || !ix->unique || ix->where ||
	    (ix->method && strcmp(ix->method, "btree") != 0) ||
	    ix->nulls_not_distinct != k->nulls_not_distinct || k->columns.n != ix->elems.n ||
	    !strings_equal(&k->include, &ix->include))
		return false;
	for (size_t i = 0; i < ix->elems.n; i++) {
		const struct index_elem *e = ix->elems.items[i];
		if (!e->column || e->collation || e->opclass || e->desc || e->nulls_first ||
		    strcmp(e->column, k->columns.items[i]) != 0)
			return false;
	}
	return true;
}

/* A partitioned index on partition c: an equal index of c not attached yet
 * is attached (a key's too, as DefineIndex takes any matching index when
 * the parent's is no constraint), else one is created. */
static void clone_index(struct builder *b, struct table *c, const struct index *ix)
{
	struct index *n;

	for (size_t i = 0; i < c->indexes.n; i++) {
		struct index *x = c->indexes.items[i];
		if (!x->parent && index_def_equal(x, ix)) {
			x->parent = ix->name;
			return;
		}
	}
	for (size_t i = 0; i < c->constraints.n; i++) {
		struct constraint *k = c->constraints.items[i];
		if (!k->parent && key_is_index(k, ix)) {
			k->parent = ix->name;
			return;
		}
	}
	n = build_copy_index(b, c, ix);
	n->parent = ix->name;
	if (c->partkey)
		build_clone_index_to_partitions(b, c, n);
}

static bool check_inheritable(const struct constraint *c)
{
	return c->kind == CON_CHECK && !c->no_inherit;
}

/* The parent's inheritable check constraints, in the child too. */
static void inherit_checks(struct builder *b, const struct table *parent, struct table *c)
{
	for (size_t i = 0; i < parent->constraints.n; i++) {
		const struct constraint *k = parent->constraints.items[i];
		struct constraint *n;
		if (!check_inheritable(k) || table_find_constraint(c, k->name))
			continue;
		n = arena_alloc(b->a, sizeof(*n));
		*n = *k;
		n->comment = n->renamed_from = NULL;
		n->not_valid = false;
		catalog_add_constraint(b->cat, c, n);
	}
}

/* What a partition gets from its parent once attached. */
static void attach_parts(struct builder *b, const struct table *parent, struct table *c)
{
	for (size_t i = 0; i < c->columns.n; i++) {
		struct column *col = c->columns.items[i];
		const struct column *pc = table_find_column(parent, col->name);
		col->inherited_only = true;
		col->inhcount = 1;
		if (pc && pc->not_null)
			col->not_null = true;
	}
	inherit_checks(b, parent, c);
	for (size_t i = 0; i < parent->constraints.n; i++) {
		const struct constraint *k = parent->constraints.items[i];
		if (k->kind == CON_PRIMARY || k->kind == CON_UNIQUE || k->kind == CON_EXCLUSION)
			clone_key(b, c, k);
	}
	for (size_t i = 0; i < parent->indexes.n; i++)
		clone_index(b, c, parent->indexes.items[i]);
}

/* ---- CREATE TABLE ... PARTITION OF / INHERITS ------------------------- */

int build_partition_of(struct builder *b, struct table *t, PgQuery__CreateStmt *cs)
{
	struct table *parent;

	if (cs->n_inh_relations != 1 ||
	    cs->inh_relations[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
		return build_error(b, cs->relation->location, "PARTITION OF needs one parent table");
	parent = build_lookup_table(b, cs->inh_relations[0]->range_var, false);
	if (!parent)
		return -1;
	if (!parent->partkey)
		return build_error(b, cs->inh_relations[0]->range_var->location,
				   "table '%s' is not partitioned", parent->name.name);
	t->bound = build_partbound(b, parent, cs->partbound);
	if (!t->bound)
		return -1;
	t->partition_of = parent->name;
	linked(b);
	for (size_t i = 0; i < parent->columns.n; i++)
		vec_push(&t->columns, b->a, copy_column(b, parent->columns.items[i]));
	return 0;
}

int build_partition_finish(struct builder *b, struct table *t)
{
	struct table *parent = catalog_find_table(b->cat, &t->partition_of);

	if (parent)
		attach_parts(b, parent, t);
	return 0;
}

/* Merges parent's columns into t (INHERITS, INHERIT): a column t has too
 * must have the same type; the rest are added, inherited only. */
static int merge_parent_columns(struct builder *b, struct table *t, const struct table *parent,
				struct ptrvec *inherited, bool must_exist)
{
	for (size_t i = 0; i < parent->columns.n; i++) {
		const struct column *pc = parent->columns.items[i];
		struct column *c = table_find_column(t, pc->name);
		if (!c) {
			for (size_t j = 0; inherited && j < inherited->n && !c; j++)
				if (strcmp(((struct column *)inherited->items[j])->name, pc->name) == 0)
					c = inherited->items[j];
		}
		if (c) {
			if (!typeref_equal(&c->type, &pc->type))
				return build_error(b, -1,
						   "column '%s' has a type conflict with the inherited definition",
						   pc->name);
			c->inhcount++;
			if (pc->not_null)
				c->not_null = true;
			if (!c->def && pc->def && !must_exist)
				c->def = pc->def;
			if (inherited && c->inhcount == 1 && !c->inherited_only)
				vec_push(inherited, b->a, c);	/* merged: at the parent's position */
			continue;
		}
		if (must_exist)
			return build_error(b, -1, "child table is missing column '%s'", pc->name);
		vec_push(inherited, b->a, copy_column(b, pc));
	}
	return 0;
}

/* DEFAULT NULL (pg_dump writes it so that a child does not take its
 * parent's default): no default, and none inherited. */
static bool default_is_null(struct builder *b, const struct expr *e)
{
	Node *n = e ? expr_tree(b->a, e) : NULL;

	while (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
		n = n->type_cast->arg;
	return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->isnull;
}

int build_inherits(struct builder *b, struct table *t, PgQuery__CreateStmt *cs)
{
	struct ptrvec inherited = { 0 }, local = { 0 }, nulldef = { 0 };

	for (size_t i = 0; i < t->columns.n; i++) {
		struct column *c = t->columns.items[i];
		if (default_is_null(b, c->def)) {
			c->def = NULL;
			vec_push(&nulldef, b->a, c);
		}
	}

	for (size_t i = 0; i < cs->n_inh_relations; i++) {
		struct table *parent;
		struct qname *q;
		if (cs->inh_relations[i]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
			continue;
		parent = build_lookup_table(b, cs->inh_relations[i]->range_var, false);
		if (!parent)
			return -1;
		if (parent->partkey)
			return build_error(b, cs->inh_relations[i]->range_var->location,
					   "cannot inherit from partitioned table '%s'", parent->name.name);
		for (size_t j = 0; j < t->inherits.n; j++)
			if (same_qname(t->inherits.items[j], &parent->name))
				return build_error(b, -1, "relation '%s' would be inherited from more than once",
						   parent->name.name);
		q = arena_alloc(b->a, sizeof(*q));
		*q = parent->name;
		vec_push(&t->inherits, b->a, q);
		linked(b);
		if (merge_parent_columns(b, t, parent, &inherited, false) < 0)
			return -1;
	}
	/* inherited columns first, then the table's own, as PostgreSQL orders them */
	for (size_t i = 0; i < t->columns.n; i++)
		vec_push(&local, b->a, t->columns.items[i]);
	memset(&t->columns, 0, sizeof(t->columns));
	for (size_t i = 0; i < inherited.n; i++)
		vec_push(&t->columns, b->a, inherited.items[i]);
	for (size_t i = 0; i < local.n; i++) {
		struct column *c = local.items[i];
		if (!c->inhcount)	/* merged ones sit where the parent has them */
			vec_push(&t->columns, b->a, c);
	}
	/* a merged column that has no default of its own takes the parent's */
	for (size_t i = 0; i < t->inherits.n; i++) {
		struct table *parent = catalog_find_table(b->cat, t->inherits.items[i]);
		for (size_t j = 0; parent && j < t->columns.n; j++) {
			struct column *c = t->columns.items[j];
			const struct column *pc = table_find_column(parent, c->name);
			bool null_default = false;
			for (size_t k = 0; k < nulldef.n; k++)
				null_default = null_default || nulldef.items[k] == c;
			if (pc && !c->def && pc->def && !c->inherited_only && !null_default)
				c->def = pc->def;
		}
	}
	for (size_t i = 0; i < nulldef.n; i++)
		((struct column *)nulldef.items[i])->def = NULL;
	return 0;
}

int build_inherits_finish(struct builder *b, struct table *t)
{
	for (size_t i = 0; i < t->inherits.n; i++) {
		struct table *parent = catalog_find_table(b->cat, t->inherits.items[i]);
		if (parent)
			inherit_checks(b, parent, t);
	}
	return 0;
}

/* ---- ALTER TABLE ... ATTACH / DETACH PARTITION, INHERIT, NO INHERIT --- */

int build_attach_partition(struct builder *b, struct table *parent, PgQuery__PartitionCmd *pc)
{
	struct relation *r = catalog_resolve_relation(b->cat, pc->name->schemaname,
						      ident_truncate(b->a, build_ident(b, pc->name->relname)));
	struct table *c;
	struct partbound *bound;

	if (r && r->kind == REL_VIEW && ((struct dbobject *)r->obj)->kind == OBJ_FOREIGN_TABLE)
		return build_attach_foreign_partition(b, parent, r->obj, pc);
	c = build_lookup_table(b, pc->name, false);
	if (!c)
		return -1;
	if (c->partition_of.name)
		return build_error(b, pc->name->location, "'%s' is already a partition",
				   c->name.name);
	if (c->inherits.n)
		return build_error(b, pc->name->location,
				   "cannot attach inheritance child as partition");
	for (size_t i = 0; i < parent->columns.n; i++) {
		const struct column *p = parent->columns.items[i];
		const struct column *col = table_find_column(c, p->name);
		if (!col)
			return build_error(b, pc->name->location,
					   "table '%s' is missing column '%s' of the parent",
					   c->name.name, p->name);
		if (!typeref_equal(&col->type, &p->type))
			return build_error(b, pc->name->location,
					   "child table '%s' has different type for column '%s'",
					   c->name.name, p->name);
	}
	if (c->columns.n != parent->columns.n)
		return build_error(b, pc->name->location,
				   "table '%s' contains columns not found in parent '%s'",
				   c->name.name, parent->name.name);
	bound = build_partbound(b, parent, pc->bound);
	if (!bound)
		return -1;
	c->partition_of = parent->name;
	linked(b);
	c->bound = bound;
	attach_parts(b, parent, c);
	return 0;
}

int build_detach_partition(struct builder *b, struct table *parent, PgQuery__PartitionCmd *pc)
{
	struct table *c = build_lookup_table(b, pc->name, false);

	if (!c)
		return -1;
	if (!c->partition_of.name || !same_qname(&c->partition_of, &parent->name))
		return build_error(b, pc->name->location, "relation '%s' is not a partition of relation '%s'",
				   c->name.name, parent->name.name);
	memset(&c->partition_of, 0, sizeof(c->partition_of));
	c->bound = NULL;
	for (size_t i = 0; i < c->columns.n; i++) {
		struct column *col = c->columns.items[i];
		col->inherited_only = false;
		col->inhcount = 0;
	}
	for (size_t i = 0; i < c->indexes.n; i++)
		((struct index *)c->indexes.items[i])->parent = NULL;
	for (size_t i = 0; i < c->constraints.n; i++)
		((struct constraint *)c->constraints.items[i])->parent = NULL;
	return 0;
}

int build_alter_inherit(struct builder *b, struct table *t, PgQuery__RangeVar *rv, bool add)
{
	struct table *parent = build_lookup_table(b, rv, false);
	struct qname *q;

	if (!parent)
		return -1;
	for (size_t i = 0; i < t->inherits.n; i++) {
		if (!same_qname(t->inherits.items[i], &parent->name))
			continue;
		if (add)
			return build_error(b, rv->location, "relation '%s' would be inherited from more than once",
					   parent->name.name);
		vec_remove(&t->inherits, i);
		for (size_t j = 0; j < t->columns.n; j++) {
			struct column *c = t->columns.items[j];
			if (table_find_column(parent, c->name) && c->inhcount > 0 && --c->inhcount == 0)
				c->inherited_only = false;
		}
		return 0;
	}
	if (!add)
		return build_error(b, rv->location, "relation '%s' is not a parent of relation '%s'",
				   parent->name.name, t->name.name);
	if (t->partition_of.name || t->partkey || parent->partkey)
		return build_error(b, rv->location, "cannot change inheritance of a partition or partitioned table");
	if (merge_parent_columns(b, t, parent, NULL, true) < 0)
		return -1;
	for (size_t i = 0; i < parent->constraints.n; i++) {
		const struct constraint *k = parent->constraints.items[i];
		if (check_inheritable(k) && !table_find_constraint(t, k->name))
			return build_error(b, rv->location, "child table is missing constraint '%s'",
					   k->name);
	}
	q = arena_alloc(b->a, sizeof(*q));
	*q = parent->name;
	vec_push(&t->inherits, b->a, q);
	linked(b);
	return 0;
}

/* ALTER INDEX parent ATTACH PARTITION child */
int build_attach_index(struct builder *b, PgQuery__AlterTableStmt *as, PgQuery__PartitionCmd *pc)
{
	struct relation *pr = build_lookup_relation(b, as->relation->schemaname,
					      ident_truncate(b->a, as->relation->relname));
	struct relation *cr = build_lookup_relation(b, pc->name->schemaname,
					      ident_truncate(b->a, pc->name->relname));
	const char *pname;

	if (!pr || (pr->kind != REL_INDEX && pr->kind != REL_CONSTRAINT_INDEX))
		return build_name_error(b, as->relation->location, "index", as->relation->relname,
					DIAG_NAME_MISSING);
	if (!cr || (cr->kind != REL_INDEX && cr->kind != REL_CONSTRAINT_INDEX))
		return build_name_error(b, pc->name->location, "index", pc->name->relname,
					DIAG_NAME_MISSING);
	if (!cr->table->partition_of.name ||
	    !same_qname(&cr->table->partition_of, &pr->table->name))
		return build_error(b, pc->name->location,
				   "index '%s' is not on a partition of the table of index '%s'",
				   pc->name->relname, as->relation->relname);
	pname = pr->kind == REL_INDEX ? ((struct index *)pr->obj)->name
				      : ((struct constraint *)pr->obj)->name;
	if (cr->kind == REL_INDEX)
		((struct index *)cr->obj)->parent = pname;
	else
		((struct constraint *)cr->obj)->parent = pname;
	return 0;
}

/* ---- recursion of ALTER TABLE into children --------------------------- */

/* Drops the children of t that go with it: partitions always, inheritance
 * children only with CASCADE (else an error). */
int build_drop_children(struct builder *b, struct table *t, bool cascade, int location)
{
	struct ptrvec kids = { 0 };
	int ret = 0;

	children(b, t, &kids);
	for (size_t i = 0; i < kids.n && ret == 0; i++) {
		struct table *c = kids.items[i];
		if (!c->partition_of.name && !cascade) {
			ret = build_error(b, location,
					  "cannot drop table '%s' because other objects depend on it (table '%s' inherits from it)",
					  t->name.name, c->name.name);
			break;
		}
		if (!c->partition_of.name && c->inherits.n > 1) {
			/* another parent keeps it: only the link goes */
			for (size_t j = 0; j < c->inherits.n; j++)
				if (same_qname(c->inherits.items[j], &t->name))
					vec_remove(&c->inherits, j--);
			continue;
		}
		ret = build_drop_table(b, c, cascade, location);
	}
	free(kids.items);
	return ret;
}

/* Indexes attached to parent index name of table t go with it, and keys
 * attached to it with cascade. */
int build_drop_index_children(struct builder *b, const struct table *t, const char *name,
			      bool cascade, int location)
{
	struct ptrvec kids = { 0 };
	int ret = 0;

	children(b, t, &kids);
	for (size_t i = 0; i < kids.n && ret == 0; i++) {
		struct table *c = kids.items[i];
		for (size_t j = c->indexes.n; j-- > 0 && ret == 0;) {
			struct index *ix = c->indexes.items[j];
			if (str_eq(ix->parent, name)) {
				const char *child = ix->name;
				catalog_remove_index(b->cat, c, ix);
				ret = build_drop_index_children(b, c, child, cascade, location);
			}
		}
		for (size_t j = c->constraints.n; j-- > 0 && ret == 0;) {
			struct constraint *k = c->constraints.items[j];
			const char *what;
			if (!str_eq(k->parent, name))
				continue;
			what = arena_printf(b->a, "index '%s'", name);
			if (!cascade) {
				ret = build_error(b, location,
						  "cannot drop %s because constraint '%s' on table '%s' depends on it",
						  what, k->name, c->name.name);
				break;
			}
			if ((ret = build_drop_referencing_fks(b, c, NULL, k, true, location, what)) == 0 &&
			    (ret = build_drop_index_children(b, c, k->name, true, location)) == 0) {
				catalog_remove_constraint(b->cat, c, k);
				j = c->constraints.n;	/* a self-reference may have gone too */
			}
		}
	}
	free(kids.items);
	return ret;
}

/*
 * After cmd changed t: the same change in t's children, where PostgreSQL
 * recurses (inh: the statement did not say ONLY). dropped names a
 * constraint cmd dropped.
 */
int build_alter_recurse(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd, bool inh)
{
	struct ptrvec kids = { 0 };
	int ret = 0;

	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
		inh = true;	/* these always recurse */
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
		inh = inh || t->partkey;	/* partitions always lose it */
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
		break;
	default:
		return 0;
	}
	if (!inh) {
		/* ALTER TABLE ONLY t DROP COLUMN: the children keep the column,
		 * now defined locally (one parent fewer gives it) */
		if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn || !has(cmd->name))
			return 0;
		children(b, t, &kids);
		for (size_t i = 0; i < kids.n; i++) {
			struct column *ccol = table_find_column(kids.items[i],
								ident_truncate(b->a, cmd->name));
			if (ccol) {
				if (ccol->inhcount > 0)
					ccol->inhcount--;
				ccol->inherited_only = false;
			}
		}
		free(kids.items);
		return 0;
	}
	if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && t->partkey) {
		PgQuery__Constraint *def = cmd->def->constraint;
		const struct constraint *k = NULL;
		if (def->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
		    def->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
		    def->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) {
			/* the newest key of t is the one just added */
			for (size_t j = t->constraints.n; j-- > 0 && !k;) {
				const struct constraint *x = t->constraints.items[j];
				if (x->kind == CON_PRIMARY || x->kind == CON_UNIQUE || x->kind == CON_EXCLUSION)
					k = x;
			}
			if (k)
				clone_key_to_partitions(b, t, k);
			return 0;
		}
	}
	children(b, t, &kids);
	for (size_t i = 0; i < kids.n && ret == 0; i++) {
		struct table *c = kids.items[i];
		bool part = c->partition_of.name != NULL;
		const char *colname = has(cmd->name) ? ident_truncate(b->a, cmd->name) : NULL;
		const struct column *pcol = colname ? table_find_column(t, colname) : NULL;
		struct column *ccol = colname ? table_find_column(c, colname) : NULL;

		switch (cmd->subtype) {
		case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
			const char *name = ident_truncate(b->a, cmd->def->column_def->colname);
			const struct column *p = table_find_column(t, name);
			struct column *have = table_find_column(c, name);
			if (!p)
				break;
			if (have) {
				have->inhcount++;
				continue;	/* merged: its own children have it */
			}
			vec_push(&c->columns, b->a, copy_column(b, p));
			break;
		}
		case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
			if (!ccol)
				continue;
			if (part || (ccol->inherited_only && ccol->inhcount <= 1)) {
				ret = build_drop_column(b, c, ccol->name);
				break;
			}
			ccol->inhcount--;
			ccol->inherited_only = false;
			continue;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
			if (ccol && pcol) {
				ccol->type = pcol->type;
				ccol->collation = pcol->collation;
			}
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
			if (ccol && pcol)
				ccol->def = pcol->def;
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
		case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
			if (ccol && pcol)
				ccol->not_null = pcol->not_null;
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
			if (ccol && pcol)
				ccol->storage = pcol->storage;
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
			if (ccol && pcol)
				ccol->compression = pcol->compression;
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
			if (ccol && pcol) {
				ccol->has_statistics = pcol->has_statistics;
				ccol->statistics = pcol->statistics;
			}
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
			PgQuery__Constraint *def = cmd->def->constraint;
			const struct constraint *k = NULL;
			if (def->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK && !def->is_no_inherit) {
				/* the newest check of t is the one just added */
				for (size_t j = t->constraints.n; j-- > 0 && !k;)
					if (((struct constraint *)t->constraints.items[j])->kind == CON_CHECK)
						k = t->constraints.items[j];
				if (k && !table_find_constraint(c, k->name)) {
					struct constraint *n = arena_alloc(b->a, sizeof(*n));
					*n = *k;
					n->comment = n->renamed_from = NULL;
					catalog_add_constraint(b->cat, c, n);
				}
				break;
			}
			continue;	/* foreign keys are not copied into partitions */
		}
		case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: {
			const char *name = ident_truncate(b->a, cmd->name);
			struct constraint *k = table_find_constraint(c, name);
			if (k && k->kind == CON_CHECK) {
				catalog_remove_constraint(b->cat, c, k);
				break;
			}
			for (size_t j = c->constraints.n; j-- > 0;) {
				struct constraint *x = c->constraints.items[j];
				if (str_eq(x->parent, name)) {
					PgQuery__AlterTableCmd sub = *cmd;
					sub.name = (char *)x->name;
					catalog_remove_constraint(b->cat, c, x);
					ret = build_alter_recurse(b, c, &sub, true);
				}
			}
			continue;
		}
		default:
			break;
		}
		if (ret == 0)
			ret = build_alter_recurse(b, c, cmd, inh);
	}
	free(kids.items);
	return ret;
}

/* ---- storage parameters and column options ---------------------------- */

int build_set_reloptions(struct builder *b, struct reloptions *opts, PgQuery__AlterTableCmd *cmd,
			 bool reset)
{
	struct reloptions add = { 0 };
	PgQuery__Node **items = NULL;
	size_t n = 0;

	if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST) {
		items = cmd->def->list->items;
		n = cmd->def->list->n_items;
	}
	/* PostgreSQL keeps them in the order they were set */
	if (!reset)
		build_reloptions_from(b, items, n, &add);
	for (size_t i = 0; i < n; i++) {
		PgQuery__DefElem *d = items[i]->def_elem;
		const char *key;
		size_t klen;
		if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		key = arena_printf(b->a, "%s%s%s=", has(d->defnamespace) ? d->defnamespace : "",
				   has(d->defnamespace) ? "." : "", d->defname);
		klen = strlen(key);
		for (size_t j = opts->items.n; j-- > 0;)
			if (strncmp(opts->items.items[j], key, klen) == 0)
				vec_remove(&opts->items, j);
	}
	for (size_t i = 0; i < add.items.n; i++)
		vec_push(&opts->items, b->a, add.items.items[i]);
	build_reloptions_toast_last(opts);
	return 0;
}

static const char *storage_name(const char *s)
{
	static const char *const names[] = { "plain", "external", "extended", "main" };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (strcasecmp(s, names[i]) == 0)
			return names[i];
	return NULL;
}

/* The storage a type has by default: varlena types extended, the rest plain. */
const char *default_storage(const struct typeref *t)
{
	static const char *const plain[] = { "int2", "int4", "int8", "float4", "float8", "bool",
		"date", "time", "timestamp", "timestamptz", "uuid", "oid", "money", "char",
		"interval", "timetz", "macaddr", "macaddr8", "point", "lseg", "box", "circle",
		"pg_lsn", "name" };

	if (t->ndims || !str_eq(t->schema, "pg_catalog"))
		return NULL;	/* not known: any explicit storage is kept */
	for (size_t i = 0; i < ARRAY_SIZE(plain); i++)
		if (strcmp(t->name, plain[i]) == 0)
			return "plain";
	if (str_eq(t->name, "numeric"))
		return "main";
	return "extended";
}

static int build_column_storage(struct builder *b, struct column *c, const char *storage, int location)
{
	const char *s = storage_name(storage);

	if (!s)
		return build_error(b, location, "invalid storage type '%s'", storage);
	c->storage = str_eq(s, default_storage(&c->type)) ? NULL : s;
	return 0;
}

int build_column_compression(struct builder *b, struct column *c, const char *method, int location)
{
	if (!has(method) || strcasecmp(method, "default") == 0) {
		c->compression = NULL;
		return 0;
	}
	if (strcasecmp(method, "pglz") && strcasecmp(method, "lz4"))
		return build_error(b, location, "invalid compression method '%s'", method);
	c->compression = strcasecmp(method, "pglz") == 0 ? "pglz" : "lz4";
	return 0;
}

int build_alter_column_option(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	struct column *c = table_find_column(t, ident_truncate(b->a, cmd->name));

	if (!c)
		return build_error(b, -1, "column '%s' of relation '%s' does not exist", cmd->name,
				   t->name.name);
	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
		return build_column_storage(b, c, build_node_str(cmd->def) ? build_node_str(cmd->def) : "", -1);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
		return build_column_compression(b, c, build_node_str(cmd->def), -1);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
		return build_statistics_target(b, cmd, &c->has_statistics, &c->statistics);
	default:
		return 0;
	}
}
