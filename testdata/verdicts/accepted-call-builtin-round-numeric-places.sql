CREATE TABLE t (a numeric, b double precision, c numeric GENERATED ALWAYS AS (round(a, 2) + round(b::numeric, 1) + round(b)::numeric) STORED);
