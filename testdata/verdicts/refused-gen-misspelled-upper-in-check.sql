CREATE TABLE t (a text, n int, CHECK (((uper(a)) IS NOT NULL)));
