CREATE FUNCTION length(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer, s text, CHECK (length(a) > 0), CHECK (length(s) > 0));
