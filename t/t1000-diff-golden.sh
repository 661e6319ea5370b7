#!/bin/bash
#
# The golden diff cases and the round-trip oracle.
#
# Each folder testdata/diff/<case>/ holds from.sql, to.sql and expected.sql,
# and may hold `options`: its first line, options every `schemac diff` of
# the case gets (--owners).
# For each case:
#   oracle       load from.sql into a fresh database and apply the output
#                of `schemac diff from.sql to.sql` to it; load to.sql into
#                another; the two `pg_dump --schema-only` dumps must hold the
#                same statements
#   back         the same the other way: `schemac diff to.sql from.sql`
#                turns to.sql into from.sql; a case with a file `one-way`
#                (its first line says why) is skipped here
#   expected     the output of `schemac diff from.sql to.sql` is exactly
#                expected.sql
#   replay       from.sql followed by the migration, read by schemac's own
#                builder, diffs empty against to.sql (what generate relies on)
#   no-op        `schemac diff to.sql to.sql` prints nothing
#   determinism  two runs of `schemac diff from.sql to.sql` print the same
#
# SCHEMAC_BLESS=1 writes the output to expected.sql instead of comparing,
# for each case whose oracle passed.  One case only: CASE=name in the
# environment, or the case name as an argument.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac diff: golden cases and the round-trip oracle'

golden_cases "$TOP/testdata/diff"

# oracle_to CASE_DIR WORK DB: the canonical dump of to.sql, in WORK/to.dump.
oracle_to () {
	pg_createdb "$3_to" &&
	pg_load "$3_to" "$1/to.sql" &&
	pg_dump_canon "$3_to" "$2/to.dump" &&
	pg_dropdb "$3_to"
}

# oracle_from CASE_DIR WORK DB: the canonical dump of from.sql with
# WORK/migration.sql applied, in WORK/migrated.dump.
oracle_from () {
	pg_createdb "$3_from" &&
	pg_load "$3_from" "$1/from.sql" &&
	{
		pg_load "$3_from" "$2/migration.sql" || {
			echo "the migration was:"
			cat "$2/migration.sql"
			return 1
		}
	} &&
	pg_dump_canon "$3_from" "$2/migrated.dump" &&
	pg_dropdb "$3_from"
}


pg_start

n=0
for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	n=$((n + 1))
	# work: this case's files in the scratch directory; db: a prefix for
	# its databases (case names may be longer than a database name).
	work=$TEST_TMP/$name
	db=case$n
	opts=$(case_options "$case_dir")
	mkdir "$work"

	test_expect_success "$name: the migration turns from into to (oracle)" '
		oracle_to "$case_dir" "$work" $db >"$work/to.log" 2>&1 &
		to_pid=$!
		from_rc=0
		"$SCHEMAC" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" \
			>"$work/migration.sql" &&
		oracle_from "$case_dir" "$work" $db || from_rc=$?
		to_rc=0
		wait $to_pid || to_rc=$?
		cat "$work/to.log"
		test $from_rc -eq 0 &&
		test $to_rc -eq 0 &&
		{
			test_cmp "$work/to.dump" "$work/migrated.dump" || {
				echo "the dumps differ (- to.sql, + from.sql and the migration);"
				echo "the migration was:"
				cat "$work/migration.sql"
				test -s "$work/migration.sql" || echo "(empty)"
				false
			}
		} &&
		: >"$work/oracle-passed"
	'

	if test -f "$case_dir/one-way"; then
		test_skip "$name: the migration back" "$(head -n 1 "$case_dir/one-way")"
	else
	test_expect_success "$name: the migration back turns to into from (oracle)" '
		"$SCHEMAC" diff $opts "$case_dir/to.sql" "$case_dir/from.sql" \
			>"$work/back.sql" &&
		pg_createdb ${db}_rto &&
		pg_load ${db}_rto "$case_dir/to.sql" &&
		{
			pg_load ${db}_rto "$work/back.sql" || {
				echo "the migration back was:"
				cat "$work/back.sql"
				false
			}
		} &&
		pg_createdb ${db}_rfrom &&
		pg_load ${db}_rfrom "$case_dir/from.sql" &&
		pg_dump_canon ${db}_rto "$work/back-migrated.dump" &&
		pg_dump_canon ${db}_rfrom "$work/from.dump" &&
		pg_dropdb ${db}_rto &&
		pg_dropdb ${db}_rfrom &&
		{
			test_cmp "$work/from.dump" "$work/back-migrated.dump" || {
				echo "the dumps differ (- from.sql, + to.sql and the migration back);"
				echo "the migration back was:"
				cat "$work/back.sql"
				false
			}
		}
	'
	fi

	test_expect_success "$name: the output is expected.sql" '
		"$SCHEMAC" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" \
			>"$work/actual.sql" &&
		if test "$SCHEMAC_BLESS" = 1; then
			if ! test -f "$work/oracle-passed"; then
				echo "not blessed: the oracle failed"
				false
			fi
			if ! test -f "$case_dir/expected.sql" ||
			   ! cmp -s "$work/actual.sql" "$case_dir/expected.sql"; then
				cp "$work/actual.sql" "$case_dir/expected.sql" &&
				echo "blessed $case_dir/expected.sql"
			fi
		else
			if ! test -f "$case_dir/expected.sql"; then
				echo "no expected.sql (bless with SCHEMAC_BLESS=1); the output:"
				cat "$work/actual.sql"
				test -s "$work/actual.sql" || echo "(empty)"
				false
			fi
			test_cmp "$case_dir/expected.sql" "$work/actual.sql"
		fi
	'

	test_expect_success "$name: the builder replays the migration into to.sql (no database)" '
		"$SCHEMAC" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" >"$work/m.sql" &&
		cat "$case_dir/from.sql" "$work/m.sql" >"$work/replayed.sql" &&
		"$SCHEMAC" diff $opts "$work/replayed.sql" "$case_dir/to.sql" >"$work/rest.sql" &&
		test_must_be_empty "$work/rest.sql"
	'

	test_expect_success "$name: diff of to.sql with itself prints nothing" '
		"$SCHEMAC" diff $opts "$case_dir/to.sql" "$case_dir/to.sql" >"$work/self.sql" &&
		test_must_be_empty "$work/self.sql"
	'

	test_expect_success "$name: two runs print the same" '
		"$SCHEMAC" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" >"$work/run1.sql" &&
		"$SCHEMAC" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" >"$work/run2.sql" &&
		test_cmp "$work/run1.sql" "$work/run2.sql"
	'
done

test_done
