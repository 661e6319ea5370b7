CREATE TABLE t (a text CHECK (a::int));
