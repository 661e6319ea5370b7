CREATE TABLE t (a text, n int, CHECK (((a::varchar(5)) IS NOT NULL)));
