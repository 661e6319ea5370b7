CREATE TABLE t (a text, n int, CHECK (((to_hex(n)) IS NOT NULL)));
