CREATE FUNCTION f(x text DEFAULT ((lenght('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
