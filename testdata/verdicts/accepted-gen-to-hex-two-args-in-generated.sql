CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((to_hex(n))::text)) STORED);
