CREATE SCHEMA app;
CREATE FUNCTION app.k(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE TABLE t (a integer CHECK (app.k(a, a) > 0));
