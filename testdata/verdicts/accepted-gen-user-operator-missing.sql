CREATE TABLE t (a text, n int);
CREATE FUNCTION dist(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 - $2) $$;
CREATE OPERATOR <~> (LEFTARG = int, RIGHTARG = int, FUNCTION = dist);
CREATE VIEW v AS SELECT n <~> 1 AS x FROM t;
