CREATE TABLE t (id int, flags text, CHECK ('{t}'::boolean[]));
