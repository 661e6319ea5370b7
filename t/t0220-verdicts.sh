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

n=0
for f in "$TOP"/testdata/verdicts/*.sql; do
	name=${f##*/}
	name=${name%.sql}
	# the databases of the case before: hundreds of them fill the disk
	test $n -gt 0 && pg_dropdb verdict$n && pg_dropdb verdict${n}m
	n=$((n + 1))
	db=verdict$n
	case $name in
	refused-*)
		test_expect_success "$name: PostgreSQL refuses it, and so does schemac, on the same line" '
			pg_createdb $db &&
			! psql -X -q -v ON_ERROR_STOP=1 -d $db -f "$f" >pg.out 2>&1 &&
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
			pg_createdb $db &&
			pg_load $db "$f" &&
			"$SCHEMAC" diff /dev/null "$f" >migration.sql 2>err || {
				cat err; false; } &&
			pg_createdb ${db}m &&
			pg_load ${db}m migration.sql
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
