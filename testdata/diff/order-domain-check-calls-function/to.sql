-- a domain whose check calls a function: the function comes first; a table uses the domain
CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;
CREATE DOMAIN even_int AS integer CHECK (is_even(VALUE));
CREATE TABLE t (id int, e even_int);
CREATE TABLE u (e even_int);
