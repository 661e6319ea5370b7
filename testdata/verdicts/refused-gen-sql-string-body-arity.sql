CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS $$ SELECT upper(x, x) $$;
