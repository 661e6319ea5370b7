#!/bin/bash
#
# Introspection: a schema loaded into PostgreSQL 15 and read back by
# `schemac inspect` (pg_catalog queries, PostgreSQL's deparsed text, the
# builder) is the same catalog as the schema's files: `schemac diff`
# between the two is empty, both ways. For the example schema/ and every
# golden case's to.sql (CASE=name runs one). Cases known to differ are in
# testdata/pull-expected-failures (case, then the reason), run as TODO.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac inspect: a live database reads back into the same catalog'

golden_cases "$TOP/testdata/diff"

pg_start

# inspect_same SRC DB WORK [OPT...]: the database DB, inspected, diffs empty
# against SRC both ways, with pg_dump_reads_back's two exemptions (lib-pg.sh):
# a comment an extension sets on itself, and the version an extension
# has when the file names none, are what the database says and the file
# leaves open.  The way back, over the same two inputs, is run by the
# release build (SCHEMAC_RELEASE, test-lib.sh).
inspect_same () {
	src=$1 idb=$2 iwork=$3
	shift 3
	"$SCHEMAC" inspect --url "postgresql:///$idb?host=$PGHOST&port=$PGPORT&user=$PGUSER" \
		>"$iwork/db.sql" 2>"$iwork/inspect.err" &&
	"$SCHEMAC" diff "$@" "$src" "$iwork/db.sql" >"$iwork/forward.sql" &&
	"$SCHEMAC_RELEASE" diff "$@" "$iwork/db.sql" "$src" >"$iwork/backward.sql" &&
	{ grep -v "^COMMENT ON EXTENSION" "$iwork/forward.sql" | grep -v "^\$" >"$iwork/forward.rest" || true; } &&
	test_must_be_empty "$iwork/forward.rest" &&
	{ grep -v "^ALTER EXTENSION .* UPDATE TO " "$iwork/backward.sql" | grep -v "^\$" >"$iwork/backward.rest" || true; } &&
	test_must_be_empty "$iwork/backward.rest"
}

known_failure () {
	grep -q "^$1[[:space:]]" "$TOP/testdata/pull-expected-failures" 2>/dev/null
}

if test -z "${CASE:-}"; then
	test_expect_success "schema/: inspected, the same catalog as the files" '
		mkdir example &&
		pg_createdb example &&
		cat "$TOP"/schema/*.sql >example/src.sql &&
		pg_load example example/src.sql &&
		inspect_same "$TOP/schema" example example
	'
fi

# pull on a terminal: one progress line on stderr, rewritten in place
# ("\r", the text, erase to the end of the line) and erased before the
# banner and the list of files; on a pipe, none.
test_expect_success "pull: a progress line on a terminal, none on a pipe" '
	pg_createdb progress &&
	echo "CREATE TABLE t (id int PRIMARY KEY); CREATE VIEW v AS SELECT id FROM t;" >progress.sql &&
	pg_load progress progress.sql &&
	purl="postgresql:///progress?host=$PGHOST&port=$PGPORT&user=$PGUSER" &&
	mkdir tty pipe &&
	(cd tty && SCHEMAC_PROGRESS_DELAY_MS=0 TERM=xterm \
		script -q -e -c "\"$SCHEMAC\" pull --url \"$purl\"" /dev/null >tty.out 2>&1 </dev/null) &&
	esc=$(printf "\033") cr=$(printf "\r") &&
	grep "${cr}pulling 0/2: reading the catalog${esc}\[K${cr}${esc}\[Kdatabase: " tty/tty.out &&
	grep "${cr}pulling 1/2: laying out the files" tty/tty.out &&
	grep "${esc}\[K${cr}${esc}\[Kwrote schema/" tty/tty.out &&
	(cd pipe && SCHEMAC_PROGRESS_DELAY_MS=0 "$SCHEMAC" pull --url "$purl" >out 2>err) &&
	! grep -e pulling -e "$esc" pipe/out pipe/err &&
	grep "^wrote schema/" pipe/out &&
	pg_dropdb progress
'

n=0
for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	n=$((n + 1))
	work=$TEST_TMP/$name
	mkdir "$work"
	opts=$(case_options "$case_dir")
	run=test_expect_success
	if known_failure "$name"; then
		run=test_expect_failure
	fi
	$run "$name: to.sql inspected, the same catalog" '
		pg_createdb case$n &&
		pg_load case$n "$case_dir/to.sql" &&
		inspect_same "$case_dir/to.sql" case$n "$work" $opts &&
		pg_dropdb case$n
	'
done

test_done
