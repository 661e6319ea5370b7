#!/bin/bash
#
# The seams of issue 15, kept: no source file of compiler/ or runtime/ over
# 1,500 lines, and no function exported by one object that no other object
# uses (t/check-seams.sh, on the release objects `make schemac` leaves in
# build/release). Needs no server.

. "$(dirname "$0")/test-lib.sh"

test_description 'source files stay short, exported functions are used across files'

objs=$TOP/build/release
if ! ls "$objs"/compiler/*.o >/dev/null 2>&1; then
	test_skip 'no objects in build/release (make schemac first)'
	test_done
fi

test_expect_success 'check-seams.sh finds a function exported and used in its own file only' '
	mkdir -p fake/compiler fake/runtime &&
	printf "int seams_other(void);\nint seams_used(void) { return 1; }\nint seams_alone(void) { return seams_used() + seams_other(); }\n" >a.c &&
	printf "int seams_used(void);\nint seams_other(void) { return seams_used(); }\n" >b.c &&
	cc -c a.c -o fake/compiler/a.o &&
	cc -c b.c -o fake/runtime/b.o &&
	test_must_fail "$TOP/t/check-seams.sh" fake >out &&
	grep "exported, used in its own file only" out >found &&
	echo "exported, used in its own file only: seams_alone (compiler/a.o)" >want &&
	test_cmp want found
'

"$TOP/t/check-seams.sh" "$objs" >"$TEST_TMP/seams.out"
cat "$TEST_TMP/seams.out" | sed "s/^/# /"
test_expect_success 'no source file over 1,500 lines' '
	! grep "^long:" "$TEST_TMP/seams.out"
'
test_expect_success 'no exported function used in its own file only' '
	! grep "^exported" "$TEST_TMP/seams.out"
'
test_done
