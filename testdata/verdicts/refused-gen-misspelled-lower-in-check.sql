CREATE TABLE t (a text, n int, CHECK (((lowr(a)) IS NOT NULL)));
