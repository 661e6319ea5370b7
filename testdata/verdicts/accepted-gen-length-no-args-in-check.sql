CREATE TABLE t (a text, n int, CHECK (((length(a)) IS NOT NULL)));
