/*
 * util.h - the few helpers every stage uses: allocation that never returns
 * NULL (we are a command, not a library: out of memory reports and exits),
 * a growable pointer vector, and string comparisons that accept NULL.
 */
#ifndef SCHEMAC_UTIL_H
#define SCHEMAC_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

/* Equal strings, where NULL equals only NULL. */
static inline bool str_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

/* Is s one of list's strings (list ends with NULL)? */
static inline bool str_in(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return true;
	return false;
}

/* strcmp that orders NULL first. */
static inline int str_cmp(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : (b ? -1 : 0);
	return strcmp(a, b);
}

/* A growable array of pointers; memory comes from the heap or an arena. */
struct arena;
struct ptrvec {
	void **items;
	uint32_t n;
	uint32_t cap;
};

/* Appends item; the vector's storage comes from arena (NULL: the heap). */
void vec_push(struct ptrvec *v, struct arena *arena, void *item);
/* Removes item i, keeping the order of the rest. */
void vec_remove(struct ptrvec *v, size_t i);
/* Sorts a vector of strings (strcmp order). */
void vec_sort_strings(struct ptrvec *v);
/* Is p one of v's items (the same pointer; NULL v: empty)? */
bool vec_has(const struct ptrvec *v, const void *p);
/* Does v (of const char *; NULL: empty) hold a string equal to s? */
bool vec_has_string(const struct ptrvec *v, const char *s);
/* Do x and y (of const char *, each without repeats) hold the same strings,
 * in any order? */
bool vec_same_strings(const struct ptrvec *x, const struct ptrvec *y);
/* Inserts item at position i. */
void vec_insert(struct ptrvec *v, struct arena *arena, size_t i, void *item);

#endif
