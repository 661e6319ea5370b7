/*
 * docs.c - `schemac docs` (docs.h): the tables of a catalog, marked against
 * an older one, drawn as Mermaid erDiagram text and Graphviz DOT, and
 * written as tbls's schema.json (with jansson). Cardinality comes from the
 * keys: a foreign key whose columns are unique is zero-or-one on its side,
 * else zero-or-more; its parent is exactly one when the columns are all NOT
 * NULL, else zero-or-one. Everything is read from the catalog; nothing is
 * printed here.
 */
#include "docs.h"
#include "arena.h"
#include "emit.h"
#include "normalize.h"
#include "parse.h"
#include "sqlfmt.h"

#include <jansson.h>
#include <stdlib.h>

/* ---- the tables, marked --------------------------------------------- */

static const char *qualified(struct arena *a, const struct qname *q)
{
	return arena_printf(a, "%s.%s", q->schema, q->name);
}

/* Everything a table is, as SQL, to tell whether a migration altered it. */
static void table_signature(struct strbuf *sb, struct arena *a, const struct table *t)
{
	for (size_t i = 0; i < t->columns.n; i++) {
		emit_column_def(sb, a, t, t->columns.items[i], false);
		sb_addc(sb, '\n');
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		emit_constraint_def(sb, a, t->constraints.items[i], true);
		sb_addc(sb, '\n');
	}
	for (size_t i = 0; i < t->indexes.n; i++) {
		emit_create_index(sb, a, t, t->indexes.items[i]);
		sb_addc(sb, '\n');
	}
	if (t->comment)
		sb_adds(sb, t->comment);
}

static bool table_altered(struct arena *a, const struct table *x, const struct table *y)
{
	struct strbuf sx = STRBUF_INIT, sy = STRBUF_INIT;
	bool differ;

	table_signature(&sx, a, x);
	table_signature(&sy, a, y);
	differ = strcmp(sx.buf, sy.buf) != 0;
	sb_release(&sx);
	sb_release(&sy);
	return differ;
}

static void add_table(struct docs *dc, const struct table *t, enum docs_mark mark)
{
	struct docs_table *dt = arena_alloc(dc->arena, sizeof(*dt));

	dt->t = t;
	dt->mark = mark;
	dt->name = qualified(dc->arena, &t->name);
	vec_push(&dc->tables, dc->arena, dt);
}

void docs_init(struct docs *dc, struct arena *a, const struct catalog *cat,
	       const struct catalog *old)
{
	memset(dc, 0, sizeof(*dc));
	dc->arena = a;
	dc->cat = cat;
	dc->changed = old != NULL;
	for (size_t i = 0; i < cat->tables.n; i++) {
		const struct table *t = cat->tables.items[i];
		enum docs_mark mark = MARK_NONE;
		if (old) {
			const struct table *o = catalog_find_table(old, &t->name);
			mark = !o ? MARK_ADDED : table_altered(a, o, t) ? MARK_ALTERED : MARK_NONE;
		}
		add_table(dc, t, mark);
	}
	for (size_t i = 0; old && i < old->tables.n; i++) {
		const struct table *o = old->tables.items[i];
		if (!catalog_find_table(cat, &o->name))
			add_table(dc, o, MARK_DROPPED);
	}
}

const struct docs_table *docs_find(const struct docs *dc, const struct qname *name)
{
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		if (strcmp(dt->t->name.schema, name->schema) == 0 &&
		    strcmp(dt->t->name.name, name->name) == 0)
			return dt;
	}
	return NULL;
}

const char *docs_mark_name(enum docs_mark m)
{
	switch (m) {
	case MARK_ADDED:
		return "added";
	case MARK_ALTERED:
		return "altered";
	case MARK_DROPPED:
		return "dropped";
	case MARK_NONE:
		break;
	}
	return "";
}

static const char *page_name(struct arena *a, const char *prefix, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_adds(&sb, prefix);
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '.' || *p == '_' || *p == '-')
			sb_addc(&sb, (char)*p);
		else
			sb_addf(&sb, "_%02X", *p);	/* no %XX: a browser decodes it */
	}
	sb_adds(&sb, ".html");
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

const char *docs_table_page(struct arena *a, const char *name)
{
	return page_name(a, "table-", name);
}

const char *docs_schema_page(struct arena *a, const char *schema)
{
	return page_name(a, "schema-", schema);
}

/* ---- keys --------------------------------------------------------------- */

/* A primary key, unique constraint or plain unique index on exactly cols. */
static bool columns_unique(const struct table *t, const struct ptrvec *cols)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if ((c->kind == CON_PRIMARY || c->kind == CON_UNIQUE) && vec_same_strings(&c->columns, cols))
			return true;
	}
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		struct ptrvec names = { 0 };
		bool plain = ix->unique && !ix->where, same;
		for (size_t k = 0; plain && k < ix->elems.n; k++) {
			const struct index_elem *e = ix->elems.items[k];
			if (!e->column)
				plain = false;
			else
				vec_push(&names, NULL, (void *)e->column);
		}
		same = plain && vec_same_strings(&names, cols);
		free(names.items);
		if (same)
			return true;
	}
	return false;
}

/* Is the foreign key's side unique (its columns a primary or unique key, or
 * a unique index) and are its columns all NOT NULL? */
static bool docs_fk_unique(const struct table *t, const struct constraint *fk)
{
	return columns_unique(t, &fk->columns);
}

static bool docs_fk_not_null(const struct table *t, const struct constraint *fk)
{
	for (size_t i = 0; i < fk->columns.n; i++) {
		const struct column *c = table_find_column(t, fk->columns.items[i]);
		if (!c || !c->not_null)
			return false;
	}
	return true;
}

const char *docs_column_keys(struct arena *a, const struct table *t, const struct column *c)
{
	bool pk = false, fk = false, uk = false;
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *k = t->constraints.items[i];
		if (!vec_has_string(&k->columns, c->name))
			continue;
		if (k->kind == CON_PRIMARY)
			pk = true;
		else if (k->kind == CON_FOREIGN)
			fk = true;
		else if (k->kind == CON_UNIQUE && k->columns.n == 1)
			uk = true;
	}
	if (!uk && !pk) {
		struct ptrvec one = { 0 };
		vec_push(&one, NULL, (void *)c->name);
		uk = columns_unique(t, &one);
		free(one.items);
	}
	if (pk)
		sb_adds(&sb, "PK");
	if (fk)
		sb_addf(&sb, "%sFK", sb.len ? ", " : "");
	if (uk)
		sb_addf(&sb, "%sUK", sb.len ? ", " : "");
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

const char *docs_constraint_def(struct arena *a, const struct constraint *c)
{
	struct strbuf sb = STRBUF_INIT, name = STRBUF_INIT;
	const char *s;

	emit_constraint_def(&sb, a, c, true);
	sb_adds(&name, "CONSTRAINT ");
	sb_ident(&name, c->name);
	sb_addc(&name, ' ');
	s = strncmp(sb.buf, name.buf, name.len) == 0 ? sb.buf + name.len : sb.buf;
	s = arena_strdup(a, s);
	sb_release(&sb);
	sb_release(&name);
	return s;
}

const char *docs_type(struct arena *a, const struct typeref *t)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_type(&sb, t);
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

/* ---- Mermaid ------------------------------------------------------------ */

/* An entity name Mermaid reads: letters, digits and _ only. */
static void mermaid_id(struct strbuf *out, const char *name)
{
	for (const char *s = name; *s; s++) {
		unsigned char c = (unsigned char)*s;
		sb_addc(out, (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				     (c >= '0' && c <= '9') || c == '_' ? (char)c : '_');
	}
}

/* A quoted Mermaid string: no double quotes or line breaks inside. */
static void mermaid_str(struct strbuf *out, const char *s)
{
	sb_addc(out, '"');
	for (; *s; s++)
		sb_addc(out, *s == '"' ? '\'' : *s == '\n' || *s == '\r' ? ' ' : *s);
	sb_addc(out, '"');
}

/* The entity of a table: public tables by their name, others qualified. */
static const char *display_name(struct arena *a, const struct table *t)
{
	return strcmp(t->name.schema, "public") == 0 ? t->name.name : qualified(a, &t->name);
}

void docs_mermaid(struct strbuf *out, const struct docs *dc)
{
	struct arena *a = dc->arena;

	sb_adds(out, "erDiagram\n");
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		const char *label = display_name(a, dt->t);
		sb_adds(out, "    ");
		mermaid_id(out, dt->name);
		if (dt->mark != MARK_NONE)
			label = arena_printf(a, "%s (%s)", label, docs_mark_name(dt->mark));
		sb_adds(out, "[");
		mermaid_str(out, label);
		sb_adds(out, "] {\n");
		for (size_t k = 0; k < dt->t->columns.n; k++) {
			const struct column *c = dt->t->columns.items[k];
			const char *keys = docs_column_keys(a, dt->t, c);
			sb_adds(out, "        ");
			/* a type is one word: character_varying(20), numeric(10_2) */
			for (const char *s = docs_type(a, &c->type); *s; s++)
				sb_addc(out, *s == ' ' || *s == ',' || *s == '"' ? '_' : *s);
			sb_addc(out, ' ');
			mermaid_id(out, c->name);
			if (*keys)
				sb_addf(out, " %s", keys);
			if (c->comment) {
				sb_addc(out, ' ');
				mermaid_str(out, c->comment);
			}
			sb_addc(out, '\n');
		}
		sb_adds(out, "    }\n");
	}
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		for (size_t k = 0; k < dt->t->constraints.n; k++) {
			const struct constraint *fk = dt->t->constraints.items[k];
			const struct docs_table *parent;
			if (fk->kind != CON_FOREIGN || !(parent = docs_find(dc, &fk->ref_table)))
				continue;
			sb_adds(out, "    ");
			mermaid_id(out, parent->name);
			sb_addf(out, " %s--%s ", docs_fk_not_null(dt->t, fk) ? "||" : "|o",
				docs_fk_unique(dt->t, fk) ? "o|" : "o{");
			mermaid_id(out, dt->name);
			sb_adds(out, " : ");
			mermaid_str(out, fk->name);
			sb_addc(out, '\n');
		}
	}
}

/* ---- Graphviz DOT ------------------------------------------------------- */

/* Text inside a DOT HTML-like label or a quoted DOT string. */
static void dot_html(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&':
			sb_adds(out, "&amp;");
			break;
		case '<':
			sb_adds(out, "&lt;");
			break;
		case '>':
			sb_adds(out, "&gt;");
			break;
		case '"':
			sb_adds(out, "&quot;");
			break;
		case '\n':
			sb_addc(out, ' ');
			break;
		default:
			sb_addc(out, *s);
		}
	}
}

static void dot_str(struct strbuf *out, const char *s)
{
	sb_addc(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sb_addc(out, '\\');
		sb_addc(out, *s == '\n' ? ' ' : *s);
	}
	sb_addc(out, '"');
}

static const char *mark_color(enum docs_mark m)
{
	switch (m) {
	case MARK_ADDED:
		return "#c8f0c8";
	case MARK_ALTERED:
		return "#ffe4a8";
	case MARK_DROPPED:
		return "#f6c0c0";
	case MARK_NONE:
		break;
	}
	return "#dde4f0";
}

/* Does the foreign key fk of t link it with focus (either way)? */
static bool links(const struct table *t, const struct constraint *fk, const struct table *focus)
{
	return t == focus || (strcmp(fk->ref_table.schema, focus->name.schema) == 0 &&
			      strcmp(fk->ref_table.name, focus->name.name) == 0);
}

static bool drawn(const struct docs *dc, const struct docs_table *dt, const char *schema,
		  const struct table *focus)
{
	if (schema && strcmp(dt->t->name.schema, schema) != 0)
		return false;
	if (!focus || dt->t == focus)
		return true;
	/* a neighbour: a foreign key between it and the focus */
	for (size_t k = 0; k < dt->t->constraints.n; k++) {
		const struct constraint *fk = dt->t->constraints.items[k];
		if (fk->kind == CON_FOREIGN && links(dt->t, fk, focus))
			return true;
	}
	for (size_t k = 0; k < focus->constraints.n; k++) {
		const struct constraint *fk = focus->constraints.items[k];
		if (fk->kind == CON_FOREIGN && strcmp(fk->ref_table.schema, dt->t->name.schema) == 0 &&
		    strcmp(fk->ref_table.name, dt->t->name.name) == 0)
			return true;
	}
	(void)dc;
	return false;
}

void docs_dot(struct strbuf *out, const struct docs *dc, const char *schema,
	      const struct table *focus, bool link)
{
	struct arena *a = dc->arena;

	sb_adds(out, "digraph schema {\n"
		     "  graph [rankdir=LR, fontname=\"Helvetica\", bgcolor=\"white\"];\n"
		     "  node [shape=plain, fontname=\"Helvetica\", fontsize=10];\n"
		     "  edge [dir=both, fontname=\"Helvetica\", fontsize=9, color=\"#556080\"];\n");
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		const char *title = display_name(a, dt->t);
		if (!drawn(dc, dt, schema, focus))
			continue;
		sb_adds(out, "  ");
		dot_str(out, dt->name);
		sb_adds(out, " [");
		if (link) {
			sb_adds(out, "URL=");
			dot_str(out, docs_table_page(a, dt->name));
			sb_adds(out, ", tooltip=");
			dot_str(out, dt->name);
			sb_adds(out, ", ");
		}
		sb_addf(out, "label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\" bgcolor=\"white\">\n"
			     "    <tr><td colspan=\"3\" bgcolor=\"%s\"><b>", mark_color(dt->mark));
		dot_html(out, title);
		sb_adds(out, "</b>");
		if (dt->mark != MARK_NONE)
			sb_addf(out, " <i>(%s)</i>", docs_mark_name(dt->mark));
		sb_adds(out, "</td></tr>\n");
		for (size_t k = 0; k < dt->t->columns.n; k++) {
			const struct column *c = dt->t->columns.items[k];
			sb_adds(out, "    <tr><td align=\"left\" port=\"");
			dot_html(out, c->name);
			sb_adds(out, "\">");
			dot_html(out, c->name);
			sb_adds(out, "</td><td align=\"left\">");
			dot_html(out, docs_type(a, &c->type));
			if (c->not_null)
				sb_adds(out, " not null");
			sb_adds(out, "</td><td>");
			dot_html(out, docs_column_keys(a, dt->t, c));
			sb_adds(out, "</td></tr>\n");
		}
		sb_adds(out, "  </table>>];\n");
	}
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		if (!drawn(dc, dt, schema, focus))
			continue;
		for (size_t k = 0; k < dt->t->constraints.n; k++) {
			const struct constraint *fk = dt->t->constraints.items[k];
			const struct docs_table *parent;
			if (fk->kind != CON_FOREIGN || !(parent = docs_find(dc, &fk->ref_table)) ||
			    !drawn(dc, parent, schema, focus) || (focus && !links(dt->t, fk, focus)))
				continue;
			sb_adds(out, "  ");
			dot_str(out, dt->name);
			if (fk->columns.n == 1) {
				sb_addc(out, ':');
				dot_str(out, fk->columns.items[0]);
			}
			sb_adds(out, " -> ");
			dot_str(out, parent->name);
			if (fk->ref_columns.n == 1) {
				sb_addc(out, ':');
				dot_str(out, fk->ref_columns.items[0]);
			}
			/* the tail at the child, the head at the parent */
			sb_addf(out, " [arrowtail=%s, arrowhead=%s, tooltip=",
				docs_fk_unique(dt->t, fk) ? "teeodot" : "crowodot",
				docs_fk_not_null(dt->t, fk) ? "teetee" : "teeodot");
			dot_str(out, fk->name);
			sb_adds(out, "];\n");
		}
	}
	sb_adds(out, "}\n");
}

/* ---- tbls schema.json ------------------------------------------------- */

static json_t *string_array(const struct ptrvec *v)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < v->n; i++)
		json_array_append_new(arr, json_string(v->items[i]));
	return arr;
}

static const char *constraint_type(enum constraint_kind k)
{
	switch (k) {
	case CON_CHECK:
		return "CHECK";
	case CON_FOREIGN:
		return "FOREIGN KEY";
	case CON_PRIMARY:
		return "PRIMARY KEY";
	case CON_UNIQUE:
		return "UNIQUE";
	case CON_EXCLUSION:
		return "EXCLUSION";
	}
	return "";
}

static json_t *json_column(struct arena *a, const struct column *c)
{
	json_t *o = json_object();

	json_object_set_new(o, "name", json_string(c->name));
	json_object_set_new(o, "type", json_string(docs_type(a, &c->type)));
	json_object_set_new(o, "nullable", json_boolean(!c->not_null));
	if (c->def && !c->generated)
		json_object_set_new(o, "default", json_string(expr_sql(a, c->def)));
	if (c->generated)
		json_object_set_new(o, "extra_def", json_string(arena_printf(
			a, "GENERATED ALWAYS AS (%s) STORED", expr_sql(a, c->def))));
	else if (c->identity)
		json_object_set_new(o, "extra_def", json_string(c->identity == IDENTITY_ALWAYS
				    ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY"));
	if (c->comment)
		json_object_set_new(o, "comment", json_string(c->comment));
	return o;
}

static json_t *json_table(const struct docs *dc, const struct docs_table *dt)
{
	struct arena *a = dc->arena;
	const struct table *t = dt->t;
	json_t *o = json_object(), *cols = json_array(), *idx = json_array(), *cons = json_array(),
	       *trg = json_array();

	json_object_set_new(o, "name", json_string(dt->name));
	json_object_set_new(o, "type", json_string("BASE TABLE"));
	if (t->comment)
		json_object_set_new(o, "comment", json_string(t->comment));
	for (size_t i = 0; i < t->columns.n; i++)
		json_array_append_new(cols, json_column(a, t->columns.items[i]));
	json_object_set_new(o, "columns", cols);
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		json_t *x = json_object(), *names = json_array();
		struct strbuf sb = STRBUF_INIT;
		emit_create_index(&sb, a, t, ix);
		if (sb.len && sb.buf[sb.len - 1] == ';')
			sb_setlen(&sb, sb.len - 1);
		for (size_t k = 0; k < ix->elems.n; k++) {
			const struct index_elem *e = ix->elems.items[k];
			if (e->column)
				json_array_append_new(names, json_string(e->column));
		}
		json_object_set_new(x, "name", json_string(ix->name));
		json_object_set_new(x, "def", json_string(sb.buf));
		json_object_set_new(x, "table", json_string(dt->name));
		json_object_set_new(x, "columns", names);
		if (ix->comment)
			json_object_set_new(x, "comment", json_string(ix->comment));
		json_array_append_new(idx, x);
		sb_release(&sb);
	}
	json_object_set_new(o, "indexes", idx);
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		json_t *x = json_object();
		json_object_set_new(x, "name", json_string(c->name));
		json_object_set_new(x, "type", json_string(constraint_type(c->kind)));
		json_object_set_new(x, "def", json_string(docs_constraint_def(a, c)));
		json_object_set_new(x, "table", json_string(dt->name));
		json_object_set_new(x, "referenced_table", json_string(
			c->kind == CON_FOREIGN ? qualified(a, &c->ref_table) : ""));
		json_object_set_new(x, "columns", string_array(&c->columns));
		if (c->kind == CON_FOREIGN)
			json_object_set_new(x, "referenced_columns", string_array(&c->ref_columns));
		if (c->comment)
			json_object_set_new(x, "comment", json_string(c->comment));
		json_array_append_new(cons, x);
	}
	json_object_set_new(o, "constraints", cons);
	for (size_t i = 0; i < dc->cat->objects.n; i++) {
		const struct dbobject *ob = dc->cat->objects.items[i];
		json_t *x;
		if (ob->kind != OBJ_TRIGGER || strcmp(ob->name.schema, t->name.schema) != 0 ||
		    strcmp(ob->table, t->name.name) != 0 || dt->mark == MARK_DROPPED)
			continue;
		x = json_object();
		json_object_set_new(x, "name", json_string(ob->name.name));
		json_object_set_new(x, "def", json_string(object_sql(a, ob)));
		if (ob->comment)
			json_object_set_new(x, "comment", json_string(ob->comment));
		json_array_append_new(trg, x);
	}
	json_object_set_new(o, "triggers", trg);
	return o;
}

/* A view or materialized view as tbls lists it: a table of type VIEW. */
static json_t *json_view(struct arena *a, const struct dbobject *ob)
{
	json_t *o = json_object(), *cols = json_array();

	json_object_set_new(o, "name", json_string(qualified(a, &ob->name)));
	json_object_set_new(o, "type", json_string(ob->kind == OBJ_VIEW ? "VIEW" : "MATERIALIZED VIEW"));
	if (ob->comment)
		json_object_set_new(o, "comment", json_string(ob->comment));
	for (size_t i = 0; i < ob->columns.n; i++) {
		json_t *c = json_object();
		/* the output columns' types are PostgreSQL's to infer */
		json_object_set_new(c, "name", json_string(ob->columns.items[i]));
		json_object_set_new(c, "type", json_string(""));
		json_object_set_new(c, "nullable", json_true());
		if (i < ob->col_comments.n && ob->col_comments.items[i])
			json_object_set_new(c, "comment", json_string(ob->col_comments.items[i]));
		json_array_append_new(cols, c);
	}
	json_object_set_new(o, "columns", cols);
	json_object_set_new(o, "def", json_string(object_sql(a, ob)));
	return o;
}

void docs_json(struct strbuf *out, const struct docs *dc)
{
	struct arena *a = dc->arena;
	json_t *root = json_object(), *tables = json_array(), *rels = json_array(),
	       *enums = json_array(), *driver = json_object();
	char *text;

	json_object_set_new(root, "name", json_string("schemac"));
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		if (dt->mark != MARK_DROPPED)
			json_array_append_new(tables, json_table(dc, dt));
	}
	for (size_t i = 0; i < dc->cat->objects.n; i++) {
		const struct dbobject *ob = dc->cat->objects.items[i];
		if (ob->kind == OBJ_VIEW || ob->kind == OBJ_MATVIEW)
			json_array_append_new(tables, json_view(a, ob));
	}
	json_object_set_new(root, "tables", tables);
	for (size_t i = 0; i < dc->tables.n; i++) {
		const struct docs_table *dt = dc->tables.items[i];
		for (size_t k = 0; dt->mark != MARK_DROPPED && k < dt->t->constraints.n; k++) {
			const struct constraint *fk = dt->t->constraints.items[k];
			json_t *r;
			if (fk->kind != CON_FOREIGN)
				continue;
			r = json_object();
			json_object_set_new(r, "table", json_string(dt->name));
			json_object_set_new(r, "columns", string_array(&fk->columns));
			json_object_set_new(r, "cardinality", json_string(
				docs_fk_unique(dt->t, fk) ? "zero_or_one" : "zero_or_more"));
			json_object_set_new(r, "parent_table", json_string(qualified(a, &fk->ref_table)));
			json_object_set_new(r, "parent_columns", string_array(&fk->ref_columns));
			json_object_set_new(r, "parent_cardinality", json_string(
				docs_fk_not_null(dt->t, fk) ? "exactly_one" : "zero_or_one"));
			json_object_set_new(r, "def", json_string(docs_constraint_def(a, fk)));
			json_array_append_new(rels, r);
		}
	}
	json_object_set_new(root, "relations", rels);
	for (size_t i = 0; i < dc->cat->types.n; i++) {
		const struct type *ty = dc->cat->types.items[i];
		json_t *e;
		if (ty->kind != TYPE_ENUM)
			continue;
		e = json_object();
		json_object_set_new(e, "name", json_string(qualified(a, &ty->name)));
		json_object_set_new(e, "values", string_array(&ty->labels));
		json_array_append_new(enums, e);
	}
	json_object_set_new(root, "enums", enums);
	json_object_set_new(driver, "name", json_string("postgres"));
	json_object_set_new(root, "driver", driver);
	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	sb_adds(out, text);
	sb_addc(out, '\n');
	free(text);
	json_decref(root);
}
