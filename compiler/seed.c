/*
 * seed.c - seed files checked against the catalog (seed.h). The parse
 * tree of each INSERT, UPDATE and COPY is read for the table and the
 * columns it names and the constants it writes; expressions other than
 * constants, NULL and DEFAULT are left to PostgreSQL.
 */
#include "seed.h"
#include "arena.h"
#include "parse.h"
#include "sqlfmt.h"
#include "strbuf.h"
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

struct seeder {
	struct arena *a;
	struct diags *d;
	const struct catalog *cat;
	const struct stmt *st;
	int errors;
};

/* A type as messages name it (format_type()'s spelling, sqlfmt.h). */
static const char *type_text(struct arena *a, const struct typeref *t)
{
	struct strbuf sb = STRBUF_INIT;
	char *text;

	sb_type(&sb, t);
	text = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return text;
}

static bool builtin(const struct typeref *t, const char *name)
{
	return t->ndims == 0 && t->schema && strcmp(t->schema, "pg_catalog") == 0 &&
	       strcmp(t->name, name) == 0;
}

static bool is_integer(const struct typeref *t, long long *min, long long *max)
{
	if (builtin(t, "int2"))
		*min = -32768, *max = 32767;
	else if (builtin(t, "int4"))
		*min = -2147483648LL, *max = 2147483647LL;
	else if (builtin(t, "int8"))
		*min = LLONG_MIN, *max = LLONG_MAX;
	else
		return false;
	return true;
}

static bool is_number(const struct typeref *t)
{
	return builtin(t, "numeric") || builtin(t, "float4") || builtin(t, "float8");
}

/* PostgreSQL's int input: optional spaces, sign, digits, spaces. */
static bool parse_int(const char *s, long long *v)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	if (!*s || !(isdigit((unsigned char)*s) || ((*s == '-' || *s == '+') && isdigit((unsigned char)s[1]))))
		return false;
	errno = 0;
	*v = strtoll(s, &end, 10);
	if (errno == ERANGE)
		return false;
	while (isspace((unsigned char)*end))
		end++;
	return *end == '\0';
}

static bool parse_number(const char *s)
{
	char *end;
	const char *p = s;

	while (isspace((unsigned char)*p))
		p++;
	if (strncasecmp(p, "nan", 3) == 0 || strncasecmp(p, "infinity", 8) == 0 ||
	    strncasecmp(p, "-infinity", 9) == 0 || strncasecmp(p, "+infinity", 9) == 0)
		return true;
	if (!*p || strncasecmp(p, "0x", 2) == 0 || strchr(p, 'x') || strchr(p, 'X'))
		return false;
	strtod(p, &end);
	if (end == p)
		return false;
	while (isspace((unsigned char)*end))
		end++;
	return *end == '\0';
}

/* boolin: a prefix of true, false, yes, no; on, off; 1, 0 (spaces around). */
static bool parse_bool(struct arena *a, const char *s)
{
	static const char *const words[] = { "true", "false", "yes", "no" };
	char *v = arena_strdup(a, s);
	size_t n;

	while (isspace((unsigned char)*v))
		v++;
	n = strlen(v);
	while (n && isspace((unsigned char)v[n - 1]))
		v[--n] = '\0';
	if (!n)
		return false;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (strncasecmp(v, words[i], n) == 0)
			return true;
	return strcasecmp(v, "on") == 0 || strcasecmp(v, "off") == 0 || strcasecmp(v, "of") == 0 ||
	       strcmp(v, "1") == 0 || strcmp(v, "0") == 0;
}

/* uuid_in: 32 hex digits, a hyphen after any group of four, optional braces. */
static bool parse_uuid(const char *s)
{
	int digits = 0;
	bool brace = *s == '{';

	if (brace)
		s++;
	for (; *s && *s != '}'; s++) {
		if (isxdigit((unsigned char)*s))
			digits++;
		else if (!(*s == '-' && digits && digits % 4 == 0 && s[1] != '-'))
			return false;
	}
	if (brace != (*s == '}'))
		return false;
	return digits == 32 && (!*s || !s[1]);
}

static void error_at(struct seeder *s, int location, const char *msg)
{
	diag_at(s->d, DIAG_ERROR, s->st->file, s->st->base + (location >= 0 ? location : 0), "%s", msg);
	s->errors++;
}

static const char *col_name(struct arena *a, const struct table *t, const struct column *c)
{
	return arena_printf(a, "%s.%s.%s", t->name.schema, t->name.name, c->name);
}

/* A column that may be left out or set to NULL: it has a default (written,
 * identity, generated), or allows NULL. */
static bool has_default(const struct column *c)
{
	return c->def || c->identity != IDENTITY_NONE || c->generated;
}

/* The value v written into column c of t. */
static void check_value(struct seeder *s, const struct table *t, const struct column *c,
			const Node *v, int name_loc)
{
	const PgQuery__AConst *k;
	long long min, max, iv;
	const char *col = col_name(s->a, t, c);

	if (!v)
		return;
	if (v->node_case == PG_QUERY__NODE__NODE_SET_TO_DEFAULT)
		return;
	if (c->generated) {
		error_at(s, name_loc, arena_printf(s->a, "column %s is generated: it takes no value (DEFAULT only)", col));
		return;
	}
	if (v->node_case != PG_QUERY__NODE__NODE_A_CONST)
		return;
	k = v->a_const;
	if (k->isnull) {
		if (c->not_null)
			error_at(s, k->location, arena_printf(s->a, "NULL into column %s, which is NOT NULL", col));
		return;
	}
	switch (k->val_case) {
	case PG_QUERY__A__CONST__VAL_SVAL:
		if (is_integer(&c->type, &min, &max)) {
			if (!parse_int(k->sval->sval, &iv) || iv < min || iv > max)
				error_at(s, k->location, arena_printf(s->a,
					"'%s' does not fit column %s of type %s", k->sval->sval, col,
					type_text(s->a, &c->type)));
		} else if (is_number(&c->type)) {
			if (!parse_number(k->sval->sval))
				error_at(s, k->location, arena_printf(s->a,
					"'%s' is not a number: column %s is %s", k->sval->sval, col,
					type_text(s->a, &c->type)));
		} else if (builtin(&c->type, "bool")) {
			if (!parse_bool(s->a, k->sval->sval))
				error_at(s, k->location, arena_printf(s->a,
					"'%s' is not a boolean: column %s is boolean", k->sval->sval, col));
		} else if (builtin(&c->type, "uuid")) {
			if (!parse_uuid(k->sval->sval))
				error_at(s, k->location, arena_printf(s->a,
					"'%s' is not a uuid: column %s is uuid", k->sval->sval, col));
		}
		break;
	case PG_QUERY__A__CONST__VAL_IVAL:
		if (is_integer(&c->type, &min, &max) &&
		    ((long long)k->ival->ival < min || (long long)k->ival->ival > max))
			error_at(s, k->location, arena_printf(s->a, "%d is out of range for column %s of type %s",
							      k->ival->ival, col, type_text(s->a, &c->type)));
		else if (builtin(&c->type, "bool") || builtin(&c->type, "uuid"))
			error_at(s, k->location, arena_printf(s->a,
				"an integer into column %s of type %s (PostgreSQL has no such assignment cast)",
				col, type_text(s->a, &c->type)));
		break;
	case PG_QUERY__A__CONST__VAL_FVAL:
		/* an integer too large for int4 comes as a float constant */
		if (is_integer(&c->type, &min, &max) && strspn(k->fval->fval, "-0123456789") == strlen(k->fval->fval) &&
		    (!parse_int(k->fval->fval, &iv) || iv < min || iv > max))
			error_at(s, k->location, arena_printf(s->a, "%s is out of range for column %s of type %s",
							      k->fval->fval, col, type_text(s->a, &c->type)));
		else if (builtin(&c->type, "bool") || builtin(&c->type, "uuid"))
			error_at(s, k->location, arena_printf(s->a,
				"a number into column %s of type %s (PostgreSQL has no such assignment cast)",
				col, type_text(s->a, &c->type)));
		break;
	case PG_QUERY__A__CONST__VAL_BOOLVAL:
		if (is_integer(&c->type, &min, &max) || is_number(&c->type) || builtin(&c->type, "uuid"))
			error_at(s, k->location, arena_printf(s->a,
				"a boolean into column %s of type %s (PostgreSQL has no such assignment cast)",
				col, type_text(s->a, &c->type)));
		break;
	default:
		break;
	}
}

static const struct table *find_table(struct seeder *s, const PgQuery__RangeVar *rv)
{
	struct qname q = { rv->schemaname && *rv->schemaname ? rv->schemaname : "public", rv->relname };
	const struct table *t = catalog_find_table(s->cat, &q);

	if (!t)
		error_at(s, rv->location, arena_printf(s->a, "table %s.%s does not exist in the schema", q.schema, q.name));
	return t;
}

static const struct column *find_column(struct seeder *s, const struct table *t, const char *name,
					int location)
{
	const struct column *c = table_find_column(t, name);

	if (!c)
		error_at(s, location, arena_printf(s->a, "table %s.%s has no column %s", t->name.schema,
						   t->name.name, name));
	return c;
}

static void check_insert(struct seeder *s, const PgQuery__InsertStmt *in)
{
	const struct table *t = find_table(s, in->relation);
	const struct column **cols;
	const int *locs;
	int *loc_buf;
	size_t ncols;
	const PgQuery__SelectStmt *sel;

	if (!t)
		return;
	ncols = in->n_cols ? in->n_cols : t->columns.n;
	cols = arena_alloc(s->a, sizeof(*cols) * (ncols + 1));
	loc_buf = arena_alloc(s->a, sizeof(*loc_buf) * (ncols + 1));
	locs = loc_buf;
	for (size_t i = 0; i < ncols; i++) {
		if (in->n_cols) {
			const PgQuery__ResTarget *rt = in->cols[i]->res_target;
			cols[i] = find_column(s, t, rt->name, rt->location);
			loc_buf[i] = rt->location;
		} else {
			cols[i] = t->columns.items[i];
			loc_buf[i] = in->relation->location;
		}
	}
	/* a NOT NULL column left out, with no default */
	if (in->n_cols)
		for (size_t j = 0; j < t->columns.n; j++) {
			const struct column *c = t->columns.items[j];
			bool named = false;
			for (size_t i = 0; i < ncols; i++)
				named = named || cols[i] == c;
			if (!named && c->not_null && !has_default(c))
				error_at(s, in->relation->location, arena_printf(s->a,
					"column %s is NOT NULL and has no default: the INSERT must give it a value",
					col_name(s->a, t, c)));
		}
	sel = in->select_stmt && in->select_stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT
		      ? in->select_stmt->select_stmt : NULL;
	if (!sel)
		return;
	for (size_t r = 0; r < sel->n_values_lists; r++) {
		const PgQuery__List *row = sel->values_lists[r]->list;
		if (!row)
			continue;
		for (size_t i = 0; i < row->n_items && i < ncols; i++)
			if (cols[i])
				check_value(s, t, cols[i], row->items[i], locs[i]);
	}
}

static void check_update(struct seeder *s, const PgQuery__UpdateStmt *up)
{
	const struct table *t = find_table(s, up->relation);

	if (!t)
		return;
	for (size_t i = 0; i < up->n_target_list; i++) {
		const PgQuery__ResTarget *rt = up->target_list[i]->res_target;
		const struct column *c;
		if (!rt || !rt->name)
			continue;
		c = find_column(s, t, rt->name, rt->location);
		if (c && rt->n_indirection == 0)
			check_value(s, t, c, rt->val, rt->location);
	}
}

static void check_copy(struct seeder *s, const PgQuery__CopyStmt *cp)
{
	const struct table *t;

	if (!cp->relation)
		return;	/* COPY (query) TO */
	t = find_table(s, cp->relation);
	if (!t)
		return;
	for (size_t i = 0; i < cp->n_attlist; i++) {
		const Node *n = cp->attlist[i];
		if (n->node_case == PG_QUERY__NODE__NODE_STRING)
			find_column(s, t, n->string->sval, cp->relation->location);
	}
	if (cp->is_from && !cp->is_program && (!cp->filename || !*cp->filename))
		error_at(s, cp->relation->location,
			 "COPY ... FROM STDIN: schemac seed sends statements, not the data after them; use INSERT, or COPY FROM a file on the server");
}

int seed_check(struct arena *a, struct diags *d, const struct catalog *cat, const char *path,
	       const char *text)
{
	struct parser *p = parser_new(a, d, NULL);
	struct seeder s = { .a = a, .d = d, .cat = cat };
	struct stmt st;
	int before = d->nerrors;

	parser_add_text(p, path, text);
	while (parser_next(p, &st)) {
		if (!st.node)
			continue;
		s.st = &st;
		switch (st.node->node_case) {
		case PG_QUERY__NODE__NODE_INSERT_STMT:
			check_insert(&s, st.node->insert_stmt);
			break;
		case PG_QUERY__NODE__NODE_UPDATE_STMT:
			check_update(&s, st.node->update_stmt);
			break;
		case PG_QUERY__NODE__NODE_COPY_STMT:
			check_copy(&s, st.node->copy_stmt);
			break;
		default:
			break;
		}
	}
	parser_free(p);
	return d->nerrors - before;
}
