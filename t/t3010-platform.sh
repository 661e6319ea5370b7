#!/bin/bash
#
# Extern declarations: what a schema references but does not create.
# A platform's declarations ("platform": "supabase" in schemac.json, the
# file compiler/platform/supabase.sql built into the binary) and a schema
# folder's own _extern/ are read first, by every catalog the project builds
# (schema/, the history, the snapshot), and never emitted; what the user
# writes on them (a trigger on auth.users, a policy on storage.objects)
# stays theirs: generated, diffed, checked and dropped like any object.
# Proved on PostgreSQL 15: the declarations load as they are, and the
# migrations applied on a database that starts from them give the dump of
# that database with schema/ loaded.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'extern declarations: platforms and schema/_extern'

pg_start

STUB=$TOP/compiler/platform/supabase.sql

sc () {
	"$SCHEMAC" "$@"
}

# migrated DB: a database from the declarations with every migration in
# migrations/ loaded in order; schema_db DB: the declarations and schema/.
migrated () {
	pg_createdb "$1" && pg_load "$1" "$STUB" &&
	for f in migrations/[0-9]*.sql; do
		case $f in *.down.sql) continue ;; esac
		pg_load "$1" "$f" || return 1
	done
}
schema_db () {
	pg_createdb "$1" && pg_load "$1" "$STUB" &&
	cat schema/*.sql >schema.sql && pg_load "$1" schema.sql
}

test_expect_success 'the Supabase declarations are SQL PostgreSQL 15 runs, and schemac reads their pg_dump back' '
	pg_createdb stub && pg_load stub "$STUB" &&
	pg_dump_schema stub stub.dump &&
	mkdir rb && pg_dump_reads_back "$STUB" stub.dump rb
'

mkdir -p "$TEST_TMP/sb/schema"
echo '{ "platform": "supabase" }' >"$TEST_TMP/sb/schemac.json"
cat >"$TEST_TMP/sb/schema/01_profiles.sql" <<\SQL
CREATE TABLE public.profiles (
    id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
    name text
);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_profile ON public.profiles FOR SELECT USING (auth.uid() = id);

CREATE FUNCTION public.handle_new_user() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
    AS $$
BEGIN
  INSERT INTO public.profiles (id) VALUES (new.id);
  RETURN new;
END
$$;
CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users
    FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();

CREATE POLICY avatars ON storage.objects FOR SELECT
    USING (bucket_id = 'avatars' AND auth.uid()::text = (storage.foldername(name))[1]);
SQL

test_expect_success 'platform supabase: generate writes the user'"'"'s objects, none of the platform'"'"'s' '
	cd sb &&
	sc generate init &&
	grep "^CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users" migrations/0000_init.sql &&
	grep "^CREATE POLICY avatars ON storage.objects" migrations/0000_init.sql &&
	! grep -i "auth\.uid() RETURNS\|CREATE SCHEMA\|CREATE TABLE auth\|CREATE TABLE storage\|CREATE EXTENSION" \
		migrations/0000_init.sql migrations/snapshot.sql &&
	sc check &&
	sc generate >out 2>err && grep "^No changes" err
'

test_expect_success 'platform supabase: lint judges the migrations against the declarations (auth.users is known, and holds rows)' '
	cd sb &&
	sc lint 2>err &&
	! grep "not in the catalog" err &&
	grep "trigger-on-existing-table.*on_auth_user_created" err
'

test_expect_success 'platform supabase: the migration on a Supabase-like database gives the schema (oracle)' '
	cd sb &&
	migrated sb_m && schema_db sb_s &&
	pg_dump_canon sb_m m.dump && pg_dump_canon sb_s s.dump &&
	test_cmp s.dump m.dump
'

test_expect_success 'platform supabase: a trigger on auth.users removed from schema/ is dropped' '
	cd sb &&
	sed -i "/^CREATE TRIGGER/,/handle_new_user();/d" schema/01_profiles.sql &&
	! grep TRIGGER schema/01_profiles.sql &&
	sc generate drop_trigger &&
	grep "^DROP TRIGGER on_auth_user_created ON auth.users;" migrations/0001_drop_trigger.sql &&
	! grep -i "DROP TABLE\|DROP SCHEMA\|DROP FUNCTION auth" migrations/0001_drop_trigger.sql &&
	sc check &&
	migrated sb_m2 && schema_db sb_s2 &&
	pg_dump_canon sb_m2 m2.dump && pg_dump_canon sb_s2 s2.dump &&
	test_cmp s2.dump m2.dump
'

test_expect_success 'platform supabase: check reads the snapshot after the declarations (sum edited)' '
	cd sb &&
	cp migrations/schemac.sum sum.keep &&
	sed -i "1s/ [0-9a-f]*$/ 00000000000000000000000000000000/" migrations/schemac.sum &&
	test_expect_code 1 sc check 2>err &&
	! grep "does not exist" err &&
	cp sum.keep migrations/schemac.sum && sc check
'

test_expect_success 'an unknown platform is bad input, naming the ones there are' '
	mkdir badplat && cd badplat &&
	echo "{ \"platform\": \"supabse\" }" >schemac.json &&
	test_expect_code 2 sc check 2>err &&
	grep "unknown platform \"supabse\" (known: supabase)" err
'

# The same kind of application with its own declarations in schema/_extern/.
mkdir -p "$TEST_TMP/ext/schema/_extern"
cat >"$TEST_TMP/ext/schema/_extern/auth.sql" <<\SQL
CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
SQL
cat >"$TEST_TMP/ext/schema/01_app.sql" <<\SQL
CREATE TABLE public.notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner uuid NOT NULL REFERENCES auth.users (id),
    body text
);
CREATE POLICY mine ON public.notes USING (owner = auth.uid());
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN new; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON auth.users FOR EACH ROW EXECUTE FUNCTION public.touch();
SQL

test_expect_success 'schema/_extern: read first, never emitted; diff of the folder prints the app alone' '
	cd ext &&
	sc diff /dev/null schema >out &&
	grep "^CREATE TABLE notes" out &&
	grep "^CREATE TRIGGER users_touch BEFORE UPDATE ON auth.users" out &&
	! grep "CREATE SCHEMA auth\|CREATE TABLE auth\|FUNCTION auth" out &&
	sc diff schema schema >same && test_must_be_empty same
'

test_expect_success 'schema/_extern: generate and check; the migration after the declarations gives the schema (oracle)' '
	cd ext &&
	sc generate init && sc check &&
	! grep "CREATE SCHEMA\|CREATE TABLE auth\|FUNCTION auth" migrations/0000_init.sql &&
	pg_createdb ext_m && pg_load ext_m schema/_extern/auth.sql &&
	pg_load ext_m migrations/0000_init.sql &&
	pg_createdb ext_s && pg_load ext_s schema/_extern/auth.sql &&
	cat schema/*.sql >schema.sql && pg_load ext_s schema.sql &&
	pg_dump_canon ext_m m.dump && pg_dump_canon ext_s s.dump &&
	test_cmp s.dump m.dump
'

test_done
