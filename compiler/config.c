/*
 * config.c - reading schemac.json with jansson. Syntax errors point at the
 * file's line and column (jansson's). jansson does not locate the keys and
 * values of a parsed document, so most other errors name the file alone;
 * lint rules and levels are found again in the text (a key is a quoted
 * string followed by a colon), so those errors carry line and column.
 */
#include "config.h"
#include "platform.h"
#include "arena.h"
#include "parse.h"
#include "strbuf.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int bad(struct diags *d, const char *path, const char *what)
{
	diag_at(d, DIAG_ERROR, NULL, -1, "%s: %s", path, what);
	return -1;
}

/* A JSON syntax error at its line and column of the file. */
static void syntax_error(struct diags *d, const struct srcfile *f, const json_error_t *err)
{
	int offset = 0, line = 1;

	while ((size_t)offset < f->len && line < err->line)
		if (f->text[offset++] == '\n')
			line++;
	offset += err->column > 0 ? err->column - 1 : 0;
	if ((size_t)offset > f->len)
		offset = (int)f->len;
	diag_at(d, DIAG_ERROR, f, offset, "%s", err->text);
}

static int string_value(struct arena *a, struct diags *d, const char *path, const char *key,
			json_t *v, const char **out)
{
	if (!json_is_string(v))
		return bad(d, path, arena_printf(a, "\"%s\" must be a string", key));
	*out = arena_strdup(a, json_string_value(v));
	return 0;
}

/*
 * The byte offset in f of the value of key "name" (a quoted key followed by
 * a colon) that comes after the key "within", or -1. With value_of false,
 * the offset of the key itself.
 */
static int locate(struct arena *a, const struct srcfile *f, const char *within, const char *name,
		  bool value_of)
{
	const char *from = f->text, *p, *quoted;
	size_t n;

	if (within && !(from = strstr(f->text, arena_printf(a, "\"%s\"", within))))
		return -1;
	quoted = arena_printf(a, "\"%s\"", name);
	n = strlen(quoted);
	for (p = strstr(from, quoted); p; p = strstr(p + 1, quoted)) {
		const char *q = p + n;
		while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
			q++;
		if (*q != ':')
			continue;
		if (value_of)
			for (q++; *q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'; q++)
				;
		return (int)((value_of ? q : p) - f->text);
	}
	return -1;
}

/* An error at offset of f (-1: the file alone). */
static struct diag *bad_at(struct diags *d, const struct srcfile *f, int offset, const char *what)
{
	if (offset < 0)
		return diag_at(d, DIAG_ERROR, NULL, -1, "%s: %s", f->path, what);
	return diag_at(d, DIAG_ERROR, f, offset, "%s", what);
}

/* Rule ids close to a mistyped one: one contains the other. */
static char *similar_rules(struct arena *a, const char *id)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	for (size_t i = 0; i < lint_nrules; i++)
		if (*id && (strstr(lint_rules[i].id, id) || strstr(id, lint_rules[i].id)))
			sb_addf(&sb, "%s%s", sb.len ? ", " : "", lint_rules[i].id);
	s = sb.len ? arena_strdup(a, sb.buf) : NULL;
	sb_release(&sb);
	return s;
}

/* "lint": {"rules": {"rule-id": "error" | "warning" | "off", ...}} */
static int lint_section(struct config *cfg, struct arena *a, struct diags *d,
			const struct srcfile *f, json_t *v)
{
	const char *key, *id;
	json_t *rules, *lv;
	int ret = 0;

	if (!json_is_object(v)) {
		bad_at(d, f, locate(a, f, NULL, "lint", true),
		       "\"lint\" must be an object: {\"rules\": {\"rule-id\": \"error\" | \"warning\" | \"off\"}}");
		return -1;
	}
	json_object_foreach(v, key, rules) {
		if (strcmp(key, "exposed_schemas") == 0) {
			size_t i;
			json_t *s;
			cfg->exposed_set = true;
			if (!json_is_array(rules)) {
				bad_at(d, f, locate(a, f, "lint", key, true),
				       "\"exposed_schemas\" must be an array of schema names");
				ret = -1;
				continue;
			}
			json_array_foreach(rules, i, s) {
				if (!json_is_string(s)) {
					bad_at(d, f, locate(a, f, "lint", key, true),
					       "\"exposed_schemas\" must be an array of schema names");
					ret = -1;
					break;
				}
				vec_push(&cfg->exposed_schemas, a, arena_strdup(a, json_string_value(s)));
			}
			continue;
		}
		if (strcmp(key, "rules") != 0) {
			bad_at(d, f, locate(a, f, "lint", key, false),
			       arena_printf(a, "unknown key \"%s\" in \"lint\" (known: rules, exposed_schemas)", key));
			ret = -1;
			continue;
		}
		if (!json_is_object(rules)) {
			bad_at(d, f, locate(a, f, "lint", "rules", true),
			       "\"rules\" must be an object of rule ids and levels (\"error\", \"warning\", \"off\")");
			ret = -1;
			continue;
		}
		json_object_foreach(rules, id, lv) {
			const struct lint_rule *rule = lint_find_rule(id);
			struct lint_setting *s;
			enum lint_level level;
			struct diag *dg;
			if (!rule) {
				char *near = similar_rules(a, id);
				dg = bad_at(d, f, locate(a, f, "rules", id, false),
					    arena_printf(a, "unknown lint rule \"%s\"", id));
				if (near)
					diag_set_hint(d, dg, "did you mean %s? (schemac lint --rules lists them all)", near);
				else
					diag_set_hint(d, dg, "schemac lint --rules lists the rules");
				ret = -1;
				continue;
			}
			level = json_is_string(lv) ? lint_level_from_name(json_string_value(lv))
						   : LINT_LEVEL_DEFAULT;
			if (level == LINT_LEVEL_DEFAULT) {
				dg = bad_at(d, f, locate(a, f, "rules", id, true),
					    json_is_string(lv)
					    ? arena_printf(a, "unknown level \"%s\" for lint rule \"%s\"",
							   json_string_value(lv), id)
					    : arena_printf(a, "the level of lint rule \"%s\" must be a string", id));
				diag_set_hint(d, dg, "a rule's level is \"error\", \"warning\" or \"off\"");
				ret = -1;
				continue;
			}
			s = arena_alloc(a, sizeof(*s));
			s->rule = rule;
			s->level = level;
			vec_push(&cfg->lint_levels, a, s);
		}
	}
	return ret;
}

int config_load(struct config *cfg, struct arena *a, const char *path, struct diags *d)
{
	json_error_t err;
	json_t *root, *v;
	struct srcfile *f;
	const char *key;
	size_t len;
	int ret = 0;

	memset(cfg, 0, sizeof(*cfg));
	cfg->schema_dir = "schema";
	cfg->migrations_dir = "migrations";
	cfg->seeds_dir = "seeds";
	cfg->tracking_table = "schemac_migrations";
	cfg->safe_migrations = true;
	if (!path) {
		if (access(CONFIG_FILE, F_OK) != 0)
			return 0;
		path = CONFIG_FILE;
	}
	cfg->path = arena_strdup(a, path);
	f = arena_alloc(a, sizeof(*f));
	f->path = cfg->path;
	f->text = read_file(a, path, &len);
	if (!f->text) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot read '%s': %s", path, strerror(errno));
		return -1;
	}
	f->len = len;
	root = json_loadb(f->text, f->len, JSON_REJECT_DUPLICATES, &err);
	if (!root) {
		syntax_error(d, f, &err);
		return -1;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		return bad(d, path, "the configuration must be a JSON object");
	}
	json_object_foreach(root, key, v) {
		if (strcmp(key, "schema") == 0) {
			ret |= string_value(a, d, path, key, v, &cfg->schema_dir);
		} else if (strcmp(key, "migrations") == 0) {
			ret |= string_value(a, d, path, key, v, &cfg->migrations_dir);
		} else if (strcmp(key, "seeds") == 0) {
			ret |= string_value(a, d, path, key, v, &cfg->seeds_dir);
		} else if (strcmp(key, "tracking_table") == 0) {
			ret |= string_value(a, d, path, key, v, &cfg->tracking_table);
		} else if (strcmp(key, "platform") == 0) {
			if (string_value(a, d, path, key, v, &cfg->platform) < 0)
				ret = -1;
			else if (!platform_declarations(cfg->platform))
				ret |= bad(d, path, arena_printf(a, "unknown platform \"%s\" (known: %s)",
								 cfg->platform, platform_names()));
		} else if (strcmp(key, "managed_schemas") == 0) {
			size_t i;
			json_t *s;
			if (!json_is_array(v)) {
				ret |= bad(d, path, "\"managed_schemas\" must be an array of schema names");
				continue;
			}
			json_array_foreach(v, i, s) {
				const char *name;
				if (string_value(a, d, path, key, s, &name) == 0)
					vec_push(&cfg->managed_schemas, a, (void *)name);
				else
					ret = -1;
			}
		} else if (strcmp(key, "environments") == 0) {
			const char *env;
			json_t *e;
			if (!json_is_object(v)) {
				ret |= bad(d, path, "\"environments\" must be an object of environments");
				continue;
			}
			json_object_foreach(v, env, e) {
				struct environment *en = arena_alloc(a, sizeof(*en));
				const char *k;
				json_t *ev;
				en->name = arena_strdup(a, env);
				if (!json_is_object(e)) {
					ret |= bad(d, path, arena_printf(a, "environment \"%s\" must be an object", env));
					continue;
				}
				json_object_foreach(e, k, ev) {
					if (strcmp(k, "url") == 0)
						ret |= string_value(a, d, path, k, ev, &en->url);
					else if (strcmp(k, "production") == 0 && json_is_boolean(ev))
						en->production = json_is_true(ev);
					else if (strcmp(k, "production") == 0)
						ret |= bad(d, path, arena_printf(a, "\"production\" in environment \"%s\" must be true or false", env));
					else
						ret |= bad(d, path, arena_printf(a, "unknown key \"%s\" in environment \"%s\"", k, env));
				}
				vec_push(&cfg->environments, a, en);
			}
		} else if (strcmp(key, "safe_migrations") == 0) {
			if (json_is_boolean(v))
				cfg->safe_migrations = json_is_true(v);
			else
				ret |= bad(d, path, "\"safe_migrations\" must be true or false");
		} else if (strcmp(key, "owners") == 0) {
			if (json_is_boolean(v))
				cfg->owners = json_is_true(v);
			else
				ret |= bad(d, path, "\"owners\" must be true or false");
		} else if (strcmp(key, "lint") == 0) {
			ret |= lint_section(cfg, a, d, f, v);
		} else {
			ret |= bad(d, path, arena_printf(a, "unknown key \"%s\" (known: schema, migrations, seeds, managed_schemas, platform, tracking_table, environments, safe_migrations, owners, lint)", key));
		}
	}
	json_decref(root);
	return ret ? -1 : 0;
}

const struct environment *config_environment(const struct config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->environments.n; i++) {
		const struct environment *e = cfg->environments.items[i];
		if (strcmp(e->name, name) == 0)
			return e;
	}
	return NULL;
}
