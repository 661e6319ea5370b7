/*
 * parse.c - the parse front. Each file is split into statements with
 * libpg_query's scanner-based splitter, and each statement is parsed on its
 * own with pg_query_parse_protobuf and unpacked with protobuf-c into a scratch
 * arena. Parsing statement by statement keeps memory proportional to the
 * largest statement; the whole-file protobuf output costs about 40 bytes per
 * input byte.
 *
 * A parser without a statement cache (lint: no two inputs share text) parses
 * a small file whole instead, with one call, and hands out its statements
 * as if each had been parsed alone: the same pieces, the same locations
 * (each statement's tree rebased to its piece). A file that does not parse
 * whole is read again piece by piece, so its diagnostics are those above.
 *
 * The scanner split does not understand SQL-standard function bodies
 * (BEGIN ATOMIC ... END); when a piece fails to parse, the file is split again
 * with the parser-based splitter, and only if that also fails is the syntax
 * error reported. psql meta-commands at the start of a line (pg_dump's
 * \restrict and \unrestrict, \connect) are blanked out before splitting.
 */
#include "parse.h"
#include "arena.h"
#include "map.h"
#include "strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <xxhash.h>

struct stmt_cache {
	struct arena *arena;	/* what is cached lives here (perm) */
	struct arena *index;	/* the maps, their keys, the struct packed:
				 * freed by stmt_cache_forget */
	struct map *parsed;	/* text hash -> struct packed, until first reuse */
	struct map *exprs;	/* text hash, location, kind -> struct expr */
	struct ptrvec entries;	/* struct packed *, to free what was not reused */
};

struct packed {
	uint8_t *data;		/* heap; NULL once handed out */
	size_t len;
};

struct parser {
	struct stmt_cache *cache;	/* or NULL */
	struct arena *perm;
	struct arena *scratch;		/* reset before each statement */
	struct diags *diags;
	struct ptrvec files;		/* struct srcfile * */
	size_t file_index;		/* next file to open */
	const struct srcfile *cur;	/* file being split, or NULL */
	PgQuerySplitResult split;
	bool have_split;
	bool resplit_tried;		/* the parser-based splitter was tried */
	int next;			/* next piece of split */
	int prev_end;			/* end of the previous piece (directives) */
	char *piece;			/* heap buffer for a NUL-terminated piece */
	size_t piece_cap;
	PgQuery__ParseResult *pending;	/* a piece with several statements */
	size_t pending_next;
	int pending_base;
	int pending_len;
	uint64_t pending_hash[2];
	bool broken;			/* a syntax error was reported */
	struct arena *whole_arena;	/* holds whole: reset with the next file */
	PgQuery__ParseResult *whole;	/* the current file parsed whole, or NULL */
	size_t whole_next;		/* next statement of whole */
};

struct stmt_cache *stmt_cache_new(struct arena *perm)
{
	struct stmt_cache *c = arena_alloc(perm, sizeof(*c));
	c->arena = perm;
	c->index = arena_new();
	c->parsed = map_new(c->index);
	c->exprs = map_new(c->index);
	return c;
}

/* Frees the parse results never reused. */
static void free_entries(struct stmt_cache *c)
{
	for (size_t i = 0; i < c->entries.n; i++)
		free(((struct packed *)c->entries.items[i])->data);
	free(c->entries.items);
	memset(&c->entries, 0, sizeof(c->entries));
}

void stmt_cache_forget(struct stmt_cache *c)
{
	if (!c)
		return;
	free_entries(c);
	arena_free(c->index);
	c->index = arena_new();
	c->parsed = map_new(c->index);
	c->exprs = map_new(c->index);
}

static const char *hash_key(char *buf, size_t size, const uint64_t hash[2])
{
	snprintf(buf, size, "%016llx%016llx", (unsigned long long)hash[0],
		 (unsigned long long)hash[1]);
	return buf;
}

/* An expression's key: its statement's text hash, location and kind,
 * hashed again into 64 bits (printed as 16 hex digits). */
static const char *expr_key(char *buf, size_t size, const uint64_t hash[2], int location,
			    int kind)
{
	uint64_t k[4] = { hash[0], hash[1], (uint64_t)location, (uint64_t)kind };
	snprintf(buf, size, "%016llx", (unsigned long long)XXH3_64bits(k, sizeof(k)));
	return buf;
}

void *stmt_cache_get_expr(struct stmt_cache *c, const uint64_t hash[2], int location, int kind)
{
	char buf[24];
	return map_get(c->exprs, expr_key(buf, sizeof(buf), hash, location, kind));
}

void stmt_cache_put_expr(struct stmt_cache *c, const uint64_t hash[2], int location, int kind,
			 void *expr)
{
	char buf[24];
	map_put(c->exprs, expr_key(buf, sizeof(buf), hash, location, kind), expr);
}

struct arena *stmt_cache_arena(struct stmt_cache *c)
{
	return c->arena;
}

void stmt_cache_free(struct stmt_cache *c)
{
	if (!c)
		return;
	free_entries(c);
	arena_free(c->index);
	c->index = NULL;
}

/*
 * How deep a statement may nest. Two limits, both per statement:
 *
 * Before parsing, a bound from the tokens alone keeps libpg_query's output
 * and protobuf-c's unpack (both recursive, about 1 kB of stack per tree
 * level in the unpack) inside the stack main gives the compiler
 * (PARSE_STACK_SIZE). Only left-associative chains of operators (1+1+...,
 * x::int::int...) nest without bound; everything that nests to the right
 * (parentheses, NOT, CASE, function calls) stops at the grammar's own stack
 * of 10,000 entries. The bound: in each comma-separated segment of each
 * bracket level, every token that is not a name, a constant, a comment or
 * a bracket counts one level, a bracket group one more than its deepest
 * segment; AND and OR separate segments (PostgreSQL flattens their chains)
 * and add two. Statements shorter than DEPTH_SCAN_BYTES cannot reach the
 * limit and are not scanned.
 *
 * After parsing, PostgreSQL's own limit: max_stack_depth (2048 kB by
 * default) is what its parse analysis runs out of, at about 7,500 chained
 * operators, 13,000 chained casts and 2,840 nested subqueries on PostgreSQL
 * 15 (measured, in a column default and in a view). Each A_Expr on a path
 * from the root costs STACK_A_EXPR bytes, each TypeCast STACK_TYPE_CAST,
 * each SubLink STACK_SUB_LINK, and a
 * statement whose deepest path costs more than max_stack_depth is refused
 * as the server refuses it. Every other node costs nothing, so schemac
 * never refuses what the server accepts.
 */
enum {
	DEPTH_SCAN_BYTES = 8192,
	DEPTH_TOKEN_LIMIT = 50000,
	PG_MAX_STACK_DEPTH = 2048 * 1024,
	STACK_A_EXPR = PG_MAX_STACK_DEPTH / 7700,
	STACK_TYPE_CAST = PG_MAX_STACK_DEPTH / 13100,
	STACK_SUB_LINK = PG_MAX_STACK_DEPTH / 2850,
	/* the costliest byte: "+1" per A_Expr, "(SELECT 1)" per SubLink */
	STACK_CHECK_BYTES = 10 * (PG_MAX_STACK_DEPTH / STACK_SUB_LINK) <
			    2 * (PG_MAX_STACK_DEPTH / STACK_A_EXPR)
			  ? 10 * (PG_MAX_STACK_DEPTH / STACK_SUB_LINK)
			  : 2 * (PG_MAX_STACK_DEPTH / STACK_A_EXPR),
};

struct depth_level {
	int ops;	/* levels counted in the current segment */
	int child;	/* deepest bracket group in the current segment */
	int best;	/* deepest finished segment */
	bool andor;	/* AND or OR seen at this level */
};

/* The token bound of text (see above), or -1 when the scanner refuses it
 * (the parser then reports the error). */
static int token_depth_bound(const char *text, struct arena *a)
{
	PgQueryScanResult scan = pg_query_scan(text);
	ProtobufCAllocator al = arena_protobuf_allocator(a);
	PgQuery__ScanResult *res;
	struct depth_level *stack;
	int top = 0, bound = 0;

	if (scan.error) {
		pg_query_free_scan_result(scan);
		return -1;
	}
	res = pg_query__scan_result__unpack(&al, scan.pbuf.len, (void *)scan.pbuf.data);
	pg_query_free_scan_result(scan);
	if (!res)
		return -1;
	stack = arena_alloc(a, (res->n_tokens + 1) * sizeof(*stack));
	memset(&stack[0], 0, sizeof(stack[0]));
	for (size_t i = 0; i <= res->n_tokens; i++) {
		PgQuery__Token t = i < res->n_tokens ? res->tokens[i]->token
						    : PG_QUERY__TOKEN__ASCII_59;
		struct depth_level *l = &stack[top];

		switch (t) {
		case PG_QUERY__TOKEN__IDENT: case PG_QUERY__TOKEN__UIDENT:
		case PG_QUERY__TOKEN__FCONST: case PG_QUERY__TOKEN__SCONST:
		case PG_QUERY__TOKEN__USCONST: case PG_QUERY__TOKEN__BCONST:
		case PG_QUERY__TOKEN__XCONST: case PG_QUERY__TOKEN__ICONST:
		case PG_QUERY__TOKEN__PARAM: case PG_QUERY__TOKEN__SQL_COMMENT:
		case PG_QUERY__TOKEN__C_COMMENT:
			break;
		case PG_QUERY__TOKEN__ASCII_40: case PG_QUERY__TOKEN__ASCII_91:
			top++;
			memset(&stack[top], 0, sizeof(stack[top]));
			break;
		case PG_QUERY__TOKEN__ASCII_41: case PG_QUERY__TOKEN__ASCII_93:
		case PG_QUERY__TOKEN__ASCII_44: case PG_QUERY__TOKEN__ASCII_59:
		case PG_QUERY__TOKEN__AND: case PG_QUERY__TOKEN__OR: {
			int seg = l->ops + l->child;
			if (seg > l->best)
				l->best = seg;
			l->ops = l->child = 0;
			if (t == PG_QUERY__TOKEN__AND || t == PG_QUERY__TOKEN__OR) {
				l->andor = true;
				break;
			}
			if ((t == PG_QUERY__TOKEN__ASCII_41 || t == PG_QUERY__TOKEN__ASCII_93) &&
			    top > 0) {
				int group = l->best + 1 + (l->andor ? 2 : 0);
				top--;
				if (group > stack[top].child)
					stack[top].child = group;
			} else if (t == PG_QUERY__TOKEN__ASCII_59 || i == res->n_tokens) {
				/* unbalanced brackets at the end: close them all */
				while (top > 0) {
					int group = stack[top].best + 1 + (stack[top].andor ? 2 : 0);
					top--;
					if (group > stack[top].best)
						stack[top].best = group;
				}
				if (stack[0].best + (stack[0].andor ? 2 : 0) > bound)
					bound = stack[0].best + (stack[0].andor ? 2 : 0);
				memset(&stack[0], 0, sizeof(stack[0]));
			}
			break;
		}
		default:
			l->ops++;
			break;
		}
	}
	return bound;
}

/* Is text nested too deeply to be handed to libpg_query (parse.c)? */
static bool parse_too_deep(const char *text, size_t len)
{
	struct arena *a;
	int bound;

	if (len < DEPTH_SCAN_BYTES)
		return false;
	a = arena_new();
	bound = token_depth_bound(text, a);
	arena_free(a);
	return bound > DEPTH_TOKEN_LIMIT;
}

/* The stack PostgreSQL's transformation of m takes along its deepest path
 * (see above). */
static long stack_cost(const ProtobufCMessage *m)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;
	long own = d == &pg_query__a__expr__descriptor ? STACK_A_EXPR
		 : d == &pg_query__type_cast__descriptor ? STACK_TYPE_CAST
		 : d == &pg_query__sub_link__descriptor ? STACK_SUB_LINK : 0;
	long deepest = 0;

	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		const char *member = (const char *)m + f->offset;

		if (f->type != PROTOBUF_C_TYPE_MESSAGE)
			continue;
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			size_t n = *(const size_t *)((const char *)m + f->quantifier_offset);
			ProtobufCMessage *const *arr = *(ProtobufCMessage *const *const *)member;
			for (size_t j = 0; j < n; j++) {
				long c = arr[j] ? stack_cost(arr[j]) : 0;
				if (c > deepest)
					deepest = c;
			}
		} else {
			const ProtobufCMessage *sub = *(const ProtobufCMessage *const *)member;
			if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF &&
			    *(const uint32_t *)((const char *)m + f->quantifier_offset) != f->id)
				continue;
			if (sub) {
				long c = stack_cost(sub);
				if (c > deepest)
					deepest = c;
			}
		}
	}
	return own + deepest;
}

/*
 * The packed parse result of text (NUL-terminated, len bytes), on the heap
 * for the caller to free: taken from the cache, or parsed now (and a copy
 * cached). A cached result is handed out once: two versions of a schema
 * share a statement once, so memory does not keep every parse. On a syntax
 * error returns false with *err set (the caller frees it with
 * pg_query_free_protobuf_parse_result).
 */
static bool parse_text(struct stmt_cache *c, const char *text, size_t len, uint64_t hash[2],
		       struct packed *out, PgQueryProtobufParseResult *err)
{
	XXH128_hash_t h = XXH3_128bits(text, len);
	char key[40];
	struct packed *hit = NULL;
	PgQueryProtobufParseResult r;

	hash[0] = h.low64;
	hash[1] = h.high64;
	if (c) {
		hit = map_get(c->parsed, hash_key(key, sizeof(key), hash));
		if (hit) {
			*out = *hit;
			hit->data = NULL;
			map_del(c->parsed, key);
			return true;
		}
	}
	r = pg_query_parse_protobuf(text);
	if (r.error) {
		*err = r;
		return false;
	}
	out->len = r.parse_tree.len;
	out->data = xmalloc(out->len ? out->len : 1);
	memcpy(out->data, r.parse_tree.data, out->len);
	pg_query_free_protobuf_parse_result(r);
	if (c) {
		hit = arena_alloc(c->index, sizeof(*hit));
		hit->len = out->len;
		hit->data = xmalloc(out->len ? out->len : 1);
		memcpy(hit->data, out->data, out->len);
		map_put(c->parsed, key, hit);
		vec_push(&c->entries, NULL, hit);
	}
	return true;
}

/* The pieces parse_piece parsed last, by the hash of their text: the
 * trees of a statement's expressions are asked for one after another
 * (expr_tree), and each would parse all of it again. */
enum { PIECE_MEMO = 4 };
static struct piece_memo {
	uint64_t hash[2];
	struct arena *arena;	/* holds tree; NULL: an empty slot */
	PgQuery__ParseResult *tree;	/* NULL: the piece does not parse */
} piece_memo[PIECE_MEMO];
static size_t piece_memo_next;

PgQuery__ParseResult *parse_piece(const struct srcfile *f, int base, int len)
{
	const char *text = f->text + base;
	XXH128_hash_t h = XXH3_128bits(text, (size_t)len);
	uint64_t hash[2];
	struct packed pk;
	PgQueryProtobufParseResult err;
	ProtobufCAllocator al;
	struct piece_memo *m;

	for (size_t i = 0; i < PIECE_MEMO; i++) {
		m = &piece_memo[i];
		if (m->arena && m->hash[0] == h.low64 && m->hash[1] == h.high64)
			return m->tree;
	}
	m = &piece_memo[piece_memo_next++ % PIECE_MEMO];
	if (m->arena)
		arena_reset(m->arena);
	else
		m->arena = arena_new();
	m->hash[0] = h.low64;
	m->hash[1] = h.high64;
	m->tree = NULL;
	al = arena_protobuf_allocator(m->arena);
	text = arena_strndup(m->arena, text, (size_t)len);
	if (parse_too_deep(text, (size_t)len))
		return NULL;
	if (!parse_text(NULL, text, (size_t)len, hash, &pk, &err)) {
		pg_query_free_protobuf_parse_result(err);
		return NULL;
	}
	m->tree = pg_query__parse_result__unpack(&al, pk.len, pk.data);
	free(pk.data);
	return m->tree;
}

PgQuery__ParseResult *parse_sql(struct arena *a, const char *text)
{
	ProtobufCAllocator al = arena_protobuf_allocator(a);
	PgQueryProtobufParseResult r;
	PgQuery__ParseResult *pr = NULL;

	if (parse_too_deep(text, strlen(text)))
		return NULL;
	r = pg_query_parse_protobuf(text);
	if (!r.error)
		pr = pg_query__parse_result__unpack(&al, r.parse_tree.len,
						    (const uint8_t *)r.parse_tree.data);
	pg_query_free_protobuf_parse_result(r);
	return pr;
}

PgQuery__ParseResult *parse_sql_cached(struct stmt_cache *c, struct arena *a, const char *text)
{
	ProtobufCAllocator al = arena_protobuf_allocator(a);
	size_t len = strlen(text);
	uint64_t hash[2];
	struct packed pk;
	PgQueryProtobufParseResult err;
	PgQuery__ParseResult *pr;

	if (!c)
		return parse_sql(a, text);
	if (parse_too_deep(text, len))
		return NULL;
	if (!parse_text(c, text, len, hash, &pk, &err)) {
		pg_query_free_protobuf_parse_result(err);
		return NULL;
	}
	pr = pg_query__parse_result__unpack(&al, pk.len, pk.data);
	free(pk.data);
	return pr;
}

struct parser *parser_new(struct arena *perm, struct diags *diags, struct stmt_cache *cache)
{
	struct parser *p = xcalloc(1, sizeof(*p));
	p->cache = cache;
	p->perm = perm;
	p->scratch = arena_new();
	p->diags = diags;
	return p;
}

static void drop_split(struct parser *p)
{
	if (p->have_split)
		pg_query_free_split_result(p->split);
	p->have_split = false;
}

void parser_free(struct parser *p)
{
	if (!p)
		return;
	drop_split(p);
	arena_free(p->scratch);
	if (p->whole_arena)
		arena_free(p->whole_arena);
	free(p->piece);
	free(p);
}

char *read_file(struct arena *a, const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct strbuf sb = STRBUF_INIT;
	char buf[65536];
	size_t n;
	char *text;

	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_add(&sb, buf, n);
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		sb_release(&sb);
		errno = e ? e : EIO;
		return NULL;
	}
	fclose(f);
	text = arena_strndup(a, sb.buf, sb.len);
	*len = sb.len;
	sb_release(&sb);
	return text;
}

/* Blanks psql meta-command lines (\restrict KEY, \connect db) with spaces. */
static void blank_meta_commands(char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((i == 0 || text[i - 1] == '\n') && text[i] == '\\' &&
		    i + 1 < len && ((text[i + 1] >= 'a' && text[i + 1] <= 'z') ||
				    (text[i + 1] >= 'A' && text[i + 1] <= 'Z')))
			for (; i < len && text[i] != '\n'; i++)
				text[i] = ' ';
	}
}

/*
 * Offset of the first byte of text that does not start a valid UTF-8
 * sequence, as PostgreSQL's server encoding UTF8 judges it (no overlong
 * forms, no surrogates, nothing past U+10FFFF), or -1; *n is the length of
 * the bad sequence (its bytes go into the message, as the server's).
 */
static long utf8_invalid_at(const unsigned char *s, size_t len, int *n)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		int need;
		unsigned lo = 0x80, hi = 0xBF;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			need = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else {
			/* the server names as many bytes as the lead byte asks for */
			int want = c >= 0xF0 && c <= 0xF7 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
			*n = len - i < (size_t)want ? (int)(len - i) : want;
			if (c >= 0xF8)
				*n = 1;
			return (long)i;
		}
		for (int k = 1; k <= need; k++) {
			unsigned char b = i + k < len ? s[i + k] : 0;
			if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
				*n = len - i < (size_t)need + 1 ? (int)(len - i) : need + 1;
				return (long)i;
			}
		}
		i += (size_t)need + 1;
	}
	return -1;
}

/* The file, unless it is not UTF-8 text: then an error at the first bad
 * byte, in the server's words, and the file is left out. */
static void add_file(struct parser *p, const char *path, char *text, size_t len,
		     bool declared)
{
	struct srcfile *f = arena_alloc(p->perm, sizeof(*f));
	int n = 0;
	long bad;

	blank_meta_commands(text, len);
	f->path = path;
	f->text = text;
	f->len = len;
	f->cache = p->cache;
	f->declared = declared;
	bad = utf8_invalid_at((const unsigned char *)text, len, &n);
	if (bad >= 0) {
		struct strbuf bytes = STRBUF_INIT;
		for (int k = 0; k < n; k++)
			sb_addf(&bytes, "%s0x%02x", k ? " " : "", (unsigned char)text[bad + k]);
		diag_at(p->diags, DIAG_ERROR, f, (int)bad,
			"invalid byte sequence for encoding \"UTF8\": %s", bytes.buf);
		sb_release(&bytes);
		return;
	}
	vec_push(&p->files, p->perm, f);
}

static int cmp_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_sql_suffix(const char *name)
{
	size_t n = strlen(name);
	return n > 4 && strcmp(name + n - 4, ".sql") == 0;
}

static int collect(struct ptrvec *out, struct arena *a, const char *path,
		   bool top, char **err)
{
	struct stat st;
	DIR *dir;
	struct dirent *de;
	struct ptrvec names = { 0 };
	int ret = 0;

	if (stat(path, &st) < 0) {
		*err = arena_printf(a, "cannot read '%s': %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (top || has_sql_suffix(path))
			vec_push(out, a, arena_strdup(a, path));
		return 0;
	}
	dir = opendir(path);
	if (!dir) {
		*err = arena_printf(a, "cannot read folder '%s': %s", path, strerror(errno));
		return -1;
	}
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.' || (top && strcmp(de->d_name, EXTERN_DIR) == 0))
			continue;	/* EXTERN_DIR: read first, as declarations */
		vec_push(&names, a, arena_printf(a, "%s%s%s", path,
			 path[strlen(path) - 1] == '/' ? "" : "/", de->d_name));
	}
	closedir(dir);
	if (names.n > 1)
		qsort(names.items, names.n, sizeof(*names.items), cmp_paths);
	for (size_t i = 0; i < names.n && ret == 0; i++) {
		if (stat(names.items[i], &st) == 0 &&
		    (S_ISDIR(st.st_mode) || has_sql_suffix(names.items[i])))
			ret = collect(out, a, names.items[i], false, err);
	}
	return ret;
}

int collect_sql_files(struct ptrvec *out, struct arena *a, const char *path, char **err)
{
	return collect(out, a, path, true, err);
}

static int add_path(struct parser *p, const char *path, bool declared)
{
	struct ptrvec files = { 0 };
	char *err = NULL;

	if (strcmp(path, "-") == 0) {
		/* standard input, named as compilers name it */
		size_t len;
		char *text = read_file(p->perm, "/dev/stdin", &len);
		if (!text || strlen(text) != len) {
			diag_at(p->diags, DIAG_ERROR, NULL, -1, "cannot read standard input: %s",
				text ? "it holds a NUL byte, not SQL text" : strerror(errno));
			return -1;
		}
		add_file(p, "<stdin>", text, len, false);
		return 0;
	}
	if (collect_sql_files(&files, p->perm, path, &err) < 0) {
		diag_at(p->diags, DIAG_ERROR, NULL, -1, "%s", err);
		return -1;
	}
	for (size_t i = 0; i < files.n; i++) {
		size_t len;
		char *text = read_file(p->perm, files.items[i], &len);
		if (!text) {
			diag_at(p->diags, DIAG_ERROR, NULL, -1, "cannot read '%s': %s",
				(char *)files.items[i], strerror(errno));
			return -1;
		}
		if (strlen(text) != len) {
			diag_at(p->diags, DIAG_ERROR, NULL, -1,
				"cannot read '%s': the file holds a NUL byte, not SQL text",
				(char *)files.items[i]);
			return -1;
		}
		add_file(p, files.items[i], text, len, declared);
	}
	return 0;
}

int parser_add_declarations(struct parser *p, const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0 && errno == ENOENT)
		return 0;
	return add_path(p, path, true);
}

int parser_add_path(struct parser *p, const char *path)
{
	struct stat st;

	/* a folder's extern declarations come first: what it references */
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
	    parser_add_declarations(p, arena_printf(p->perm, "%s/%s", path, EXTERN_DIR)) < 0)
		return -1;
	return add_path(p, path, false);
}


void parser_add_text(struct parser *p, const char *name, const char *text)
{
	size_t len = strlen(text);
	add_file(p, arena_strdup(p->perm, name), arena_strndup(p->perm, text, len), len, false);
}

void parser_add_declared_text(struct parser *p, const char *name, const char *text)
{
	size_t len = strlen(text);
	add_file(p, arena_strdup(p->perm, name), arena_strndup(p->perm, text, len), len, true);
}

/* Byte offset of the cursorpos-th character (1-based) of s. */
static int char_to_byte(const char *s, int len, int cursorpos)
{
	int chars = 0;

	for (int i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (++chars == cursorpos)
				return i;
		}
	}
	return len;
}

/* Skips white space and comments; returns the offset of the first token. */
static int skip_space(const char *s, int pos, int end)
{
	while (pos < end) {
		if (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' ||
		    s[pos] == '\r' || s[pos] == '\f') {
			pos++;
		} else if (s[pos] == '-' && pos + 1 < end && s[pos + 1] == '-') {
			while (pos < end && s[pos] != '\n')
				pos++;
		} else if (s[pos] == '/' && pos + 1 < end && s[pos + 1] == '*') {
			int depth = 1;
			pos += 2;
			while (pos < end && depth > 0) {
				if (s[pos] == '/' && pos + 1 < end && s[pos + 1] == '*') {
					depth++;
					pos += 2;
				} else if (s[pos] == '*' && pos + 1 < end && s[pos + 1] == '/') {
					depth--;
					pos += 2;
				} else {
					pos++;
				}
			}
		} else {
			break;
		}
	}
	return pos;
}

/*
 * Finds `schemac:` directives in comments between from and to. Only text that
 * mentions "schemac:" is scanned, so files without directives cost nothing.
 */
static void collect_directives(struct parser *p, struct stmt *out, int from, int to)
{
	const struct srcfile *f = p->cur;
	const char *hit;
	PgQueryScanResult scan;
	PgQuery__ScanResult *res;
	ProtobufCAllocator al;
	char *text;

	if (to <= from)
		return;
	hit = memmem(f->text + from, (size_t)(to - from), "schemac:", 8);
	if (!hit)
		return;
	text = arena_strndup(p->scratch, f->text + from, (size_t)(to - from));
	scan = pg_query_scan(text);
	if (scan.error) {
		pg_query_free_scan_result(scan);
		return;
	}
	al = arena_protobuf_allocator(p->scratch);
	res = pg_query__scan_result__unpack(&al, scan.pbuf.len, (void *)scan.pbuf.data);
	pg_query_free_scan_result(scan);
	if (!res)
		return;
	for (size_t i = 0; i < res->n_tokens; i++) {
		PgQuery__ScanToken *t = res->tokens[i];
		const char *c, *e, *d;
		int start;

		if (t->token != PG_QUERY__TOKEN__SQL_COMMENT &&
		    t->token != PG_QUERY__TOKEN__C_COMMENT)
			continue;
		c = text + t->start;
		e = text + t->end;
		d = memmem(c, (size_t)(e - c), "schemac:", 8);
		if (!d)
			continue;
		/* only a comment that starts with the directive counts */
		for (const char *q = c + 2; q < d; q++)
			if (*q != ' ' && *q != '\t' && *q != '-' && *q != '*')
				goto next;
		start = from + (int)(d - text);
		d += 8;
		if (t->token == PG_QUERY__TOKEN__C_COMMENT && e - d >= 2)
			e -= 2;
		while (d < e && (*d == ' ' || *d == '\t'))
			d++;
		while (e > d && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
			e--;
		{
			struct directive *dir = arena_alloc(p->perm, sizeof(*dir));
			dir->file = f;
			dir->offset = start;
			dir->text = arena_strndup(p->perm, d, (size_t)(e - d));
			vec_push(&out->directives, p->scratch, dir);
		}
next:;
	}
}

/* A syntax error: its first line only (libpg_query quotes the rest of the
 * file after an unterminated string), at the end of the text before it when
 * it falls on white space ("at end of input"). */
static void syntax_error(struct parser *p, const struct srcfile *f, int start, int off,
			 const char *message)
{
	size_t n = strcspn(message, "\n");

	while (off > start && off > 0 && strchr(" \t\r\n\f", f->text[off - 1]) &&
	       ((size_t)off >= f->len || strchr(" \t\r\n\f", f->text[off])))
		off--;
	diag_at(p->diags, DIAG_ERROR, f, off, "%.*s%s", (int)n, message,
		message[n] ? "\"" : "");
}

/*
 * Text the splitter left out of every piece: the scanner-based splitter drops
 * an unbalanced parenthesis and everything after it, and pieces without a
 * keyword. Returns the offset of the first such text, or -1.
 */
static int uncovered_text(const struct srcfile *f, const PgQuerySplitResult *sr)
{
	int pos = 0;

	for (int i = 0; i <= sr->n_stmts; i++) {
		int end = i < sr->n_stmts ? sr->stmts[i]->stmt_location : (int)f->len;
		for (;;) {
			pos = skip_space(f->text, pos, end);
			if (pos < end && f->text[pos] == ';')
				pos++;
			else
				break;
		}
		if (pos < end)
			return pos;
		if (i < sr->n_stmts)
			pos = sr->stmts[i]->stmt_location + sr->stmts[i]->stmt_len;
	}
	return -1;
}

/*
 * Files parsed whole (see the top of this file) are at most this long.
 * Then no statement can be nested too deeply for the stack
 * (parse_too_deep): the token bound counts at most one level per token,
 * so it exceeds DEPTH_TOKEN_LIMIT only in a statement of more tokens, and
 * so more bytes, than that.
 */
enum { WHOLE_FILE_BYTES = DEPTH_TOKEN_LIMIT };

/* Adds delta to every location below m (-1, no location, stays). */
static void shift_locations(ProtobufCMessage *m, int delta)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;

	if (d == &pg_query__node__descriptor) {
		/* a Node is one of some 250 kinds: go to the one it is */
		Node *n = (Node *)m;
		const ProtobufCFieldDescriptor *f =
			protobuf_c_message_descriptor_get_field(d, (unsigned)n->node_case);
		ProtobufCMessage *inner = f ? *(ProtobufCMessage **)((char *)m + f->offset) : NULL;
		if (inner)
			shift_locations(inner, delta);
		return;
	}
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		char *member = (char *)m + f->offset;

		if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF &&
		    *(const uint32_t *)((const char *)m + f->quantifier_offset) != f->id)
			continue;
		if (f->type == PROTOBUF_C_TYPE_INT32 && f->label != PROTOBUF_C_LABEL_REPEATED) {
			int32_t *v = (int32_t *)member;
			if (*v >= 0 && f->name[0] == 'l' && strcmp(f->name, "location") == 0)
				*v += delta;
			continue;
		}
		if (f->type != PROTOBUF_C_TYPE_MESSAGE)
			continue;
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			size_t n = *(const size_t *)((const char *)m + f->quantifier_offset);
			ProtobufCMessage **arr = *(ProtobufCMessage ***)member;
			for (size_t j = 0; j < n; j++)
				if (arr[j])
					shift_locations(arr[j], delta);
		} else if (*(ProtobufCMessage **)member) {
			shift_locations(*(ProtobufCMessage **)member, delta);
		}
	}
}

/*
 * The piece of f the splitter gives for a statement at location with
 * stmt_len bytes (0: up to the end of the file), as parser_next parses it:
 * from its first token (the same statement after other white space or
 * comments is the same text, for the cache), with its semicolon (a piece
 * ends like the statement it is: the parser says 'at or near ";"' rather
 * than 'at end of input').
 */
static void piece_bounds(const struct srcfile *f, int location, int stmt_len, int *start,
			 int *len)
{
	int n = stmt_len ? stmt_len : (int)f->len - location;
	int first = skip_space(f->text, location, location + n);

	n -= first - location;
	if ((size_t)(first + n) < f->len && f->text[first + n] == ';')
		n++;
	*start = first;
	*len = n;
}

/*
 * f parsed with one call into p->whole, when it may be (no cache, small
 * enough) and it parses, with every statement within PostgreSQL's stack
 * depth; false leaves the file to the splitter.
 */
static bool parse_whole(struct parser *p, const struct srcfile *f)
{
	PgQueryProtobufParseResult r;
	ProtobufCAllocator al;

	if (p->cache || f->len > WHOLE_FILE_BYTES)
		return false;
	r = pg_query_parse_protobuf(f->text);
	if (r.error) {
		pg_query_free_protobuf_parse_result(r);
		return false;
	}
	if (p->whole_arena)
		arena_reset(p->whole_arena);
	else
		p->whole_arena = arena_new();
	al = arena_protobuf_allocator(p->whole_arena);
	p->whole = pg_query__parse_result__unpack(&al, r.parse_tree.len,
						  (const uint8_t *)r.parse_tree.data);
	pg_query_free_protobuf_parse_result(r);
	for (size_t i = 0; p->whole && i < p->whole->n_stmts; i++) {
		PgQuery__RawStmt *rs = p->whole->stmts[i];
		int start, len;

		piece_bounds(f, rs->stmt_location, rs->stmt_len, &start, &len);
		if (len >= STACK_CHECK_BYTES && rs->stmt &&
		    stack_cost(&rs->stmt->base) > PG_MAX_STACK_DEPTH)
			p->whole = NULL;	/* the splitter reports it */
	}
	p->whole_next = 0;
	return p->whole != NULL;
}

/*
 * The next statement of the file parsed whole, made what parsing its piece
 * alone makes: a one-statement result with locations from the piece's
 * start.
 */
static void next_whole(struct parser *p)
{
	PgQuery__RawStmt *rs = p->whole->stmts[p->whole_next++];
	PgQuery__RawStmt *one = arena_alloc(p->scratch, sizeof(*one));
	PgQuery__ParseResult *pr = arena_alloc(p->scratch, sizeof(*pr));
	int start, len;
	XXH128_hash_t h;

	piece_bounds(p->cur, rs->stmt_location, rs->stmt_len, &start, &len);
	*one = *rs;
	one->stmt_location = 0;
	one->stmt_len = rs->stmt_len ? rs->stmt_location + rs->stmt_len - start : 0;
	if (one->stmt)
		shift_locations(&one->stmt->base, -start);
	*pr = *p->whole;
	pr->n_stmts = 1;
	pr->stmts = arena_alloc(p->scratch, sizeof(*pr->stmts));
	pr->stmts[0] = one;
	h = XXH3_128bits(p->cur->text + start, (size_t)len);
	p->pending_hash[0] = h.low64;
	p->pending_hash[1] = h.high64;
	p->pending = pr;
	p->pending_next = 0;
	p->pending_base = start;
	p->pending_len = len;
}

static bool open_next_file(struct parser *p)
{
	drop_split(p);
	p->cur = NULL;
	p->whole = NULL;
	while (p->file_index < p->files.n) {
		const struct srcfile *f = p->files.items[p->file_index++];
		PgQuerySplitResult sr;

		if (parse_whole(p, f)) {
			p->cur = f;
			p->prev_end = 0;
			return true;
		}
		sr = pg_query_split_with_scanner(f->text);

		if (sr.error) {
			int off = char_to_byte(f->text, (int)f->len, sr.error->cursorpos);
			syntax_error(p, f, 0, off, sr.error->message);
			pg_query_free_split_result(sr);
			continue;
		}
		if (uncovered_text(f, &sr) >= 0) {
			/* the parser itself says what is wrong with the file */
			PgQueryProtobufParseResult r = pg_query_parse_protobuf(f->text);
			pg_query_free_split_result(sr);
			if (r.error) {
				int off = char_to_byte(f->text, (int)f->len, r.error->cursorpos);
				syntax_error(p, f, 0, off, r.error->message);
				pg_query_free_protobuf_parse_result(r);
				continue;
			}
			pg_query_free_protobuf_parse_result(r);
			sr = pg_query_split_with_parser(f->text);
			if (sr.error) {
				pg_query_free_split_result(sr);
				continue;
			}
		}
		p->cur = f;
		p->split = sr;
		p->have_split = true;
		p->resplit_tried = false;
		p->next = 0;
		p->prev_end = 0;
		return true;
	}
	return false;
}

/* Tries the parser-based split from the current piece on; false if it fails. */
static bool resplit_with_parser(struct parser *p, int piece_start)
{
	PgQuerySplitResult sr = pg_query_split_with_parser(p->cur->text);
	int i;

	if (sr.error) {
		pg_query_free_split_result(sr);
		return false;
	}
	drop_split(p);
	p->split = sr;
	p->have_split = true;
	for (i = 0; i < sr.n_stmts; i++)
		if (sr.stmts[i]->stmt_location + sr.stmts[i]->stmt_len > piece_start)
			break;
	p->next = i;
	return true;
}

static bool take_pending(struct parser *p, struct stmt *out)
{
	PgQuery__RawStmt *rs;
	int end;

	if (!p->pending || p->pending_next >= p->pending->n_stmts)
		return false;
	rs = p->pending->stmts[p->pending_next++];
	out->node = rs->stmt;
	out->scratch = p->scratch;
	out->file = p->cur;
	out->base = p->pending_base;
	out->piece_len = p->pending_len;
	out->piece_hash[0] = p->pending_hash[0];
	out->piece_hash[1] = p->pending_hash[1];
	out->offset = skip_space(p->cur->text, p->pending_base + rs->stmt_location,
				 (int)p->cur->len);
	end = rs->stmt_len ? p->pending_base + rs->stmt_location + rs->stmt_len
			   : p->pending_base + p->pending_len;
	while (end > out->offset && (p->cur->text[end - 1] == ';' ||
				     strchr(" \t\r\n\f", p->cur->text[end - 1])))
		end--;
	out->len = end > out->offset ? end - out->offset : 0;
	/* directives before the statement and inside it, up to its end */
	collect_directives(p, out, p->prev_end, end);
	p->prev_end = end;
	return true;
}

static void too_deep(struct parser *p, int offset)
{
	struct diag *dg = diag_at(p->diags, DIAG_ERROR, p->cur, offset,
				  "statement nested too deeply: stack depth limit exceeded");
	diag_set_hint(p->diags, dg,
		      "PostgreSQL's max_stack_depth (2048kB) allows about 7,500 chained "
		      "operators, 13,000 chained casts or 2,800 nested subqueries; "
		      "split the expression");
}

/* Every statement of the pending piece within PostgreSQL's stack depth; if
 * not, the first one beyond it is reported and the piece dropped. */
static bool within_stack_depth(struct parser *p, int start)
{
	for (size_t i = 0; i < p->pending->n_stmts; i++) {
		PgQuery__RawStmt *rs = p->pending->stmts[i];
		if (rs->stmt && stack_cost(&rs->stmt->base) > PG_MAX_STACK_DEPTH) {
			too_deep(p, skip_space(p->cur->text, start + rs->stmt_location,
					       (int)p->cur->len));
			p->pending = NULL;
			return false;
		}
	}
	return true;
}

bool parser_next(struct parser *p, struct stmt *out)
{
	memset(out, 0, sizeof(*out));
	/* a piece with several statements keeps its tree until the last one */
	if (p->pending && p->pending_next < p->pending->n_stmts && take_pending(p, out))
		return true;
	p->pending = NULL;
	arena_reset(p->scratch);
	for (;;) {
		PgQuerySplitStmt *sp;
		PgQueryProtobufParseResult r;
		struct packed pk;
		ProtobufCAllocator al;
		int start, len;

		if (!p->cur || (p->whole ? p->whole_next >= p->whole->n_stmts
					 : p->next >= p->split.n_stmts)) {
			if (p->cur)
				p->prev_end = (int)p->cur->len;
			if (!open_next_file(p))
				return false;
			continue;
		}
		if (p->whole) {
			next_whole(p);
			if (take_pending(p, out))
				return true;
			continue;
		}
		sp = p->split.stmts[p->next++];
		piece_bounds(p->cur, sp->stmt_location, sp->stmt_len, &start, &len);
		if ((size_t)len + 1 > p->piece_cap) {
			p->piece_cap = (size_t)len + 1 > 2 * p->piece_cap ? (size_t)len + 1
									  : 2 * p->piece_cap;
			p->piece = xrealloc(p->piece, p->piece_cap);
		}
		memcpy(p->piece, p->cur->text + start, (size_t)len);
		p->piece[len] = '\0';
		if (parse_too_deep(p->piece, (size_t)len)) {
			too_deep(p, start);
			continue;
		}
		if (!parse_text(p->cache, p->piece, (size_t)len, p->pending_hash, &pk, &r)) {
			int off = start + char_to_byte(p->piece, len, r.error->cursorpos);
			if (!p->resplit_tried) {
				p->resplit_tried = true;
				pg_query_free_protobuf_parse_result(r);
				if (resplit_with_parser(p, start))
					continue;
				r = pg_query_parse_protobuf(p->piece);
			}
			syntax_error(p, p->cur, start, off, r.error->message);
			pg_query_free_protobuf_parse_result(r);
			continue;
		}
		al = arena_protobuf_allocator(p->scratch);
		p->pending = pg_query__parse_result__unpack(&al, pk.len, pk.data);
		free(pk.data);
		p->pending_len = len;
		if (!p->pending) {
			diag_at(p->diags, DIAG_ERROR, p->cur, start,
				"internal error: cannot unpack the parse tree");
			continue;
		}
		p->pending_next = 0;
		p->pending_base = start;
		if (len >= STACK_CHECK_BYTES && !within_stack_depth(p, start))
			continue;
		if (take_pending(p, out))
			return true;
	}
}

bool parser_next_clean(struct parser *p, struct stmt *out)
{
	for (;;) {
		int before = p->diags->nerrors;
		if (!parser_next(p, out))
			return false;
		if (p->diags->nerrors > before)
			p->broken = true;	/* the parser reported a syntax error */
		if (!p->broken)
			return true;
	}
}

int stmt_loc(const struct stmt *st, int location)
{
	return location >= 0 ? st->base + location : st->offset;
}

bool directive_is(const struct directive *d, const char *word)
{
	size_t n = strlen(word);
	return strncmp(d->text, word, n) == 0 && (!d->text[n] || d->text[n] == ' ');
}

bool stmt_has_directive(const struct stmt *st, const char *word)
{
	for (size_t i = 0; i < st->directives.n; i++)
		if (directive_is(st->directives.items[i], word))
			return true;
	return false;
}
