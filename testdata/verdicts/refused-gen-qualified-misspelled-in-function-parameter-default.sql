CREATE FUNCTION f(x text DEFAULT ((pg_catalog.lenght('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
