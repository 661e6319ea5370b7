#!/bin/bash
#
# compiler/pg_cast.inc, the casts schemac knows (cast.c: which type changes
# need USING, which have no conversion at all), is what the PostgreSQL 15
# the tests run against says: compiler/pg_cast.sh run on a throwaway server
# prints exactly the committed file.  SCHEMAC_BLESS=1 (`make catalog-data`)
# writes it instead.  Then the rules around the table, on the server: a
# change the table calls assignment converts without USING, an explicit one
# needs USING, and one with no cast fails even with USING.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'pg_cast.inc matches PostgreSQL 15'

pg_start

test_expect_success 'compiler/pg_cast.inc is what pg_cast.sh reads from the server' '
	sh "$TOP/compiler/pg_cast.sh" >"$TEST_TMP/pg_cast.inc" &&
	if test "$SCHEMAC_BLESS" = 1; then
		cp "$TEST_TMP/pg_cast.inc" "$TOP/compiler/pg_cast.inc"
	fi &&
	test_cmp "$TOP/compiler/pg_cast.inc" "$TEST_TMP/pg_cast.inc"
'

# alter FROM TO USING: ALTER COLUMN ... TYPE on the server (USING "" for none)
alter () {
	psql -X -q -v ON_ERROR_STOP=1 -c "DROP TABLE IF EXISTS ct; CREATE TABLE ct (c $1)" \
		-c "ALTER TABLE ct ALTER COLUMN c TYPE $2 $3" >/dev/null 2>&1
}

test_expect_success 'what schemac prints for a type change is what the server accepts' '
	while read from to how; do
		printf "CREATE TABLE ct (c %s);\n" "$from" >"$TEST_TMP/a.sql" &&
		printf "CREATE TABLE ct (c %s);\n" "$to" >"$TEST_TMP/b.sql" &&
		"$SCHEMAC" diff "$TEST_TMP/a.sql" "$TEST_TMP/b.sql" >"$TEST_TMP/m.sql" 2>/dev/null &&
		case $how in
		plain)	! grep -q USING "$TEST_TMP/m.sql" && alter "$from" "$to" "" ;;
		using)	grep -q "USING c::" "$TEST_TMP/m.sql" && ! alter "$from" "$to" "" &&
			alter "$from" "$to" "USING c::$to" ;;
		none)	grep -q "DROP COLUMN c" "$TEST_TMP/m.sql" &&
			! alter "$from" "$to" "USING c::$to" ;;
		esac || { echo "$from -> $to ($how):"; cat "$TEST_TMP/m.sql"; exit 1; }
	done <<-LIST
	integer bigint plain
	bigint integer plain
	json jsonb plain
	integer text plain
	text jsonb using
	integer boolean using
	text integer using
	text integer[] using
	integer[] bigint[] plain
	bigint timestamp none
	integer uuid none
	uuid integer none
	timestamp bigint none
	integer integer[] none
	LIST
'

test_done
