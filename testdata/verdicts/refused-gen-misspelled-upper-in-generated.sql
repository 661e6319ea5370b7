CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((uper(a))::text)) STORED);
