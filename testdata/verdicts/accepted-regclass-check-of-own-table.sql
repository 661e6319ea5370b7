CREATE TABLE t (id int, CHECK (tableoid = 't'::regclass));
