CREATE FUNCTION f(x text DEFAULT ((length('abc') !== 1)::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
