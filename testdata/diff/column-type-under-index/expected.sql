ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;

ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp with time zone;
