CREATE FUNCTION f(x text DEFAULT ((left('abc', 2))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
