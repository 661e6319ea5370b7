/*
 * lint_format.c - printing findings. JSON and SARIF are built with jansson;
 * text uses the one diagnostics renderer; github prints ::error / ::warning
 * / ::notice workflow commands with their properties escaped as GitHub asks.
 */
#include "lint_format.h"

#include <jansson.h>
#include <stdlib.h>

static const char *severity(enum diag_severity s)
{
	return s == DIAG_ERROR ? "error" : s == DIAG_WARNING ? "warning" : "note";
}

static json_t *finding_json(struct linecol_cursor *cur, const struct diag *dg)
{
	const struct lint_rule *r = dg->rule ? lint_find_rule(dg->rule) : NULL;
	json_t *o = json_object();
	int line = 0, col = 0;

	if (dg->file)
		srcfile_linecol_next(cur, dg->file, dg->offset, &line, &col);
	json_object_set_new(o, "file", json_string(dg->file ? dg->file->path : ""));
	json_object_set_new(o, "line", json_integer(line));
	json_object_set_new(o, "column", json_integer(col));
	json_object_set_new(o, "severity", json_string(severity(dg->severity)));
	json_object_set_new(o, "rule", dg->rule ? json_string(dg->rule) : json_null());
	json_object_set_new(o, "class", r ? json_string(lint_class_name(r->cls)) : json_null());
	json_object_set_new(o, "message", json_string(dg->message));
	json_object_set_new(o, "hint", dg->hint ? json_string(dg->hint) : json_null());
	return o;
}

static json_t *sarif(const struct diags *d, const char *version)
{
	json_t *log = json_object(), *run = json_object(), *tool = json_object();
	json_t *driver = json_object(), *rules = json_array(), *results = json_array();
	struct linecol_cursor cur = { 0 };

	json_object_set_new(log, "$schema", json_string("https://json.schemastore.org/sarif-2.1.0.json"));
	json_object_set_new(log, "version", json_string("2.1.0"));
	json_object_set_new(driver, "name", json_string("schemac"));
	json_object_set_new(driver, "version", json_string(version));
	json_object_set_new(driver, "informationUri", json_string("https://github.com/schemac/schemac"));
	for (size_t i = 0; i < lint_nrules; i++) {
		json_t *r = json_object(), *sd = json_object(), *help = json_object(),
		       *cfg = json_object(), *props = json_object();
		json_object_set_new(r, "id", json_string(lint_rules[i].id));
		json_object_set_new(sd, "text", json_string(lint_rules[i].summary));
		json_object_set_new(r, "shortDescription", sd);
		json_object_set_new(help, "text", json_string(lint_rules[i].fix));
		json_object_set_new(r, "help", help);
		json_object_set_new(cfg, "level", json_string(lint_rules[i].cls == LINT_ADVICE
							     ? "warning" : "error"));
		json_object_set_new(r, "defaultConfiguration", cfg);
		json_object_set_new(props, "class", json_string(lint_class_name(lint_rules[i].cls)));
		json_object_set_new(r, "properties", props);
		json_array_append_new(rules, r);
	}
	json_object_set_new(driver, "rules", rules);
	json_object_set_new(tool, "driver", driver);
	json_object_set_new(run, "tool", tool);
	for (size_t i = 0; i < d->list.n; i++) {
		const struct diag *dg = d->list.items[i];
		json_t *res, *msg, *loc, *phys, *art, *region;
		int line = 1, col = 1;
		if (!dg->rule)
			continue;
		res = json_object();
		msg = json_object();
		loc = json_object();
		phys = json_object();
		art = json_object();
		region = json_object();
		if (dg->file)
			srcfile_linecol_next(&cur, dg->file, dg->offset, &line, &col);
		json_object_set_new(res, "ruleId", json_string(dg->rule));
		json_object_set_new(res, "level", json_string(severity(dg->severity)));
		json_object_set_new(msg, "text", json_string(dg->message));
		json_object_set_new(res, "message", msg);
		json_object_set_new(art, "uri", json_string(dg->file ? dg->file->path : ""));
		json_object_set_new(phys, "artifactLocation", art);
		json_object_set_new(region, "startLine", json_integer(line));
		json_object_set_new(region, "startColumn", json_integer(col));
		json_object_set_new(phys, "region", region);
		json_object_set_new(loc, "physicalLocation", phys);
		json_object_set_new(res, "locations", json_pack("[o]", loc));
		json_array_append_new(results, res);
	}
	json_object_set_new(run, "results", results);
	json_object_set_new(log, "runs", json_pack("[o]", run));
	return log;
}

void lint_gh_escape(struct strbuf *out, const char *s, bool property)
{
	for (; *s; s++) {
		if (*s == '%')
			sb_adds(out, "%25");
		else if (*s == '\r')
			sb_adds(out, "%0D");
		else if (*s == '\n')
			sb_adds(out, "%0A");
		else if (property && *s == ':')
			sb_adds(out, "%3A");
		else if (property && *s == ',')
			sb_adds(out, "%2C");
		else
			sb_addc(out, *s);
	}
}

void lint_format(struct strbuf *out, enum lint_format fmt, const struct diags *d,
		 const char *version)
{
	json_t *root;
	char *text;
	struct linecol_cursor cur = { 0 };

	switch (fmt) {
	case LINT_TEXT:
		diags_render(out, d);
		return;
	case LINT_GITHUB:
		for (size_t i = 0; i < d->list.n; i++) {
			const struct diag *dg = d->list.items[i];
			int line = 1, col = 1;
			if (dg->file)
				srcfile_linecol_next(&cur, dg->file, dg->offset, &line, &col);
			sb_addf(out, "::%s file=", dg->severity == DIAG_ERROR ? "error"
						   : dg->severity == DIAG_WARNING ? "warning" : "notice");
			lint_gh_escape(out, dg->file ? dg->file->path : "", true);
			sb_addf(out, ",line=%d,col=%d,title=", line, col);
			lint_gh_escape(out, dg->rule ? dg->rule : "schemac", true);
			sb_adds(out, "::");
			lint_gh_escape(out, dg->message, false);
			if (dg->hint) {
				sb_adds(out, "%0A");	/* one command per line */
				lint_gh_escape(out, dg->hint, false);
			}
			sb_addc(out, '\n');
		}
		return;
	case LINT_JSON:
		root = json_array();
		for (size_t i = 0; i < d->list.n; i++)
			json_array_append_new(root, finding_json(&cur, d->list.items[i]));
		break;
	case LINT_SARIF:
		root = sarif(d, version);
		break;
	default:
		return;
	}
	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	sb_adds(out, text);
	sb_addc(out, '\n');
	free(text);
	json_decref(root);
}

void lint_explain(struct strbuf *out, const struct lint_report *r)
{
	struct linecol_cursor cur = { 0 };

	for (size_t i = 0; i < r->facts.n; i++) {
		const struct lint_fact *f = r->facts.items[i];
		int line, col;
		srcfile_linecol_next(&cur, f->file, f->offset, &line, &col);
		if (f->txmode)
			sb_addf(out, "%s: transaction: %s\n", f->file->path, f->txmode);
		sb_addf(out, "%s:%d:%d: %s\n", f->file->path, line, col, f->statement);
		sb_addf(out, "  lock: %s\n", f->lock ? f->lock : "none on existing tables");
		if (f->table_work)
			sb_addf(out, "  table: %s\n", f->table_work);
		if (f->reads)
			sb_addf(out, "  table: scans %s\n", f->reads);
		if (f->loses)
			sb_addf(out, "  loses: %s\n", f->loses);
		if (f->new_object)
			sb_adds(out, "  (on an object created in this migration: no hazard)\n");
	}
}
