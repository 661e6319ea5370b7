CREATE TABLE t (a text, n int, CHECK (((char_length(a)) IS NOT NULL)));
