CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((strpos(a, 'a'))::text)) STORED);
