CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((lpadd(a, 3))::text)) STORED);
