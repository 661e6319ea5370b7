#!/bin/bash
#
# Normalization, proved on a real server: the example schema loaded into
# PostgreSQL 15 and dumped with `pg_dump --schema-only` reads back into a
# catalog that diffs empty against the source, both ways
# (pg_dump_reads_back in lib-pg.sh, with its two exemptions by design).
# Every from.sql and to.sql of the golden diff cases, written by hand with
# aliases, serial, inline constraints and implicit names, gets the same
# check in t1000, from the dumps its oracle makes anyway.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'pg_dump output of the example schema reads back into the same catalog'

pg_start

test_expect_success "schema/: its pg_dump diffs empty against it, both ways" '
	pg_createdb example &&
	cat "$TOP"/schema/*.sql >src.sql &&
	pg_load example src.sql &&
	pg_dump_schema example dump.sql &&
	pg_dropdb example &&
	pg_dump_reads_back "$TOP/schema" dump.sql .
'

test_done
