CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a';
CREATE TABLE t (id bigint);
CREATE INDEX t_f ON t (f(id));
