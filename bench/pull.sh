#!/bin/sh
# bench/pull.sh - `schemac pull` of a large database, for `make bench`
# (bench/run.sh calls it): the realistic mix of bench/gen --mixed (5,000
# tables by default, with their views, functions, triggers and policies)
# loaded into a throwaway PostgreSQL 15, then `schemac pull` of it into an
# empty project next to `pg_dump --schema-only` of the same database.
# Both read the whole catalog over a unix socket; pull also builds the
# files it writes again and checks that they make the database's catalog,
# and writes the baseline migration. Printed: the median wall-clock time
# (client and server), the client's CPU time and its peak RSS, over the
# runs; target: pull no slower than pg_dump (wall).
#
# Settings, from the environment: BENCH_RUNS (default 5), BENCH_PULL_TABLES
# (default 5000), BENCH_SEED (default 1), SCHEMAC (default ./schemac),
# PG_BINDIR (default /usr/lib/postgresql/15/bin). Without PostgreSQL 15 it
# says so and exits 0.
set -eu

cd "$(dirname "$0")/.."

runs=${BENCH_RUNS:-5}
tables=${BENCH_PULL_TABLES:-5000}
seed=${BENCH_SEED:-1}
schemac=$(cd "$(dirname "${SCHEMAC:-./schemac}")" && pwd)/$(basename "${SCHEMAC:-./schemac}")
bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
out=$PWD/bench/out
measure=$PWD/bench/measure

if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_dump" ]; then
	echo "schemac pull: skipped (no PostgreSQL 15 in $bindir)"
	exit 0
fi

. bench/pg-server.sh

mkdir -p "$out"
schema=$out/gen-$tables-mixed-s$seed.sql
bench/gen --mixed "$tables" "$seed" "$schema"
"$bindir/createdb" bench
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d bench -f "$schema" >/dev/null
url="postgresql:///bench?host=$dir&port=$port"

# Each run pulls into a new, empty folder, as a user does; the runs before
# are moved aside and removed only after the last run: ext4 without a
# journal skips the inodes deleted in the last minute when it creates a file,
# so thousands of files removed just before would make each creation scan
# them all (kernel time that is the bench's, not pull's).
proj=$out/pull-project
rm -rf "$proj" "$proj".old.*
line=$("$measure" -n "$runs" --setup "[ ! -d '$proj' ] || mv '$proj' \"\$(mktemp -u '$proj.old.XXXXXX')\"; mkdir -p '$proj'" -- \
	sh -c "cd '$proj' && exec '$schemac' pull --url '$url'" 2>>"$out/stderr.log")
rm -rf "$proj".old.*
pull_wall=$(field wall_median_s "$line") pull_cpu=$(field cpu_median_s "$line")
pull_rss=$(field max_rss_kib "$line")
line=$("$measure" -n "$runs" -- "$bindir/pg_dump" --schema-only -d bench)
dump_wall=$(field wall_median_s "$line") dump_cpu=$(field cpu_median_s "$line")
dump_rss=$(field max_rss_kib "$line")

echo
echo "schemac pull of a $tables-table database (bench/gen --mixed), vs pg_dump --schema-only of it"
echo "medians over $runs runs; wall = elapsed (client and server); CPU and RSS = the client's; target: pull wall <= pg_dump wall"
fmt='%24s  %10s  %10s  %12s  %12s\n'
printf "$fmt" "" "wall" "CPU" "peak RSS" "wall ratio"
printf "$fmt" "pg_dump --schema-only" "$(calc "sprintf(\"%.2f s\", $dump_wall)")" \
	"$(calc "sprintf(\"%.2f s\", $dump_cpu)")" "$(calc "sprintf(\"%.1f MiB\", $dump_rss / 1024)")" ""
printf "$fmt" "schemac pull" "$(calc "sprintf(\"%.2f s\", $pull_wall)")" \
	"$(calc "sprintf(\"%.2f s\", $pull_cpu)")" "$(calc "sprintf(\"%.1f MiB\", $pull_rss / 1024)")" \
	"$(calc "sprintf(\"%.2f\", $pull_wall / $dump_wall)") $(awk "BEGIN { print ($pull_wall <= $dump_wall) ? \"ok\" : \"OVER\" }")"
