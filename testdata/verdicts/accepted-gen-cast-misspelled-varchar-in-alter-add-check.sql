CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_x CHECK (((a::varchar(5)) IS NOT NULL));
