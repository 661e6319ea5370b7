-- owners kept in the model and, with --owners, compared and set: every
-- kind that has one, changed, set, reset to the migration's role; a new
-- table with an owner; a view recreated (its column type changes) keeps
-- its owner; a table's serial sequence follows the table
CREATE SCHEMA app AUTHORIZATION authenticated;
ALTER SCHEMA public OWNER TO anon;
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TYPE mood OWNER TO anon;
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE COLLATION plain_c (provider = libc, locale = 'C');
ALTER COLLATION plain_c OWNER TO anon;
CREATE TABLE t (id serial PRIMARY KEY, m mood, n bigint);
ALTER TABLE t OWNER TO anon;
GRANT SELECT ON t TO service_role;
CREATE SEQUENCE counter;
ALTER SEQUENCE counter OWNER TO anon;
CREATE TABLE app.items (id bigint PRIMARY KEY);
CREATE TABLE app.tags (id bigint PRIMARY KEY);
ALTER TABLE app.tags OWNER TO service_role;
CREATE VIEW v AS SELECT id FROM t;
CREATE VIEW v_n AS SELECT id, n FROM t;
ALTER VIEW v_n OWNER TO anon;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
ALTER MATERIALIZED VIEW mv OWNER TO anon;
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
ALTER FUNCTION f(integer) OWNER TO authenticated;
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
ALTER PROCEDURE p() OWNER TO anon;
CREATE PUBLICATION pub FOR TABLE t;
ALTER PUBLICATION pub OWNER TO anon;
