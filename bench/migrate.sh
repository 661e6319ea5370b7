#!/bin/sh
# bench/migrate.sh - the runtime's overhead, for `make bench` (bench/run.sh
# calls it): `schemac migrate` applying 1,000 small migrations to an empty
# database, next to `psql -f` of the same SQL.
#
# What is compared. Each migration is two statements (a CREATE TABLE with a
# primary key and a CREATE INDEX). schemac applies each in its own
# transaction and records it in its tracking table, after reading the folder,
# verifying schemac.sum, connecting, creating the tracking table and reading
# it. The baseline is the work without the bookkeeping: one file holding
# every migration, each wrapped in BEGIN; ... COMMIT; so that psql commits as
# often as schemac does, run with `psql -X -q -v ON_ERROR_STOP=1 -f`. Both
# start from a freshly created database (made before each run, untimed), on a
# throwaway PostgreSQL 15 on a unix socket, with fsync, synchronous_commit and
# full_page_writes off so that the disk does not hide the client's cost. The
# two alternate, run after run, so that a machine busy with something else
# slows both alike. The figures are medians over the runs: the wall-clock
# time (client and server together), and the CPU time spent - the client's
# (rusage) plus the server's (the postmaster and its processes, live and
# reaped, from /proc), which other load on the machine barely moves. The
# overhead is schemac's figure over psql's, less 1. Target: under 10%.
#
# Settings, from the environment: BENCH_RUNS (default 5), BENCH_MIGRATIONS
# (default 1000), SCHEMAC (default ./schemac), PG_BINDIR (default
# /usr/lib/postgresql/15/bin). Without PostgreSQL 15 it says so and exits 0.
set -eu

cd "$(dirname "$0")/.."

runs=${BENCH_RUNS:-5}
count=${BENCH_MIGRATIONS:-1000}
schemac=$(cd "$(dirname "${SCHEMAC:-./schemac}")" && pwd)/$(basename "${SCHEMAC:-./schemac}")
bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
target=10
out=$PWD/bench/out
measure=$PWD/bench/measure

if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/psql" ]; then
	echo "schemac migrate: skipped (no PostgreSQL 15 in $bindir)"
	exit 0
fi

. bench/pg-server.sh

# The project: NNNN_tNNNN.sql, two statements each, recorded with schemac
# hash; and the same SQL, each migration in a transaction, for psql.
proj=$out/migrate-project
rm -rf "$proj" && mkdir -p "$proj/migrations"
awk -v n="$count" -v dir="$proj/migrations" -v all="$proj/all.sql" 'BEGIN {
	for (i = 0; i < n; i++) {
		f = sprintf("%s/%04d_t%04d.sql", dir, i, i)
		sql = sprintf("CREATE TABLE t%04d (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX t%04d_name_idx ON t%04d (name);\n", i, i, i)
		printf "%s", sql > f
		close(f)
		printf "BEGIN;\n%sCOMMIT;\n", sql > all
	}
}'
(cd "$proj" && "$schemac" hash >/dev/null)

url="postgresql:///bench?host=$dir&port=$port"
fresh() {
	"$bindir/psql" -X -q -d postgres -c 'SET client_min_messages = warning' \
		-c 'DROP DATABASE IF EXISTS bench' -c 'CREATE DATABASE bench'
}

# server_cpu: CPU seconds the server has used so far (clock ticks read from
# /proc: the postmaster, the children it reaped, the children alive)
hz=$(getconf CLK_TCK)
server_cpu() {
	pm=$($as_pg head -1 "$dir/data/postmaster.pid")
	{
		awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat"
		for c in $(cat /proc/"$pm"/task/*/children 2>/dev/null); do
			awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null || :
		done
	} | awk -v hz="$hz" '{ t += $1 } END { printf "%.2f", t / hz }'
}

# run NAME COMMAND...: one timed run on a fresh database; appends
# "wall cpu" to $out/NAME.runs
run() {
	name=$1
	shift
	fresh
	before=$(server_cpu)
	line=$("$measure" -n 1 -- "$@")
	sleep 0.2	# the backend's exit, reaped
	after=$(server_cpu)
	echo "$(field wall_median_s "$line") $(calc "$(field cpu_median_s "$line") + $after - $before")" \
		>>"$out/$name.runs"
}

# median FILE COLUMN
median() {
	sort -n -k "$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

rm -f "$out/schemac.runs" "$out/psql.runs"
for _ in $(seq 1 "$runs"); do
	(cd "$proj" && run schemac "$schemac" migrate --quiet --url "$url")
	applied=$("$bindir/psql" -X -A -t -d bench -c "SELECT count(*) FROM schemac_migrations WHERE applied_at IS NOT NULL")
	if [ "$applied" != "$count" ]; then
		echo "schemac migrate: $applied migrations recorded, expected $count" >&2
		exit 1
	fi
	run psql "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d bench -f "$proj/all.sql"
done

sc_wall=$(median "$out/schemac.runs" 1) sc_cpu=$(median "$out/schemac.runs" 2)
psql_wall=$(median "$out/psql.runs" 1) psql_cpu=$(median "$out/psql.runs" 2)
wall_over=$(calc "($sc_wall / $psql_wall - 1) * 100")
cpu_over=$(calc "($sc_cpu / $psql_cpu - 1) * 100")
verdict() {
	awk "BEGIN { print ($1 < $target) ? \"ok\" : \"OVER\" }"
}
echo
echo "schemac migrate: $count migrations (2 statements each) into an empty database, vs psql -f of the same SQL with BEGIN/COMMIT around each migration"
echo "medians over $runs alternating runs; wall = elapsed; CPU = client + server; overhead = schemac/psql - 1; target: under ${target}%"
fmt='%16s  %10s  %13s  %10s  %14s  %14s\n'
printf "$fmt" "" "wall" "per migration" "CPU" "wall overhead" "CPU overhead"
printf "$fmt" "psql -f" "$(calc "sprintf(\"%.3f s\", $psql_wall)")" \
	"$(calc "sprintf(\"%.2f ms\", $psql_wall * 1000 / $count)")" \
	"$(calc "sprintf(\"%.2f s\", $psql_cpu)")" "" ""
printf "$fmt" "schemac migrate" "$(calc "sprintf(\"%.3f s\", $sc_wall)")" \
	"$(calc "sprintf(\"%.2f ms\", $sc_wall * 1000 / $count)")" \
	"$(calc "sprintf(\"%.2f s\", $sc_cpu)")" \
	"$(calc "sprintf(\"%+.1f%%\", $wall_over)") $(verdict "$wall_over")" \
	"$(calc "sprintf(\"%+.1f%%\", $cpu_over)") $(verdict "$cpu_over")"
