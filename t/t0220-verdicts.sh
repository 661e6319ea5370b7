#!/bin/bash
#
# Schemas PostgreSQL 15 refuses, and near misses it accepts: schemac must
# agree on each. testdata/verdicts/refused-*.sql are refused by the server;
# schemac must exit 2 with its first error on the line PostgreSQL names
# (each statement there is on one line). accepted-*.sql load, and schemac
# must exit 0 with a migration that loads too. The verdict in the file name
# is proved on the server first, so a case that lies fails here.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac refuses exactly what PostgreSQL 15 refuses'

pg_start

# Speed: most schemas (and their migrations) run in one psql session, each
# between BEGIN and ROLLBACK in the database `verdicts` (pg_batch,
# lib-pg.sh: it leaves the server as it found it, and psql names the file
# and line of each error as when it runs the file alone).  A schema that
# may act otherwise inside a transaction block (pg_tx_safe, lib-pg.sh says
# which) gets a fresh database of its own, as every schema once did.  The
# migrations come first: schemac reads each accepted schema before the
# session starts.
vdir=$TEST_TMP/verdicts
mkdir "$vdir"
files=("$TOP"/testdata/verdicts/*.sql)
batch=()
n=0
for f in "${files[@]}"; do
	n=$((n + 1))
	name=${f##*/}
	case $name in
	accepted-*)
		rc=0
		"$SCHEMAC" diff /dev/null "$f" >"$vdir/$n.migration.sql" 2>"$vdir/$n.err" || rc=$?
		echo $rc >"$vdir/$n.rc"
		;;
	esac
	if pg_tx_safe "$f"; then
		batch+=("$n" "$f")
		if test -f "$vdir/$n.rc" && test "$(cat "$vdir/$n.rc")" = 0 &&
		   pg_tx_safe "$vdir/$n.migration.sql"; then
			batch+=("$n.m" "$vdir/$n.migration.sql")
		fi
	fi
done
pg_createdb verdicts || bail_out "cannot create the database verdicts"
pg_batch verdicts "$vdir" "${batch[@]}"

# pg_verdict TAG FILE DB OUT: psql's messages on FILE into OUT, exit 0 when
# the server accepts it, 1 when it refuses it: from the session when it ran
# FILE (as TAG), else FILE run alone into a new database DB (dropped after).
pg_verdict () {
	if test -f "$vdir/$1.pg"; then
		cp "$vdir/$1.pg" "$4" &&
		! grep -q "^psql:$2:[0-9]*: \(ERROR\|FATAL\|PANIC\|error\):" "$4"
	else
		pg_verdict_rc_=0
		pg_createdb "$3" &&
		{ psql -X -q -v ON_ERROR_STOP=1 -d "$3" -f "$2" >"$4" 2>&1 || pg_verdict_rc_=1; } &&
		pg_dropdb "$3" &&
		return $pg_verdict_rc_
	fi
}

n=0
for f in "${files[@]}"; do
	name=${f##*/}
	name=${name%.sql}
	n=$((n + 1))
	db=verdict$n
	case $name in
	refused-*)
		test_expect_success "$name: PostgreSQL refuses it, and so does schemac, on the same line" '
			! pg_verdict $n "$f" $db pg.out &&
			pg_line=$(sed -n "s/^psql:[^:]*:\([0-9]*\): ERROR: .*/\1/p" pg.out | head -1) &&
			test -n "$pg_line" &&
			test_expect_code 2 "$SCHEMAC" diff /dev/null "$f" >out 2>err &&
			test_must_be_empty out &&
			first=$(grep -m1 ": error: " err) &&
			sc_line=$(echo "$first" | sed "s/^[^:]*:\([0-9]*\):.*/\1/") &&
			if test "$sc_line" != "$pg_line"; then
				cat pg.out err
				echo "PostgreSQL refused line $pg_line, schemac line $sc_line"
				false
			fi
		'
		;;
	accepted-*)
		test_expect_success "$name: PostgreSQL accepts it, and so does schemac" '
			{ pg_verdict $n "$f" $db pg.out || {
				echo "PostgreSQL refused $f:"; cat pg.out; false; }; } &&
			{ test "$(cat "$vdir/$n.rc")" = 0 || {
				cat "$vdir/$n.err"; false; }; } &&
			cp "$vdir/$n.migration.sql" migration.sql &&
			{ pg_verdict $n.m "$vdir/$n.migration.sql" ${db}m pg.out || {
				echo "PostgreSQL refused the migration:"; cat pg.out; false; }; }
		'
		;;
	*)
		test_expect_success "$name: named refused-* or accepted-*" 'false'
		;;
	esac
done

test_expect_success 'generate, check and diff refuse a dropped column two policies still use, naming both' '
	mkdir -p proj/schema &&
	cat >proj/schema/docs.sql <<-\SQL &&
	CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
	ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
	CREATE POLICY docs_read ON docs FOR SELECT USING (owner_id = current_user);
	CREATE POLICY docs_write ON docs FOR UPDATE USING (owner_id = current_user);
	SQL
	(cd proj && "$SCHEMAC" generate init) &&
	sed -i "s/owner_id text, //" proj/schema/docs.sql &&
	ls proj/migrations >before &&
	for cmd in "generate drop_owner" check "diff migrations/snapshot.sql schema"; do
		(cd proj && test_expect_code 2 "$SCHEMAC" $cmd) >out 2>err &&
		cat err &&
		grep "^schema/docs.sql:3:1: error: column .owner_id. does not exist" err &&
		grep "^schema/docs.sql:4:1: error: column .owner_id. does not exist" err &&
		test_must_be_empty out || return 1
	done &&
	ls proj/migrations >after &&
	test_cmp before after
'

test_done
