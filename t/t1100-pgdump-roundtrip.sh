#!/bin/bash
#
# Normalization, proved on a real server: a schema loaded into PostgreSQL 15
# and dumped with `pg_dump --schema-only` reads back into a catalog that
# diffs empty against the source, both ways. The inputs are the example
# schema/ and every from.sql and to.sql of the golden diff cases, written by
# hand with aliases, serial, inline constraints and implicit names.
#
# One exception, by design: comments that an extension (or the database)
# sets on itself appear in the dump but not in the source; schemac compares
# such comments only when the new side sets one, so only the direction
# source -> dump is exempt from them. See README "Decisions". Likewise
# pg_dump prints no extension version, so a source that names one
# (CREATE EXTENSION ... VERSION) exempts the direction dump -> source from
# its ALTER EXTENSION ... UPDATE TO. A case's options (t1000) apply here
# too: with --owners, pg_dump's OWNER TO the loading role reads back as the
# source's owner not written.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'pg_dump output reads back into the same catalog'

pg_start

# CASE=name: that golden case only
inputs=("$TOP/schema")
glob="*"
if test -n "$CASE"; then
	inputs=()
	glob=$CASE
fi
for f in "$TOP"/testdata/diff/$glob/from.sql "$TOP"/testdata/diff/$glob/to.sql; do
	inputs+=("$f")
done

n=0
for src in "${inputs[@]}"; do
	n=$((n + 1))
	name=${src#$TOP/}
	work=$TEST_TMP/rt$n
	mkdir "$work"
	test_expect_success "$name: its pg_dump diffs empty against it, both ways" '
		pg_createdb rt$n &&
		if test -d "$src"; then
			cat "$src"/*.sql >"$work/src.sql"
		else
			cp "$src" "$work/src.sql"
		fi &&
		pg_load rt$n "$work/src.sql" &&
		pg_dump_schema rt$n "$work/dump.sql" &&
		pg_dropdb rt$n &&
		opts=$(case_options "$(dirname "$src")") &&
		"$SCHEMAC" diff $opts "$src" "$work/dump.sql" >"$work/forward.sql" &&
		"$SCHEMAC" diff $opts "$work/dump.sql" "$src" >"$work/backward.sql" &&
		grep -v "^COMMENT ON EXTENSION" "$work/forward.sql" | grep -v "^\$" >"$work/forward.rest" || true &&
		test_must_be_empty "$work/forward.rest" &&
		grep -v "^ALTER EXTENSION .* UPDATE TO " "$work/backward.sql" | grep -v "^\$" >"$work/backward.rest" || true &&
		test_must_be_empty "$work/backward.rest"
	'
done

test_done
