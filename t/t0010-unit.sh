#!/bin/bash
#
# The C unit tests of the leaf modules (t/unit/*.c: arena, string builder,
# hash map, pointer vector, interval literals, PostgreSQL's implicit names).
# Each is built by `make test` into build/test/unit/NAME (with the
# sanitizers) and prints TAP of its own; here each binary is one test, which
# passes when every check in it passed, and whose TAP is shown when not.
# A unit test source without its binary fails: it was not built.

. "$(dirname "$0")/test-lib.sh"

test_description 'C unit tests of the leaf modules'

for src in "$TOP"/t/unit/*.c; do
	name=$(basename "$src" .c)
	bin=$TOP/build/test/unit/$name
	test_expect_success "unit $name: every check passes" '
		test -x "$bin" || { echo "$bin missing: run make test (or make $bin)"; false; } &&
		"$bin" >"$name.tap" 2>&1 || { cat "$name.tap"; false; } &&
		! grep "^not ok" "$name.tap" &&
		grep -q "^1\.\.[1-9]" "$name.tap" &&
		test "$(grep -c "^ok " "$name.tap")" = "$(sed -n "s/^1\.\.//p" "$name.tap")"
	'
done

test_done
