CREATE TABLE t (a text, n int);
ALTER TABLE t ALTER COLUMN a SET DEFAULT ((to_hex(3, 1))::text);
