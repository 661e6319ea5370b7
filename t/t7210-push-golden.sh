#!/bin/bash
#
# schemac push over every golden case, on a real PostgreSQL 15: from.sql
# loaded into a database, `schemac push --accept-data-loss` with schema/
# holding to.sql, and the database's pg_dump must equal that of to.sql
# loaded alone (the round-trip oracle, with introspection, the diff and the
# apply in one; that dump is t1000's when both run in one make test, see
# pg_file_dump). The cases listed with their reason in
# testdata/push-expected-failures (what introspection cannot read yet, as
# in testdata/pull-expected-failures) are known breakages. CASE=name runs
# one.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac push: every golden case, from.sql pushed to to.sql'

golden_cases "$TOP/testdata/diff"

pg_start

. "$(dirname "$0")/lib-runtime.sh"

known_failure () {
	grep -q "^$1[[:space:]]" "$TOP/testdata/push-expected-failures" 2>/dev/null
}

n=0
for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	n=$((n + 1))
	work=$TEST_TMP/$name
	mkdir -p "$work/proj/schema"
	cp "$case_dir/to.sql" "$work/proj/schema/to.sql"
	opts=$(case_options "$case_dir")
	run=test_expect_success
	if known_failure "$name"; then
		run=test_expect_failure
	fi
	$run "$name: from.sql pushed to to.sql, the dumps equal" '
		pg_createdb p$n && pg_load p$n "$case_dir/from.sql" &&
		{ (cd "$work/proj" && "$SCHEMAC" push --accept-data-loss $opts --url "$(url p$n)" \
			>"$work/push.out" 2>"$work/push.err") || { cat "$work/push.out" "$work/push.err"; false; }; } &&
		pg_dump_schema p$n "$work/pushed.raw" && pg_canon "$work/pushed.raw" "$work/pushed.dump" &&
		pg_file_dump "$case_dir/to.sql" t$n "$work/to.raw" && pg_canon "$work/to.raw" "$work/to.dump" &&
		pg_dropdb p$n &&
		{ test_cmp "$work/to.dump" "$work/pushed.dump" || { cat "$work/push.out"; false; }; }
	'
done

test_done
