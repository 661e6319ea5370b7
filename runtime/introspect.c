/*
 * introspect.c - a live PostgreSQL 15 read into DDL text, then into the
 * catalog through the builder (introspect.h). Takes a target, returns the
 * text or the catalog; records diagnostics, never prints.
 *
 * The text is written in phases, each in an order PostgreSQL accepts:
 *
 *   1. schemas, extensions, collations;
 *   2. types, sequences, functions, tables, views and materialized views in
 *      the order of their oids, which is the order they were created in and
 *      so an order PostgreSQL accepted (a type before the column that uses
 *      it, a table before the view over it);
 *   3. partitions attached, sequences owned, column defaults that call
 *      nextval, storage settings;
 *   4. keys, checks and exclusions, then indexes, then the indexes attached
 *      to their partitioned parents, then foreign keys (pg_dump's order);
 *   5. triggers, event triggers, row level security, policies;
 *   6. publications, owners, comments, privileges, default privileges last
 *      (so the builder does not apply them to objects created before them).
 *
 * Every query runs on the simple-query protocol, with constants written
 * into it (oids are numbers, names quoted as literals).
 */
#include "introspect.h"
#include "runtime_int.h"
#include "../compiler/build.h"

#include <stdio.h>
#include <stdlib.h>
#include "introspect_int.h"

/* A relation's storage parameters and then its TOAST table's, prefixed
 * "toast." (pg_dump's WITH list), over pg_class c. */
#define REL_AND_TOAST_OPTIONS                                                                      \
	"pg_catalog.array_cat(c.reloptions, (SELECT pg_catalog.array_agg('toast.' OPERATOR(pg_catalog.||) x)" \
	" FROM pg_catalog.pg_class tc, pg_catalog.unnest(tc.reloptions) x WHERE tc.oid" EQ "c.reltoastrelid))"

/* The check constraints (pg_constraint k of table pg_class c) written in
 * CREATE TABLE, as pg_dump writes them: a parent's are there before its
 * inheritance children are created (which inherit them) or its partitions
 * attached (which must have them); a partition, created on its own, has
 * its parent's too. NOT VALID ones are added after. */
#define INLINE_CHECK                                                                               \
	"k.contype" EQ "'c' AND k.convalidated AND (k.conislocal OR c.relispartition)"

PGresult *in_query(struct in *in, const char *sql)
{
	PGresult *r;

	if (in->failed)
		return NULL;
	r = rt_exec(in->c, sql, NULL, in->d, "cannot read the catalog");
	if (!r)
		in->failed = 1;
	return r;
}

const char *in_val(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

void in_statements(struct in *in, const char *sql, bool semicolon)
{
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++)
		sb_addf(in->out, "%s%s\n", in_val(r, i, 0), semicolon ? ";" : "");
	PQclear(r);
}

bool in_is_true(PGresult *r, int row, int col)
{
	const char *v = in_val(r, row, col);
	return v && v[0] == 't';
}

const char *in_schema_pred(struct in *in, const char *col)
{
	return arena_printf(in->a, "%s OPERATOR(pg_catalog.=) ANY ('%s'::pg_catalog.oid[])", col,
			    in->nsoids);
}

const char *not_member(struct in *in, const char *cls, const char *objid)
{
	return arena_printf(in->a,
			    "NOT EXISTS (SELECT FROM pg_catalog.pg_depend xd WHERE xd.classid" EQ
			    "'pg_catalog.%s'::pg_catalog.regclass AND xd.objid" EQ "%s AND xd.deptype" EQ
			    "'e')",
			    cls, objid);
}

const char *user_rel(struct in *in)
{
	return arena_printf(in->a, "%s AND %s AND c.oid" NE "%s", in_schema_pred(in, "c.relnamespace"),
			    not_member(in, "pg_class", "c.oid"), in->skip_table);
}

/* ... and is not part of another object (a range type's constructors and
 * casts: pg_depend deptype 'i'). */
static const char *not_internal(struct in *in, const char *cls, const char *objid)
{
	return arena_printf(in->a,
			    "NOT EXISTS (SELECT FROM pg_catalog.pg_depend xi WHERE xi.classid" EQ
			    "'pg_catalog.%s'::pg_catalog.regclass AND xi.objid" EQ "%s AND xi.deptype" EQ
			    "'i')",
			    cls, objid);
}

void introspect_warn(struct in *in, const char *fmt, const char *arg)
{
	diag_at(in->d, DIAG_WARNING, NULL, -1, fmt, arg);
}

/* ---- phase 1: schemas, extensions, collations -------------------------- */

static int read_schemas(struct in *in, const struct introspect_options *o)
{
	struct strbuf sql = STRBUF_INIT, oids = STRBUF_INIT;
	PGresult *r;

	sb_adds(&sql, "SELECT n.oid, n.nspname, pg_catalog.format('%I', n.nspname) FROM pg_catalog.pg_namespace n"
		      " WHERE n.nspname OPERATOR(pg_catalog.!~) '^pg_' AND n.nspname" NE "'information_schema' AND ");
	sb_adds(&sql, not_member(in, "pg_namespace", "n.oid"));
	if (o->managed_schemas && o->managed_schemas->n) {
		sb_adds(&sql, " AND n.nspname" EQ "ANY (ARRAY[");
		for (size_t i = 0; i < o->managed_schemas->n; i++)
			sb_addf(&sql, "%s%s", i ? ", " : "",
				rt_literal(in->a, o->managed_schemas->items[i]));
		sb_adds(&sql, "]::pg_catalog.text[])");
	}
	sb_adds(&sql, " ORDER BY n.nspname");
	r = in_query(in, sql.buf);
	sb_release(&sql);
	if (!r)
		return -1;
	sb_addc(&oids, '{');
	for (int i = 0; i < PQntuples(r); i++) {
		sb_addf(&oids, "%s%s", i ? "," : "", in_val(r, i, 0));
		if (strcmp(in_val(r, i, 1), "public") != 0)
			sb_addf(in->out, "CREATE SCHEMA %s;\n", in_val(r, i, 2));
	}
	sb_addc(&oids, '}');
	in->nsoids = arena_strdup(in->a, oids.buf);
	sb_release(&oids);
	PQclear(r);
	return 0;
}

static void read_extensions(struct in *in)
{
	in_statements(in, "SELECT pg_catalog.format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I;',"
				" x.extname, n.nspname) FROM pg_catalog.pg_extension x"
				" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "x.extnamespace"
				" WHERE x.extname" NE "'plpgsql' ORDER BY x.extname", false);
}

static void read_collations(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.format('%%I.%%I', n.nspname, c.collname), c.collprovider,"
		" c.collcollate, c.collctype, c.colliculocale, c.collisdeterministic"
		" FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.collnamespace"
		" WHERE %s AND %s ORDER BY c.oid",
		in_schema_pred(in, "c.collnamespace"), not_member(in, "pg_collation", "c.oid"));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *prov = in_val(r, i, 1);
		sb_addf(in->out, "CREATE COLLATION %s (provider = %s", in_val(r, i, 0),
			prov[0] == 'i' ? "icu" : "libc");
		if (prov[0] == 'i')
			sb_addf(in->out, ", locale = %s", rt_literal(in->a, in_val(r, i, 4)));
		else if (strcmp(in_val(r, i, 2), in_val(r, i, 3)) == 0)
			sb_addf(in->out, ", locale = %s", rt_literal(in->a, in_val(r, i, 2)));
		else
			sb_addf(in->out, ", lc_collate = %s, lc_ctype = %s",
				rt_literal(in->a, in_val(r, i, 2)), rt_literal(in->a, in_val(r, i, 3)));
		if (!in_is_true(r, i, 5))
			sb_adds(in->out, ", deterministic = false");
		sb_adds(in->out, ");\n");
	}
	PQclear(r);
}

/* ---- phase 2: types, sequences, functions, relations by oid ------------- */

/* One statement (or a few) of phase 2, placed by its object's oid. */
struct item {
	unsigned long oid;
	const char *sql;
};

static void item_add(struct in *in, struct ptrvec *items, const char *oid, const char *sql)
{
	struct item *it = arena_alloc(in->a, sizeof(*it));
	it->oid = strtoul(oid, NULL, 10);
	it->sql = arena_strdup(in->a, sql);
	vec_push(items, in->a, it);
}

void items_query(struct in *in, struct ptrvec *items, const char *sql)
{
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++)
		item_add(in, items, in_val(r, i, 0), arena_printf(in->a, "%s\n", in_val(r, i, 1)));
	PQclear(r);
}

static int item_cmp(const void *x, const void *y)
{
	const struct item *a = *(const struct item *const *)x, *b = *(const struct item *const *)y;
	return a->oid < b->oid ? -1 : a->oid > b->oid;
}

/* Where an item stands in the order: its index in the oid-sorted items,
 * or -1 for an oid that is no item. */
static long item_index(struct ptrvec *items, unsigned long oid)
{
	size_t lo = 0, hi = items->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned long m = ((const struct item *)items->items[mid])->oid;
		if (m == oid)
			return (long)mid;
		if (m < oid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Depth first: the items i needs, then i. */
struct item_walk {
	struct ptrvec *items, *out;
	struct arena *a;
	size_t *first;		/* deps of item i: dep[first[i] .. first[i + 1]) */
	long *dep;
	unsigned char *state;	/* 0 not yet, 1 on the path, 2 out */
};

static void item_visit(struct item_walk *w, size_t i)
{
	if (w->state[i])
		return;		/* out already, or a cycle: left to oid order */
	w->state[i] = 1;
	for (size_t k = w->first[i]; k < w->first[i + 1]; k++)
		item_visit(w, (size_t)w->dep[k]);
	w->state[i] = 2;
	vec_push(w->out, w->a, w->items->items[i]);
}

/* Phase 2's items in an order PostgreSQL accepts: creation (oid) order,
 * except that an item comes after what it depends on (pg_depend, normal
 * dependencies between items), which creation order does not promise: a
 * column of a type created after its table (ALTER TABLE ... ADD COLUMN), a
 * view replaced over a table created after it. Array types stand for their
 * element type, row types for their relation. */
static void items_order(struct in *in, struct ptrvec *items)
{
	PGresult *r;
	struct ptrvec out = { 0 };
	struct item_walk w = { items, &out, in->a, NULL, NULL, NULL };
	size_t n = items->n, ndeps = 0;
	long (*pairs)[2];

	qsort(items->items, n, sizeof(void *), item_cmp);
	r = in_query(in,
		"SELECT o.objid, COALESCE(NULLIF(t.typrelid, 0), CASE WHEN t.typsubscript"
		" OPERATOR(pg_catalog.=) 'pg_catalog.array_subscript_handler'::pg_catalog.regproc"
		" THEN t.typelem END, o.refobjid)"
		" FROM (SELECT CASE WHEN d.classid" EQ "'pg_catalog.pg_rewrite'::pg_catalog.regclass"
		"   THEN (SELECT rw.ev_class FROM pg_catalog.pg_rewrite rw WHERE rw.oid" EQ "d.objid)"
		"   ELSE d.objid END AS objid, d.refobjid"
		"   FROM pg_catalog.pg_depend d WHERE d.deptype" EQ "'n' AND d.refobjid" GT "16383) o"
		" LEFT JOIN pg_catalog.pg_type t ON t.oid" EQ "o.refobjid"
		" WHERE o.objid" GT "16383");
	if (!r)
		return;
	pairs = arena_alloc(in->a, ((size_t)PQntuples(r) + 1) * sizeof(*pairs));
	for (int i = 0; i < PQntuples(r); i++) {
		long from = item_index(items, strtoul(in_val(r, i, 0), NULL, 10));
		long to = item_index(items, strtoul(in_val(r, i, 1), NULL, 10));
		if (from >= 0 && to >= 0 && from != to) {
			pairs[ndeps][0] = from;
			pairs[ndeps][1] = to;
			ndeps++;
		}
	}
	PQclear(r);
	w.first = arena_alloc(in->a, (n + 1) * sizeof(*w.first));
	w.dep = arena_alloc(in->a, (ndeps + 1) * sizeof(*w.dep));
	w.state = arena_alloc(in->a, n + 1);
	for (size_t k = 0; k < ndeps; k++)
		w.first[pairs[k][0] + 1]++;
	for (size_t i = 0; i < n; i++)
		w.first[i + 1] += w.first[i];
	{
		size_t *fill = arena_alloc(in->a, (n + 1) * sizeof(*fill));
		memcpy(fill, w.first, (n + 1) * sizeof(*fill));
		for (size_t k = 0; k < ndeps; k++)
			w.dep[fill[pairs[k][0]]++] = pairs[k][1];
	}
	for (size_t i = 0; i < n; i++)
		item_visit(&w, i);
	*items = out;
}

static void type_enum(struct in *in, const char *oid, const char *name)
{
	PGresult *r = in_query(in, arena_printf(in->a, "SELECT pg_catalog.quote_literal(enumlabel) FROM pg_catalog.pg_enum"
						    " WHERE enumtypid" EQ "%s ORDER BY enumsortorder", oid));
	if (!r)
		return;
	sb_addf(in->out, "CREATE TYPE %s AS ENUM (", name);
	for (int i = 0; i < PQntuples(r); i++)
		sb_addf(in->out, "%s%s", i ? ", " : "", in_val(r, i, 0));
	sb_adds(in->out, ");\n");
	PQclear(r);
}

/* COLLATE clause for a column or attribute whose collation differs from its
 * type's: the SQL expression, over attcollation (col) and atttypid (typ). */
#define COLLATE_OF(col, typ)                                                                       \
	"(SELECT pg_catalog.format(' COLLATE %%I.%%I', cn.nspname, co.collname)"                     \
	" FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid" EQ "co.collnamespace" \
	" WHERE co.oid" EQ col " AND " col NE "0 AND " col NE                                      \
	"(SELECT typcollation FROM pg_catalog.pg_type WHERE oid" EQ typ "))"

static void type_domain(struct in *in, const char *oid, const char *name)
{
	PGresult *r = in_query(in, arena_printf(in->a,
		"SELECT pg_catalog.format_type(t.typbasetype, t.typtypmod), " COLLATE_OF("t.typcollation", "t.typbasetype") ","
		" pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typnotnull FROM pg_catalog.pg_type t WHERE t.oid" EQ "%s", oid));
	if (!r)
		return;
	sb_addf(in->out, "CREATE DOMAIN %s AS %s%s", name, in_val(r, 0, 0), in_val(r, 0, 1) ? in_val(r, 0, 1) : "");
	if (in_val(r, 0, 2))
		sb_addf(in->out, " DEFAULT %s", in_val(r, 0, 2));
	if (in_is_true(r, 0, 3))
		sb_adds(in->out, " NOT NULL");
	sb_adds(in->out, ";\n");
	PQclear(r);
	r = in_query(in, arena_printf(in->a, "SELECT pg_catalog.format('%%I', conname), pg_catalog.pg_get_constraintdef(oid)"
					  " FROM pg_catalog.pg_constraint WHERE contypid" EQ "%s ORDER BY conname", oid));
	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++)
		sb_addf(in->out, "ALTER DOMAIN %s ADD CONSTRAINT %s %s;\n", name, in_val(r, i, 0), in_val(r, i, 1));
	PQclear(r);
}

static void type_composite(struct in *in, const char *relid, const char *name)
{
	PGresult *r = in_query(in, arena_printf(in->a,
		"SELECT pg_catalog.format('%%I', a.attname), pg_catalog.format_type(a.atttypid, a.atttypmod), "
		COLLATE_OF("a.attcollation", "a.atttypid")
		" FROM pg_catalog.pg_attribute a WHERE a.attrelid" EQ "%s AND a.attnum" GT "0 AND NOT a.attisdropped"
		" ORDER BY a.attnum", relid));
	if (!r)
		return;
	sb_addf(in->out, "CREATE TYPE %s AS (", name);
	for (int i = 0; i < PQntuples(r); i++)
		sb_addf(in->out, "%s%s %s%s", i ? ", " : "", in_val(r, i, 0), in_val(r, i, 1),
			in_val(r, i, 2) ? in_val(r, i, 2) : "");
	sb_adds(in->out, ");\n");
	PQclear(r);
}

static void type_range(struct in *in, const char *oid, const char *name)
{
	PGresult *r = in_query(in, arena_printf(in->a,
		"SELECT pg_catalog.format_type(g.rngsubtype, NULL),"
		" (SELECT pg_catalog.format('%%I.%%I', on_.nspname, oc.opcname) FROM pg_catalog.pg_opclass oc"
		"  JOIN pg_catalog.pg_namespace on_ ON on_.oid" EQ "oc.opcnamespace WHERE oc.oid" EQ "g.rngsubopc AND NOT oc.opcdefault),"
		" (SELECT pg_catalog.format('%%I.%%I', cn.nspname, co.collname) FROM pg_catalog.pg_collation co"
		"  JOIN pg_catalog.pg_namespace cn ON cn.oid" EQ "co.collnamespace WHERE co.oid" EQ "g.rngcollation"
		"  AND g.rngcollation" NE "(SELECT typcollation FROM pg_catalog.pg_type WHERE oid" EQ "g.rngsubtype)),"
		" CASE WHEN g.rngcanonical" NE "0 THEN g.rngcanonical::pg_catalog.regproc::pg_catalog.text END,"
		" CASE WHEN g.rngsubdiff" NE "0 THEN g.rngsubdiff::pg_catalog.regproc::pg_catalog.text END,"
		" (SELECT pg_catalog.format('%%I.%%I', mn.nspname, m.typname) FROM pg_catalog.pg_type m"
		"  JOIN pg_catalog.pg_namespace mn ON mn.oid" EQ "m.typnamespace WHERE m.oid" EQ "g.rngmultitypid)"
		" FROM pg_catalog.pg_range g WHERE g.rngtypid" EQ "%s", oid));
	static const char *const keys[] = { "subtype", "subtype_opclass", "collation", "canonical",
					    "subtype_diff", "multirange_type_name" };
	bool first = true;

	if (!r)
		return;
	sb_addf(in->out, "CREATE TYPE %s AS RANGE (", name);
	for (int k = 0; k < 6; k++) {
		if (!in_val(r, 0, k))
			continue;
		sb_addf(in->out, "%s%s = %s", first ? "" : ", ", keys[k], in_val(r, 0, k));
		first = false;
	}
	sb_adds(in->out, ");\n");
	PQclear(r);
}

/* A sequence's options, from pg_sequence columns start at col. */
static void seq_options(struct in *in, PGresult *r, int i, int col)
{
	sb_addf(in->out, " AS %s START WITH %s INCREMENT BY %s MINVALUE %s MAXVALUE %s CACHE %s%s",
		in_val(r, i, col), in_val(r, i, col + 1), in_val(r, i, col + 2), in_val(r, i, col + 3),
		in_val(r, i, col + 4), in_val(r, i, col + 5), in_is_true(r, i, col + 6) ? " CYCLE" : "");
}

#define SEQ_COLS "pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle"

static const char *storage_name(char c)
{
	return c == 'p' ? "PLAIN" : c == 'm' ? "MAIN" : c == 'e' ? "EXTERNAL" : "EXTENDED";
}

/* GENERATED ... AS IDENTITY (SEQUENCE NAME ... options): opts is SEQ_COLS
 * joined with '|'. */
static void identity_clause(struct in *in, struct strbuf *sink, const char *kind, const char *seq,
			    const char *opts)
{
	char *f[7] = { 0 }, *p = arena_strdup(in->a, opts ? opts : "");
	int nf = 0;

	while (p && nf < 7) {
		f[nf++] = p;
		p = strchr(p, '|');
		if (p)
			*p++ = '\0';
	}
	sb_addf(sink, " GENERATED %s AS IDENTITY (SEQUENCE NAME %s", kind[0] == 'a' ? "ALWAYS" : "BY DEFAULT",
		seq);
	if (nf == 7)
		sb_addf(sink, " START WITH %s INCREMENT BY %s MINVALUE %s MAXVALUE %s CACHE %s%s", f[1], f[2],
			f[3], f[4], f[5], f[6][0] == 't' ? " CYCLE" : "");
	sb_adds(sink, ")");
}

/* The tables, one row each, ordered by oid: what CREATE TABLE says of the
 * table itself (rel is the predicate that picks them, over pg_class c). */
static PGresult *tables_query(struct in *in, const char *rel)
{
	return in_query(in, arena_printf(in->a,
		"SELECT c.oid, pg_catalog.format('%%I.%%I', n.nspname, c.relname), c.relpersistence, c.relkind,"
		" c.relispartition, pg_catalog.pg_get_partkeydef(c.oid),"
		" (SELECT pg_catalog.string_agg(pg_catalog.format('%%I', o[1]) OPERATOR(pg_catalog.||) '=' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(o[2]), ', ')"
		"   FROM (SELECT pg_catalog.regexp_split_to_array(x, '=') FROM pg_catalog.unnest(" REL_AND_TOAST_OPTIONS ") x) AS v(o)),"
		" (SELECT pg_catalog.string_agg(pg_catalog.format('%%I.%%I', pn.nspname, p.relname), ', ' ORDER BY i.inhseqno)"
		"   FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class p ON p.oid" EQ "i.inhparent"
		"   JOIN pg_catalog.pg_namespace pn ON pn.oid" EQ "p.relnamespace WHERE i.inhrelid" EQ "c.oid AND NOT c.relispartition),"
		" (SELECT pg_catalog.string_agg(pg_catalog.format(E',\\n    CONSTRAINT %%I %%s', k.conname,"
		"   pg_catalog.pg_get_constraintdef(k.oid)), '' ORDER BY k.conname)"
		"   FROM pg_catalog.pg_constraint k WHERE k.conrelid" EQ "c.oid AND " INLINE_CHECK "),"
		" (SELECT pg_catalog.format(' SERVER %%I', fs.srvname) OPERATOR(pg_catalog.||) " FDW_OPTIONS("ft.ftoptions")
		"   FROM pg_catalog.pg_foreign_table ft JOIN pg_catalog.pg_foreign_server fs ON fs.oid" EQ "ft.ftserver"
		"   WHERE ft.ftrelid" EQ "c.oid)"
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE %s ORDER BY c.oid", rel));
}

/* The columns of the same tables, ordered by table and number: one pass
 * over pg_attribute joined to the defaults and to the identity sequences
 * (pg_depend 'i'), not a subquery per column. */
static PGresult *columns_query(struct in *in, const char *rel)
{
	return in_query(in, arena_printf(in->a,
		"SELECT a.attrelid, pg_catalog.quote_ident(a.attname), pg_catalog.format_type(a.atttypid, a.atttypmod),"
		" " COLLATE_OF("a.attcollation", "a.atttypid") ", a.attnotnull, a.attidentity, a.attgenerated,"
		" pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attislocal, idn.name, idn.opts,"
		" a.attstorage" NE "t.typstorage, a.attstorage, a.attcompression, a.attstattarget,"
		" (NOT c.relispartition AND a.attinhcount" GT "0 AND ad.oid IS NULL AND EXISTS (SELECT FROM pg_catalog.pg_inherits ih"
		"   JOIN pg_catalog.pg_attribute pa ON pa.attrelid" EQ "ih.inhparent AND pa.attname" EQ "a.attname"
		"   JOIN pg_catalog.pg_attrdef pd ON pd.adrelid" EQ "pa.attrelid AND pd.adnum" EQ "pa.attnum WHERE ih.inhrelid" EQ "c.oid)),"
		" " FDW_OPTIONS("a.attfdwoptions")
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid" EQ "c.oid"
		" AND a.attnum" GT "0 AND NOT a.attisdropped"
		" JOIN pg_catalog.pg_type t ON t.oid" EQ "a.atttypid"
		" LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid" EQ "a.attrelid AND ad.adnum" EQ "a.attnum"
		" LEFT JOIN (SELECT dp.refobjid, dp.refobjsubid, pg_catalog.format('%%I.%%I', sn.nspname, sc.relname) AS name,"
		"   pg_catalog.concat_ws('|', " SEQ_COLS ") AS opts FROM pg_catalog.pg_depend dp"
		"   JOIN pg_catalog.pg_class sc ON sc.oid" EQ "dp.objid JOIN pg_catalog.pg_namespace sn ON sn.oid" EQ "sc.relnamespace"
		"   JOIN pg_catalog.pg_sequence s ON s.seqrelid" EQ "sc.oid"
		"   WHERE dp.refclassid" EQ "'pg_catalog.pg_class'::pg_catalog.regclass AND dp.deptype" EQ "'i'"
		"   AND dp.classid" EQ "'pg_catalog.pg_class'::pg_catalog.regclass AND sc.relkind" EQ "'S') idn"
		"  ON idn.refobjid" EQ "a.attrelid AND idn.refobjsubid" EQ "a.attnum"
		" WHERE %s ORDER BY a.attrelid, a.attnum", rel));
}

/* One column of tables_columns: its definition in CREATE TABLE (sink),
 * what is set on it after (later). */
static void table_column(struct in *in, struct strbuf *sink, struct strbuf *later, PGresult *r,
			 int i, const char *table, bool partition, int *ncols)
{
	const char *name = in_val(r, i, 1), *def = in_val(r, i, 7);
	const char *ident = in_val(r, i, 5), *gen = in_val(r, i, 6);
	bool local = in_is_true(r, i, 8) || partition;
	bool nextval = def && strncmp(def, "nextval(", 8) == 0;

	if (local) {
		sb_addf(sink, "%s\n    %s %s%s%s", (*ncols)++ ? "," : "", name, in_val(r, i, 2),
			in_val(r, i, 16), in_val(r, i, 3) ? in_val(r, i, 3) : "");
		if (gen && gen[0] == 's')
			sb_addf(sink, " GENERATED ALWAYS AS (%s) STORED", def);
		else if (def && !nextval)
			sb_addf(sink, " DEFAULT %s", def);
		if (ident && ident[0])
			identity_clause(in, sink, ident, in_val(r, i, 9), in_val(r, i, 10));
		if (in_is_true(r, i, 4))
			sb_adds(sink, " NOT NULL");
	} else {
		/* inherited: what the child adds to the parent's column */
		if (def && !nextval)
			sb_addf(later, "ALTER TABLE ONLY %s ALTER COLUMN %s SET DEFAULT %s;\n", table, name,
				def);
		if (in_is_true(r, i, 4))
			sb_addf(later, "ALTER TABLE ONLY %s ALTER COLUMN %s SET NOT NULL;\n", table, name);
	}
	if (in_is_true(r, i, 15))
		/* created with INHERITS, it took a parent's default that it
		 * does not have */
		sb_addf(later, "ALTER TABLE ONLY %s ALTER COLUMN %s DROP DEFAULT;\n", table, name);
	if (in_is_true(r, i, 11))
		sb_addf(later, "ALTER TABLE ONLY %s ALTER COLUMN %s SET STORAGE %s;\n", table, name,
			storage_name(in_val(r, i, 12)[0]));
	if (in_val(r, i, 13) && in_val(r, i, 13)[0])
		sb_addf(later, "ALTER TABLE ONLY %s ALTER COLUMN %s SET COMPRESSION %s;\n", table, name,
			in_val(r, i, 13)[0] == 'l' ? "lz4" : "pglz");
	if (in_val(r, i, 14) && strcmp(in_val(r, i, 14), "-1") != 0)
		sb_addf(later, "ALTER TABLE ONLY %s ALTER COLUMN %s SET STATISTICS %s;\n", table, name,
			in_val(r, i, 14));
}

/* The tables rel picks (over pg_class c), each an item: CREATE TABLE with
 * its columns; partitions with all of them (then ATTACH, as pg_dump does),
 * inheritance children with their local ones. Two queries, the tables and
 * all their columns, merged here by oid (both ordered by it). */
static void tables_columns(struct in *in, struct ptrvec *items, struct strbuf *later, const char *rel)
{
	PGresult *t = tables_query(in, rel), *r = t ? columns_query(in, rel) : NULL;
	struct strbuf sink = STRBUF_INIT;
	int k = 0;

	if (!r) {
		if (t)
			PQclear(t);
		return;
	}
	for (int j = 0; j < PQntuples(t); j++) {
		unsigned long oid = strtoul(in_val(t, j, 0), NULL, 10);
		const char *table = in_val(t, j, 1), *checks = in_val(t, j, 8);
		bool partition = in_is_true(t, j, 4);
		int ncols = 0;

		sb_addf(&sink, "CREATE %sTABLE %s (", in_val(t, j, 2)[0] == 'u' ? "UNLOGGED "
			: in_val(t, j, 3)[0] == 'f' ? "FOREIGN " : "", table);
		while (k < PQntuples(r) && strtoul(in_val(r, k, 0), NULL, 10) < oid)
			k++;	/* a table gone between the two reads */
		for (; k < PQntuples(r) && strtoul(in_val(r, k, 0), NULL, 10) == oid; k++)
			table_column(in, &sink, later, r, k, table, partition, &ncols);
		if (checks)
			sb_adds(&sink, ncols ? checks : checks + 1);
		sb_adds(&sink, ncols || checks ? "\n)" : ")");
		if (in_val(t, j, 7))
			sb_addf(&sink, "\nINHERITS (%s)", in_val(t, j, 7));
		if (in_val(t, j, 5))
			sb_addf(&sink, "\nPARTITION BY %s", in_val(t, j, 5));
		if (in_val(t, j, 6))
			sb_addf(&sink, "\nWITH (%s)", in_val(t, j, 6));
		if (in_val(t, j, 9))
			sb_addf(&sink, "\n%s", in_val(t, j, 9) + 1);
		sb_adds(&sink, ";\n");
		item_add(in, items, in_val(t, j, 0), sink.buf);
		sb_reset(&sink);
	}
	sb_release(&sink);
	PQclear(t);
	PQclear(r);
}

static void read_types(struct in *in, struct ptrvec *items)
{
	const char *sql = arena_printf(in->a,
		"SELECT t.oid, pg_catalog.format('%%I.%%I', n.nspname, t.typname), t.typtype, t.typrelid"
		" FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid" EQ "t.typnamespace"
		" WHERE %s AND %s AND (t.typtype" EQ "ANY ('{e,d,r}'::pg_catalog.char[]) OR (t.typtype" EQ "'c' AND"
		" (SELECT relkind FROM pg_catalog.pg_class WHERE oid" EQ "t.typrelid)" EQ "'c'))"
		" ORDER BY t.oid",
		in_schema_pred(in, "t.typnamespace"), not_member(in, "pg_type", "t.oid"));
	PGresult *r = in_query(in, sql);
	struct strbuf *saved = in->out, sb = STRBUF_INIT;

	if (!r)
		return;
	in->out = &sb;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *oid = in_val(r, i, 0), *name = in_val(r, i, 1);
		switch (in_val(r, i, 2)[0]) {
		case 'e': type_enum(in, oid, name); break;
		case 'd': type_domain(in, oid, name); break;
		case 'c': type_composite(in, in_val(r, i, 3), name); break;
		default: type_range(in, oid, name); break;
		}
		item_add(in, items, oid, sb.buf);
		sb_reset(&sb);
	}
	in->out = saved;
	sb_release(&sb);
	PQclear(r);
}

/* Sequences that are no column's identity: created in phase 2, owned in 3. */
static void read_sequences(struct in *in, struct ptrvec *items, struct strbuf *later)
{
	const char *sql = arena_printf(in->a,
		"SELECT c.oid, pg_catalog.format('%%I.%%I', n.nspname, c.relname), " SEQ_COLS ","
		" (SELECT pg_catalog.format('%%I.%%I.%%I', tn.nspname, t.relname, a.attname) FROM pg_catalog.pg_depend dp"
		"   JOIN pg_catalog.pg_class t ON t.oid" EQ "dp.refobjid JOIN pg_catalog.pg_namespace tn ON tn.oid" EQ "t.relnamespace"
		"   JOIN pg_catalog.pg_attribute a ON a.attrelid" EQ "t.oid AND a.attnum" EQ "dp.refobjsubid"
		"   WHERE dp.classid" EQ "'pg_catalog.pg_class'::pg_catalog.regclass AND dp.objid" EQ "c.oid"
		"   AND dp.deptype" EQ "'a' AND dp.refobjsubid" GT "0)"
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" JOIN pg_catalog.pg_sequence s ON s.seqrelid" EQ "c.oid"
		" WHERE c.relkind" EQ "'S' AND %s AND %s AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend dp"
		"   WHERE dp.classid" EQ "'pg_catalog.pg_class'::pg_catalog.regclass AND dp.objid" EQ "c.oid AND dp.deptype" EQ "'i')"
		" ORDER BY c.oid",
		in_schema_pred(in, "c.relnamespace"), not_member(in, "pg_class", "c.oid"));
	PGresult *r = in_query(in, sql);
	struct strbuf *saved = in->out, sb = STRBUF_INIT;

	if (!r)
		return;
	in->out = &sb;
	for (int i = 0; i < PQntuples(r); i++) {
		sb_addf(&sb, "CREATE SEQUENCE %s", in_val(r, i, 1));
		seq_options(in, r, i, 2);
		sb_adds(&sb, ";\n");
		item_add(in, items, in_val(r, i, 0), sb.buf);
		sb_reset(&sb);
		if (in_val(r, i, 9))
			sb_addf(later, "ALTER SEQUENCE %s OWNED BY %s;\n", in_val(r, i, 1), in_val(r, i, 9));
	}
	in->out = saved;
	sb_release(&sb);
	PQclear(r);
}

/* The search_path a function's body, kept as text, is read under when it
 * sets none of its own: a new session's (catalog_default_search_path), as
 * the body runs under the caller's, not under the text's empty one, under
 * which its unqualified names (a table) would resolve to nothing and the
 * function would not depend on what it uses. */
#define SESSION_SEARCH_PATH "SELECT pg_catalog.set_config('search_path', '\"$user\", public', false);\n"
#define EMPTY_SEARCH_PATH "SELECT pg_catalog.set_config('search_path', '', false);\n"

static void read_functions(struct in *in, struct ptrvec *items)
{
	const char *sql = arena_printf(in->a,
		"SELECT p.oid, pg_catalog.pg_get_functiondef(p.oid),"
		" p.prosqlbody IS NULL AND NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) x"
		"  WHERE x OPERATOR(pg_catalog.~~) 'search\\_path=%%')"
		" FROM pg_catalog.pg_proc p"
		" WHERE %s AND %s AND p.prokind" NE "'a' AND %s ORDER BY p.oid",
		in_schema_pred(in, "p.pronamespace"), not_member(in, "pg_proc", "p.oid"), not_internal(in, "pg_proc", "p.oid"));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *def = in_val(r, i, 1);
		size_t n = strlen(def);
		while (n && (def[n - 1] == '\n' || def[n - 1] == ' '))
			n--;
		if (in_is_true(r, i, 2))
			item_add(in, items, in_val(r, i, 0), arena_printf(in->a,
				 SESSION_SEARCH_PATH "%.*s;\n" EMPTY_SEARCH_PATH, (int)n, def));
		else
			item_add(in, items, in_val(r, i, 0), arena_printf(in->a, "%.*s;\n", (int)n, def));
	}
	PQclear(r);
}

/* "OPERATOR(schema.op)" of an operator oid column, NULL for 0. */
#define OPERATOR_REF(col)                                                                          \
	"(SELECT pg_catalog.format('OPERATOR(%%I.%%s)', xn.nspname, xo.oprname) FROM pg_catalog.pg_operator xo" \
	" JOIN pg_catalog.pg_namespace xn ON xn.oid" EQ "xo.oprnamespace WHERE xo.oid" EQ col ")"

/* A function oid column as its (qualified) name, NULL for 0. */
#define REGPROC_OR_NULL(col) "CASE WHEN " col NE "0 THEN " col "::pg_catalog.regproc::pg_catalog.text END"

/*
 * The generic kinds schemac models (build_generic.c) that PostgreSQL has no
 * deparser for, written from their catalogs as pg_dump does: foreign-data
 * wrappers and servers, text search dictionaries, templates and parsers,
 * operators, aggregates, casts, conversions, access methods. Placed by oid, like the other objects of phase 2. Aggregates with
 * what this does not write (moving, ordered-set, serial functions) are
 * reported instead.
 */
static void read_generic(struct in *in, struct ptrvec *items)
{
	const char *sql = arena_printf(in->a,
		"SELECT w.oid, pg_catalog.format('CREATE FOREIGN DATA WRAPPER %%I', w.fdwname)"
		"  OPERATOR(pg_catalog.||) CASE WHEN w.fdwhandler" NE "0 THEN ' HANDLER ' OPERATOR(pg_catalog.||) w.fdwhandler::pg_catalog.regproc::pg_catalog.text ELSE '' END"
		"  OPERATOR(pg_catalog.||) CASE WHEN w.fdwvalidator" NE "0 THEN ' VALIDATOR ' OPERATOR(pg_catalog.||) w.fdwvalidator::pg_catalog.regproc::pg_catalog.text ELSE '' END"
		"  OPERATOR(pg_catalog.||) " FDW_OPTIONS("w.fdwoptions") " OPERATOR(pg_catalog.||) ';'"
		"  FROM pg_catalog.pg_foreign_data_wrapper w WHERE %s"
		" UNION ALL SELECT s.oid, pg_catalog.format('CREATE SERVER %%I', s.srvname)"
		"  OPERATOR(pg_catalog.||) COALESCE(' TYPE ' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(s.srvtype), '')"
		"  OPERATOR(pg_catalog.||) COALESCE(' VERSION ' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(s.srvversion), '')"
		"  OPERATOR(pg_catalog.||) pg_catalog.format(' FOREIGN DATA WRAPPER %%I', w.fdwname)"
		"  OPERATOR(pg_catalog.||) " FDW_OPTIONS("s.srvoptions") " OPERATOR(pg_catalog.||) ';'"
		"  FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid" EQ "s.srvfdw WHERE %s"
		" UNION ALL SELECT d.oid, pg_catalog.format('CREATE TEXT SEARCH DICTIONARY %%I.%%I (template = %%I.%%I%%s);',"
		"  n.nspname, d.dictname, tn.nspname, t.tmplname, COALESCE(', ' OPERATOR(pg_catalog.||) d.dictinitoption, ''))"
		"  FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid" EQ "d.dictnamespace"
		"  JOIN pg_catalog.pg_ts_template t ON t.oid" EQ "d.dicttemplate JOIN pg_catalog.pg_namespace tn ON tn.oid" EQ "t.tmplnamespace"
		"  WHERE %s AND %s"
		" UNION ALL SELECT o.oid, pg_catalog.format('CREATE OPERATOR %%I.%%s (function = %%s', n.nspname, o.oprname,"
		"  o.oprcode::pg_catalog.regproc)"
		"  OPERATOR(pg_catalog.||) CASE WHEN o.oprleft" NE "0 THEN ', leftarg = ' OPERATOR(pg_catalog.||) pg_catalog.format_type(o.oprleft, NULL) ELSE '' END"
		"  OPERATOR(pg_catalog.||) CASE WHEN o.oprright" NE "0 THEN ', rightarg = ' OPERATOR(pg_catalog.||) pg_catalog.format_type(o.oprright, NULL) ELSE '' END"
		"  OPERATOR(pg_catalog.||) COALESCE(', commutator = ' OPERATOR(pg_catalog.||) " OPERATOR_REF("o.oprcom") ", '')"
		"  OPERATOR(pg_catalog.||) COALESCE(', negator = ' OPERATOR(pg_catalog.||) " OPERATOR_REF("o.oprnegate") ", '')"
		"  OPERATOR(pg_catalog.||) COALESCE(', restrict = ' OPERATOR(pg_catalog.||) " REGPROC_OR_NULL("o.oprrest") ", '')"
		"  OPERATOR(pg_catalog.||) COALESCE(', join = ' OPERATOR(pg_catalog.||) " REGPROC_OR_NULL("o.oprjoin") ", '')"
		"  OPERATOR(pg_catalog.||) CASE WHEN o.oprcanhash THEN ', hashes' ELSE '' END"
		"  OPERATOR(pg_catalog.||) CASE WHEN o.oprcanmerge THEN ', merges' ELSE '' END OPERATOR(pg_catalog.||) ');'"
		"  FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid" EQ "o.oprnamespace"
		"  WHERE o.oprcode" NE "0 AND %s AND %s"
		" UNION ALL SELECT p.oid, pg_catalog.format('CREATE AGGREGATE %%I.%%I (%%s) (sfunc = %%s, stype = %%s',"
		"  n.nspname, p.proname, CASE WHEN pg_catalog.pg_get_function_identity_arguments(p.oid)" EQ "''"
		"  THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END,"
		"  g.aggtransfn::pg_catalog.regproc, pg_catalog.format_type(g.aggtranstype, NULL))"
		"  OPERATOR(pg_catalog.||) CASE WHEN g.aggtransspace" NE "0 THEN ', sspace = ' OPERATOR(pg_catalog.||) g.aggtransspace ELSE '' END"
		"  OPERATOR(pg_catalog.||) COALESCE(', finalfunc = ' OPERATOR(pg_catalog.||) " REGPROC_OR_NULL("g.aggfinalfn") ", '')"
		"  OPERATOR(pg_catalog.||) CASE WHEN g.aggfinalextra THEN ', finalfunc_extra' ELSE '' END"
		"  OPERATOR(pg_catalog.||) CASE WHEN g.aggfinalmodify" NE "'r' THEN ', finalfunc_modify = '"
		"   OPERATOR(pg_catalog.||) CASE g.aggfinalmodify WHEN 's' THEN 'shareable' ELSE 'read_write' END ELSE '' END"
		"  OPERATOR(pg_catalog.||) COALESCE(', combinefunc = ' OPERATOR(pg_catalog.||) " REGPROC_OR_NULL("g.aggcombinefn") ", '')"
		"  OPERATOR(pg_catalog.||) COALESCE(', initcond = ' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(g.agginitval), '')"
		"  OPERATOR(pg_catalog.||) COALESCE(', sortop = ' OPERATOR(pg_catalog.||) " OPERATOR_REF("g.aggsortop") ", '')"
		"  OPERATOR(pg_catalog.||) CASE p.proparallel WHEN 's' THEN ', parallel = safe' WHEN 'r' THEN ', parallel = restricted' ELSE '' END"
		"  OPERATOR(pg_catalog.||) ');'"
		"  FROM pg_catalog.pg_aggregate g JOIN pg_catalog.pg_proc p ON p.oid" EQ "g.aggfnoid"
		"  JOIN pg_catalog.pg_namespace n ON n.oid" EQ "p.pronamespace"
		"  WHERE g.aggkind" EQ "'n' AND g.aggserialfn" EQ "0 AND g.aggdeserialfn" EQ "0 AND g.aggmtransfn" EQ "0"
		"  AND %s AND %s"
		" UNION ALL SELECT k.oid, pg_catalog.format('CREATE CAST (%%s AS %%s) %%s%%s;',"
		"  pg_catalog.format_type(k.castsource, NULL), pg_catalog.format_type(k.casttarget, NULL),"
		"  CASE k.castmethod WHEN 'f' THEN 'WITH FUNCTION ' OPERATOR(pg_catalog.||) k.castfunc::pg_catalog.regprocedure::pg_catalog.text"
		"   WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END,"
		"  CASE k.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END)"
		"  FROM pg_catalog.pg_cast k WHERE k.oid" GT "16383 AND %s AND %s"
		" UNION ALL SELECT c.oid, pg_catalog.format('CREATE %%sCONVERSION %%I.%%I FOR %%L TO %%L FROM %%s;',"
		"  CASE WHEN c.condefault THEN 'DEFAULT ' ELSE '' END, n.nspname, c.conname,"
		"  pg_catalog.pg_encoding_to_char(c.conforencoding), pg_catalog.pg_encoding_to_char(c.contoencoding),"
		"  c.conproc::pg_catalog.regproc)"
		"  FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.connamespace"
		"  WHERE %s AND %s"
		" UNION ALL SELECT m.oid, pg_catalog.format('CREATE ACCESS METHOD %%I TYPE %%s HANDLER %%s;', m.amname,"
		"  CASE m.amtype WHEN 'i' THEN 'INDEX' ELSE 'TABLE' END, m.amhandler::pg_catalog.regproc)"
		"  FROM pg_catalog.pg_am m WHERE m.oid" GT "16383 AND %s"
		" UNION ALL SELECT t.oid, pg_catalog.format('CREATE TEXT SEARCH TEMPLATE %%I.%%I (%%slexize = %%s);', n.nspname,"
		"  t.tmplname, COALESCE('init = ' OPERATOR(pg_catalog.||) " REGPROC_OR_NULL("t.tmplinit") " OPERATOR(pg_catalog.||) ', ', ''),"
		"  t.tmpllexize::pg_catalog.regproc)"
		"  FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid" EQ "t.tmplnamespace WHERE %s AND %s"
		" UNION ALL SELECT p.oid, pg_catalog.format('CREATE TEXT SEARCH PARSER %%I.%%I (start = %%s, gettoken = %%s,"
		"  end = %%s, lextypes = %%s%%s);', n.nspname, p.prsname, p.prsstart::pg_catalog.regproc,"
		"  p.prstoken::pg_catalog.regproc, p.prsend::pg_catalog.regproc, p.prslextype::pg_catalog.regproc,"
		"  COALESCE(', headline = ' OPERATOR(pg_catalog.||) " REGPROC_OR_NULL("p.prsheadline") ", ''))"
		"  FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid" EQ "p.prsnamespace WHERE %s AND %s"
		" ORDER BY 1",
		not_member(in, "pg_foreign_data_wrapper", "w.oid"),
		not_member(in, "pg_foreign_server", "s.oid"),
		in_schema_pred(in, "d.dictnamespace"), not_member(in, "pg_ts_dict", "d.oid"),
		in_schema_pred(in, "o.oprnamespace"), not_member(in, "pg_operator", "o.oid"),
		in_schema_pred(in, "p.pronamespace"), not_member(in, "pg_proc", "p.oid"),
		not_member(in, "pg_cast", "k.oid"), not_internal(in, "pg_cast", "k.oid"),
		in_schema_pred(in, "c.connamespace"), not_member(in, "pg_conversion", "c.oid"),
		not_member(in, "pg_am", "m.oid"),
		in_schema_pred(in, "t.tmplnamespace"), not_member(in, "pg_ts_template", "t.oid"),
		in_schema_pred(in, "p.prsnamespace"), not_member(in, "pg_ts_parser", "p.oid"));
	items_query(in, items, sql);
}

/* reloptions as WITH (...) text: name='value', ... */
#define RELOPTIONS(col)                                                                            \
	"(SELECT pg_catalog.string_agg(pg_catalog.format('%%I', o[1]) OPERATOR(pg_catalog.||) '='"  \
	" OPERATOR(pg_catalog.||) pg_catalog.quote_literal(o[2]), ', ')"                           \
	" FROM (SELECT pg_catalog.regexp_split_to_array(x, '=') FROM pg_catalog.unnest(" col ") x) AS v(o))"

/* Tables (r, p), views (v) and materialized views (m), except the
 * tracking table. */
static void read_relations(struct in *in, struct ptrvec *items, struct strbuf *later)
{
	const char *sql = arena_printf(in->a,
		"SELECT c.oid, c.relkind, pg_catalog.format('%%I.%%I', n.nspname, c.relname),"
		" pg_catalog.pg_get_viewdef(c.oid), " RELOPTIONS(REL_AND_TOAST_OPTIONS) ", c.relispopulated"
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE c.relkind" EQ "ANY ('{v,m}'::pg_catalog.char[]) AND %s"
		" AND c.reloftype" EQ "0 ORDER BY c.oid",
		user_rel(in));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		const char kind = in_val(r, i, 1)[0];
		const char *def = in_val(r, i, 3);
		size_t n;
		n = def ? strlen(def) : 0;
		while (n && (def[n - 1] == ';' || def[n - 1] == '\n' || def[n - 1] == ' '))
			n--;
		item_add(in, items, in_val(r, i, 0),
			 arena_printf(in->a, "CREATE %sVIEW %s%s%s%s AS\n%.*s%s;\n",
				      kind == 'm' ? "MATERIALIZED " : "", in_val(r, i, 2),
				      in_val(r, i, 4) ? " WITH (" : "", in_val(r, i, 4) ? in_val(r, i, 4) : "",
				      in_val(r, i, 4) ? ")" : "", (int)n, def ? def : "",
				      kind != 'm' ? "" : in_is_true(r, i, 5) ? "\nWITH DATA" : "\nWITH NO DATA"));
	}
	PQclear(r);
	tables_columns(in, items, later, arena_printf(in->a,
		"c.relkind" EQ "ANY ('{r,p,f}'::pg_catalog.char[]) AND %s AND c.reloftype" EQ "0", user_rel(in)));
}

/* ---- phase 3: partitions, owned sequences, serial defaults --------------- */

static void read_partitions(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER TABLE ONLY %%I.%%I ATTACH PARTITION %%I.%%I %%s;', pn.nspname, p.relname,"
		" n.nspname, c.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid))"
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" JOIN pg_catalog.pg_inherits i ON i.inhrelid" EQ "c.oid"
		" JOIN pg_catalog.pg_class p ON p.oid" EQ "i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid" EQ "p.relnamespace"
		" WHERE c.relispartition AND c.relkind" EQ "ANY ('{r,p,f}'::pg_catalog.char[]) AND %s AND %s ORDER BY c.oid",
		in_schema_pred(in, "c.relnamespace"), not_member(in, "pg_class", "c.oid"));
	in_statements(in, sql, false);
}

/* Defaults that call nextval, after the sequences are owned (pg_dump's
 * place for them: serial columns read back as serial). */
static void read_serial_defaults(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER TABLE ONLY %%I.%%I ALTER COLUMN %%I SET DEFAULT %%s;', n.nspname, c.relname,"
		" a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid))"
		" FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_class c ON c.oid" EQ "ad.adrelid"
		" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" JOIN pg_catalog.pg_attribute a ON a.attrelid" EQ "c.oid AND a.attnum" EQ "ad.adnum"
		" WHERE c.relkind" EQ "ANY ('{r,p}'::pg_catalog.char[]) AND %s"
		" AND a.attgenerated" EQ "'' AND (a.attislocal OR c.relispartition)"
		" AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) OPERATOR(pg_catalog.~~) 'nextval(%%'"
		" ORDER BY c.oid, a.attnum",
		user_rel(in));
	in_statements(in, sql, false);
}

/* ---- phase 4: constraints and indexes ------------------------------------ */

/* Constraints of the pulled tables: fk false for keys, checks and
 * exclusions, true for foreign keys. Valid checks are in CREATE TABLE
 * (INLINE_CHECK); inherited ones and the foreign keys PostgreSQL copies
 * into partitions are left to the builder, which copies them as
 * PostgreSQL does. */
static void read_constraints(struct in *in, bool fk)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER TABLE ONLY %%I.%%I ADD CONSTRAINT %%I %%s;', n.nspname, c.relname,"
		" k.conname, pg_catalog.pg_get_constraintdef(k.oid))"
		" FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid" EQ "k.conrelid"
		" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE k.contype %s AND %s"
		" AND (k.conislocal OR (k.contype" NE "'c' AND k.conparentid" NE "0 AND k.contype" NE "'f'))"
		" AND NOT (" INLINE_CHECK ")"
		" ORDER BY c.oid, k.contype" NE "'p', k.conname",
		fk ? EQ "'f'" : EQ "ANY ('{p,u,c,x}'::pg_catalog.char[])",
		user_rel(in));
	in_statements(in, sql, false);
}

/* Indexes that back no constraint, then the attachments of partitions'
 * indexes (and keys) to their parents'. */
static void read_indexes(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT pg_catalog.pg_get_indexdef(i.indexrelid) FROM pg_catalog.pg_index i"
		" JOIN pg_catalog.pg_class c ON c.oid" EQ "i.indrelid"
		" WHERE c.relkind" EQ "ANY ('{r,p,m}'::pg_catalog.char[]) AND %s"
		" AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.conindid" EQ "i.indexrelid"
		"   AND k.conrelid" EQ "i.indrelid AND k.contype" EQ "ANY ('{p,u,x}'::pg_catalog.char[]))"
		" ORDER BY c.oid, i.indexrelid",
		user_rel(in));
	in_statements(in, sql, true);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER INDEX %%I.%%I ATTACH PARTITION %%I.%%I;', pn.nspname, p.relname,"
		" n.nspname, c.relname)"
		" FROM pg_catalog.pg_inherits h JOIN pg_catalog.pg_class c ON c.oid" EQ "h.inhrelid"
		" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" JOIN pg_catalog.pg_class p ON p.oid" EQ "h.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid" EQ "p.relnamespace"
		" WHERE c.relkind" EQ "'i' AND %s ORDER BY p.oid, c.oid", in_schema_pred(in, "c.relnamespace")), false);
}

/* What is set on built indexes, after them (pg_dump's place): the storage
 * parameters of the indexes behind keys (pg_get_constraintdef leaves them
 * out), the statistics targets of index columns, REPLICA IDENTITY other
 * than the default, and CLUSTER ON. */
static void read_index_forms(struct in *in)
{
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER INDEX %%I.%%I SET (%%s);', n.nspname, ic.relname, " RELOPTIONS("ic.reloptions") ")"
		" FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class ic ON ic.oid" EQ "k.conindid"
		" JOIN pg_catalog.pg_class c ON c.oid" EQ "k.conrelid JOIN pg_catalog.pg_namespace n ON n.oid" EQ "ic.relnamespace"
		" WHERE k.contype" EQ "ANY ('{p,u,x}'::pg_catalog.char[]) AND ic.reloptions IS NOT NULL AND %s"
		" AND k.conislocal ORDER BY c.oid, ic.oid",
		user_rel(in)), false);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER INDEX %%I.%%I ALTER COLUMN %%s SET STATISTICS %%s;', n.nspname, ic.relname,"
		" a.attnum, a.attstattarget)"
		" FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid" EQ "i.indexrelid"
		" JOIN pg_catalog.pg_class c ON c.oid" EQ "i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid" EQ "ic.relnamespace"
		" JOIN pg_catalog.pg_attribute a ON a.attrelid" EQ "ic.oid"
		" WHERE a.attstattarget" GT "-1 AND c.relkind" EQ "ANY ('{r,p,m}'::pg_catalog.char[]) AND %s"
		" ORDER BY c.oid, ic.oid, a.attnum",
		user_rel(in)), false);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER TABLE ONLY %%I.%%I REPLICA IDENTITY %%s;', n.nspname, c.relname,"
		" CASE c.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING' ELSE"
		"  (SELECT pg_catalog.format('USING INDEX %%I', ic.relname) FROM pg_catalog.pg_index i"
		"   JOIN pg_catalog.pg_class ic ON ic.oid" EQ "i.indexrelid WHERE i.indrelid" EQ "c.oid AND i.indisreplident) END)"
		" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE c.relreplident" NE "'d' AND c.relkind" EQ "ANY ('{r,p}'::pg_catalog.char[]) AND %s"
		" ORDER BY c.oid",
		user_rel(in)), false);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('ALTER TABLE ONLY %%I.%%I CLUSTER ON %%I;', n.nspname, c.relname, ic.relname)"
		" FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid" EQ "i.indexrelid"
		" JOIN pg_catalog.pg_class c ON c.oid" EQ "i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE i.indisclustered AND c.relkind" EQ "ANY ('{r,p,m}'::pg_catalog.char[]) AND %s"
		" ORDER BY c.oid",
		user_rel(in)), false);
}

/* ---- phase 6: owners, comments, privileges, publications ---------------- */

/* The objects phase 6 speaks of, one row each: ord (a kind's rank), oid,
 * the keyword (TABLE, FUNCTION, ...), the name as a statement writes it,
 * the owner, the ACL. */
static const char *objects_sql(struct in *in)
{
	return arena_printf(in->a,
		"SELECT 1 AS ord, n.oid, 'SCHEMA' AS kw, pg_catalog.format('%%I', n.nspname) AS ident,"
		"  n.nspowner AS owner, CASE WHEN n.nspname" NE "'public' OR n.nspacl::pg_catalog.text" NE
		"  '{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}' THEN n.nspacl END AS acl"
		"  FROM pg_catalog.pg_namespace n WHERE %s"
		" UNION ALL SELECT 2, t.oid, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,"
		"  pg_catalog.format('%%I.%%I', n.nspname, t.typname), t.typowner, t.typacl"
		"  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid" EQ "t.typnamespace"
		"  WHERE %s AND %s AND (t.typtype" EQ "ANY ('{e,d,r}'::pg_catalog.char[]) OR (t.typtype" EQ "'c' AND"
		"  (SELECT relkind FROM pg_catalog.pg_class WHERE oid" EQ "t.typrelid)" EQ "'c'))"
		" UNION ALL SELECT 3, p.oid, CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,"
		"  pg_catalog.format('%%I.%%I(%%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)),"
		"  p.proowner, p.proacl"
		"  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid" EQ "p.pronamespace"
		"  WHERE %s AND %s AND p.prokind" NE "'a' AND %s"
		" UNION ALL SELECT 4, c.oid, CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'"
		"  WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,"
		"  pg_catalog.format('%%I.%%I', n.nspname, c.relname), c.relowner, c.relacl"
		"  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		"  WHERE c.relkind" EQ "ANY ('{r,p,v,m,S,f}'::pg_catalog.char[]) AND %s"
		"  AND c.reloftype" EQ "0",
		in_schema_pred(in, "n.oid"), in_schema_pred(in, "t.typnamespace"), not_member(in, "pg_type", "t.oid"),
		in_schema_pred(in, "p.pronamespace"), not_member(in, "pg_proc", "p.oid"), not_internal(in, "pg_proc", "p.oid"),
		user_rel(in));
}

/* ALTER ... OWNER TO for every object, except sequences owned by a column
 * (they have their table's owner) and schema public owned as PostgreSQL
 * 15 makes it. */
static void read_owners(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT o.kw, o.ident, pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(o.owner)) FROM (%s) o"
		" WHERE NOT (o.ord" EQ "1 AND o.ident" EQ "'public' AND o.owner" EQ "'pg_database_owner'::pg_catalog.regrole)"
		" AND NOT (o.kw" EQ "'SEQUENCE' AND EXISTS (SELECT FROM pg_catalog.pg_depend dp WHERE dp.classid" EQ
		"  'pg_catalog.pg_class'::pg_catalog.regclass AND dp.objid" EQ "o.oid AND dp.deptype" EQ "ANY ('{a,i}'::pg_catalog.char[])"
		"  AND dp.refobjsubid" GT "0))"
		" UNION ALL SELECT 'COLLATION', pg_catalog.format('%%I.%%I', n.nspname, c.collname),"
		"  pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(c.collowner))"
		"  FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.collnamespace WHERE %s AND %s"
		" UNION ALL SELECT 'PUBLICATION', pg_catalog.format('%%I', p.pubname),"
		"  pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(p.pubowner)) FROM pg_catalog.pg_publication p"
		" UNION ALL SELECT 'EVENT TRIGGER', pg_catalog.format('%%I', e.evtname),"
		"  pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(e.evtowner)) FROM pg_catalog.pg_event_trigger e WHERE %s",
		objects_sql(in), in_schema_pred(in, "c.collnamespace"), not_member(in, "pg_collation", "c.oid"),
		not_member(in, "pg_event_trigger", "e.oid"));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++)
		sb_addf(in->out, "ALTER %s %s OWNER TO %s;\n", in_val(r, i, 0), in_val(r, i, 1), in_val(r, i, 2));
	PQclear(r);
}

/* COMMENT ON everything pulled, by what pg_identify_object calls it. */
static void read_comments(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT CASE WHEN k.contypid" NE "0 THEN pg_catalog.format('CONSTRAINT %%I ON DOMAIN %%s', k.conname, k.contypid::pg_catalog.regtype)"
		" ELSE CASE o.type WHEN 'table' THEN 'TABLE' WHEN 'index' THEN 'INDEX' WHEN 'sequence' THEN 'SEQUENCE'"
		"  WHEN 'view' THEN 'VIEW' WHEN 'materialized view' THEN 'MATERIALIZED VIEW' WHEN 'type' THEN 'TYPE'"
		"  WHEN 'composite type' THEN 'TYPE' WHEN 'domain' THEN 'DOMAIN' WHEN 'table constraint' THEN 'CONSTRAINT'"
		"  WHEN 'function' THEN 'FUNCTION' WHEN 'procedure' THEN 'PROCEDURE' WHEN 'trigger' THEN 'TRIGGER'"
		"  WHEN 'policy' THEN 'POLICY' WHEN 'event trigger' THEN 'EVENT TRIGGER' WHEN 'extension' THEN 'EXTENSION'"
		"  WHEN 'schema' THEN 'SCHEMA' WHEN 'collation' THEN 'COLLATION' WHEN 'publication' THEN 'PUBLICATION'"
		"  WHEN 'table column' THEN 'COLUMN' WHEN 'view column' THEN 'COLUMN' WHEN 'materialized view column' THEN 'COLUMN'"
		"  WHEN 'composite type column' THEN 'COLUMN' WHEN 'aggregate' THEN 'AGGREGATE' WHEN 'operator' THEN 'OPERATOR'"
		"  WHEN 'cast' THEN 'CAST' WHEN 'rule' THEN 'RULE' WHEN 'statistics object' THEN 'STATISTICS'"
		"  WHEN 'server' THEN 'SERVER' WHEN 'foreign-data wrapper' THEN 'FOREIGN DATA WRAPPER'"
		"  WHEN 'text search dictionary' THEN 'TEXT SEARCH DICTIONARY' WHEN 'text search template' THEN 'TEXT SEARCH TEMPLATE'"
		"  WHEN 'text search parser' THEN 'TEXT SEARCH PARSER' WHEN 'conversion' THEN 'CONVERSION'"
		"  WHEN 'access method' THEN 'ACCESS METHOD' WHEN 'operator class' THEN 'OPERATOR CLASS'"
		"  WHEN 'foreign table' THEN 'FOREIGN TABLE' WHEN 'foreign table column' THEN 'COLUMN'"
		"  WHEN 'operator family' THEN 'OPERATOR FAMILY' WHEN 'text search configuration' THEN 'TEXT SEARCH CONFIGURATION'"
		"  WHEN 'language' THEN 'LANGUAGE' END"
		"  OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) o.identity END,"
		" pg_catalog.quote_literal(d.description), o.type"
		" FROM pg_catalog.pg_description d CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) o"
		" LEFT JOIN pg_catalog.pg_constraint k ON d.classoid" EQ "'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid" EQ "d.objoid"
		" WHERE (o.schema IS NULL OR o.schema" EQ "ANY (SELECT pg_catalog.quote_ident(nspname) FROM pg_catalog.pg_namespace WHERE %s))"
		" AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e WHERE e.classid" EQ "d.classoid AND e.objid" EQ "d.objoid AND e.deptype" EQ "'e')"
		" AND NOT (d.classoid" EQ "'pg_catalog.pg_class'::pg_catalog.regclass AND d.objoid" EQ "%s)"
		" AND NOT (d.classoid" EQ "'pg_catalog.pg_namespace'::pg_catalog.regclass AND NOT %s)"
		" AND NOT (o.type" EQ "'schema' AND o.identity" EQ "'public' AND d.description" EQ "'standard public schema')"
		" AND NOT (o.type" EQ "'extension' AND o.identity" EQ "'plpgsql')"
		" AND o.type" NE "'toast table' AND (d.objoid" GT "16383 OR d.classoid" EQ "'pg_catalog.pg_namespace'::pg_catalog.regclass)"
		" ORDER BY d.classoid, d.objoid, d.objsubid",
		in_schema_pred(in, "oid"), in->skip_table, in_schema_pred(in, "d.objoid"));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		if (!in_val(r, i, 0)) {
			introspect_warn(in, "the database has a comment on %s, which schemac does not model; not pulled",
			     in_val(r, i, 2));
			continue;
		}
		sb_addf(in->out, "COMMENT ON %s IS %s;\n", in_val(r, i, 0), in_val(r, i, 1));
	}
	PQclear(r);
}

/*
 * Does the schema of read_grants' row i (its first) belong to
 * pg_database_owner (public, as PostgreSQL 15 makes it) which keeps
 * USAGE and CREATE, without grant option? Then its ACL is written as
 * pg_dump writes it, from the owner's default: the builder takes schema
 * public's owner as the database's, and pg_database_owner's own grants
 * would read as another role's.
 */
static bool db_owner_keeps_all(PGresult *r, int i)
{
	int n = 0;

	if (strcmp(in_val(r, i, 0), "SCHEMA") != 0 || strcmp(in_val(r, i, 2), "pg_database_owner") != 0)
		return false;
	for (int j = i; j < PQntuples(r) && strcmp(in_val(r, j, 1), in_val(r, i, 1)) == 0; j++)
		if (in_val(r, j, 4) && strcmp(in_val(r, j, 3), "pg_database_owner") == 0) {
			if (in_is_true(r, j, 5))
				return false;
			n++;
		}
	return n == 2;
}

/* GRANT for each ACL entry; an object whose ACL is set starts from nothing
 * (REVOKE ALL from PUBLIC and the owner), so the grants are the whole set. */
static void read_grants(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT o.kw, o.ident, pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(o.owner)),"
		" CASE WHEN x.grantee" EQ "0 THEN 'PUBLIC' ELSE pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(x.grantee)) END,"
		" x.privilege_type, x.is_grantable"
		" FROM (%s) o LEFT JOIN LATERAL pg_catalog.aclexplode(o.acl) x ON true WHERE o.acl IS NOT NULL"
		" ORDER BY o.ord, o.oid, x.grantee, x.privilege_type",
		objects_sql(in));
	PGresult *r = in_query(in, sql);
	const char *last = "";
	bool db_owner_full = false;

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *kw = in_val(r, i, 0), *ident = in_val(r, i, 1);
		if (strcmp(kw, "VIEW") == 0 || strcmp(kw, "MATERIALIZED VIEW") == 0)
			kw = "TABLE";
		if (strcmp(kw, "DOMAIN") == 0)
			kw = "TYPE";
		if (strcmp(ident, last) != 0) {
			sb_addf(in->out, "REVOKE ALL ON %s %s FROM PUBLIC;\n", kw, ident);
			db_owner_full = db_owner_keeps_all(r, i);
			if (!db_owner_full)
				sb_addf(in->out, "REVOKE ALL ON %s %s FROM %s;\n", kw, ident, in_val(r, i, 2));
			last = ident;
		}
		if (db_owner_full && strcmp(in_val(r, i, 3), "pg_database_owner") == 0)
			continue;
		if (in_val(r, i, 4))
			sb_addf(in->out, "GRANT %s ON %s %s TO %s%s;\n", in_val(r, i, 4), kw, ident, in_val(r, i, 3),
				in_is_true(r, i, 5) ? " WITH GRANT OPTION" : "");
	}
	PQclear(r);
	in_statements(in, arena_printf(in->a,
		"SELECT pg_catalog.format('GRANT %%s (%%I) ON TABLE %%I.%%I TO %%s%%s;', x.privilege_type, a.attname, n.nspname,"
		" c.relname, CASE WHEN x.grantee" EQ "0 THEN 'PUBLIC' ELSE pg_catalog.format('%%I', pg_catalog.pg_get_userbyid(x.grantee)) END,"
		" CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)"
		" FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid" EQ "a.attrelid"
		" JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace, LATERAL pg_catalog.aclexplode(a.attacl) x"
		" WHERE a.attacl IS NOT NULL AND %s ORDER BY c.oid, a.attnum, x.grantee, x.privilege_type",
		user_rel(in)), false);
}

/* What the database holds and schemac does not model: reported by name. */
static void report_unsupported(struct in *in)
{
	const char *sql = arena_printf(in->a,
		"SELECT 'aggregate ' OPERATOR(pg_catalog.||) p.oid::pg_catalog.regprocedure::pg_catalog.text"
		"  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate g ON g.aggfnoid" EQ "p.oid"
		"  WHERE NOT (g.aggkind" EQ "'n' AND g.aggserialfn" EQ "0 AND g.aggdeserialfn" EQ "0 AND g.aggmtransfn" EQ "0)"
		"  AND %s AND %s"
		" UNION ALL SELECT 'operator ' OPERATOR(pg_catalog.||) o.oid::pg_catalog.regoperator::pg_catalog.text"
		"  FROM pg_catalog.pg_operator o WHERE o.oprcode" EQ "0 AND %s AND %s"
		" UNION ALL SELECT 'typed table ' OPERATOR(pg_catalog.||) c.oid::pg_catalog.regclass::pg_catalog.text"
		"  FROM pg_catalog.pg_class c WHERE c.reloftype" NE "0 AND c.relkind" EQ "ANY ('{r,p}'::pg_catalog.char[])"
		"  AND %s AND %s"
		" UNION ALL SELECT pg_catalog.format('the tablespace of %%s', c.oid::pg_catalog.regclass)"
		"  FROM pg_catalog.pg_class c WHERE c.reltablespace" NE "0 AND c.relkind" NE "'t' AND %s AND %s"
		" ORDER BY 1",
		in_schema_pred(in, "p.pronamespace"), not_member(in, "pg_proc", "p.oid"),
		in_schema_pred(in, "o.oprnamespace"), not_member(in, "pg_operator", "o.oid"),
		in_schema_pred(in, "c.relnamespace"), not_member(in, "pg_class", "c.oid"),
		in_schema_pred(in, "c.relnamespace"), not_member(in, "pg_class", "c.oid"));
	PGresult *r = in_query(in, sql);

	if (!r)
		return;
	for (int i = 0; i < PQntuples(r); i++)
		introspect_warn(in, "the database has %s, which schemac does not model; not pulled", in_val(r, i, 0));
	PQclear(r);
}

/* ---- the whole ------------------------------------------------------------ */

static void skip_tracking_table(struct in *in, const char *table)
{
	struct tracking tr;
	PGresult *r;

	in->skip_table = "0";
	if (!table || tracking_init(&tr, in->a, table, in->d) < 0)
		return;
	r = in_query(in, arena_printf(in->a,
		"SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid" EQ "c.relnamespace"
		" WHERE n.nspname" EQ "%s AND c.relname" EQ "%s", rt_literal(in->a, tr.schema),
		rt_literal(in->a, tr.name)));
	if (r && PQntuples(r))
		in->skip_table = arena_strdup(in->a, in_val(r, 0, 0));
	if (r)
		PQclear(r);
}

int introspect_sql(struct strbuf *out, struct arena *a, const struct introspect_options *o,
		   struct diags *d)
{
	struct in in = { .a = a, .d = d, .out = out };
	struct ptrvec items = { 0 };
	struct strbuf later = STRBUF_INIT;
	PGresult *r;
	int version;

	in.c = rt_connect(o->target, a, d);
	if (!in.c)
		return RT_DATABASE;
	version = PQserverVersion(in.c);
	if (version / 10000 != 15) {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"%s runs PostgreSQL %d.%d; schemac reads the catalog of PostgreSQL 15 only",
			o->target->display, version / 10000, version % 10000);
		PQfinish(in.c);
		return RT_DATABASE;
	}
	r = in_query(&in, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"
		       " SELECT pg_catalog.set_config('search_path', '', true)");
	if (r)
		PQclear(r);
	skip_tracking_table(&in, o->tracking_table);
	/* as pg_dump: the server checked every body once; the text lists
	 * functions in creation order, which their bodies need not follow */
	sb_adds(out, "SET check_function_bodies = false;\n");
	sb_adds(out, "SELECT pg_catalog.set_config('search_path', '', false);\n");
	if (read_schemas(&in, o) == 0) {
		read_extensions(&in);
		read_collations(&in);
		read_types(&in, &items);
		read_sequences(&in, &items, &later);
		read_functions(&in, &items);
		read_generic(&in, &items);
		read_ts_configs(&in, &items);
		read_opclasses(&in, &items);
		read_languages(&in, &items);
		read_relations(&in, &items, &later);
		if (items.n)
			items_order(&in, &items);
		for (size_t i = 0; i < items.n; i++)
			sb_adds(out, ((struct item *)items.items[i])->sql);
		read_partitions(&in);
		sb_add(out, later.buf, later.len);
		read_serial_defaults(&in);
		read_constraints(&in, false);
		read_indexes(&in);
		read_index_forms(&in);
		read_constraints(&in, true);
		read_triggers(&in);
		read_rules_statistics(&in);
		read_policies(&in);
		read_publications(&in);
		read_owners(&in);
		read_comments(&in);
		read_grants(&in);
		read_default_privileges(&in);
		report_unsupported(&in);
	}
	r = in_query(&in, "COMMIT");
	if (r)
		PQclear(r);
	sb_release(&later);
	PQfinish(in.c);
	return in.failed ? RT_DATABASE : RT_OK;
}

struct catalog *introspect_build(struct arena *a, struct stmt_cache *cache,
				 const struct introspect_options *o, const char *sql, struct diags *d)
{
	int before = d->nerrors;
	struct parser *p = parser_new(a, d, cache);
	struct catalog *cat = catalog_new(a);

	parser_add_text(p, arena_printf(a, "database %s", o->target->display), sql);
	build_catalog(cat, p, d);
	parser_free(p);
	/* the text empties search_path first (as pg_dump does); what is
	 * diffed against the catalog sees it as a new session does */
	catalog_default_search_path(cat);
	return d->nerrors > before ? NULL : cat;
}

struct catalog *introspect_catalog(struct arena *a, struct stmt_cache *cache,
				   const struct introspect_options *o, struct diags *d, int *rt)
{
	struct strbuf sql = STRBUF_INIT;
	struct catalog *cat = NULL;
	int ret = introspect_sql(&sql, a, o, d);

	if (ret == RT_OK && !(cat = introspect_build(a, cache, o, sql.buf, d)))
		ret = RT_USAGE;
	sb_release(&sql);
	if (rt)
		*rt = ret;
	return cat;
}
