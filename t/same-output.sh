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
# ../shared/corpus is there. Lint (plain, --explain and --format json):
# every testdata/lint/ and testdata/lint-oracle/ case, the project's own
# migrations folder, a generated history of 300 migrations (bench/gen; also
# `check` of it), and of the corpus: each structure file judged from
# nothing, each Supabase folder as a migrations folder and as files named
# on the command line. SAME_OUTPUT_PARTS (default "diff lint") picks the
# parts: "lint" runs the lint part alone. With SAME_OUTPUT_INSPECT=1 and a PostgreSQL
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

parts=${SAME_OUTPUT_PARTS:-diff lint}

# want PART: is PART among the parts to run?
want () {
	case " $parts " in *" $1 "*) return 0 ;; esac
	return 1
}

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

if want diff; then
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
fi
corpus=${SCHEMAC_CORPUS:-$top/../shared/corpus}
if want diff && test -d "$corpus/structure"; then
	for f in "$corpus"/structure/*/*.sql; do
		run "corpus ${f#"$corpus"/}" "$work" diff /dev/null "$f"
	done
fi

# lint_all NAME DIR ARGS...: lint ARGS in DIR, plain, --explain and as JSON.
lint_all () {
	local name=$1 dir=$2
	shift 2
	run "$name" "$dir" lint "$@"
	run "$name --explain" "$dir" lint --explain "$@"
	run "$name json" "$dir" lint --format json "$@"
}

if want lint; then
	if ! want diff; then
		for dir in "$top"/testdata/diff/*/ "$top"/testdata/safe/*/; do
			name=${dir%/}
			run "${name#"$top"/testdata/} lint --schema" "$dir" lint --schema to.sql
		done
	fi
	for dir in "$top"/testdata/lint/*/; do
		name=${dir%/}
		lint_all "${name#"$top"/testdata/}" "$dir" --base base.sql migration.sql
	done
	# the oracle's cases, each written out as t/lint-oracle.py writes it
	python3 - "$top/t/lint-oracle.py" "$work/oracle" "$top"/testdata/lint-oracle/*.cases <<-'PY'
	import importlib.util, os, sys
	import types
	# only the case reader is used: no server, no psycopg2 needed
	for m in ("psycopg2", "psycopg2.extensions"):
	    sys.modules.setdefault(m, types.ModuleType(m))
	spec = importlib.util.spec_from_file_location("oracle", sys.argv[1])
	oracle = importlib.util.module_from_spec(spec)
	spec.loader.exec_module(oracle)
	for path in sys.argv[3:]:
	    for c in oracle.read_cases(path):
	        d = os.path.join(sys.argv[2], c.name)
	        os.makedirs(d)
	        for part in ("base", "migration"):
	            with open(os.path.join(d, part + ".sql"), "w") as f:
	                f.write(getattr(c, part))
	        with open(os.path.join(d, "model"), "w") as f:
	            f.write(c.model + "\n")
	PY
	for dir in "$work"/oracle/*/; do
		name=${dir%/}
		lint_all "lint-oracle/${name#"$work"/oracle/}" "$dir" \
			--base base.sql --transaction "$(cat "$dir/model")" migration.sql
	done
	lint_all "migrations/ of the checkout" "$top" --migrations migrations
	# a history as schemac generate writes none: 300 migrations, two
	# tables each (bench/run.sh's check part, smaller)
	if ${MAKE:-make} -s -C "$top" -f bench/bench.mk bench/gen >/dev/null 2>&1; then
		hist=$work/history
		mkdir -p "$hist/migrations" "$hist/schema"
		"$top/bench/gen" 600 1 "$work/gen-600.sql"
		awk -v dir="$hist/migrations" '
			/^CREATE TYPE/ { types = types $0 "\n"; next }
			/^CREATE TABLE/ { if (++tables % 2 == 1) { if (file) close(file);
				file = sprintf("%s/%04d_tables.sql", dir, n++);
				if (types != "") { printf "%s", types > file; types = "" } } }
			file { print > file }
		' "$work/gen-600.sql"
		cat "$hist"/migrations/*.sql >"$hist/schema/schema.sql"
		(cd "$hist" && "$old" hash >/dev/null)
		lint_all "generated history" "$hist"
		run "generated history check" "$hist" check
		run "generated history, files named" "$hist" lint migrations/0000_tables.sql migrations/0001_tables.sql migrations/0002_tables.sql
	fi
	if test -d "$corpus/structure"; then
		for f in "$corpus"/structure/*/*.sql; do
			run "corpus lint ${f#"$corpus"/}" "$work" lint "$f"
		done
		for dir in "$corpus"/supabase/*/; do
			name=corpus/${dir#"$corpus"/}
			lint_all "$name" "$dir" --base ../_stub.sql --migrations migrations
			lint_all "$name files" "$dir" --base ../_stub.sql migrations
		done
	fi
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
