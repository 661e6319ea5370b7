#!/bin/bash
#
# schemac export on a real PostgreSQL 15: a timestamped pg_dump (schema and
# data) into backups/ or --out DIR, which restores into an empty database
# with the same schema and rows; a clear error, nothing written, when
# pg_dump is missing or older than the server.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac export: a pg_dump into backups/'

pg_start

. "$(dirname "$0")/lib-runtime.sh"

mkdir "$TEST_TMP/proj"

test_expect_success 'export writes backups/DB-TIMESTAMP.sql that restores schema and data' '
	pg_createdb app &&
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "CREATE TABLE users (id int PRIMARY KEY, email text); INSERT INTO users VALUES (1, '\''a@b'\''), (2, NULL)" &&
	(cd proj && sc export --url "$(url app)" >../out 2>../err) &&
	cat out err &&
	grep "^database: app on .* (--url)$" out &&
	ls proj/backups >files &&
	test $(wc -l <files) = 1 &&
	grep -E "^app-20[0-9]{6}T[0-9]{6}Z\.sql$" files &&
	grep "^exported to backups/$(cat files)$" out &&
	pg_createdb restored && pg_load restored "proj/backups/$(cat files)" &&
	pg_dump_schema app app.raw && pg_canon app.raw app.dump &&
	pg_dump_schema restored restored.raw && pg_canon restored.raw restored.dump &&
	test_cmp app.dump restored.dump &&
	test "$(psql -X -A -t -d restored -c "SELECT string_agg(id || '\'':'\'' || coalesce(email, '\''-'\''), '\'','\'' ORDER BY id) FROM users")" = "1:a@b,2:-"
'

test_expect_success '--out DIR, and --env from .env.NAME.local' '
	printf "DATABASE_URL=%s\n" "$(url app)" >proj/.env.staging.local &&
	(cd proj && sc export --env staging --out dumps >../out) &&
	grep "^database: app on .* (DATABASE_URL from .env.staging.local)$" out &&
	test $(ls proj/dumps | wc -l) = 1
'

test_expect_success 'pg_dump missing: exit 2, nothing written' '
	(cd proj && PATH=/nonexistent test_expect_code 2 "$SCHEMAC" export --url "$(url app)" --out none 2>../err) &&
	grep "pg_dump not found" err &&
	! test -e proj/none
'

test_expect_success 'pg_dump older than the server: exit 2, nothing written' '
	mkdir oldbin &&
	printf "#!/bin/sh\necho \"pg_dump (PostgreSQL) 13.4\"\n" >oldbin/pg_dump &&
	chmod +x oldbin/pg_dump &&
	(cd proj && PATH="$TEST_TMP/oldbin:$PATH" test_expect_code 2 "$SCHEMAC" export --url "$(url app)" --out old 2>../err) &&
	cat err &&
	grep "pg_dump is PostgreSQL 13, older than the server (PostgreSQL 15): nothing exported" err &&
	! test -e proj/old
'

test_expect_success 'a database that cannot be reached: exit 3, no password, nothing written' '
	(cd proj && test_expect_code 3 "$SCHEMAC" export --url "postgresql://u:sekret@127.0.0.1:1/x" --out gone 2>../err) &&
	! grep sekret err &&
	! test -e proj/gone
'

test_done
