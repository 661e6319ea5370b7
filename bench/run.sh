#!/bin/sh
# bench/run.sh - what `make bench` runs: the CPU time and peak memory of
# `schemac diff OLD NEW` next to the cost of just parsing OLD and NEW with
# libpg_query.
#
# It builds bench/gen, bench/parse_only and bench/measure (through
# bench/bench.mk), generates a 1,000-table and a 10,000-table schema, and the
# 1,000-table one followed by 1,000 views and 1,000 functions (with a trigger
# on about one table in ten and row level security with policies on about one
# in ten), and a copy of each with 5 % of the tables (and of the views and
# functions) changed into bench/out/, and prints one row per size: the bytes of both files, the median CPU time (user + system) of
# bench/parse_only on both files and its peak RSS (for reference), that of
# `schemac diff OLD NEW`, their ratio, schemac's peak RSS and that RSS divided
# by the input size, with the targets (ratio <= 1.5, memory <= 10x the input)
# marked ok or OVER.
#
# Then `schemac check` and `schemac lint` on a history of 1,000 migrations, and
# (bench/migrate.sh, on a throwaway PostgreSQL 15) `schemac migrate` applying
# 1,000 small migrations next to `psql -f` of the same SQL.
#
# Without ./schemac it says so and prints the parse baseline alone. Figures are
# only printed, never asserted. Run it from anywhere; it works in the root of
# the checkout. Settings, from the environment:
#   BENCH_RUNS   runs per measurement (default 5)
#   BENCH_SIZES  table counts, each with an optional +N for N views and N
#                functions, or m for the realistic mix (bench/gen --mixed: a
#                view per 25 tables, a function per 50, policies on a fifth)
#                (default "1000 10000 1000+1000 1000m 5000m 20000m")
#   BENCH_SEED   generator seed (default 1)
#   SCHEMAC      the schemac binary (default ./schemac)
#   BENCH_PARTS  which parts to run (default "diff check migrate pull")
#   BENCH_MIGRATIONS  migrations for the migrate part (default 1000)
set -eu

cd "$(dirname "$0")/.."

runs=${BENCH_RUNS:-5}
sizes=${BENCH_SIZES:-1000 10000 1000+1000 1000m 5000m 20000m}
parts=${BENCH_PARTS:-diff check migrate pull}
seed=${BENCH_SEED:-1}
schemac=${SCHEMAC:-./schemac}
case $schemac in /*) ;; *) schemac=$PWD/$schemac ;; esac
percent=5
out=bench/out

# Targets, printed next to the figures.
target_ratio=1.5
target_memory=10

${MAKE:-make} -s --no-print-directory -f bench/bench.mk bench-tools
mkdir -p "$out"
: >"$out/stderr.log"	# what the measured commands print there (hints, findings)

# field NAME LINE: the value of NAME=... in a bench/measure output line.
field() {
	printf '%s\n' "$2" | sed -n "s/.*$1=\([0-9.]*\).*/\1/p"
}

# calc EXPRESSION: floating-point arithmetic, printed as awk formats it.
calc() {
	awk "BEGIN { printf \"%s\", $1 }"
}

# verdict VALUE TARGET: ok when VALUE <= TARGET, else OVER.
verdict() {
	awk "BEGIN { print ($1 <= $2) ? \"ok\" : \"OVER\" }"
}

# want PART: is PART among the parts to run?
want() {
	case " $parts " in *" $1 "*) return 0 ;; esac
	return 1
}

have_schemac=yes
if [ ! -x "$schemac" ]; then
	have_schemac=no
	echo "note: $schemac not found (not built yet?): skipping the schemac columns, measuring the parse baseline only"
fi

status=0
if want diff; then
	echo "schemac diff OLD NEW vs. libpg_query parse of OLD and NEW; OLD = bench/gen TABLES $seed, NEW = $percent% of its tables changed"
	echo "TABLES +N v/f: bench/gen --objects N, N views and N functions after the tables, $percent% of them changed too"
	echo "TABLES mixed: bench/gen --mixed, a view per 25 tables, a function per 50, triggers, policies on a fifth of the tables; the ratio must not grow with size"
	echo "CPU = median user+system over $runs runs; RSS = largest peak resident set; targets: schemac/parse <= $target_ratio, RSS <= ${target_memory}x input"
	echo
	fmt='%14s  %12s  %10s  %11s  %11s  %13s  %11s  %13s\n'
	printf "$fmt" tables "input bytes" "parse CPU" "parse RSS" "schemac CPU" "schemac/parse" "schemac RSS" "RSS/input"
	printf "$fmt" "" "" "" "" "" "(<= $target_ratio)" "" "(<= ${target_memory}x)"

	for size in $sizes; do
		# "1000" or "1000+500": 1,000 tables, then 500 views and 500 functions.
		n=${size%%+*} objects= label=$size name=gen-$size
		if [ "${size%m}" != "$size" ]; then
			n=${size%m} objects=--mixed label="$n mixed" name=gen-$n-mixed
		elif [ "$n" != "$size" ]; then
			objects="--objects ${size#*+}"
			label="$n +${size#*+} v/f"
			name=gen-$n-objects-${size#*+}
		fi
		old=$out/$name-s$seed.sql
		new=$out/$name-s$seed-changed.sql
		bench/gen $objects "$n" "$seed" "$old"
		bench/gen $objects --mutate "$percent" "$seed" "$n" "$new"
		bytes=$(( $(wc -c < "$old") + $(wc -c < "$new") ))

		line=$(bench/measure -n "$runs" -- bench/parse_only "$old" "$new")
		parse_cpu=$(field cpu_median_s "$line")
		parse_rss=$(calc "sprintf(\"%.1f MiB\", $(field max_rss_kib "$line") / 1024)")

		schemac_cpu=- ratio=- rss=- per_input=-
		if [ "$have_schemac" = yes ]; then
			if line=$(bench/measure -n "$runs" -- "$schemac" diff "$old" "$new" 2>>"$out/stderr.log"); then
				schemac_cpu=$(field cpu_median_s "$line")
				rss_kib=$(field max_rss_kib "$line")
				r=$(calc "$schemac_cpu / ($parse_cpu > 0 ? $parse_cpu : 1e-6)")
				m=$(calc "$rss_kib * 1024 / $bytes")
				ratio="$(calc "sprintf(\"%.2f\", $r)") $(verdict "$r" "$target_ratio")"
				per_input="$(calc "sprintf(\"%.1fx\", $m)") $(verdict "$m" "$target_memory")"
				rss="$(calc "sprintf(\"%.1f MiB\", $rss_kib / 1024)")"
				schemac_cpu="$(calc "sprintf(\"%.3f s\", $schemac_cpu)")"
			else
				schemac_cpu=failed
				status=1
			fi
		fi
		printf "$fmt" "$label" "$bytes" "$(calc "sprintf(\"%.3f s\", $parse_cpu)")" \
			"$parse_rss" "$schemac_cpu" "$ratio" "$rss" "$per_input"
	done
fi

[ "$have_schemac" = yes ] || exit $status
if want check; then
	# schemac check on a history of 1,000 migrations that build a 2,000-table
	# schema (two tables per migration, with their indexes): sums, replay,
	# snapshot and schema/ compared. Target: under 1 s.
	proj=$out/check-project
	rm -rf "$proj" && mkdir -p "$proj/migrations" "$proj/schema"
	bench/gen 2000 "$seed" "$out/gen-2000.sql"
	awk -v dir="$proj/migrations" '
		/^CREATE TYPE/ { types = types $0 "\n"; next }
		/^CREATE TABLE/ { if (++tables % 2 == 1) { if (file) close(file);
			file = sprintf("%s/%04d_tables.sql", dir, n++);
			if (types != "") { printf "%s", types > file; types = "" } } }
		file { print > file }
	' "$out/gen-2000.sql"
	cat "$proj"/migrations/*.sql > "$proj/schema/schema.sql"
	(cd "$proj" && "$schemac" hash >/dev/null)
	migrations=$(ls "$proj"/migrations/*_tables.sql | wc -l)
	line=$(cd "$proj" && "$OLDPWD/bench/measure" -n "$runs" -- "$schemac" check) || status=1
	check_cpu=$(field cpu_median_s "$line")
	echo
	echo "schemac check: $migrations migrations building 2000 tables: CPU $(calc "sprintf(\"%.3f s\", $check_cpu)") median over $runs runs, peak RSS $(calc "sprintf(\"%.1f MiB\", $(field max_rss_kib "$line") / 1024)") (target: under 1 s) $(verdict "$check_cpu" 1)"

	# schemac lint over the same 1,000 migration files, each judged against the
	# history before it. Target: under 1 s.
	line=$(cd "$proj" && "$OLDPWD/bench/measure" -n "$runs" -- "$schemac" lint 2>>"$OLDPWD/$out/stderr.log") || status=1
	lint_cpu=$(field cpu_median_s "$line")
	line=$(bench/measure -n "$runs" -- bench/parse_only "$proj"/migrations/*_tables.sql) || status=1
	floor=$(field cpu_median_s "$line")
	r=$(calc "$lint_cpu / ($floor > 0 ? $floor : 1e-6)")
	echo "schemac lint: $migrations migration files: CPU $(calc "sprintf(\"%.3f s\", $lint_cpu)") median over $runs runs, parse $(calc "sprintf(\"%.3f s\", $floor)"), ratio $(calc "sprintf(\"%.2f\", $r)") (target: <= $target_ratio) $(verdict "$r" "$target_ratio")"

	# schemac lint of one 5,000-table schema file (every statement judged,
	# from nothing), next to parsing it.
	bench/gen 5000 "$seed" "$out/gen-5000.sql"
	line=$(bench/measure -n "$runs" -- "$schemac" lint "$out/gen-5000.sql" 2>>"$out/stderr.log") || status=1
	lint_cpu=$(field cpu_median_s "$line")
	line=$(bench/measure -n "$runs" -- bench/parse_only "$out/gen-5000.sql") || status=1
	floor=$(field cpu_median_s "$line")
	r=$(calc "$lint_cpu / ($floor > 0 ? $floor : 1e-6)")
	echo "schemac lint: one 5000-table file: CPU $(calc "sprintf(\"%.3f s\", $lint_cpu)"), parse $(calc "sprintf(\"%.3f s\", $floor)"), ratio $(calc "sprintf(\"%.2f\", $r)") (target: <= $target_ratio) $(verdict "$r" "$target_ratio")"
fi

if want migrate; then
	SCHEMAC=$schemac BENCH_RUNS=$runs sh bench/migrate.sh || status=1
fi

if want pull; then
	# bench/pull.sh: schemac pull of a 5,000-table database next to
	# pg_dump --schema-only of it, on a throwaway PostgreSQL 15.
	SCHEMAC=$schemac BENCH_RUNS=$runs sh bench/pull.sh || status=1
fi
exit $status
