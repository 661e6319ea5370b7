-- an enum loses a value and a composite type an attribute's type while
-- columns use them: both are swapped; so is the domain over the enum (its
-- base is the old enum after the rename); the view over a converted column,
-- the functions taking the types are made again, the type's comment and
-- the grants set again; the generated column over a converted one is
-- dropped and added again (PostgreSQL refuses the change under it); the
-- partitioned table's column is converted once, on the parent
CREATE TYPE st AS ENUM ('a', 'c');
COMMENT ON TYPE st IS 'status';
CREATE DOMAIN st_d AS st;
CREATE TYPE pt AS (x bigint, y integer);
GRANT USAGE ON TYPE pt TO anon;
REVOKE USAGE ON TYPE st_d FROM PUBLIC;
CREATE TABLE t (id int, s st, sd st_d DEFAULT 'a', p pt, is_a boolean GENERATED ALWAYS AS (s = 'a') STORED);
CREATE VIEW v AS SELECT id, s FROM t;
CREATE FUNCTION f(x pt) RETURNS integer LANGUAGE sql AS 'SELECT ($1).x';
CREATE FUNCTION g(x st) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE TABLE parts (id int, p pt, k text) PARTITION BY LIST (k);
CREATE TABLE parts_a PARTITION OF parts FOR VALUES IN ('a');
