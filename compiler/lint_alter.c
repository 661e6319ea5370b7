/*
 * lint_alter.c - ALTER TABLE's commands (lint_alter_cmd), ALTER DOMAIN
 * and ALTER TYPE of a composite: the lock each takes, whether it
 * rewrites or scans the table, what a type change loses, and the
 * columns of a domain or composite type it reaches.
 */
#include "lint_int.h"
#include "lint.h"
#include "arena.h"
#include "build.h"
#include "locks.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static bool is_unknown(const struct linter *l, const struct table *t)
{
	for (size_t i = 0; i < l->unknown.n; i++)
		if (l->unknown.items[i] == t)
			return true;
	return false;
}

/* ---- types and domains ---------------------------------------------------- */

struct type *lint_resolve_type(struct linter *l, const char *schema, const char *name)
{
	struct qname q = { schema, name ? ident_truncate(l->a, name) : NULL };
	struct type *t = NULL;

	if (!q.name)
		return NULL;
	if (lint_has(schema))
		return catalog_find_type(l->cat, &q);
	for (size_t i = 0; i < l->cat->search_path.n && !t; i++) {
		q.schema = l->cat->search_path.items[i];
		t = catalog_find_type(l->cat, &q);
	}
	return t;
}

void lint_columns_of_type(struct linter *l, const struct type *ty, bool containers,
		     struct ptrvec *tables, struct ptrvec *cols, int depth)
{
	if (depth > 16)		/* types cannot nest in a cycle; be safe anyway */
		return;
	for (size_t i = 0; i < l->cat->tables.n; i++) {
		struct table *t = l->cat->tables.items[i];
		bool used = false;
		for (size_t j = 0; j < t->columns.n; j++) {
			const struct column *c = t->columns.items[j];
			if (!str_eq(c->type.schema, ty->name.schema) || !str_eq(c->type.name, ty->name.name) ||
			    (c->type.ndims && !containers))
				continue;
			vec_push(cols, l->a, arena_printf(l->a, "%s.%s", t->name.name, c->name));
			used = true;
		}
		if (used)
			vec_push(tables, l->a, t);
	}
	for (size_t i = 0; i < l->cat->types.n; i++) {
		const struct type *u = l->cat->types.items[i];
		bool holds = u->kind == TYPE_DOMAIN && str_eq(u->base.schema, ty->name.schema) &&
			     str_eq(u->base.name, ty->name.name) && (!u->base.ndims || containers);
		for (size_t j = 0; containers && !holds && u->kind == TYPE_COMPOSITE && j < u->attrs.n; j++) {
			const struct column *a = u->attrs.items[j];
			holds = str_eq(a->type.schema, ty->name.schema) && str_eq(a->type.name, ty->name.name);
		}
		if (holds)
			lint_columns_of_type(l, u, containers, tables, cols, depth + 1);
	}
}

/*
 * A domain constraint checked against every value stored (ADD CONSTRAINT
 * without NOT VALID, SET NOT NULL, VALIDATE): PostgreSQL 15 scans each
 * table with a column of the domain under the lock of f's other tables
 * (SHARE). Tables created in this migration are empty. Returns the existing
 * tables, "a, b".
 */
static const char *domain_scan(struct linter *l, const struct type *d, const struct pg_fact *f)
{
	struct ptrvec tables = { 0 }, cols = { 0 };
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	lint_columns_of_type(l, d, false, &tables, &cols, 0);
	for (size_t i = 0; i < tables.n; i++) {
		struct table *t = tables.items[i];
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = tables.items[j] == t;
		if (seen)
			continue;
		lint_lock(l, f->other, t);
		if (!lint_is_new(l, t)) {
			sb_addf(&sb, "%s%s", sb.len ? ", " : "", t->name.name);
		}
	}
	if (sb.len)
		l->fact->table_work = arena_printf(l->a, "%s %s", pg_work_verb(f->work), sb.buf);
	s = sb.len ? arena_strdup(l->a, sb.buf) : NULL;
	sb_release(&sb);
	return s;
}

void lint_alter_domain(struct linter *l, const PgQuery__AlterDomainStmt *as)
{
	const char *name = as->n_type_name ? lint_node_str(as->type_name[as->n_type_name - 1]) : NULL;
	const char *schema = as->n_type_name >= 2 ? lint_node_str(as->type_name[as->n_type_name - 2]) : NULL;
	struct type *d = lint_resolve_type(l, schema, name);
	const PgQuery__Constraint *c = as->def && as->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
		? as->def->constraint : NULL;
	const char subtype = as->subtype ? as->subtype[0] : 0;
	const struct pg_fact *f = facts_alter_domain(subtype);
	const char *tables;

	if (!d || d->kind != TYPE_DOMAIN)
		return;
	switch (subtype) {
	case 'O':	/* SET NOT NULL */
		if (!d->not_null && (tables = domain_scan(l, d, f)) != NULL)
			lint_finding(l, R_DOMAIN_SET_NOT_NULL_SCANS, -1,
				"SET NOT NULL on domain %s scans %s for nulls, writes blocked", d->name.name,
				tables);
		break;
	case 'C':	/* ADD CONSTRAINT */
		if (!c)
			break;
		if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) {
			if (!d->not_null && (tables = domain_scan(l, d, f)) != NULL)
				lint_finding(l, R_DOMAIN_SET_NOT_NULL_SCANS, c->location,
					"ADD NOT NULL on domain %s scans %s for nulls, writes blocked",
					d->name.name, tables);
		} else if (!c->skip_validation && (tables = domain_scan(l, d, f)) != NULL) {
			lint_finding(l, R_DOMAIN_CHECK_VALIDATES, c->location,
				"ADD CONSTRAINT %s on domain %s scans %s, writes blocked",
				lint_has(c->conname) ? c->conname : "", d->name.name, tables);
		}
		break;
	case 'V':	/* VALIDATE CONSTRAINT: the fact, not a finding (the safe path) */
		domain_scan(l, d, f);
		break;
	default:
		break;
	}
}

void lint_alter_composite(struct linter *l, const PgQuery__AlterTableStmt *as)
{
	struct type *ty = as->relation ? lint_resolve_type(l, as->relation->schemaname,
						      as->relation->relname) : NULL;

	if (!ty || ty->kind != TYPE_COMPOSITE)
		return;
	for (size_t i = 0; i < as->n_cmds; i++) {
		const PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
		struct ptrvec tables = { 0 }, cols = { 0 }, lost = { 0 };
		if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn ||
		    !type_find_attr(ty, ident_truncate(l->a, cmd->name)))
			continue;
		lint_columns_of_type(l, ty, true, &tables, &cols, 0);
		for (size_t j = 0; j < tables.n; j++)
			if (!lint_is_new(l, tables.items[j]))
				vec_push(&lost, l->a, cols.items[j]);
		if (!lost.n)
			continue;
		l->fact->loses = arena_printf(l->a, "attribute %s.%s in %s", ty->name.name, cmd->name,
					      lint_and_list(l->a, &lost));
		lint_finding(l, R_DROP_ATTRIBUTE, -1,
			"DROP ATTRIBUTE %s loses its values in %s, which hold%s type %s", cmd->name,
			lint_and_list(l->a, &lost), lost.n == 1 ? "s" : "", ty->name.name);
	}
}

/* ---- type changes --------------------------------------------------------- */

static int mod_first(const char *mods)
{
	return mods && mods[0] == '(' ? atoi(mods + 1) : -1;
}

static int mod_second(const char *mods)
{
	const char *c = mods ? strchr(mods, ',') : NULL;
	return c ? atoi(c + 1) : 0;
}

/*
 * Does changing o to n rewrite the table? PostgreSQL 15 skips the rewrite
 * for binary-coercible changes: varchar(n) to varchar(m >= n) or text,
 * text to varchar, numeric(p,s) to numeric(p' >= p, s), larger bit varying
 * or time precision, cidr to inet.
 */
static bool rewrites(const struct typeref *o, const struct typeref *n)
{
	static const char *const strings[] = { "text", "varchar", NULL };
	static const char *const precise[] = { "timestamp", "timestamptz", "time", "timetz",
					       "interval", "varbit", NULL };

	if (o->ndims != n->ndims || !str_eq(o->schema, "pg_catalog") ||
	    !str_eq(n->schema, "pg_catalog"))
		return !(str_eq(o->schema, n->schema) && str_eq(o->name, n->name) &&
			 str_eq(o->mods, n->mods));
	if (str_in(o->name, strings) && str_in(n->name, strings))
		return strcmp(n->name, "varchar") == 0 && n->mods &&
		       (!o->mods || mod_first(n->mods) < mod_first(o->mods));
	if (str_eq(o->name, "numeric") && str_eq(n->name, "numeric"))
		return n->mods && (!o->mods || mod_first(n->mods) < mod_first(o->mods) ||
				   mod_second(n->mods) != mod_second(o->mods));
	if (str_eq(o->name, n->name) && str_in(o->name, precise))
		return n->mods && (!o->mods || mod_first(n->mods) < mod_first(o->mods));
	if (str_eq(o->name, "cidr") && str_eq(n->name, "inet"))
		return false;
	return !(str_eq(o->name, n->name) && str_eq(o->mods, n->mods));
}

/* What a type change can lose, or NULL. */
static const char *lossy(const struct typeref *o, const struct typeref *n)
{
	static const char *const ints[] = { "int2", "int4", "int8", NULL };
	static const char *const floats[] = { "float4", "float8", "numeric", NULL };
	static const char *const strings[] = { "text", "varchar", "bpchar", NULL };
	int rank_o, rank_n;

	if (!str_eq(o->schema, "pg_catalog") || !str_eq(n->schema, "pg_catalog") ||
	    o->ndims != n->ndims)
		return str_eq(o->name, n->name) ? NULL : "values are converted between types";
	if (str_in(o->name, ints) && str_in(n->name, ints)) {
		rank_o = o->name[3] - '0';
		rank_n = n->name[3] - '0';
		return rank_n < rank_o ? "larger numbers no longer fit" : NULL;
	}
	if (str_in(o->name, floats) && str_in(n->name, ints))
		return "fractions are rounded away";
	if (str_eq(o->name, "numeric") && str_eq(n->name, "numeric") && n->mods &&
	    (!o->mods || mod_first(n->mods) < mod_first(o->mods) ||
	     mod_second(n->mods) < mod_second(o->mods)))
		return "numbers are rounded or no longer fit";
	if (str_in(o->name, strings) && str_in(n->name, strings))
		return n->mods && (!o->mods || mod_first(n->mods) < mod_first(o->mods))
			? "longer values no longer fit" : NULL;
	if ((str_eq(o->name, "timestamp") || str_eq(o->name, "timestamptz")) &&
	    str_eq(n->name, "date"))
		return "the time of day is lost";
	if (str_in(o->name, strings) && !str_in(n->name, strings))
		return "text that does not parse as the new type fails the migration";
	return NULL;
}

/* ---- advice on column types ------------------------------------------------ */

void lint_column_advice(struct linter *l, PgQuery__ColumnDef *cd, bool key)
{
	const PgQuery__TypeName *tn = cd->type_name;
	const char *name;
	struct typeref tr;
	bool serial;

	if (!tn || !tn->n_names)
		return;
	name = lint_node_str(tn->names[tn->n_names - 1]);
	typeref_from_node(&tr, l->a, l->cat, tn, &serial);
	for (size_t i = 0; i < cd->n_constraints && !key; i++) {
		const Node *c = cd->constraints[i];
		key = c->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
		      c->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
	}
	if (serial)
		lint_finding(l, R_PREFER_IDENTITY, cd->location, "column %s is %s", cd->colname, name);
	else if (key && str_eq(tr.schema, "pg_catalog") && !tr.ndims &&
		 (str_eq(tr.name, "int4") || str_eq(tr.name, "int2")))
		lint_finding(l, R_PREFER_BIGINT_KEY, cd->location,
			"primary key column %s is a %s-bit integer", cd->colname,
			str_eq(tr.name, "int4") ? "32" : "16");
	if (str_eq(tr.schema, "pg_catalog") && str_eq(tr.name, "timestamp"))
		lint_finding(l, R_PREFER_TIMESTAMPTZ, cd->location,
			"column %s is timestamp without time zone", cd->colname);
	if (str_eq(tr.schema, "pg_catalog") && str_eq(tr.name, "bpchar"))
		lint_finding(l, R_PREFER_TEXT_OVER_CHAR, cd->location, "column %s is char(n)",
			cd->colname);
	if (str_eq(tr.schema, "pg_catalog") && str_eq(tr.name, "varchar") && tr.mods)
		lint_finding(l, R_PREFER_TEXT_OVER_VARCHAR, cd->location, "column %s is varchar%s",
			cd->colname, tr.mods);
}

bool lint_is_key_column(PgQuery__CreateStmt *cs, const char *col)
{
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const Node *e = cs->table_elts[i];
		if (e->node_case != PG_QUERY__NODE__NODE_CONSTRAINT ||
		    e->constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)
			continue;
		for (size_t j = 0; j < e->constraint->n_keys; j++)
			if (str_eq(lint_node_str(e->constraint->keys[j]), col))
				return true;
	}
	return false;
}

/* ---- statements ------------------------------------------------------------ */

/* The column c checks IS NOT NULL (CHECK (col IS NOT NULL)), or NULL. */
static const char *not_null_check_column(struct arena *a, const struct constraint *c)
{
	struct arena *tmp;
	const char *col = NULL;
	Node *n;

	if (c->kind != CON_CHECK)
		return NULL;
	tmp = arena_new();
	n = expr_tree(tmp, c->check);
	if (n && n->node_case == PG_QUERY__NODE__NODE_NULL_TEST &&
	    n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL &&
	    n->null_test->arg && n->null_test->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
		PgQuery__ColumnRef *cr = n->null_test->arg->column_ref;
		const char *s = lint_node_str(cr->fields[cr->n_fields - 1]);
		col = s ? arena_strdup(a, s) : NULL;
	}
	arena_free(tmp);
	return col;
}

/* Does the expression prove col not null: col IS NOT NULL, alone or as
 * an arm of an AND? */
static bool proves_not_null(const Node *n, const char *col)
{
	if (!n)
		return false;
	if (n->node_case == PG_QUERY__NODE__NODE_NULL_TEST)
		return n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL &&
		       n->null_test->arg && n->null_test->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
		       str_eq(lint_node_str(n->null_test->arg->column_ref->fields[n->null_test->arg->column_ref->n_fields - 1]), col);
	if (n->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
	    n->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR)
		for (size_t i = 0; i < n->bool_expr->n_args; i++)
			if (proves_not_null(n->bool_expr->args[i], col))
				return true;
	return false;
}

/* A valid CHECK that proves col not null (CHECK (col IS NOT NULL), alone
 * or ANDed) lets SET NOT NULL skip its scan. */
static bool has_not_null_check(const struct table *t, const char *col)
{
	bool proven = false;

	for (size_t i = 0; i < t->constraints.n && !proven; i++) {
		const struct constraint *c = t->constraints.items[i];
		struct arena *tmp;
		if (c->not_valid || c->kind != CON_CHECK)
			continue;
		tmp = arena_new();
		proven = proves_not_null(expr_tree(tmp, c->check), col);
		arena_free(tmp);
	}
	return proven;
}

/* A collation as SQL spells it, its last part without quotes. */
static const char *unquoted(struct arena *a, const char *coll)
{
	const char *dot = coll ? strrchr(coll, '.') : NULL;
	const char *s = dot && (dot[-1] == '"' || !strchr(dot, '"')) ? dot + 1 : coll;
	size_t n = s ? strlen(s) : 0;

	if (n >= 2 && s[0] == '"' && s[n - 1] == '"')
		return arena_strndup(a, s + 1, n - 2);
	return s;
}

/* Is column col of t in one of its indexes (its own or a key's)? */
static bool column_indexed(const struct table *t, const char *col)
{
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		for (size_t j = 0; j < ix->elems.n; j++)
			if (str_eq(((const struct index_elem *)ix->elems.items[j])->column, col))
				return true;
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if (c->kind != CON_PRIMARY && c->kind != CON_UNIQUE)
			continue;
		for (size_t j = 0; j < c->columns.n; j++)
			if (str_eq(c->columns.items[j], col))
				return true;
	}
	return false;
}

/* Is a column of index ix of t nullable (PRIMARY KEY USING INDEX then
 * sets NOT NULL, scanning)? */
static bool index_has_nullable(const struct table *t, const struct index *ix)
{
	for (size_t i = 0; ix && i < ix->elems.n; i++) {
		const struct index_elem *e = ix->elems.items[i];
		const struct column *col = e->column ? table_find_column(t, e->column) : NULL;
		if (col && !col->not_null)
			return true;
	}
	return false;
}

void lint_alter_cmd(struct linter *l, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	bool fresh = lint_is_new(l, t);
	struct column *col;

	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
		PgQuery__ColumnDef *cd = cmd->def->column_def;
		bool not_null = cd->is_not_null, has_default = false, volatile_default = false;
		bool serial = false, checks = false, key = false, fk = false, same_nulls = false;
		const char *rewrite_why = NULL;
		struct typeref tr = { 0 };
		lint_access_exclusive(l, t, cd->location);
		if (cd->type_name)
			typeref_from_node(&tr, l->a, l->cat, cd->type_name, &serial);
		for (size_t i = 0; i < cd->n_constraints; i++) {
			const PgQuery__Constraint *c = cd->constraints[i]->constraint;
			if (cd->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
				continue;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL ||
			    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)
				not_null = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) {
				/* DEFAULT NULL is no default */
				has_default = !(c->raw_expr && c->raw_expr->node_case == PG_QUERY__NODE__NODE_A_CONST &&
						c->raw_expr->a_const->isnull);
				volatile_default = node_is_volatile(c->raw_expr);
			}
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY)
				has_default = true, rewrite_why = "an identity column";
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED)
				has_default = true, rewrite_why = "a stored generated column";
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK && !c->skip_validation)
				checks = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
			    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE)
				key = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && c->nulls_not_distinct)
				same_nulls = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
				struct table *ref = lint_rangevar_table(l, c->pktable);
				if (ref && ref != t)
					lint_lock(l, PG_LOCK_SHARE_ROW_EXCLUSIVE, ref);
				if (!is_unknown(l, t))
					lint_new_fk(l, t, NULL, 0, cd->colname);
				fk = !c->skip_validation;
			}
		}
		if (serial)
			has_default = true, rewrite_why = "a serial column (its default calls nextval())";
		if (cd->type_name && !rewrite_why) {
			struct qname tq = { tr.schema, tr.name };
			const struct type *ty = catalog_find_type(l->cat, &tq);
			if (ty && ty->kind == TYPE_DOMAIN && (ty->checks.n || ty->not_null))
				rewrite_why = "a domain with constraints (each row is checked)";
		}
		/* a CHECK, a NOT NULL with no default or a validated foreign
		 * key over a default reads every row (phase 3 of ALTER TABLE);
		 * a key builds its index */
		if (volatile_default || rewrite_why)
			lint_work(l, "rewrites", t);
		else if (key)
			lint_work(l, pg_work_verb(PG_WORK_INDEX), t);
		else if (checks || (not_null && !has_default) || (fk && has_default))
			lint_work(l, "scans", t);
		if (!fresh && rewrite_why)
			lint_finding(l, R_ADD_COLUMN_REWRITES, cd->location,
				"ADD COLUMN %s, %s, rewrites %s", cd->colname, rewrite_why, t->name.name);
		else if (!fresh && volatile_default)
			lint_finding(l, R_VOLATILE_DEFAULT, cd->location,
				"ADD COLUMN %s with a volatile default rewrites %s", cd->colname,
				t->name.name);
		if (!fresh && !volatile_default && !rewrite_why) {
			if (key)
				lint_finding(l, R_UNIQUE_WITHOUT_INDEX, cd->location,
					"ADD COLUMN %s with a key builds its index on %s under an ACCESS EXCLUSIVE lock",
					cd->colname, t->name.name);
			else if (checks)
				lint_finding(l, R_CHECK_VALIDATES, cd->location,
					"ADD COLUMN %s with a CHECK scans %s under an ACCESS EXCLUSIVE lock",
					cd->colname, t->name.name);
			else if (fk && has_default)
				lint_finding(l, R_FOREIGN_KEY_VALIDATES, cd->location,
					"ADD COLUMN %s REFERENCES with a default scans %s to validate it",
					cd->colname, t->name.name);
		}
		if (!fresh && same_nulls && !has_default && !not_null)
			lint_finding(l, R_ADD_COLUMN_UNIQUE_FAILS, cd->location,
				"ADD COLUMN %s UNIQUE NULLS NOT DISTINCT without a default fails if %s has two rows or more",
				cd->colname, t->name.name);
		if (!fresh && not_null && !has_default)
			lint_finding(l, R_ADD_COLUMN_NOT_NULL, cd->location,
				"ADD COLUMN %s NOT NULL without a default fails if %s has rows",
				cd->colname, t->name.name);
		lint_column_advice(l, cd, false);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
		lint_access_exclusive(l, t, -1);
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		lint_lock_column_fks(l, t, col, facts_alter_cmd(cmd)->other);
		if (!fresh && (col || is_unknown(l, t))) {
			l->fact->loses = arena_printf(l->a, "column %s.%s", t->name.name, cmd->name);
			lint_finding(l, R_DROP_COLUMN, -1, "DROP COLUMN %s loses the data of %s.%s",
				cmd->name, t->name.name, cmd->name);
		}
		if (col && lint_drop_still_used(l, t, col->name,
					   cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE))
			vec_push(&l->forced, l->a, &cmd->behavior);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
		PgQuery__ColumnDef *cd = cmd->def->column_def;
		struct typeref nt;
		const Node *using;
		bool serial;
		const char *loss;
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		lint_access_exclusive(l, t, -1);
		if (!col || !cd->type_name)
			break;
		typeref_from_node(&nt, l->a, l->cat, cd->type_name, &serial);
		/* USING col, or col cast to the new type, is what PostgreSQL does
		 * anyway; timestamp to timestamptz is binary coercible when the
		 * session's TimeZone is UTC */
		using = cd->raw_default;
		if (using && using->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && using->type_cast->type_name) {
			struct typeref ct;
			bool cs;
			typeref_from_node(&ct, l->a, l->cat, using->type_cast->type_name, &cs);
			if (str_eq(ct.schema, nt.schema) && str_eq(ct.name, nt.name) && str_eq(ct.mods, nt.mods) &&
			    ct.ndims == nt.ndims)
				using = using->type_cast->arg;
		}
		if ((rewrites(&col->type, &nt) &&
		     !(l->utc && str_eq(col->type.schema, "pg_catalog") && str_eq(nt.schema, "pg_catalog") &&
		       ((str_eq(col->type.name, "timestamp") && str_eq(nt.name, "timestamptz")) ||
			(str_eq(col->type.name, "timestamptz") && str_eq(nt.name, "timestamp"))) &&
		       col->type.ndims == nt.ndims && str_eq(col->type.mods, nt.mods))) ||
		    (using && !(using->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
				str_eq(lint_node_str(using->column_ref->fields[using->column_ref->n_fields - 1]),
				       col->name)))) {
			lint_work(l, "rewrites", t);
			if (!fresh)
				lint_finding(l, R_TYPE_CHANGE_REWRITES, -1,
					"changing %s.%s to another type rewrites %s", t->name.name,
					col->name, t->name.name);
		} else if (cd->coll_clause && cd->coll_clause->n_collname &&
			   !str_eq(unquoted(l->a, col->collation),
				   lint_node_str(cd->coll_clause->collname[cd->coll_clause->n_collname - 1])) &&
			   column_indexed(t, col->name)) {
			lint_work(l, pg_work_verb(PG_WORK_INDEX), t);	/* its indexes are rebuilt */
			if (!fresh)
				lint_finding(l, R_TYPE_CHANGE_REWRITES, -1,
					"changing the collation of %s.%s rebuilds its indexes under an ACCESS EXCLUSIVE lock",
					t->name.name, col->name);
		}
		{
			/* an enum to an enum without some of its values */
			struct qname on = { col->type.schema, col->type.name };
			struct qname nn = { nt.schema, nt.name };
			struct type *ot = catalog_find_type(l->cat, &on), *ntp = catalog_find_type(l->cat, &nn);
			if (ot && ntp && ot->kind == TYPE_ENUM && ntp->kind == TYPE_ENUM && !fresh) {
				struct strbuf gone = STRBUF_INIT;
				for (size_t i = 0; i < ot->labels.n; i++) {
					bool kept = false;
					for (size_t j = 0; j < ntp->labels.n && !kept; j++)
						kept = strcmp(ot->labels.items[i], ntp->labels.items[j]) == 0;
					if (!kept)
						sb_addf(&gone, "%s'%s'", gone.len ? ", " : "",
							(const char *)ot->labels.items[i]);
				}
				if (gone.len)
					lint_finding(l, R_ENUM_VALUE_REMOVED, -1,
						"%s.%s loses the enum values %s; rows holding them fail",
						t->name.name, col->name, gone.buf);
				sb_release(&gone);
				break;
			}
		}
		loss = lossy(&col->type, &nt);
		if (loss && !fresh) {
			l->fact->loses = arena_printf(l->a, "values of %s.%s", t->name.name, col->name);
			lint_finding(l, R_TYPE_CHANGE_LOSSY, -1, "changing the type of %s.%s: %s",
				t->name.name, col->name, loss);
		}
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		lint_access_exclusive(l, t, -1);
		if ((!col && !is_unknown(l, t)) || (col && col->not_null) || fresh)
			break;
		if (!has_not_null_check(t, cmd->name)) {
			lint_work(l, "scans", t);
			lint_finding(l, R_SET_NOT_NULL_SCANS, -1,
				"SET NOT NULL on %s.%s scans the whole table", t->name.name, cmd->name);
		}
		lint_finding(l, R_SET_NOT_NULL_BREAKS, -1,
			"SET NOT NULL on %s.%s fails INSERTs that leave it out", t->name.name,
			cmd->name);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		lint_access_exclusive(l, t, -1);
		if (!fresh && (is_unknown(l, t) || (col && col->not_null)))
			lint_finding(l, R_DROP_NOT_NULL, -1,
				"DROP NOT NULL on %s.%s lets nulls in that readers may not expect",
				t->name.name, cmd->name);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		bool same = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged ? !t->unlogged && !is_unknown(l, t)
			    : cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged ? t->unlogged
			    : cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace ? str_eq(cmd->name, "pg_default")
											   : str_eq(cmd->name, "heap");
		lint_take(l, f->lock, t, -1);
		if (same || fresh)
			break;	/* what the table has already: nothing to do */
		lint_work(l, "rewrites", t);
		lint_finding(l, R_ALTER_TABLE_REWRITES, -1, "%s rewrites %s under an ACCESS EXCLUSIVE lock",
			f->what, t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		const PgQuery__RangeVar *part = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD
			? cmd->def->partition_cmd->name : NULL;
		struct table *pt = part ? lint_rangevar_table(l, part) : NULL;
		lint_take(l, f->lock, t, -1);
		if (pt)
			lint_lock(l, f->other, pt);
		if (!f->no_transaction && !fresh)
			lint_finding(l, R_DETACH_PARTITION_NOT_CONCURRENT, -1,
				"DETACH PARTITION takes an ACCESS EXCLUSIVE lock on %s", t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
		PgQuery__Constraint *c = cmd->def->constraint;
		if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
			struct table *ref = lint_rangevar_table(l, c->pktable);
			if (!is_unknown(l, t))
				lint_new_fk(l, t, c->fk_attrs, c->n_fk_attrs, NULL);
			lint_lock(l, PG_LOCK_SHARE_ROW_EXCLUSIVE, t);
			if (ref && ref != t)
				lint_lock(l, PG_LOCK_SHARE_ROW_EXCLUSIVE, ref);
			if (!c->skip_validation && !fresh) {
				lint_work(l, "scans", t);
				lint_finding(l, R_FOREIGN_KEY_VALIDATES, c->location,
					"ADD FOREIGN KEY %s scans %s to validate it%s",
					lint_has(c->conname) ? c->conname : "", t->name.name,
					t->partkey ? " (PostgreSQL 15 adds no NOT VALID foreign key to a partitioned table: add it to each partition NOT VALID and validate it, then to the parent, which finds them)" : "");
			}
		} else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
			lint_access_exclusive(l, t, c->location);
			if (!c->skip_validation && !fresh) {
				lint_work(l, "scans", t);
				lint_finding(l, R_CHECK_VALIDATES, c->location,
					"ADD CHECK %s scans %s under an ACCESS EXCLUSIVE lock",
					lint_has(c->conname) ? c->conname : "", t->name.name);
			}
		} else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
			   c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
			   c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) {
			lint_access_exclusive(l, t, c->location);
			if (lint_has(c->indexname) && !fresh &&
			    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY &&
			    index_has_nullable(t, table_find_index(t, ident_truncate(l->a, c->indexname)))) {
				lint_work(l, "scans", t);	/* it sets NOT NULL */
				lint_finding(l, R_SET_NOT_NULL_SCANS, c->location,
					"ADD PRIMARY KEY USING INDEX %s sets NOT NULL on nullable columns of %s, scanning it",
					c->indexname, t->name.name);
			}
			if (!lint_has(c->indexname) && !fresh) {
				lint_work(l, "builds an index on", t);
				lint_finding(l, R_UNIQUE_WITHOUT_INDEX, c->location,
					"ADD %s builds its index on %s under an ACCESS EXCLUSIVE lock%s",
					c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? "PRIMARY KEY"
					: c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ? "UNIQUE"
											     : "EXCLUDE",
					t->name.name,
					c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION
					? " (an exclusion constraint has no concurrent form: add it at a quiet time)" : "");
			}
		} else {
			lint_access_exclusive(l, t, c->location);
		}
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		const struct constraint *c = table_find_constraint(t, ident_truncate(l->a, cmd->name));
		struct table *ref = lint_fk_target(l, c);
		bool held = false;
		for (size_t i = 0; i < l->tx_blocking.n && !held; i++)
			held = l->tx_blocking.items[i] == t;
		lint_lock(l, f->lock, t);
		if (ref && ref != t)
			lint_lock(l, f->other, ref);
		if (c && !c->not_valid)
			break;	/* a valid one is not checked again */
		lint_work(l, "scans", t);
		/* in the transaction that locked the table (ADD ... NOT VALID
		 * before it): the scan runs under that lock */
		if (held)
			lint_finding(l, ref ? R_FOREIGN_KEY_VALIDATES : R_CHECK_VALIDATES, -1,
				"VALIDATE CONSTRAINT %s scans %s in the transaction that holds a lock on it that blocks writes (commit the NOT VALID step first)",
				cmd->name, t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: {
		/* a CHECK (col IS NOT NULL) on a NOT NULL column guards nothing
		 * more (the last step of a safe SET NOT NULL) */
		const struct constraint *c = table_find_constraint(t, ident_truncate(l->a, cmd->name));
		const char *nn = c ? not_null_check_column(l->a, c) : NULL;
		struct table *ref = lint_fk_target(l, c);
		lint_access_exclusive(l, t, -1);
		if (ref && ref != t)
			lint_lock(l, facts_alter_cmd(cmd)->other, ref);
		col = nn ? table_find_column(t, nn) : NULL;
		if (!fresh && !(col && col->not_null))
			lint_finding(l, R_DROP_CONSTRAINT, -1, "DROP CONSTRAINT %s on %s", cmd->name,
				t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
		lint_lock(l, PG_LOCK_SHARE_UPDATE_EXCLUSIVE, t);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition: {
		/* the partition's rows are checked against its bound unless a
		 * valid CHECK of it is there (taken as the proof: PostgreSQL
		 * compares the expressions, lint does not) */
		const struct pg_fact *f = facts_alter_cmd(cmd);
		struct table *pt = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD
			? lint_rangevar_table(l, cmd->def->partition_cmd->name) : NULL;
		bool proven = false;
		lint_take(l, f->lock, t, -1);
		if (!pt)
			break;
		lint_take(l, f->other, pt, -1);
		for (size_t i = 0; i < pt->constraints.n && !proven; i++) {
			const struct constraint *c = pt->constraints.items[i];
			proven = c->kind == CON_CHECK && !c->not_valid;
		}
		if (!proven && !lint_is_new(l, pt)) {
			lint_work(l, "scans", pt);
			lint_finding(l, R_ATTACH_PARTITION_SCANS, -1,
				"ATTACH PARTITION %s scans it under an ACCESS EXCLUSIVE lock: no valid CHECK proves its bound",
				pt->name.name);
		}
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		struct table *parent = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_RANGE_VAR
			? lint_rangevar_table(l, cmd->def->range_var) : NULL;
		lint_take(l, f->lock, t, -1);
		if (parent)
			lint_lock(l, f->other, parent);
		break;
	}
	default: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		lint_take(l, f ? f->lock : PG_LOCK_ACCESS_EXCLUSIVE, t, -1);
	}
		break;
	}
}
