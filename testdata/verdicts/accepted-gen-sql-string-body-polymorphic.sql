CREATE FUNCTION f(x anyelement) RETURNS int LANGUAGE sql AS $$ SELECT g(x) $$;
