CREATE TYPE span AS RANGE (subtype = int8);
CREATE TABLE t (s span DEFAULT spn(1, 2));
