#!/bin/bash
#
# schemac verify: the example project and the Supabase corpus sets are
# proved on a real PostgreSQL; an edited migration, a schema/ the history
# does not build and a down file that does not undo its migration are each
# exit 1, naming what; no server binaries is exit 3 with the reason.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac verify'

pg_start

test_expect_success 'the example project verifies on a throwaway server' '
	cp -R "$TOP/schema" "$TOP/migrations" . &&
	"$SCHEMAC" verify >out 2>err &&
	cat out err &&
	grep "^applied 0000_init.sql" out &&
	grep "^the migrations build what schema does" out &&
	grep "^0000_init.down.sql returns the schema before it" out &&
	grep "^verified: " out &&
	! ls /tmp | grep "^schemac-verify-"
'

test_expect_success 'and on --dev-url, in scratch databases it drops' '
	"$SCHEMAC" verify --dev-url "host=$PGHOST port=$PGPORT user=postgres dbname=postgres" >out 2>err &&
	grep "^verified: " out &&
	psql -X -A -t -d postgres -c "SELECT count(*) FROM pg_database WHERE datname LIKE '\''schemac_verify%'\''" >n &&
	echo 0 >zero &&
	test_cmp zero n
'

test_expect_success 'a migration edited to break: exit 1, the statement PostgreSQL refuses at its file:line' '
	rm -rf broken && mkdir broken && cp -R "$TOP/schema" "$TOP/migrations" broken/ &&
	printf "\nALTER TABLE no_such_table ADD COLUMN x int;\n" >>broken/migrations/0000_init.sql &&
	line=$(wc -l <broken/migrations/0000_init.sql) &&
	(cd broken && test_expect_code 1 "$SCHEMAC" verify) >out 2>err &&
	cat err &&
	grep "0000_init.sql:$line" err &&
	grep "no_such_table" err
'

test_expect_success 'schema/ the history does not build: exit 1, the statements on each side' '
	rm -rf drift && mkdir drift && cp -R "$TOP/schema" "$TOP/migrations" drift/ &&
	echo "CREATE TABLE extra (id int);" >drift/schema/99_extra.sql &&
	(cd drift && test_expect_code 1 "$SCHEMAC" verify) >out 2>err &&
	cat err &&
	grep "error: the migrations do not build what schema does" err &&
	grep "only in schema: CREATE TABLE public.extra" err
'

test_expect_success 'a down file that does not undo its migration: exit 1, naming it' '
	rm -rf down && mkdir down && cp -R "$TOP/schema" "$TOP/migrations" down/ &&
	(cd down && "$SCHEMAC" new add_t >/dev/null) &&
	echo "CREATE TABLE t (id int);" >down/migrations/0001_add_t.sql &&
	echo "SELECT 1;" >down/migrations/0001_add_t.down.sql &&
	echo "CREATE TABLE t (id int);" >down/schema/99_t.sql &&
	(cd down && test_expect_code 1 "$SCHEMAC" verify) >out 2>err &&
	cat out err &&
	grep "error: 0001_add_t.down.sql does not return the schema before 0001_add_t.sql" err &&
	grep "only in 0001_add_t.down.sql: CREATE TABLE public.t" err
'

test_expect_success 'no server binaries: exit 3 with the reason' '
	PG_BINDIR=/nonexistent test_expect_code 3 "$SCHEMAC" verify >out 2>err &&
	cat err &&
	grep "no PostgreSQL server could be started" err
'

corpus=$TOP/../shared/corpus/supabase
for set in "$corpus"/*/; do
	test -d "$set/migrations" || continue
	name=$(basename "$set")
	test_expect_success "corpus $name: its migrations verify against themselves as schema/, after _stub.sql" '
		rm -rf "$name" && mkdir -p "$name/migrations" &&
		i=0 &&
		for f in "$set"/migrations/*.sql; do
			cp "$f" "$name/migrations/$(printf %04d $i)_m.sql" &&
			i=$((i + 1)) || return 1
		done &&
		(cd "$name" && "$SCHEMAC" hash >/dev/null 2>&1; true) &&
		(cd "$name" && "$SCHEMAC" verify --before "$corpus/_stub.sql" --schema "$set/migrations") >out 2>err ||
			{ cat out err; false; }
	'
done

test_done
