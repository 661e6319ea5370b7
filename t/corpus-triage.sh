#!/bin/bash
#
# corpus-triage.sh: why a corpus oracle test (t1210, t1220) fails, for
# working down testdata/corpus-expected-failures.  Not a test; make test does
# not run it.
#
#   t/corpus-triage.sh structure/SET [FROM [TO]]
#       each pair of SET (FROM and TO: versions such as 003; FROM alone: the
#       pairs FROM -> FROM+1 and back; none: every consecutive pair, both
#       ways): schemac's errors, tallied, with the first few in full; when
#       schemac prints a migration, the psql error applying it, or the first
#       lines of the diff of the two canonical dumps
#   t/corpus-triage.sh supabase/SET [K]
#       the catalog check and the prefix pairs K -> K+1 (all without K)
#   t/corpus-triage.sh --errors
#       no database: schemac's errors over the whole corpus, tallied by
#       message, with the number of files that have each
#   t/corpus-triage.sh --regenerate
#       run t1210 and t1220 with no expected failures and rewrite
#       testdata/corpus-expected-failures from what fails, with reasons
#
# SET may be any unique part of a set's name.  Environment: SCHEMAC (the
# binary, default ./schemac), SCHEMAC_CORPUS, LINES_SHOWN (default 40).

top=$(cd "$(dirname "$0")/.." && pwd -P)
mode=pair
case ${1:-} in
''|-h|--help)
	sed -n '3,/^$/s/^# \{0,1\}//p' "$0"
	exit 0 ;;
--errors) mode=errors ;;
--regenerate) mode=regenerate ;;
esac
args=("$@")
shown=${LINES_SHOWN:-40}

if test $mode = regenerate; then
	list=$top/testdata/corpus-expected-failures
	rec=$(mktemp) || exit 1
	trap 'rm -f "$rec"' EXIT
	for t in t1210-corpus-diff t1220-corpus-supabase; do
		echo "running t/$t.sh ..." >&2
		SCHEMAC_CORPUS_EXPECTED=/dev/null SCHEMAC_CORPUS_RECORD=$rec \
			bash "$top/t/$t.sh" >/dev/null 2>&1
	done
	{
		cat <<-'EOF'
		# The corpus oracle tests (t/t1210-corpus-diff.sh, t/t1220-corpus-supabase.sh)
		# that fail today, each with why: its title, ` # `, the reason.  They run as
		# TAP TODO tests (test_expect_failure); one that starts passing is reported
		# ("unexpectedly succeeded", and a NOTE naming it): delete its line.
		# t/corpus-triage.sh shows the details of one; written by
		# `t/corpus-triage.sh --regenerate`.
		EOF
		cat "$rec"
	} >"$list"
	echo "wrote ${list#$top/}: $(wc -l <"$rec") expected failures; by reason:"
	sed -e 's/^.* # //' "$rec" | sed -e 's/; /\n/g' | sort | uniq -c | sort -rn
	exit 0
fi

# From here on, the test library provides the server and the helpers; it
# must not see our arguments.
set --
. "$top/t/test-lib.sh"
. "$top/t/lib-pg.sh"
. "$top/t/lib-corpus.sh"
if ! test -x "$SCHEMAC"; then
	echo "$SCHEMAC is not built (run make)" >&2
	exit 2
fi

# errors_of ERRFILE: schemac's errors tallied, then the first few in full.
errors_of () {
	echo "schemac failed; errors by message:"
	sed -n -e 's/^.*: error: //p' "$1" | sort | uniq -c | sort -rn | sed -e 's/^/  /'
	echo "the first ones:"
	grep -A 2 ': error: ' "$1" | head -n 12 | sed -e 's/^/  /'
}

if test $mode = errors; then
	declare -A tally=()
	for f in "$CORPUS"/structure/*/*.sql "$CORPUS"/supabase/_stub.sql \
		 "$CORPUS"/supabase/*/migrations; do
		"$SCHEMAC" diff /dev/null "$f" 2>&1 >/dev/null |
			sed -n -e 's/^.*: error: //p' | sort -u
	done | sort | uniq -c | sort -rn |
		sed -e '1i\inputs\terror' -e 's/^ *\([0-9]*\) /\1\t/'
	exit 0
fi

# find_set NAME: the set's folder, relative to the corpus.
find_set () {
	local hits=()
	for d in "$CORPUS"/structure/*/ "$CORPUS"/supabase/*/; do
		d=${d%/}
		d=${d#$CORPUS/}
		case $d in *"$1"*) hits+=("$d") ;; esac
	done
	if test ${#hits[@]} -ne 1; then
		echo "no unique set matches '$1': ${hits[*]:-none}" >&2
		exit 2
	fi
	echo "${hits[0]}"
}

set_dir=$(find_set "${args[0]}") || exit 2
pg_start >/dev/null

# triage_apply DB MIGRATION EXPECTED_DUMP: apply and compare, saying how it
# went.
triage_apply () {
	if ! psql -X -q -v ON_ERROR_STOP=1 -1 -d "$1" -f "$2" >"$TEST_TMP/apply.log" 2>&1; then
		echo "the migration fails:"
		grep -m 1 -B 0 -A 3 'ERROR:' "$TEST_TMP/apply.log" | sed -e 's/^/  /'
		line=$(grep -m 1 -o 'psql:[^:]*:[0-9]*: ERROR' "$TEST_TMP/apply.log" |
			sed -e 's/^psql:[^:]*:\([0-9]*\):.*/\1/')
		if test -n "$line"; then
			echo "at line $line of the migration:"
			sed -n "$((line > 3 ? line - 3 : 1)),$((line + 1))p" "$2" | sed -e 's/^/  /'
		fi
		return
	fi
	pg_dump_canon "$1" "$TEST_TMP/migrated.dump"
	corpus_column_sets_ "$3" "$TEST_TMP/expected.cols"
	corpus_column_sets_ "$TEST_TMP/migrated.dump" "$TEST_TMP/migrated.cols"
	if diff -u "$3" "$TEST_TMP/migrated.dump" >"$TEST_TMP/dumps.diff"; then
		echo "ok: the dumps agree"
	elif cmp -s "$TEST_TMP/expected.cols" "$TEST_TMP/migrated.cols"; then
		echo "ok: the dumps agree up to the order of table columns"
	else
		echo "the dumps differ (- expected, + migrated), $(tail -n +3 "$TEST_TMP/dumps.diff" | grep -c '^[-+]') line(s); the first lines:"
		tail -n +3 "$TEST_TMP/dumps.diff" | grep -v '^ ' | head -n "$shown" | sed -e 's/^/  /'
		echo "the migration ($(wc -l <"$2") lines):"
		head -n "$shown" "$2" | sed -e 's/^/  /'
	fi
}

case $set_dir in
structure/*)
	vers=()
	declare -A file=()
	for f in "$CORPUS/$set_dir"/[0-9]*.sql; do
		v=${f##*/}
		v=${v%%_*}
		file[$v]=$f
		vers+=("$v")
	done
	pairs=()
	for ((i = 0; i + 1 < ${#vers[@]}; i++)); do
		a=${vers[i]} b=${vers[i + 1]}
		if test -n "${args[2]:-}"; then
			continue
		elif test -z "${args[1]:-}" || test "${args[1]}" = "$a"; then
			pairs+=("$a $b" "$b $a")
		fi
	done
	if test -n "${args[2]:-}"; then
		pairs=("${args[1]} ${args[2]}")
	fi
	for pair in "${pairs[@]}"; do
		read -r a b <<<"$pair"
		if test -z "${file[$a]:-}" || test -z "${file[$b]:-}"; then
			echo "no version $a or $b in $set_dir" >&2
			exit 2
		fi
		echo "== $set_dir $a -> $b"
		if ! "$SCHEMAC" diff "${file[$a]}" "${file[$b]}" >"$TEST_TMP/m.sql" 2>"$TEST_TMP/m.err"; then
			errors_of "$TEST_TMP/m.err"
			continue
		fi
		corpus_load_version triage_to "${file[$b]}" "$TEST_TMP/to.dump" >/dev/null 2>&1 &&
		corpus_load_version triage_from "${file[$a]}" "$TEST_TMP/from.dump" >/dev/null 2>&1 ||
			{ echo "$a or $b does not load"; exit 3; }
		triage_apply triage_from "$TEST_TMP/m.sql" "$TEST_TMP/to.dump"
	done ;;
supabase/*)
	set_name=${set_dir#supabase/}
	W=$TEST_TMP/w
	mkdir "$W"
	corpus_stub_setup >/dev/null 2>&1 &&
	corpus_supabase_prefixes "$set_name" "$W" triage >"$TEST_TMP/load.log" 2>&1 ||
		{ cat "$TEST_TMP/load.log"; exit 3; }
	n=$corpus_n_
	if test -z "${args[1]:-}"; then
		echo "== $set_dir: the migrations build the catalog of their pg_dump"
		if "$SCHEMAC" diff "$W/full-dump.sql" "$W/p$n" >"$TEST_TMP/full.sql" 2>"$TEST_TMP/full.err"; then
			if test -s "$TEST_TMP/full.sql"; then
				echo "the diff from the dump to the migrations is not empty:"
				head -n "$shown" "$TEST_TMP/full.sql" | sed -e 's/^/  /'
			else
				echo "ok: empty"
			fi
		else
			errors_of "$TEST_TMP/full.err"
		fi
	fi
	for ((k = 0; k < n; k++)); do
		if test -n "${args[1]:-}" && test "${args[1]}" != $k; then
			continue
		fi
		echo "== $set_dir $k -> $((k + 1)) (+ $(ls "$W/p$((k + 1))" | tail -n 1))"
		if ! "$SCHEMAC" diff "$W/p$k" "$W/p$((k + 1))" >"$TEST_TMP/m.sql" 2>"$TEST_TMP/m.err"; then
			errors_of "$TEST_TMP/m.err"
			continue
		fi
		pg_dropdb triage_work 2>/dev/null &&
		corpus_copydb triage_$k triage_work &&
		triage_apply triage_work "$TEST_TMP/m.sql" "$W/p$((k + 1)).dump"
	done ;;
esac
