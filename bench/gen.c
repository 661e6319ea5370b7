/*
 * gen.c - synthetic PostgreSQL schemas for `make bench`.
 *
 *     bench/gen TABLES SEED OUT.sql
 *     bench/gen --mutate PERCENT SEED TABLES OUT.sql
 *
 * The first form writes a schema of TABLES tables to OUT.sql ("-" for stdout).
 * Each table has 5 to 12 columns of mixed types (a bigint identity or text id,
 * text, varchar(n), numeric(p,s), integer, bigint, timestamptz with defaults,
 * boolean, jsonb, enum), a primary key, check constraints, on most tables a
 * foreign key to an earlier table, some unique constraints, and 1 to 3 indexes
 * (plain, partial and expression ones). A few enum types come first.
 *
 * The second form builds the same schema as `bench/gen TABLES SEED` and then
 * changes PERCENT % of its tables before writing it: a column added, dropped or
 * widened, an index added or dropped, a check changed, a table dropped, a table
 * added. Diffing the two files is the benchmark's workload.
 *
 * Output depends only on the arguments: a private generator (splitmix64) drives
 * every choice. Only these statement kinds are written: CREATE TYPE ... AS
 * ENUM, CREATE TABLE, CREATE INDEX, ALTER TABLE ... ADD CONSTRAINT and
 * COMMENT ON. The output loads into PostgreSQL 15 as is.
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
	bool dropped;
};

struct enum_type {
	char name[NAME_LEN];
	int nlabels;
	const char *labels[8];
};

struct model {
	int nenums;
	struct enum_type *enums;
	int ntables;
	int cap;
	struct table *tables;
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
	memset(m, 0, sizeof *m);
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
	return col_ordinary(t, i);
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
		if (table_is_referenced(m, ti))
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
}

/* ------------------------------------------------------------------ main */

static void usage(void)
{
	fputs("usage: bench/gen TABLES SEED OUT.sql\n"
	      "       bench/gen --mutate PERCENT SEED TABLES OUT.sql\n"
	      "OUT.sql may be - for standard output.\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	struct model m = { 0 };
	char what[128];
	const char *path;
	long percent = -1, ntables;
	uint64_t seed;
	FILE *out;

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

	model_generate(&m, (int)ntables, seed);
	if (percent >= 0) {
		model_mutate(&m, (int)percent, seed);
		snprintf(what, sizeof what, "%ld tables, seed %llu, %ld%% of them changed",
			 ntables, (unsigned long long)seed, percent);
	} else {
		snprintf(what, sizeof what, "%ld tables, seed %llu",
			 ntables, (unsigned long long)seed);
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
