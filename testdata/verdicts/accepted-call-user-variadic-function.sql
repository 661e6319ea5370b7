CREATE FUNCTION vsum(VARIADIC xs integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer, b smallint, CHECK (vsum(a) > 0), CHECK (vsum(a, b, 3) > 0), CHECK (vsum(VARIADIC ARRAY[a, b]) > 0));
