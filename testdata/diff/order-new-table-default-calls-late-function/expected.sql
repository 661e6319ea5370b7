CREATE TABLE b (
    x integer
);

CREATE TABLE cnt (
    n integer
);

CREATE FUNCTION next_n() RETURNS int LANGUAGE sql AS $$ SELECT coalesce(max(n), 0) + 1 FROM cnt $$;

ALTER TABLE b ALTER COLUMN x SET DEFAULT next_n();
