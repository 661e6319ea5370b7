CREATE FUNCTION f(x text DEFAULT ((CAST(length('abc') AS bigintt))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
