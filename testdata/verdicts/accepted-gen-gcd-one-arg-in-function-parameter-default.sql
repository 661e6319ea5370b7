CREATE FUNCTION f(x text DEFAULT ((gcd(length('abc'), 2))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
