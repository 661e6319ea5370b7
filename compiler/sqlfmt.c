/*
 * sqlfmt.c - quoting and type spelling. Whether a word is reserved comes from
 * libpg_query's scanner (the keyword kind of its one token), never from a
 * hand-kept list; answers are cached per name.
 */
#include "sqlfmt.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>
#include <stdlib.h>
#include <xxhash.h>

/* A small cache of keyword answers: open addressing, heap, never freed. */
#define KW_CACHE 4096
static struct {
	char *name;
	bool quote;
} kw_cache[KW_CACHE];

static bool keyword_needs_quotes(const char *name)
{
	PgQueryScanResult r;
	PgQuery__ScanResult *res;
	bool quote = false;
	size_t h = (size_t)XXH3_64bits(name, strlen(name)) & (KW_CACHE - 1);

	for (size_t i = 0; i < 8; i++) {
		size_t j = (h + i) & (KW_CACHE - 1);
		if (!kw_cache[j].name)
			break;
		if (strcmp(kw_cache[j].name, name) == 0)
			return kw_cache[j].quote;
	}
	r = pg_query_scan(name);
	if (!r.error) {
		res = pg_query__scan_result__unpack(NULL, r.pbuf.len, (void *)r.pbuf.data);
		if (res) {
			if (res->n_tokens >= 1) {
				PgQuery__KeywordKind k = res->tokens[0]->keyword_kind;
				quote = k != PG_QUERY__KEYWORD_KIND__NO_KEYWORD &&
					k != PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD;
			}
			pg_query__scan_result__free_unpacked(res, NULL);
		}
	}
	pg_query_free_scan_result(r);
	for (size_t i = 0; i < 8; i++) {
		size_t j = (h + i) & (KW_CACHE - 1);
		if (!kw_cache[j].name) {
			kw_cache[j].name = xstrdup(name);
			kw_cache[j].quote = quote;
			break;
		}
	}
	return quote;
}

static bool ident_needs_quotes(const char *name)
{
	const char *p = name;

	if (!*p || !((*p >= 'a' && *p <= 'z') || *p == '_'))
		return true;
	for (; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
			return true;
	return keyword_needs_quotes(name);
}

void sb_ident(struct strbuf *sb, const char *name)
{
	if (!ident_needs_quotes(name)) {
		sb_adds(sb, name);
		return;
	}
	sb_addc(sb, '"');
	for (const char *p = name; *p; p++) {
		if (*p == '"')
			sb_addc(sb, '"');
		sb_addc(sb, *p);
	}
	sb_addc(sb, '"');
}

void sb_qname(struct strbuf *sb, const char *schema, const char *name)
{
	if (schema && strcmp(schema, "public") != 0) {
		sb_ident(sb, schema);
		sb_addc(sb, '.');
	}
	sb_ident(sb, name);
}

void sb_literal(struct strbuf *sb, const char *s)
{
	sb_addc(sb, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			sb_addc(sb, '\'');
		sb_addc(sb, *s);
	}
	sb_addc(sb, '\'');
}

void sb_dotted(struct strbuf *sb, const char *dotted)
{
	const char *dot = strchr(dotted, '.');

	if (!dot) {
		sb_ident(sb, dotted);
		return;
	}
	{
		char *schema = xstrdup(dotted);
		schema[dot - dotted] = '\0';
		sb_ident(sb, schema);
		free(schema);
	}
	sb_addc(sb, '.');
	sb_ident(sb, dot + 1);
}

void sb_collation(struct strbuf *sb, const struct qname *q)
{
	if (q->schema && strcmp(q->schema, "public") != 0 && strcmp(q->schema, "pg_catalog") != 0) {
		sb_ident(sb, q->schema);
		sb_addc(sb, '.');
	}
	sb_ident(sb, q->name);
}

static const struct {
	const char *name;
	const char *display;
	const char *suffix;	/* printed after the modifiers */
} builtin_display[] = {
	{ "int2", "smallint", NULL },
	{ "int4", "integer", NULL },
	{ "int8", "bigint", NULL },
	{ "float4", "real", NULL },
	{ "float8", "double precision", NULL },
	{ "bool", "boolean", NULL },
	{ "varchar", "character varying", NULL },
	{ "bpchar", "character", NULL },
	{ "varbit", "bit varying", NULL },
	{ "timestamp", "timestamp", " without time zone" },
	{ "timestamptz", "timestamp", " with time zone" },
	{ "time", "time", " without time zone" },
	{ "timetz", "time", " with time zone" },
	{ "char", "\"char\"", NULL },
};

void sb_type(struct strbuf *sb, const struct typeref *t)
{
	if (t->schema && strcmp(t->schema, "pg_catalog") == 0) {
		size_t i;
		for (i = 0; i < ARRAY_SIZE(builtin_display); i++)
			if (strcmp(t->name, builtin_display[i].name) == 0)
				break;
		if (i < ARRAY_SIZE(builtin_display)) {
			/* character without a length is bpchar, spelled so */
			if (strcmp(t->name, "bpchar") == 0 && !t->mods)
				sb_adds(sb, "bpchar");
			else
				sb_adds(sb, builtin_display[i].display);
			if (t->mods)
				sb_adds(sb, t->mods);
			if (builtin_display[i].suffix)
				sb_adds(sb, builtin_display[i].suffix);
		} else {
			sb_adds(sb, t->name);	/* built-in names never need quotes */
			if (t->mods)
				sb_adds(sb, t->mods);
		}
	} else {
		sb_qname(sb, t->schema, t->name);
		if (t->mods)
			sb_adds(sb, t->mods);
	}
	if (t->ndims)
		sb_adds(sb, "[]");
}

void sb_object(struct strbuf *sb, const struct dbobject *o)
{
	const struct object_kind_desc *k = object_kind_desc(o->kind);

	sb_addf(sb, "%s ", k->sql);
	if (k->raw_name) {
		/* operators (schema.===), casts, transforms, user mappings */
		if (!k->global && !str_eq(o->name.schema, "public")) {
			sb_ident(sb, o->name.schema);
			sb_addc(sb, '.');
		}
		sb_adds(sb, o->name.name);
	} else if (k->global) {
		sb_ident(sb, o->name.name);
	} else if (o->table) {
		sb_ident(sb, o->name.name);
		sb_adds(sb, " ON ");
		sb_qname(sb, o->name.schema, o->table);
	} else {
		sb_qname(sb, o->name.schema, o->name.name);
	}
	if (o->args && k->using)
		sb_addf(sb, " USING %s", o->args);
	else if (o->args)
		sb_addf(sb, "(%s)", o->args);
}
