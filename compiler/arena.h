/*
 * arena.h - region memory. A compilation allocates everything from one arena
 * and frees it at once; the parse front uses a second, scratch arena that is
 * reset after each statement. protobuf-c unpacks parse trees straight into an
 * arena through arena_protobuf_allocator().
 */
#ifndef SCHEMAC_ARENA_H
#define SCHEMAC_ARENA_H

#include <stdarg.h>
#include <stddef.h>
#include <protobuf-c/protobuf-c.h>

struct arena;

struct arena *arena_new(void);
/* Frees every block; the arena itself too. NULL is allowed. */
void arena_free(struct arena *arena);
/* Forgets every allocation but keeps the first block for reuse. */
void arena_reset(struct arena *arena);

/* Zeroed memory, aligned for any type the compiler stores (pointers,
 * 64-bit integers, doubles). Never NULL. */
void *arena_alloc(struct arena *arena, size_t size);
/* Gives back p, from arena_alloc(arena, size), that nothing uses any more:
 * a big one's memory is freed now (a hash map's old slots when it grows), a
 * small one stays until the arena goes. p may be NULL. */
void arena_release(struct arena *arena, void *p, size_t size);
/* Strings are not aligned (and may be packed next to each other). */
char *arena_strdup(struct arena *arena, const char *s);
char *arena_strndup(struct arena *arena, const char *s, size_t len);
char *arena_printf(struct arena *arena, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void *arena_memdup(struct arena *arena, const void *p, size_t len);

/* Bytes handed out so far (for make bench and tests). */
size_t arena_used(const struct arena *arena);

/* An allocator for protobuf-c whose free does nothing. */
ProtobufCAllocator arena_protobuf_allocator(struct arena *arena);

#endif
