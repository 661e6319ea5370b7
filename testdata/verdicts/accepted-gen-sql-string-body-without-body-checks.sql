SET check_function_bodies = false;
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT f() $$;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
