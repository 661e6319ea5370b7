#!/bin/bash
#
# schemac seed on a real PostgreSQL 15: seeds/*.sql run in path order, each
# file in one transaction, after a static check against schema/. The check
# is judged by the server: every seed it refuses (exit 2, file:line:col,
# nothing run) fails on PostgreSQL too, and every tricky seed it lets
# through PostgreSQL accepts. A production environment needs --force.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac seed: checked against schema/, then run'

pg_start

. "$(dirname "$0")/lib-runtime.sh"

mkdir -p "$TEST_TMP/proj/schema" "$TEST_TMP/proj/seeds"

test_expect_success 'setup: a schema, loaded into a database' '
	cat >proj/schema/app.sql <<-\SQL &&
	CREATE TABLE users (
	    id integer PRIMARY KEY,
	    email text NOT NULL,
	    age smallint,
	    admin boolean NOT NULL DEFAULT false,
	    token uuid,
	    score numeric(10,2),
	    big bigint,
	    created timestamptz NOT NULL DEFAULT now(),
	    email_lower text GENERATED ALWAYS AS (lower(email)) STORED
	);
	CREATE SCHEMA app;
	CREATE TABLE app.tags (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
	SQL
	pg_createdb app && pg_load app proj/schema/app.sql &&
	pg_createdb scratch && pg_load scratch proj/schema/app.sql
'

# good SQL: schemac seed accepts it and PostgreSQL runs it.
good () {
	printf "%s\n" "$1" >proj/seeds/one.sql &&
	(cd proj && sc seed --url "$(url scratch)" >../out 2>../err) || { cat out err; return 1; }
}

# bad SQL PATTERN: schemac refuses it (exit 2, PATTERN at seeds/one.sql:L:C,
# nothing run), and PostgreSQL fails on it too.
bad () {
	printf "%s\n" "$1" >proj/seeds/one.sql &&
	(cd proj && test_expect_code 2 sc seed --url "$(url scratch)" >../out 2>../err) &&
	cat err &&
	{ grep -E "^seeds/one.sql:[0-9]+:[0-9]+: error: $2" err || { echo "no match: $2"; false; }; } &&
	! grep "^seeding" out &&
	if psql -X -q -v ON_ERROR_STOP=1 -d scratch -c "BEGIN; $1 ROLLBACK;" 2>/dev/null; then
		echo "PostgreSQL accepts: $1"; false
	fi
}

test_expect_success 'literals PostgreSQL accepts pass the check' '
	good "INSERT INTO users (id, email, age, admin, token, score, big) VALUES ('\''42'\'', '\''a@b'\'', '\'' 7 '\'', '\''yes'\'', '\''{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'\'', '\''1e3'\'', 3000000000);" &&
	good "INSERT INTO users (id, email, admin, token) VALUES (-1, '\''c@d'\'', '\''of'\'', '\''A0EEBC999C0B4EF8BB6D6BB9BD380A11'\''), (2, '\''e@f'\'', DEFAULT, NULL);" &&
	good "INSERT INTO app.tags (name) VALUES ('\''x'\''); UPDATE users SET age = '\''-32768'\'', score = 1.5 WHERE id = 2;" &&
	good "INSERT INTO users VALUES (3, '\''g@h'\'', NULL, true, NULL, NULL, NULL, now(), DEFAULT);"
'

test_expect_success 'a table or a column that does not exist' '
	bad "INSERT INTO userz (id) VALUES (1);" "table public.userz does not exist in the schema" &&
	bad "INSERT INTO tags (name) VALUES ('\''x'\'');" "table public.tags does not exist" &&
	bad "INSERT INTO users (id, mail) VALUES (1, '\''x'\'');" "table public.users has no column mail" &&
	bad "UPDATE users SET nickname = '\''x'\'';" "table public.users has no column nickname" &&
	bad "COPY users (id, nope) FROM '\''/nonexistent'\'';" "table public.users has no column nope"
'

test_expect_success 'a string literal into an integer column' '
	bad "INSERT INTO users (id, email) VALUES ('\''abc'\'', '\''a@b'\'');" "'\''abc'\'' does not fit column public.users.id of type integer" &&
	bad "INSERT INTO users (id, email, age) VALUES (1, '\''a@b'\'', '\''40000'\'');" "'\''40000'\'' does not fit column public.users.age of type smallint" &&
	bad "INSERT INTO users (id, email, age) VALUES (1, '\''a@b'\'', 40000);" "40000 is out of range for column public.users.age" &&
	bad "UPDATE users SET big = '\''1.5'\'';" "'\''1.5'\'' does not fit column public.users.big of type bigint"
'

test_expect_success 'NULL into NOT NULL with no default, given or left out' '
	bad "INSERT INTO users (id, email) VALUES (1, NULL);" "NULL into column public.users.email, which is NOT NULL" &&
	bad "INSERT INTO users (id) VALUES (1);" "column public.users.email is NOT NULL and has no default" &&
	bad "UPDATE users SET email = NULL;" "NULL into column public.users.email"
'

test_expect_success 'booleans, uuids, numbers, generated columns' '
	bad "INSERT INTO users (id, email, admin) VALUES (1, '\''a'\'', '\''maybe'\'');" "'\''maybe'\'' is not a boolean" &&
	bad "INSERT INTO users (id, email, admin) VALUES (1, '\''a'\'', 1);" "an integer into column public.users.admin of type boolean" &&
	bad "INSERT INTO users (id, email, token) VALUES (1, '\''a'\'', '\''not-a-uuid'\'');" "'\''not-a-uuid'\'' is not a uuid" &&
	bad "INSERT INTO users (id, email, score) VALUES (1, '\''a'\'', '\''lots'\'');" "'\''lots'\'' is not a number" &&
	bad "INSERT INTO users (id, email, big) VALUES (1, '\''a'\'', true);" "a boolean into column public.users.big" &&
	bad "INSERT INTO users (id, email, email_lower) VALUES (1, '\''a'\'', '\''a'\'');" "column public.users.email_lower is generated"
'

test_expect_success 'the error points at the literal: line and column' '
	printf "INSERT INTO users (id, email)\nVALUES (1, '\''a'\''),\n       ('\''x1'\'', '\''b'\'');\n" >proj/seeds/one.sql &&
	(cd proj && test_expect_code 2 sc seed --url "$(url scratch)" 2>../err) &&
	grep "^seeds/one.sql:3:9: error: '\''x1'\'' does not fit" err
'

test_expect_success 'seeds run in path order, each file in one transaction' '
	rm proj/seeds/* &&
	echo "INSERT INTO users (id, email) VALUES (10, '\''first@x'\'');" >proj/seeds/01_users.sql &&
	echo "INSERT INTO app.tags (name) SELECT email FROM users WHERE id = 10;" >proj/seeds/02_tags.sql &&
	(cd proj && sc seed --url "$(url app)" >../out 2>../err) &&
	cat out &&
	grep "^seeding" out >order &&
	sed -n 1p order | grep "^seeding seeds/01_users.sql (1 statement)$" &&
	sed -n 2p order | grep "^seeding seeds/02_tags.sql (1 statement)$" &&
	grep "^2 seed files run" out &&
	test "$(psql -X -A -t -d app -c "SELECT name FROM app.tags")" = "first@x"
'

test_expect_success 'a seed that fails on the server rolls its whole file back' '
	printf "INSERT INTO users (id, email) VALUES (11, '\''x'\'');\nINSERT INTO users (id, email) VALUES (10, '\''dup'\'');\n" >proj/seeds/03_more.sql &&
	(cd proj && test_expect_code 3 sc seed --url "$(url app)" >../out 2>../err) &&
	cat err &&
	grep "^seeds/01_users.sql:1:1: error: duplicate key value" err &&
	rm proj/seeds/01_users.sql proj/seeds/02_tags.sql &&
	(cd proj && test_expect_code 3 sc seed --url "$(url app)" >../out 2>../err) &&
	grep "^seeds/03_more.sql:2:1: error: duplicate key" err &&
	test "$(psql -X -A -t -d app -c "SELECT count(*) FROM users WHERE id = 11")" = 0
'

test_expect_success 'a production environment needs --force; the folder is configurable' '
	mkdir proj/db_seeds &&
	echo "INSERT INTO users (id, email) VALUES (20, '\''p@x'\'');" >proj/db_seeds/a.sql &&
	printf "{\"seeds\": \"db_seeds\", \"environments\": {\"prod\": {\"url\": \"%s\", \"production\": true}}}\n" "$(url app)" >proj/schemac.json &&
	(cd proj && test_expect_code 1 sc seed --env prod >../out 2>../err) &&
	grep "production environment" err &&
	test "$(psql -X -A -t -d app -c "SELECT count(*) FROM users WHERE id = 20")" = 0 &&
	(cd proj && sc seed --env prod --force >../out) &&
	grep "^seeding db_seeds/a.sql" out &&
	test "$(psql -X -A -t -d app -c "SELECT count(*) FROM users WHERE id = 20")" = 1 &&
	rm proj/schemac.json
'

test_done

