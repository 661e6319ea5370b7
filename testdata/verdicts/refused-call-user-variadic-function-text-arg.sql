CREATE FUNCTION vsum(VARIADIC xs integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer, s text, CHECK (vsum(a, s) > 0));
