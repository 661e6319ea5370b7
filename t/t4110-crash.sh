#!/bin/bash
#
# Crashes in the middle of a migration, on a real PostgreSQL 15: the
# migrator's backend killed with pg_terminate_backend, and the whole server
# stopped with `pg_ctl stop -m immediate` (then started again). Afterwards
# the tracking table agrees with the schema - the migration is not recorded
# and none of its DDL is there - and `schemac migrate` finishes the job.
#
# Then the same for a no-transaction migration stopped in the middle of its
# CREATE INDEX CONCURRENTLY - its backend killed, its migrator process
# killed, the server stopped: the next migrate notices (a failure recorded,
# or a migrator that is gone), drops the invalid index the interrupted
# statement left, and resumes there, with no manual step. A second migrator
# while the first lives is refused. And a no-transaction rollback whose
# migrator is killed is resumed by the next rollback.

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

# ---- no-transaction migrations ---------------------------------------

# notx_project DIR: a table of 4 rows and an index on a function that sleeps
# 1 s a row (so CREATE INDEX CONCURRENTLY takes 4 s), made by a
# no-transaction migration that then creates a table
notx_project () {
	mkdir -p "$1/migrations" &&
	cat >"$1/migrations/0000_items.sql" <<-\EOF &&
	CREATE TABLE items (id int);
	INSERT INTO items SELECT generate_series(1, 4);
	CREATE FUNCTION slow(i int) RETURNS int IMMUTABLE LANGUAGE plpgsql
	    AS $$ BEGIN PERFORM pg_sleep(1); RETURN i; END $$;
	EOF
	cat >"$1/migrations/0001_index.sql" <<-\EOF &&
	-- schemac:no-transaction
	CREATE INDEX CONCURRENTLY items_slow_idx ON items (slow(id));
	CREATE TABLE after_index (id int);
	EOF
	(cd "$1" && sc hash >/dev/null 2>&1)
}

# wait_for_invalid_index DB: until the CREATE INDEX CONCURRENTLY runs and
# its (still invalid) index is committed
wait_for_invalid_index () {
	for _ in $(seq 1 200); do
		test "$(q "$1" "SELECT count(*) FROM pg_index WHERE indexrelid = to_regclass('items_slow_idx') AND NOT indisvalid")" = 1 &&
		test "$(q postgres "SELECT count(*) FROM pg_stat_activity WHERE datname = '$1' AND state = 'active' AND query LIKE 'CREATE INDEX CONCURRENTLY%'")" = 1 &&
			return 0
		sleep 0.05
	done
	echo "the CREATE INDEX CONCURRENTLY never started" >&2
	return 1
}

# cic_gone DB: until no backend runs the CREATE INDEX CONCURRENTLY
cic_gone () {
	for _ in $(seq 1 200); do
		test "$(q postgres "SELECT count(*) FROM pg_stat_activity WHERE datname = '$1' AND query LIKE 'CREATE INDEX CONCURRENTLY%'")" = 0 &&
			return 0
		sleep 0.05
	done
	echo "the CREATE INDEX CONCURRENTLY still runs" >&2
	return 1
}

# interrupted DB: 0001 unfinished at its first statement, its index invalid
interrupted () {
	test "$(q "$1" "SELECT statements_done || '/' || statements_total || ' ' || (applied_at IS NULL) FROM schemac_migrations WHERE version = 1")" = "0/2 true" &&
	test "$(q "$1" "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('items_slow_idx')")" = f &&
	test "$(q "$1" "SELECT to_regclass('after_index') IS NULL")" = t
}

# resumed DB OUT: migrate's output says it dropped the invalid index and ran
# the statement again; the index is valid, the migration applied
resumed () {
	grep "^dropped the invalid index public.items_slow_idx left by an interrupted run of statement 1 of 0001_index.sql$" "$2" &&
	grep "^applied 0001_index.sql (2 statements, no transaction)" "$2" &&
	test "$(q "$1" "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('items_slow_idx')")" = t &&
	test "$(q "$1" "SELECT to_regclass('after_index') IS NOT NULL")" = t &&
	test "$(q "$1" "SELECT string_agg(version::text, ',' ORDER BY version) FROM schemac_migrations WHERE applied_at IS NOT NULL")" = 0,1 &&
	sc status --exit-code --url "$(url "$1")" >/dev/null
}

test_expect_success 'no-transaction: the backend killed mid CREATE INDEX CONCURRENTLY: recorded as failed' '
	notx_project nkilled && cd nkilled &&
	pg_createdb nkilled || return 1
	{ rc=0; sc migrate --url "$(url nkilled)" >out 2>err || rc=$?; echo $rc >rc; } &
	wait_for_invalid_index nkilled &&
	q postgres "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\''nkilled'\'' AND query LIKE '\''CREATE INDEX CONCURRENTLY%'\''" >/dev/null &&
	wait &&
	cat out err &&
	test "$(cat rc)" = 3 &&
	grep "^migrations/0001_index.sql:2:1: error: terminating connection due to administrator command" err &&
	grep "hint: none of its 2 statements ran; the session ended: run migrate again, it resumes at this statement" err &&
	interrupted nkilled &&
	test_expect_code 1 sc status --url "$(url nkilled)" >out &&
	grep "^failed    0001_index.sql  statement 1 of 2 failed at .*: terminating connection due to administrator command$" out
'

test_expect_success 'no-transaction: after the kill, migrate drops the invalid index and resumes' '
	cd nkilled &&
	sc migrate --url "$(url nkilled)" >out 2>err &&
	cat out err &&
	grep "^resuming 0001_index.sql at statement 1 of 2$" out &&
	resumed nkilled out
'

test_expect_success 'no-transaction: a row recorded failed whose statement still runs is not resumed' '
	notx_project nbusy && cd nbusy &&
	pg_createdb nbusy || return 1
	{ rc=0; sc migrate --url "$(url nbusy)" >out1 2>err1 || rc=$?; echo $rc >rc; } &
	wait_for_invalid_index nbusy &&
	q nbusy "UPDATE schemac_migrations SET failed_at = now(), error = '\''as if recorded from a new connection'\'' WHERE version = 1" >/dev/null &&
	test_expect_code 1 sc migrate --url "$(url nbusy)" >out 2>err &&
	cat out err &&
	grep "^schemac: error: migrations/0001_index.sql: recorded as failed at statement 1, which still runs on the server (session pid [0-9]*)$" err &&
	wait &&
	test "$(cat rc)" = 0 &&
	test "$(q nbusy "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('\''items_slow_idx'\'')")" = t
'

test_expect_success 'no-transaction: a second migrator while the first lives is refused' '
	notx_project nproc && cd nproc &&
	pg_createdb nproc || return 1
	"$SCHEMAC" migrate --url "$(url nproc)" >out1 2>err1 &
	echo $! >pid &&
	wait_for_invalid_index nproc &&
	test_expect_code 1 sc migrate --url "$(url nproc)" >out 2>err &&
	cat out err &&
	grep "^schemac: error: migrations/0001_index.sql: is being applied by another migrator (.*:[0-9]*:[0-9a-f]*, since 20[0-9-]*T[0-9:]*Z; session pid [0-9]*)$" err &&
	grep "hint: wait for it, then run migrate again" err &&
	test_expect_code 1 sc status --url "$(url nproc)" >out &&
	grep "^running   0001_index.sql  0 of 2 statements done; running elsewhere, or its migrator died" out
'

test_expect_success 'no-transaction: its migrator process killed: the next migrate recovers' '
	cd nproc &&
	kill -9 $(cat pid) &&
	wait
	cic_gone nproc &&
	interrupted nproc &&
	sc migrate --url "$(url nproc)" >out 2>err &&
	cat out err &&
	grep "^recovering 0001_index.sql: its migrator (.*:[0-9]*:[0-9a-f]*) is gone; resuming at statement 1 of 2$" out &&
	resumed nproc out
'

test_expect_success 'no-transaction: the server stopped (immediate) mid CREATE INDEX CONCURRENTLY' '
	notx_project nstopped && cd nstopped &&
	pg_createdb nstopped &&
	psql -X -q -d postgres -c "ALTER DATABASE nstopped SET synchronous_commit = on" || return 1
	{ rc=0; sc migrate --url "$(url nstopped)" >out 2>err || rc=$?; echo $rc >rc; } &
	wait_for_invalid_index nstopped &&
	server_stop &&
	wait &&
	cat out err &&
	test "$(cat rc)" = 3 &&
	grep "^applied 0000_items.sql" out &&
	server_start &&
	interrupted nstopped &&
	test_expect_code 1 sc status --url "$(url nstopped)" >out &&
	grep "^running   0001_index.sql  0 of 2 statements done" out
'

test_expect_success 'no-transaction: after the restart, migrate recovers without a manual step' '
	cd nstopped &&
	sc migrate --url "$(url nstopped)" >out 2>err &&
	cat out err &&
	grep "^recovering 0001_index.sql: its migrator (.*) is gone; resuming at statement 1 of 2$" out &&
	resumed nstopped out
'

test_expect_success 'no-transaction rollback: its migrator killed mid-way; the next rollback recovers' '
	cd nproc &&
	printf "%s\n" "-- schemac:no-transaction" "DROP TABLE after_index;" "SELECT pg_sleep(3);" \
		"DROP INDEX CONCURRENTLY items_slow_idx;" >migrations/0001_index.down.sql &&
	sc hash >/dev/null 2>&1 || return 1
	"$SCHEMAC" rollback --url "$(url nproc)" >out1 2>err1 &
	echo $! >pid &&
	wait_for_sleep nproc &&
	kill -9 $(cat pid) &&
	wait
	for _ in $(seq 1 100); do
		test "$(q postgres "SELECT count(*) FROM pg_stat_activity WHERE datname = '\''nproc'\'' AND query LIKE '\''%pg_sleep(3)%'\'' AND pid <> pg_backend_pid()")" = 0 && break
		sleep 0.05
	done
	test "$(q nproc "SELECT undoing, statements_done, applied_at IS NOT NULL FROM schemac_migrations WHERE version = 1")" = "t|1|t" &&
	test_expect_code 1 sc status --url "$(url nproc)" >out &&
	grep "^running   0001_index.sql  rollback: 1 of 3 statements done; running elsewhere, or its migrator died (the next rollback resumes it)$" out &&
	test_expect_code 1 sc migrate --url "$(url nproc)" 2>err &&
	grep "0001_index.sql: its rollback is unfinished (running, at statement 2 of 3 of 0001_index.down.sql)" err &&
	sc rollback --url "$(url nproc)" >out 2>err &&
	cat out err &&
	grep "^recovering the rollback of 0001_index.sql with 0001_index.down.sql: its migrator (.*) is gone; resuming at statement 2 of 3$" out &&
	grep "^rolled back 0001_index.sql with 0001_index.down.sql (3 statements, no transaction) in [0-9]* ms$" out &&
	test "$(q nproc "SELECT string_agg(version::text, '\'','\'') FROM schemac_migrations")" = 0 &&
	test "$(q nproc "SELECT to_regclass('\''items_slow_idx'\'') IS NULL AND to_regclass('\''after_index'\'') IS NULL")" = t
'

test_done
