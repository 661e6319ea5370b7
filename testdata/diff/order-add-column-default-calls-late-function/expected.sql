CREATE TABLE cnt (
    n integer
);

CREATE FUNCTION next_n() RETURNS int LANGUAGE sql AS $$ SELECT coalesce(max(n), 0) + 1 FROM cnt $$;

ALTER TABLE a ADD COLUMN x integer DEFAULT next_n();
