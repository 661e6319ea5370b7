CREATE FUNCTION f(x text DEFAULT ((CAST(length('abc') AS bigint))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
