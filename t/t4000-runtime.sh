#!/bin/bash
#
# The runtime on a real PostgreSQL 15: schemac migrate and schemac status.
# Fresh apply (the schema then equals schema/ loaded alone), re-run, --to,
# edited and missing migrations, two migrators at once, a no-transaction
# migration failing then resumed after the fix, status in text and JSON,
# the database URL from .env files, and connection failures that never show
# the password.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac migrate and status'

pg_start

. "$(dirname "$0")/lib-runtime.sh"

# A project holding the repository's example migrations.
mkdir "$TEST_TMP/proj"
cp -R "$TOP/schema" "$TOP/migrations" "$TEST_TMP/proj/"

test_expect_success 'no database configured: exit 2 with a hint' '
	cd proj &&
	test_expect_code 2 sc migrate 2>err &&
	grep "no database to connect to" err &&
	grep "hint: pass --url" err
'

test_expect_success 'fresh apply: the schema equals schema/ loaded alone' '
	cd proj &&
	pg_createdb fresh &&
	sc migrate --url "$(url fresh)" >out 2>err &&
	grep "^database: fresh on " out &&
	grep "^applied 0000_init.sql ([0-9]* statements) in [0-9]* ms$" out &&
	grep "^1 migration applied$" out &&
	test_must_be_empty err &&
	test "$(rows fresh "WHERE applied_at IS NOT NULL AND checksum ~ '\''^[0-9a-f]{32}$'\''")" = 1 &&
	pg_dump --schema-only -T schemac_migrations -d fresh -f fresh.raw &&
	pg_canon fresh.raw fresh.dump &&
	cat schema/*.sql >schema.sql &&
	pg_createdb alone && pg_load alone schema.sql &&
	pg_dump_schema alone alone.raw &&
	pg_canon alone.raw alone.dump &&
	test_cmp alone.dump fresh.dump
'

test_expect_success 'the checksum recorded is the one in schemac.sum' '
	cd proj &&
	sum=$(awk "\$1 == \"0000_init.sql\" { print \$2 }" migrations/schemac.sum) &&
	test "$(psql -X -A -t -d fresh -c "SELECT checksum FROM schemac_migrations")" = "$sum"
'

test_expect_success 're-run is a no-op' '
	cd proj &&
	sc migrate --url "$(url fresh)" >out &&
	grep "^nothing to apply" out &&
	! grep "^applied" out &&
	test "$(rows fresh)" = 1
'

test_expect_success 'more migrations: hand-written, recorded with schemac hash' '
	cd proj &&
	cat >migrations/0001_tags.sql <<-\EOF &&
	CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL);
	INSERT INTO tags VALUES (1, '\''one'\'');
	EOF
	cat >migrations/0002_tag_color.sql <<-\EOF &&
	ALTER TABLE tags ADD COLUMN color text;
	EOF
	sc hash
'

test_expect_success 'status: applied and pending, text and JSON; --exit-code' '
	cd proj &&
	sc status --url "$(url fresh)" >out &&
	grep "^applied   0000_init.sql  applied 20[0-9-]*T[0-9:]*Z in [0-9]* ms by postgres$" out &&
	grep "^pending   0001_tags.sql$" out &&
	grep "^pending   0002_tag_color.sql$" out &&
	grep "^1 applied, 2 pending$" out &&
	test_expect_code 1 sc status --exit-code --url "$(url fresh)" >/dev/null &&
	sc status --format json --url "$(url fresh)" >json &&
	python3 -c "
import json, sys
j = json.load(open(\"json\"))
assert j[\"counts\"][\"applied\"] == 1 and j[\"counts\"][\"pending\"] == 2, j[\"counts\"]
m = j[\"migrations\"]
assert [x[\"state\"] for x in m] == [\"applied\", \"pending\", \"pending\"], m
assert m[0][\"applied_by\"] == \"postgres\" and m[0][\"duration_ms\"] >= 0
assert m[1][\"name\"] == \"0001_tags.sql\" and len(m[1][\"checksum\"]) == 32
"
'

test_expect_success 'dry run lists what would run and changes nothing' '
	cd proj &&
	sc migrate --dry-run --url "$(url fresh)" >out &&
	grep "^would apply 0001_tags.sql (2 statements)$" out &&
	grep "^would apply 0002_tag_color.sql (1 statement)$" out &&
	test "$(rows fresh)" = 1
'

test_expect_success 'partial apply with --to, then the rest' '
	cd proj &&
	sc migrate --to 1 --url "$(url fresh)" >out &&
	grep "^applied 0001_tags.sql" out &&
	! grep 0002 out &&
	test "$(rows fresh)" = 2 &&
	sc status --url "$(url fresh)" | grep "^pending   0002_tag_color.sql$" &&
	sc migrate --url "$(url fresh)" >out &&
	grep "^applied 0002_tag_color.sql" out &&
	test "$(rows fresh)" = 3 &&
	sc status --exit-code --url "$(url fresh)"
'

test_expect_success '--to a version that does not exist is bad usage' '
	cd proj &&
	test_expect_code 2 sc migrate --to 9 --url "$(url fresh)" 2>err &&
	grep -- "--to 9: no migration has that version" err
'

test_expect_success 'an edited applied migration stops the run, naming the file' '
	cd proj &&
	cp migrations/0001_tags.sql 0001.keep && cp migrations/schemac.sum sum.keep &&
	echo "-- an afterthought" >>migrations/0001_tags.sql &&
	sc hash &&
	test_expect_code 1 sc migrate --url "$(url fresh)" >out 2>err &&
	grep "migrations/0001_tags.sql: edited after it was applied" err &&
	test_expect_code 1 sc status --url "$(url fresh)" >out &&
	grep "^modified  0001_tags.sql" out &&
	cp 0001.keep migrations/0001_tags.sql && cp sum.keep migrations/schemac.sum &&
	sc status --url "$(url fresh)"
'

test_expect_success 'a folder whose sums do not verify is refused' '
	cd proj &&
	echo "-- unrecorded" >>migrations/0002_tag_color.sql &&
	test_expect_code 1 sc migrate --url "$(url fresh)" 2>err &&
	grep "0002_tag_color.sql: edited after it was recorded" err &&
	grep "nothing applied" err &&
	cp sum.keep migrations/schemac.sum &&
	sed -i "\$d" migrations/0002_tag_color.sql &&
	sc status --url "$(url fresh)" >/dev/null
'

test_expect_success 'a migration recorded in the database but missing from disk is reported' '
	cd proj &&
	psql -X -q -d fresh -c "INSERT INTO schemac_migrations (version, name, checksum, applied_at) VALUES (3, '\''0003_gone.sql'\'', repeat('\''0'\'', 32), now())" &&
	test_expect_code 1 sc migrate --url "$(url fresh)" 2>err &&
	grep "0003_gone.sql: applied to the database (version 3) but missing from the folder" err &&
	test_expect_code 1 sc status --url "$(url fresh)" >out &&
	grep "^missing   0003_gone.sql" out &&
	psql -X -q -d fresh -c "DELETE FROM schemac_migrations WHERE version = 3"
'

test_expect_success 'a failing migration: file:line, message, SQLSTATE; nothing of it applied; exit 3' '
	cd proj &&
	cp -R migrations bad &&
	cat >bad/0003_bad.sql <<-\EOF &&
	CREATE TABLE half (id int);

	INSERT INTO nope VALUES (1);
	EOF
	sc hash --migrations bad &&
	test_expect_code 3 sc migrate --migrations bad --url "$(url fresh)" >out 2>err &&
	grep "^bad/0003_bad.sql:3:13: error: relation \"nope\" does not exist (SQLSTATE 42P01)$" err &&
	grep "^  INSERT INTO nope VALUES (1);$" err &&
	grep "rolled back" err &&
	test "$(psql -X -A -t -d fresh -c "SELECT to_regclass('\''half'\'') IS NULL")" = t &&
	test "$(rows fresh)" = 3
'

test_expect_success 'a no-transaction migration fails at its second statement, then resumes after the fix' '
	cd proj &&
	cat >migrations/0003_concurrently.sql <<-\EOF &&
	-- schemac:no-transaction
	CREATE INDEX CONCURRENTLY tags_name_idx ON tags (name);

	ALTER TABLE tags
	    ADD CONSTRAINT tags_id_check CHECK (id > 1);
	CREATE INDEX CONCURRENTLY tags_name_color_idx ON tags (name, color);
	EOF
	sc hash &&
	test_expect_code 3 sc migrate --url "$(url fresh)" >out 2>err &&
	cat err &&
	grep "^migrations/0003_concurrently.sql:4:1: error: check constraint \"tags_id_check\" of relation \"tags\" is violated by some row (SQLSTATE 23514)$" err &&
	grep "hint: statement 1 of 3 ran; fix this one, run schemac hash, then migrate resumes here" err &&
	test_expect_code 1 sc status --url "$(url fresh)" >out &&
	grep "^failed    0003_concurrently.sql  statement 2 of 3 failed at .*: check constraint \"tags_id_check\" of relation \"tags\" is violated by some row$" out &&
	test_expect_code 1 sc status --format json --url "$(url fresh)" >json &&
	python3 -c "
import json
m = json.load(open(\"json\"))[\"migrations\"][3]
assert m[\"state\"] == \"failed\" and m[\"statements_done\"] == 1 and m[\"statements_total\"] == 3, m
" &&
	sed -i "s/(id > 1)/(id > 0)/" migrations/0003_concurrently.sql &&
	sc hash &&
	sc migrate --url "$(url fresh)" >out &&
	grep "^resuming 0003_concurrently.sql at statement 2 of 3$" out &&
	grep "^applied 0003_concurrently.sql (3 statements, no transaction)" out &&
	sc status --exit-code --url "$(url fresh)" >out &&
	grep "^applied   0003_concurrently.sql" out &&
	test "$(psql -X -A -t -d fresh -c "SELECT count(*) FROM pg_indexes WHERE tablename = '\''tags'\'' AND indexname LIKE '\''tags_%_idx'\''")" = 2
'

test_expect_success 'a resume refuses a file whose applied statements changed' '
	cd proj &&
	pg_createdb notx &&
	mkdir -p nt/migrations && cd nt &&
	printf "CREATE TABLE n (a int, b int);\nINSERT INTO n VALUES (1, 1);\n" >migrations/0000_n.sql &&
	printf "%s\n" "-- schemac:no-transaction" "CREATE INDEX CONCURRENTLY n_a ON n (a);" "ALTER TABLE n ADD CONSTRAINT n_b CHECK (b > 5);" >migrations/0001_ix.sql &&
	sc hash 2>/dev/null &&
	test_expect_code 3 sc migrate --url "$(url notx)" >out 2>err &&
	sed -i "s/ON n (a)/ON n (a, b)/; s/(b > 5)/(b > 0)/" migrations/0001_ix.sql &&
	sc hash 2>/dev/null &&
	test_expect_code 1 sc migrate --url "$(url notx)" >out 2>err &&
	grep "0001_ix.sql: the 1 statement that already ran has changed since" err
'

test_expect_success 'a failed CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index; the resume drops it' '
	cd proj &&
	psql -X -q -d fresh -c "INSERT INTO tags VALUES (2, '\''one'\'')" &&
	cat >migrations/0004_unique_names.sql <<-\EOF &&
	-- schemac:no-transaction
	CREATE UNIQUE INDEX CONCURRENTLY tags_name_key ON tags (name);
	EOF
	sc hash &&
	test_expect_code 3 sc migrate --url "$(url fresh)" >out 2>err &&
	cat out err &&
	grep "^migrations/0004_unique_names.sql:2:1: error: could not create unique index \"tags_name_key\" (SQLSTATE 23505)$" err &&
	grep "^detail: Key (name)=(one) is duplicated.$" err &&
	grep "hint: none of its 1 statements ran; fix this one, run schemac hash, then migrate resumes here" err &&
	test "$(psql -X -A -t -d fresh -c "SELECT indisvalid FROM pg_index WHERE indexrelid = '\''tags_name_key'\''::regclass")" = f &&
	psql -X -q -d fresh -c "DELETE FROM tags WHERE id = 2" &&
	sc migrate --url "$(url fresh)" >out 2>err &&
	cat out err &&
	grep "^resuming 0004_unique_names.sql at statement 1 of 1$" out &&
	grep "^dropped the invalid index public.tags_name_key left by an interrupted run of statement 1 of 0004_unique_names.sql$" out &&
	grep "^applied 0004_unique_names.sql (1 statement, no transaction)" out &&
	test "$(psql -X -A -t -d fresh -c "SELECT indisvalid FROM pg_index WHERE indexrelid = '\''tags_name_key'\''::regclass")" = t &&
	sc status --exit-code --url "$(url fresh)" >/dev/null
'

test_expect_success 'the same with IF NOT EXISTS (which would keep the invalid index), in another schema' '
	cd proj &&
	printf "%s\n" "CREATE SCHEMA other;" "CREATE TABLE other.labels (name text);" >migrations/0005_labels.sql &&
	cat >migrations/0006_labels_key.sql <<-\EOF &&
	-- schemac:no-transaction
	CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS labels_name_key ON other.labels (name);
	EOF
	sc hash &&
	sc migrate --to 5 --url "$(url fresh)" >/dev/null &&
	psql -X -q -d fresh -c "INSERT INTO other.labels VALUES ('\''a'\''), ('\''a'\'')" &&
	test_expect_code 3 sc migrate --url "$(url fresh)" >out 2>err &&
	test "$(psql -X -A -t -d fresh -c "SELECT indisvalid FROM pg_index WHERE indexrelid = '\''other.labels_name_key'\''::regclass")" = f &&
	psql -X -q -d fresh -c "DELETE FROM other.labels WHERE ctid = (SELECT max(ctid) FROM other.labels)" &&
	sc migrate --url "$(url fresh)" >out 2>err &&
	cat out err &&
	grep "^dropped the invalid index other.labels_name_key left by an interrupted run of statement 1 of 0006_labels_key.sql$" out &&
	test "$(psql -X -A -t -d fresh -c "SELECT indisvalid FROM pg_index WHERE indexrelid = '\''other.labels_name_key'\''::regclass")" = t
'

test_expect_success 'a tracking table made by an older schemac: status reads it, migrate adds the new columns' '
	cd proj &&
	pg_createdb old &&
	sc migrate --to 0 --url "$(url old)" >/dev/null &&
	psql -X -q -d old -c "ALTER TABLE schemac_migrations DROP COLUMN undoing, DROP COLUMN owner_pid, DROP COLUMN owner_started" &&
	sc status --url "$(url old)" >out &&
	grep "^applied   0000_init.sql" out &&
	sc migrate --url "$(url old)" >out &&
	grep "^applied 0006_labels_key.sql" out &&
	test "$(psql -X -A -t -d old -c "SELECT count(*) FROM pg_attribute WHERE attrelid = '\''schemac_migrations'\''::regclass AND attname IN ('\''undoing'\'', '\''owner_pid'\'', '\''owner_started'\'')")" = 3 &&
	sc status --exit-code --url "$(url old)" >/dev/null
'

test_expect_success 'two migrators at once: both succeed, each migration applied once' '
	pg_createdb race &&
	mkdir -p race/migrations && cd race &&
	for i in $(seq 0 19); do
		n=$(printf %04d $i) &&
		printf "CREATE TABLE t%d (id int);\nSELECT pg_sleep(0.02);\n" $i >migrations/${n}_t$i.sql || return 1
	done &&
	sc hash 2>/dev/null
	{ sc migrate --url "$(url race)" >out1 2>err1; echo $? >rc1; } &
	{ sc migrate --url "$(url race)" >out2 2>err2; echo $? >rc2; } &
	wait
	cat out1 out2 err1 err2 &&
	test "$(cat rc1)" = 0 && test "$(cat rc2)" = 0 &&
	test "$(rows race)" = 20 &&
	test "$(psql -X -A -t -d race -c "SELECT count(DISTINCT version) FROM schemac_migrations WHERE applied_at IS NOT NULL")" = 20 &&
	test "$(cat out1 out2 | grep -c "^applied ")" = 20
'

test_expect_success 'lock_timeout: the migration is retried with backoff, then applies' '
	cd race &&
	echo "ALTER TABLE t0 ADD COLUMN note text;" >migrations/0020_note.sql &&
	sc hash 2>/dev/null
	psql -X -q -d race -c "BEGIN; LOCK TABLE t0; SELECT pg_sleep(1.5); COMMIT" >/dev/null &
	sleep 0.3
	sc migrate --lock-timeout 200ms --lock-retries 2 --url "$(url race)" >out 2>err
	wait
	cat out err &&
	grep "^schemac: 0020_note.sql: lock_timeout at statement 1; retrying in 1000 ms$" err &&
	grep "^applied 0020_note.sql" out &&
	test "$(rows race)" = 21
'

# PgBouncer in transaction mode, in front of the test server: session state
# does not survive between transactions there, so only the transaction-level
# lock keeps two migrators apart.
pgbouncer_start () {
	PGB_DIR=$PG_DIR/pgb
	pg_as_server_ mkdir -m 700 "$PGB_DIR" || return 1
	PGB_PORT=$(pg_free_port_) || return 1
	pg_as_server_ sh -c "cat >'$PGB_DIR/pgbouncer.ini'" <<-EOF || return 1
	[databases]
	* = host=$PGHOST port=$PGPORT
	[pgbouncer]
	listen_addr =
	unix_socket_dir = $PGB_DIR
	listen_port = $PGB_PORT
	auth_type = trust
	auth_file = $PGB_DIR/users.txt
	pool_mode = transaction
	max_client_conn = 20
	default_pool_size = 4
	logfile = $PGB_DIR/pgbouncer.log
	pidfile = $PGB_DIR/pgbouncer.pid
	EOF
	pg_as_server_ sh -c "echo '\"postgres\" \"\"' >'$PGB_DIR/users.txt'" &&
	pg_as_server_ pgbouncer -d "$PGB_DIR/pgbouncer.ini" >/dev/null 2>&1 || return 1
	test_at_exit "kill \$(cat '$PGB_DIR/pgbouncer.pid')"
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		psql -X -q -h "$PGB_DIR" -p "$PGB_PORT" -d postgres -c "SELECT 1" >/dev/null 2>&1 && return 0
		sleep 0.2
	done
	return 1
}

if command -v pgbouncer >/dev/null 2>&1 && pgbouncer_start; then
	test_expect_success 'two migrators at once through PgBouncer in transaction mode' '
		pg_createdb bounced &&
		mkdir -p bounced/migrations && cp race/migrations/00[01]?_t*.sql bounced/migrations/ &&
		cd bounced && sc hash 2>/dev/null &&
		burl="postgresql:///bounced?host=$PGB_DIR&port=$PGB_PORT"
		{ sc migrate --url "$burl" >out1 2>err1; echo $? >rc1; } &
		{ sc migrate --url "$burl" >out2 2>err2; echo $? >rc2; } &
		wait
		cat out1 out2 err1 err2 &&
		test "$(cat rc1)" = 0 && test "$(cat rc2)" = 0 &&
		test "$(rows bounced)" = 20 &&
		test "$(cat out1 out2 | grep -c "^applied ")" = 20 &&
		sc status --exit-code --url "$burl" >/dev/null
	'

	test_expect_success 'through PgBouncer: a no-transaction migration fails, resumes (invalid index dropped), rolls back' '
		cd bounced &&
		burl="postgresql:///bounced?host=$PGB_DIR&port=$PGB_PORT" &&
		psql -X -q -d bounced -c "INSERT INTO t0 VALUES (1), (1)" &&
		printf "%s\n" "-- schemac:no-transaction" "CREATE TABLE t0_notes (id int);" \
			"CREATE UNIQUE INDEX CONCURRENTLY t0_id_key ON t0 (id);" >migrations/0020_key.sql &&
		printf "%s\n" "-- schemac:no-transaction" "DROP INDEX CONCURRENTLY t0_id_key;" \
			"DROP TABLE t0_notes;" >migrations/0020_key.down.sql &&
		sc hash 2>/dev/null &&
		test_expect_code 3 sc migrate --url "$burl" >out 2>err &&
		cat out err &&
		grep "could not create unique index \"t0_id_key\"" err &&
		test "$(psql -X -A -t -d bounced -c "SELECT statements_done FROM schemac_migrations WHERE version = 20")" = 1 &&
		psql -X -q -d bounced -c "DELETE FROM t0" &&
		sc migrate --url "$burl" >out 2>err &&
		cat out err &&
		grep "^resuming 0020_key.sql at statement 2 of 2$" out &&
		grep "^dropped the invalid index public.t0_id_key left by an interrupted run of statement 2 of 0020_key.sql$" out &&
		grep "^applied 0020_key.sql (2 statements, no transaction)" out &&
		sc status --exit-code --url "$burl" >/dev/null &&
		sc rollback --url "$burl" >out 2>err &&
		cat out err &&
		grep "^rolled back 0020_key.sql with 0020_key.down.sql (2 statements, no transaction)" out &&
		test "$(psql -X -A -t -d bounced -c "SELECT to_regclass('\''t0_id_key'\'') IS NULL AND to_regclass('\''t0_notes'\'') IS NULL")" = t &&
		test "$(rows bounced)" = 20
	'
else
	test_skip 'two migrators at once through PgBouncer in transaction mode' 'pgbouncer did not start'
	test_skip 'through PgBouncer: a no-transaction migration fails, resumes (invalid index dropped), rolls back' 'pgbouncer did not start'
fi

test_expect_success 'the URL from .env, .env.local over .env, the environment over both' '
	cd proj &&
	pg_createdb envdb &&
	echo "DATABASE_URL=\"postgresql://nobody@127.0.0.1:1/nowhere\" # a comment" >.env &&
	test_expect_code 3 sc status 2>err &&
	grep "cannot connect to nowhere on 127.0.0.1:1" err &&
	printf "# local\nexport DATABASE_URL='\''%s'\''\n" "$(url envdb)" >.env.local &&
	sc status >out &&
	grep "^database: envdb on " out &&
	DATABASE_URL="$(url fresh)" sc status >out &&
	grep "^database: fresh on " out &&
	DIRECT_URL="$(url envdb)" DATABASE_URL="$(url fresh)" sc migrate >out &&
	grep "^database: envdb on " out &&
	rm .env .env.local
'

test_expect_success '--env NAME: schemac.json first, then .env.NAME.local, .env.local, .env; undefined: exit 2' '
	cd proj &&
	echo "DATABASE_URL=\"postgresql://nobody@127.0.0.1:1/nowhere\"" >.env.local &&
	printf "DATABASE_URL=%s\n" "$(url envdb)" >.env.staging.local &&
	sc status --env staging >out &&
	grep "^database: envdb on " out &&
	test_expect_code 2 sc status --env production 2>err &&
	grep "environment .production. (--env) is defined nowhere; defined: staging (.env.staging.local)" err &&
	printf "{\"environments\": {\"production\": {\"url\": \"%s\"}}}\n" "$(url fresh)" >schemac.json &&
	sc status --env production >out &&
	grep "^database: fresh on " out &&
	rm .env.local .env.staging.local schemac.json
'

test_expect_success 'an unreachable host: one line, exit 3, no password' '
	cd proj &&
	test_expect_code 3 sc migrate --url "postgresql://bob:s3cretPW@127.0.0.1:1/app" >out 2>err &&
	cat out err &&
	test $(wc -l <err) = 1 &&
	grep "^schemac: error: cannot connect to app on 127.0.0.1:1: .*Connection refused" err &&
	! grep s3cretPW out err
'

test_expect_success 'a wrong password: one line, exit 3, no password' '
	cd proj &&
	psql -X -q -d postgres -c "CREATE ROLE pwuser LOGIN PASSWORD '\''right-one'\''" &&
	{ echo "local all pwuser scram-sha-256"; cat "$PG_DATA/pg_hba.conf"; } >hba &&
	cat hba >"$PG_DATA/pg_hba.conf" &&
	psql -X -q -d postgres -c "SELECT pg_reload_conf()" >/dev/null &&
	test_expect_code 3 sc status --url "postgresql://pwuser:Wr%40ngPass@/fresh?host=$PGHOST&port=$PGPORT" >out 2>err &&
	cat out err &&
	test $(wc -l <err) = 1 &&
	grep "password authentication failed" err &&
	! grep -i "Wr%40ngPass\|Wr@ngPass" out err &&
	test_expect_code 3 sc status --url "host=$PGHOST port=$PGPORT dbname=fresh user=pwuser password=Wr@ngPass" 2>err &&
	! grep "Wr@ngPass" err
'

test_expect_success 'a URL libpq rejects: exit 2, no password' '
	cd proj &&
	test_expect_code 2 sc status --url "postgresql://bob:hunter22@host:notaport/db?bogus=1" 2>err &&
	cat err &&
	! grep hunter22 err
'

test_expect_success 'on a terminal, a progress line while a migration runs, erased before each report' '
	mkdir tty && cp -R "$TOP/schema" "$TOP/migrations" tty/ &&
	cd tty &&
	pg_createdb tty &&
	esc=$(printf "\033") &&
	SCHEMAC_PROGRESS_DELAY_MS=0 TERM=xterm script -q -e -c "$SCHEMAC migrate --url \"$(url tty)\"" /dev/null \
		>tty.out 2>&1 </dev/null &&
	grep "applying migrations 0/1: 0000_init\.sql" tty.out &&
	grep "${esc}\[Kapplied 0000_init\.sql" tty.out &&
	test "$(rows tty "WHERE applied_at IS NOT NULL")" = 1 &&
	sc migrate --url "$(url tty)" >out 2>err &&
	! grep applying out err
'

test_done
