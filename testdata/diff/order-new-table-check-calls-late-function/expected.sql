CREATE TABLE b (
    x integer
);

CREATE TABLE lim (
    n integer
);

CREATE FUNCTION under_limit(x int) RETURNS boolean LANGUAGE sql AS $$ SELECT x < coalesce((SELECT max(n) FROM lim), 100) $$;

ALTER TABLE b ADD CONSTRAINT b_x_check CHECK (under_limit(x));
