CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE TABLE t (id smallint, s varchar(10), CHECK (f(id, s) > 0));
