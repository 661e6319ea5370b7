CREATE FUNCTION f(x timestampz) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
