CREATE TABLE t (id int, CHECK (tableoid = 'tt'::regclass));
