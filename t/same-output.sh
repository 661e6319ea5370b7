#!/bin/bash
#
# t/same-output.sh OLD NEW: do two schemac binaries print the same thing?
# For a refactoring that must change no output (README "Tests"): every case
# in testdata/diff/ and testdata/safe/ diffed both ways, plain and --safe
# (with the case's `options`), stdout, stderr and exit code of each; of
# each such case also `lint --schema` and `docs` (Mermaid with --changed,
# DOT, tbls JSON) of to.sql; every testdata/lint/ case linted; `schemac
# diff /dev/null` of every other SQL file under testdata/ (errors/,
# verdicts/, fuzz/, corpus-mini/) and of every corpus schema when
# ../shared/corpus is there. With SAME_OUTPUT_INSPECT=1 and a PostgreSQL
# reachable through the PG* variables (psql, createdb on PATH), each diff
# case's to.sql is also loaded into a scratch database and `schemac
# inspect` of it compared. Prints the runs that differ, with their diff;
# exit 0 when none does, 1 otherwise; the last line counts the runs.
#
#	make schemac && cp schemac /tmp/schemac.before
#	... the change ...
#	make schemac && t/same-output.sh /tmp/schemac.before ./schemac

set -u
if test $# -ne 2; then
	echo "usage: t/same-output.sh OLD_SCHEMAC NEW_SCHEMAC" >&2
	exit 2
fi
old=$(realpath "$1") new=$(realpath "$2")
top=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
differ=0 runs=0

# run NAME DIR CMD...: CMD run in DIR by each binary (as $SCHEMAC), outputs
# compared.
run () {
	local name=$1 dir=$2
	shift 2
	runs=$((runs + 1))
	for side in old new; do
		local bin=$old
		test $side = new && bin=$new
		(cd "$dir" && SCHEMAC=$bin; "$bin" "$@" >"$work/$side.out" 2>"$work/$side.err"
		 echo "exit $?" >>"$work/$side.err")
	done
	if ! cmp -s "$work/old.out" "$work/new.out" || ! cmp -s "$work/old.err" "$work/new.err"; then
		differ=$((differ + 1))
		echo "== $name: schemac $*"
		diff -u "$work/old.out" "$work/new.out" | head -40
		diff -u "$work/old.err" "$work/new.err" | head -20
	fi
}

for dir in "$top"/testdata/diff/*/ "$top"/testdata/safe/*/; do
	name=${dir%/}
	name=${name#"$top"/testdata/}
	opts=
	test -f "$dir/options" && opts=$(head -n 1 "$dir/options")
	for safe in "" --safe; do
		# shellcheck disable=SC2086
		run "$name$safe" "$dir" diff $safe $opts from.sql to.sql
		# shellcheck disable=SC2086
		run "$name$safe (back)" "$dir" diff $safe $opts to.sql from.sql
	done
done
for dir in "$top"/testdata/diff/*/ "$top"/testdata/safe/*/; do
	name=${dir%/}
	name=${name#"$top"/testdata/}
	run "$name lint --schema" "$dir" lint --schema to.sql
	run "$name docs mermaid" "$dir" docs --format mermaid --changed from.sql to.sql
	run "$name docs dot" "$dir" docs --format dot to.sql
	run "$name docs json" "$dir" docs --format json to.sql
done
for dir in "$top"/testdata/errors/*/; do
	name=${dir%/}
	run "${name#"$top"/testdata/}" "$dir" diff /dev/null input.sql
done
while IFS= read -r f; do
	run "${f#"$top"/testdata/}" "$(dirname "$f")" diff /dev/null "$(basename "$f")"
done < <(find "$top"/testdata/verdicts "$top"/testdata/fuzz "$top"/testdata/corpus-mini \
	-name '*.sql' | LC_ALL=C sort)
for dir in "$top"/testdata/lint/*/; do
	name=${dir%/}
	run "${name#"$top"/testdata/}" "$dir" lint --base base.sql migration.sql
done
corpus=${SCHEMAC_CORPUS:-$top/../shared/corpus}
if test -d "$corpus/structure"; then
	for f in "$corpus"/structure/*/*.sql; do
		run "corpus ${f#"$corpus"/}" "$work" diff /dev/null "$f"
	done
fi

if test "${SAME_OUTPUT_INSPECT:-}" = 1; then
	n=0
	for dir in "$top"/testdata/diff/*/; do
		n=$((n + 1))
		db=same_output_$n
		dropdb --if-exists "$db" 2>/dev/null
		createdb "$db" || exit 2
		if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$dir/to.sql" >/dev/null 2>&1; then
			name=${dir%/}
			run "${name#"$top"/testdata/} inspect" "$work" inspect --url "dbname=$db"
		fi
		dropdb "$db"
	done
fi

echo "$runs runs, $differ differ"
test $differ = 0
