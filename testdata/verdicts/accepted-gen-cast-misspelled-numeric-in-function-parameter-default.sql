CREATE FUNCTION f(x text DEFAULT ((length('abc')::numeric)::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
