CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((abs(n))::text)) STORED);
