CREATE TABLE t (a text, n int, CHECK (((length()) IS NOT NULL)));
