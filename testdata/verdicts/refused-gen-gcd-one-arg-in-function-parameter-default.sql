CREATE FUNCTION f(x text DEFAULT ((gcd(length('abc')))::text)) RETURNS text LANGUAGE sql AS $$ SELECT x $$;
