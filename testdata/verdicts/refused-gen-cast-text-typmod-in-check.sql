CREATE TABLE t (a text, n int, CHECK (((a::text(5)) IS NOT NULL)));
