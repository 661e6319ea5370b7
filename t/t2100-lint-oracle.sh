#!/bin/bash
#
# The lint oracle: what `schemac lint --explain` says each statement of a
# migration does (its lock on each table, whether it rewrites or scans it)
# against what a real PostgreSQL 15 does with it, statement by statement.
#
# The cases are in testdata/lint-oracle/*.cases (the format is in the README
# there).  t/lint-oracle.py loads each case's base schema and data into a
# database of its own, runs the migration as the runner would, observes the
# server (pg_locks of the backend before COMMIT, pg_class.relfilenode,
# pg_stat_xact_user_tables.seq_scan, errors on the populated tables) and
# compares with --explain; one test per case.
#
# Where schemac and the server disagree today, the case is listed in
# testdata/lint-oracle/expected-disagreements, one line per case: its name,
# a tab, and exactly what differs.  A listed case must still disagree in
# exactly that way, so the list only shrinks: a case that starts agreeing
# (or disagrees differently) fails until its line is removed (or updated).
# SCHEMAC_BLESS=1 rewrites the list from this run.  One case: CASE=name.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac lint --explain agrees with PostgreSQL 15 on locks, rewrites and scans'

ORACLE_DIR=$TOP/testdata/lint-oracle
EXPECTED=$ORACLE_DIR/expected-disagreements
PY=/usr/bin/python3
if ! test -x "$PY" || ! "$PY" -c 'import psycopg2' 2>/dev/null; then
	skip_all "no python3-psycopg2 (make deps installs it)"
fi
if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi

pg_start
# No autovacuum: an ANALYZE between two cases would change the plans of the
# queries that validate foreign keys.
psql -X -q -c "ALTER SYSTEM SET autovacuum = off" -c "SELECT pg_reload_conf()" >/dev/null &&
pg_createdb lo_template || bail_out "cannot create the template database"

results=$TEST_TMP/results
CASE=${TEST_ARGS[0]:-${CASE:-}} "$PY" "$TOP/t/lint-oracle.py" "$SCHEMAC" \
	"$TEST_TMP" "$results" "$ORACLE_DIR"/*.cases >"$TEST_TMP/oracle.log" 2>&1 ||
	{ cat "$TEST_TMP/oracle.log"; bail_out "t/lint-oracle.py failed"; }

# The measure over the cases: recall of the dangerous ones (the server
# failed, rewrote or scanned under a lock that blocks writes) and false
# positives on the safe ones (a locking error where the server did neither).
test -f "$results.measure" && sed 's/^/# /' "$results.measure"

if test "$SCHEMAC_BLESS" = 1 && test -z "${TEST_ARGS[0]:-${CASE:-}}"; then
	grep -v "	agree\$" "$results" | sort >"$EXPECTED"
	echo "# blessed $EXPECTED"
fi

# expected_line NAME: the case's line in the list, or nothing.
expected_line () {
	awk -F '\t' -v n="$1" '$1 == n' "$EXPECTED"
}

ncases=0
while IFS='	' read -r name verdict; do
	ncases=$((ncases + 1))
	listed=$(expected_line "$name")
	case_dir=$TEST_TMP/$name
	if test "$verdict" = agree; then
		test_expect_success "$name: --explain agrees with the server" '
			test -z "$listed" || {
				echo "the case now agrees: remove its line from testdata/lint-oracle/expected-disagreements:"
				echo "$listed"
				false
			}
		'
	else
		test_expect_success "$name: disagrees as listed" '
			test "$listed" = "$name	$verdict" || {
				echo "server (what PostgreSQL did):"
				cat "$case_dir/server.txt" 2>/dev/null
				echo "differences: $verdict"
				if test -n "$listed"; then
					echo "listed as: $listed"
				else
					echo "not in testdata/lint-oracle/expected-disagreements"
				fi
				false
			}
		'
	fi
done <"$results"

if test -z "${TEST_ARGS[0]:-${CASE:-}}"; then
	test_expect_success 'at least 300 cases' '
		test $ncases -ge 300 || { echo "only $ncases cases"; false; }
	'
	test_expect_success 'every listed disagreement names a case' '
		cut -f1 "$EXPECTED" | while read -r n; do
			grep -q "^$n	" "$results" || { echo "no case $n"; exit 1; }
		done
	'
fi

test_done
