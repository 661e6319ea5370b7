/*
 * emit.c - the emitter: each change (diff.h) as readable SQL. Identifiers
 * are quoted only where PostgreSQL needs it, objects in the public schema
 * are left unqualified, expressions are printed from their parse trees by
 * libpg_query's deparser. A change that loses data is preceded by a
 * `-- schemac: destructive: <what is lost>` line.
 */
#include "emit.h"
#include "arena.h"
#include "build.h"
#include "naming.h"
#include "normalize.h"
#include "sqlfmt.h"

#include <inttypes.h>

static void expr(struct strbuf *sb, struct arena *a, const struct expr *e)
{
	sb_adds(sb, expr_sql(a, e));
}

/* An expression where the grammar wants a b_expr or an index key. */
static void expr_paren(struct strbuf *sb, struct arena *a, const struct expr *e)
{
	if (expr_is_simple(e)) {
		expr(sb, a, e);
	} else {
		sb_addc(sb, '(');
		expr(sb, a, e);
		sb_addc(sb, ')');
	}
}

static void ident_list(struct strbuf *sb, const struct ptrvec *names)
{
	sb_addc(sb, '(');
	for (size_t i = 0; i < names->n; i++) {
		if (i)
			sb_adds(sb, ", ");
		sb_ident(sb, names->items[i]);
	}
	sb_addc(sb, ')');
}

static bool plain_option_value(const char *v)
{
	if (*v >= '1' && *v <= '9')
		return strspn(v, "0123456789") == strlen(v);
	if (strcmp(v, "0") == 0)
		return true;
	if ((*v >= 'a' && *v <= 'z') || *v == '_')
		return strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789_") == strlen(v);
	return false;
}

static void reloptions(struct strbuf *sb, const struct reloptions *o)
{
	if (!o->items.n)
		return;
	sb_adds(sb, " WITH (");
	for (size_t i = 0; i < o->items.n; i++) {
		const char *item = o->items.items[i];
		const char *eq = strchr(item, '=');
		if (i)
			sb_adds(sb, ", ");
		sb_add(sb, item, (size_t)(eq - item));
		sb_addc(sb, '=');
		/* plain numbers and words print bare, anything else quoted, so
		 * that it reads back the same ('05' stays '05') */
		if (plain_option_value(eq + 1))
			sb_adds(sb, eq + 1);
		else
			sb_literal(sb, eq + 1);
	}
	sb_addc(sb, ')');
}

static void elem(struct strbuf *sb, struct arena *a, const struct index_elem *e)
{
	if (e->column) {
		sb_ident(sb, e->column);
	} else if (e->expr->kind == PG_QUERY__NODE__NODE_FUNC_CALL && !e->expr->operator_syntax) {
		expr(sb, a, e->expr);
	} else {
		sb_addc(sb, '(');
		expr(sb, a, e->expr);
		sb_addc(sb, ')');
	}
	if (e->collation) {
		sb_adds(sb, " COLLATE ");
		sb_adds(sb, e->collation);
	}
	if (e->opclass) {
		sb_addc(sb, ' ');
		sb_dotted(sb, e->opclass);
	}
	if (e->desc)
		sb_adds(sb, " DESC");
	if (e->nulls_first != e->desc)
		sb_adds(sb, e->nulls_first ? " NULLS FIRST" : " NULLS LAST");
	if (e->op) {
		sb_adds(sb, " WITH ");
		sb_adds(sb, e->op);
	}
}

static void elems(struct strbuf *sb, struct arena *a, const struct ptrvec *v)
{
	sb_addc(sb, '(');
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			sb_adds(sb, ", ");
		elem(sb, a, v->items[i]);
	}
	sb_addc(sb, ')');
}

static const char *fk_action(enum fk_action x)
{
	switch (x) {
	case FK_RESTRICT:
		return "RESTRICT";
	case FK_CASCADE:
		return "CASCADE";
	case FK_SET_NULL:
		return "SET NULL";
	case FK_SET_DEFAULT:
		return "SET DEFAULT";
	case FK_NO_ACTION:
		break;
	}
	return NULL;
}

void emit_constraint_def(struct strbuf *sb, struct arena *a, const struct constraint *c,
			 bool allow_not_valid)
{
	sb_adds(sb, "CONSTRAINT ");
	sb_ident(sb, c->name);
	switch (c->kind) {
	case CON_CHECK:
		sb_adds(sb, " CHECK (");
		expr(sb, a, c->check);
		sb_addc(sb, ')');
		if (c->no_inherit)
			sb_adds(sb, " NO INHERIT");
		break;
	case CON_PRIMARY:
	case CON_UNIQUE:
		sb_adds(sb, c->kind == CON_PRIMARY ? " PRIMARY KEY " : " UNIQUE ");
		if (c->nulls_not_distinct)
			sb_adds(sb, "NULLS NOT DISTINCT ");
		ident_list(sb, &c->columns);
		if (c->include.n) {
			sb_adds(sb, " INCLUDE ");
			ident_list(sb, &c->include);
		}
		reloptions(sb, &c->options);
		break;
	case CON_EXCLUSION:
		sb_adds(sb, " EXCLUDE USING ");
		sb_ident(sb, c->method);
		sb_addc(sb, ' ');
		elems(sb, a, &c->elems);
		if (c->include.n) {
			sb_adds(sb, " INCLUDE ");
			ident_list(sb, &c->include);
		}
		reloptions(sb, &c->options);
		if (c->where) {
			sb_adds(sb, " WHERE (");
			expr(sb, a, c->where);
			sb_addc(sb, ')');
		}
		break;
	case CON_FOREIGN: {
		const char *act;
		sb_adds(sb, " FOREIGN KEY ");
		ident_list(sb, &c->columns);
		sb_adds(sb, " REFERENCES ");
		sb_qname(sb, c->ref_table.schema, c->ref_table.name);
		if (c->ref_columns.n) {	/* none: an outside table's primary key */
			sb_addc(sb, ' ');
			ident_list(sb, &c->ref_columns);
		}
		if (c->match == FK_MATCH_FULL)
			sb_adds(sb, " MATCH FULL");
		else if (c->match == FK_MATCH_PARTIAL)
			sb_adds(sb, " MATCH PARTIAL");
		if ((act = fk_action(c->on_update)) != NULL)
			sb_addf(sb, " ON UPDATE %s", act);
		if ((act = fk_action(c->on_delete)) != NULL) {
			sb_addf(sb, " ON DELETE %s", act);
			if (c->on_delete_cols.n) {
				sb_addc(sb, ' ');
				ident_list(sb, &c->on_delete_cols);
			}
		}
		break;
	}
	}
	if (c->deferrable)
		sb_adds(sb, c->deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
	if (allow_not_valid && c->not_valid)
		sb_adds(sb, " NOT VALID");
}

/* Sequence parameters that differ from the defaults for their type. */
static void seq_params(struct strbuf *sb, const struct seqopts *o, const char *sep,
		       bool with_type, const char *coltype)
{
	struct seqopts def;

	seqopts_defaults(&def, o->astype, o->increment);
	if (with_type && strcmp(o->astype, coltype ? coltype : "int8") != 0)
		sb_addf(sb, "%sAS %s", sep, strcmp(o->astype, "int2") == 0 ? "smallint"
					    : strcmp(o->astype, "int4") == 0 ? "integer" : "bigint");
	if (o->increment != 1)
		sb_addf(sb, "%sINCREMENT BY %" PRId64, sep, o->increment);
	if (o->minvalue != def.minvalue)
		sb_addf(sb, "%sMINVALUE %" PRId64, sep, o->minvalue);
	if (o->maxvalue != def.maxvalue)
		sb_addf(sb, "%sMAXVALUE %" PRId64, sep, o->maxvalue);
	if (o->start != (o->increment > 0 ? o->minvalue : o->maxvalue))
		sb_addf(sb, "%sSTART WITH %" PRId64, sep, o->start);
	if (o->cache != 1)
		sb_addf(sb, "%sCACHE %" PRId64, sep, o->cache);
	if (o->cycle)
		sb_addf(sb, "%sCYCLE", sep);
}

static const char *serial_name(const char *type)
{
	return strcmp(type, "int2") == 0 ? "smallserial"
	       : strcmp(type, "int4") == 0 ? "serial" : "bigserial";
}

static void identity_clause(struct strbuf *sb, const struct table *t, const struct column *c)
{
	struct strbuf params = STRBUF_INIT;
	struct arena *tmp = arena_new();
	const struct sequence *s = c->identity_seq;

	sb_adds(sb, c->identity == IDENTITY_ALWAYS ? " GENERATED ALWAYS AS IDENTITY"
						   : " GENERATED BY DEFAULT AS IDENTITY");
	if (strcmp(make_object_name(tmp, t->name.name, c->name, "seq"), s->name.name) != 0) {
		sb_adds(&params, " SEQUENCE NAME ");
		sb_qname(&params, s->name.schema, s->name.name);
	}
	seq_params(&params, &s->opts, " ", false, NULL);
	if (params.len && params.buf[0] == ' ')
		memmove(params.buf, params.buf + 1, params.len--);
	if (params.len)
		sb_addf(sb, " (%s)", params.buf);
	sb_release(&params);
	arena_free(tmp);
}

void emit_column_def(struct strbuf *sb, struct arena *a, const struct table *t,
		     const struct column *c, bool serial)
{
	sb_ident(sb, c->name);
	sb_addc(sb, ' ');
	if (serial) {
		sb_adds(sb, serial_name(c->type.name));
	} else {
		sb_type(sb, &c->type);
	}
	if (c->compression)
		sb_addf(sb, " COMPRESSION %s", c->compression);
	if (c->collation) {
		sb_adds(sb, " COLLATE ");
		sb_adds(sb, c->collation);
	}
	if (c->generated) {
		sb_adds(sb, " GENERATED ALWAYS AS (");
		expr(sb, a, c->def);
		sb_adds(sb, ") STORED");
	} else if (c->identity) {
		identity_clause(sb, t, c);
	} else if (c->def && !serial) {
		sb_adds(sb, " DEFAULT ");
		expr_paren(sb, a, c->def);
	}
	if (c->not_null && !serial && !c->identity)
		sb_adds(sb, " NOT NULL");
}

static void alter_table(struct strbuf *sb, const struct table *t)
{
	sb_adds(sb, "ALTER TABLE ");
	sb_qname(sb, t->name.schema, t->name.name);
}

static void alter_column(struct strbuf *sb, const struct table *t, const struct column *c)
{
	alter_table(sb, t);
	sb_adds(sb, " ALTER COLUMN ");
	sb_ident(sb, c->name);
}

static void create_table(struct strbuf *sb, struct arena *a, const struct change *ch)
{
	const struct table *t = ch->table;
	bool first = true;

	if (t->partition_of.name && !ch->standalone) {
		emit_create_partition(sb, a, ch);
		return;
	}
	sb_adds(sb, t->unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ");
	sb_qname(sb, t->name.schema, t->name.name);
	sb_adds(sb, " (");
	for (size_t i = 0; i < t->columns.n; i++) {
		const struct column *c = t->columns.items[i];
		if (c->inherited_only && !ch->standalone)
			continue;	/* INHERITS gives it */
		sb_adds(sb, first ? "\n    " : ",\n    ");
		first = false;
		if (vec_has(&ch->deferred, c)) {
			struct column bare = *c;	/* its default is set later */
			bare.def = NULL;
			emit_column_def(sb, a, t, &bare, false);
			continue;
		}
		emit_column_def(sb, a, t, c, vec_has(&ch->serials, c));
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if (vec_has(&ch->deferred, c))
			continue;
		sb_adds(sb, first ? "\n    " : ",\n    ");
		first = false;
		emit_constraint_def(sb, a, c, false);
	}
	sb_adds(sb, first ? ")" : "\n)");
	emit_table_tail(sb, a, t, !ch->standalone);
	sb_addc(sb, ';');
}

/* CREATE INDEX; ON ONLY the table when only. */
static void create_index(struct strbuf *sb, struct arena *a, const struct table *t,
			 const struct index *ix, bool only)
{
	sb_adds(sb, ix->unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	sb_ident(sb, ix->name);
	sb_adds(sb, only ? " ON ONLY " : " ON ");
	sb_qname(sb, t->name.schema, t->name.name);
	if (strcmp(ix->method, "btree") != 0) {
		sb_adds(sb, " USING ");
		sb_ident(sb, ix->method);
	}
	sb_addc(sb, ' ');
	elems(sb, a, &ix->elems);
	if (ix->include.n) {
		sb_adds(sb, " INCLUDE ");
		ident_list(sb, &ix->include);
	}
	if (ix->nulls_not_distinct)
		sb_adds(sb, " NULLS NOT DISTINCT");
	reloptions(sb, &ix->options);
	if (ix->where) {
		sb_adds(sb, " WHERE ");
		expr_paren(sb, a, ix->where);
	}
	sb_addc(sb, ';');
}

void emit_create_index(struct strbuf *sb, struct arena *a, const struct table *t,
		       const struct index *ix)
{
	create_index(sb, a, t, ix, false);
}

static void labels(struct strbuf *sb, const struct type *t)
{
	sb_addc(sb, '(');
	for (size_t i = 0; i < t->labels.n; i++) {
		if (i)
			sb_adds(sb, ", ");
		sb_literal(sb, t->labels.items[i]);
	}
	sb_addc(sb, ')');
}

/*
 * A sequence whose bounds narrow (MINVALUE raised, MAXVALUE lowered): ALTER
 * refuses while its current value is outside them ("RESTART value (1)
 * cannot be less than MINVALUE (100)"), so a value outside is first moved
 * to the nearest bound, not yet called: nextval returns that bound. A value
 * inside stays as it is.
 */
static void clamp_sequence(struct strbuf *sb, const struct qname *seq, const struct seqopts *no,
			   const struct seqopts *oo)
{
	struct strbuf name = STRBUF_INIT;

	if (no->minvalue <= oo->minvalue && no->maxvalue >= oo->maxvalue)
		return;
	sb_qname(&name, seq->schema, seq->name);
	sb_adds(sb, "SELECT pg_catalog.setval(");
	sb_literal(sb, name.buf);
	sb_addf(sb, ", GREATEST(LEAST(last_value, %" PRId64 "), %" PRId64 "), is_called AND "
		"last_value BETWEEN %" PRId64 " AND %" PRId64 ") FROM %s;\n",
		no->maxvalue, no->minvalue, no->minvalue, no->maxvalue, name.buf);
	sb_release(&name);
}

static void set_identity(struct strbuf *sb, const struct change *ch)
{
	const struct column *n = ch->obj, *o = ch->old;
	const struct seqopts *no = &n->identity_seq->opts, *oo = &o->identity_seq->opts;

	clamp_sequence(sb, &n->identity_seq->name, no, oo);
	alter_column(sb, ch->table, n);
	if (n->identity != o->identity)
		sb_adds(sb, n->identity == IDENTITY_ALWAYS ? " SET GENERATED ALWAYS"
							   : " SET GENERATED BY DEFAULT");
	if (no->increment != oo->increment)
		sb_addf(sb, " SET INCREMENT BY %" PRId64, no->increment);
	if (no->minvalue != oo->minvalue)
		sb_addf(sb, " SET MINVALUE %" PRId64, no->minvalue);
	if (no->maxvalue != oo->maxvalue)
		sb_addf(sb, " SET MAXVALUE %" PRId64, no->maxvalue);
	if (no->start != oo->start)
		sb_addf(sb, " SET START WITH %" PRId64, no->start);
	if (no->cache != oo->cache)
		sb_addf(sb, " SET CACHE %" PRId64, no->cache);
	if (no->cycle != oo->cycle)
		sb_adds(sb, no->cycle ? " SET CYCLE" : " SET NO CYCLE");
	sb_addc(sb, ';');
}

static void alter_sequence(struct strbuf *sb, const struct change *ch)
{
	const struct sequence *n = ch->obj, *o = ch->old;
	const struct seqopts *no = &n->opts, *oo = &o->opts;

	if (o->unlogged != n->unlogged) {
		sb_adds(sb, "ALTER SEQUENCE ");
		sb_qname(sb, n->name.schema, n->name.name);
		sb_adds(sb, n->unlogged ? " SET UNLOGGED;" : " SET LOGGED;");
		if (!memcmp(no, oo, sizeof(*no)) || (str_eq(no->astype, oo->astype) &&
		    no->start == oo->start && no->increment == oo->increment &&
		    no->minvalue == oo->minvalue && no->maxvalue == oo->maxvalue &&
		    no->cache == oo->cache && no->cycle == oo->cycle))
			return;
		sb_addc(sb, '\n');
	}
	clamp_sequence(sb, &n->name, no, oo);
	sb_adds(sb, "ALTER SEQUENCE ");
	sb_qname(sb, n->name.schema, n->name.name);
	if (strcmp(no->astype, oo->astype) != 0)
		sb_addf(sb, " AS %s", strcmp(no->astype, "int2") == 0 ? "smallint"
				     : strcmp(no->astype, "int4") == 0 ? "integer" : "bigint");
	if (no->increment != oo->increment)
		sb_addf(sb, " INCREMENT BY %" PRId64, no->increment);
	if (no->minvalue != oo->minvalue)
		sb_addf(sb, " MINVALUE %" PRId64, no->minvalue);
	if (no->maxvalue != oo->maxvalue)
		sb_addf(sb, " MAXVALUE %" PRId64, no->maxvalue);
	if (no->start != oo->start)
		sb_addf(sb, " START WITH %" PRId64, no->start);
	if (no->cache != oo->cache)
		sb_addf(sb, " CACHE %" PRId64, no->cache);
	if (no->cycle != oo->cycle)
		sb_adds(sb, no->cycle ? " CYCLE" : " NO CYCLE");
	sb_addc(sb, ';');
}

static void emit_drop_object(struct strbuf *sb, const struct dbobject *o)
{
	sb_adds(sb, "DROP ");
	sb_object(sb, o);
	sb_addc(sb, ';');
}

/* The token type of a text search configuration's one-token ADD MAPPING. */
static const char *mapping_token(const Node *n)
{
	return n->alter_tsconfiguration_stmt->tokentype[0]->string->sval;
}

/* Node stmts[i] of n with token tok, or NULL. */
static Node *mapping_find(Node **stmts, size_t n, const char *tok)
{
	for (size_t i = 1; i < n; i++)
		if (str_eq(mapping_token(stmts[i]), tok))
			return stmts[i];
	return NULL;
}

static void emit_mapping(struct strbuf *sb, struct arena *a, Node *stmt,
			 PgQuery__AlterTSConfigType kind)
{
	const char *sql;

	stmt->alter_tsconfiguration_stmt->kind = kind;
	stmt->alter_tsconfiguration_stmt->override =
		kind == PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN;
	if (kind == PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_DROP_MAPPING)
		stmt->alter_tsconfiguration_stmt->n_dicts = 0;
	sql = deparse_stmt(a, stmt);
	sb_addf(sb, "%s%s;", sb->len ? "\n" : "", sql ? sql : "");
}

/* A text search configuration whose parser stays (replaceable() in diff.c):
 * its mappings added, changed and dropped, token by token. */
static void emit_mappings(struct strbuf *sb, struct arena *a, const struct dbobject *o,
			  const struct dbobject *old)
{
	size_t n, m;
	Node **ns = object_stmts(a, o, &n), **os = object_stmts(a, old, &m);
	struct strbuf one = STRBUF_INIT;

	for (size_t i = 1; i < n; i++) {
		Node *was = mapping_find(os, m, mapping_token(ns[i]));
		const char *now = deparse_stmt(a, ns[i]);
		if (was && str_eq(now, deparse_stmt(a, was)))
			continue;
		emit_mapping(&one, a, ns[i], was ? PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN
						 : PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING);
	}
	for (size_t i = 1; i < m; i++)
		if (!mapping_find(ns, n, mapping_token(os[i])))
			emit_mapping(&one, a, os[i], PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_DROP_MAPPING);
	sb_add(sb, one.buf, one.len);
	sb_release(&one);
}

/* CREATE OR REPLACE of the stored CREATE statement; a policy changes with
 * ALTER POLICY (its command and kind stay: see replaceable() in diff.c); a
 * text search configuration, by its mappings; a statistics object, by
 * ALTER STATISTICS ... SET STATISTICS. */
static void emit_replace_object(struct strbuf *sb, struct arena *a, const struct dbobject *o,
				const struct dbobject *old)
{
	if (o->kind == OBJ_TS_CONFIG) {
		emit_mappings(sb, a, o, old);
		return;
	}
	if (o->kind == OBJ_STATISTICS) {
		size_t n;
		Node **stmts = object_stmts(a, o, &n);
		const char *sql = n >= 2 ? deparse_stmt(a, stmts[1]) : NULL;
		if (sql) {
			sb_addf(sb, "%s;", sql);
			return;
		}
		sb_adds(sb, "ALTER ");
		sb_object(sb, o);
		sb_adds(sb, " SET STATISTICS -1;");
		return;
	}
	if (o->kind == OBJ_POLICY) {
		PgQuery__CreatePolicyStmt *ps = object_stmt(a, o)->create_policy_stmt;
		PgQuery__AlterPolicyStmt ap = PG_QUERY__ALTER_POLICY_STMT__INIT;
		PgQuery__Node n = PG_QUERY__NODE__INIT;
		PgQuery__Node *pub = NULL;
		const char *sql;
		size_t len;

		ap.policy_name = ps->policy_name;
		ap.table = ps->table;
		ap.n_roles = ps->n_roles;
		ap.roles = ps->roles;
		if (!ap.n_roles) {
			/* TO PUBLIC, said again: ALTER POLICY keeps roles it is not given */
			PgQuery__RoleSpec *rs = arena_alloc(a, sizeof(*rs));
			pg_query__role_spec__init(rs);
			rs->roletype = PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC;
			pub = arena_alloc(a, sizeof(*pub));
			pg_query__node__init(pub);
			pub->node_case = PG_QUERY__NODE__NODE_ROLE_SPEC;
			pub->role_spec = rs;
			ap.n_roles = 1;
			ap.roles = &pub;
		}
		ap.qual = ps->qual;
		ap.with_check = ps->with_check;
		n.node_case = PG_QUERY__NODE__NODE_ALTER_POLICY_STMT;
		n.alter_policy_stmt = &ap;
		sql = deparse_stmt(a, &n);
		if (!sql)
			sql = object_sql(a, o);
		len = strlen(sql);
		while (len && sql[len - 1] == ' ')	/* the deparser ends some with a space */
			len--;
		sb_add(sb, sql, len);
	} else {
		const char *sql = object_sql(a, o);
		size_t skip = strncmp(sql, "CREATE ", 7) == 0 ? 7 : 0;
		sb_addf(sb, "CREATE OR REPLACE %s", sql + skip);
	}
	sb_addc(sb, ';');
}

void emit_change(struct strbuf *sb, struct arena *a, const struct change *ch)
{
	const struct table *t = ch->table;

	if (ch->destructive) {
		/* a comment line: names with line breaks must not end it */
		sb_adds(sb, "-- schemac: destructive: ");
		for (const char *p = ch->destructive; *p; p++)
			sb_addc(sb, (*p == '\n' || *p == '\r') ? ' ' : *p);
		sb_addc(sb, '\n');
	}
	switch (ch->kind) {
	case CH_CREATE_SCHEMA:
		sb_adds(sb, "CREATE SCHEMA ");
		sb_ident(sb, ((const struct schema *)ch->obj)->name);
		sb_addc(sb, ';');
		break;
	case CH_DROP_SCHEMA:
		sb_adds(sb, "DROP SCHEMA ");
		sb_ident(sb, ((const struct schema *)ch->obj)->name);
		sb_addc(sb, ';');
		break;
	case CH_CREATE_EXTENSION: {
		const struct extension *e = ch->obj;
		sb_adds(sb, "CREATE EXTENSION IF NOT EXISTS ");
		sb_ident(sb, e->name);
		if (strcmp(e->schema, "public") != 0) {
			sb_adds(sb, " WITH SCHEMA ");
			sb_ident(sb, e->schema);
		}
		if (e->version) {
			sb_adds(sb, " VERSION ");
			sb_literal(sb, e->version);
		}
		sb_addc(sb, ';');
		break;
	}
	case CH_ALTER_EXTENSION: {
		const struct extension *e = ch->obj, *o = ch->old;
		if (!str_eq(e->schema, o->schema)) {
			sb_adds(sb, "ALTER EXTENSION ");
			sb_ident(sb, e->name);
			sb_adds(sb, " SET SCHEMA ");
			sb_ident(sb, e->schema);
			sb_addc(sb, ';');
		}
		if (e->version && !str_eq(e->version, o->version)) {
			if (!str_eq(e->schema, o->schema))
				sb_addc(sb, '\n');
			sb_adds(sb, "ALTER EXTENSION ");
			sb_ident(sb, e->name);
			sb_adds(sb, " UPDATE TO ");
			sb_literal(sb, e->version);
			sb_addc(sb, ';');
		}
		break;
	}
	case CH_DROP_EXTENSION:
		sb_adds(sb, "DROP EXTENSION ");
		sb_ident(sb, ((const struct extension *)ch->obj)->name);
		sb_addc(sb, ';');
		break;
	case CH_CREATE_ENUM: {
		const struct type *ty = ch->obj;
		sb_adds(sb, "CREATE TYPE ");
		sb_qname(sb, ty->name.schema, ty->name.name);
		sb_adds(sb, " AS ENUM ");
		labels(sb, ty);
		sb_addc(sb, ';');
		break;
	}
	case CH_ADD_ENUM_VALUE: {
		const struct type *ty = ch->obj;
		sb_adds(sb, "ALTER TYPE ");
		sb_qname(sb, ty->name.schema, ty->name.name);
		sb_adds(sb, " ADD VALUE ");
		sb_literal(sb, ch->name);
		if (ch->text) {
			sb_adds(sb, ch->after ? " AFTER " : " BEFORE ");
			sb_literal(sb, ch->text);
		}
		sb_addc(sb, ';');
		break;
	}
	case CH_RENAME_TYPE: {
		const struct type *ty = ch->obj;
		sb_adds(sb, "ALTER TYPE ");
		sb_qname(sb, ty->name.schema, ty->name.name);
		sb_adds(sb, " RENAME TO ");
		sb_ident(sb, ch->name);
		sb_addc(sb, ';');
		break;
	}
	case CH_CREATE_TYPE:
	case CH_DOMAIN_SET_DEFAULT:
	case CH_DOMAIN_DROP_DEFAULT:
	case CH_DOMAIN_SET_NOT_NULL:
	case CH_DOMAIN_DROP_NOT_NULL:
	case CH_DOMAIN_ADD_CHECK:
	case CH_DOMAIN_DROP_CHECK:
	case CH_DOMAIN_VALIDATE_CHECK:
	case CH_ADD_ATTRIBUTE:
	case CH_DROP_ATTRIBUTE:
	case CH_ALTER_ATTRIBUTE_TYPE:
	case CH_CREATE_COLLATION:
	case CH_RENAME_COLLATION:
	case CH_DROP_COLLATION:
		emit_type_change(sb, a, ch);
		break;
	case CH_DROP_TYPE: {
		const struct type *ty = ch->obj;
		sb_adds(sb, ty->kind == TYPE_DOMAIN ? "DROP DOMAIN " : "DROP TYPE ");
		sb_qname(sb, ty->name.schema, ch->name ? ch->name : ty->name.name);
		sb_addc(sb, ';');
		break;
	}
	case CH_CREATE_SEQUENCE: {
		const struct sequence *s = ch->obj;
		sb_adds(sb, s->unlogged ? "CREATE UNLOGGED SEQUENCE " : "CREATE SEQUENCE ");
		sb_qname(sb, s->name.schema, s->name.name);
		seq_params(sb, &s->opts, " ", true, NULL);
		sb_addc(sb, ';');
		break;
	}
	case CH_ALTER_SEQUENCE:
		alter_sequence(sb, ch);
		break;
	case CH_SEQUENCE_OWNED_BY: {
		const struct sequence *s = ch->obj;
		sb_adds(sb, "ALTER SEQUENCE ");
		sb_qname(sb, s->name.schema, s->name.name);
		sb_adds(sb, " OWNED BY ");
		if (s->owned_table) {
			sb_qname(sb, s->name.schema, s->owned_table);
			sb_addc(sb, '.');
			sb_ident(sb, s->owned_column);
		} else {
			sb_adds(sb, "NONE");
		}
		sb_addc(sb, ';');
		break;
	}
	case CH_DROP_SEQUENCE: {
		const struct sequence *s = ch->obj;
		sb_adds(sb, "DROP SEQUENCE ");
		sb_qname(sb, s->name.schema, s->name.name);
		sb_addc(sb, ';');
		break;
	}
	case CH_CREATE_TABLE:
		create_table(sb, a, ch);
		break;
	case CH_DROP_TABLE:
		sb_adds(sb, "DROP TABLE ");
		sb_qname(sb, t->name.schema, t->name.name);
		sb_addc(sb, ';');
		break;
	case CH_SET_LOGGED:
		alter_table(sb, t);
		sb_adds(sb, t->unlogged ? " SET UNLOGGED;" : " SET LOGGED;");
		break;
	case CH_ADD_COLUMN:
		alter_table(sb, t);
		sb_adds(sb, " ADD COLUMN ");
		emit_column_def(sb, a, t, ch->obj, vec_has(&ch->serials, ch->obj));
		sb_addc(sb, ';');
		break;
	case CH_DROP_COLUMN:
		sb_adds(sb, ch->only ? "ALTER TABLE ONLY " : "ALTER TABLE ");
		sb_qname(sb, t->name.schema, t->name.name);
		sb_adds(sb, " DROP COLUMN ");
		sb_ident(sb, ((const struct column *)ch->obj)->name);
		sb_addc(sb, ';');
		break;
	case CH_ALTER_COLUMN_TYPE: {
		const struct column *c = ch->obj;
		alter_column(sb, t, c);
		sb_adds(sb, " TYPE ");
		sb_type(sb, &c->type);
		if (c->collation) {
			sb_adds(sb, " COLLATE ");
			sb_adds(sb, c->collation);
		}
		if (ch->text)
			sb_addf(sb, " USING %s", ch->text);
		sb_addc(sb, ';');
		break;
	}
	case CH_SET_DEFAULT: {
		const struct column *c = ch->obj;
		alter_column(sb, t, c);
		sb_adds(sb, " SET DEFAULT ");
		expr_paren(sb, a, c->def);
		sb_addc(sb, ';');
		break;
	}
	case CH_DROP_DEFAULT:
		alter_column(sb, t, ch->obj);
		sb_adds(sb, " DROP DEFAULT;");
		break;
	case CH_SET_NOT_NULL:
		alter_column(sb, t, ch->obj);
		sb_adds(sb, " SET NOT NULL;");
		break;
	case CH_DROP_NOT_NULL:
		alter_column(sb, t, ch->obj);
		sb_adds(sb, " DROP NOT NULL;");
		break;
	case CH_ADD_IDENTITY: {
		const struct column *c = ch->obj;
		alter_column(sb, t, c);
		sb_adds(sb, " ADD");
		identity_clause(sb, t, c);
		sb_addc(sb, ';');
		break;
	}
	case CH_SET_IDENTITY:
		set_identity(sb, ch);
		break;
	case CH_DROP_IDENTITY:
		alter_column(sb, t, ch->obj);
		sb_adds(sb, " DROP IDENTITY;");
		break;
	case CH_DROP_EXPRESSION:
		alter_column(sb, t, ch->obj);
		sb_adds(sb, " DROP EXPRESSION;");
		break;
	case CH_ADD_CONSTRAINT:
		sb_adds(sb, ch->only ? "ALTER TABLE ONLY " : "ALTER TABLE ");
		sb_qname(sb, t->name.schema, t->name.name);
		sb_adds(sb, " ADD ");
		emit_constraint_def(sb, a, ch->obj, true);
		sb_addc(sb, ';');
		break;
	case CH_DROP_CONSTRAINT:
		alter_table(sb, t);
		sb_adds(sb, " DROP CONSTRAINT ");
		sb_ident(sb, ((const struct constraint *)ch->obj)->name);
		sb_addc(sb, ';');
		break;
	case CH_VALIDATE_CONSTRAINT:
		alter_table(sb, t);
		sb_adds(sb, " VALIDATE CONSTRAINT ");
		sb_ident(sb, ((const struct constraint *)ch->obj)->name);
		sb_addc(sb, ';');
		break;
	case CH_CREATE_INDEX:
		create_index(sb, a, t, ch->obj, ch->only);
		break;
	case CH_DROP_INDEX:
		sb_adds(sb, "DROP INDEX ");
		sb_qname(sb, t->name.schema, ((const struct index *)ch->obj)->name);
		sb_adds(sb, ch->cascade ? " CASCADE;" : ";");
		break;
	case CH_RENAME: {
		const struct rename *r = ch->obj;
		switch (r->kind) {
		case RENAME_TABLE:
		case RENAME_TYPE:
		case RENAME_INDEX:
		case RENAME_SEQUENCE:
			sb_adds(sb, r->kind == RENAME_TABLE ? "ALTER TABLE "
				    : r->kind == RENAME_TYPE ? "ALTER TYPE "
				    : r->kind == RENAME_SEQUENCE ? "ALTER SEQUENCE " : "ALTER INDEX ");
			sb_qname(sb, r->object.schema, r->from);
			sb_adds(sb, " RENAME TO ");
			sb_ident(sb, r->to);
			break;
		case RENAME_COLUMN:
		case RENAME_CONSTRAINT:
			sb_adds(sb, "ALTER TABLE ");
			sb_qname(sb, r->object.schema, r->object.name);
			sb_adds(sb, r->kind == RENAME_COLUMN ? " RENAME COLUMN " : " RENAME CONSTRAINT ");
			sb_ident(sb, r->from);
			sb_adds(sb, " TO ");
			sb_ident(sb, r->to);
			break;
		case RENAME_ENUM_VALUE:
			sb_adds(sb, "ALTER TYPE ");
			sb_qname(sb, r->object.schema, r->object.name);
			sb_adds(sb, " RENAME VALUE ");
			sb_literal(sb, r->from);
			sb_adds(sb, " TO ");
			sb_literal(sb, r->to);
			break;
		}
		sb_addc(sb, ';');
		break;
	}
	case CH_CREATE_OBJECT:
		sb_adds(sb, object_sql(a, ch->obj));
		sb_addc(sb, ';');
		break;
	case CH_REPLACE_OBJECT:
		emit_replace_object(sb, a, ch->obj, ch->old);
		break;
	case CH_DROP_OBJECT:
		emit_drop_object(sb, ch->obj);
		break;
	case CH_TRIGGER_STATE: {
		const struct dbobject *o = ch->obj;
		static const char *const states[] = { ['O'] = "ENABLE", ['D'] = "DISABLE",
						      ['A'] = "ENABLE ALWAYS",
						      ['R'] = "ENABLE REPLICA" };
		if (o->kind == OBJ_EVENT_TRIGGER) {
			sb_adds(sb, "ALTER EVENT TRIGGER ");
			sb_ident(sb, o->name.name);
			sb_addf(sb, " %s", states[(unsigned char)o->enabled]);
		} else {
			sb_adds(sb, "ALTER TABLE ");
			sb_qname(sb, o->name.schema, o->table);
			sb_addf(sb, " %s TRIGGER ", states[(unsigned char)o->enabled]);
			sb_ident(sb, o->name.name);
		}
		sb_addc(sb, ';');
		break;
	}
	case CH_SET_RLS: {
		const struct table *o = ch->old;
		bool sep = false;
		sb_adds(sb, "ALTER TABLE ");
		sb_qname(sb, t->name.schema, t->name.name);
		if ((o ? o->rls : false) != t->rls) {
			sb_adds(sb, t->rls ? " ENABLE" : " DISABLE");
			sb_adds(sb, " ROW LEVEL SECURITY");
			sep = true;
		}
		if ((o ? o->rls_forced : false) != t->rls_forced)
			sb_addf(sb, "%s %s ROW LEVEL SECURITY", sep ? "," : "",
				t->rls_forced ? "FORCE" : "NO FORCE");
		sb_addc(sb, ';');
		break;
	}
	case CH_SET_COLUMN_LOCAL: {
		/* what pg_dump --binary-upgrade does: PostgreSQL has no
		 * statement for it (superuser) */
		struct strbuf rel = STRBUF_INIT;
		const struct column *c = ch->obj;
		sb_qname(&rel, t->name.schema, t->name.name);
		sb_addf(sb, "UPDATE pg_catalog.pg_attribute SET attislocal = %s WHERE attrelid = ",
			c->inherited_only ? "false" : "true");
		sb_literal(sb, rel.buf);
		sb_adds(sb, "::pg_catalog.regclass AND attname = ");
		sb_literal(sb, c->name);
		sb_addc(sb, ';');
		sb_release(&rel);
		break;
	}
	case CH_ATTACH_PARTITION:
	case CH_DETACH_PARTITION:
	case CH_ADD_INHERIT:
	case CH_DROP_INHERIT:
	case CH_SET_RELOPTIONS:
	case CH_SET_STORAGE:
	case CH_SET_COMPRESSION:
	case CH_SET_STATISTICS:
	case CH_ALTER_INDEX_OPTIONS:
	case CH_INDEX_STATISTICS:
	case CH_REPLICA_IDENTITY:
	case CH_CLUSTER_ON:
	case CH_ATTACH_INDEX:
	case CH_ALTER_VIEW_OPTIONS:
		emit_partition_change(sb, a, ch);
		break;
	case CH_STATEMENT:
		sb_addf(sb, "%s;", ch->text);
		break;
	case CH_COMMENT:
		sb_addf(sb, "COMMENT ON %s IS ", ch->name);
		if (ch->text)
			sb_literal(sb, ch->text);
		else
			sb_adds(sb, "NULL");
		sb_addc(sb, ';');
		break;
	}
	sb_addc(sb, '\n');
}

/* Is old object o of a change of changes [from, to) created again too? */
static bool created_again(const struct changes *ch, size_t from, size_t to,
			  const struct dbobject *o)
{
	for (size_t i = from; i < to; i++) {
		const struct change *c = ch->items.items[i];
		if (c->kind == CH_CREATE_OBJECT && str_eq(((const struct dbobject *)c->obj)->key, o->key))
			return true;
	}
	return false;
}

void emit_generic_header(struct strbuf *sb, const struct changes *ch, size_t from, size_t to)
{
	bool any = false;

	for (size_t i = from; i < to; i++) {
		const struct change *c = ch->items.items[i];
		const struct dbobject *o = c->obj;
		if ((c->kind != CH_DROP_OBJECT && c->kind != CH_REPLACE_OBJECT) ||
		    !object_kind_desc(o->kind)->generic)
			continue;
		if (!any)
			sb_adds(sb, "-- schemac: objects kept as their statements (compared by tree):\n");
		any = true;
		sb_adds(sb, "--   ");
		sb_object(sb, o);
		sb_adds(sb, c->kind == CH_REPLACE_OBJECT ? ": altered in place\n"
			    : created_again(ch, from, to, o) ? ": dropped and created again\n"
			    : ": dropped\n");
	}
	if (any)
		sb_addc(sb, '\n');
}

void emit_changes(struct strbuf *sb, struct arena *a, const struct changes *ch)
{
	for (size_t i = 0; i < ch->items.n; i++) {
		if (i)
			sb_addc(sb, '\n');
		emit_change(sb, a, ch->items.items[i]);
	}
}

void emit_elems(struct strbuf *sb, struct arena *a, const struct ptrvec *v)
{
	elems(sb, a, v);
}

void emit_reloptions(struct strbuf *sb, const struct reloptions *o)
{
	reloptions(sb, o);
}

