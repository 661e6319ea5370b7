#!/bin/bash
#
# The migrations workflow: generate, new, hash and check on a project in a
# scratch folder (schema/ and migrations/), and the down migrations proved on
# a real PostgreSQL: up then down gives back the previous schema's dump.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac generate, new, hash, check'

pg_start

# A project with the example schema, in its own folder; every test starts
# in the scratch folder and goes into it.
mkdir "$TEST_TMP/proj"
cp -R "$TOP/schema" "$TEST_TMP/proj/schema"

sc () {
	"$SCHEMAC" "$@"
}

test_expect_success 'check passes on the example migrations committed in the repository' '
	(cd "$TOP" && "$SCHEMAC" check)
'

test_expect_success 'a fresh project: the first new writes up, down, snapshot and sum, and check passes' '
	mkdir -p fresh/schema && cd fresh &&
	sc new first >out &&
	cat >expect <<-\EOF &&
	wrote migrations/0000_first.sql
	wrote migrations/0000_first.down.sql
	wrote migrations/snapshot.sql
	wrote migrations/schemac.sum
	EOF
	test_cmp expect out &&
	grep "^-- 0000_first.down.sql: undoes 0000_first.sql. Write here the SQL" migrations/0000_first.down.sql &&
	sc check &&
	sc new second >out &&
	cat >expect <<-\EOF &&
	wrote migrations/0001_second.sql
	wrote migrations/0001_second.down.sql
	wrote migrations/schemac.sum
	EOF
	test_cmp expect out &&
	sc check &&
	echo "CREATE TABLE t (id int);" >>migrations/0001_second.sql &&
	echo "DROP TABLE t;" >>migrations/0001_second.down.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "0001_second.sql: edited after it was recorded" err &&
	grep "0001_second.down.sql: edited after it was recorded" err &&
	sc hash >/dev/null &&
	echo "CREATE TABLE t (id int);" >schema/t.sql &&
	sc check &&
	pg_createdb fresh_updown &&
	pg_load fresh_updown migrations/0001_second.sql &&
	pg_load fresh_updown migrations/0001_second.down.sql &&
	test -z "$(psql -X -At -d fresh_updown -c "SELECT 1 FROM pg_class WHERE relname = '"'"'t'"'"'")"
'

test_expect_success 'generate from an empty history writes migration, down, snapshot, sum' '
	cd proj &&
	sc generate init >out 2>err &&
	cat >expect <<-\EOF &&
	wrote migrations/0000_init.sql
	wrote migrations/0000_init.down.sql
	wrote migrations/snapshot.sql
	wrote migrations/schemac.sum
	EOF
	test_cmp expect out &&
	test_path_is_file migrations/0000_init.sql &&
	head -n 1 migrations/schemac.sum | grep "^schemac-sum 1 [0-9a-f]\{32\}$" &&
	test $(wc -l <migrations/schemac.sum) -eq 4 &&
	sc check
'

test_expect_success 'the first migration builds the schema on PostgreSQL' '
	cd proj &&
	pg_createdb w0 && pg_load w0 migrations/0000_init.sql &&
	cat schema/*.sql >schema.sql &&
	pg_createdb s0 && pg_load s0 schema.sql &&
	pg_dump_canon w0 w0.dump && pg_dump_canon s0 s0.dump &&
	test_cmp s0.dump w0.dump
'

test_expect_success 'generate again: No changes, nothing written' '
	cd proj &&
	cp migrations/schemac.sum sum.before &&
	sc generate >out 2>err &&
	test_must_be_empty out &&
	grep "^No changes" err &&
	test_cmp sum.before migrations/schemac.sum
'

test_expect_success 'a schema change without a migration is caught by check' '
	cd proj &&
	echo "ALTER TABLE users ADD COLUMN bio text;" >>schema/02_users.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "has changes that no migration holds" err &&
	grep "^ALTER TABLE users ADD COLUMN bio text;$" err
'

test_expect_success 'the second generation, then check passes' '
	cd proj &&
	sc generate add_bio >out &&
	grep "wrote migrations/0001_add_bio.sql" out &&
	grep "ADD COLUMN bio text" migrations/0001_add_bio.sql &&
	grep "DROP COLUMN bio" migrations/0001_add_bio.down.sql &&
	sc check
'

test_expect_success 'destructive statements are marked and listed on stderr' '
	cd proj &&
	sed -i "/ADD COLUMN bio/d" schema/02_users.sql &&
	sc generate drop_bio >out 2>err &&
	grep "^schemac: destructive: column users.bio and its data$" err &&
	grep -B1 "^ALTER TABLE users DROP COLUMN bio;" migrations/0002_drop_bio.sql |
		grep "^-- schemac: destructive: column users.bio and its data$" &&
	sc check
'

test_expect_success 'a hand-written migration in the middle is part of the history' '
	cd proj &&
	sc new backfill_index >out &&
	grep "wrote migrations/0003_backfill_index.sql" out &&
	grep "wrote migrations/0003_backfill_index.down.sql" out &&
	echo "CREATE INDEX users_display_name_idx ON users (display_name);" >>migrations/0003_backfill_index.sql &&
	echo "DROP INDEX users_display_name_idx;" >>migrations/0003_backfill_index.down.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "0003_backfill_index.sql: edited after it was recorded" err &&
	sc hash &&
	echo "CREATE INDEX users_display_name_idx ON users (display_name);" >>schema/02_users.sql &&
	sc check &&
	sc generate >out 2>err &&
	grep "^No changes" err
'

test_expect_success 'without the DDL in schema/, check shows what generate would undo' '
	cd proj &&
	sed -i "/users_display_name_idx/d" schema/02_users.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "^DROP INDEX users_display_name_idx;$" err &&
	echo "CREATE INDEX users_display_name_idx ON users (display_name);" >>schema/02_users.sql
'

test_expect_success 'an edited migration is named by check' '
	cd proj &&
	cp migrations/0001_add_bio.sql saved &&
	echo "-- a late edit" >>migrations/0001_add_bio.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "^schemac: error: migrations/0001_add_bio.sql: edited after it was recorded" err &&
	test_expect_code 1 sc generate 2>err &&
	cp saved migrations/0001_add_bio.sql &&
	sc check
'

test_expect_success 'a missing migration and an unrecorded one are reported' '
	cd proj &&
	mv migrations/0002_drop_bio.sql saved2 &&
	test_expect_code 1 sc check 2>err &&
	grep "0002_drop_bio.sql: recorded in schemac.sum but missing" err &&
	mv saved2 migrations/0002_drop_bio.sql &&
	sc check
'

test_expect_success 'a duplicated version and a gap are reported' '
	cd proj &&
	cp migrations/0003_backfill_index.sql migrations/0003_other.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "version 0003 is used twice" err &&
	rm migrations/0003_other.sql &&
	echo "-- nothing" >migrations/0005_later.sql &&
	test_expect_code 1 sc check 2>err &&
	grep "version 0005 follows 0003" err &&
	rm migrations/0005_later.sql &&
	sc check
'

test_expect_success 'two branches that each add a migration conflict in the sum file' '
	cd proj &&
	git init -q branches && cp -R migrations schema branches/ &&
	(
		cd branches &&
		git add . && git -c user.name=t -c user.email=t@t commit -qm base &&
		git checkout -qb left &&
		echo "ALTER TABLE users ADD COLUMN left_col text;" >>schema/02_users.sql &&
		"$SCHEMAC" generate left >/dev/null &&
		git add . && git -c user.name=t -c user.email=t@t commit -qm left &&
		git checkout -q - &&
		git checkout -qb right &&
		echo "ALTER TABLE users ADD COLUMN right_col text;" >>schema/02_users.sql &&
		"$SCHEMAC" generate right >/dev/null &&
		git add . && git -c user.name=t -c user.email=t@t commit -qm right &&
		! git -c user.name=t -c user.email=t@t merge -q left >merge.out 2>&1 &&
		git diff --name-only --diff-filter=U >conflicts &&
		grep "^migrations/schemac.sum$" conflicts
	)
'

test_expect_success 'schemac merge renumbers the local migration after the merged one' '
	cd proj/branches &&
	ls migrations | grep "^0004_" >fours &&
	test $(wc -l <fours) -eq 4 &&
	git show right:schema/02_users.sql >schema/02_users.sql &&
	echo "ALTER TABLE users ADD COLUMN left_col text;" >>schema/02_users.sql &&
	"$SCHEMAC" merge >out 2>err &&
	grep "^wrote migrations/0005_right.sql$" out &&
	grep "^wrote migrations/0005_right.down.sql$" out &&
	test_path_is_file migrations/0004_left.sql &&
	! test -e migrations/0004_right.sql &&
	head -n 1 migrations/0005_right.sql | grep "^-- 0005_right.sql:" &&
	! grep "^[<=>]\{7\}" migrations/schemac.sum &&
	"$SCHEMAC" check &&
	"$SCHEMAC" generate >out 2>err &&
	grep "^No changes" err
'

test_expect_success 'schemac merge without a conflict says there is nothing to do' '
	cd proj &&
	test_expect_code 2 sc merge 2>err &&
	grep "has no merge conflict" err
'

test_expect_success 'a rename directive turns drop and add into RENAME, both ways' '
	cd proj &&
	sed -i "s/^    avatar_url  *text,/    -- schemac:renamed-from avatar_url\n    picture_url text,/; s/(avatar_url ~/(picture_url ~/" schema/02_users.sql &&
	grep -n "picture_url" schema/02_users.sql &&
	sc generate rename_avatar >out 2>err &&
	! grep destructive err &&
	grep "^ALTER TABLE users RENAME COLUMN avatar_url TO picture_url;$" migrations/0004_rename_avatar.sql &&
	grep "^ALTER TABLE users RENAME COLUMN picture_url TO avatar_url;$" migrations/0004_rename_avatar.down.sql &&
	sc check &&
	sc generate >out 2>err &&
	grep "^No changes" err
'

test_expect_success 'without the directive, the hint names it' '
	cd proj &&
	cp -R schema schema-norename &&
	sed -i "/renamed-from/d; s/picture_url/photo_url/g" schema-norename/02_users.sql &&
	sc generate --schema schema-norename photo >out 2>err &&
	grep "^schemac: destructive: column users.picture_url and its data$" err &&
	grep "hint: if users.photo_url is picture_url renamed, write .-- schemac:renamed-from picture_url." err &&
	rm migrations/0005_photo.sql migrations/0005_photo.down.sql \
		migrations/0006_photo_concurrently.sql migrations/0006_photo_concurrently.down.sql &&
	sc hash >/dev/null &&
	rm -r schema-norename && sc check
'

test_expect_success 'a failed generate writes nothing' '
	cd proj &&
	ls migrations >before &&
	cp migrations/schemac.sum sum.before &&
	echo "CREATE TABLE broken (id int REFERENCES nowhere (id));" >schema/99_broken.sql &&
	test_expect_code 2 sc generate broken 2>err &&
	grep "relation .nowhere. does not exist" err &&
	ls migrations >after &&
	test_cmp before after &&
	test_cmp sum.before migrations/schemac.sum &&
	rm schema/99_broken.sql
'

test_expect_success 'replaying the snapshot gives the catalog the history builds' '
	cd proj &&
	for f in migrations/0*.sql; do
		case $f in *.down.sql) ;; *) cat "$f" ;; esac
	done >history.sql &&
	sc diff history.sql migrations/snapshot.sql >d1 &&
	test_must_be_empty d1 &&
	sc diff migrations/snapshot.sql schema >d2 &&
	test_must_be_empty d2
'

# Up, then down, on PostgreSQL: each down migration returns the database to
# the schema before its migration. (A hand-written migration has none: schemac
# new writes only the migration.)
test_expect_success 'every down migration returns the database to the previous schema' '
	cd proj &&
	pg_createdb updown &&
	prev= &&
	for f in migrations/0*[0-9]_*.sql; do
		case $f in *.down.sql) continue ;; esac
		if ! test -f "${f%.sql}.down.sql"; then
			pg_load updown "$f" || exit 1
			continue	# written before new wrote down files: none
		fi
		pg_dump_canon updown before.dump &&
		pg_load updown "$f" &&
		pg_load updown "${f%.sql}.down.sql" &&
		pg_dump_canon updown after.dump &&
		test_cmp before.dump after.dump &&
		pg_load updown "$f" || exit 1
	done
'

test_expect_success 'a statement that cannot run in a transaction needs schemac:no-transaction' '
	cd proj &&
	sc new concurrently >/dev/null &&
	f=$(ls migrations/0*_concurrently.sql) &&
	echo "CREATE INDEX CONCURRENTLY users_created_at_idx ON users (created_at);" >>$f &&
	test_expect_code 2 sc hash 2>err &&
	grep "^$f:[0-9]*:1: error: CREATE INDEX CONCURRENTLY cannot run inside a transaction block$" err &&
	sed -i "1i -- schemac:no-transaction" $f &&
	sc hash >/dev/null &&
	echo "CREATE INDEX users_created_at_idx ON users (created_at);" >>schema/02_users.sql &&
	sc check
'

test_expect_success 'schemac.json sets the folders; flags win; unknown keys and bad JSON are errors' '
	mkdir -p cfg && cp -R proj/schema cfg/db-schema && cd cfg &&
	printf "{\"schema\": \"db-schema\", \"migrations\": \"db-migrations\"}\n" >schemac.json &&
	"$SCHEMAC" generate init >out &&
	grep "^wrote db-migrations/0000_init.sql$" out &&
	"$SCHEMAC" check &&
	test_expect_code 2 "$SCHEMAC" check --schema nowhere 2>err &&
	grep "cannot read .nowhere." err &&
	printf "{\"schema\": \"db-schema\", \"migratons\": \"x\"}\n" >schemac.json &&
	test_expect_code 2 "$SCHEMAC" check 2>err &&
	grep "schemac.json: unknown key \"migratons\"" err &&
	printf "{\n  \"schema\": \"db-schema\"\n  \"x\": 1\n}\n" >bad.json &&
	test_expect_code 2 "$SCHEMAC" check --config bad.json 2>err &&
	grep "^bad.json:3:[0-9]*: error: " err
'

test_expect_success 'managed_schemas: objects in other schemas are never created or dropped' '
	mkdir -p managed/schema && cd managed &&
	printf "CREATE TABLE t (id int PRIMARY KEY);\n" >schema/s.sql &&
	"$SCHEMAC" generate init >/dev/null &&
	"$SCHEMAC" new audit >/dev/null &&
	printf "CREATE SCHEMA audit;\nCREATE TABLE audit.log (id int);\n" >>migrations/0001_audit.sql &&
	"$SCHEMAC" hash >/dev/null &&
	test_expect_code 1 "$SCHEMAC" check 2>err &&
	grep "^DROP TABLE audit.log;" err &&
	printf "{\"managed_schemas\": [\"public\"]}\n" >schemac.json &&
	"$SCHEMAC" check &&
	"$SCHEMAC" generate >out 2>err &&
	grep "^No changes" err
'

test_expect_success 'an enum value added and used is split: each part runs in one transaction' '
	mkdir -p enum/schema && cd enum &&
	printf "CREATE TYPE status AS ENUM (%s, %s);\nCREATE TABLE posts (id int PRIMARY KEY, status status NOT NULL DEFAULT %s);\n" \
		"'"'draft'"'" "'"'live'"'" "'"'draft'"'" >schema/s.sql &&
	"$SCHEMAC" generate init >/dev/null &&
	sed -i "s/('"'draft'"', '"'live'"')/('"'draft'"', '"'review'"', '"'live'"')/; s/DEFAULT '"'draft'"'/DEFAULT '"'review'"'/" schema/s.sql &&
	"$SCHEMAC" generate review >out &&
	grep "^wrote migrations/0001_review_enum_values.sql$" out &&
	grep "^wrote migrations/0002_review.sql$" out &&
	grep "ADD VALUE" migrations/0001_review_enum_values.sql &&
	! grep "ADD VALUE" migrations/0002_review.sql &&
	"$SCHEMAC" check &&
	pg_createdb enumsplit &&
	for f in 0000_init 0001_review_enum_values 0002_review; do
		psql -X -q -v ON_ERROR_STOP=1 -1 -d enumsplit -f migrations/$f.sql || exit 1
	done &&
	cat migrations/0001_review_enum_values.sql migrations/0002_review.sql >together.sql &&
	pg_createdb enumtogether &&
	psql -X -q -v ON_ERROR_STOP=1 -d enumtogether -f migrations/0000_init.sql &&
	test_must_fail psql -X -q -v ON_ERROR_STOP=1 -1 -d enumtogether -f together.sql 2>err &&
	grep "unsafe use of new value" err
'

# ---- safe migrations --------------------------------------------------------

test_expect_success 'generate writes safe migrations: the online steps in a no-transaction migration of their own' '
	mkdir -p safe/schema && cd safe &&
	cat >schema/s.sql <<-\EOF &&
	CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
	CREATE TABLE posts (id bigint PRIMARY KEY, account_id bigint, title text);
	EOF
	sc generate init >/dev/null &&
	cp -R migrations ../plain-migrations &&
	cat >schema/s.sql <<-\EOF &&
	CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
	CREATE TABLE posts (
	    id bigint PRIMARY KEY,
	    account_id bigint REFERENCES accounts (id),
	    title text CHECK (title <> '"''"')
	);
	CREATE INDEX posts_account_id_idx ON posts (account_id);
	CREATE TABLE tags (id bigint PRIMARY KEY, post_id bigint REFERENCES posts (id));
	CREATE INDEX tags_post_id_idx ON tags (post_id);
	EOF
	sc generate publish >out &&
	cat >expect <<-\EOF &&
	wrote migrations/0001_publish.sql
	wrote migrations/0001_publish.down.sql
	wrote migrations/0002_publish_concurrently.sql
	wrote migrations/0002_publish_concurrently.down.sql
	wrote migrations/snapshot.sql
	wrote migrations/schemac.sum
	EOF
	test_cmp expect out &&
	cat >expect <<-\EOF &&
	-- 0001_publish.sql: generated by schemac from schema

	SET LOCAL lock_timeout = '"'5s'"';

	CREATE TABLE tags (
	    id bigint NOT NULL,
	    post_id bigint,
	    CONSTRAINT tags_pkey PRIMARY KEY (id),
	    CONSTRAINT tags_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id)
	);

	ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;

	ALTER TABLE posts ADD CONSTRAINT posts_title_check CHECK (title <> '"''"') NOT VALID;

	CREATE INDEX tags_post_id_idx ON tags (post_id);

	ALTER TABLE posts ADD CONSTRAINT posts_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
	EOF
	test_cmp expect migrations/0001_publish.sql &&
	cat >expect <<-\EOF &&
	-- 0002_publish_concurrently.sql: generated by schemac from schema. It runs outside a transaction,
	-- statement by statement, so that indexes build CONCURRENTLY and
	-- constraints are validated without blocking writes; schemac migrate
	-- resumes it at a statement that failed, once fixed.
	-- schemac:no-transaction

	SET lock_timeout = '"'5s'"';

	ALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_not_null;

	ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;

	ALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;

	CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);

	ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

	ALTER TABLE posts VALIDATE CONSTRAINT posts_title_check;

	CREATE INDEX CONCURRENTLY posts_account_id_idx ON posts (account_id);

	ALTER TABLE posts VALIDATE CONSTRAINT posts_account_id_fkey;
	EOF
	test_cmp expect migrations/0002_publish_concurrently.sql &&
	sc check
'

test_expect_success 'the safe migrations lint clean but for the acknowledgement SET NOT NULL needs' '
	cd safe &&
	test_expect_code 1 sc lint 2>err &&
	grep "error\[" err >errors &&
	cat >expect <<-\EOF &&
	migrations/0002_publish_concurrently.sql:11:1: error[set-not-null-breaks]: SET NOT NULL on accounts.email fails INSERTs that leave it out
	EOF
	test_cmp expect errors &&
	! grep "warning\[" err &&
	sed -i "s/^ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;/-- schemac:allow set-not-null-breaks the sign-up form requires an email since 2.0\n&/" \
		migrations/0002_publish_concurrently.sql &&
	sc hash >/dev/null &&
	sc lint 2>err &&
	grep "^schemac: 0 errors, 0 warnings, 1 acknowledged$" err
'

test_expect_success 'schemac migrate applies them, the second statement by statement, and rolls them back' '
	cd safe &&
	pg_createdb safe &&
	u="postgresql:///safe?host=$PGHOST&port=$PGPORT" &&
	sc migrate --url "$u" >out &&
	grep "^applied 0002_publish_concurrently.sql (9 statements, no transaction)" out &&
	psql -X -A -t -d safe -c "SELECT count(*) FROM pg_constraint WHERE NOT convalidated" >invalid &&
	echo 0 >expect && test_cmp expect invalid &&
	psql -X -A -t -d safe -c "SELECT count(*) FROM pg_index WHERE NOT indisvalid" >invalid &&
	test_cmp expect invalid &&
	pg_dump_schema safe safe.sql &&
	sc diff safe.sql schema >d &&
	printf "%s\n" "-- schemac: destructive: table schemac_migrations and all its rows" \
		"DROP TABLE schemac_migrations;" >expect &&
	test_cmp expect d &&
	sc rollback --url "$u" >out &&
	grep "^rolled back 0002_publish_concurrently.sql" out
'

test_expect_success '--plain, or "safe_migrations": false, writes one plain migration' '
	mkdir -p plain && cd plain &&
	cp -R ../safe/schema schema && cp -R ../plain-migrations migrations &&
	sc generate --plain publish >out &&
	grep "^wrote migrations/0001_publish.sql$" out &&
	! grep concurrently out &&
	! grep -e "NOT VALID" -e CONCURRENTLY -e lock_timeout migrations/0001_publish.sql &&
	grep "^CREATE INDEX posts_account_id_idx ON posts (account_id);$" migrations/0001_publish.sql &&
	test_expect_code 1 sc lint 2>err &&
	for r in index-not-concurrent foreign-key-validates check-validates set-not-null-scans unique-without-index; do
		grep "error\[$r\]" err || exit 1
	done &&
	cp migrations/0001_publish.sql plain.sql &&
	rm migrations/0001_publish.sql migrations/0001_publish.down.sql && sc hash >/dev/null &&
	printf "{\"safe_migrations\": false}\n" >schemac.json &&
	sc generate publish >/dev/null &&
	test_cmp plain.sql migrations/0001_publish.sql &&
	rm migrations/0001_publish.sql migrations/0001_publish.down.sql && sc hash >/dev/null &&
	sc generate --safe publish >out &&
	grep "^wrote migrations/0002_publish_concurrently.sql$" out &&
	printf "{\"safe_migrations\": \"no\"}\n" >schemac.json &&
	test_expect_code 2 sc generate 2>err &&
	grep "schemac.json: \"safe_migrations\" must be true or false" err
'

test_expect_success 'owners are set only with "owners": true or --owners, and then checked' '
	mkdir -p owners/schema && cd owners &&
	printf "CREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t OWNER TO anon;\n" >schema/s.sql &&
	"$SCHEMAC" generate init >/dev/null &&
	! grep OWNER migrations/0000_init.sql &&
	"$SCHEMAC" check &&
	test_expect_code 1 "$SCHEMAC" check --owners 2>err &&
	grep "^ALTER TABLE t OWNER TO anon;$" err &&
	printf "{\"owners\": true}\n" >schemac.json &&
	test_expect_code 1 "$SCHEMAC" check &&
	"$SCHEMAC" generate owner >out &&
	grep "^wrote migrations/0001_owner.sql$" out &&
	grep "^ALTER TABLE t OWNER TO anon;$" migrations/0001_owner.sql &&
	grep "^ALTER TABLE t OWNER TO CURRENT_USER;$" migrations/0001_owner.down.sql &&
	grep "^ALTER TABLE t OWNER TO anon;$" migrations/snapshot.sql &&
	"$SCHEMAC" check &&
	pg_createdb owners &&
	for f in 0000_init 0001_owner; do
		psql -X -q -v ON_ERROR_STOP=1 -1 -d owners -f migrations/$f.sql || exit 1
	done &&
	test "$(psql -X -A -t -d owners -c "SELECT tableowner FROM pg_tables WHERE tablename = '"'t'"'")" = anon &&
	printf "{\"owners\": 1}\n" >schemac.json &&
	test_expect_code 2 "$SCHEMAC" check 2>err &&
	grep "schemac.json: \"owners\" must be true or false" err &&
	test_expect_code 2 "$SCHEMAC" hash --owners 2>err &&
	grep "unknown option .--owners." err
'

test_expect_success 'a hand-written rename migration: what uses the renamed object follows it, check passes' '
	mkdir -p follow/schema && cd follow &&
	cat >schema/s.sql <<-\EOF &&
	CREATE TABLE t (id int PRIMARY KEY, n int);
	CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS '"'SELECT x + 1'"';
	CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
	CREATE VIEW v AS SELECT id, f(n) AS fn FROM t;
	CREATE VIEW v_over AS SELECT id FROM v;
	CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
	ALTER TABLE t ENABLE ROW LEVEL SECURITY;
	CREATE POLICY p ON t USING (f(n) > 0);
	EOF
	"$SCHEMAC" generate init >/dev/null &&
	"$SCHEMAC" new renames >/dev/null &&
	cat >>migrations/0001_renames.sql <<-\EOF &&
	ALTER FUNCTION f(int) RENAME TO g;
	ALTER FUNCTION trg() RENAME TO trg2;
	ALTER VIEW v RENAME TO w;
	ALTER TABLE t RENAME TO items;
	ALTER TABLE items RENAME COLUMN n TO qty;
	ALTER TABLE items RENAME CONSTRAINT t_pkey TO items_pkey;
	EOF
	"$SCHEMAC" hash >/dev/null &&
	sed -i -e "s/\bf(/g(/g; s/trg()/trg2()/g; s/VIEW v AS/VIEW w AS/; s/FROM v;/FROM w;/" \
		-e "s/TABLE t /TABLE items /; s/ON t /ON items /g; s/FROM t;/FROM items;/" \
		-e "s/n int)/qty int)/; s/g(n)/g(qty)/g" schema/s.sql &&
	"$SCHEMAC" check &&
	pg_createdb follow &&
	for f in 0000_init 0001_renames; do
		psql -X -q -v ON_ERROR_STOP=1 -1 -d follow -f migrations/$f.sql || exit 1
	done &&
	pg_createdb follow_schema &&
	psql -X -q -v ON_ERROR_STOP=1 -1 -d follow_schema -f schema/s.sql &&
	pg_dump_canon follow migrated.dump &&
	pg_dump_canon follow_schema schema.dump &&
	test_cmp schema.dump migrated.dump
'

test_done
