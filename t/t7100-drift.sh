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

test_expect_success 'the report names each object, with what each side has and the SQL both ways' '
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "ALTER TABLE users ADD COLUMN nickname text; DROP INDEX users_email_idx; GRANT INSERT ON users TO anon" &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" >../out) &&
	cat out &&
	grep "^column public.users.nickname: the database has it, the history does not$" out &&
	grep "^index public.users_email_idx: the history has it, the database does not$" out &&
	grep "^privileges on public.users: the database and the history differ$" out &&
	sed -n "/^column public.users.nickname:/,/^\$/p" out >section &&
	grep "^    ALTER TABLE users DROP COLUMN nickname;" section &&
	grep "^    ALTER TABLE users ADD COLUMN nickname text;" section &&
	grep "^migrations (tracking table public.schemac_migrations): 1 applied, 0 pending, 0 edited, 0 unknown$" out
'

test_expect_success '--format json: objects, states, SQL both ways, migrations' '
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" --format json >../out.json) &&
	python3 -c "
import json, sys
r = json.load(open(\"out.json\"))
assert r[\"drift\"] is True
objs = {o[\"object\"]: o for o in r[\"objects\"]}
o = objs[\"column public.users.nickname\"]
assert o[\"state\"] == \"only-database\" and not o[\"accepted\"], o
assert \"DROP COLUMN nickname\" in o[\"to_history\"] and \"ADD COLUMN nickname text\" in o[\"to_database\"]
assert objs[\"index public.users_email_idx\"][\"state\"] == \"only-history\"
assert r[\"migrations\"][\"applied\"] == [\"0000_init.sql\"], r[\"migrations\"]
"
'

test_expect_success '--format sarif: one result per object, valid SARIF 2.1.0' '
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" --format sarif >../out.sarif) &&
	python3 -c "
import json
r = json.load(open(\"out.sarif\"))
assert r[\"version\"] == \"2.1.0\"
res = r[\"runs\"][0][\"results\"]
names = sorted(x[\"locations\"][0][\"logicalLocations\"][0][\"fullyQualifiedName\"] for x in res)
assert names == [\"on public.users\", \"public.users.nickname\", \"public.users_email_idx\"], names
assert all(x[\"ruleId\"] == \"schema-drift\" and x[\"level\"] == \"error\" for x in res)
"
'

test_expect_success '--format github: one error annotation per object' '
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" --format github >../out) &&
	cat out &&
	test $(grep -c "^::error file=migrations/snapshot.sql,title=schema drift%3A " out) = 3 &&
	grep "^::error .*title=schema drift%3A column public.users.nickname::.*%0A" out
'

test_expect_success '--accept FILE: accepted drift does not fail, new drift does' '
	cat >proj/accepted.txt <<-\EOF &&
	# hand changes we live with
	column public.users.nickname   # added by support
	index public.users_email_idx
	privileges on public.users
	EOF
	(cd proj && "$SCHEMAC" drift --url "$url" --accept accepted.txt >../out) &&
	grep "^column public.users.nickname (accepted): " out &&
	(cd proj && "$SCHEMAC" drift --url "$url" --accept accepted.txt --format github >../out) &&
	test $(grep -c "^::notice " out) = 3 &&
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "ALTER TABLE users ADD COLUMN age int" &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" --accept accepted.txt >../out) &&
	grep "^column public.users.age: the database has it" out &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" --accept accepted.txt --format sarif >../out.sarif) &&
	python3 -c "
import json
res = json.load(open(\"out.sarif\"))[\"runs\"][0][\"results\"]
sup = [x for x in res if x.get(\"suppressions\")]
assert len(sup) == 3 and len(res) == 4, res
" &&
	(cd proj && test_expect_code 2 "$SCHEMAC" drift --url "$url" --accept nope.txt 2>../err) &&
	grep "accept nope.txt" err &&
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "ALTER TABLE users DROP COLUMN nickname, DROP COLUMN age; CREATE INDEX users_email_idx ON users (email); REVOKE INSERT ON users FROM anon" &&
	(cd proj && "$SCHEMAC" drift --url "$url" --accept accepted.txt >../out) &&
	grep "^no drift" out &&
	grep "^accepted, no longer drifting: column public.users.nickname$" out
'

test_expect_success 'the tracking table: pending, edited and unknown migrations' '
	(cd proj && cat >migrations/0001_more.sql <<-\EOF &&
	CREATE TABLE more (id int);
	EOF
	"$SCHEMAC" hash >/dev/null) &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" >../out) &&
	grep "0 edited, 0 unknown" out && grep "^  pending  0001_more.sql" out &&
	grep "^table public.more: the history has it, the database does not" out &&
	(cd proj && "$SCHEMAC" migrate --quiet --url "$url" && "$SCHEMAC" drift --url "$url" >../out) &&
	grep "^no drift" out && grep ": 2 applied, 0 pending, 0 edited, 0 unknown" out &&
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "UPDATE schemac_migrations SET checksum = md5('\''x'\'') WHERE version = 1; INSERT INTO schemac_migrations (version, name, checksum, applied_at) VALUES (7, '\''0007_gone.sql'\'', md5('\''y'\''), now())" &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" >../out) &&
	cat out &&
	grep "^  edited   0001_more.sql: the file changed after it was applied" out &&
	grep "^  unknown  0007_gone.sql: recorded in the database, no file" out &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "$url" --format github >../out) &&
	grep "^::error file=migrations/0001_more.sql,title=migration edited::" out &&
	grep "^::error file=migrations/0007_gone.sql,title=migration unknown::" out
'

test_expect_success 'a role that reads only the catalog: the schema compared, the tracking table skipped' '
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "CREATE ROLE reader LOGIN" &&
	(cd proj && "$SCHEMAC" drift --url "postgresql:///app?host=$PGHOST&port=$PGPORT&user=reader" >../out 2>../err) &&
	cat out err &&
	grep "^no drift" out &&
	grep "^migrations: the tracking table was not read (cannot read public.schemac_migrations: permission denied" out &&
	grep "warning: the tracking table was not read" err &&
	psql -X -q -v ON_ERROR_STOP=1 -d app -c "ALTER TABLE more ADD COLUMN x int" &&
	(cd proj && test_expect_code 1 "$SCHEMAC" drift --url "postgresql:///app?host=$PGHOST&port=$PGPORT&user=reader" >../out 2>../err) &&
	grep "^column public.more.x: the database has it" out
'

test_expect_success 'a database that cannot be reached: exit 3, no password shown' '
	(cd proj && test_expect_code 3 "$SCHEMAC" drift --url "postgresql://u:sekret@127.0.0.1:1/x" 2>../err) &&
	! grep sekret err
'

test_done
