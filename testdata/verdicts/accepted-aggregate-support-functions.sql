CREATE FUNCTION add2(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE AGGREGATE mysum(int) (SFUNC = add2, STYPE = int, INITCOND = 0);
CREATE AGGREGATE mysum2(int) (SFUNC = int4pl, STYPE = int, FINALFUNC = int4abs, COMBINEFUNC = int4pl);
