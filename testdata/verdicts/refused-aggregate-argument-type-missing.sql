CREATE AGGREGATE mysum(nosucht) (SFUNC = int4pl, STYPE = int);
