CREATE TABLE t (id bigint PRIMARY KEY, a text, b text, c int);
-- the name the check would take is in use: it takes the next one
ALTER TABLE t ADD CONSTRAINT t_a_not_null CHECK (length(a) < 100);
