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
#include "map.h"

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

/* The tables of order_tables as a graph: for each, the tables it waits on
 * (the ones its foreign keys reference, its parents; never itself), those
 * its foreign keys reference, and the reverse of the first. Edges repeat
 * as their causes do, so a count of edges to unplaced tables stays exact. */
struct table_graph {
	const struct ptrvec *tables;
	struct map *first;	/* "schema\x1fname" -> index + 1 of its first table */
	size_t *next_same;	/* the next table of the same name, or n */
	struct ptrvec *waits_on, *fk, *waiters;	/* per table: uintptr_t indexes */
	size_t *pending;	/* edges of waits_on to tables not placed */
	bool *placed;
};

static const char *table_key(struct arena *a, const struct qname *q)
{
	return arena_printf(a, "%c%s\x1f%s", q->schema ? 's' : '-', q->schema ? q->schema : "",
			    q->name ? q->name : "");
}

/* The first table named q, or n; table_next gives the others. */
static size_t table_first(const struct table_graph *g, struct arena *a, const struct qname *q)
{
	uintptr_t v = (uintptr_t)map_get(g->first, table_key(a, q));
	return v ? v - 1 : g->tables->n;
}

static void table_edge(struct table_graph *g, struct arena *a, size_t from, const struct qname *q,
		       bool fk)
{
	for (size_t j = table_first(g, a, q); j < g->tables->n; j = g->next_same[j]) {
		if (j == from)
			continue;
		vec_push(&g->waits_on[from], a, (void *)(uintptr_t)j);
		vec_push(&g->waiters[j], a, (void *)(uintptr_t)from);
		if (fk)
			vec_push(&g->fk[from], a, (void *)(uintptr_t)j);
		g->pending[from]++;
	}
}

static void table_graph_build(struct table_graph *g, struct arena *a, const struct ptrvec *tables)
{
	size_t n = tables->n;

	g->tables = tables;
	g->first = map_new(a);
	g->next_same = arena_alloc(a, (n + 1) * sizeof(*g->next_same));
	g->waits_on = arena_alloc(a, (n + 1) * sizeof(*g->waits_on));
	g->fk = arena_alloc(a, (n + 1) * sizeof(*g->fk));
	g->waiters = arena_alloc(a, (n + 1) * sizeof(*g->waiters));
	g->pending = arena_alloc(a, (n + 1) * sizeof(*g->pending));
	g->placed = arena_alloc(a, n + 1);
	for (size_t i = n; i-- > 0;) {	/* backwards: each name's chain in base order */
		const char *k = table_key(a, &((const struct table *)tables->items[i])->name);
		uintptr_t v = (uintptr_t)map_get(g->first, k);
		g->next_same[i] = v ? v - 1 : n;
		map_put(g->first, k, (void *)(uintptr_t)(i + 1));
	}
	for (size_t i = 0; i < n; i++) {
		const struct table *t = tables->items[i];
		if (t->partition_of.name)
			table_edge(g, a, i, &t->partition_of, false);
		for (size_t k = 0; k < t->inherits.n; k++)
			table_edge(g, a, i, t->inherits.items[k], false);
		for (size_t k = 0; k < t->constraints.n; k++) {
			const struct constraint *c = t->constraints.items[k];
			if (c->kind == CON_FOREIGN)
				table_edge(g, a, i, &c->ref_table, true);
		}
	}
}

/* Can table `from` reach table `target` through foreign keys between
 * tables not yet placed? seen marks the tables visited. */
static bool reaches(const struct table_graph *g, bool *seen, size_t from, size_t target)
{
	for (size_t k = 0; k < g->fk[from].n; k++) {
		size_t j = (uintptr_t)g->fk[from].items[k];
		if (g->placed[j])
			continue;
		if (j == target)
			return true;
		if (!seen[j]) {
			seen[j] = true;
			if (reaches(g, seen, j, target))
				return true;
		}
	}
	return false;
}

/* The first table, in base order, on a cycle of foreign keys. */
static size_t first_on_cycle(const struct table_graph *g)
{
	size_t n = g->tables->n;
	bool *seen = calloc(n ? n : 1, sizeof(*seen));
	size_t pick = n;

	for (size_t i = 0; i < n && pick == n; i++) {
		if (g->placed[i])
			continue;
		memset(seen, 0, n * sizeof(*seen));
		if (reaches(g, seen, i, i))
			pick = i;
	}
	free(seen);
	if (pick == n)	/* cannot happen: no table ready means a cycle */
		for (pick = 0; g->placed[pick]; pick++)
			;
	return pick;
}

/* The tables ready to be placed: a min-heap of indexes, so the first in
 * base order comes out first. */
struct ready {
	size_t *at, n;
};

static void ready_push(struct ready *h, size_t v)
{
	size_t i = h->n++;

	for (; i > 0 && h->at[(i - 1) / 2] > v; i = (i - 1) / 2)
		h->at[i] = h->at[(i - 1) / 2];
	h->at[i] = v;
}

static size_t ready_pop(struct ready *h)
{
	size_t top = h->at[0], v = h->at[--h->n], i = 0;

	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && h->at[c + 1] < h->at[c])
			c++;
		if (h->at[c] >= v)
			break;
		h->at[i] = h->at[c];
		i = c;
	}
	if (h->n)
		h->at[i] = v;
	return top;
}

void order_tables(struct ptrvec *tables, struct ptrvec *deferred, struct arena *a)
{
	size_t n = tables->n, done = 0;
	struct arena *ga = arena_new();
	struct table_graph g;
	struct ready ready = { arena_alloc(ga, (n + 1) * sizeof(size_t)), 0 };
	void **out = arena_alloc(a, (n ? n : 1) * sizeof(*out));

	table_graph_build(&g, ga, tables);
	for (size_t i = 0; i < n; i++)
		if (g.pending[i] == 0)
			ready_push(&ready, i);
	while (done < n) {
		size_t pick;
		if (ready.n) {
			pick = ready_pop(&ready);
		} else {
			/* a cycle: place its first table, defer its keys */
			const struct table *t;
			pick = first_on_cycle(&g);
			t = tables->items[pick];
			for (size_t i = 0; i < t->constraints.n; i++) {
				const struct constraint *c = t->constraints.items[i];
				if (c->kind != CON_FOREIGN)
					continue;
				for (size_t j = table_first(&g, ga, &c->ref_table); j < n; j = g.next_same[j])
					if (!g.placed[j] && j != pick) {
						vec_push(deferred, a, (void *)c);
						break;
					}
			}
		}
		g.placed[pick] = true;
		out[done++] = tables->items[pick];
		for (size_t k = 0; k < g.waiters[pick].n; k++) {
			size_t w = (uintptr_t)g.waiters[pick].items[k];
			if (--g.pending[w] == 0 && !g.placed[w])
				ready_push(&ready, w);
		}
	}
	if (n)
		memcpy(tables->items, out, n * sizeof(*out));
	arena_free(ga);
}
