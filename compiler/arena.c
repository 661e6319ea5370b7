/*
 * arena.c - bump allocation in growing blocks. Blocks are chained; a request
 * larger than a quarter block gets a block of its own so that big arrays do
 * not waste the tail of the current one.
 */
#include "arena.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BLOCK_SIZE (64 * 1024)
#define ALIGN 16

struct block {
	struct block *next;
	size_t size;
	size_t used;
	_Alignas(ALIGN) unsigned char data[];
};

struct arena {
	struct block *head;	/* current block, first in the chain */
	size_t total;		/* bytes handed out */
};

static struct block *block_new(size_t size)
{
	struct block *b = xmalloc(sizeof(*b) + size);
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

struct arena *arena_new(void)
{
	struct arena *a = xcalloc(1, sizeof(*a));
	a->head = block_new(BLOCK_SIZE);
	return a;
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	for (struct block *b = a->head, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void arena_reset(struct arena *a)
{
	struct block *keep = NULL;

	for (struct block *b = a->head, *next; b; b = next) {
		next = b->next;
		if (!next && b->size == BLOCK_SIZE)
			keep = b;
		else
			free(b);
	}
	if (!keep)
		keep = block_new(BLOCK_SIZE);
	keep->used = 0;
	keep->next = NULL;
	a->head = keep;
	a->total = 0;
}

void *arena_alloc(struct arena *a, size_t size)
{
	size_t need = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	struct block *b = a->head;
	void *p;

	if (need == 0)
		need = ALIGN;
	if (b->size - b->used < need) {
		if (need > BLOCK_SIZE / 4) {
			/* a big request: its own block, behind the current one */
			struct block *big = block_new(need);
			big->used = need;
			big->next = b->next;
			b->next = big;
			a->total += need;
			memset(big->data, 0, need);
			return big->data;
		}
		b = block_new(BLOCK_SIZE);
		b->next = a->head;
		a->head = b;
	}
	p = b->data + b->used;
	b->used += need;
	a->total += need;
	memset(p, 0, need);
	return p;
}

void *arena_memdup(struct arena *a, const void *p, size_t len)
{
	void *q = arena_alloc(a, len);
	if (len)
		memcpy(q, p, len);
	return q;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int len;
	char *p;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = arena_alloc(a, (size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return p;
}

size_t arena_used(const struct arena *a)
{
	return a->total;
}

static void *pb_alloc(void *data, size_t size)
{
	return arena_alloc(data, size);
}

static void pb_free(void *data, void *p)
{
	(void)data;
	(void)p;
}

ProtobufCAllocator arena_protobuf_allocator(struct arena *a)
{
	ProtobufCAllocator al = { pb_alloc, pb_free, a };
	return al;
}
