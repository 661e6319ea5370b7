-- owners kept in the model and, with --owners, compared and set: every
-- kind that has one, changed, set, reset to the migration's role; a new
-- table with an owner; a view recreated (its column type changes) keeps
-- its owner; a table's serial sequence follows the table
CREATE SCHEMA app;
ALTER SCHEMA app OWNER TO anon;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
ALTER DOMAIN posint OWNER TO anon;
CREATE COLLATION plain_c (provider = libc, locale = 'C');
CREATE TABLE t (id serial PRIMARY KEY, m mood, n integer);
ALTER TABLE t OWNER TO authenticated;
GRANT SELECT ON t TO service_role;
CREATE SEQUENCE counter;
CREATE TABLE app.items (id bigint PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
ALTER VIEW v OWNER TO anon;
CREATE VIEW v_n AS SELECT id, n FROM t;
ALTER TABLE v_n OWNER TO anon;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
ALTER FUNCTION f(integer) OWNER TO anon;
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
CREATE PUBLICATION pub FOR TABLE t;
