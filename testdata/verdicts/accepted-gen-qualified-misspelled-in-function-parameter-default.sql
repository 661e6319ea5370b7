CREATE FUNCTION f(x text DEFAULT ((pg_catalog.length('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
