CREATE TABLE t (a text, n int, CHECK (((char_lenght(a)) IS NOT NULL)));
