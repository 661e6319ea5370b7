CREATE TABLE t (a text, n int, CHECK (((n === 1) IS NOT NULL)));
