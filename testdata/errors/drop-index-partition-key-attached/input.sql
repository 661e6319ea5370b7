-- a partition's primary key is attached to the parent's index: PostgreSQL
-- refuses DROP INDEX without CASCADE (the key's index depends on it)
CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX orders_id_placed ON ONLY orders (id, placed);
ALTER TABLE orders_2024 ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);
ALTER INDEX orders_id_placed ATTACH PARTITION orders_2024_pkey;
DROP INDEX orders_id_placed;
