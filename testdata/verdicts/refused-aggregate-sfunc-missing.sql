CREATE AGGREGATE mysum(int) (SFUNC = add2, STYPE = int, INITCOND = 0);
