CREATE TYPE span AS RANGE (subtype = int8);
CREATE TABLE t (s span_multirange);
