CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((n <=> 1)::text)) STORED);
