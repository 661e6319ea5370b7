/*
 * map.h - a string-keyed hash map (open addressing, XXH3), memory from an
 * arena. Maps are only looked up, never iterated, so hash order can never
 * reach the output.
 */
#ifndef SCHEMAC_MAP_H
#define SCHEMAC_MAP_H

struct arena;
struct map;

struct map *map_new(struct arena *a);
/* The value stored under key, or NULL. */
void *map_get(const struct map *m, const char *key);
/* Stores value under key (a copy of the key is kept). */
void map_put(struct map *m, const char *key, void *value);
void map_del(struct map *m, const char *key);

#endif
