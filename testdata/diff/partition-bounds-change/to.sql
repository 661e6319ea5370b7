CREATE TABLE orders (id bigint NOT NULL, placed_on date NOT NULL, PRIMARY KEY (id, placed_on)) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- the bound widens: detached and attached again
CREATE TABLE orders_rest PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
CREATE INDEX ON orders (placed_on DESC);
