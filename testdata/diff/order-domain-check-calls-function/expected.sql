CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;

CREATE DOMAIN even_int AS integer
    CONSTRAINT even_int_check CHECK (is_even(value));

CREATE TABLE u (
    e even_int
);

ALTER TABLE t ADD COLUMN e even_int;
