CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int, FINALFUNC = int4pl);
