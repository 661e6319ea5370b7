/*
 * arena.c - bump allocation in growing blocks. Blocks are chained; a request
 * larger than a quarter block gets a block of its own so that big arrays do
 * not waste the tail of the current one, and such a block can be given back
 * (arena_release) when the array is replaced by a bigger one. Strings are
 * cut from blocks of their own, without alignment, so that a name of a few
 * bytes takes only those bytes.
 */
#include "arena.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BLOCK_SIZE (64 * 1024)
#define BIG (BLOCK_SIZE / 4)	/* a request past this gets its own block */
/* The widest type the compiler keeps in an arena: pointers, 64-bit
 * integers, doubles (no long double, no vector types). */
#define ALIGN 8

struct block {
	struct block *next;
	struct block *prev;	/* NULL for the first of the chain */
	size_t size;
	size_t used;
	_Alignas(ALIGN) unsigned char data[];
};

struct arena {
	struct block *head;	/* current block, first in the chain */
	struct block *text;	/* current block for strings, or NULL; in the
				 * chain behind head */
	size_t total;		/* bytes handed out */
};

static struct block *block_new(size_t size)
{
	struct block *b = xmalloc(sizeof(*b) + size);
	b->next = NULL;
	b->prev = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

/* Links b into a's chain behind the head (the head stays current). */
static void link_behind_head(struct arena *a, struct block *b)
{
	b->prev = a->head;
	b->next = a->head->next;
	if (b->next)
		b->next->prev = b;
	a->head->next = b;
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
	struct block *keep = a->head;

	for (struct block *b = keep->next, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	keep->used = 0;
	keep->next = NULL;
	a->text = NULL;
	a->total = 0;
}

/* size bytes rounded up to ALIGN (at least ALIGN). */
static size_t aligned(size_t size)
{
	size_t need = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	return need ? need : ALIGN;
}

/* A block of its own for a big request, behind the current one. */
static void *alloc_big(struct arena *a, size_t need)
{
	struct block *big = block_new(need);

	big->used = need;
	link_behind_head(a, big);
	a->total += need;
	return big->data;
}

void *arena_alloc(struct arena *a, size_t size)
{
	size_t need = aligned(size);
	struct block *b = a->head;
	void *p;

	if (need > BIG) {
		p = alloc_big(a, need);
		memset(p, 0, need);
		return p;
	}
	if (b->size - b->used < need) {
		b = block_new(BLOCK_SIZE);
		b->next = a->head;
		a->head->prev = b;
		a->head = b;
	}
	p = b->data + b->used;
	b->used += need;
	a->total += need;
	memset(p, 0, need);
	return p;
}

void arena_release(struct arena *a, void *p, size_t size)
{
	size_t need = aligned(size);
	struct block *b;

	if (!p || need <= BIG)
		return;		/* a small piece stays until the arena goes */
	b = (struct block *)((unsigned char *)p - offsetof(struct block, data));
	/* a big block is never the head, so it has a block before it */
	b->prev->next = b->next;
	if (b->next)
		b->next->prev = b->prev;
	a->total -= need;
	free(b);
}

/* len bytes for a string: not aligned, not zeroed. */
static char *alloc_text(struct arena *a, size_t len)
{
	struct block *b = a->text;
	char *p;

	if (len > BIG)
		return alloc_big(a, aligned(len));
	if (!b || b->size - b->used < len) {
		b = block_new(BLOCK_SIZE);
		link_behind_head(a, b);
		a->text = b;
	}
	p = (char *)b->data + b->used;
	b->used += len;
	a->total += len;
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
	char *p = alloc_text(a, len + 1);
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
	p = alloc_text(a, (size_t)len + 1);
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
