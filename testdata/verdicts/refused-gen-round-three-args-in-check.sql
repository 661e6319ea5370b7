CREATE TABLE t (a text, n int, CHECK (((round(n::numeric, 1, 2)) IS NOT NULL)));
