CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((lpad(a, 3))::text)) STORED);
