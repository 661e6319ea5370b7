CREATE FUNCTION f(x text DEFAULT ((length('abc')::numerc)::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
