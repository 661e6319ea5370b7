# bench/pg-server.sh - sourced by bench/migrate.sh and bench/pull.sh: the
# helpers field and calc, and a throwaway PostgreSQL 15 from $bindir on a
# unix socket (fsync, synchronous_commit and full_page_writes off), stopped
# on exit; PGHOST, PGPORT and PGUSER exported for it, $dir its folder,
# $port its port, $as_pg the prefix that runs a command as its owner.

field() {
	printf '%s\n' "$2" | sed -n "s/.*$1=\([0-9.]*\).*/\1/p"
}

calc() {
	awk "BEGIN { printf \"%s\", $1 }"
}

# A throwaway server, as the postgres user when we are root (initdb refuses
# root), stopped on exit whatever happens.
dir=$(mktemp -d /tmp/schemac-bench.XXXXXX)
as_pg=
if [ "$(id -u)" = 0 ]; then
	chmod 755 "$dir"
	chown postgres: "$dir"
	as_pg="runuser -u postgres --"
fi
trap '$as_pg "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1; rm -rf "$dir"' EXIT
$as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
port=$((20000 + $$ % 20000))
$as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir \
	-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
	start >/dev/null
PGHOST=$dir PGPORT=$port PGUSER=postgres
export PGHOST PGPORT PGUSER
unset PGDATABASE DATABASE_URL DIRECT_URL
