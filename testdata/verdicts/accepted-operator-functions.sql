CREATE FUNCTION int_eq(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int_eq, COMMUTATOR = ===, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR !!! (RIGHTARG = int, PROCEDURE = int4abs);
