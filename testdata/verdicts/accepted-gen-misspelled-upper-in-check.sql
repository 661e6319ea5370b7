CREATE TABLE t (a text, n int, CHECK (((upper(a)) IS NOT NULL)));
