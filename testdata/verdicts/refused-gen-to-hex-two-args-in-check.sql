CREATE TABLE t (a text, n int, CHECK (((to_hex(n, 1)) IS NOT NULL)));
