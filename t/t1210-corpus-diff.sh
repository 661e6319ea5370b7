#!/bin/bash
#
# The round-trip oracle on real schemas: the structure.sql histories of the
# corpus (../shared/corpus/structure/<set>/NNN_<commit>.sql, 15 versions per
# set, see its README).  For each set:
#
#   NNN: diff with itself prints nothing       `schemac diff N N`, no database
#   N -> N+1: the migration turns N into N+1   load N into a fresh database,
#                                              apply `schemac diff N N+1`
#                                              (psql -1, stopping at the first
#                                              error); its canonical
#                                              `pg_dump --schema-only` equals
#                                              that of N+1 loaded alone
#   N+1 -> N: the migration turns N+1 into N   the same, back
#
# Most of these fail today (views, functions, triggers, partitions are not
# modelled yet): testdata/corpus-expected-failures lists them, and they run
# as TAP TODO tests (see t/lib-corpus.sh).  t/corpus-triage.sh shows why one
# fails.
#
# Speed: every diff is computed first (milliseconds); only the versions that
# a successful diff needs are loaded, each once, two at a time, into a
# database that serves as the template of every migration applied to it and
# whose canonical dump is kept.  SCHEMAC_CORPUS_LOAD_ALL=1 loads every
# version anyway; CORPUS_JOBS (default 2) loads that many at a time.  One
# set only: its name as the argument.
#
# Skipped, saying so, when the corpus is not beside the checkout
# (SCHEMAC_CORPUS names another place).

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"
. "$(dirname "$0")/lib-corpus.sh"

test_description 'the structure.sql corpus through the round-trip oracle'

corpus_require structure
corpus_load_expected structure/

sets=()
for dir in "$CORPUS"/structure/*/; do
	dir=${dir%/}
	if test ${#TEST_ARGS[@]} -eq 0 || test "${dir##*/}" = "${TEST_ARGS[0]#structure/}"; then
		sets+=("${dir##*/}")
	fi
done
if test ${#sets[@]} -eq 0; then
	bail_out "no such set: $CORPUS/structure/${TEST_ARGS[0]}"
fi

pg_start

CORPUS_JOBS=${CORPUS_JOBS:-2}

# diff_pair WORK A B: `schemac diff A.sql B.sql` into WORK/A-B.sql, its
# stderr into WORK/A-B.err, its exit code into WORK/A-B.rc.
diff_pair () {
	diff_rc_=0
	"$SCHEMAC" diff "${file[$2]}" "${file[$3]}" \
		>"$1/$2-$3.sql" 2>"$1/$2-$3.err" || diff_rc_=$?
	echo $diff_rc_ >"$1/$2-$3.rc"
}

si=0
for set in "${sets[@]}"; do
	si=$((si + 1))
	W=$TEST_TMP/$set
	mkdir "$W"
	declare -A file=()
	vers=()
	for f in "$CORPUS/structure/$set"/[0-9]*.sql; do
		v=${f##*/}
		v=${v%%_*}
		file[$v]=$f
		vers+=("$v")
	done

	# Every diff first, then the versions they need.
	declare -A needed=()
	for ((i = 0; i + 1 < ${#vers[@]}; i++)); do
		a=${vers[i]} b=${vers[i + 1]}
		diff_pair "$W" "$a" "$b"
		diff_pair "$W" "$b" "$a"
		if test "$(cat "$W/$a-$b.rc")" = 0 || test "$(cat "$W/$b-$a.rc")" = 0 ||
		   test "${SCHEMAC_CORPUS_LOAD_ALL:-}" = 1; then
			needed[$a]=1
			needed[$b]=1
		fi
	done
	for v in $(printf '%s\n' "${!needed[@]}" | sort); do
		{
			corpus_load_version "s${si}_$v" "${file[$v]}" "$W/$v.dump" &&
			: >"$W/$v.loaded"
		} >"$W/$v.load.log" 2>&1 &
		while test "$(jobs -pr | wc -l)" -ge "$CORPUS_JOBS"; do
			wait -n
		done
	done
	wait
	for v in "${!needed[@]}"; do
		if ! test -f "$W/$v.loaded"; then
			say_comment_ "$W/$v.load.log"
			bail_out "structure/$set/${file[$v]##*/} does not load into PostgreSQL 15"
		fi
	done

	for ((i = 0; i < ${#vers[@]}; i++)); do
		v=${vers[i]}
		corpus_test "structure/$set $v: diff with itself prints nothing" '
			code=0
			"$SCHEMAC" diff "${file[$v]}" "${file[$v]}" >"$W/$v-$v.sql" 2>"$W/$v-$v.err" || code=$?
			test $code -eq 0 || corpus_schemac_fail "$W/$v-$v.err"
			test_must_be_empty "$W/$v-$v.sql" || corpus_fail "diff with itself prints something"
		'
		test $((i + 1)) -lt ${#vers[@]} || break
		for dir in forward back; do
			if test $dir = forward; then
				a=${vers[i]} b=${vers[i + 1]}
			else
				a=${vers[i + 1]} b=${vers[i]}
			fi
			corpus_test "structure/$set $a -> $b: the migration turns $a into $b" '
				test "$(cat "$W/$a-$b.rc")" -eq 0 || corpus_schemac_fail "$W/$a-$b.err"
				pg_dropdb s${si}_work 2>/dev/null
				corpus_copydb "s${si}_$a" s${si}_work
				corpus_apply s${si}_work "$W/$a-$b.sql"
				pg_dump_canon s${si}_work "$W/$a-$b.dump"
				pg_dropdb s${si}_work 2>/dev/null
				corpus_cmp_dumps "$W/$b.dump" "$W/$a-$b.dump" \
					"$b loaded alone, + $a with the migration"
			'
		done
	done

	for v in "${!needed[@]}"; do
		pg_dropdb "s${si}_$v" >/dev/null 2>&1
	done
	pg_dropdb "s${si}_work" >/dev/null 2>&1
	unset file needed
done

corpus_done
