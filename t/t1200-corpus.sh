#!/bin/bash
#
# Real schemas written by others (../shared/corpus, see its README): every
# structure.sql version of the three Rails applications compiles with no error:
# the only diagnostic is the warning, at its location, for Rails's
# `INSERT INTO schema_migrations` (data is not part of a schema).
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
	test_expect_success "$name: compiles, no error" '
		"$SCHEMAC" diff /dev/null "$f" >out 2>err &&
		test -s out &&
		! grep ": error" err &&
		{ grep ": warning: " err || true; } >warnings &&
		grep "^$f:[0-9]*:1: warning: data statement is not part of the schema" warnings >expected &&
		test_cmp expected warnings
	'
done

test_done
