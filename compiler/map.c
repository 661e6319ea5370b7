/*
 * map.c - the string-keyed hash map: linear probing over a power-of-two
 * table, tombstones for deletions, grown by rehashing at three quarters full. Each
 * slot keeps its key's hash, so a probe compares strings only when the
 * hashes are equal.
 */
#include "map.h"
#include "arena.h"
#include "util.h"

#include <stdint.h>
#include <xxhash.h>

struct map_entry {
	const char *key;	/* NULL: empty slot; TOMBSTONE: removed */
	uint64_t hash;		/* XXH3 of key */
	void *value;
};

struct map {
	struct map_entry *slots;	/* in arena: grows by rehashing, the
					 * old slots given back */
	size_t cap;			/* power of two */
	size_t used;			/* live + tombstones */
	struct arena *arena;		/* owns the keys */
};

static const char TOMBSTONE[1];

struct map *map_new(struct arena *a)
{
	struct map *m = arena_alloc(a, sizeof(*m));
	m->cap = 64;
	m->slots = arena_alloc(a, m->cap * sizeof(*m->slots));
	m->arena = a;
	return m;
}

static uint64_t hash_of(const char *key)
{
	return XXH3_64bits(key, strlen(key));
}

/* The slot of key (hash h): where it is, else the free slot where it
 * would go (for_insert: the first tombstone on the way, if any). */
static size_t map_probe(const struct map *m, const char *key, uint64_t h, bool for_insert)
{
	size_t mask = m->cap - 1;
	size_t i = (size_t)h & mask;
	size_t first_free = SIZE_MAX;

	for (;;) {
		const struct map_entry *e = &m->slots[i];
		if (!e->key)
			return for_insert && first_free != SIZE_MAX ? first_free : i;
		if (e->key == TOMBSTONE) {
			if (first_free == SIZE_MAX)
				first_free = i;
		} else if (e->hash == h && strcmp(e->key, key) == 0) {
			return i;
		}
		i = (i + 1) & mask;
	}
}

static void map_grow(struct map *m)
{
	struct map_entry *old = m->slots;
	size_t oldcap = m->cap;

	m->cap *= 2;
	m->slots = arena_alloc(m->arena, m->cap * sizeof(*m->slots));
	m->used = 0;
	for (size_t i = 0; i < oldcap; i++) {
		if (old[i].key && old[i].key != TOMBSTONE) {
			size_t j = map_probe(m, old[i].key, old[i].hash, true);
			m->slots[j] = old[i];
			m->used++;
		}
	}
	arena_release(m->arena, old, oldcap * sizeof(*old));
}

void *map_get(const struct map *m, const char *key)
{
	size_t i = map_probe(m, key, hash_of(key), false);
	return m->slots[i].key ? m->slots[i].value : NULL;
}

void map_put(struct map *m, const char *key, void *value)
{
	uint64_t h = hash_of(key);
	size_t i;

	if ((m->used + 1) * 4 > m->cap * 3)
		map_grow(m);
	i = map_probe(m, key, h, true);
	if (!m->slots[i].key || m->slots[i].key == TOMBSTONE) {
		if (!m->slots[i].key)
			m->used++;
		m->slots[i].key = arena_strdup(m->arena, key);
		m->slots[i].hash = h;
	}
	m->slots[i].value = value;
}

void map_del(struct map *m, const char *key)
{
	size_t i = map_probe(m, key, hash_of(key), false);
	if (m->slots[i].key) {
		m->slots[i].key = TOMBSTONE;
		m->slots[i].value = NULL;
	}
}

