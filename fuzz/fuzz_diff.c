/*
 * fuzz_diff.c - a libFuzzer target for the differ and the emitter, with the
 * builder as their oracle. The input (up to the first NUL byte) is two SQL
 * files separated by the first line that is exactly `---` (a comment, so each
 * half stays valid SQL): FROM, then TO; without the line, FROM is empty.
 *
 * When both build without errors, the migration FROM -> TO is printed, and
 * replayed: FROM and then the migration, as two files of one build. The
 * builder is the one interpreter of DDL (build.h), so the replay must build
 * without errors and give a catalog with no changes against TO. Anything
 * else aborts, so libFuzzer keeps the input:
 *   - "the migration does not replay": the builder rejects what the emitter
 *     printed (or the migration is not valid SQL);
 *   - "the replayed migration does not reach TO": the changes left over.
 *
 * Build and run it with fuzz/fuzz.mk (make fuzz-diff).
 */
#include "../compiler/arena.h"
#include "../compiler/build.h"
#include "../compiler/catalog.h"
#include "../compiler/diag.h"
#include "../compiler/plan.h"
#include "../compiler/parse.h"
#include "../compiler/strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every schema diffed, owners not. */
static const struct diff_options all_schemas = { 0 };

/* Builds the texts, as files of one build, into a new catalog. */
static struct catalog *build_texts(struct arena *a, struct diags *d, struct stmt_cache *cache,
				   const char *name1, const char *text1,
				   const char *name2, const char *text2)
{
	struct catalog *cat = catalog_new(a);
	struct parser *p = parser_new(a, d, cache);

	parser_add_text(p, name1, text1);
	if (name2)
		parser_add_text(p, name2, text2);
	build_catalog(cat, p, d);
	parser_free(p);
	return cat;
}

/* The offset of the first line that is exactly "---", or -1. */
static long find_separator(const char *s)
{
	for (const char *p = s; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncmp(p, "---", 3) == 0 && (p[3] == '\n' || (p[3] == '\r' && p[4] == '\n')))
			return p - s;
	}
	return -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t len = nul ? (size_t)(nul - data) : size;
	char *text = malloc(len + 1);
	const char *from_text, *to_text;
	long sep;
	struct arena *a = arena_new();
	struct stmt_cache *cache = stmt_cache_new(a);
	struct diags d;
	struct catalog *from, *to, *replayed;
	struct strbuf msgs = STRBUF_INIT, mig = STRBUF_INIT, left = STRBUF_INIT;

	if (!text)
		abort();
	memcpy(text, data, len);
	text[len] = '\0';
	sep = find_separator(text);
	if (sep < 0) {
		from_text = "";
		to_text = text;
	} else {
		text[sep] = '\0';	/* FROM ends before the line; TO starts on it */
		from_text = text;
		to_text = text + sep + 1;
	}

	diags_init(&d, a);
	from = build_texts(a, &d, cache, "from.sql", from_text, NULL, NULL);
	to = build_texts(a, &d, cache, "to.sql", to_text, NULL, NULL);
	diags_render(&msgs, &d);
	if (!d.nerrors) {
		struct diags rd;
		size_t n;

		plan_sql(&mig, a, from, to, &all_schemas, false);
		diags_init(&rd, a);
		replayed = build_texts(a, &rd, cache, "from.sql", from_text, "migration.sql",
				       mig.buf);
		if (rd.nerrors) {
			sb_reset(&msgs);
			diags_render(&msgs, &rd);
			fprintf(stderr, "fuzz_diff: the migration does not replay:\n%s\n"
				"-- migration.sql:\n%s\n", msgs.buf, mig.buf);
			abort();
		}
		n = plan_sql(&left, a, replayed, to, &all_schemas, false);
		if (n) {
			fprintf(stderr, "fuzz_diff: the replayed migration does not reach TO; "
				"%zu change(s) left:\n%s\n-- migration.sql:\n%s\n", n, left.buf,
				mig.buf);
			abort();
		}
	}

	sb_release(&left);
	sb_release(&mig);
	sb_release(&msgs);
	stmt_cache_free(cache);
	arena_free(a);
	free(text);
	return 0;
}
