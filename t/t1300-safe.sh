#!/bin/bash
#
# Safe migrations (compiler/safe.c): `schemac diff --safe`, and the
# migrations `schemac generate` writes by default.
#
# Each folder testdata/safe/<case>/ holds from.sql, to.sql, expected.sql
# (the exact output of `schemac diff --safe from.sql to.sql`) and lint.txt
# (the exact standard error of `schemac lint` on the migrations `schemac
# generate` writes for the change, from.sql being the first one). For each:
#   expected   the output is expected.sql
#   oracle     load from.sql, run the output with psql (autocommit: each
#              statement on its own, as a no-transaction migration runs),
#              and compare `pg_dump --schema-only` with to.sql loaded alone
#   replay     from.sql followed by the output, read by schemac's builder,
#              diffs empty against to.sql
#   lint       generate writes the change as migrations; their lint is lint.txt
#
# Then every golden diff case (testdata/diff/) whose safe output differs
# from the plain one (its expected.sql) by more than a SET LOCAL
# lock_timeout goes through the oracle and the replay, and each whose safe
# output differs at all has generated migrations that raise none of the
# findings the safe forms answer (a validating foreign key or check,
# CONCURRENTLY in a transaction, an ACCESS EXCLUSIVE lock with no
# lock_timeout).
#
# SCHEMAC_BLESS=1 writes expected.sql and lint.txt instead of comparing
# (expected.sql only when the oracle passed).  One case only: CASE=name, or
# the case name as an argument (testdata/safe cases only).

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac diff --safe and safe generation: golden cases and the oracle'

golden_cases "$TOP/testdata/safe"

pg_start

# oracle CASE_DIR WORK DB: WORK/migration.sql applied to from.sql gives
# the dump of to.sql.
oracle () {
	pg_side "$1" "$2" "$3_to" to.sql "" to.dump "" >"$2/to.log" 2>&1 &
	oracle_to_=$!
	pg_side "$1" "$2" "$3_from" from.sql migration.sql "" migrated.dump &&
	{
		wait $oracle_to_ || {
			cat "$2/to.log"
			false
		}
	} &&
	{
		test_cmp "$2/to.dump" "$2/migrated.dump" || {
			echo "the dumps differ (- to.sql, + from.sql and the migration); the migration was:"
			cat "$2/migration.sql"
			false
		}
	}
}

# replay CASE_DIR WORK: from.sql and the migration build to.sql.
replay () {
	cat "$1/from.sql" "$2/migration.sql" >"$2/replayed.sql" &&
	"$SCHEMAC" diff "$2/replayed.sql" "$1/to.sql" >"$2/rest.sql" &&
	test_must_be_empty "$2/rest.sql"
}

# generated CASE_DIR WORK: a project whose schema goes from from.sql to
# to.sql, with the migrations generate writes; lint's stderr in WORK/lint.
generated () {
	mkdir -p "$2/proj/schema" &&
	(
		cd "$2/proj" &&
		cp "$1/from.sql" schema/s.sql &&
		"$SCHEMAC" generate init >/dev/null &&
		cp "$1/to.sql" schema/s.sql &&
		"$SCHEMAC" generate change >/dev/null 2>&1 &&
		"$SCHEMAC" check &&
		{ "$SCHEMAC" lint 2>../lint; test $? -le 1; }
	)
}

n=0
for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	n=$((n + 1))
	work=$TEST_TMP/$name
	mkdir "$work"

	test_expect_success "$name: the migration turns from into to (oracle)" '
		"$SCHEMAC" diff --safe "$case_dir/from.sql" "$case_dir/to.sql" >"$work/migration.sql" &&
		oracle "$case_dir" "$work" safe$n &&
		: >"$work/oracle-passed"
	'

	test_expect_success "$name: the output is expected.sql" '
		if test "$SCHEMAC_BLESS" = 1; then
			test -f "$work/oracle-passed" || { echo "not blessed: the oracle failed"; false; }
			cp "$work/migration.sql" "$case_dir/expected.sql"
		else
			test_cmp "$case_dir/expected.sql" "$work/migration.sql"
		fi
	'

	test_expect_success "$name: the builder replays the migration into to.sql (no database)" '
		replay "$case_dir" "$work"
	'

	test_expect_success "$name: generate writes migrations whose lint is lint.txt" '
		generated "$case_dir" "$work" &&
		if test "$SCHEMAC_BLESS" = 1; then
			cp "$work/lint" "$case_dir/lint.txt"
		else
			test_cmp "$case_dir/lint.txt" "$work/lint"
		fi
	'
done

# ---- every golden diff case ----------------------------------------------

if test -z "$only_case"; then
	for case_dir in "$TOP"/testdata/diff/*/; do
		case_dir=${case_dir%/}
		name=diff/${case_dir##*/}
		n=$((n + 1))
		work=$TEST_TMP/diff-${case_dir##*/}
		# a case with options (testdata/diff/*/options) is left to t1000
		test -f "$case_dir/options" && continue
		mkdir "$work"
		# the plain output is expected.sql (t1000 holds it to that)
		"$SCHEMAC" diff --safe "$case_dir/from.sql" "$case_dir/to.sql" >"$work/migration.sql" 2>/dev/null
		if cmp -s "$case_dir/expected.sql" "$work/migration.sql"; then
			continue
		fi

		# a safe form that only adds SET LOCAL lock_timeout changes no
		# schema: the plain oracle (t1000) covers it
		grep -v -e "^SET LOCAL lock_timeout = " -e "^\$" "$work/migration.sql" >"$work/statements" || true
		if ! grep -v "^\$" "$case_dir/expected.sql" | cmp -s - "$work/statements"; then
			test_expect_success "$name: the safe migration turns from into to (oracle)" '
				oracle "$case_dir" "$work" safe$n
			'

			test_expect_success "$name: the builder replays the safe migration into to.sql" '
				replay "$case_dir" "$work"
			'
		fi

		test_expect_success "$name: the generated migrations take no lock the safe forms avoid" '
			generated "$case_dir" "$work" &&
			! grep -E "(error|warning)\[(foreign-key-validates|check-validates|concurrently-in-transaction|lock-timeout|domain-check-validates)\]" "$work/lint"
		'
	done
fi

test_done
