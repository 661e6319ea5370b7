#!/usr/bin/env python3
"""Writes testdata/verdicts/{refused,accepted}-gen-*.sql: schemas that
PostgreSQL 15 refuses because a function, operator or type they name does
not exist (or takes other arguments, or no type modifier), each with its
near miss, the same schema with the name right, which PostgreSQL accepts.
t/t0220-verdicts.sh proves every verdict on the server. Each mutation is
placed in a few of the places PostgreSQL checks names at CREATE time, in
turn, so that every place gets every kind of mistake over the list.

Run from the top of the repository: python3 t/verdicts/generate.py
"""
import os
import re

OUT = "testdata/verdicts"

# (name, bad, good): {c} is a text value, {i} an integer one; every
# function named in good is immutable (generated columns and indexes).
MUTATIONS = [
    ("misspelled-length", "lenght({c})", "length({c})"),
    ("misspelled-lower", "lowr({c})", "lower({c})"),
    ("misspelled-upper", "uper({c})", "upper({c})"),
    ("misspelled-abs", "abss({i})", "abs({i})"),
    ("misspelled-md5", "md55({c})", "md5({c})"),
    ("misspelled-btrim", "btrimm({c})", "btrim({c})"),
    ("misspelled-replace", "replac({c}, 'a', 'b')", "replace({c}, 'a', 'b')"),
    ("misspelled-char-length", "char_lenght({c})", "char_length({c})"),
    ("misspelled-lpad", "lpadd({c}, 3)", "lpad({c}, 3)"),
    ("misspelled-sqrt", "{i} + sqrtt(4)", "{i} + sqrt(4)"),
    ("qualified-misspelled", "pg_catalog.lenght({c})", "pg_catalog.length({c})"),
    ("lower-two-args", "lower({c}, {c})", "lower({c})"),
    ("length-no-args", "length()", "length({c})"),
    ("abs-two-args", "abs({i}, {i})", "abs({i})"),
    ("repeat-one-arg", "repeat({c})", "repeat({c}, 2)"),
    ("left-one-arg", "left({c})", "left({c}, 2)"),
    ("split-part-two-args", "split_part({c}, ',')", "split_part({c}, ',', 1)"),
    ("round-three-args", "round({i}::numeric, 1, 2)", "round({i}::numeric, 1)"),
    ("to-hex-two-args", "to_hex({i}, 1)", "to_hex({i})"),
    ("strpos-one-arg", "strpos({c})", "strpos({c}, 'a')"),
    ("reverse-two-args", "reverse({c}, 1)", "reverse({c})"),
    ("gcd-one-arg", "gcd({i})", "gcd({i}, 2)"),
    ("concat-no-args", "concat()", "concat({c})"),
    ("operator-triple-equals", "{i} === 1", "{i} = 1"),
    ("operator-spaceship", "{i} <=> 1", "{i} <> 1"),
    ("operator-triple-tilde", "{c} ~~~ 'x'", "{c} ~~ 'x'"),
    ("operator-bang-double-equals", "{i} !== 1", "{i} != 1"),
    ("cast-misspelled-text", "{c}::txt", "{c}::text"),
    ("cast-misspelled-integer", "{i}::integr", "{i}::integer"),
    ("cast-misspelled-varchar", "{c}::varchr(5)", "{c}::varchar(5)"),
    ("cast-misspelled-float8", "{i}::float88", "{i}::float8"),
    ("cast-misspelled-numeric", "{i}::numerc", "{i}::numeric"),
    ("cast-as-misspelled-bigint", "CAST({i} AS bigintt)", "CAST({i} AS bigint)"),
    ("cast-text-typmod", "{c}::text(5)", "{c}::varchar(5)"),
    ("cast-int8-array-misspelled", "cardinality(ARRAY[{i}]::int88[])",
     "cardinality(ARRAY[{i}]::int8[])"),
]

TABLE = "CREATE TABLE t (a text, n int);"

# (name, lines): {b} is a boolean made of the expression, {v} a text value
# made of it; the refused statement is the last line.
def contexts():
    return [
        ("default", ["CREATE TABLE t (a text DEFAULT {v});"], "'abc'", "3"),
        ("check", ["CREATE TABLE t (a text, n int, CHECK ({b}));"], "a", "n"),
        ("generated", ["CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS ({v}) STORED);"],
         "a", "n"),
        ("index-expression", [TABLE, "CREATE INDEX t_x ON t (({v}));"], "a", "n"),
        ("index-predicate", [TABLE, "CREATE INDEX t_x ON t (a) WHERE {b};"], "a", "n"),
        ("view-select", [TABLE, "CREATE VIEW v AS SELECT {v} AS x FROM t;"], "a", "n"),
        ("view-where", [TABLE, "CREATE VIEW v AS SELECT a FROM t WHERE {b};"], "a", "n"),
        ("matview", [TABLE, "CREATE MATERIALIZED VIEW mv AS SELECT {v} AS x FROM t;"], "a", "n"),
        ("policy-using", [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
                          "CREATE POLICY p ON t FOR SELECT USING ({b});"], "a", "n"),
        ("policy-with-check", [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
                               "CREATE POLICY p ON t FOR INSERT WITH CHECK ({b});"], "a", "n"),
        ("trigger-when", [TABLE, "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN ({b}) "
                          "EXECUTE FUNCTION suppress_redundant_updates_trigger();"],
         "NEW.a", "NEW.n"),
        ("domain-check", ["CREATE DOMAIN d AS text CHECK ({b});"], "VALUE", "length(VALUE)"),
        ("alter-set-default", [TABLE, "ALTER TABLE t ALTER COLUMN a SET DEFAULT {v};"],
         "'abc'", "3"),
        ("alter-add-check", [TABLE, "ALTER TABLE t ADD CONSTRAINT t_x CHECK ({b});"], "a", "n"),
        ("function-atomic-body", ["CREATE FUNCTION f(a text, n int) RETURNS text LANGUAGE sql "
                                  "BEGIN ATOMIC SELECT {v}; END;"], "a", "n"),
        ("function-parameter-default", ["CREATE FUNCTION f(x text DEFAULT {v}) RETURNS text "
                                        "LANGUAGE sql AS $$ SELECT x $$;"], "'abc'", "length('abc')"),
    ]

# Types where a type name goes (not in an expression): (name, lines with
# {t}, bad type, good type).
TYPE_PLACES = [
    ("column", ["CREATE TABLE t (a {t});"]),
    ("column-array", ["CREATE TABLE t (a {t}[]);"]),
    ("add-column", [TABLE, "ALTER TABLE t ADD COLUMN b {t};"]),
    ("alter-column-type", [TABLE, "ALTER TABLE t ALTER COLUMN a TYPE {t} USING NULL;"]),
    ("composite-attribute", ["CREATE TYPE c AS (x int, y {t});"]),
    ("domain-base", ["CREATE DOMAIN d AS {t};"]),
    ("function-argument", ["CREATE FUNCTION f(x {t}) RETURNS int LANGUAGE plpgsql "
                           "AS $$ BEGIN RETURN 1; END $$;"]),
    ("function-result", ["CREATE FUNCTION f() RETURNS {t} LANGUAGE plpgsql "
                         "AS $$ BEGIN RETURN NULL; END $$;"]),
    ("sql-function-argument", ["CREATE FUNCTION f(x {t}) RETURNS int LANGUAGE sql "
                               "AS $$ SELECT 1 $$;"]),
]
TYPE_MUTATIONS = [
    ("timestampz", "timestampz", "timestamptz"),
    ("integr", "integr", "integer"),
    ("varchr", "varchr(20)", "varchar(20)"),
    ("txt", "txt", "text"),
    ("jsonbb", "jsonbb", "jsonb"),
    ("uuid-misspelled", "uid", "uuid"),
    ("booleen", "booleen", "boolean"),
    ("quoted-integer", '"integer"', "integer"),
    ("text-typmod", "text(10)", "varchar(10)"),
    ("uuid-typmod", "uuid(4)", "uuid"),
    ("date-typmod", "date(3)", "timestamp(3)"),
    ("bytea-typmod", "bytea(5)", "bit(5)"),
    ("inet-typmod", "inet(3)", "inet"),
    ("jsonb-typmod", "jsonb(1)", "numeric(1)"),
    ("qualified-misspelled", "pg_catalog.texxt", "pg_catalog.text"),
    ("int4rang", "int4rang", "int4range"),
]

# Whole schemas by hand: user names, and where they are defined.
HANDMADE = {
    "user-function-missing": (
        ["CREATE TABLE t (a int DEFAULT next_id());"],
        ["CREATE FUNCTION next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "CREATE TABLE t (a int DEFAULT next_id());"]),
    "user-function-defined-after": (
        ["CREATE TABLE t (a int DEFAULT next_id());",
         "CREATE FUNCTION next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;"],
        ["CREATE FUNCTION next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "CREATE TABLE t (a int DEFAULT next_id());"]),
    "user-function-other-schema": (
        ["CREATE SCHEMA app;",
         "CREATE FUNCTION app.next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "CREATE TABLE t (a int DEFAULT next_id());"],
        ["CREATE SCHEMA app;",
         "CREATE FUNCTION app.next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "CREATE TABLE t (a int DEFAULT app.next_id());"]),
    "user-function-search-path": (
        ["CREATE SCHEMA app;",
         "CREATE FUNCTION app.next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "CREATE VIEW v AS SELECT next_id() AS x;"],
        ["CREATE SCHEMA app;",
         "CREATE FUNCTION app.next_id() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "SET search_path = app, public;",
         "CREATE VIEW public.v AS SELECT next_id() AS x;"]),
    "qualified-function-missing-in-schema": (
        ["CREATE SCHEMA app;", "CREATE VIEW v AS SELECT app.now() AS x;"],
        ["CREATE SCHEMA app;", "CREATE VIEW v AS SELECT pg_catalog.now() AS x;"]),
    "policy-user-function-missing": (
        [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
         "CREATE POLICY p ON t USING (is_owner(n));"],
        [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
         "CREATE FUNCTION is_owner(int) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT true $$;",
         "CREATE POLICY p ON t USING (is_owner(n));"]),
    "trigger-function-missing": (
        [TABLE, "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();"],
        [TABLE, "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;",
         "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();"]),
    "trigger-function-defined-after": (
        [TABLE, "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();",
         "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"],
        [TABLE, "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;",
         "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();"]),
    "trigger-builtin-not-a-trigger": (
        [TABLE, "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION now();"],
        [TABLE, "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();"]),
    "view-from-missing-function": (
        ["CREATE VIEW v AS SELECT * FROM generate_seris(1, 3) g;"],
        ["CREATE VIEW v AS SELECT * FROM generate_series(1, 3) g;"]),
    "view-from-function-arity": (
        ["CREATE VIEW v AS SELECT * FROM generate_series(1) g;"],
        ["CREATE VIEW v AS SELECT * FROM generate_series(1, 3) g;"]),
    "view-lateral-missing-function": (
        [TABLE, "CREATE VIEW v AS SELECT t.a, x FROM t, LATERAL unnset(ARRAY[t.n]) x;"],
        [TABLE, "CREATE VIEW v AS SELECT t.a, x FROM t, LATERAL unnest(ARRAY[t.n]) x;"]),
    "view-aggregate-misspelled": (
        [TABLE, "CREATE VIEW v AS SELECT cnt(*) AS c FROM t;"],
        [TABLE, "CREATE VIEW v AS SELECT count(*) AS c FROM t;"]),
    "view-window-misspelled": (
        [TABLE, "CREATE VIEW v AS SELECT rownumber() OVER (ORDER BY n) AS r FROM t;"],
        [TABLE, "CREATE VIEW v AS SELECT row_number() OVER (ORDER BY n) AS r FROM t;"]),
    "view-ordered-set-aggregate": (
        [TABLE, "CREATE VIEW v AS SELECT percentile_cnt(0.5) WITHIN GROUP (ORDER BY n) AS m FROM t;"],
        [TABLE, "CREATE VIEW v AS SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS m FROM t;"]),
    "view-subquery-missing-function": (
        [TABLE, "CREATE VIEW v AS SELECT (SELECT mx(n) FROM t) AS m;"],
        [TABLE, "CREATE VIEW v AS SELECT (SELECT max(n) FROM t) AS m;"]),
    "view-cte-missing-function": (
        [TABLE, "CREATE VIEW v AS WITH c AS (SELECT lenght(a) AS l FROM t) SELECT l FROM c;"],
        [TABLE, "CREATE VIEW v AS WITH c AS (SELECT length(a) AS l FROM t) SELECT l FROM c;"]),
    "enum-used-before-created": (
        ["CREATE TABLE t (s mood);", "CREATE TYPE mood AS ENUM ('happy', 'sad');"],
        ["CREATE TYPE mood AS ENUM ('happy', 'sad');", "CREATE TABLE t (s mood);"]),
    "enum-in-other-schema": (
        ["CREATE SCHEMA app;", "CREATE TYPE app.mood AS ENUM ('happy');", "CREATE TABLE t (s mood);"],
        ["CREATE SCHEMA app;", "CREATE TYPE app.mood AS ENUM ('happy');", "CREATE TABLE t (s app.mood);"]),
    "enum-typmod": (
        ["CREATE TYPE mood AS ENUM ('happy');", "CREATE TABLE t (s mood(2));"],
        ["CREATE TYPE mood AS ENUM ('happy');", "CREATE TABLE t (s mood[]);"]),
    "domain-typmod": (
        ["CREATE DOMAIN name_t AS text;", "CREATE TABLE t (s name_t(10));"],
        ["CREATE DOMAIN name_t AS varchar(10);", "CREATE TABLE t (s name_t);"]),
    "domain-used-before-created": (
        ["CREATE TABLE t (s email);", "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');"],
        ["CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');", "CREATE TABLE t (s email);"]),
    "composite-used-before-created": (
        ["CREATE TABLE t (p pair);", "CREATE TYPE pair AS (x int, y int);"],
        ["CREATE TYPE pair AS (x int, y int);", "CREATE TABLE t (p pair);"]),
    "table-row-type-missing": (
        ["CREATE TABLE u (x int);", "CREATE TABLE t (r uu);"],
        ["CREATE TABLE u (x int);", "CREATE TABLE t (r u);"]),
    "range-constructor-misspelled": (
        ["CREATE TYPE span AS RANGE (subtype = int8);", "CREATE TABLE t (s span DEFAULT spn(1, 2));"],
        ["CREATE TYPE span AS RANGE (subtype = int8);", "CREATE TABLE t (s span DEFAULT span(1, 2));"]),
    "multirange-type-misspelled": (
        ["CREATE TYPE span AS RANGE (subtype = int8);", "CREATE TABLE t (s span_multirang);"],
        ["CREATE TYPE span AS RANGE (subtype = int8);", "CREATE TABLE t (s span_multirange);"]),
    "user-operator-missing": (
        [TABLE, "CREATE VIEW v AS SELECT n <~> 1 AS x FROM t;"],
        [TABLE, "CREATE FUNCTION dist(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 - $2) $$;",
         "CREATE OPERATOR <~> (LEFTARG = int, RIGHTARG = int, FUNCTION = dist);",
         "CREATE VIEW v AS SELECT n <~> 1 AS x FROM t;"]),
    "user-function-in-check": (
        ["CREATE TABLE t (a text CHECK (is_slug(a)));"],
        ["CREATE FUNCTION is_slug(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 ~ '^[a-z-]+$' $$;",
         "CREATE TABLE t (a text CHECK (is_slug(a)));"]),
    "user-function-in-index": (
        [TABLE, "CREATE INDEX t_x ON t (norm(a));"],
        [TABLE, "CREATE FUNCTION norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower($1) $$;",
         "CREATE INDEX t_x ON t (norm(a));"]),
    "user-aggregate-missing": (
        [TABLE, "CREATE VIEW v AS SELECT concat_all(a) AS x FROM t;"],
        [TABLE, "CREATE AGGREGATE concat_all(text) (SFUNC = textcat, STYPE = text, INITCOND = '');",
         "CREATE VIEW v AS SELECT concat_all(a) AS x FROM t;"]),
    "sql-atomic-body-missing-function": (
        ["CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT nextid(); END;"],
        ["CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;"]),
    "identity-and-cast-type": (
        ["CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, a text DEFAULT 1::txt);"],
        ["CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, a text DEFAULT 1::text);"]),
    "partition-key-function": (
        ["CREATE TABLE t (a text) PARTITION BY LIST (lowr(a));"],
        ["CREATE TABLE t (a text) PARTITION BY LIST (lower(a));"]),
    "array-of-misspelled-type": (
        ["CREATE TABLE t (a timestampz[]);"],
        ["CREATE TABLE t (a timestamptz[]);"]),
    # SQL function bodies in strings: analyzed at CREATE (check_function_bodies)
    "sql-string-body-missing-function": (
        ["CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT absolute(x) $$;"],
        ["CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT abs(x) $$;"]),
    "sql-string-body-missing-type": (
        ["CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT x::txt';"],
        ["CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT x::text';"]),
    "sql-string-body-function-defined-after": (
        ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT g() $$;",
         "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;"],
        ["CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;",
         "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT g() $$;"]),
    "sql-string-body-without-body-checks": (
        ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT g() $$;"],
        ["SET check_function_bodies = false;",
         "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT f() $$;",
         "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;"]),
    "sql-string-body-polymorphic": (
        ["CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT g(x) $$;"],
        ["CREATE FUNCTION f(x anyelement) RETURNS int LANGUAGE sql AS $$ SELECT g(x) $$;"]),
    "sql-string-body-arity": (
        ["CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS $$ SELECT upper(x, x) $$;"],
        ["CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS $$ SELECT upper(x) $$;"]),
    "plpgsql-body-not-analyzed": (
        ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT g() $$;"],
        ["CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN g(); END $$;"]),
    # a view's output names are its columns
    "view-column-twice": (
        [TABLE, "CREATE VIEW v AS SELECT a, a FROM t;"],
        [TABLE, "CREATE VIEW v (x, y) AS SELECT a, a FROM t;"]),
    "view-unnamed-columns": (
        ["CREATE VIEW v AS SELECT 1, 2;"],
        ["CREATE VIEW v AS SELECT 1 AS x, 2 AS y;"]),
    "view-star-over-a-join": (
        [TABLE, "CREATE TABLE u (a text);", "CREATE VIEW v AS SELECT * FROM t, u;"],
        [TABLE, "CREATE TABLE u (a text);", "CREATE VIEW v AS SELECT t.*, u.a AS ua FROM t, u;"]),
    "matview-column-twice": (
        [TABLE, "CREATE MATERIALIZED VIEW mv AS SELECT n, n FROM t;"],
        [TABLE, "CREATE MATERIALIZED VIEW mv AS SELECT n, n AS m FROM t;"]),
    # types of expressions, where certain
    "check-integer-constant": (
        ["CREATE TABLE t (a int CHECK (1));"],
        ["CREATE TABLE t (a int CHECK (true));"]),
    "check-arithmetic": (
        ["CREATE TABLE t (a int CHECK (a + 1));"],
        ["CREATE TABLE t (a int CHECK (a + 1 > 0));"]),
    "check-concatenation": (
        ["CREATE TABLE t (a text CHECK (a || 'x'));"],
        ["CREATE TABLE t (a text CHECK (a || 'x' <> 'x'));"]),
    "check-function-result": (
        ["CREATE TABLE t (a text CHECK (length(a)));"],
        ["CREATE TABLE t (a text CHECK (length(a) > 0));"]),
    "check-json-field": (
        ["CREATE TABLE t (a jsonb CHECK (a ->> 'k'));"],
        ["CREATE TABLE t (a jsonb CHECK (a ? 'k'));"]),
    "check-range-product": (
        ["CREATE TABLE t (a int4range CHECK (a * a));"],
        ["CREATE TABLE t (a int4range CHECK (a && a));"]),
    "check-cast-to-integer": (
        ["CREATE TABLE t (a text CHECK (a::int));"],
        ["CREATE TABLE t (a text CHECK (a::boolean));"]),
    "table-check-not-boolean": (
        ["CREATE TABLE t (a int, b int, CONSTRAINT t_ab CHECK (a - b));"],
        ["CREATE TABLE t (a int, b int, CONSTRAINT t_ab CHECK (a - b >= 0));"]),
    "alter-add-check-not-boolean": (
        [TABLE, "ALTER TABLE t ADD CONSTRAINT t_n CHECK (n * 2);"],
        [TABLE, "ALTER TABLE t ADD CONSTRAINT t_n CHECK (n * 2 < 100);"]),
    "domain-check-not-boolean": (
        ["CREATE DOMAIN d AS int CHECK (VALUE % 2);"],
        ["CREATE DOMAIN d AS int CHECK (VALUE % 2 = 0);"]),
    "policy-using-not-boolean": (
        [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;", "CREATE POLICY p ON t USING (n + 1);"],
        [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;", "CREATE POLICY p ON t USING (n + 1 > 0);"]),
    "policy-with-check-not-boolean": (
        [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
         "CREATE POLICY p ON t FOR INSERT WITH CHECK (a || 'x');"],
        [TABLE, "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
         "CREATE POLICY p ON t FOR INSERT WITH CHECK (a || 'x' = a);"]),
    "index-predicate-not-boolean": (
        [TABLE, "CREATE INDEX t_x ON t (a) WHERE n - 1;"],
        [TABLE, "CREATE INDEX t_x ON t (a) WHERE n - 1 > 0;"]),
    "trigger-when-not-boolean": (
        [TABLE, "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.n + OLD.n) "
         "EXECUTE FUNCTION suppress_redundant_updates_trigger();"],
        [TABLE, "CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.n <> OLD.n) "
         "EXECUTE FUNCTION suppress_redundant_updates_trigger();"]),
    "default-integer-for-boolean": (
        ["CREATE TABLE t (a boolean DEFAULT 0);"],
        ["CREATE TABLE t (a boolean DEFAULT false);"]),
    "default-integer-for-interval": (
        ["CREATE TABLE t (a interval DEFAULT 0);"],
        ["CREATE TABLE t (a interval DEFAULT '0');"]),
    "default-integer-for-array": (
        ["CREATE TABLE t (a int[] DEFAULT 1);"],
        ["CREATE TABLE t (a int[] DEFAULT ARRAY[1]);"]),
    "default-text-for-jsonb": (
        ["CREATE TABLE t (a jsonb DEFAULT 'x'::text);"],
        ["CREATE TABLE t (a jsonb DEFAULT '{}'::json);"]),
    "default-now-for-integer": (
        ["CREATE TABLE t (a int DEFAULT now());"],
        ["CREATE TABLE t (a date DEFAULT now());"]),
    "default-boolean-for-uuid": (
        ["CREATE TABLE t (a uuid DEFAULT true);"],
        ["CREATE TABLE t (a text DEFAULT true);"]),
    "default-numeric-for-timestamp": (
        ["CREATE TABLE t (a timestamp DEFAULT 1.5);"],
        ["CREATE TABLE t (a int DEFAULT 1.5);"]),
    "alter-set-default-wrong-type": (
        [TABLE, "ALTER TABLE t ALTER COLUMN n SET DEFAULT true;"],
        [TABLE, "ALTER TABLE t ALTER COLUMN n SET DEFAULT 1::bigint;"]),
    "add-column-default-wrong-type": (
        [TABLE, "ALTER TABLE t ADD COLUMN b boolean DEFAULT 1;"],
        [TABLE, "ALTER TABLE t ADD COLUMN b boolean DEFAULT 1::boolean;"]),
    "generated-wrong-type": (
        ["CREATE TABLE t (a int, g boolean GENERATED ALWAYS AS (a::int8) STORED);"],
        ["CREATE TABLE t (a int, g numeric GENERATED ALWAYS AS (a::int8) STORED);"]),
    "generated-uses-generated": (
        ["CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) STORED, h int GENERATED ALWAYS AS (g + 1) STORED);"],
        ["CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) STORED, h int GENERATED ALWAYS AS (a * 2 + 1) STORED);"]),
    "generated-uses-later-generated": (
        ["CREATE TABLE t (a int, h int GENERATED ALWAYS AS (g + 1) STORED, g int GENERATED ALWAYS AS (a * 2) STORED);"],
        ["CREATE TABLE t (a int, h int GENERATED ALWAYS AS (a + 1) STORED, g int GENERATED ALWAYS AS (a * 2) STORED);"]),
    "add-column-generated-uses-generated": (
        ["CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) STORED);",
         "ALTER TABLE t ADD COLUMN h int GENERATED ALWAYS AS (g + 1) STORED;"],
        ["CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a * 2) STORED);",
         "ALTER TABLE t ADD COLUMN h int GENERATED ALWAYS AS (a + 1) STORED;"]),
    # type modifiers out of the range each type's typmodin takes (the
    # CREATE TABLE doc's types: varchar(n), char(n), bit(n), numeric(p,s),
    # timestamp(p)); timestamp(7) is only a warning, and reduced to 6
    "typmod-varchar-zero": (
        ["CREATE TABLE t (a varchar(0));"], ["CREATE TABLE t (a varchar(1));"]),
    "typmod-varchar-too-long": (
        ["CREATE TABLE t (a character varying(10485761));"],
        ["CREATE TABLE t (a character varying(10485760));"]),
    "typmod-char-zero-in-domain": (
        ["CREATE DOMAIN d AS char(0);"], ["CREATE DOMAIN d AS char(1);"]),
    "typmod-bit-zero-in-cast": (
        ["CREATE VIEW v AS SELECT B'1'::bit(0) AS b;"], ["CREATE VIEW v AS SELECT B'1'::bit(1) AS b;"]),
    "typmod-varbit-too-long": (
        ["CREATE TABLE t (a bit varying(83886081));"], ["CREATE TABLE t (a bit varying(83886080));"]),
    "typmod-numeric-precision-zero": (
        ["CREATE TABLE t (a numeric(0));"], ["CREATE TABLE t (a numeric(1));"]),
    "typmod-numeric-precision-too-big": (
        [TABLE, "ALTER TABLE t ADD COLUMN b numeric(1001, 2);"],
        [TABLE, "ALTER TABLE t ADD COLUMN b numeric(1000, 2);"]),
    "typmod-numeric-scale-too-small": (
        ["CREATE TABLE t (a numeric(10, -1001));"], ["CREATE TABLE t (a numeric(10, -1000));"]),
    "typmod-numeric-three": (
        ["CREATE TABLE t (a numeric(10, 2, 1));"], ["CREATE TABLE t (a numeric(10, 2));"]),
    "typmod-varchar-two": (
        ["CREATE TABLE t (a varchar(10, 2));"], ["CREATE TABLE t (a varchar(10));"]),
    "typmod-timestamp-negative": (
        ["CREATE TABLE t (a timestamp(-1));"], ["CREATE TABLE t (a timestamp(7));"]),
    "typmod-timestamptz-negative-in-alter-type": (
        [TABLE, "ALTER TABLE t ALTER COLUMN n TYPE timestamptz(-1) USING now();"],
        [TABLE, "ALTER TABLE t ALTER COLUMN n TYPE timestamptz(0) USING now();"]),
    # DISTINCT ON follows ORDER BY's rules: an output column's name alone
    # is one (SELECT's doc); a misspelled input column in the list is not,
    # (only a qualified one is caught yet: a bare name there is taken for an output name)
    # even in a pg_dump-style file that empties the search_path
    "distinct-on-output-name-in-cte": (
        ["SELECT pg_catalog.set_config('search_path', '', false);",
         "CREATE TABLE public.bp (patient_id bigint, recorded_at timestamp);",
         "CREATE MATERIALIZED VIEW public.mv AS WITH x AS (SELECT DISTINCT ON (bp.patient_idx, month_date) bp.patient_id, date(bp.recorded_at) AS month_date FROM public.bp ORDER BY patient_id, month_date) SELECT patient_id, month_date FROM x;"],
        ["SELECT pg_catalog.set_config('search_path', '', false);",
         "CREATE TABLE public.bp (patient_id bigint, recorded_at timestamp);",
         "CREATE MATERIALIZED VIEW public.mv AS WITH x AS (SELECT DISTINCT ON (patient_id, month_date) bp.patient_id, date(bp.recorded_at) AS month_date FROM public.bp ORDER BY patient_id, month_date) SELECT patient_id, month_date FROM x;"]),
    "empty-search-path-view-missing-column": (
        ["SELECT pg_catalog.set_config('search_path', '', false);",
         "CREATE TABLE public.bp (patient_id bigint, recorded_at timestamp);",
         "CREATE VIEW public.v AS WITH x AS (SELECT bp.patient_id, date(bp.recorded_att) AS d FROM public.bp) SELECT patient_id, d FROM x;"],
        ["SELECT pg_catalog.set_config('search_path', '', false);",
         "CREATE TABLE public.bp (patient_id bigint, recorded_at timestamp);",
         "CREATE VIEW public.v AS WITH x AS (SELECT bp.patient_id, date(bp.recorded_at) AS d FROM public.bp) SELECT patient_id, d FROM x;"]),
    # a view's FROM names a relation that does not exist (CREATE VIEW)
    "view-from-missing-table": (
        [TABLE, "CREATE VIEW v AS SELECT a FROM tt;"], [TABLE, "CREATE VIEW v AS SELECT a FROM t;"]),
    "view-from-missing-table-in-schema": (
        ["CREATE SCHEMA s;", "CREATE TABLE s.t (a text);", "CREATE VIEW s.v AS SELECT x.a FROM s.t x JOIN s.u y ON true;"],
        ["CREATE SCHEMA s;", "CREATE TABLE s.t (a text);", "CREATE VIEW s.v AS SELECT x.a FROM s.t x JOIN s.t y ON true;"]),
    # a parameter default is printed as written: gcd('3', '2') would be
    # ambiguous (gcd is integer, bigint and numeric)
    "function-parameter-default-call": (
        ["CREATE FUNCTION f(a int DEFAULT gcd(3)) RETURNS int LANGUAGE sql AS $$ SELECT a $$;"],
        ["CREATE FUNCTION f(a int DEFAULT gcd(3, 2)) RETURNS int LANGUAGE sql AS $$ SELECT a $$;"]),
}

def fill(expr, c, i):
    return expr.replace("{c}", c).replace("{i}", i)

def write(kind, name, lines):
    path = os.path.join(OUT, "%s-gen-%s.sql" % (kind, name))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

def main():
    for old in os.listdir(OUT):
        if re.match(r"(refused|accepted)-gen-", old):
            os.remove(os.path.join(OUT, old))
    ctxs = contexts()
    k = 0
    for mname, bad, good in MUTATIONS:
        # four places for each mistake, taken in turn
        for j in range(4):
            cname, lines, c, i = ctxs[(k + j * 5) % len(ctxs)]
            for kind, expr in (("refused", bad), ("accepted", good)):
                e = fill(expr, c, i)
                out = [l.replace("{b}", "((%s) IS NOT NULL)" % e)
                        .replace("{v}", "((%s)::text)" % e) for l in lines]
                write(kind, "%s-in-%s" % (mname, cname), out)
        k += 1
    for n, (tname, bad, good) in enumerate(TYPE_MUTATIONS):
        # five places for each, taken in turn
        for j in range(5):
            pname, lines = TYPE_PLACES[(n + j * 2) % len(TYPE_PLACES)]
            for kind, t in (("refused", bad), ("accepted", good)):
                write(kind, "type-%s-in-%s" % (tname, pname), [l.replace("{t}", t) for l in lines])
    for name, (bad, good) in HANDMADE.items():
        write("refused", name, bad)
        write("accepted", name, good)

main()
