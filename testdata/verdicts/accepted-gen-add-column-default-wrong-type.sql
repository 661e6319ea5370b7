CREATE TABLE t (a text, n int);
ALTER TABLE t ADD COLUMN b boolean DEFAULT 1::boolean;
