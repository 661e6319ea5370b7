#!/bin/bash
#
# schemac push on a real PostgreSQL 15: the database made what schema/ says
# without a migration file. After each edit of schema/, the database's
# pg_dump equals that of schema/ loaded alone into an empty database; a drop
# is refused (exit 1, listed, nothing run) without --accept-data-loss;
# --dry-run changes nothing; a production environment refuses push; the
# tracking table is never created.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac push: schema/ applied directly'

pg_start

. "$(dirname "$0")/lib-runtime.sh"

mkdir -p "$TEST_TMP/proj/schema"

# same_as_schema DB N: DB's pg_dump equals schema/'s loaded alone (into
# database aloneN).
same_as_schema () {
	n=$2 &&
	cat proj/schema/*.sql >alone$n.sql &&
	pg_createdb alone$n && pg_load alone$n alone$n.sql &&
	pg_dump_schema alone$n alone$n.raw && pg_canon alone$n.raw alone$n.dump &&
	pg_dump_schema "$1" db$n.raw && pg_canon db$n.raw db$n.dump &&
	test_cmp alone$n.dump db$n.dump
}

test_expect_success 'push into an empty database creates schema/' '
	cat >proj/schema/app.sql <<-\SQL &&
	CREATE TYPE mood AS ENUM ('\''ok'\'', '\''sad'\'');
	CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, m mood);
	CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);
	CREATE VIEW user_emails AS SELECT id, email FROM users;
	CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 42 $$;
	SQL
	pg_createdb dev &&
	(cd proj && sc push --url "$(url dev)" >../out 2>../err) &&
	cat out err &&
	grep "^database: dev on .* (--url)$" out &&
	grep "^CREATE TABLE users" out &&
	grep "^pushed: the database matches schema" out &&
	same_as_schema dev 1
'

test_expect_success 'nothing recorded: no tracking table' '
	test "$(psql -X -A -t -d dev -c "SELECT count(*) FROM pg_class WHERE relname = '\''schemac_migrations'\''")" = 0
'

test_expect_success 'a second push has nothing to do' '
	(cd proj && sc push --url "$(url dev)" >../out) &&
	grep "^nothing to push" out
'

test_expect_success 'an edit of schema/ (a column, an index, a table, an enum value, a view) is pushed' '
	psql -X -q -d dev -c "INSERT INTO users VALUES (1, '\''a@b'\'', '\''ok'\'')" &&
	cat >proj/schema/app.sql <<-\SQL &&
	CREATE TYPE mood AS ENUM ('\''ok'\'', '\''sad'\'', '\''glad'\'');
	CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, m mood, nickname text);
	CREATE INDEX users_email_idx ON users (email);
	CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);
	CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
	CREATE VIEW user_emails AS SELECT id, email, nickname FROM users;
	CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 43 $$;
	SQL
	(cd proj && sc push --url "$(url dev)" >../out 2>../err) &&
	cat out err &&
	grep "ADD COLUMN nickname text" out &&
	grep "CREATE INDEX CONCURRENTLY users_email_idx" out &&
	grep "^-- push part [0-9] of [0-9]" out &&
	same_as_schema dev 2 &&
	test "$(psql -X -A -t -d dev -c "SELECT email FROM users")" = "a@b"
'

test_expect_success 'a drop is refused without --accept-data-loss, nothing run' '
	pg_dump_schema dev before.raw && pg_canon before.raw before.dump &&
	cat >proj/schema/app.sql <<-\SQL &&
	CREATE TYPE mood AS ENUM ('\''ok'\'', '\''sad'\'', '\''glad'\'');
	CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, m mood);
	CREATE INDEX users_email_idx ON users (email);
	CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);
	CREATE TABLE labels (id bigint PRIMARY KEY);
	CREATE VIEW user_emails AS SELECT id, email FROM users;
	CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 43 $$;
	SQL
	(cd proj && test_expect_code 1 sc push --url "$(url dev)" >../out 2>../err) &&
	cat out err &&
	grep "push refused: 2 destructive changes" err &&
	grep "loses: .*nickname" err &&
	grep "loses: .*tags" err &&
	grep "accept-data-loss" err &&
	pg_dump_schema dev after.raw && pg_canon after.raw after.dump &&
	test_cmp before.dump after.dump
'

test_expect_success '--dry-run prints the statements and changes nothing' '
	(cd proj && sc push --dry-run --accept-data-loss --url "$(url dev)" >../out) &&
	grep "DROP COLUMN nickname" out &&
	grep "^dry run: nothing was changed" out &&
	pg_dump_schema dev after.raw && pg_canon after.raw after.dump &&
	test_cmp before.dump after.dump
'

test_expect_success '--accept-data-loss applies the drops' '
	(cd proj && sc push --accept-data-loss --url "$(url dev)" >../out 2>../err) &&
	cat out err &&
	grep "DROP TABLE tags" out &&
	same_as_schema dev 3
'

test_expect_success 'a failing statement rolls its part back, reported at the statement' '
	psql -X -q -d dev -c "INSERT INTO users VALUES (2, '\''a@b'\'', NULL)" &&
	sed -i "s/CREATE INDEX users_email_idx ON users (email);/CREATE UNIQUE INDEX users_email_key ON users (email);/; s/CREATE TABLE labels (id bigint PRIMARY KEY);/CREATE TABLE labels (id bigint PRIMARY KEY, n int);/" proj/schema/app.sql &&
	(cd proj && test_expect_code 3 sc push --accept-data-loss --url "$(url dev)" >../out 2>../err) &&
	cat out err &&
	grep "push part .*could not create unique index" err &&
	psql -X -q -d dev -c "DELETE FROM users WHERE id = 2" &&
	(cd proj && sc push --accept-data-loss --url "$(url dev)" >../out 2>../err) &&
	same_as_schema dev 4
'

test_expect_success 'a column retyped under views that use it: the views are dropped and created again' '
	pg_createdb views &&
	mkdir -p views/schema &&
	cat >views/schema/app.sql <<-\SQL &&
	CREATE TABLE events (id int PRIMARY KEY, at timestamp NOT NULL, kind varchar(20));
	CREATE VIEW recent AS SELECT id, at, kind FROM events WHERE at > now() - interval '\''1 day'\'';
	CREATE VIEW recent_kinds AS SELECT kind, count(*) AS n FROM recent GROUP BY kind;
	SQL
	(cd views && sc push --url "$(url views)" >../out 2>../err) &&
	sed -i "s/at timestamp NOT NULL, kind varchar(20)/at timestamptz NOT NULL, kind text/" views/schema/app.sql &&
	(cd views && sc push --url "$(url views)" >../out 2>../err) &&
	cat out err &&
	grep "^DROP VIEW recent;" out &&
	grep "^CREATE VIEW recent AS" out &&
	cat views/schema/app.sql >views.sql &&
	pg_createdb views_alone && pg_load views_alone views.sql &&
	pg_dump_schema views_alone va.raw && pg_canon va.raw va.dump &&
	pg_dump_schema views vd.raw && pg_canon vd.raw vd.dump &&
	test_cmp va.dump vd.dump
'

test_expect_success 'a production environment refuses push' '
	printf "{\"environments\": {\"prod\": {\"url\": \"%s\", \"production\": true}}}\n" "$(url dev)" >proj/schemac.json &&
	echo "CREATE TABLE extra (id int);" >>proj/schema/app.sql &&
	(cd proj && test_expect_code 1 sc push --env prod >../out 2>../err) &&
	grep "production environment" err &&
	test "$(psql -X -A -t -d dev -c "SELECT count(*) FROM pg_class WHERE relname = '\''extra'\''")" = 0 &&
	rm proj/schemac.json
'

test_expect_success 'bad input: exit 2, nothing run' '
	echo "CREATE TABLE broken (id int" >>proj/schema/app.sql &&
	(cd proj && test_expect_code 2 sc push --url "$(url dev)" 2>../err) &&
	grep "schema/app.sql:[0-9]*:[0-9]*:" err &&
	test "$(psql -X -A -t -d dev -c "SELECT count(*) FROM pg_class WHERE relname = '\''extra'\''")" = 0
'

test_done
