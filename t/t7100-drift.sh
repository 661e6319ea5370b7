#!/bin/bash
#
# schemac drift: the live database against the schema the migration
# history builds. Clean right after migrate (exit 0); each change made by
# hand on the server (a column, an index, a policy's USING, a function
# body, a grant) is reported (exit 1) with the SQL naming the object.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac drift: hand changes on the server are found'

pg_start

url="postgresql:///app?host=$PGHOST&port=$PGPORT&user=$PGUSER"

test_expect_success 'a project migrated: no drift' '
	mkdir -p proj/schema &&
	cat >proj/schema/app.sql <<-\SQL &&
	CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, owner_id bigint);
	CREATE INDEX users_email_idx ON users (email);
	ALTER TABLE users ENABLE ROW LEVEL SECURITY;
	CREATE POLICY users_own ON users FOR SELECT USING (owner_id = 1);
	CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 42 $$;
	GRANT SELECT ON users TO anon;
	SQL
	(cd proj && "$SCHEMAC" generate --plain init >/dev/null) &&
	pg_createdb app &&
	(cd proj && "$SCHEMAC" migrate --quiet --url "$url") &&
	(cd proj && "$SCHEMAC" drift --url "$url" >../out) &&
	grep "^no drift" out
'

# drift_found SQL PATTERN UNDO: SQL run by hand is drift (exit 1) whose
# report matches PATTERN; UNDO puts the database back, and drift is clean.
drift_found () {
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "$1" &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" >../out) &&
	grep -E "$2" out &&
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "$3" &&
	(cd proj && "$SCHEMAC" drift --url "$url" >../out)
}

test_expect_success 'a column added by hand' '
	drift_found "ALTER TABLE users ADD COLUMN nickname text" \
		"DROP COLUMN nickname" "ALTER TABLE users DROP COLUMN nickname"
'

test_expect_success 'an index dropped by hand' '
	drift_found "DROP INDEX users_email_idx" \
		"CREATE INDEX users_email_idx ON users" "CREATE INDEX users_email_idx ON users (email)"
'

test_expect_success "a policy's USING changed by hand" '
	drift_found "ALTER POLICY users_own ON users USING (owner_id = 2)" \
		"POLICY users_own" "ALTER POLICY users_own ON users USING (owner_id = 1)"
'

test_expect_success 'a function body changed by hand' '
	drift_found "CREATE OR REPLACE FUNCTION answer() RETURNS int LANGUAGE sql AS \$\$ SELECT 43 \$\$" \
		"FUNCTION answer\\(\\)" "CREATE OR REPLACE FUNCTION answer() RETURNS int LANGUAGE sql AS \$\$ SELECT 42 \$\$"
'

test_expect_success 'a grant added by hand' '
	drift_found "GRANT INSERT ON users TO anon" \
		"INSERT ON (TABLE )?users" "REVOKE INSERT ON users FROM anon"
'

test_expect_success 'a database that cannot be reached: exit 3, no password shown' '
	(cd proj && test_expect_code 3 "$SCHEMAC" drift --url "postgresql://u:sekret@127.0.0.1:1/x" 2>../err) &&
	! grep sekret err
'

test_done
