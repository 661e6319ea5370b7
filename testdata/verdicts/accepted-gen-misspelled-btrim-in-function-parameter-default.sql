CREATE FUNCTION f(x text DEFAULT ((btrim('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
