CREATE TABLE t (a text, n int, CHECK (((lower(a)) IS NOT NULL)));
