CREATE FUNCTION h(x timestamp) RETURNS integer LANGUAGE sql STABLE AS 'SELECT 1';
CREATE TABLE t (a integer DEFAULT h(now()));
