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
#   read back    pg_dump of from.sql and of to.sql read back into the same
#                catalogs (pg_dump_reads_back, lib-pg.sh): normalization
#                proved on a real server
#   expected     the output of `schemac diff from.sql to.sql` is exactly
#                expected.sql
#   replay       from.sql followed by the migration, read by schemac's own
#                builder, diffs empty against to.sql (what generate relies on)
#   no-op        `schemac diff to.sql to.sql` prints nothing
#   determinism  two runs of `schemac diff from.sql to.sql` print the same
#
# The no-op, the second run and the read back's way back (dump to source)
# repeat inputs the sanitizer build ($SCHEMAC) has just read, and are run by
# the release build ($SCHEMAC_RELEASE, test-lib.sh; the same binary unless
# make test sets both): so the second run also proves the two builds print
# the same bytes.
#
# SCHEMAC_BLESS=1 writes the output to expected.sql instead of comparing,
# for each case whose oracle passed.  One case only: CASE=name in the
# environment, or the case name as an argument.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac diff: golden cases and the round-trip oracle'

golden_cases "$TOP/testdata/diff"

# Two databases a case: DB_from holds from.sql, dumped (WORK/from.dump),
# then the migration, dumped again (WORK/migrated.dump); DB_to holds
# to.sql, dumped (WORK/to.dump), then the migration back, dumped again
# (WORK/back-migrated.dump). Each is dropped once its last dump is made
# (pg_side, lib-pg.sh); the raw first dumps are kept for the read-back.

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
	back=back.sql
	mkdir "$work"
	if test -f "$case_dir/one-way"; then
		back=
	fi

	test_expect_success "$name: the migration turns from into to (oracle)" '
		"$SCHEMAC" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" \
			>"$work/migration.sql" &&
		if test -n "$back"; then
			"$SCHEMAC" diff $opts "$case_dir/to.sql" "$case_dir/from.sql" \
				>"$work/back.sql" 2>"$work/back.err" || rm -f "$work/back.sql"
		fi &&
		pg_side "$case_dir" "$work" ${db}_to to.sql "$back" to.dump back-migrated.dump \
			>"$work/to.log" 2>&1 &
		to_pid=$!
		from_rc=0
		pg_side "$case_dir" "$work" ${db}_from from.sql migration.sql from.dump migrated.dump ||
			from_rc=$?
		to_rc=0
		wait $to_pid || to_rc=$?
		cat "$work/to.log"
		if test -f "$work/to.sql.dump.sql"; then
			pg_dump_cache_put "$case_dir/to.sql" "$work/to.sql.dump.sql"
		fi
		test $from_rc -eq 0 &&
		test -f "$work/to.dump" &&
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

	if test -z "$back"; then
		test_skip "$name: the migration back" "$(head -n 1 "$case_dir/one-way")"
	else
	test_expect_success "$name: the migration back turns to into from (oracle)" '
		if ! test -f "$work/back.sql"; then
			echo "schemac diff to.sql from.sql failed:"
			cat "$work/back.err"
			false
		fi &&
		if ! test -f "$work/from.dump" || ! test -f "$work/back-migrated.dump"; then
			cat "$work/to.log"
			false
		fi &&
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

	test_expect_success "$name: pg_dump of from.sql and of to.sql reads back the same" '
		for f in from.sql to.sql; do
			test -f "$work/$f.dump.sql" || {
				echo "no pg_dump of $f (see the oracle)"
				exit 1
			}
			mkdir -p "$work/rb-$f" &&
			pg_dump_reads_back "$case_dir/$f" "$work/$f.dump.sql" "$work/rb-$f" $opts ||
				exit 1
		done
	'

	test_expect_success "$name: the output is expected.sql" '
		if test "$SCHEMAC_BLESS" = 1; then
			if ! test -f "$work/oracle-passed"; then
				echo "not blessed: the oracle failed"
				false
			fi
			if ! test -f "$case_dir/expected.sql" ||
			   ! cmp -s "$work/migration.sql" "$case_dir/expected.sql"; then
				cp "$work/migration.sql" "$case_dir/expected.sql" &&
				echo "blessed $case_dir/expected.sql"
			fi
		else
			if ! test -f "$case_dir/expected.sql"; then
				echo "no expected.sql (bless with SCHEMAC_BLESS=1); the output:"
				cat "$work/migration.sql"
				test -s "$work/migration.sql" || echo "(empty)"
				false
			fi
			test_cmp "$case_dir/expected.sql" "$work/migration.sql"
		fi
	'

	test_expect_success "$name: the builder replays the migration into to.sql (no database)" '
		cat "$case_dir/from.sql" "$work/migration.sql" >"$work/replayed.sql" &&
		"$SCHEMAC" diff $opts "$work/replayed.sql" "$case_dir/to.sql" >"$work/rest.sql" &&
		test_must_be_empty "$work/rest.sql"
	'

	test_expect_success "$name: diff of to.sql with itself prints nothing" '
		"$SCHEMAC_RELEASE" diff $opts "$case_dir/to.sql" "$case_dir/to.sql" >"$work/self.sql" &&
		test_must_be_empty "$work/self.sql"
	'

	test_expect_success "$name: a second run prints the same" '
		"$SCHEMAC_RELEASE" diff $opts "$case_dir/from.sql" "$case_dir/to.sql" >"$work/run2.sql" &&
		test_cmp "$work/migration.sql" "$work/run2.sql"
	'
done

test_done
