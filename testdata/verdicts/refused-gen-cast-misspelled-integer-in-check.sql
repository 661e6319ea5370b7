CREATE TABLE t (a text, n int, CHECK (((n::integr) IS NOT NULL)));
