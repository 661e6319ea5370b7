#!/bin/bash
#
# schemac pull: schema/ and the baseline written from a live database. For
# the example schema/, every golden case's to.sql (CASE=name runs one; the
# cases of testdata/pull-roundtrip-expected-failures as TODO) and the newest version
# of every corpus schema (the Supabase sets after the stub, with platform
# "supabase"), loaded into PostgreSQL 15 and pulled:
#   - the pulled files and the database's pg_dump --schema-only are the
#     same schema (schemac diff empty both ways, with t7000's exemptions);
#   - check passes at once, and drift is clean;
#   - the baseline applied to an empty database gives the same pg_dump;
#   - a second pull gives the same bytes, and refuses to overwrite them
#     without --force (not for the golden cases, to keep the script short:
#     the example and the corpus check it).
# The diff back (dump to pulled files) repeats the two inputs the
# sanitizer build ($SCHEMAC) has just read the other way round, and is run
# by the release build ($SCHEMAC_RELEASE, test-lib.sh; the same binary
# unless make test sets both); everything else by $SCHEMAC.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"
. "$(dirname "$0")/lib-corpus.sh"

test_description 'schemac pull: schema/ and baseline from a live database, round trip'

# CASE=example runs the example schema's tests alone, CASE=corpus the
# corpus's, CASE=NAME one golden case.
part=${CASE:-all}
if test "$part" = example || test "$part" = corpus; then
	cases=()
	test -x "$SCHEMAC" || bail_out "$SCHEMAC is not built (run make)"
else
	golden_cases "$TOP/testdata/diff"
fi

pg_start

url_of () {
	echo "postgresql:///$1?host=$PGHOST&port=$PGPORT&user=$PGUSER"
}

# no_diff FROM TO OUT [OPT...]: schemac diff FROM TO prints nothing but the
# exemptions of t7000 (an extension's own comment, an extension's version).
# With NO_DIFF_BIN set, that binary runs the diff instead of SCHEMAC.
no_diff () {
	from=$1 to=$2 nout=$3
	shift 3
	"${NO_DIFF_BIN:-$SCHEMAC}" diff "$@" "$from" "$to" >"$nout" &&
	{ grep -v "^COMMENT ON EXTENSION" "$nout" | grep -v "^ALTER EXTENSION .* UPDATE TO " |
		grep -v "^\$" >"$nout.rest" || true; } &&
	test_must_be_empty "$nout.rest"
}

# pull_roundtrip DB WORK CONFIG [OPT...]: DB (loaded) pulled into the
# project WORK/proj whose schemac.json is CONFIG, then every check above.
# With DUMP_OF set (the file DB was loaded with, alone, into a new
# database: a golden case's to.sql), DB's pg_dump is t1000's dump of that
# file when make test runs both (PG_DUMP_CACHE, lib-pg.sh), the same bytes
# pg_dump prints for DB (but for the random key of its \\restrict line),
# else dumped here and kept for t7210.
# OPT: options of schemac diff (--owners). With STUB set (a file of SQL the
# database was loaded with first: the Supabase stub, which the platform's
# declarations stand for), the pulled files are compared after STUB_DUMP
# (its pg_dump) and STUB_PATH, and the baseline applied after STUB.
pull_roundtrip () {
	pdb=$1 pwork=$2 pconf=$3
	shift 3
	mkdir -p "$pwork/proj" "$pwork/again" "$pwork/cmp" &&
	echo "$pconf" >"$pwork/proj/schemac.json" &&
	echo "$pconf" >"$pwork/again/schemac.json" &&
	if test -n "${DUMP_OF:-}" && pg_dump_cache_get "$DUMP_OF" "$pwork/db.dump"; then
		:
	else
		pg_dump_schema "$pdb" "$pwork/db.dump" &&
		if test -n "${DUMP_OF:-}"; then
			pg_dump_cache_put "$DUMP_OF" "$pwork/db.dump"
		fi
	fi &&
	(cd "$pwork/proj" && "$SCHEMAC" pull --url "$(url_of "$pdb")" >../pull.out 2>../pull.err) &&
	grep "schemac baseline 0" "$pwork/pull.out" &&
	test -f "$pwork/proj/migrations/0000_baseline.sql" &&
	if test -n "${STUB:-}"; then
		cp "$STUB_DUMP" "$pwork/cmp/00_stub.sql" &&
		cp "$STUB_PATH" "$pwork/cmp/01_stub_search_path.sql"
	fi &&
	cp -r "$pwork/proj/schema" "$pwork/cmp/02_pulled" &&
	no_diff "$pwork/cmp" "$pwork/db.dump" "$pwork/forward.sql" "$@" &&
	NO_DIFF_BIN=$SCHEMAC_RELEASE no_diff "$pwork/db.dump" "$pwork/cmp" "$pwork/backward.sql" "$@" &&
	(cd "$pwork/proj" && "$SCHEMAC" check >../check.out 2>&1) &&
	(cd "$pwork/proj" && "$SCHEMAC" drift --url "$(url_of "$pdb")" >../drift.out 2>../drift.err) &&
	grep "^no drift" "$pwork/drift.out" &&
	if test -n "${QUICK:-}"; then
		pull_baseline "$pdb" "$pwork"
		return
	fi &&
	(cd "$pwork/again" && "$SCHEMAC" pull --url "$(url_of "$pdb")" >/dev/null 2>&1) &&
	diff -r "$pwork/proj/schema" "$pwork/again/schema" &&
	diff -r "$pwork/proj/migrations" "$pwork/again/migrations" &&
	(cd "$pwork/again" && test_expect_code 2 "$SCHEMAC" pull --url "$(url_of "$pdb")" >/dev/null 2>../refused.err) &&
	grep "already holds" "$pwork/refused.err" &&
	diff -r "$pwork/proj/schema" "$pwork/again/schema" &&
	pull_baseline "$pdb" "$pwork"
}

# pull_baseline DB WORK: WORK/proj's baseline applied to an empty database
# (after STUB) gives DB's canonical pg_dump.  The example and the corpus
# dump DB again, which also proves pull and drift wrote nothing to it; with
# QUICK (the golden cases) the dump of DB before the pull (pull_roundtrip),
# WORK/db.dump, stands for it.
pull_baseline () {
	pdb=$1 pwork=$2
	pg_createdb "${pdb}_b" &&
	if test -n "${STUB:-}"; then
		pg_load "${pdb}_b" "$STUB"
	fi &&
	pg_load "${pdb}_b" "$pwork/proj/migrations/0000_baseline.sql" &&
	if test -n "${QUICK:-}"; then
		pg_canon_db "$pdb" "$pwork/db.dump" "$pwork/db.canon"
	else
		pg_dump_canon "$pdb" "$pwork/db.canon"
	fi &&
	pg_dump_canon "${pdb}_b" "$pwork/baseline.canon" &&
	test_cmp "$pwork/db.canon" "$pwork/baseline.canon" &&
	pg_dropdb "${pdb}_b"
}

# The golden cases whose pull round trip fails today, with the reason:
# testdata/pull-roundtrip-expected-failures (run as TODO).
known_failure () {
	grep -q "^$1[[:space:]]" "$TOP/testdata/pull-roundtrip-expected-failures" 2>/dev/null
}

if test "$part" = all || test "$part" = example; then
	test_expect_success 'schema/: pulled, the same schema, baseline, no drift' '
		mkdir example &&
		pg_createdb example &&
		cat "$TOP"/schema/*.sql >example/src.sql &&
		pg_load example example/src.sql &&
		pull_roundtrip example example "{}"
	'

	for layout in kind single; do
		test_expect_success "--layout $layout: the same schema as --layout table" '
			mkdir $layout &&
			(cd $layout && "$SCHEMAC" pull --layout $layout --url "$(url_of example)" >/dev/null 2>&1) &&
			no_diff example/proj/schema $layout/schema $layout/diff.sql &&
			(cd $layout && "$SCHEMAC" check)
		'
	done

	test_expect_success 'the table layout: a file per table, files for the kinds' '
		ls example/proj/schema >files &&
		grep "^[0-9][0-9][0-9][0-9]_users\.sql\$" files &&
		grep "^[0-9][0-9][0-9][0-9]_types\.sql\$" files &&
		grep "^[0-9][0-9][0-9][0-9]_functions\.sql\$" files &&
		users=$(ls example/proj/schema/*_users.sql) &&
		grep "^CREATE TABLE users" "$users" &&
		grep "^CREATE POLICY .* ON users" "$users" &&
		grep "^CREATE TRIGGER .* ON users" "$users" &&
		grep "^COMMENT ON COLUMN users\." "$users"
	'

	test_expect_success '--force replaces the files, removes the ones not written again' '
		echo "CREATE TABLE stray (a int);" >example/again/schema/9999_stray.sql &&
		rm -r example/again/migrations &&
		(cd example/again && "$SCHEMAC" pull --force --url "$(url_of example)" >/dev/null 2>&1) &&
		! test -e example/again/schema/9999_stray.sql &&
		diff -r example/proj/schema example/again/schema
	'

	test_expect_success 'managed_schemas: only those schemas are pulled' '
		pg_createdb managed &&
		cat >managed.sql <<-\SQL &&
		CREATE SCHEMA app;
		CREATE SCHEMA other;
		CREATE TABLE app.accounts (id bigint PRIMARY KEY);
		CREATE TABLE other.audit (id bigint PRIMARY KEY, account_id bigint REFERENCES app.accounts);
		SQL
		pg_load managed managed.sql &&
		mkdir managed &&
		echo "{\"managed_schemas\": [\"app\"]}" >managed/schemac.json &&
		(cd managed && "$SCHEMAC" pull --url "$(url_of managed)" >/dev/null 2>&1) &&
		grep -l "CREATE TABLE app.accounts" managed/schema/*_app.accounts.sql &&
		! grep -r "audit" managed/schema managed/migrations/0000_baseline.sql &&
		(cd managed && "$SCHEMAC" check) &&
		(cd managed && "$SCHEMAC" drift --url "$(url_of managed)" >../managed.drift) &&
		grep "^no drift" managed.drift
	'

	test_expect_success 'a bad layout: exit 2, nothing written' '
		mkdir bad &&
		(cd bad && test_expect_code 2 "$SCHEMAC" pull --layout tree --url "$(url_of example)" 2>../bad.err) &&
		grep "layout" bad.err &&
		! test -e bad/schema
	'

	test_expect_success 'a database that cannot be reached: exit 3, nothing written' '
		mkdir down &&
		(cd down && test_expect_code 3 "$SCHEMAC" pull --url "postgresql://u:sekret@127.0.0.1:1/x" 2>../down.err) &&
		! grep sekret down.err &&
		! test -e down/schema
	'
fi

# The corpus: the newest version of each structure set; each Supabase set
# after the stub, with platform "supabase".
if { test "$part" = all || test "$part" = corpus; } && test -d "$CORPUS/structure"; then
	for set_dir in "$CORPUS"/structure/*/; do
		set_dir=${set_dir%/}
		set=${set_dir##*/}
		newest=$(ls "$set_dir"/*.sql | tail -n 1)
		test_expect_success "corpus structure/$set ${newest##*/}: pulled, round trip" '
			db=s_$(echo "$set" | tr -c "a-z0-9\n" _) &&
			pg_createdb $db &&
			pg_load $db "$newest" &&
			pull_roundtrip $db "$TEST_TMP/$db" "{}" &&
			pg_dropdb $db
		'
	done
fi
if { test "$part" = all || test "$part" = corpus; } && test -f "$CORPUS/supabase/_stub.sql"; then
	corpus_stub_setup >"$TEST_TMP/stub.log" 2>&1 ||
		bail_out "supabase/_stub.sql does not load into PostgreSQL 15"
	STUB_DUMP=$CORPUS_STUB_DUMP STUB_PATH=$CORPUS_STUB_PATH
	for set_dir in "$CORPUS"/supabase/*/; do
		set_dir=${set_dir%/}
		set=${set_dir##*/}
		test_expect_success "corpus supabase/$set: pulled with platform supabase, round trip" '
			db=b_$(echo "$set" | tr -c "a-z0-9\n" _ | cut -c1-40) &&
			pg_createdb $db &&
			pg_load $db "$CORPUS/supabase/_stub.sql" &&
			for m in "$set_dir"/migrations/*.sql; do
				pg_load $db "$m" || return 1
			done &&
			STUB=$CORPUS/supabase/_stub.sql pull_roundtrip $db "$TEST_TMP/$db" "{\"platform\": \"supabase\"}" &&
			pg_dropdb $db
		'
	done
fi

n=0
for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	n=$((n + 1))
	work=$TEST_TMP/case-$name
	mkdir "$work"
	opts=$(case_options "$case_dir")
	conf="{}"
	if test "$opts" = "--owners"; then
		conf='{"owners": true}'
	fi
	run=test_expect_success
	if known_failure "$name"; then
		run=test_expect_failure
	fi
	$run "$name: to.sql pulled, round trip" '
		pg_createdb case$n &&
		pg_load case$n "$case_dir/to.sql" &&
		QUICK=1 DUMP_OF=$case_dir/to.sql pull_roundtrip case$n "$work" "$conf" $opts &&
		pg_dropdb case$n
	'
done

test_done
