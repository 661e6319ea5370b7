CREATE FUNCTION int_eq(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTON = int_eq);
