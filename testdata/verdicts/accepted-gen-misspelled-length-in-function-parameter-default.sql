CREATE FUNCTION f(x text DEFAULT ((length('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
