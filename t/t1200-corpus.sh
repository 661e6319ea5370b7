#!/bin/bash
#
# Real schemas written by others (../shared/corpus, see its README): every
# structure.sql version of the three Rails applications compiles, and the only
# errors are `unsupported statement` errors for the kinds that belong to the
# next version of schemac (views, functions, triggers), each at
# its location. No crash, no other error, no silent drop: every reported
# statement carries file:line:col.
#
# Skipped, saying so, when the corpus is not beside the checkout.

. "$(dirname "$0")/test-lib.sh"

test_description 'the structure.sql corpus compiles'

CORPUS=${SCHEMAC_CORPUS:-$TOP/../shared/corpus}
if ! test -d "$CORPUS/structure"; then
	skip_all "no corpus at $CORPUS (set SCHEMAC_CORPUS)"
fi

for f in "$CORPUS"/structure/*/*.sql; do
	name=${f#$CORPUS/}
	test_expect_success "$name: only unsupported statements are errors" '
		code=0 &&
		"$SCHEMAC" diff /dev/null "$f" >out 2>err || code=$? &&
		test $code -eq 0 -o $code -eq 2 &&
		grep ": error" err >errors || true &&
		! grep -v ": error: unsupported statement: " errors &&
		if test $code -eq 2; then
			test -s errors &&
			grep "^$f:[0-9][0-9]*:[0-9][0-9]*: error: unsupported statement: " errors >located &&
			test_cmp errors located
		fi
	'
done

test_done
