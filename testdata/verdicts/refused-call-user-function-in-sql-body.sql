CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE FUNCTION caller(x integer) RETURNS integer LANGUAGE sql AS 'SELECT f(x, ''a'', 2)';
