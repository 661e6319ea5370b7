-- the parent's index goes; the partition keeps its key, no longer
-- attached, and the foreign key to it. PostgreSQL refuses to drop an index
-- a partition's key is attached to (the key's index depends on it) unless
-- CASCADE, which takes the key and the foreign key
CREATE TABLE orders (
    id bigint NOT NULL,
    placed date NOT NULL
) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE orders_2024 ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);
CREATE TABLE refunds (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    order_placed date NOT NULL,
    FOREIGN KEY (order_id, order_placed) REFERENCES orders_2024 (id, placed)
);
