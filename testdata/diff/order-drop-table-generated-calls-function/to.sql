-- a generated column calls a function whose argument type is new: dropped, the table goes before the function
CREATE TABLE a (id int);
CREATE TYPE pair AS (x int, y int);
CREATE FUNCTION dbl(p pair) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (p).x * 2 $$;
CREATE TABLE b (p pair, d int GENERATED ALWAYS AS (dbl(p)) STORED);
