CREATE FUNCTION f(x text DEFAULT ((split_part('abc', ',', 1))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
