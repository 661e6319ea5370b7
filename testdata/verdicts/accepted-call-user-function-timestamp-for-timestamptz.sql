CREATE FUNCTION h(x timestamptz) RETURNS integer LANGUAGE sql STABLE AS 'SELECT 1';
CREATE TABLE t (a timestamp, b integer DEFAULT h(now()), CHECK (h(a) > 0));
