CREATE FUNCTION g(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE FUNCTION g(a text, b text) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (id integer, s text, CHECK (g(id) > 0), CHECK (g(s, s) > 0));
