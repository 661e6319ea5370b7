#!/bin/bash
#
# Crashes in the middle of a migration, on a real PostgreSQL 15: the
# migrator's backend killed with pg_terminate_backend, and the whole server
# stopped with `pg_ctl stop -m immediate` (then started again). Afterwards
# the tracking table agrees with the schema - the migration is not recorded
# and none of its DDL is there - and `schemac migrate` finishes the job.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'a migration interrupted by a killed backend or a stopped server'

pg_start

. "$(dirname "$0")/lib-runtime.sh"

q () {
	psql -X -A -t -d "$1" -c "$2"
}

# project DIR: a folder with a quick migration and a slow one (3 s), both
# creating tables
project () {
	mkdir -p "$1/migrations" &&
	echo "CREATE TABLE first (id int);" >"$1/migrations/0000_first.sql" &&
	printf "%s\n" "CREATE TABLE slow (id int);" "INSERT INTO slow VALUES (1);" \
		"SELECT pg_sleep(3);" "CREATE TABLE slow_after (id int);" \
		>"$1/migrations/0001_slow.sql" &&
	(cd "$1" && sc hash >/dev/null 2>&1)
}

# wait_for_sleep DB: until a backend of DB runs the slow migration
wait_for_sleep () {
	for _ in $(seq 1 100); do
		test "$(q postgres "SELECT count(*) FROM pg_stat_activity WHERE datname = '$1' AND state = 'active' AND query LIKE '%pg_sleep(3)%' AND pid <> pg_backend_pid()")" = 1 &&
			return 0
		sleep 0.05
	done
	echo "the slow migration never started" >&2
	return 1
}

# agrees DB: the slow migration is neither recorded nor present
agrees () {
	test "$(q "$1" "SELECT string_agg(version::text, ',' ORDER BY version) FROM schemac_migrations")" = 0 &&
	test "$(q "$1" "SELECT to_regclass('slow') IS NULL AND to_regclass('slow_after') IS NULL AND to_regclass('first') IS NOT NULL")" = t
}

# finished DB: both migrations recorded and present
finished () {
	test "$(q "$1" "SELECT string_agg(version::text, ',' ORDER BY version) FROM schemac_migrations WHERE applied_at IS NOT NULL")" = 0,1 &&
	test "$(q "$1" "SELECT count(*) FROM slow")" = 1 &&
	test "$(q "$1" "SELECT to_regclass('slow_after') IS NOT NULL")" = t
}

server_stop () {
	pg_as_server_ "$PG_BINDIR/pg_ctl" -D "$PG_DATA" stop -m immediate -w -t 30 >/dev/null
}

server_start () {
	pg_as_server_ "$PG_BINDIR/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -o "-p $PGPORT" -w -t 60 \
		start >"$TEST_TMP/pgctl.out" 2>&1 || { cat "$TEST_TMP/pgctl.out" "$PG_LOG" | tail -20; return 1; }
	for _ in $(seq 1 100); do
		psql -X -q -d postgres -c "SELECT 1" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}

test_expect_success 'the backend killed mid-migration: exit 3, nothing of it recorded or left' '
	project killed && cd killed &&
	pg_createdb killed || return 1
	{ rc=0; sc migrate --url "$(url killed)" >out 2>err || rc=$?; echo $rc >rc; } &
	wait_for_sleep killed &&
	test "$(q postgres "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\''killed'\'' AND query LIKE '\''%pg_sleep(3)%'\'' AND pid <> pg_backend_pid()")" = 1 &&
	wait &&
	cat out err &&
	test "$(cat rc)" = 3 &&
	grep "^applied 0000_first.sql" out &&
	! grep "^applied 0001_slow.sql" out &&
	grep "terminating connection due to administrator command" err &&
	agrees killed
'

test_expect_success 'after the kill: status shows it pending, migrate finishes the job' '
	cd killed &&
	sc status --url "$(url killed)" >out &&
	grep "^pending   0001_slow.sql$" out &&
	sc migrate --url "$(url killed)" >out &&
	grep "^applied 0001_slow.sql" out &&
	finished killed
'

test_expect_success 'the server stopped (immediate) mid-migration: exit 3, one line' '
	project stopped && cd stopped &&
	pg_createdb stopped &&
	# lib-pg runs the server with synchronous_commit off, where a crash may
	# lose the last commits (consistently: a migration and its row go
	# together); on here, so that 0000 survives and the test is exact
	psql -X -q -d postgres -c "ALTER DATABASE stopped SET synchronous_commit = on" || return 1
	{ rc=0; sc migrate --url "$(url stopped)" >out 2>err || rc=$?; echo $rc >rc; } &
	wait_for_sleep stopped &&
	server_stop &&
	wait &&
	cat out err &&
	test "$(cat rc)" = 3 &&
	grep "^applied 0000_first.sql" out &&
	! grep "^applied 0001_slow.sql" out &&
	test $(grep -c "error" err) = 1 &&
	test_expect_code 3 sc status --url "$(url stopped)" 2>err &&
	grep "cannot connect to stopped on" err
'

test_expect_success 'after the restart: the tracking table agrees with the schema; migrate finishes' '
	cd stopped &&
	server_start &&
	agrees stopped &&
	sc status --url "$(url stopped)" >out &&
	grep "^applied   0000_first.sql" out &&
	grep "^pending   0001_slow.sql$" out &&
	sc migrate --url "$(url stopped)" >out &&
	grep "^applied 0001_slow.sql" out &&
	finished stopped &&
	sc status --exit-code --url "$(url stopped)" >/dev/null
'

test_expect_success 'a rollback killed mid-way: still applied, then rollback finishes' '
	cd killed &&
	echo "DROP TABLE slow_after; SELECT pg_sleep(3); DROP TABLE slow;" >migrations/0001_slow.down.sql &&
	sc hash >/dev/null 2>&1 || return 1
	{ rc=0; sc rollback --url "$(url killed)" >out 2>err || rc=$?; echo $rc >rc; } &
	wait_for_sleep killed &&
	q postgres "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\''killed'\'' AND query LIKE '\''%pg_sleep(3)%'\'' AND pid <> pg_backend_pid()" >/dev/null &&
	wait &&
	cat out err &&
	test "$(cat rc)" = 3 &&
	finished killed &&
	sc rollback --url "$(url killed)" >out &&
	grep "^rolled back 0001_slow.sql" out &&
	agrees killed
'

test_done
