#!/bin/bash
#
# Real migration histories: the Supabase sets of the corpus
# (../shared/corpus/supabase/<set>/migrations/*.sql, replayed after
# supabase/_stub.sql, which stands in for the platform's auth and storage
# schemas, roles and extensions; see the corpus README).  Prefix k of a set
# is the stub and its first k migrations (sorted by name), each file loaded by
# its own `psql -X -v ON_ERROR_STOP=1` run.  For each set:
#
#   the migrations build the catalog of their pg_dump
#       `schemac diff DUMP PREFIX_N` prints nothing, where DUMP is the
#       `pg_dump --schema-only` of the whole set loaded into PostgreSQL and
#       PREFIX_N the folder of the stub and every migration
#   K -> K+1: the migration turns prefix K into prefix K+1
#       `schemac diff PREFIX_K PREFIX_K+1`, applied (psql -1) to a copy of
#       the prefix-K database, gives the canonical dump of the prefix-K+1
#       database
#
# What schemac reads for the stub is its pg_dump, not _stub.sql (which makes
# roles in DO blocks): see corpus_stub_setup in t/lib-corpus.sh.  The stub's
# objects are thus equal on both sides of every diff.  (`schemac diff` reads
# no schemac.json, so managed_schemas cannot leave auth, storage and
# extensions out of the comparison; nothing needs to be left out.)
#
# Most of these fail today: testdata/corpus-expected-failures lists them, run
# as TAP TODO tests (see t/lib-corpus.sh); t/corpus-triage.sh shows why.
# One set only: its name as the argument.  Skipped, saying so, without the
# corpus (SCHEMAC_CORPUS names another place).

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"
. "$(dirname "$0")/lib-corpus.sh"

test_description 'the Supabase migration corpus: replay and prefix pairs through the oracle'

corpus_require supabase
corpus_load_expected supabase/
STUB=$CORPUS/supabase/_stub.sql
if ! test -f "$STUB"; then
	skip_all "no $STUB"
fi

sets=()
for dir in "$CORPUS"/supabase/*/; do
	dir=${dir%/}
	test -d "$dir/migrations" || continue
	if test ${#TEST_ARGS[@]} -eq 0 || test "${dir##*/}" = "${TEST_ARGS[0]#supabase/}"; then
		sets+=("${dir##*/}")
	fi
done
if test ${#sets[@]} -eq 0; then
	bail_out "no such set: $CORPUS/supabase/${TEST_ARGS[0]}"
fi

pg_start

corpus_stub_setup >"$TEST_TMP/stub.log" 2>&1 || {
	say_comment_ "$TEST_TMP/stub.log"
	bail_out "supabase/_stub.sql does not load into PostgreSQL 15"
}

si=0
for set in "${sets[@]}"; do
	si=$((si + 1))
	W=$TEST_TMP/$set
	mkdir "$W"
	corpus_supabase_prefixes "$set" "$W" b$si >"$W/load.log" 2>&1 || {
		say_comment_ "$W/load.log"
		bail_out "supabase/$set does not load into PostgreSQL 15"
	}
	n=$corpus_n_

	corpus_test "supabase/$set: the migrations build the catalog of their pg_dump" '
		code=0
		"$SCHEMAC" diff "$W/full-dump.sql" "$W/p$n" >"$W/full.sql" 2>"$W/full.err" || code=$?
		test $code -eq 0 || corpus_schemac_fail "$W/full.err"
		test_must_be_empty "$W/full.sql" ||
			corpus_fail "the diff from the dump to the migrations prints something"
	'

	for ((k = 0; k < n; k++)); do
		corpus_test "supabase/$set $k -> $((k + 1)): the migration turns prefix $k into prefix $((k + 1))" '
			code=0
			"$SCHEMAC" diff "$W/p$k" "$W/p$((k + 1))" >"$W/$k-$((k + 1)).sql" \
				2>"$W/$k-$((k + 1)).err" || code=$?
			test $code -eq 0 || corpus_schemac_fail "$W/$k-$((k + 1)).err"
			pg_dropdb b${si}_work 2>/dev/null
			corpus_copydb b${si}_$k b${si}_work
			corpus_apply b${si}_work "$W/$k-$((k + 1)).sql"
			pg_dump_canon b${si}_work "$W/$k-$((k + 1)).dump"
			pg_dropdb b${si}_work 2>/dev/null
			corpus_cmp_dumps "$W/p$((k + 1)).dump" "$W/$k-$((k + 1)).dump" \
				"prefix $((k + 1)), + prefix $k with the migration"
		'
	done

	for ((k = 0; k <= n; k++)); do
		pg_dropdb b${si}_$k >/dev/null 2>&1
	done
	pg_dropdb b${si}_work >/dev/null 2>&1
done

corpus_done
