CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((a::varchr(5))::text)) STORED);
