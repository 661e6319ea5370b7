CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE TABLE t (id integer, n integer DEFAULT f(1, 'a', 3));
