#!/bin/bash
#
# Input PostgreSQL refuses before it looks at names: text that is not UTF-8,
# and expressions nested past its max_stack_depth. Each input is generated
# here, given to PostgreSQL 15 and to schemac, and the two verdicts must
# agree: schemac exits 2 (an error at the statement, never a crash) exactly
# where the server refuses, and exits 0 where it accepts - with a migration
# the server then runs.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'input limits: UTF-8 and nesting depth, as PostgreSQL 15 judges them'

pg_start

# chain KIND N: a CREATE TABLE whose column default is N terms chained by
# KIND (plus: 1+1+..., cast: 1::int::int..., concat: 'a'||'a'...), 100 terms
# a line; or a view over N nested scalar subqueries (subselect).
chain () {
	awk -v kind="$1" -v n="$2" 'BEGIN {
		if (kind == "subselect") {
			printf "CREATE VIEW deep AS SELECT "
			for (i = 0; i < n; i++) printf "(SELECT "
			printf "1"
			for (i = 0; i < n; i++) printf ")"
			print " AS x;"
			exit
		}
		type = kind == "concat" ? "text" : "int"
		term = kind == "concat" ? "\047a\047" : "1"
		op = kind == "concat" ? "||" : "+"
		printf "CREATE TABLE deep (\n    x %s DEFAULT ", type
		if (kind == "cast") {
			printf "1"
			for (i = 1; i <= n; i++)
				printf "::int%s", i % 100 ? "" : "\n"
		} else {
			printf "%s", term
			for (i = 2; i <= n; i++)
				printf "%s%s%s", op, term, i % 100 ? "" : "\n"
		}
		print "\n);"
	}'
}

# server_and_schemac VERDICT FILE: PostgreSQL and schemac both accept
# (VERDICT ok) or both refuse (VERDICT refused) FILE.
server_and_schemac () {
	db=${2%.sql}
	pg_dropdb $db && pg_createdb $db &&
	if test "$1" = ok; then
		psql -X -q -v ON_ERROR_STOP=1 -d $db -f "$2" >pg.out 2>&1 || {
			cat pg.out; echo "PostgreSQL refused $2"; return 1; }
		pg_dropdb $db && pg_createdb $db &&
		"$SCHEMAC" diff /dev/null "$2" >migration.sql 2>err || {
			cat err; echo "schemac refused $2"; return 1; }
		psql -X -q -v ON_ERROR_STOP=1 -d $db -f migration.sql >pg.out 2>&1 || {
			cat pg.out; echo "PostgreSQL refused the migration of $2"; return 1; }
	else
		! psql -X -q -v ON_ERROR_STOP=1 -d $db -f "$2" >pg.out 2>&1 || {
			echo "PostgreSQL accepted $2"; return 1; }
		cut -c1-200 pg.out &&
		test_expect_code 2 "$SCHEMAC" diff /dev/null "$2" >out 2>err &&
		cut -c1-200 err &&
		test_must_be_empty out &&
		! grep -E "AddressSanitizer|runtime error" err &&
		grep -E "^$2:[0-9]+:[0-9]+: error: " err
	fi
}

test_expect_success 'a default of 5,000 chained additions is accepted, as PostgreSQL does' '
	chain plus 5000 >plus5000.sql &&
	server_and_schemac ok plus5000.sql
'

test_expect_success 'a default of 8,000 chained additions is refused at its statement, as PostgreSQL does' '
	chain plus 8000 >plus8000.sql &&
	server_and_schemac refused plus8000.sql &&
	grep "stack depth limit exceeded" pg.out &&
	grep "^plus8000.sql:1:1: error: statement nested too deeply: stack depth limit exceeded" err
'

test_expect_success '7,000 chained concatenations: accepted by both' '
	chain concat 7000 >concat7000.sql &&
	server_and_schemac ok concat7000.sql
'

test_expect_success '13,000 chained casts: accepted by both (a cast takes less stack)' '
	chain cast 13000 >cast13000.sql &&
	server_and_schemac ok cast13000.sql
'

test_expect_success '20,000 chained casts: refused by both' '
	chain cast 20000 >cast20000.sql &&
	server_and_schemac refused cast20000.sql &&
	grep "stack depth limit exceeded" pg.out
'

test_expect_success '60,000 chained additions (past what schemac hands to the parser): refused by both, no crash' '
	chain plus 60000 >plus60000.sql &&
	server_and_schemac refused plus60000.sql &&
	grep "statement nested too deeply" err
'

test_expect_success 'a view over 2,800 nested subqueries: accepted by both' '
	chain subselect 2800 >sub2800.sql &&
	server_and_schemac ok sub2800.sql
'

test_expect_success 'a view over 3,000 nested subqueries (crashed the unpack): refused by both' '
	chain subselect 3000 >sub3000.sql &&
	server_and_schemac refused sub3000.sql &&
	grep "stack depth limit exceeded" pg.out
'

test_expect_success 'a view over 20,000 nested subqueries: refused by both (the grammar stack)' '
	chain subselect 20000 >sub20000.sql &&
	server_and_schemac refused sub20000.sql
'

test_expect_success 'a Latin-1 byte: refused by both, at its line and column' '
	printf "CREATE TABLE cafes (\n    name text DEFAULT '\''caf\351'\''\n);\n" >latin1.sql &&
	server_and_schemac refused latin1.sql &&
	grep "invalid byte sequence for encoding \"UTF8\": 0xe9 0x27 0x0a" pg.out &&
	grep "^latin1.sql:2:27: error: invalid byte sequence for encoding \"UTF8\": 0xe9 0x27 0x0a" err
'

test_expect_success 'UTF-8 that is not valid: a lone continuation byte, a surrogate, past U+10FFFF, truncated' '
	for bytes in "\200" "\355\240\200" "\364\220\200\200" "\342\202"; do
		printf "CREATE TABLE t (x text DEFAULT '\''$bytes'\'');\n" >bad.sql &&
		server_and_schemac refused bad.sql &&
		grep "invalid byte sequence" pg.out &&
		grep "^bad.sql:1:33: error: invalid byte sequence for encoding \"UTF8\"" err || return 1
	done
'

test_expect_success 'valid UTF-8 of every length: accepted by both' '
	printf "CREATE TABLE t (x text DEFAULT '\''\303\251 \342\202\254 \360\237\230\200 \357\277\277'\'');\n" >good.sql &&
	server_and_schemac ok good.sql
'

test_done
