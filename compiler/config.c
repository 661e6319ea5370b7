/*
 * config.c - reading schemac.json with jansson. Errors point at the file's
 * line and column (jansson's for syntax, the key's value otherwise is not
 * located by jansson, so the file alone is named).
 */
#include "config.h"
#include "arena.h"
#include "parse.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <unistd.h>

static int bad(struct diags *d, const char *path, const char *what)
{
	diag_at(d, DIAG_ERROR, NULL, -1, "%s: %s", path, what);
	return -1;
}

/* A JSON syntax error at its line and column of the file. */
static void syntax_error(struct arena *a, struct diags *d, const char *path,
			 const json_error_t *err)
{
	struct srcfile *f = arena_alloc(a, sizeof(*f));
	size_t len;
	int offset = 0, line = 1;

	f->path = arena_strdup(a, path);
	f->text = read_file(a, path, &len);
	f->len = f->text ? len : 0;
	if (!f->text) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot read '%s': %s", path, err->text);
		return;
	}
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

int config_load(struct config *cfg, struct arena *a, const char *path, struct diags *d)
{
	json_error_t err;
	json_t *root, *v;
	const char *key;
	int ret = 0;

	memset(cfg, 0, sizeof(*cfg));
	cfg->schema_dir = "schema";
	cfg->migrations_dir = "migrations";
	cfg->tracking_table = "schemac_migrations";
	if (!path) {
		if (access(CONFIG_FILE, F_OK) != 0)
			return 0;
		path = CONFIG_FILE;
	}
	cfg->path = arena_strdup(a, path);
	root = json_load_file(path, JSON_REJECT_DUPLICATES, &err);
	if (!root) {
		if (err.line < 0)
			diag_at(d, DIAG_ERROR, NULL, -1, "cannot read '%s': %s", path, err.text);
		else
			syntax_error(a, d, path, &err);
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
		} else if (strcmp(key, "tracking_table") == 0) {
			ret |= string_value(a, d, path, key, v, &cfg->tracking_table);
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
					else
						ret |= bad(d, path, arena_printf(a, "unknown key \"%s\" in environment \"%s\"", k, env));
				}
				vec_push(&cfg->environments, a, en);
			}
		} else {
			ret |= bad(d, path, arena_printf(a, "unknown key \"%s\" (known: schema, migrations, managed_schemas, tracking_table, environments)", key));
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
