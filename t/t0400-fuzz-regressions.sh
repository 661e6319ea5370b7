#!/bin/bash
#
# Inputs the fuzzers (fuzz/) found crashing schemac, kept so they never do
# again: each must compile (or fail with a diagnostic, exit 2) under the
# sanitizer build, both as FROM and as TO, without a sanitizer report.

. "$(dirname "$0")/test-lib.sh"

test_description 'inputs found by fuzzing'

for f in "$TOP"/testdata/fuzz/*.sql; do
	name=${f##*/}
	test_expect_success "$name: no crash either way" '
		code=0 &&
		"$SCHEMAC" diff /dev/null "$f" >out 2>err || code=$? &&
		test $code -eq 0 -o $code -eq 2 &&
		! grep -E "ERROR: AddressSanitizer|runtime error" err &&
		code=0 &&
		"$SCHEMAC" diff "$f" /dev/null >out 2>err || code=$? &&
		test $code -eq 0 -o $code -eq 2 &&
		! grep -E "ERROR: AddressSanitizer|runtime error" err
	'
done

test_done
