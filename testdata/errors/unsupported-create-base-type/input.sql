CREATE TYPE box3 (INPUT = box3_in, OUTPUT = box3_out);
CREATE AGGREGATE agg (int) (SFUNC = int4pl, STYPE = int);
