CREATE FUNCTION f(x text DEFAULT ((btrimm('abc'))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
