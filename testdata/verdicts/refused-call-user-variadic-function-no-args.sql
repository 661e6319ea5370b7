CREATE FUNCTION vsum(VARIADIC xs integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer, CHECK (vsum() > 0));
