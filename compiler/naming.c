/*
 * naming.c - the names PostgreSQL makes up (naming.h): the same truncation
 * and the same choices as its makeObjectName, ChooseRelationName and
 * ChooseConstraintName (src/backend/commands/indexcmds.c), so that an
 * implicit name in schemac's catalog is the one the server gives.
 */
#include "naming.h"
#include "arena.h"
#include "strbuf.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

/* Bytes of s that fit in len bytes without splitting a UTF-8 character. */
static size_t clip_len(const char *s, size_t len)
{
	while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
		len--;
	return len;
}

const char *ident_truncate(struct arena *a, const char *name)
{
	size_t len = strlen(name);

	if (len < NAMEDATALEN)
		return name;
	return arena_strndup(a, name, clip_len(name, NAMEDATALEN - 1));
}

char *make_object_name(struct arena *a, const char *name1, const char *name2,
		       const char *label)
{
	size_t n1 = strlen(name1), n2 = name2 ? strlen(name2) : 0;
	size_t overhead = (label ? strlen(label) + 1 : 0) + (name2 ? 1 : 0);
	size_t avail = NAMEDATALEN - 1 - overhead;
	struct strbuf sb = STRBUF_INIT;
	char *s;

	while (n1 + n2 > avail) {
		if (n1 > n2)
			n1--;
		else
			n2--;
	}
	n1 = clip_len(name1, n1);
	if (name2)
		n2 = clip_len(name2, n2);
	sb_add(&sb, name1, n1);
	if (name2) {
		sb_addc(&sb, '_');
		sb_add(&sb, name2, n2);
	}
	if (label)
		sb_addf(&sb, "_%s", label);
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

char *choose_relation_name(struct arena *a, const struct catalog *cat, const char *schema,
			   const char *name1, const char *name2, const char *label,
			   bool isconstraint)
{
	char modlabel[NAMEDATALEN];
	int pass = 0;

	snprintf(modlabel, sizeof(modlabel), "%s", label);
	for (;;) {
		char *name = make_object_name(a, name1, name2, modlabel);
		if (!catalog_relname_taken(cat, schema, name) &&
		    (!isconstraint || !catalog_conname_taken(cat, schema, name)))
			return name;
		snprintf(modlabel, sizeof(modlabel), "%s%d", label, ++pass);
	}
}

char *choose_constraint_name(struct arena *a, const struct catalog *cat, const char *schema,
			     const char *name1, const char *name2, const char *label,
			     const struct ptrvec *others)
{
	char modlabel[NAMEDATALEN];
	int pass = 0;

	snprintf(modlabel, sizeof(modlabel), "%s", label);
	for (;;) {
		char *name = make_object_name(a, name1, name2, modlabel);
		if (!catalog_conname_taken(cat, schema, name) && !vec_has_string(others, name))
			return name;
		snprintf(modlabel, sizeof(modlabel), "%s%d", label, ++pass);
	}
}

char *name_addition(struct arena *a, const struct ptrvec *names)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	for (size_t i = 0; i < names->n; i++) {
		if (i)
			sb_addc(&sb, '_');
		sb_adds(&sb, names->items[i]);
		if (sb.len >= NAMEDATALEN)
			break;
	}
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}
