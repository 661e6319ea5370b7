CREATE TABLE orders (
    id bigint NOT NULL,
    placed date NOT NULL
) PARTITION BY RANGE (placed);

CREATE TABLE orders_2024 PARTITION OF orders (
    CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed)
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE refunds (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    order_placed date NOT NULL,
    CONSTRAINT refunds_pkey PRIMARY KEY (id),
    CONSTRAINT refunds_order_id_order_placed_fkey FOREIGN KEY (order_id, order_placed) REFERENCES orders_2024 (id, placed)
);

CREATE UNIQUE INDEX orders_id_placed ON ONLY orders (id, placed);

ALTER INDEX orders_id_placed ATTACH PARTITION orders_2024_pkey;
