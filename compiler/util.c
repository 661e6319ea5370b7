/*
 * util.c - allocation that reports and exits on failure, and the pointer
 * vector. Everything else in the compiler allocates from an arena.
 */
#include "util.h"
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>

static void out_of_memory(size_t size)
{
	fprintf(stderr, "schemac: fatal: out of memory (%zu bytes)\n", size);
	exit(3);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		out_of_memory(size);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory(n * size);
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);
	if (!p)
		out_of_memory(size);
	return p;
}

char *xstrdup(const char *s)
{
	size_t len = strlen(s);
	char *p = xmalloc(len + 1);
	memcpy(p, s, len + 1);
	return p;
}

static void vec_grow(struct ptrvec *v, struct arena *arena)
{
	size_t cap = v->cap ? v->cap * 2 : (arena ? 2 : 8);
	void **items;

	if (arena) {
		items = arena_alloc(arena, cap * sizeof(*items));
		if (v->n)
			memcpy(items, v->items, v->n * sizeof(*items));
	} else {
		items = xrealloc(v->items, cap * sizeof(*items));
	}
	v->items = items;
	v->cap = cap;
}

void vec_push(struct ptrvec *v, struct arena *arena, void *item)
{
	if (v->n == v->cap)
		vec_grow(v, arena);
	v->items[v->n++] = item;
}

void vec_insert(struct ptrvec *v, struct arena *arena, size_t i, void *item)
{
	if (v->n == v->cap)
		vec_grow(v, arena);
	memmove(v->items + i + 1, v->items + i, (v->n - i) * sizeof(*v->items));
	v->items[i] = item;
	v->n++;
}

void vec_remove(struct ptrvec *v, size_t i)
{
	memmove(v->items + i, v->items + i + 1, (v->n - i - 1) * sizeof(*v->items));
	v->n--;
}

static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool vec_has(const struct ptrvec *v, const void *p)
{
	for (size_t i = 0; v && i < v->n; i++)
		if (v->items[i] == p)
			return true;
	return false;
}

bool vec_has_string(const struct ptrvec *v, const char *s)
{
	for (size_t i = 0; v && i < v->n; i++)
		if (str_eq(v->items[i], s))
			return true;
	return false;
}

bool vec_same_strings(const struct ptrvec *x, const struct ptrvec *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (!vec_has_string(y, x->items[i]))
			return false;
	return true;
}

void vec_sort_strings(struct ptrvec *v)
{
	if (v->n > 1)
		qsort(v->items, v->n, sizeof(*v->items), cmp_strings);
}
