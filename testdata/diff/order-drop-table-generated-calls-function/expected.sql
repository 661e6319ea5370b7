CREATE TYPE pair AS (
    x integer,
    y integer
);

CREATE FUNCTION dbl(p pair) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (p).x * 2 $$;

CREATE TABLE b (
    p pair,
    d integer GENERATED ALWAYS AS (dbl(p)) STORED
);
