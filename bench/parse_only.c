/*
 * parse_only.c - the parse baseline of `make bench`.
 *
 *     bench/parse_only FILE.sql...
 *
 * Reads each file whole and parses it with libpg_query's protobuf path,
 * pg_query_parse_protobuf(), then frees the result with
 * pg_query_free_protobuf_parse_result(). Nothing else: no unpacking, no
 * model. Its CPU time is the floor that `schemac diff` on the same files is
 * compared with, since schemac must at least do this much.
 *
 * Prints nothing on success. Exit status: 0 when every file parsed, 2 when a
 * file cannot be read or does not parse (reported on stderr).
 */
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>

/* The whole of path as a NUL-terminated string, or NULL (errno set). */
static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!f)
		return NULL;
	for (;;) {
		if (cap - len < 65536) {
			char *bigger;

			cap = cap ? 2 * cap : 1 << 20;
			bigger = realloc(buf, cap);
			if (!bigger) {
				fputs("parse_only: out of memory\n", stderr);
				exit(2);
			}
			buf = bigger;
		}
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[len] = '\0';
	return buf;
}

int main(int argc, char **argv)
{
	int status = 0, parsed = 0;

	if (argc < 2) {
		fputs("usage: bench/parse_only FILE.sql...\n", stderr);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		char *text = read_file(argv[i]);
		PgQueryProtobufParseResult result;

		if (!text) {
			perror(argv[i]);
			status = 2;
			continue;
		}
		result = pg_query_parse_protobuf(text);
		parsed++;
		if (result.error) {
			fprintf(stderr, "%s: character %d: %s\n", argv[i],
				result.error->cursorpos, result.error->message);
			status = 2;
		}
		pg_query_free_protobuf_parse_result(result);
		free(text);
	}
	if (parsed)
		pg_query_exit(); /* crashes when nothing was parsed */
	return status;
}
