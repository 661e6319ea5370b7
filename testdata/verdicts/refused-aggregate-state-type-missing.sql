CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = nosucht);
