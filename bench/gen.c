/*
 * gen.c - synthetic PostgreSQL schemas for `make bench`.
 *
 *     bench/gen [--objects N | --mixed] TABLES SEED OUT.sql
 *     bench/gen [--objects N | --mixed] --mutate PERCENT SEED TABLES OUT.sql
 *
 * The first form writes a schema of TABLES tables to OUT.sql ("-" for stdout).
 * Each table has 5 to 12 columns of mixed types (a bigint identity or text id,
 * text, varchar(n), numeric(p,s), integer, bigint, timestamptz with defaults,
 * boolean, jsonb, enum), a primary key, check constraints, on most tables a
 * foreign key to an earlier table, some unique constraints, and 1 to 3 indexes
 * (plain, partial and expression ones). A few enum types come first.
 *
 * With --objects N, after the tables come: a BEFORE UPDATE trigger on about
 * one table in ten (one shared PL/pgSQL trigger function), row level security
 * with one or two policies on about one table in ten, then N views and N
 * functions, interleaved, each reading only what comes before it. Views: some
 * columns of a table with a WHERE, a join to the foreign key's parent, an
 * aggregate with GROUP BY, SELECT *, views over earlier views, views calling
 * an earlier function. Functions: LANGUAGE sql ones reading a table or a view,
 * LANGUAGE plpgsql ones with DECLARE, IF, UPDATE or INSERT ... RETURNING INTO;
 * a quarter SECURITY DEFINER with SET search_path. Columns and tables that
 * views and functions name are never dropped by --mutate.
 *
 * --mixed is the realistic mix: the same objects, one view per 25 tables and
 * one function per 50, row level security and policies on a fifth of the
 * tables (TABLES of at least 50).
 *
 * The second form builds the same schema as the first and then changes
 * PERCENT % of its tables before writing it: a column added, dropped or
 * widened, an index added or dropped, a check changed, a table dropped, a table
 * added. With --objects it then changes PERCENT % of the views and functions
 * too: a view's WHERE changed, a view gaining a column, a function's body or
 * return type changed, a policy changed, a view or function added or dropped.
 * Diffing the two files is the benchmark's workload.
 *
 * Output depends only on the arguments: a private generator (splitmix64) drives
 * every choice, and without --objects the output is what it was before that
 * option existed. Only these statement kinds are written: CREATE TYPE ... AS
 * ENUM, CREATE TABLE, CREATE INDEX, ALTER TABLE ... ADD CONSTRAINT and
 * COMMENT ON; with --objects also CREATE FUNCTION, CREATE TRIGGER, ALTER TABLE
 * ... ENABLE ROW LEVEL SECURITY, CREATE POLICY and CREATE VIEW. The output
 * loads into PostgreSQL 15 as is.
 *
 * Exit status: 0 on success, 2 on bad usage or a failed write.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COLS 16   /* 12 generated, plus one added by a mutation */
#define MAX_INDEXES 6 /* 3 generated, plus one added by a mutation */
#define NAME_LEN 64   /* PostgreSQL's NAMEDATALEN */

/* ---------------------------------------------------------------- random */

/* splitmix64: small, fast, and the same sequence on every platform. */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A number in [0, n); n > 0. The modulo bias is irrelevant here. */
static int rng_below(int n)
{
	return (int)(rng_next() % (uint64_t)n);
}

/* True with probability percent / 100. */
static bool rng_chance(int percent)
{
	return rng_below(100) < percent;
}

/* ----------------------------------------------------------------- model */

enum col_type {
	CT_BIGINT,
	CT_INTEGER,
	CT_TEXT,
	CT_VARCHAR,
	CT_NUMERIC,
	CT_TIMESTAMPTZ,
	CT_BOOLEAN,
	CT_JSONB,
	CT_ENUM,
	CT_COUNT
};

struct column {
	char name[NAME_LEN];
	enum col_type type;
	int len;          /* varchar(len); numeric precision */
	int scale;        /* numeric scale */
	int enum_id;      /* CT_ENUM: index into model.enums */
	bool not_null;
	bool has_default; /* the type's usual default (now(), 0, false, '{}', first label) */
	bool unique;      /* column-level UNIQUE */
	int check_bound;  /* > 0: a CHECK on the column, bounded by this */
	bool pinned;      /* named by a view or function: never dropped */
	bool dropped;
};

enum index_kind {
	IX_PLAIN,   /* (col) */
	IX_EXPR,    /* (lower(col)) on a text or varchar column */
	IX_PARTIAL, /* (col) WHERE a condition on where_col */
};

struct index {
	char name[NAME_LEN];
	enum index_kind kind;
	int col;
	int where_col; /* IX_PARTIAL */
	bool dropped;
};

struct table {
	char name[NAME_LEN];
	bool text_id;      /* id text DEFAULT gen_random_uuid()::text, else bigint identity */
	int parent;        /* table referenced by the foreign key column, or -1 */
	int fk_col;        /* the foreign key column, or -1 */
	bool fk_by_alter;  /* foreign key added by ALTER TABLE after CREATE TABLE */
	bool fk_cascade;   /* ON DELETE CASCADE, else SET NULL */
	int pair_unique;   /* column making UNIQUE (fk_col, it) with fk_col, or -1 */
	bool commented;    /* COMMENT ON TABLE, and on column created_at */
	int created_at;    /* the created_at column */
	int ncols;
	struct column cols[MAX_COLS];
	int nindexes;
	struct index indexes[MAX_INDEXES];
	bool trigger;      /* --objects: the keep_created_at trigger */
	bool trigger_when; /* ... with a WHEN clause */
	bool rls;          /* --objects: row level security and policies */
	int policy_days;   /* the number in the <table>_recent policy */
	bool pinned;       /* read by a view or function: never dropped */
	bool dropped;
};

struct enum_type {
	char name[NAME_LEN];
	int nlabels;
	const char *labels[8];
};

/*
 * Views and functions (--objects), in one list in creation order: each reads
 * only tables and objects that come before it, so writing the list in order
 * loads, and objects added by a mutation go at the end.
 */
enum object_shape {
	/* views */
	VS_FILTER,    /* some columns of a table, WHERE a condition */
	VS_JOIN,      /* a table joined to its foreign key's parent */
	VS_AGGREGATE, /* count, max, sum GROUP BY a column */
	VS_STAR,      /* SELECT * FROM a table WHERE ... */
	VS_OVER_VIEW, /* some columns (or *) of an earlier view */
	VS_CALL,      /* a table's rows with an earlier function called on each */
	/* functions */
	FS_COUNT,      /* sql: rows since a time */
	FS_TOTAL,      /* sql: sum of a number column since a time */
	FS_LOOKUP,     /* sql: a text column of one row */
	FS_VIEW_COUNT, /* sql: rows of an earlier view, capped */
	FS_UPDATE,     /* plpgsql: DECLARE, IF, UPDATE, GET DIAGNOSTICS */
	FS_COPY,       /* plpgsql: INSERT ... SELECT ... RETURNING INTO */
};

#define MAX_ITEMS (MAX_COLS + 2) /* a view's select list: a table's columns at most */

/* One column of a view's select list: expr [AS name]. */
struct item {
	char expr[2 * NAME_LEN]; /* "amount", "c.amount", "count(*)" */
	char name[NAME_LEN];     /* the view column's name */
	bool as;                 /* write AS name */
	int table, col;          /* the table column shown, or col -1 */
};

struct object {
	char name[NAME_LEN];
	enum object_shape shape;
	int table;     /* the table read, or -1 (VS_OVER_VIEW, FS_VIEW_COUNT) */
	int base;      /* the view read (VS_OVER_VIEW, FS_VIEW_COUNT) or function
			* called (VS_CALL), or -1 */
	int ncols;     /* functions: the table columns read or written */
	int cols[3];
	int nitems;    /* views: the select list; VS_STAR and a * over a view:
			* the columns * stood for when generated */
	struct item items[MAX_ITEMS];
	char cond[3 * NAME_LEN]; /* views: WHERE up to the value, or "" */
	const char *cond_end;    /* what follows the value: "" or " days'" */
	bool star;     /* views: SELECT * (VS_STAR, or * over a view) */
	int value;     /* the number in the WHERE clause or the body */
	bool alt_return; /* functions: the other return type (a mutation) */
	bool security_definer; /* with SET search_path */
	bool pinned;   /* read by a later object: never dropped */
	bool dropped;
};

struct model {
	int nenums;
	struct enum_type *enums;
	int ntables;
	int cap;
	struct table *tables;
	bool triggers;   /* some table has a trigger: write keep_created_at() */
	int nobjects;
	int objects_cap;
	struct object *objects;
	int next_object; /* numbers object names; never reused */
};

/* ----------------------------------------------------------------- words */

static const char *const table_words[] = {
	"account", "invoice", "payment", "customer", "product", "shipment",
	"ticket", "article", "booking", "contract", "device", "event",
	"feedback", "license", "message", "note", "coupon", "package",
	"payout", "plan", "refund", "report", "review", "session",
	"supplier", "task", "team", "vendor", "voucher", "warehouse",
};

static const char *const enum_words[] = {
	"lifecycle", "approval", "delivery", "billing", "priority", "visibility",
	"severity", "channel", "sync", "moderation",
};

static const char *const enum_labels[] = {
	"draft", "pending", "active", "paused", "archived", "cancelled",
	"completed", "failed",
};

/* Column names by type; indexes follow enum col_type. */
static const char *const text_words[] = {
	"name", "title", "description", "notes", "label", "slug", "email",
	"external_ref", "summary", "path", "locale", "headline",
};
static const char *const varchar_words[] = {
	"code", "sku", "currency", "phone", "country_code", "reference",
	"token", "handle",
};
static const char *const numeric_words[] = {
	"amount", "price", "balance", "tax_rate", "discount", "weight_kg",
	"unit_cost",
};
static const char *const int_words[] = {
	"quantity", "attempts", "revision", "priority", "views_count",
	"retries", "seats",
};
static const char *const time_words[] = {
	"starts_at", "ends_at", "published_at", "archived_at", "deleted_at",
	"expires_at", "processed_at",
};
static const char *const bool_words[] = {
	"is_active", "is_public", "is_verified", "is_enabled", "is_default",
};
static const char *const jsonb_words[] = {
	"metadata", "settings", "attributes", "payload",
};
static const char *const enum_col_words[] = {
	"status", "state", "stage", "phase",
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ------------------------------------------------------------- utilities */

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("gen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p)
		die("out of memory");
	return p;
}

/* snprintf into a NAME_LEN buffer; names never come near the limit. */
static void name_set(char *dst, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(dst, NAME_LEN, fmt, ap);
	va_end(ap);
	if (n < 0 || n >= NAME_LEN)
		die("identifier too long: %s", dst);
}

/* snprintf into a buffer of size bytes, which the text must fit. */
static void text_set(char *dst, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(dst, size, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= size)
		die("text too long: %s", dst);
}

/* Parses a whole non-negative decimal number, or dies naming what. */
static long parse_count(const char *s, const char *what, long max)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 0 || v > max)
		die("%s must be a number from 0 to %ld, not '%s'", what, max, s);
	return v;
}

/* --------------------------------------------------------------- columns */

static bool table_has_column(const struct table *t, const char *name)
{
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0)
			return true;
	return false;
}

/* A column name from words not used in t yet: "amount", then "amount_2". */
static void column_name(const struct table *t, char *dst,
			const char *const *words, int nwords)
{
	const char *w = words[rng_below(nwords)];

	name_set(dst, "%s", w);
	for (int k = 2; table_has_column(t, dst); k++)
		name_set(dst, "%s_%d", w, k);
}

static bool type_is_texty(enum col_type ty)
{
	return ty == CT_TEXT || ty == CT_VARCHAR;
}

static bool type_is_numeric(enum col_type ty)
{
	return ty == CT_NUMERIC || ty == CT_INTEGER || ty == CT_BIGINT;
}

/* A bound for a check on a column of type ty. */
static int check_bound_for(const struct column *c)
{
	if (c->type == CT_VARCHAR)
		return c->len;
	if (type_is_texty(c->type))
		return 100 * (1 + rng_below(20));
	return 1000 * (1 + rng_below(1000));
}

/* Appends a random ordinary column (not id, not the foreign key) to t. */
static void add_random_column(struct model *m, struct table *t)
{
	struct column *c = &t->cols[t->ncols];
	enum col_type ty;

	memset(c, 0, sizeof *c);
	/* Weighted: text-like columns are the most common in real schemas. */
	static const enum col_type weighted[] = {
		CT_TEXT, CT_TEXT, CT_TEXT, CT_VARCHAR, CT_VARCHAR, CT_NUMERIC,
		CT_NUMERIC, CT_INTEGER, CT_BIGINT, CT_TIMESTAMPTZ,
		CT_TIMESTAMPTZ, CT_BOOLEAN, CT_JSONB, CT_ENUM,
	};
	ty = weighted[rng_below(COUNT(weighted))];
	c->type = ty;
	switch (ty) {
	case CT_TEXT:
		column_name(t, c->name, text_words, COUNT(text_words));
		c->not_null = rng_chance(50);
		c->unique = rng_chance(10);
		break;
	case CT_VARCHAR:
		column_name(t, c->name, varchar_words, COUNT(varchar_words));
		c->len = 8 << rng_below(6); /* 8 .. 256 */
		c->not_null = rng_chance(40);
		c->unique = rng_chance(20);
		break;
	case CT_NUMERIC:
		column_name(t, c->name, numeric_words, COUNT(numeric_words));
		c->len = 10 + rng_below(9);
		c->scale = 2 + rng_below(3);
		c->not_null = rng_chance(60);
		c->has_default = c->not_null;
		break;
	case CT_INTEGER:
	case CT_BIGINT:
		column_name(t, c->name, int_words, COUNT(int_words));
		c->not_null = rng_chance(70);
		c->has_default = c->not_null;
		break;
	case CT_TIMESTAMPTZ:
		column_name(t, c->name, time_words, COUNT(time_words));
		c->has_default = rng_chance(30);
		c->not_null = c->has_default && rng_chance(50);
		break;
	case CT_BOOLEAN:
		column_name(t, c->name, bool_words, COUNT(bool_words));
		c->not_null = true;
		c->has_default = true;
		break;
	case CT_JSONB:
		column_name(t, c->name, jsonb_words, COUNT(jsonb_words));
		c->not_null = rng_chance(70);
		c->has_default = c->not_null;
		break;
	case CT_ENUM:
		column_name(t, c->name, enum_col_words, COUNT(enum_col_words));
		c->enum_id = rng_below(m->nenums);
		c->not_null = true;
		c->has_default = true;
		break;
	case CT_COUNT:
		break;
	}
	if ((type_is_texty(ty) || type_is_numeric(ty)) && rng_chance(35))
		c->check_bound = check_bound_for(c);
	t->ncols++;
}

/* ------------------------------------------------------------ indexes */

static bool table_has_index(const struct table *t, const char *name)
{
	for (int i = 0; i < t->nindexes; i++)
		if (strcmp(t->indexes[i].name, name) == 0)
			return true;
	return false;
}

/*
 * Adds an index of the given kind on column col of t, unless t has that very
 * index already. Names are "<table>_<col>_idx", "<table>_lower_<col>_idx" and
 * "<table>_<col>_<where>_idx", with a number appended if taken.
 */
static void add_index(struct table *t, enum index_kind kind, int col, int where_col)
{
	struct index *ix = &t->indexes[t->nindexes];
	char base[NAME_LEN];

	if (t->nindexes == MAX_INDEXES)
		return;
	for (int i = 0; i < t->nindexes; i++) {
		const struct index *o = &t->indexes[i];

		if (!o->dropped && o->kind == kind && o->col == col &&
		    o->where_col == where_col)
			return; /* the same index again */
	}
	memset(ix, 0, sizeof *ix);
	ix->kind = kind;
	ix->col = col;
	ix->where_col = where_col;
	if (kind == IX_EXPR)
		name_set(base, "%s_lower_%s", t->name, t->cols[col].name);
	else if (kind == IX_PARTIAL)
		name_set(base, "%s_%s_%s", t->name, t->cols[col].name,
			 t->cols[where_col].name);
	else
		name_set(base, "%s_%s", t->name, t->cols[col].name);
	name_set(ix->name, "%s_idx", base);
	for (int k = 2; table_has_index(t, ix->name); k++)
		name_set(ix->name, "%s_idx%d", base, k);
	t->nindexes++;
}

/* A live column of t satisfying ok, chosen at random, or -1. */
static int pick_column(const struct table *t, bool (*ok)(const struct table *, int))
{
	int found[MAX_COLS], n = 0;

	for (int i = 0; i < t->ncols; i++)
		if (!t->cols[i].dropped && ok(t, i))
			found[n++] = i;
	return n ? found[rng_below(n)] : -1;
}

/* Ordinary columns: not id, not the foreign key, not created_at. */
static bool col_ordinary(const struct table *t, int i)
{
	return i != 0 && i != t->fk_col && i != t->created_at;
}

static bool col_indexable(const struct table *t, int i)
{
	return col_ordinary(t, i) && t->cols[i].type != CT_JSONB &&
	       t->cols[i].type != CT_BOOLEAN;
}

static bool col_texty(const struct table *t, int i)
{
	return col_ordinary(t, i) && type_is_texty(t->cols[i].type);
}

/* Columns that make a sensible partial index condition. */
static bool col_condition(const struct table *t, int i)
{
	enum col_type ty = t->cols[i].type;

	return col_ordinary(t, i) &&
	       (ty == CT_BOOLEAN || ty == CT_ENUM ||
		(ty == CT_TIMESTAMPTZ && !t->cols[i].not_null));
}

/* Adds one random non-foreign-key index to t, if t has a column for it. */
static void add_random_index(struct table *t)
{
	int r = rng_below(3), col, where;

	if (r == 1 && (col = pick_column(t, col_texty)) >= 0) {
		add_index(t, IX_EXPR, col, -1);
		return;
	}
	if (r == 2 && (where = pick_column(t, col_condition)) >= 0) {
		col = pick_column(t, col_indexable);
		add_index(t, IX_PARTIAL, col >= 0 ? col : 0, where);
		return;
	}
	if ((col = pick_column(t, col_indexable)) >= 0)
		add_index(t, IX_PLAIN, col, -1);
}

/* --------------------------------------------------------------- tables */

static struct table *model_new_table(struct model *m)
{
	if (m->ntables == m->cap) {
		struct table *bigger;

		m->cap = m->cap ? 2 * m->cap : 64;
		bigger = realloc(m->tables, (size_t)m->cap * sizeof *bigger);
		if (!bigger)
			die("out of memory");
		m->tables = bigger;
	}
	struct table *t = &m->tables[m->ntables];
	memset(t, 0, sizeof *t);
	name_set(t->name, "%s_%d", table_words[rng_below(COUNT(table_words))],
		 m->ntables + 1);
	t->parent = t->fk_col = t->pair_unique = -1;
	m->ntables++;
	return t;
}

/* A random live table among the first `before`, or -1. */
static int pick_parent(const struct model *m, int before)
{
	for (int tries = 0; before > 0 && tries < 8; tries++) {
		int p = rng_below(before);

		if (!m->tables[p].dropped)
			return p;
	}
	return -1;
}

/* Generates table number m->ntables, with a foreign key to an earlier one. */
static void generate_table(struct model *m)
{
	int self = m->ntables;
	struct table *t = model_new_table(m);
	struct column *c;
	int ncols = 5 + rng_below(8); /* 5 .. 12 in all */
	int parent = rng_chance(85) ? pick_parent(m, self) : -1;

	t->text_id = rng_chance(50);
	t->commented = rng_chance(20);

	c = &t->cols[t->ncols++];
	name_set(c->name, "id");
	c->type = t->text_id ? CT_TEXT : CT_BIGINT;

	if (parent >= 0) {
		const struct table *p = &m->tables[parent];

		t->parent = parent;
		t->fk_col = t->ncols;
		t->fk_by_alter = rng_chance(15);
		c = &t->cols[t->ncols++];
		/* "account_17" is referenced by a column "account_id". */
		name_set(c->name, "%.*s_id", (int)strcspn(p->name, "_"), p->name);
		c->type = p->text_id ? CT_TEXT : CT_BIGINT;
		c->not_null = rng_chance(70);
		t->fk_cascade = c->not_null;
	}

	while (t->ncols < ncols - 1)
		add_random_column(m, t);

	t->created_at = t->ncols;
	c = &t->cols[t->ncols++];
	name_set(c->name, "created_at");
	c->type = CT_TIMESTAMPTZ;
	c->not_null = true;
	c->has_default = true;

	/* At least one check per table where a column allows one. */
	bool any_check = false;
	for (int i = 0; i < t->ncols; i++)
		any_check |= t->cols[i].check_bound > 0;
	if (!any_check) {
		for (int i = 1; i < t->ncols; i++) {
			struct column *k = &t->cols[i];

			if (col_ordinary(t, i) &&
			    (type_is_texty(k->type) || type_is_numeric(k->type))) {
				k->check_bound = check_bound_for(k);
				break;
			}
		}
	}

	if (t->fk_col >= 0 && rng_chance(25)) {
		int other = pick_column(t, col_texty);

		if (other >= 0)
			t->pair_unique = other;
	}

	/* 1 to 3 indexes: the foreign key's, then random ones. */
	int want = 1 + rng_below(3);
	if (t->fk_col >= 0)
		add_index(t, IX_PLAIN, t->fk_col, -1);
	for (int tries = 0; t->nindexes < want && tries < 6; tries++)
		add_random_index(t);
	if (t->nindexes == 0)
		add_index(t, IX_PLAIN, t->created_at, -1);
}

static void generate_enums(struct model *m, int ntables)
{
	m->nenums = 4 + ntables / 500;
	m->enums = xcalloc((size_t)m->nenums, sizeof *m->enums);
	for (int i = 0; i < m->nenums; i++) {
		struct enum_type *e = &m->enums[i];
		int first = rng_below(COUNT(enum_labels) - 3);

		if (i < COUNT(enum_words))
			name_set(e->name, "%s_state", enum_words[i]);
		else
			name_set(e->name, "%s_state_%d",
				 enum_words[i % COUNT(enum_words)], i / COUNT(enum_words) + 1);
		e->nlabels = 3 + rng_below(COUNT(enum_labels) - first - 2);
		for (int k = 0; k < e->nlabels; k++)
			e->labels[k] = enum_labels[first + k];
	}
}

static void model_generate(struct model *m, int ntables, uint64_t seed)
{
	rng_state = seed;
	generate_enums(m, ntables);
	for (int i = 0; i < ntables; i++)
		generate_table(m);
}

static void model_release(struct model *m)
{
	free(m->enums);
	free(m->tables);
	free(m->objects);
	memset(m, 0, sizeof *m);
}

/* -------------------------------------------------------------- objects */

/* The word a table's name starts with: "account" for "account_17". */
static int table_word_len(const struct table *t)
{
	return (int)strcspn(t->name, "_");
}

static const char *id_type(const struct table *t)
{
	return t->text_id ? "text" : "bigint";
}

/* A random live table, or -1 when there is none. */
static int pick_table(const struct model *m)
{
	for (int tries = 0; m->ntables > 0 && tries < 16; tries++) {
		int ti = rng_below(m->ntables);

		if (!m->tables[ti].dropped)
			return ti;
	}
	return -1;
}

/* A random live object among the first `before` satisfying ok, or -1. */
static int pick_object(const struct model *m, int before,
		       bool (*ok)(const struct object *))
{
	for (int tries = 0; before > 0 && tries < 16; tries++) {
		int oi = rng_below(before);

		if (!m->objects[oi].dropped && ok(&m->objects[oi]))
			return oi;
	}
	return -1;
}

static bool object_is_view(const struct object *o)
{
	return o->shape <= VS_CALL;
}

/* Functions that take (p_since timestamptz), which VS_CALL views call. */
static bool object_takes_time(const struct object *o)
{
	return o->shape == FS_COUNT || o->shape == FS_TOTAL;
}

static bool col_live_ordinary(const struct table *t, int i)
{
	return col_ordinary(t, i) && !t->cols[i].dropped;
}

static bool col_number(const struct table *t, int i)
{
	return col_ordinary(t, i) && type_is_numeric(t->cols[i].type);
}

static bool col_copyable(const struct table *t, int i)
{
	return col_ordinary(t, i) && !t->cols[i].unique;
}

static bool col_groupable(const struct table *t, int i)
{
	enum col_type ty = t->cols[i].type;

	return col_ordinary(t, i) && (ty == CT_ENUM || ty == CT_BOOLEAN);
}

static bool object_has_item(const struct object *o, const char *name)
{
	for (int i = 0; i < o->nitems; i++)
		if (strcmp(o->items[i].name, name) == 0)
			return true;
	return false;
}

/*
 * Appends expr AS name to the select list of view o; the column (ti, ci) it
 * shows, if any, is pinned. False when the list is full or has the name.
 */
static bool add_item(struct model *m, struct object *o, int ti, int ci,
		     const char *name, const char *expr)
{
	struct item *it = &o->items[o->nitems];

	if (o->nitems == MAX_ITEMS || object_has_item(o, name))
		return false;
	memset(it, 0, sizeof *it);
	text_set(it->expr, sizeof it->expr, "%s", expr);
	name_set(it->name, "%s", name);
	/* "amount" and "c.amount" need no AS amount. */
	const char *dot = strchr(expr, '.');
	it->as = strcmp(dot ? dot + 1 : expr, name) != 0;
	it->table = ti;
	it->col = ci;
	if (ti >= 0 && ci >= 0)
		m->tables[ti].cols[ci].pinned = true;
	o->nitems++;
	return true;
}

/* Appends column ci of table ti, written alias.column (alias "" for none). */
static bool add_column_item(struct model *m, struct object *o, int ti, int ci,
			    const char *alias)
{
	char expr[2 * NAME_LEN];
	const char *name = m->tables[ti].cols[ci].name;

	text_set(expr, sizeof expr, "%s%s%s", alias, *alias ? "." : "", name);
	return add_item(m, o, ti, ci, name, expr);
}

/* Appends up to n random live ordinary columns of table ti. */
static void add_random_items(struct model *m, struct object *o, int ti,
			     const char *alias, int n)
{
	for (int tries = 0; n > 0 && tries < 3 * n; tries++) {
		int ci = pick_column(&m->tables[ti], col_live_ordinary);

		if (ci < 0)
			return;
		if (add_column_item(m, o, ti, ci, alias))
			n--;
	}
}

/* Sets a time condition, "created_at > now() - interval '<value> days'". */
static void set_time_cond(struct object *o, const char *prefix, const char *column)
{
	text_set(o->cond, sizeof o->cond, "%s%s > now() - interval '", prefix, column);
	o->cond_end = " days'";
	o->value = 7 + rng_below(360);
}

/*
 * Sets the WHERE clause of a view over table ti: a number column above a
 * bound, or a boolean, enum or nullable time column's condition together with
 * a time window, or the time window alone. alias is "" or "c.".
 */
static void set_table_cond(struct model *m, struct object *o, int ti, const char *alias)
{
	struct table *t = &m->tables[ti];
	char prefix[2 * NAME_LEN];
	int ci;

	if (rng_chance(35) && (ci = pick_column(t, col_number)) >= 0 &&
	    !t->cols[ci].dropped) {
		t->cols[ci].pinned = true;
		text_set(o->cond, sizeof o->cond, "%s%s > ", alias, t->cols[ci].name);
		o->cond_end = "";
		o->value = 10 * (1 + rng_below(500));
		return;
	}
	prefix[0] = '\0';
	if (rng_chance(60) && (ci = pick_column(t, col_condition)) >= 0 &&
	    !t->cols[ci].dropped) {
		const struct column *c = &t->cols[ci];

		t->cols[ci].pinned = true;
		if (c->type == CT_BOOLEAN)
			text_set(prefix, sizeof prefix, "%s%s AND ", alias, c->name);
		else if (c->type == CT_ENUM)
			text_set(prefix, sizeof prefix, "%s%s = '%s' AND ", alias,
				 c->name, m->enums[c->enum_id].labels[1]);
		else
			text_set(prefix, sizeof prefix, "%s%s IS NULL AND ", alias, c->name);
	}
	text_set(prefix + strlen(prefix), sizeof prefix - strlen(prefix), "%s", alias);
	set_time_cond(o, prefix, "created_at");
}

/* VS_JOIN: false when table ti has no (live) parent. */
static bool generate_join(struct model *m, struct object *o, int ti)
{
	const struct table *t = &m->tables[ti];
	int pi = t->parent, pw;
	char name[NAME_LEN], expr[2 * NAME_LEN];

	if (pi < 0 || m->tables[pi].dropped)
		return false;
	pw = table_word_len(&m->tables[pi]);
	m->tables[pi].pinned = true;
	add_column_item(m, o, ti, 0, "c");
	add_column_item(m, o, ti, t->fk_col, "c");
	add_random_items(m, o, ti, "c", 1 + rng_below(2));
	for (int k = 1 + rng_below(2); k > 0; k--) {
		int ci = pick_column(&m->tables[pi], col_live_ordinary);

		if (ci < 0)
			break;
		name_set(name, "%.*s_%s", pw, m->tables[pi].name,
			 m->tables[pi].cols[ci].name);
		text_set(expr, sizeof expr, "p.%s", m->tables[pi].cols[ci].name);
		add_item(m, o, pi, ci, name, expr);
	}
	if (rng_chance(70))
		set_table_cond(m, o, ti, "c.");
	return true;
}

/* VS_AGGREGATE: false when table ti has nothing to group by. */
static bool generate_aggregate(struct model *m, struct object *o, int ti)
{
	struct table *t = &m->tables[ti];
	int g = t->fk_col, ci;
	char name[NAME_LEN], expr[2 * NAME_LEN];

	if (g < 0 && (g = pick_column(t, col_groupable)) < 0)
		return false;
	if (t->cols[g].dropped)
		return false;
	add_column_item(m, o, ti, g, "c");
	add_item(m, o, -1, -1, "row_count", "count(*)");
	add_item(m, o, -1, -1, "last_created_at", "max(c.created_at)");
	if ((ci = pick_column(t, col_number)) >= 0 && !t->cols[ci].dropped) {
		name_set(name, "total_%s", t->cols[ci].name);
		text_set(expr, sizeof expr, "sum(c.%s)", t->cols[ci].name);
		add_item(m, o, ti, ci, name, expr);
	}
	if (rng_chance(60))
		set_time_cond(o, "c.", "created_at");
	return true;
}

/* VS_STAR: the items record the columns * stands for, unpinned. */
static void generate_star(struct model *m, struct object *o, int ti)
{
	struct table *t = &m->tables[ti];

	o->star = true;
	for (int ci = 0; ci < t->ncols; ci++)
		if (!t->cols[ci].dropped) {
			bool pinned = t->cols[ci].pinned;

			add_column_item(m, o, ti, ci, "");
			t->cols[ci].pinned = pinned;
		}
	set_time_cond(o, "", "created_at");
}

/* Whether item it of a view still shows something in the current model. */
static bool item_live(const struct model *m, const struct item *it)
{
	return it->col < 0 || !m->tables[it->table].cols[it->col].dropped;
}

/* Appends base's item bi to o, pinning the column it shows. */
static bool add_base_item(struct model *m, struct object *o, const struct item *bi)
{
	if (!item_live(m, bi))
		return false;
	return add_item(m, o, bi->table, bi->col, bi->name, bi->name);
}

/* VS_OVER_VIEW: false when there is no earlier view. */
static bool generate_over_view(struct model *m, struct object *o, int before)
{
	int bi = pick_object(m, before, object_is_view);
	struct object *b;

	if (bi < 0)
		return false;
	b = &m->objects[bi];
	b->pinned = true;
	o->base = bi;
	if (rng_chance(20)) {
		/* SELECT * FROM base: remember its columns, pin nothing. */
		o->star = true;
		o->nitems = b->nitems;
		memcpy(o->items, b->items, sizeof o->items);
		o->cond[0] = '\0';
		return true;
	}
	for (int k = 0; k < b->nitems; k++)
		if (k == 0 || rng_chance(60))
			add_base_item(m, o, &b->items[k]);
	if (o->nitems == 0)
		return false;
	if (object_has_item(o, "created_at"))
		set_time_cond(o, "", "created_at");
	else if (object_has_item(o, "last_created_at"))
		set_time_cond(o, "", "last_created_at");
	else if (object_has_item(o, "row_count")) {
		text_set(o->cond, sizeof o->cond, "row_count > ");
		o->cond_end = "";
		o->value = 1 + rng_below(100);
	}
	return true;
}

/* VS_CALL: false when there is no earlier function taking a time. */
static bool generate_call(struct model *m, struct object *o, int ti, int before)
{
	int fi = pick_object(m, before, object_takes_time);
	char expr[2 * NAME_LEN];

	if (fi < 0)
		return false;
	m->objects[fi].pinned = true;
	o->base = fi;
	add_column_item(m, o, ti, 0, "");
	add_column_item(m, o, ti, m->tables[ti].created_at, "");
	text_set(expr, sizeof expr, "%s(created_at)", m->objects[fi].name);
	add_item(m, o, -1, -1, m->objects[fi].name, expr);
	set_time_cond(o, "", "created_at");
	return true;
}

static const char *const view_words[] = {
	"active", "detail", "stats", "recent", "digest", "report",
};
static const char *const function_words[] = {
	"count", "total", "lookup", "capped_count", "touch", "copy",
};

/* Names object o after its shape, its table's word and a unique number. */
static void object_name(struct model *m, struct object *o)
{
	const struct table *t = o->table >= 0 ? &m->tables[o->table] : NULL;
	const char *word = "view";
	int len = 4;

	if (t) {
		word = t->name;
		len = table_word_len(t);
	} else if (o->base >= 0) {
		word = m->objects[o->base].name;
		len = (int)strcspn(word, "_");
	}
	m->next_object++;
	if (object_is_view(o))
		name_set(o->name, "%.*s_%s_%d", len, word, view_words[o->shape],
			 m->next_object);
	else
		name_set(o->name, "%s_%.*s_%d", function_words[o->shape - FS_COUNT],
			 len, word, m->next_object);
}

/* Fills view o; false when the shape does not apply to the table picked. */
static bool generate_view(struct model *m, struct object *o, int ti, int before)
{
	int r = rng_below(100);

	o->shape = r < 30 ? VS_FILTER : r < 50 ? VS_JOIN : r < 68 ? VS_AGGREGATE :
		   r < 76 ? VS_STAR : r < 90 ? VS_OVER_VIEW : VS_CALL;
	switch (o->shape) {
	case VS_FILTER:
		add_column_item(m, o, ti, 0, "");
		add_random_items(m, o, ti, "", 2 + rng_below(3));
		add_column_item(m, o, ti, m->tables[ti].created_at, "");
		if (rng_chance(85))
			set_table_cond(m, o, ti, "");
		return true;
	case VS_JOIN:
		return generate_join(m, o, ti);
	case VS_AGGREGATE:
		return generate_aggregate(m, o, ti);
	case VS_STAR:
		generate_star(m, o, ti);
		return true;
	case VS_OVER_VIEW:
		o->table = -1;
		return generate_over_view(m, o, before);
	case VS_CALL:
		return generate_call(m, o, ti, before);
	default:
		return false;
	}
}

/* Fills function o; false when the shape does not apply to the table picked. */
static bool generate_function(struct model *m, struct object *o, int ti, int before)
{
	struct table *t = &m->tables[ti];
	int r = rng_below(100), ci;

	o->shape = r < 18 ? FS_COUNT : r < 30 ? FS_TOTAL : r < 42 ? FS_LOOKUP :
		   r < 50 ? FS_VIEW_COUNT : r < 78 ? FS_UPDATE : FS_COPY;
	o->security_definer = rng_chance(25);
	o->value = 1 + rng_below(100);
	switch (o->shape) {
	case FS_COUNT:
		return true;
	case FS_TOTAL:
		ci = pick_column(t, col_number);
		break;
	case FS_LOOKUP:
		ci = pick_column(t, col_texty);
		break;
	case FS_VIEW_COUNT:
		o->table = -1;
		o->base = pick_object(m, before, object_is_view);
		if (o->base < 0)
			return false;
		m->objects[o->base].pinned = true;
		return true;
	case FS_UPDATE:
		ci = pick_column(t, col_ordinary);
		break;
	case FS_COPY:
		for (int k = 0; k < 3; k++) {
			ci = pick_column(t, col_copyable);
			if (ci < 0 || t->cols[ci].dropped)
				break;
			bool seen = false;
			for (int j = 0; j < o->ncols; j++)
				seen |= o->cols[j] == ci;
			if (!seen) {
				o->cols[o->ncols++] = ci;
				t->cols[ci].pinned = true;
			}
		}
		return o->ncols > 0;
	default:
		return false;
	}
	if (ci < 0 || t->cols[ci].dropped)
		return false;
	o->cols[o->ncols++] = ci;
	t->cols[ci].pinned = true;
	return true;
}

/*
 * Appends a view or function, reading only live tables and objects before
 * it; a shape that does not fit the table picked falls back to a VS_FILTER
 * view or an FS_COUNT function, which always do.
 */
static void generate_object(struct model *m, bool view)
{
	struct object *o;
	int before = m->nobjects, ti = pick_table(m);
	bool ok;

	if (ti < 0)
		die("no table left for a view or function");
	if (m->nobjects == m->objects_cap) {
		struct object *bigger;

		m->objects_cap = m->objects_cap ? 2 * m->objects_cap : 64;
		bigger = realloc(m->objects, (size_t)m->objects_cap * sizeof *bigger);
		if (!bigger)
			die("out of memory");
		m->objects = bigger;
	}
	o = &m->objects[m->nobjects];
	memset(o, 0, sizeof *o);
	o->table = ti;
	o->base = -1;
	ok = view ? generate_view(m, o, ti, before) : generate_function(m, o, ti, before);
	if (!ok) {
		memset(o, 0, sizeof *o);
		o->table = ti;
		o->base = -1;
		if (view) {
			o->shape = VS_FILTER;
			add_column_item(m, o, ti, 0, "");
			add_column_item(m, o, ti, m->tables[ti].created_at, "");
			set_time_cond(o, "", "created_at");
		} else {
			o->shape = FS_COUNT;
			o->value = 1 + rng_below(100);
		}
	}
	if (o->table >= 0)
		m->tables[o->table].pinned = true;
	object_name(m, o);
	m->nobjects++;
}

/*
 * --objects N: a trigger on about one table in ten, row level security with
 * policies on about one in ten (rls_percent), then N views and N functions
 * (nviews, nfunctions), interleaved. --mixed: a view per 25 tables, a
 * function per 50, policies on a fifth of the tables.
 */
static void model_generate_objects(struct model *m, int nviews, int nfunctions, int rls_percent)
{
	for (int i = 0; i < m->ntables; i++) {
		struct table *t = &m->tables[i];

		t->trigger = rng_chance(10);
		t->trigger_when = t->trigger && rng_chance(50);
		m->triggers |= t->trigger;
		t->rls = rng_chance(rls_percent);
		t->policy_days = 30 + rng_below(335);
	}
	for (int views = nviews, functions = nfunctions; views + functions > 0;) {
		bool view = functions == 0 || (views > 0 && rng_chance(50));

		generate_object(m, view);
		if (view)
			views--;
		else
			functions--;
	}
}

/* ------------------------------------------------------------- mutation */

enum mutation {
	MU_ADD_COLUMN,
	MU_DROP_COLUMN,
	MU_WIDEN_COLUMN,
	MU_ADD_INDEX,
	MU_DROP_INDEX,
	MU_CHANGE_CHECK,
	MU_DROP_TABLE,
	MU_ADD_TABLE,
};

/* Relative weights of the mutations, in enum mutation order. */
static const int mutation_weights[] = { 20, 14, 14, 12, 10, 14, 8, 8 };

static bool col_droppable(const struct table *t, int i)
{
	return col_ordinary(t, i) && !t->cols[i].pinned;
}

static bool col_widenable(const struct table *t, int i)
{
	enum col_type ty = t->cols[i].type;

	return col_ordinary(t, i) &&
	       (ty == CT_VARCHAR || ty == CT_INTEGER || ty == CT_NUMERIC);
}

static bool col_checked(const struct table *t, int i)
{
	return col_ordinary(t, i) && t->cols[i].check_bound > 0;
}

static bool col_checkable(const struct table *t, int i)
{
	enum col_type ty = t->cols[i].type;

	return col_ordinary(t, i) && (type_is_texty(ty) || type_is_numeric(ty));
}

static bool table_is_referenced(const struct model *m, int ti)
{
	for (int i = 0; i < m->ntables; i++)
		if (!m->tables[i].dropped && m->tables[i].parent == ti)
			return true;
	return false;
}

/* Drops column ci of t with what depends on it, as DROP COLUMN would. */
static void drop_column(struct table *t, int ci)
{
	t->cols[ci].dropped = true;
	if (t->pair_unique == ci)
		t->pair_unique = -1;
	for (int i = 0; i < t->nindexes; i++)
		if (t->indexes[i].col == ci || t->indexes[i].where_col == ci)
			t->indexes[i].dropped = true;
}

/* varchar(n) doubles up to 1024, then becomes text; integer becomes bigint;
 * numeric(p,s) gains 4 digits of precision. */
static void widen_column(struct column *c)
{
	if (c->type == CT_VARCHAR) {
		if (c->len >= 1024)
			c->type = CT_TEXT;
		else
			c->len *= 2;
	} else if (c->type == CT_INTEGER) {
		c->type = CT_BIGINT;
	} else if (c->type == CT_NUMERIC) {
		c->len += 4;
	}
}

/* Applies mutation mu to table ti; false when it does not apply there. */
static bool apply_mutation(struct model *m, int ti, enum mutation mu)
{
	struct table *t = &m->tables[ti];
	int ci, before;

	switch (mu) {
	case MU_ADD_COLUMN:
		if (t->ncols == MAX_COLS)
			return false;
		add_random_column(m, t);
		t->cols[t->ncols - 1].not_null = false; /* as ADD COLUMN would be, mostly */
		return true;
	case MU_DROP_COLUMN:
		if ((ci = pick_column(t, col_droppable)) < 0)
			return false;
		drop_column(t, ci);
		return true;
	case MU_WIDEN_COLUMN:
		if ((ci = pick_column(t, col_widenable)) < 0)
			return false;
		widen_column(&t->cols[ci]);
		return true;
	case MU_ADD_INDEX:
		before = t->nindexes;
		add_random_index(t);
		return t->nindexes > before;
	case MU_DROP_INDEX:
		for (int i = t->nindexes - 1; i >= 0; i--) {
			struct index *ix = &t->indexes[i];

			if (!ix->dropped && ix->col != t->fk_col) {
				ix->dropped = true;
				return true;
			}
		}
		return false;
	case MU_CHANGE_CHECK:
		if ((ci = pick_column(t, col_checked)) >= 0) {
			struct column *c = &t->cols[ci];

			c->check_bound = c->type == CT_VARCHAR && c->check_bound > 1
				? c->check_bound / 2 : c->check_bound * 2;
			return true;
		}
		if ((ci = pick_column(t, col_checkable)) < 0)
			return false;
		t->cols[ci].check_bound = check_bound_for(&t->cols[ci]);
		return true;
	case MU_DROP_TABLE:
		if (t->pinned || table_is_referenced(m, ti))
			return false;
		t->dropped = true;
		return true;
	case MU_ADD_TABLE:
		generate_table(m); /* may move m->tables: t is stale now */
		return true;
	}
	return false;
}

static enum mutation pick_mutation(void)
{
	int total = 0, r;

	for (int i = 0; i < COUNT(mutation_weights); i++)
		total += mutation_weights[i];
	r = rng_below(total);
	for (int i = 0; i < COUNT(mutation_weights); i++) {
		if (r < mutation_weights[i])
			return (enum mutation)i;
		r -= mutation_weights[i];
	}
	return MU_ADD_COLUMN;
}

/*
 * Changes percent % of the tables of m (at least one when percent > 0). Each
 * chosen table gets one mutation; one that does not apply to it falls back to
 * adding a column, which always does.
 */
static void model_mutate(struct model *m, int percent, uint64_t seed)
{
	int n = m->ntables;
	int nchanges = (int)(((long)n * percent + 50) / 100);
	int *order = xcalloc((size_t)n + 1, sizeof *order);

	if (percent > 0 && nchanges == 0)
		nchanges = 1;
	if (nchanges > n)
		nchanges = n;
	rng_state = seed ^ 0x6d75746174696f6eULL; /* "mutation" */
	for (int i = 0; i < n; i++)
		order[i] = i;
	/* The first nchanges entries of a Fisher-Yates shuffle. */
	for (int i = 0; i < nchanges; i++) {
		int j = i + rng_below(n - i), tmp = order[i];

		order[i] = order[j];
		order[j] = tmp;
	}
	for (int i = 0; i < nchanges; i++) {
		if (!apply_mutation(m, order[i], pick_mutation()))
			apply_mutation(m, order[i], MU_ADD_COLUMN);
	}
	free(order);
}

enum object_mutation {
	OM_VIEW_WHERE,      /* the number in a view's WHERE clause changed */
	OM_VIEW_COLUMN,     /* a view gains a column at the end */
	OM_FUNCTION_BODY,   /* the number in a function's body changed */
	OM_FUNCTION_RETURN, /* a function's return type changed */
	OM_POLICY,          /* a policy's condition changed */
	OM_ADD,             /* a view or function added */
	OM_DROP,            /* a view or function nothing reads dropped */
};

/* Relative weights of the object mutations, in enum object_mutation order. */
static const int object_mutation_weights[] = { 18, 16, 18, 12, 8, 14, 14 };

/* A view gains a column; false when it has none to gain. */
static bool view_add_column(struct model *m, struct object *o)
{
	if (o->star)
		return false;
	switch (o->shape) {
	case VS_FILTER:
	case VS_JOIN:
	case VS_CALL:
		for (int tries = 0; tries < 8; tries++) {
			int ci = pick_column(&m->tables[o->table], col_live_ordinary);

			if (ci >= 0 && add_column_item(m, o, o->table, ci,
						       o->shape == VS_JOIN ? "c" : ""))
				return true;
		}
		return false;
	case VS_AGGREGATE:
		return add_item(m, o, -1, -1, "first_created_at", "min(c.created_at)");
	case VS_OVER_VIEW:
		for (int k = 0; k < m->objects[o->base].nitems; k++)
			if (add_base_item(m, o, &m->objects[o->base].items[k]))
				return true;
		return false;
	default:
		return false;
	}
}

/* Applies mutation mu to object oi; false when it does not apply there. */
static bool apply_object_mutation(struct model *m, int oi, enum object_mutation mu)
{
	struct object *o = &m->objects[oi];
	bool view = object_is_view(o);

	switch (mu) {
	case OM_VIEW_WHERE:
		if (!view || o->cond[0] == '\0')
			return false;
		o->value = 2 * o->value + 1;
		return true;
	case OM_VIEW_COLUMN:
		return view && view_add_column(m, o);
	case OM_FUNCTION_BODY:
		if (view)
			return false;
		o->value = 2 * o->value + 1;
		return true;
	case OM_FUNCTION_RETURN:
		if (view)
			return false;
		o->alt_return = !o->alt_return;
		return true;
	case OM_POLICY:
		for (int tries = 0; tries < 64; tries++) {
			struct table *t = &m->tables[rng_below(m->ntables)];

			if (t->rls && !t->dropped) {
				t->policy_days = 2 * t->policy_days + 1;
				return true;
			}
		}
		return false;
	case OM_ADD:
		generate_object(m, rng_chance(50)); /* may move m->objects */
		return true;
	case OM_DROP:
		if (o->pinned)
			return false;
		o->dropped = true;
		return true;
	}
	return false;
}

/*
 * Changes percent % of the views and functions of m (at least one when
 * percent > 0), after the tables have changed: each change picks a mutation,
 * then an object it applies to; when none is found, an object is added.
 */
static void model_mutate_objects(struct model *m, int percent, uint64_t seed)
{
	int n = m->nobjects;
	int nchanges = (int)(((long)n * percent + 50) / 100);
	int total = 0;

	if (n == 0)
		return;
	if (percent > 0 && nchanges == 0)
		nchanges = 1;
	rng_state = seed ^ 0x6f626a6563747321ULL; /* "objects!" */
	for (int i = 0; i < COUNT(object_mutation_weights); i++)
		total += object_mutation_weights[i];
	for (int i = 0; i < nchanges; i++) {
		int r = rng_below(total), mu = 0;
		bool done = false;

		while (r >= object_mutation_weights[mu])
			r -= object_mutation_weights[mu++];
		for (int tries = 0; !done && tries < 16; tries++) {
			int oi = rng_below(n);

			if (!m->objects[oi].dropped)
				done = apply_object_mutation(m, oi, (enum object_mutation)mu);
		}
		if (!done)
			apply_object_mutation(m, 0, OM_ADD);
	}
}

/* ---------------------------------------------------------------- output */

static void write_type(FILE *out, const struct model *m, const struct column *c)
{
	switch (c->type) {
	case CT_BIGINT:
		fputs("bigint", out);
		break;
	case CT_INTEGER:
		fputs("integer", out);
		break;
	case CT_TEXT:
		fputs("text", out);
		break;
	case CT_VARCHAR:
		fprintf(out, "varchar(%d)", c->len);
		break;
	case CT_NUMERIC:
		fprintf(out, "numeric(%d,%d)", c->len, c->scale);
		break;
	case CT_TIMESTAMPTZ:
		fputs("timestamptz", out);
		break;
	case CT_BOOLEAN:
		fputs("boolean", out);
		break;
	case CT_JSONB:
		fputs("jsonb", out);
		break;
	case CT_ENUM:
		fputs(m->enums[c->enum_id].name, out);
		break;
	case CT_COUNT:
		break;
	}
}

static void write_default(FILE *out, const struct model *m, const struct column *c)
{
	switch (c->type) {
	case CT_TIMESTAMPTZ:
		fputs(" DEFAULT now()", out);
		break;
	case CT_BOOLEAN:
		fputs(" DEFAULT false", out);
		break;
	case CT_JSONB:
		fputs(" DEFAULT '{}'::jsonb", out);
		break;
	case CT_ENUM:
		fprintf(out, " DEFAULT '%s'", m->enums[c->enum_id].labels[0]);
		break;
	default:
		fputs(" DEFAULT 0", out);
		break;
	}
}

static void write_check(FILE *out, const struct column *c)
{
	if (type_is_texty(c->type))
		fprintf(out, " CHECK (char_length(%s) BETWEEN 1 AND %d)",
			c->name, c->check_bound);
	else
		fprintf(out, " CHECK (%s >= 0 AND %s <= %d)",
			c->name, c->name, c->check_bound);
}

static void write_column(FILE *out, const struct model *m,
			 const struct table *t, int ci)
{
	const struct column *c = &t->cols[ci];

	fprintf(out, "    %s ", c->name);
	if (ci == 0) {
		if (t->text_id)
			fputs("text PRIMARY KEY DEFAULT gen_random_uuid()::text", out);
		else
			fputs("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", out);
		return;
	}
	write_type(out, m, c);
	if (c->not_null)
		fputs(" NOT NULL", out);
	if (c->has_default)
		write_default(out, m, c);
	if (c->unique)
		fputs(" UNIQUE", out);
	if (c->check_bound > 0)
		write_check(out, c);
	if (ci == t->fk_col && !t->fk_by_alter)
		fprintf(out, " REFERENCES %s (id) ON DELETE %s",
			m->tables[t->parent].name,
			t->fk_cascade ? "CASCADE" : "SET NULL");
}

static void write_index(FILE *out, const struct model *m,
			const struct table *t, const struct index *ix)
{
	const struct column *c = &t->cols[ix->col];

	fprintf(out, "CREATE INDEX %s ON %s ", ix->name, t->name);
	if (ix->kind == IX_EXPR)
		fprintf(out, "(lower(%s))", c->name);
	else
		fprintf(out, "(%s)", c->name);
	if (ix->kind == IX_PARTIAL) {
		const struct column *w = &t->cols[ix->where_col];

		if (w->type == CT_BOOLEAN)
			fprintf(out, " WHERE %s", w->name);
		else if (w->type == CT_ENUM)
			fprintf(out, " WHERE %s = '%s'", w->name,
				m->enums[w->enum_id].labels[1]);
		else
			fprintf(out, " WHERE %s IS NULL", w->name);
	}
	fputs(";\n", out);
}

static void write_table(FILE *out, const struct model *m, const struct table *t)
{
	const char *sep = "";

	fprintf(out, "CREATE TABLE %s (\n", t->name);
	for (int i = 0; i < t->ncols; i++) {
		if (t->cols[i].dropped)
			continue;
		fputs(sep, out);
		write_column(out, m, t, i);
		sep = ",\n";
	}
	if (t->pair_unique >= 0)
		fprintf(out, ",\n    CONSTRAINT %s_%s_%s_key UNIQUE (%s, %s)",
			t->name, t->cols[t->fk_col].name,
			t->cols[t->pair_unique].name,
			t->cols[t->fk_col].name, t->cols[t->pair_unique].name);
	fputs("\n);\n", out);

	if (t->fk_col >= 0 && t->fk_by_alter)
		fprintf(out, "ALTER TABLE %s ADD CONSTRAINT %s_%s_fkey "
			"FOREIGN KEY (%s) REFERENCES %s (id) ON DELETE %s;\n",
			t->name, t->name, t->cols[t->fk_col].name,
			t->cols[t->fk_col].name, m->tables[t->parent].name,
			t->fk_cascade ? "CASCADE" : "SET NULL");
	for (int i = 0; i < t->nindexes; i++)
		if (!t->indexes[i].dropped)
			write_index(out, m, t, &t->indexes[i]);
	if (t->commented) {
		fprintf(out, "COMMENT ON TABLE %s IS 'Synthetic table %s.';\n",
			t->name, t->name);
		fprintf(out, "COMMENT ON COLUMN %s.created_at IS 'When the row was created.';\n",
			t->name);
	}
	fputc('\n', out);
}

static void write_view(FILE *out, const struct model *m, const struct object *o)
{
	fprintf(out, "CREATE VIEW %s AS\n    SELECT ", o->name);
	if (o->star) {
		fputc('*', out);
	} else {
		for (int i = 0; i < o->nitems; i++) {
			const struct item *it = &o->items[i];

			fprintf(out, "%s%s", i ? ", " : "", it->expr);
			if (it->as)
				fprintf(out, " AS %s", it->name);
		}
	}
	if (o->shape == VS_OVER_VIEW) {
		fprintf(out, "\n    FROM %s", m->objects[o->base].name);
	} else if (o->shape == VS_JOIN) {
		const struct table *t = &m->tables[o->table];

		fprintf(out, "\n    FROM %s c JOIN %s p ON p.id = c.%s", t->name,
			m->tables[t->parent].name, t->cols[t->fk_col].name);
	} else {
		fprintf(out, "\n    FROM %s%s", m->tables[o->table].name,
			o->shape == VS_AGGREGATE ? " c" : "");
	}
	if (o->cond[0])
		fprintf(out, "\n    WHERE %s%d%s", o->cond, o->value, o->cond_end);
	if (o->shape == VS_AGGREGATE)
		fprintf(out, "\n    GROUP BY %s", o->items[0].expr);
	fputs(";\n\n", out);
}

/* The new value of column c in FS_UPDATE's UPDATE. */
static void write_update_value(FILE *out, const struct model *m, const struct column *c)
{
	switch (c->type) {
	case CT_BIGINT:
	case CT_INTEGER:
	case CT_NUMERIC:
		fprintf(out, "%s + 1", c->name);
		break;
	case CT_TEXT:
	case CT_VARCHAR:
		fprintf(out, "lower(%s)", c->name);
		break;
	case CT_TIMESTAMPTZ:
		fputs("now()", out);
		break;
	case CT_BOOLEAN:
		fprintf(out, "NOT %s", c->name);
		break;
	case CT_JSONB:
		fprintf(out, "%s || '{\"touched\": true}'::jsonb", c->name);
		break;
	case CT_ENUM:
		fprintf(out, "'%s'", m->enums[c->enum_id].labels[0]);
		break;
	case CT_COUNT:
		break;
	}
}

static void write_function(FILE *out, const struct model *m, const struct object *o)
{
	const struct table *t = o->table >= 0 ? &m->tables[o->table] : NULL;
	const char *name = o->name;
	bool sql = o->shape < FS_UPDATE;

	fprintf(out, "CREATE FUNCTION %s(", name);
	switch (o->shape) {
	case FS_COUNT:
		fprintf(out, "p_since timestamptz) RETURNS %s", o->alt_return ? "integer" : "bigint");
		break;
	case FS_TOTAL:
		fprintf(out, "p_since timestamptz) RETURNS %s",
			o->alt_return ? "double precision" : "numeric");
		break;
	case FS_LOOKUP:
		fprintf(out, "p_id %s) RETURNS %s", id_type(t), o->alt_return ? "varchar" : "text");
		break;
	case FS_VIEW_COUNT:
		fprintf(out, ") RETURNS %s", o->alt_return ? "integer" : "bigint");
		break;
	case FS_UPDATE:
		fprintf(out, "p_id %s) RETURNS %s", id_type(t), o->alt_return ? "bigint" : "integer");
		break;
	case FS_COPY:
		fprintf(out, "p_id %s) RETURNS %s", id_type(t),
			o->alt_return ? "boolean" : id_type(t));
		break;
	default:
		break;
	}
	fprintf(out, "\n    LANGUAGE %s%s", sql ? "sql" : "plpgsql", sql ? " STABLE" : "");
	if (o->security_definer)
		fputs(" SECURITY DEFINER SET search_path = public, pg_temp", out);
	fputs("\n    AS $$", out);

	const char *cast = o->alt_return ? "::integer" : "";
	const char *col = o->ncols ? t->cols[o->cols[0]].name : "";
	switch (o->shape) {
	case FS_COUNT:
		fprintf(out, "SELECT count(*)%s FROM %s WHERE created_at >= p_since - interval '%d days'",
			cast, t->name, o->value);
		break;
	case FS_TOTAL:
		fprintf(out, "SELECT coalesce(sum(%s), 0)::%s FROM %s WHERE created_at >= p_since AND %s < %d",
			col, o->alt_return ? "double precision" : "numeric",
			t->name, col, 1000 * o->value);
		break;
	case FS_LOOKUP:
		fprintf(out, "SELECT left(%s::text, %d)%s FROM %s WHERE id = p_id", col,
			o->value, o->alt_return ? "::varchar" : "", t->name);
		break;
	case FS_VIEW_COUNT:
		fprintf(out, "SELECT least(count(*), %d)%s FROM %s", 1000 * o->value,
			cast, m->objects[o->base].name);
		break;
	case FS_UPDATE:
		fprintf(out, "\nDECLARE\n    v_count %s;\nBEGIN\n"
			"    IF p_id IS NULL THEN\n"
			"        RAISE EXCEPTION '%s: id is required';\n"
			"    END IF;\n"
			"    UPDATE %s SET %s = ", o->alt_return ? "bigint" : "integer",
			name, t->name, col);
		write_update_value(out, m, &t->cols[o->cols[0]]);
		fprintf(out, " WHERE id = p_id;\n"
			"    GET DIAGNOSTICS v_count = ROW_COUNT;\n"
			"    IF v_count > %d THEN\n"
			"        RAISE WARNING '%s: %% rows', v_count;\n"
			"    END IF;\n"
			"    RETURN v_count;\nEND\n", o->value, name);
		break;
	case FS_COPY:
		fprintf(out, "\nDECLARE\n    v_id %s;\nBEGIN\n    INSERT INTO %s (", id_type(t), t->name);
		for (int k = 0; k < o->ncols; k++)
			fprintf(out, "%s%s", k ? ", " : "", t->cols[o->cols[k]].name);
		fputs(")\n        SELECT ", out);
		for (int k = 0; k < o->ncols; k++)
			fprintf(out, "%s%s", k ? ", " : "", t->cols[o->cols[k]].name);
		fprintf(out, " FROM %s WHERE id = p_id\n"
			"        RETURNING id INTO v_id;\n"
			"    IF v_id IS NULL THEN\n"
			"        RAISE EXCEPTION '%s: no row %% (code %d)', p_id;\n"
			"    END IF;\n"
			"    RETURN %s;\nEND\n", t->name, name, o->value,
			o->alt_return ? "v_id IS NOT NULL" : "v_id");
		break;
	default:
		break;
	}
	fputs("$$;\n\n", out);
}

/* Triggers, row level security with its policies, views and functions. */
static void write_objects(FILE *out, const struct model *m)
{
	if (m->triggers)
		fputs("CREATE FUNCTION keep_created_at() RETURNS trigger\n"
		      "    LANGUAGE plpgsql\n"
		      "    AS $$\nBEGIN\n    NEW.created_at := OLD.created_at;\n"
		      "    RETURN NEW;\nEND\n$$;\n\n", out);
	for (int i = 0; i < m->ntables; i++) {
		const struct table *t = &m->tables[i];

		if (t->dropped || !t->trigger)
			continue;
		fprintf(out, "CREATE TRIGGER %s_keep_created_at BEFORE UPDATE ON %s FOR EACH ROW%s\n"
			"    EXECUTE FUNCTION keep_created_at();\n", t->name, t->name,
			t->trigger_when
			? " WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at)" : "");
	}
	fputc('\n', out);
	for (int i = 0; i < m->ntables; i++) {
		const struct table *t = &m->tables[i];

		if (t->dropped || !t->rls)
			continue;
		fprintf(out, "ALTER TABLE %s ENABLE ROW LEVEL SECURITY;\n", t->name);
		fprintf(out, "CREATE POLICY %s_recent ON %s FOR SELECT\n"
			"    USING (created_at > now() - interval '%d days');\n",
			t->name, t->name, t->policy_days);
		if (t->fk_col >= 0) {
			const char *fk = t->cols[t->fk_col].name;

			fprintf(out, "CREATE POLICY %s_owner ON %s\n"
				"    USING (%s = current_setting('app.%s', true)%s)\n"
				"    WITH CHECK (%s = current_setting('app.%s', true)%s);\n",
				t->name, t->name, fk, fk, t->cols[t->fk_col].type == CT_TEXT ? "" : "::bigint",
				fk, fk, t->cols[t->fk_col].type == CT_TEXT ? "" : "::bigint");
		}
		fputc('\n', out);
	}
	for (int i = 0; i < m->nobjects; i++) {
		const struct object *o = &m->objects[i];

		if (o->dropped)
			continue;
		if (object_is_view(o))
			write_view(out, m, o);
		else
			write_function(out, m, o);
	}
}

static void model_write(FILE *out, const struct model *m, const char *what)
{
	fprintf(out, "-- %s\n-- Generated by bench/gen; do not edit.\n\n", what);
	for (int i = 0; i < m->nenums; i++) {
		const struct enum_type *e = &m->enums[i];

		fprintf(out, "CREATE TYPE %s AS ENUM (", e->name);
		for (int k = 0; k < e->nlabels; k++)
			fprintf(out, "%s'%s'", k ? ", " : "", e->labels[k]);
		fputs(");\n", out);
	}
	fputc('\n', out);
	for (int i = 0; i < m->ntables; i++)
		if (!m->tables[i].dropped)
			write_table(out, m, &m->tables[i]);
	if (m->nobjects > 0)
		write_objects(out, m);
}

/* ------------------------------------------------------------------ main */

static void usage(void)
{
	fputs("usage: bench/gen [--objects N | --mixed] TABLES SEED OUT.sql\n"
	      "       bench/gen [--objects N | --mixed] --mutate PERCENT SEED TABLES OUT.sql\n"
	      "OUT.sql may be - for standard output.\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	struct model m = { 0 };
	char what[200], objects[96] = "";
	const char *path;
	long percent = -1, ntables, nobjects = 0;
	bool mixed = false;
	uint64_t seed;
	FILE *out;

	if (argc >= 3 && strcmp(argv[1], "--objects") == 0) {
		nobjects = parse_count(argv[2], "N", 1000000L);
		argc -= 2;
		argv += 2;
	} else if (argc >= 2 && strcmp(argv[1], "--mixed") == 0) {
		mixed = true;
		argc--;
		argv++;
	}
	if (argc == 6 && strcmp(argv[1], "--mutate") == 0) {
		percent = parse_count(argv[2], "PERCENT", 100);
		seed = (uint64_t)parse_count(argv[3], "SEED", 2147483647L);
		ntables = parse_count(argv[4], "TABLES", 1000000L);
		path = argv[5];
	} else if (argc == 4) {
		ntables = parse_count(argv[1], "TABLES", 1000000L);
		seed = (uint64_t)parse_count(argv[2], "SEED", 2147483647L);
		path = argv[3];
	} else {
		usage();
	}
	if (nobjects > 0 && ntables == 0)
		die("views and functions need at least one table");

	model_generate(&m, (int)ntables, seed);
	if (mixed && ntables >= 50) {
		model_generate_objects(&m, (int)ntables / 25, (int)ntables / 50, 20);
		snprintf(objects, sizeof objects, ", %ld views, %ld functions (mixed)",
			 ntables / 25, ntables / 50);
	} else if (nobjects > 0) {
		model_generate_objects(&m, (int)nobjects, (int)nobjects, 10);
		snprintf(objects, sizeof objects, ", %ld views, %ld functions",
			 nobjects, nobjects);
	}
	if (percent >= 0) {
		model_mutate(&m, (int)percent, seed);
		model_mutate_objects(&m, (int)percent, seed);
		snprintf(what, sizeof what, "%ld tables%s, seed %llu, %ld%% of them changed",
			 ntables, objects, (unsigned long long)seed, percent);
	} else {
		snprintf(what, sizeof what, "%ld tables%s, seed %llu",
			 ntables, objects, (unsigned long long)seed);
	}

	out = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
	if (!out)
		die("cannot write %s", path);
	model_write(out, &m, what);
	if (ferror(out) | (out != stdout ? fclose(out) : fflush(out)))
		die("write to %s failed", path);
	model_release(&m);
	return 0;
}
