/*
 * leaf.c - unit tests of the leaf modules every stage stands on: the arena,
 * the string builder, the hash map, the pointer vector, line and column of
 * an offset, interval literals and PostgreSQL's rules for implicit names. TAP on stdout (tap.h), run by
 * t/t0010-unit.sh. The expected interval texts and names are what a
 * PostgreSQL 15 server printed for the same input (the query is in the
 * comment above each group), so a change that drifts from the server fails
 * here first.
 */
#include "../../compiler/arena.h"
#include "../../compiler/diag.h"
#include "../../compiler/interval.h"
#include "../../compiler/map.h"
#include "../../compiler/naming.h"
#include "../../compiler/normalize.h"
#include "../../compiler/strbuf.h"
#include "../../compiler/util.h"
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>

static void test_arena(void)
{
	struct arena *a = arena_new();
	char *p = arena_alloc(a, 100);
	bool zero = true;
	void *big;

	for (int i = 0; i < 100; i++)
		zero = zero && p[i] == 0;
	tap_ok(zero, "arena_alloc: memory is zeroed");
	/* arena.h: aligned for what the compiler stores (pointers, 64-bit
	 * integers, doubles), not for max_align_t (long double) */
	tap_ok(((uintptr_t)arena_alloc(a, 1) % _Alignof(void *)) == 0 &&
		       ((uintptr_t)arena_alloc(a, 3) % _Alignof(int64_t)) == 0 &&
		       ((uintptr_t)arena_alloc(a, 5) % _Alignof(double)) == 0,
	       "arena_alloc: aligned for pointers, 64-bit integers and doubles after odd sizes");
	big = arena_alloc(a, 1 << 20);
	memset(big, 0xab, 1 << 20);
	tap_ok(arena_used(a) >= (1 << 20) + 104, "arena_used counts a block larger than the default");
	tap_is(arena_strdup(a, "users"), "users", "arena_strdup");
	tap_is(arena_strndup(a, "users_pkey", 5), "users", "arena_strndup stops at len");
	tap_is(arena_printf(a, "%s_%d", "t", 42), "t_42", "arena_printf");
	tap_is(arena_memdup(a, "ab\0c", 4), "ab", "arena_memdup copies the bytes given");
	arena_reset(a);
	tap_ok(arena_used(a) == 0, "arena_reset forgets every allocation");
	p = arena_alloc(a, 16);
	tap_ok(p[0] == 0 && p[15] == 0, "arena_alloc after reset is zeroed again");
	arena_free(a);
	arena_free(NULL);
	tap_ok(true, "arena_free of NULL is allowed");
}

static void test_strbuf(void)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	tap_ok(sb.buf != NULL && sb.buf[0] == '\0' && sb.len == 0,
	       "STRBUF_INIT is an empty string, not NULL");
	sb_adds(&sb, "CREATE ");
	sb_addc(&sb, 'T');
	sb_add(&sb, "ABLE x", 4);
	sb_addf(&sb, " %s (%d)", "t", 7);
	tap_is(sb.buf, "CREATE TABLE t (7)", "sb_adds, sb_addc, sb_add, sb_addf append");
	tap_ok(sb.len == strlen(sb.buf), "len follows the text");
	sb_setlen(&sb, 6);
	tap_is(sb.buf, "CREATE", "sb_setlen truncates and terminates");
	for (int i = 0; i < 10000; i++)
		sb_addc(&sb, 'x');
	tap_ok(sb.len == 10006 && sb.buf[10006] == '\0' && sb.cap > sb.len,
	       "growth keeps the terminating NUL");
	sb_reset(&sb);
	tap_ok(sb.len == 0 && sb.buf[0] == '\0', "sb_reset empties");
	sb_adds(&sb, "kept");
	s = sb_detach(&sb);
	tap_is(s, "kept", "sb_detach hands over the string");
	tap_ok(sb.buf[0] == '\0' && sb.len == 0, "and leaves the builder empty");
	free(s);
	sb_release(&sb);
	tap_ok(sb.buf != NULL && sb.len == 0, "sb_release leaves an empty builder");
}

static void test_map(void)
{
	struct arena *a = arena_new();
	struct map *m = map_new(a);
	char key[32], k2[32];
	int vals[3] = { 1, 2, 3 };
	bool all = true;

	tap_ok(map_get(m, "missing") == NULL, "map_get of an absent key is NULL");
	strcpy(key, "public.users");
	map_put(m, key, &vals[0]);
	strcpy(key, "overwritten");
	tap_ok(map_get(m, "public.users") == &vals[0], "map_put keeps a copy of the key");
	map_put(m, "public.users", &vals[1]);
	tap_ok(map_get(m, "public.users") == &vals[1], "map_put on an existing key replaces");
	map_del(m, "public.users");
	tap_ok(map_get(m, "public.users") == NULL, "map_del removes");
	map_put(m, "public.users", &vals[2]);
	tap_ok(map_get(m, "public.users") == &vals[2], "a deleted key can be stored again");
	/* past many growths, with deletions leaving tombstones in between */
	for (int i = 0; i < 20000; i++) {
		snprintf(k2, sizeof(k2), "s.t%d", i);
		map_put(m, k2, (void *)(intptr_t)(i + 1));
		if (i % 3 == 0)
			map_del(m, k2);
	}
	for (int i = 0; i < 20000; i++) {
		snprintf(k2, sizeof(k2), "s.t%d", i);
		all = all && map_get(m, k2) == (i % 3 == 0 ? NULL : (void *)(intptr_t)(i + 1));
	}
	tap_ok(all, "20,000 keys with a third deleted: every lookup right after growth");
	tap_ok(map_get(m, "") == NULL, "the empty key is an ordinary absent key");
	map_put(m, "", &vals[0]);
	tap_ok(map_get(m, "") == &vals[0], "and can be stored");
	arena_free(a);
}

static void test_ptrvec(void)
{
	struct arena *a = arena_new();
	struct ptrvec v = { 0 }, h = { 0 };
	char *words[] = { "users", "accounts", "members", "images" };

	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		vec_push(&v, a, words[i]);
	tap_ok(v.n == 4 && v.items[0] == words[0] && v.items[3] == words[3], "vec_push keeps order");
	vec_insert(&v, a, 1, "zeta");
	tap_ok(v.n == 5 && strcmp(v.items[1], "zeta") == 0 && v.items[2] == words[1],
	       "vec_insert shifts what follows");
	vec_remove(&v, 0);
	tap_ok(v.n == 4 && strcmp(v.items[0], "zeta") == 0 && v.items[3] == words[3],
	       "vec_remove keeps the order of the rest");
	vec_sort_strings(&v);
	tap_ok(strcmp(v.items[0], "accounts") == 0 && strcmp(v.items[1], "images") == 0 &&
		       strcmp(v.items[2], "members") == 0 && strcmp(v.items[3], "zeta") == 0,
	       "vec_sort_strings sorts in strcmp order");
	for (int i = 0; i < 1000; i++)
		vec_push(&h, NULL, &v);
	tap_ok(h.n == 1000 && h.items[999] == &v, "a heap vector grows");
	free(h.items);
	tap_ok(str_eq(NULL, NULL) && !str_eq("a", NULL) && str_cmp(NULL, "a") < 0 &&
		       str_cmp("a", NULL) > 0 && str_cmp("a", "b") < 0,
	       "str_eq and str_cmp: NULL equals only NULL and sorts first");
	arena_free(a);
}

/* select '24 hours'::interval, '1 week'::interval, '1.5 days'::interval,
 *   '90 minutes'::interval, '1 year 2 mons'::interval, '@ 3 days ago'::interval,
 *   '100 ms'::interval, '1 mon -1 day'::interval, '36 hours 15 minutes'::interval,
 *   '2 weeks 1 microsecond'::interval;  -- PostgreSQL 15.18, IntervalStyle postgres */
static void test_interval(void)
{
	static const char *const cases[][2] = {
		{ "24 hours", "24:00:00" },
		{ "1 week", "7 days" },
		{ "1.5 days", "1 day 12:00:00" },
		{ "90 minutes", "01:30:00" },
		{ "1 year 2 mons", "1 year 2 mons" },
		{ "@ 3 days ago", "-3 days" },
		{ "100 ms", "00:00:00.1" },
		{ "1 mon -1 day", "1 mon -1 days" },
		{ "36 hours 15 minutes", "36:15:00" },
		{ "2 weeks 1 microsecond", "14 days 00:00:00.000001" },
	};
	struct arena *a = arena_new();

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		char what[80];
		snprintf(what, sizeof(what), "interval '%s' prints as the server does", cases[i][0]);
		tap_is(interval_canon(a, cases[i][0]), cases[i][1], what);
	}
	tap_ok(interval_canon(a, "P1D") == NULL, "ISO 8601 intervals are left as written");
	tap_ok(interval_canon(a, "99999999999999999999 years") == NULL,
	       "a literal past what a long long holds is left as written");
	arena_free(a);
}

/* create table aaa...a (54 a) (bbb...b (41 b) int unique, "é" x 35 int unique);
 * select conname from pg_constraint ...;  -- PostgreSQL 15.18: the names below,
 * and the column name truncated to 31 é (62 bytes) with a NOTICE */
static void test_names(void)
{
	struct arena *a = arena_new();
	char t[55], b[42], e[71];
	struct ptrvec cols = { 0 };

	memset(t, 'a', 54), t[54] = '\0';
	memset(b, 'b', 41), b[41] = '\0';
	e[0] = '\0';
	for (int i = 0; i < 35; i++)
		strcat(e, "\xc3\xa9");
	tap_is(ident_truncate(a, e),
	       "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	       "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	       "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	       "\xc3\xa9",
	       "ident_truncate: 63 bytes at a character boundary (31 two-byte characters)");
	tap_ok(ident_truncate(a, "users") != NULL && strcmp(ident_truncate(a, "users"), "users") == 0,
	       "ident_truncate leaves a short name alone");
	tap_is(make_object_name(a, t, b, "key"),
	       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbb_key",
	       "make_object_name shortens the longer part first, as PostgreSQL does");
	tap_is(make_object_name(a, t, ident_truncate(a, e), "key"),
	       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa_\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	       "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9_key",
	       "make_object_name cuts a multibyte name at a character boundary");
	tap_is(make_object_name(a, "users", "email", "key"), "users_email_key",
	       "make_object_name: a short name is name1_name2_label");
	tap_is(make_object_name(a, "users", NULL, "pkey"), "users_pkey",
	       "make_object_name without a second name");
	vec_push(&cols, a, "org_id");
	vec_push(&cols, a, "email");
	tap_is(name_addition(a, &cols), "org_id_email", "name_addition joins column names with _");
	arena_free(a);
}

static void test_linecol(void)
{
	static const char text[] = "CREATE TABLE t (\n  id int,\n  \xc3\xa9 text\n);\n";
	struct srcfile f = { "t.sql", text, sizeof(text) - 1, NULL, false };
	struct linecol_cursor cur = { 0 };
	bool same = true;
	int l, c, l2, c2;

	srcfile_linecol(&f, 0, &l, &c);
	tap_ok(l == 1 && c == 1, "offset 0 is 1:1");
	srcfile_linecol(&f, 32, &l, &c);	/* the t of text, after a two-byte character */
	tap_ok(l == 3 && c == 5, "columns count characters, not bytes");
	/* the cursor gives what a fresh scan gives, forwards, backwards and
	 * past the end */
	for (int off = 0; off <= (int)f.len + 2; off++) {
		srcfile_linecol_next(&cur, &f, off, &l, &c);
		srcfile_linecol(&f, off, &l2, &c2);
		same = same && l == l2 && c == c2;
	}
	for (int off = (int)f.len; off >= -1; off -= 7) {
		srcfile_linecol_next(&cur, &f, off, &l, &c);
		srcfile_linecol(&f, off, &l2, &c2);
		same = same && l == l2 && c == c2;
	}
	tap_ok(same, "srcfile_linecol_next agrees with srcfile_linecol at every offset, in any order");
}

int main(void)
{
	test_arena();
	test_strbuf();
	test_map();
	test_ptrvec();
	test_linecol();
	test_interval();
	test_names();
	return tap_done();
}
