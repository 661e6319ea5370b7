#!/bin/bash
#
# compiler/pg_catalog.inc, the built-in types, functions and operators
# schemac resolves names against (build_names.c), is what the PostgreSQL 15
# the tests run against says: compiler/pg_catalog.sh run on a throwaway
# server prints exactly the committed file; so is compiler/pg_extension.inc,
# what each extension the server can install creates (pg_extension.sh).  SCHEMAC_BLESS=1 (`make
# catalog-data`) writes it instead.  Then the rules around the table, on
# the server: what schemac refuses as a missing name the server refuses,
# and what it accepts the server accepts.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'pg_catalog.inc matches PostgreSQL 15'

pg_start

test_expect_success 'compiler/pg_catalog.inc is what pg_catalog.sh reads from the server' '
	sh "$TOP/compiler/pg_catalog.sh" >"$TEST_TMP/pg_catalog.inc" &&
	if test "$SCHEMAC_BLESS" = 1; then
		cp "$TEST_TMP/pg_catalog.inc" "$TOP/compiler/pg_catalog.inc"
	fi &&
	test_cmp "$TOP/compiler/pg_catalog.inc" "$TEST_TMP/pg_catalog.inc"
'

test_expect_success 'compiler/pg_extension.inc is what pg_extension.sh reads from the server' '
	sh "$TOP/compiler/pg_extension.sh" >"$TEST_TMP/pg_extension.inc" &&
	if test "$SCHEMAC_BLESS" = 1; then
		cp "$TEST_TMP/pg_extension.inc" "$TOP/compiler/pg_extension.inc"
	fi &&
	test_cmp "$TOP/compiler/pg_extension.inc" "$TEST_TMP/pg_extension.inc"
'

# Each line: statements, then | and the verdict both must give (ok or
# refused). The server runs them in a transaction it rolls back.
cat >"$TEST_TMP/list" <<-\LIST
	CREATE TABLE t (a int DEFAULT abs(-1));|ok
	CREATE TABLE t (a int DEFAULT abs());|refused
	CREATE TABLE t (a int DEFAULT abs(1, 2));|refused
	CREATE TABLE t (a text DEFAULT concat());|refused
	CREATE TABLE t (a text DEFAULT concat('x'));|ok
	CREATE TABLE t (a text DEFAULT concat('x', 'y', 'z', 1, 2));|ok
	CREATE TABLE t (a interval DEFAULT make_interval(days => 1));|ok
	CREATE TABLE t (a interval DEFAULT make_interval());|ok
	CREATE TABLE t (a interval DEFAULT make_interval(1, 2, 3, 4, 5, 6, 7.0));|ok
	CREATE TABLE t (a interval DEFAULT make_interval(1, 2, 3, 4, 5, 6, 7.0, 8));|refused
	CREATE TABLE t (a text DEFAULT trim(both from ' x '));|ok
	CREATE TABLE t (a int DEFAULT position('a' in 'abc'));|ok
	CREATE TABLE t (a text DEFAULT substring('abc' from 1 for 2));|ok
	CREATE TABLE t (a numeric DEFAULT extract(epoch from now()));|ok
	CREATE TABLE t (a timestamp DEFAULT (now() AT TIME ZONE 'utc'));|ok
	CREATE TABLE t (a text CHECK (a IS NORMALIZED));|ok
	CREATE TABLE t (a text CHECK (a SIMILAR TO 'x%'));|ok
	CREATE TABLE t (a int4range CHECK (NOT isempty(a)));|ok
	CREATE TABLE t (a int); CREATE VIEW v AS SELECT count(*), sum(a), percentile_cont(0.5) WITHIN GROUP (ORDER BY a) FROM t;|ok
	CREATE TABLE t (a int); CREATE VIEW v AS SELECT rank() OVER (ORDER BY a), lag(a, 1) OVER () FROM t;|ok
	CREATE TABLE t (a int); CREATE VIEW v AS SELECT rank(1) WITHIN GROUP (ORDER BY a) FROM t;|ok
	CREATE VIEW v AS SELECT * FROM generate_series(1, 3) g;|ok
	CREATE VIEW v AS SELECT * FROM generate_series(1) g;|refused
	CREATE VIEW v AS SELECT * FROM unnest(ARRAY[1, 2]) u;|ok
	CREATE VIEW v AS SELECT json_build_object(), jsonb_build_object('a', 1);|ok
	CREATE VIEW v AS SELECT format('%s', 1), coalesce(1, 2), greatest(1, 2), nullif(1, 2);|ok
	CREATE TABLE t (a int CHECK (a <> 1 AND a != 2 AND a >= 0));|ok
	CREATE TABLE t (a int CHECK (a === 1));|refused
	CREATE TABLE t (a int[] CHECK (a @> ARRAY[1] AND 1 = ANY (a)));|ok
	CREATE TABLE t (a text CHECK (a ~* '^x' AND a !~ 'y' AND a ~~ 'z%'));|ok
	CREATE TABLE t (a jsonb CHECK (a ? 'k' AND a ?& ARRAY['k'] AND a #> '{k}' IS NOT NULL));|ok
	CREATE TABLE t (a int CHECK (- a < 0 AND @ a > 0));|ok
	CREATE TABLE t (a timestampz);|refused
	CREATE TABLE t (a text(10));|refused
	CREATE TABLE t (a varchar(10), b numeric(4, 2), c bit(3), d char(2), e "char", f time(3) with time zone, g interval hour to minute, h timestamptz(3));|ok
	CREATE TABLE t (a double precision, b real, c float(3), d decimal(3), e smallserial, f bigserial, g int[][], h _int4, i pg_catalog.int8, j regclass, k int4multirange);|ok
	CREATE TABLE t (a "integer");|refused
	CREATE TYPE e AS ENUM ('x'); CREATE TABLE t (a e(3));|refused
	CREATE DOMAIN d AS text(3);|refused
	CREATE DOMAIN d AS text; CREATE TABLE t (a d, b d[], c public.d);|ok
	CREATE TABLE t (a int); CREATE TABLE u (b t, c t[]);|ok
	CREATE TYPE r AS RANGE (subtype = int8); CREATE TABLE t (a r, b r_multirange, c int8 DEFAULT lower(r(1, 2)));|ok
	CREATE TABLE t (a int DEFAULT f());|refused
	CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$; CREATE TABLE t (a int DEFAULT f());|ok
	CREATE TABLE t (a int DEFAULT f()); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;|refused
	CREATE SCHEMA s; CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$; CREATE TABLE t (a int DEFAULT f());|refused
	CREATE SCHEMA s; CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$; CREATE TABLE t (a int DEFAULT s.f());|ok
	CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN nosuch(); END $$;|ok
	CREATE FUNCTION f(x timestampz) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;|refused
	CREATE FUNCTION f() RETURNS timestampz LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;|refused
	CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT nosuch(); END;|refused
	CREATE TABLE t (a int); CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nosuch();|refused
	CREATE TABLE t (a int); CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();|ok
	CREATE TABLE t (a text); CREATE INDEX ON t (lower(a));|ok
	CREATE TABLE t (a text); CREATE INDEX ON t (lowr(a));|refused
	CREATE TABLE t (a int); ALTER TABLE t ENABLE ROW LEVEL SECURITY; CREATE POLICY p ON t USING (a = nosuch());|refused
	CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a SET DEFAULT nosuch();|refused
	CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b timestampz;|refused
	CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (abs(a, a) > 0);|refused
	CREATE TABLE t (email text); CREATE VIEW v AS SELECT email(t) FROM t;|ok
	CREATE EXTENSION pgcrypto; CREATE TABLE t (a text DEFAULT gen_salt('bf'));|ok
	CREATE EXTENSION citext; CREATE TABLE t (a citext);|ok
	CREATE EXTENSION citext; CREATE TABLE t (a citxt);|refused
	CREATE EXTENSION pgcrypto; CREATE TABLE t (a text DEFAULT gen_salt());|refused
	CREATE EXTENSION pgcrypto; CREATE TABLE t (a bytea DEFAULT gen_random_bytes(16), b text DEFAULT crypt('x', gen_salt('md5')));|ok
	CREATE EXTENSION pg_trgm; CREATE TABLE t (a text); CREATE INDEX ON t USING gin (a gin_trgm_ops); CREATE VIEW v AS SELECT similarity(a, 'x'), a % 'y' AS m FROM t;|ok
	CREATE EXTENSION pg_trgm; CREATE TABLE t (a text); CREATE VIEW v AS SELECT similarty(a, 'x') FROM t;|refused
	CREATE EXTENSION hstore; CREATE TABLE t (a hstore CHECK (a ? 'k' AND (a -> 'k') IS NOT NULL));|ok
	CREATE EXTENSION "uuid-ossp"; CREATE TABLE t (a uuid DEFAULT uuid_generate_v4());|ok
	CREATE EXTENSION "uuid-ossp"; CREATE TABLE t (a uuid DEFAULT uuid_generate_v5());|refused
	CREATE EXTENSION ltree; CREATE TABLE t (a ltree, b ltree[] CHECK (nlevel(a) > 0));|ok
	CREATE EXTENSION pgcrypto; CREATE TABLE t (a int DEFAULT nextval('s'::regclass, 1));|refused
	CREATE EXTENSION moddatetime; CREATE TABLE t (a timestamptz); CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION moddatetime(a);|ok
	CREATE EXTENSION pgcrypto; CREATE TABLE t (a int); CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION moddatetime(a);|refused
	CREATE TABLE t (a int) WITH (fillfactor = 70); CREATE VIEW v WITH (check_option = local) AS SELECT a FROM t;|ok
	LIST

test_expect_success 'calls, operators and types: schemac and the server agree' '
	while IFS="|" read stmt want; do
		printf "%s\n" "$stmt" >"$TEST_TMP/v.sql" &&
		if psql -X -q -v ON_ERROR_STOP=1 -c "BEGIN" -f "$TEST_TMP/v.sql" -c "ROLLBACK" \
			>/dev/null 2>&1; then pg=ok; else pg=refused; fi &&
		if "$SCHEMAC" diff /dev/null "$TEST_TMP/v.sql" >/dev/null 2>"$TEST_TMP/err"; then
			sc=ok; else sc=refused; fi &&
		if test "$pg" != "$want" || test "$sc" != "$want"; then
			echo "$stmt: want $want, server $pg, schemac $sc"; cat "$TEST_TMP/err"; exit 1
		fi
	done <"$TEST_TMP/list"
'

test_done
