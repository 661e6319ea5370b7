# lib-corpus.sh: what the corpus oracle scripts (t1210, t1220) and
# t/corpus-triage.sh share.  Source it after test-lib.sh and lib-pg.sh.
#
# The corpus (../shared/corpus, see its README) holds real schemas written by
# others.  schemac does not model all of them yet, so a test that fails today
# for a known reason is listed, with that reason, in
# testdata/corpus-expected-failures:
#
#	structure/zooniverse__panoptes 001 -> 002: the migration turns 001 into 002 # unsupported statement: CREATE TRIGGER
#
# one test title per line, then ` # ` and why; blank lines and lines that
# start with `#` are comments.  corpus_test runs a listed test as
# test_expect_failure (TAP `# TODO`) and any other as test_expect_success.  A
# listed test that passes is reported by prove as "unexpectedly succeeded",
# and corpus_done names it, so the line can be removed.
#
# Environment:
#	SCHEMAC_CORPUS           the corpus folder (default ../shared/corpus)
#	SCHEMAC_CORPUS_EXPECTED  the list (default testdata/corpus-expected-failures)
#	SCHEMAC_CORPUS_RECORD    a file: append `title # reason` for every test
#	                         that fails, listed or not (t/corpus-triage.sh
#	                         --regenerate writes the list this way)
#	SCHEMAC_CORPUS_LOAD_ALL  1: load every version into PostgreSQL even when
#	                         no test needs it (to measure the full cost)
#
# Functions:
#	corpus_require SUBDIR        skip the script without the corpus; bail
#	                             out when $SCHEMAC is not built
#	corpus_load_expected PREFIX  read the list's titles that start with PREFIX
#	corpus_test TITLE BODY       run a test, expected to fail or to pass
#	corpus_fail REASON           in a test body: fail, giving the reason
#	corpus_schemac_fail ERRFILE  in a test body: fail with the distinct
#	                             schemac errors of ERRFILE as the reason
#	corpus_apply DB FILE         run a migration with psql in one transaction
#	corpus_copydb SRC DST        DST as a file copy of SRC (a template), with
#	                             SRC's database-level search_path
#	corpus_cmp_dumps EXPECTED ACTUAL WHAT
#	                             canonical dumps equal, or equal but for the
#	                             order of table columns (noted, see
#	                             corpus_done); else the diff and a reason
#	corpus_done                  notes on the list, then test_done
#
# Setting up databases (t1210, t1220 and corpus-triage.sh):
#	corpus_load_version DB FILE DUMP
#	                             FILE loaded into a new database DB, its
#	                             canonical dump in DUMP
#	corpus_stub_setup            the Supabase stub as schemac reads it:
#	                             $CORPUS_STUB_DUMP and $CORPUS_STUB_PATH
#	corpus_supabase_prefixes SET WORK DB
#	                             for k = 0..n (n migrations in SET): the
#	                             folder WORK/pK schemac reads (the stub and the
#	                             first k migrations), the database DB_K
#	                             loaded with the same, its canonical dump
#	                             WORK/pK.dump; WORK/full-dump.sql, the plain
#	                             pg_dump of prefix n; sets corpus_n_

CORPUS=${SCHEMAC_CORPUS:-$TOP/../shared/corpus}
CORPUS_EXPECTED=${SCHEMAC_CORPUS_EXPECTED:-$TOP/testdata/corpus-expected-failures}
declare -A corpus_xfail_=()
declare -A corpus_seen_=()
corpus_prefix_=
corpus_fixed_=()
corpus_new_failures_=()

corpus_require () {
	if ! test -d "$CORPUS/$1"; then
		skip_all "no corpus at $CORPUS/$1 (set SCHEMAC_CORPUS)"
	fi
	if ! test -x "$SCHEMAC"; then
		bail_out "$SCHEMAC is not built (run make)"
	fi
}

corpus_load_expected () {
	corpus_prefix_=$1
	test -f "$CORPUS_EXPECTED" || return 0
	while IFS= read -r corpus_line_ || test -n "$corpus_line_"; do
		case $corpus_line_ in
		''|'#'*) continue ;;
		esac
		corpus_title_=${corpus_line_%% # *}
		corpus_title_=${corpus_title_%"${corpus_title_##*[![:space:]]}"}
		case $corpus_title_ in
		"$1"*) corpus_xfail_[$corpus_title_]=1 ;;
		esac
	done <"$CORPUS_EXPECTED"
}

corpus_test () {
	corpus_seen_[$1]=1
	rm -f "$TEST_TMP/.reason"
	if test -n "${corpus_xfail_[$1]:-}"; then
		test_expect_failure "$1" "$2"
		if test -n "$test_last_fixed_"; then
			corpus_fixed_+=("$1")
		fi
	else
		corpus_failed_before_=$test_failed_
		test_expect_success "$1" "$2"
		if test "$test_failed_" -ne "$corpus_failed_before_"; then
			corpus_new_failures_+=("$1")
		fi
	fi
	if test -n "${SCHEMAC_CORPUS_RECORD:-}" && test "$test_rc_" -ne 0; then
		corpus_reason_="failed (exit code $test_rc_)"
		if test -s "$TEST_TMP/.reason"; then
			corpus_reason_=$(head -n 1 "$TEST_TMP/.reason")
		fi
		printf '%s # %s\n' "$1" "$corpus_reason_" >>"$SCHEMAC_CORPUS_RECORD"
	fi
}

corpus_fail () {
	printf '%s\n' "$1" >"$TEST_TMP/.reason"
	echo "$1"
	return 1
}

# The reason: schemac's distinct error messages, joined with `; `.
corpus_schemac_fail () {
	cat "$1"
	corpus_reason_=$(sed -n -e 's/^.*: error: //p' "$1" | sort -u |
		paste -s -d ';' | sed -e 's/;/; /g')
	if test -z "$corpus_reason_"; then
		corpus_reason_="schemac failed: $(tail -n 1 "$1")"
	fi
	corpus_fail "$corpus_reason_"
}

corpus_apply () {
	corpus_apply_log_=$TEST_TMP/.apply.log
	if psql -X -q -v ON_ERROR_STOP=1 -1 -d "$1" -f "$2" >"$corpus_apply_log_" 2>&1; then
		return 0
	fi
	cat "$corpus_apply_log_"
	echo "the migration was:"
	cat "$2"
	corpus_fail "the migration fails: $(grep -m 1 -o 'ERROR: .*' "$corpus_apply_log_" |
		sed -e 's/ERROR: */ERROR: /')"
}

corpus_copydb () {
	psql -X -q -v ON_ERROR_STOP=1 -d postgres \
		-c "CREATE DATABASE $(pg_quote_ident_ "$2") TEMPLATE $(pg_quote_ident_ "$1") STRATEGY file_copy" \
		>/dev/null &&
	psql -X -q -v ON_ERROR_STOP=1 -d "$1" \
		-c "ALTER DATABASE $(pg_quote_ident_ "$2") SET search_path FROM CURRENT" >/dev/null
}

# corpus_column_sets_ IN OUT: the canonical dump IN with the column lines
# of each CREATE TABLE sorted (and their commas dropped).
corpus_column_sets_ () {
	perl -ne '
		if (/^CREATE (UNLOGGED )?TABLE .*\($/) { print; $in = 1; @cols = (); next }
		if ($in && /^\)/) { print sort @cols; print; $in = 0; next }
		if ($in) { s/,$//; push @cols, $_; next }
		print;
	' "$1" >"$2"
}

corpus_cmp_dumps () {
	if test_cmp "$1" "$2" >"$TEST_TMP/.dumps.diff"; then
		return 0
	fi
	# Columns an ALTER TABLE adds come last: PostgreSQL has no other
	# place for them, and schemac does not rewrite a table to move them.
	# Dumps that differ only in that order agree, with a note.
	corpus_column_sets_ "$1" "$TEST_TMP/.expected.cols" &&
	corpus_column_sets_ "$2" "$TEST_TMP/.actual.cols" &&
	if cmp -s "$TEST_TMP/.expected.cols" "$TEST_TMP/.actual.cols"; then
		echo "$3" >>"$TEST_TMP/.corpus-column-order"
		return 0
	fi
	echo "the dumps differ (- $3):"
	cat "$TEST_TMP/.dumps.diff"
	corpus_fail "the dumps differ: $(tail -n +3 "$TEST_TMP/.dumps.diff" | grep -c '^[-+]') line(s)"
}

corpus_load_version () {
	pg_dropdb "$1" &&
	pg_createdb "$1" &&
	pg_load "$1" "$2" &&
	pg_dump_canon "$1" "$3"
}

# What schemac reads for the Supabase stub is not _stub.sql itself but its
# pg_dump (the stub loaded alone into a fresh database), then one line that
# sets the search_path the stub gives the database, which every later psql
# session starts with.  _stub.sql creates roles in DO blocks and sets the
# database's search_path with dynamic SQL: cluster and session state that no
# pg_dump --schema-only holds.  Its dump holds the same schemas, tables,
# functions, grants and extensions, as PostgreSQL made them.
corpus_stub_setup () {
	CORPUS_STUB_DUMP=$TEST_TMP/stub-dump.sql
	CORPUS_STUB_PATH=$TEST_TMP/stub-search-path.sql
	pg_createdb corpus_stub &&
	pg_load corpus_stub "$CORPUS/supabase/_stub.sql" &&
	pg_dump_schema corpus_stub "$CORPUS_STUB_DUMP" &&
	pg_dropdb corpus_stub &&
	printf '%s\n' "SELECT pg_catalog.set_config('search_path', '\"\$user\", public, extensions', false);" \
		>"$CORPUS_STUB_PATH"
}

corpus_supabase_prefixes () {
	corpus_migs_=("$CORPUS/supabase/$1/migrations"/*.sql)
	corpus_n_=${#corpus_migs_[@]}
	for ((corpus_k_ = 0; corpus_k_ <= corpus_n_; corpus_k_++)); do
		mkdir "$2/p$corpus_k_" &&
		ln -s "$CORPUS_STUB_DUMP" "$2/p$corpus_k_/00_stub.sql" &&
		ln -s "$CORPUS_STUB_PATH" "$2/p$corpus_k_/01_stub_search_path.sql" || return 1
		for ((corpus_j_ = 0; corpus_j_ < corpus_k_; corpus_j_++)); do
			ln -s "${corpus_migs_[corpus_j_]}" "$2/p$corpus_k_/${corpus_migs_[corpus_j_]##*/}" ||
				return 1
		done
		# Each prefix is a file copy of the one before, with one more
		# migration loaded by its own psql run.
		if test $corpus_k_ -eq 0; then
			pg_dropdb "$3_0" &&
			pg_createdb "$3_0" &&
			pg_load "$3_0" "$CORPUS/supabase/_stub.sql"
		else
			pg_dropdb "$3_$corpus_k_" &&
			corpus_copydb "$3_$((corpus_k_ - 1))" "$3_$corpus_k_" &&
			pg_load "$3_$corpus_k_" "${corpus_migs_[corpus_k_ - 1]}"
		fi &&
		pg_dump_canon "$3_$corpus_k_" "$2/p$corpus_k_.dump" || {
			echo "prefix $corpus_k_ of supabase/$1 does not load"
			return 1
		}
	done
	pg_dump_schema "$3_$corpus_n_" "$2/full-dump.sql"
}

corpus_done () {
	if test -s "$TEST_TMP/.corpus-column-order"; then
		echo "# NOTE: $(wc -l <"$TEST_TMP/.corpus-column-order") migration(s) agree with their target up to column order"
		echo "# (columns added to an existing table come last: PostgreSQL appends them):"
		sed -e 's/^/#   /' "$TEST_TMP/.corpus-column-order"
	fi
	if test ${#corpus_fixed_[@]} -ne 0; then
		echo "# NOTE: ${#corpus_fixed_[@]} test(s) listed in ${CORPUS_EXPECTED#$TOP/} now pass;"
		echo "# remove their lines from the list:"
		printf '#   %s\n' "${corpus_fixed_[@]}"
	fi
	if test ${#corpus_new_failures_[@]} -ne 0; then
		echo "# NOTE: ${#corpus_new_failures_[@]} test(s) fail that ${CORPUS_EXPECTED#$TOP/} does not list"
		echo "# (a regression, or a new known breakage: t/corpus-triage.sh shows why)"
	fi
	# Titles listed for this script but not run: renamed or removed tests.
	# Only meaningful when the whole script ran.
	if test ${#TEST_ARGS[@]} -eq 0; then
		corpus_stale_=()
		for corpus_title_ in "${!corpus_xfail_[@]}"; do
			if test -z "${corpus_seen_[$corpus_title_]:-}"; then
				corpus_stale_+=("$corpus_title_")
			fi
		done
		if test ${#corpus_stale_[@]} -ne 0; then
			echo "# NOTE: ${#corpus_stale_[@]} line(s) of ${CORPUS_EXPECTED#$TOP/} name no test here; remove them:"
			printf '%s\n' "${corpus_stale_[@]}" | sort | sed -e 's/^/#   /'
		fi
	fi
	test_done
}
