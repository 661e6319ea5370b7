CREATE FUNCTION f(x text DEFAULT ((left('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
