CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE TABLE t (id integer);
CREATE VIEW v AS SELECT f(id) AS x, f(id, b => 'z') AS y FROM t;
