CREATE FUNCTION f(x text DEFAULT ((split_part('abc', ','))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
