CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((abss(n))::text)) STORED);
