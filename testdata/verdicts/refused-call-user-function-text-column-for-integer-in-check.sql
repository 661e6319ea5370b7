CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE TABLE t (id integer, s text, CHECK (f(s) > 0));
