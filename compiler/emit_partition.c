/*
 * emit_partition.c - the emitter's part for partitioned tables, partitions,
 * table inheritance and table and column options: CREATE TABLE ...
 * PARTITION OF, PARTITION BY, INHERITS, WITH (...), ATTACH / DETACH
 * PARTITION, INHERIT / NO INHERIT, SET / RESET (...), and SET STORAGE /
 * COMPRESSION / STATISTICS.
 */
#include "emit.h"
#include "arena.h"
#include "build.h"
#include "normalize.h"
#include "sqlfmt.h"

#include <stdlib.h>

static void value(struct strbuf *sb, const char *v)
{
	if (!v)
		sb_adds(sb, "NULL");
	else if (strcmp(v, PARTBOUND_MINVALUE) == 0)
		sb_adds(sb, "MINVALUE");
	else if (strcmp(v, PARTBOUND_MAXVALUE) == 0)
		sb_adds(sb, "MAXVALUE");
	else
		sb_literal(sb, v);
}

static void values(struct strbuf *sb, const struct ptrvec *v)
{
	sb_addc(sb, '(');
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			sb_adds(sb, ", ");
		value(sb, v->items[i]);
	}
	sb_addc(sb, ')');
}

/* emit_partition.c */
static void emit_partbound(struct strbuf *sb, const struct partbound *b)
{
	if (b->is_default) {
		sb_adds(sb, "DEFAULT");
		return;
	}
	sb_adds(sb, "FOR VALUES ");
	switch (b->strategy) {
	case 'l':
		sb_adds(sb, "IN ");
		values(sb, &b->list);
		break;
	case 'r':
		sb_adds(sb, "FROM ");
		values(sb, &b->lower);
		sb_adds(sb, " TO ");
		values(sb, &b->upper);
		break;
	default:
		sb_addf(sb, "WITH (MODULUS %d, REMAINDER %d)", b->modulus, b->remainder);
		break;
	}
}

/* What follows the column list: INHERITS (unless inherits is false),
 * PARTITION BY, WITH. */
void emit_table_tail(struct strbuf *sb, struct arena *a, const struct table *t, bool inherits)
{
	if (inherits && t->inherits.n) {
		sb_adds(sb, " INHERITS (");
		for (size_t i = 0; i < t->inherits.n; i++) {
			const struct qname *q = t->inherits.items[i];
			if (i)
				sb_adds(sb, ", ");
			sb_qname(sb, q->schema, q->name);
		}
		sb_addc(sb, ')');
	}
	if (t->partkey) {
		sb_adds(sb, t->partkey->strategy == 'l' ? " PARTITION BY LIST "
			    : t->partkey->strategy == 'r' ? " PARTITION BY RANGE " : " PARTITION BY HASH ");
		emit_elems(sb, a, &t->partkey->elems);
	}
	emit_reloptions(sb, &t->options);
}

/* CREATE TABLE t PARTITION OF parent (what differs from the parent) FOR VALUES. */
void emit_create_partition(struct strbuf *sb, struct arena *a, const struct change *ch)
{
	const struct table *t = ch->table, *p = ch->old;
	bool first = true;

	sb_adds(sb, t->unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ");
	sb_qname(sb, t->name.schema, t->name.name);
	sb_adds(sb, " PARTITION OF ");
	sb_qname(sb, t->partition_of.schema, t->partition_of.name);
	for (size_t i = 0; i < t->columns.n; i++) {
		const struct column *c = t->columns.items[i];
		const struct column *pc = p ? table_find_column(p, c->name) : NULL;
		bool def = c->def && !c->generated && (!pc || !expr_equal(c->def, pc->def));
		bool nn = c->not_null && (!pc || !pc->not_null);
		if (!def && !nn)
			continue;
		sb_adds(sb, first ? " (\n    " : ",\n    ");
		first = false;
		sb_ident(sb, c->name);
		sb_adds(sb, " WITH OPTIONS");
		if (def) {
			sb_adds(sb, " DEFAULT ");
			if (expr_is_simple(c->def)) {
				sb_adds(sb, expr_sql(a, c->def));
			} else {
				sb_addc(sb, '(');
				sb_adds(sb, expr_sql(a, c->def));
				sb_addc(sb, ')');
			}
		}
		if (nn)
			sb_adds(sb, " NOT NULL");
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if (vec_has(&ch->deferred, c))
			continue;
		sb_adds(sb, first ? " (\n    " : ",\n    ");
		first = false;
		emit_constraint_def(sb, a, c, false);
	}
	if (!first)
		sb_adds(sb, "\n)");
	sb_addc(sb, ' ');
	emit_partbound(sb, t->bound);
	if (t->partkey) {
		sb_adds(sb, t->partkey->strategy == 'l' ? " PARTITION BY LIST "
			    : t->partkey->strategy == 'r' ? " PARTITION BY RANGE " : " PARTITION BY HASH ");
		emit_elems(sb, a, &t->partkey->elems);
	}
	emit_reloptions(sb, &t->options);
	sb_addc(sb, ';');
}

static void alter_table(struct strbuf *sb, const struct table *t)
{
	sb_adds(sb, "ALTER TABLE ");
	sb_qname(sb, t->name.schema, t->name.name);
}

static size_t option_key_len(const char *item)
{
	return (size_t)(strchr(item, '=') - item);
}

static bool has_option_name(const struct ptrvec *v, size_t from, size_t to, const char *item)
{
	size_t klen = option_key_len(item);

	for (size_t i = from; i < to; i++) {
		const char *x = v->items[i];
		if (option_key_len(x) == klen && strncmp(x, item, klen) == 0)
			return true;
	}
	return false;
}

/* ALTER INDEX s.name (an index lives in its table's schema) */
static void alter_index(struct strbuf *sb, const struct table *t, const char *name)
{
	sb_adds(sb, "ALTER INDEX ");
	sb_qname(sb, t->name.schema, name);
}

static bool toast_option(const char *item)
{
	return strncmp(item, "toast.", 6) == 0;
}

/*
 * From old's options to new's, in new's order (pg_dump prints them as
 * stored): the longest start of new that old already holds in that order is
 * kept, the rest of old is RESET, and the rest of new SET, which appends.
 * The TOAST table's (toast.*) are a list of their own, done the same way.
 */
static void plan_reloptions(const struct ptrvec *nv, const struct ptrvec *ov, bool toast,
			    struct strbuf *reset, struct reloptions *set)
{
	struct ptrvec n = { 0 }, o = { 0 };
	size_t keep = 0, at = 0;

	for (size_t i = 0; i < nv->n; i++)
		if (toast_option(nv->items[i]) == toast)
			vec_push(&n, NULL, nv->items[i]);
	for (size_t i = 0; i < ov->n; i++)
		if (toast_option(ov->items[i]) == toast)
			vec_push(&o, NULL, ov->items[i]);
	while (keep < n.n) {
		while (at < o.n && strcmp(o.items[at], n.items[keep]) != 0)
			at++;
		if (at == o.n)
			break;
		keep++;
		at++;
	}
	for (size_t i = 0; i < o.n; i++) {
		const char *item = o.items[i];
		bool kept = false;
		for (size_t j = 0; j < keep && !kept; j++)
			kept = strcmp(n.items[j], item) == 0;
		if (kept || has_option_name(&n, keep, n.n, item))
			continue;	/* kept, or replaced by SET */
		if (reset->len)
			sb_adds(reset, ", ");
		sb_add(reset, item, option_key_len(item));
	}
	for (size_t i = keep; i < n.n; i++)
		vec_push(&set->items, NULL, n.items[i]);
	free(n.items);
	free(o.items);
}

static void set_reloptions(struct strbuf *sb, const char *alter, const struct reloptions *no,
			   const struct reloptions *oo)
{
	struct strbuf reset = STRBUF_INIT;
	struct reloptions set = { 0 };

	plan_reloptions(&no->items, &oo->items, false, &reset, &set);
	plan_reloptions(&no->items, &oo->items, true, &reset, &set);
	if (reset.len)
		sb_addf(sb, "%s RESET (%s);", alter, reset.buf);
	if (set.items.n) {
		struct strbuf w = STRBUF_INIT;
		if (reset.len)
			sb_addc(sb, '\n');
		sb_adds(sb, alter);
		sb_adds(sb, " SET");
		emit_reloptions(&w, &set);
		sb_adds(sb, w.buf + 5);	/* " WITH (" -> " (" */
		sb_addc(sb, ';');
		sb_release(&w);
	}
	free(set.items.items);
	sb_release(&reset);
}

void emit_partition_change(struct strbuf *sb, struct arena *a, const struct change *ch)
{
	const struct table *t = ch->table;
	const struct column *c = ch->obj;

	(void)a;
	switch (ch->kind) {
	case CH_ATTACH_PARTITION:
		sb_adds(sb, "ALTER TABLE ");
		sb_qname(sb, t->partition_of.schema, t->partition_of.name);
		sb_adds(sb, " ATTACH PARTITION ");
		sb_qname(sb, t->name.schema, t->name.name);
		sb_addc(sb, ' ');
		emit_partbound(sb, t->bound);
		sb_addc(sb, ';');
		break;
	case CH_DETACH_PARTITION:
		sb_adds(sb, "ALTER TABLE ");
		sb_qname(sb, t->partition_of.schema, t->partition_of.name);
		sb_adds(sb, " DETACH PARTITION ");
		sb_qname(sb, t->name.schema, t->name.name);
		sb_addc(sb, ';');
		break;
	case CH_ADD_INHERIT:
	case CH_DROP_INHERIT: {
		const struct qname *q = ch->obj;
		alter_table(sb, t);
		sb_adds(sb, ch->kind == CH_ADD_INHERIT ? " INHERIT " : " NO INHERIT ");
		sb_qname(sb, q->schema, q->name);
		sb_addc(sb, ';');
		break;
	}
	case CH_SET_RELOPTIONS: {
		struct strbuf alter = STRBUF_INIT;
		alter_table(&alter, t);
		set_reloptions(sb, alter.buf, &t->options, &((const struct table *)ch->old)->options);
		sb_release(&alter);
		break;
	}
	case CH_ALTER_VIEW_OPTIONS: {
		const struct dbobject *nv = ch->obj, *ov = ch->old;
		struct strbuf alter = STRBUF_INIT;
		sb_adds(&alter, nv->kind == OBJ_MATVIEW ? "ALTER MATERIALIZED VIEW " : "ALTER VIEW ");
		sb_qname(&alter, nv->name.schema, nv->name.name);
		set_reloptions(sb, alter.buf, &nv->options, &ov->options);
		sb_release(&alter);
		break;
	}
	case CH_ALTER_INDEX_OPTIONS: {
		struct strbuf alter = STRBUF_INIT;
		alter_index(&alter, t, ch->part);
		set_reloptions(sb, alter.buf, ch->obj, ch->old);
		sb_release(&alter);
		break;
	}
	case CH_INDEX_STATISTICS: {
		const struct index *ni = ch->obj, *oi = ch->old;
		bool first = true;
		for (size_t i = 0; i < ni->elems.n; i++) {
			const struct index_elem *ne = ni->elems.items[i];
			const struct index_elem *oe = oi ? oi->elems.items[i] : NULL;
			bool ohas = oe && oe->has_statistics;
			if (ohas == ne->has_statistics && (!ohas || oe->statistics == ne->statistics))
				continue;
			if (!first)
				sb_addc(sb, '\n');
			first = false;
			alter_index(sb, t, ni->name);
			sb_addf(sb, " ALTER COLUMN %zu SET STATISTICS %d;", i + 1,
				ne->has_statistics ? ne->statistics : -1);
		}
		break;
	}
	case CH_REPLICA_IDENTITY:
		alter_table(sb, t);
		switch (t->replident) {
		case 'f':
			sb_adds(sb, " REPLICA IDENTITY FULL;");
			break;
		case 'n':
			sb_adds(sb, " REPLICA IDENTITY NOTHING;");
			break;
		case 'i':
			sb_adds(sb, " REPLICA IDENTITY USING INDEX ");
			sb_ident(sb, t->replident_index);
			sb_addc(sb, ';');
			break;
		default:
			sb_adds(sb, " REPLICA IDENTITY DEFAULT;");
			break;
		}
		break;
	case CH_ATTACH_INDEX:
		sb_adds(sb, "ALTER INDEX ");
		sb_qname(sb, t->name.schema, ch->text);
		sb_adds(sb, " ATTACH PARTITION ");
		sb_qname(sb, t->name.schema, ch->part);
		sb_addc(sb, ';');
		break;
	case CH_CLUSTER_ON:
		alter_table(sb, t);
		if (t->cluster_index) {
			sb_adds(sb, " CLUSTER ON ");
			sb_ident(sb, t->cluster_index);
			sb_addc(sb, ';');
		} else {
			sb_adds(sb, " SET WITHOUT CLUSTER;");
		}
		break;
	case CH_SET_STORAGE:
		alter_table(sb, t);
		sb_adds(sb, " ALTER COLUMN ");
		sb_ident(sb, c->name);
		/* PostgreSQL 15 has no SET STORAGE DEFAULT: the type's own */
		sb_addf(sb, " SET STORAGE %s;", c->storage ? c->storage
				 : default_storage(&c->type) ? default_storage(&c->type) : "extended");
		break;
	case CH_SET_COMPRESSION:
		alter_table(sb, t);
		sb_adds(sb, " ALTER COLUMN ");
		sb_ident(sb, c->name);
		sb_addf(sb, " SET COMPRESSION %s;", c->compression ? c->compression : "default");
		break;
	case CH_SET_STATISTICS:
		alter_table(sb, t);
		sb_adds(sb, " ALTER COLUMN ");
		sb_ident(sb, c->name);
		sb_addf(sb, " SET STATISTICS %d;", c->has_statistics ? c->statistics : -1);
		break;
	default:
		break;
	}
}
