CREATE TABLE t (a text, n int, CHECK (((n::integer) IS NOT NULL)));
