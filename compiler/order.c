/*
 * order.c - the orderer. Changes carry a phase (diff.h): dependents are
 * dropped before what they depend on, and things are created before what
 * uses them. Within a phase the base order is (schema, name, part), so the
 * output does not depend on which file a statement was written in; tables
 * are sorted topologically by their foreign keys, disturbing that base
 * order as little as possible, and extensions keep the order they were
 * written in (one may need another). Output is byte-identical run to run.
 *
 * Cycle rule (mutual foreign keys): when no table is ready, the first table
 * in base order that lies on a cycle is placed and its foreign keys to tables
 * not yet placed are deferred, to be added with ALTER TABLE ... ADD
 * CONSTRAINT once every table exists - as pg_dump does.
 *
 * Dependencies across phases: a change may name changes that must come
 * before it (change->prereqs, recorded by diff_depend.c where a phase order
 * is wrong for one object: a domain whose check calls a function created
 * in the same migration, a domain over a table's row type). After the
 * sort, such a change waits in place until the last of them is out, and
 * goes right after it; everything else keeps its sorted position, so the
 * phases stay the rule and the dependencies the exception. A cycle among
 * them (which PostgreSQL itself would refuse) leaves the changes on it in
 * sorted order at the end.
 */
#include "arena.h"
#include "diff.h"

#include <stdint.h>

#include <stdlib.h>

static int cmp_changes(const void *a, const void *b)
{
	const struct change *x = *(const struct change *const *)a;
	const struct change *y = *(const struct change *const *)b;

	int c;

	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if ((c = str_cmp(x->key, y->key)) != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void change_after(struct changes *ch, struct change *c, struct change *first)
{
	if (!c || !first || c == first)
		return;
	for (size_t i = 0; i < c->prereqs.n; i++)
		if (c->prereqs.items[i] == first)
			return;
	vec_push(&c->prereqs, ch->arena, first);
}

/* The waiting pass: positions in the sorted list, per change how many of
 * its prerequisites are not out yet, and who waits on whom. */
struct waiting {
	struct change **in;	/* sorted */
	struct change **out;
	size_t nout;
	size_t *pending;	/* per position */
	struct ptrvec *waiters;	/* per position: positions (uintptr_t) */
	bool *done;
	size_t scan;		/* the scan has passed positions below this */
};

static void release(struct waiting *w, size_t i)
{
	w->done[i] = true;
	w->out[w->nout++] = w->in[i];
	for (size_t k = 0; k < w->waiters[i].n; k++) {
		size_t j = (size_t)(uintptr_t)w->waiters[i].items[k];
		if (--w->pending[j] == 0 && j < w->scan && !w->done[j])
			release(w, j);
	}
}

/* A change and its position in the sorted list, sorted by address for
 * bsearch. */
struct placed_change {
	const struct change *c;
	size_t pos;
};

static int cmp_placed(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct placed_change *)a)->c;
	uintptr_t y = (uintptr_t)((const struct placed_change *)b)->c;
	return x < y ? -1 : x > y;
}

static size_t position_of(const struct placed_change *byaddr, size_t n, const struct change *c)
{
	struct placed_change key = { c, 0 };
	const struct placed_change *p = bsearch(&key, byaddr, n, sizeof(*byaddr), cmp_placed);
	return p ? p->pos : SIZE_MAX;
}

static void wait_for_prerequisites(struct changes *ch)
{
	size_t n = ch->items.n;
	struct arena *a = arena_new();
	struct placed_change *byaddr = arena_alloc(a, n * sizeof(*byaddr));
	struct waiting w = { (struct change **)ch->items.items,
			     arena_alloc(a, n * sizeof(struct change *)), 0,
			     arena_alloc(a, n * sizeof(size_t)),
			     arena_alloc(a, n * sizeof(struct ptrvec)),
			     arena_alloc(a, n), 0 };

	for (size_t i = 0; i < n; i++) {
		byaddr[i].c = w.in[i];
		byaddr[i].pos = i;
	}
	qsort(byaddr, n, sizeof(*byaddr), cmp_placed);
	for (size_t i = 0; i < n; i++) {
		const struct change *c = w.in[i];
		for (size_t k = 0; k < c->prereqs.n; k++) {
			size_t j = position_of(byaddr, n, c->prereqs.items[k]);
			if (j == SIZE_MAX || j < i)
				continue;	/* not in the list, or before anyway */
			w.pending[i]++;
			vec_push(&w.waiters[j], a, (void *)(uintptr_t)i);
		}
	}
	for (size_t i = 0; i < n; i++) {
		w.scan = i + 1;	/* a waiter at i or before may now go */
		if (!w.done[i] && w.pending[i] == 0)
			release(&w, i);
	}
	for (size_t i = 0; i < n; i++)	/* a cycle */
		if (!w.done[i])
			w.out[w.nout++] = w.in[i];
	memcpy(ch->items.items, w.out, n * sizeof(*w.out));
	arena_free(a);
}

void order_changes(struct changes *ch)
{
	bool any = false;

	if (ch->items.n > 1)
		qsort(ch->items.items, ch->items.n, sizeof(*ch->items.items), cmp_changes);
	for (size_t i = 0; i < ch->items.n && !any; i++)
		any = ((struct change *)ch->items.items[i])->prereqs.n > 0;
	if (any)
		wait_for_prerequisites(ch);
}

static bool refers_to(const struct constraint *c, const struct table *t)
{
	return c->kind == CON_FOREIGN && str_eq(c->ref_table.schema, t->name.schema) &&
	       str_eq(c->ref_table.name, t->name.name);
}

/* Is t a partition or inheritance child of u? */
static bool child_of(const struct table *t, const struct table *u)
{
	if (t->partition_of.name && str_eq(t->partition_of.schema, u->name.schema) &&
	    str_eq(t->partition_of.name, u->name.name))
		return true;
	for (size_t i = 0; i < t->inherits.n; i++) {
		const struct qname *q = t->inherits.items[i];
		if (str_eq(q->schema, u->name.schema) && str_eq(q->name, u->name.name))
			return true;
	}
	return false;
}

/* Is t waiting on a table in pending (other than itself): one its foreign
 * keys reference, or its parent? */
static bool waits(const struct table *t, const struct ptrvec *pending, const bool *placed)
{
	for (size_t j = 0; j < pending->n; j++)
		if (!placed[j] && pending->items[j] != t && child_of(t, pending->items[j]))
			return true;
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		for (size_t j = 0; j < pending->n; j++) {
			const struct table *u = pending->items[j];
			if (!placed[j] && u != t && refers_to(c, u))
				return true;
		}
	}
	return false;
}

/* Can table `from` reach table index `target` through foreign keys between
 * tables not yet placed? seen marks the tables visited. */
static bool reaches(const struct ptrvec *tables, const bool *placed, bool *seen, size_t from,
		    size_t target)
{
	const struct table *t = tables->items[from];

	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		for (size_t j = 0; j < tables->n; j++) {
			if (placed[j] || j == from || !refers_to(c, tables->items[j]))
				continue;
			if (j == target)
				return true;
			if (!seen[j]) {
				seen[j] = true;
				if (reaches(tables, placed, seen, j, target))
					return true;
			}
		}
	}
	return false;
}

/* The first table, in base order, on a cycle of foreign keys. */
static size_t first_on_cycle(const struct ptrvec *tables, const bool *placed)
{
	size_t n = tables->n;
	bool *seen = calloc(n ? n : 1, sizeof(*seen));
	size_t pick = n;

	for (size_t i = 0; i < n && pick == n; i++) {
		if (placed[i])
			continue;
		memset(seen, 0, n * sizeof(*seen));
		if (reaches(tables, placed, seen, i, i))
			pick = i;
	}
	free(seen);
	if (pick == n)	/* cannot happen: no table ready means a cycle */
		for (pick = 0; placed[pick]; pick++)
			;
	return pick;
}

void order_tables(struct ptrvec *tables, struct ptrvec *deferred, struct arena *a)
{
	size_t n = tables->n, done = 0;
	bool *placed = calloc(n ? n : 1, sizeof(*placed));
	void **out = arena_alloc(a, (n ? n : 1) * sizeof(*out));

	while (done < n) {
		size_t pick = n;
		for (size_t i = 0; i < n && pick == n; i++)
			if (!placed[i] && !waits(tables->items[i], tables, placed))
				pick = i;
		if (pick == n) {
			/* a cycle: place its first table, defer its keys */
			const struct table *t;
			pick = first_on_cycle(tables, placed);
			t = tables->items[pick];
			for (size_t i = 0; i < t->constraints.n; i++) {
				const struct constraint *c = t->constraints.items[i];
				for (size_t j = 0; j < n; j++)
					if (!placed[j] && j != pick && refers_to(c, tables->items[j])) {
						vec_push(deferred, a, (void *)c);
						break;
					}
			}
		}
		placed[pick] = true;
		out[done++] = tables->items[pick];
	}
	if (n)
		memcpy(tables->items, out, n * sizeof(*out));
	free(placed);
}
