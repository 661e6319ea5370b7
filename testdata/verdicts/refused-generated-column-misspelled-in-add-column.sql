CREATE TABLE t (price numeric, qty integer);
ALTER TABLE t ADD COLUMN total numeric GENERATED ALWAYS AS (prce * qty) STORED;
