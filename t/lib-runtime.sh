# lib-runtime.sh: what the runtime tests share. Source it after lib-pg.sh
# and pg_start: no database URL nor environment name (ENVIRONMENT, NODE_ENV)
# from the caller's environment, and
#	sc ARGS...      run schemac
#	url DB          the URL of database DB on the test server (unix socket)
#	rows DB [WHERE] the number of rows in DB's tracking table

unset DATABASE_URL DIRECT_URL ENVIRONMENT NODE_ENV

sc () {
	"$SCHEMAC" "$@"
}

url () {
	echo "postgresql:///$1?host=$PGHOST&port=$PGPORT"
}

rows () {
	psql -X -A -t -d "$1" -c "SELECT count(*) FROM schemac_migrations ${2:-}"
}
