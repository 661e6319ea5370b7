CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT absolute(x) $$;
