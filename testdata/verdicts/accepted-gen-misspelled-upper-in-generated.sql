CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((upper(a))::text)) STORED);
