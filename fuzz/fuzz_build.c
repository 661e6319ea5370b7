/*
 * fuzz_build.c - a libFuzzer target for the parse and build stages, and the
 * differ and emitter behind them. The input bytes are one SQL file (up to the
 * first NUL byte), run through the pipeline the way `schemac diff` runs it:
 * parse and build a catalog, render the diagnostics, and when there are no
 * errors print the migrations empty -> schema and schema -> empty.
 *
 * One oracle beyond the sanitizers: a second build of the same text (through
 * the same statement cache, as in `schemac diff x.sql x.sql`) must give a
 * catalog with no changes against the first, and no errors. Anything else
 * aborts, so libFuzzer keeps the input as a crash.
 *
 * Everything is freed at the end of each input, so LeakSanitizer reports are
 * real leaks. Build and run it with fuzz/fuzz.mk.
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

/* Builds text into a new catalog, with cache and diagnostics in d. */
static struct catalog *build_text(struct arena *a, struct diags *d, struct stmt_cache *cache,
				  const char *text)
{
	struct catalog *cat = catalog_new(a);
	struct parser *p = parser_new(a, d, cache);

	parser_add_text(p, "fuzz.sql", text);
	build_catalog(cat, p, d);
	parser_free(p);
	return cat;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t len = nul ? (size_t)(nul - data) : size;
	char *text = malloc(len + 1);
	struct arena *a = arena_new();
	struct stmt_cache *cache = stmt_cache_new(a);
	struct diags d, d2;
	struct catalog *empty, *cat, *again;
	struct strbuf msgs = STRBUF_INIT, out = STRBUF_INIT;

	if (!text)
		abort();
	memcpy(text, data, len);
	text[len] = '\0';

	diags_init(&d, a);
	cat = build_text(a, &d, cache, text);
	diags_render(&msgs, &d);

	if (!d.nerrors) {
		size_t n;

		empty = catalog_new(a);
		plan_sql(&out, a, empty, cat, &all_schemas, false);
		sb_reset(&out);
		plan_sql(&out, a, cat, empty, &all_schemas, false);
		sb_reset(&out);

		diags_init(&d2, a);
		again = build_text(a, &d2, cache, text);
		if (d2.nerrors) {
			sb_reset(&msgs);
			diags_render(&msgs, &d2);
			fprintf(stderr, "fuzz_build: the second build of the same text has %d "
				"error(s):\n%s", d2.nerrors, msgs.buf);
			abort();
		}
		n = plan_sql(&out, a, cat, again, &all_schemas, false);
		if (n) {
			fprintf(stderr, "fuzz_build: %zu change(s) between two builds of the "
				"same text:\n%s\n", n, out.buf);
			abort();
		}
		/* the other way too: equal catalogs are equal both ways */
		n = plan_sql(&out, a, again, cat, &all_schemas, false);
		if (n) {
			fprintf(stderr, "fuzz_build: %zu change(s) between two builds of the "
				"same text (second -> first):\n%s\n", n, out.buf);
			abort();
		}
	}

	sb_release(&out);
	sb_release(&msgs);
	stmt_cache_free(cache);
	arena_free(a);
	free(text);
	return 0;
}
