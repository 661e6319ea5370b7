/*
 * diag.c - recording and rendering diagnostics. Offsets are byte offsets into
 * the file's text; columns are counted in characters (UTF-8 continuation bytes
 * do not count) so the caret lines up in a terminal.
 */
#include "diag.h"
#include "arena.h"
#include "strbuf.h"

#include <stdio.h>

/* Set once by the command (diag_set_color); read by the renderer only. */
static bool use_color;

/* SGR sequences, as compilers colour their diagnostics. */
#define C_BOLD "\033[1m"
#define C_RESET "\033[0m"

void diag_set_color(bool on)
{
	use_color = on;
}

/* Starts colour sgr in out, when colours are on. */
static void color(struct strbuf *out, const char *sgr)
{
	if (use_color)
		sb_adds(out, sgr);
}

void diags_init(struct diags *d, struct arena *arena)
{
	memset(d, 0, sizeof(*d));
	d->arena = arena;
}

static char *vformat(struct arena *a, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	sb_vaddf(&sb, fmt, ap);
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

struct diag *diag_at(struct diags *d, enum diag_severity sev,
		     const struct srcfile *file, int offset, const char *fmt, ...)
{
	struct diag *dg = arena_alloc(d->arena, sizeof(*dg));
	va_list ap;

	dg->severity = sev;
	dg->file = file;
	dg->offset = file ? offset : -1;
	va_start(ap, fmt);
	dg->message = vformat(d->arena, fmt, ap);
	va_end(ap);
	/* the same file read twice (diff X X) says the same thing once */
	for (size_t i = d->list.n; i-- > 0 && d->list.n - i <= 64;) {
		struct diag *o = d->list.items[i];
		if (o->severity == sev && o->offset == dg->offset &&
		    strcmp(o->message, dg->message) == 0 &&
		    (o->file == file || (o->file && file && strcmp(o->file->path, file->path) == 0)))
			return o;
	}
	vec_push(&d->list, d->arena, dg);
	if (sev == DIAG_ERROR)
		d->nerrors++;
	else if (sev == DIAG_WARNING)
		d->nwarnings++;
	return dg;
}

void diag_set_hint(struct diags *d, struct diag *dg, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	dg->hint = vformat(d->arena, fmt, ap);
	va_end(ap);
}

void srcfile_linecol_next(struct linecol_cursor *cur, const struct srcfile *f, int offset,
			  int *line, int *col)
{
	int l = 1, c = 1, i = 0;

	if (offset < 0)
		offset = 0;
	if ((size_t)offset > f->len)
		offset = (int)f->len;
	if (cur->file == f && cur->offset <= offset) {
		i = cur->offset;
		l = cur->line;
		c = cur->col;
	}
	for (; i < offset; i++) {
		unsigned char ch = (unsigned char)f->text[i];
		if (ch == '\n') {
			l++;
			c = 1;
		} else if ((ch & 0xC0) != 0x80) {
			c++;
		}
	}
	*cur = (struct linecol_cursor){ f, offset, l, c };
	*line = l;
	*col = c;
}

void srcfile_linecol(const struct srcfile *f, int offset, int *line, int *col)
{
	struct linecol_cursor cur = { 0 };

	srcfile_linecol_next(&cur, f, offset, line, col);
}

static const char *severity_color(enum diag_severity sev)
{
	switch (sev) {
	case DIAG_ERROR:
		return "\033[1;31m";	/* bold red */
	case DIAG_WARNING:
		return "\033[1;35m";	/* bold magenta */
	case DIAG_NOTE:
		return "\033[1;36m";	/* bold cyan */
	}
	return C_BOLD;
}

static const char *severity_name(enum diag_severity sev)
{
	switch (sev) {
	case DIAG_ERROR:
		return "error";
	case DIAG_WARNING:
		return "warning";
	case DIAG_NOTE:
		return "note";
	}
	return "error";
}

/* The source line holding offset, then a caret under it. */
static void render_caret(struct strbuf *out, const struct srcfile *f, int offset)
{
	const char *text = f->text;
	int start = offset, end = offset;

	if (offset < 0 || (size_t)offset > f->len)
		return;
	while (start > 0 && text[start - 1] != '\n')
		start--;
	while ((size_t)end < f->len && text[end] != '\n')
		end++;
	if (end > start && text[end - 1] == '\r')
		end--;	/* CRLF line endings */
	sb_addf(out, "  %.*s\n  ", end - start, text + start);
	for (int i = start; i < offset; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch == '\t')
			sb_addc(out, '\t');
		else if ((ch & 0xC0) != 0x80)
			sb_addc(out, ' ');
	}
	color(out, "\033[1;32m");	/* bold green */
	sb_adds(out, "^");
	color(out, C_RESET);
	sb_adds(out, "\n");
}

/* Renders one diagnostic, with its source line and caret. */
static void diag_render(struct strbuf *out, struct linecol_cursor *cur, const struct diag *dg)
{
	color(out, C_BOLD);
	if (dg->file && dg->offset >= 0) {
		int line, col;
		srcfile_linecol_next(cur, dg->file, dg->offset, &line, &col);
		sb_addf(out, "%s:%d:%d: ", dg->file->path, line, col);
	} else if (dg->file) {
		sb_addf(out, "%s: ", dg->file->path);
	} else {
		sb_adds(out, "schemac: ");
	}
	color(out, C_RESET);
	color(out, severity_color(dg->severity));
	sb_adds(out, severity_name(dg->severity));
	color(out, C_RESET);
	if (dg->rule) {
		sb_adds(out, "[");
		color(out, "\033[1;33m");	/* bold yellow */
		sb_adds(out, dg->rule);
		color(out, C_RESET);
		sb_adds(out, "]");
	}
	sb_addf(out, ": %s\n", dg->message);
	if (dg->file && dg->offset >= 0)
		render_caret(out, dg->file, dg->offset);
	if (dg->hint) {
		color(out, "\033[1;36m");	/* bold cyan */
		sb_adds(out, "hint:");
		color(out, C_RESET);
		sb_addf(out, " %s\n", dg->hint);
	}
}

void diags_render(struct strbuf *out, const struct diags *d)
{
	struct linecol_cursor cur = { 0 };

	for (size_t i = 0; i < d->list.n; i++)
		diag_render(out, &cur, d->list.items[i]);
}
