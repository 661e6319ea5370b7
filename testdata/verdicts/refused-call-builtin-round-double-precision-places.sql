CREATE TABLE t (a double precision, b numeric GENERATED ALWAYS AS (round(a, 2)) STORED);
