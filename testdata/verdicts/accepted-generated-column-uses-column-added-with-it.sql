CREATE TABLE t (price numeric);
ALTER TABLE t ADD COLUMN qty integer, ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;
