CREATE FUNCTION f(x timestamptz) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
