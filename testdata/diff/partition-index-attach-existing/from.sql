-- a partitioned index made ON ONLY the parent, its partitions' indexes
-- attached one by one (CREATE INDEX, ALTER INDEX ... ATTACH PARTITION):
-- one is not attached yet, so the parent's index is not valid
CREATE TABLE readings (
    sensor integer NOT NULL,
    taken date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX readings_sensor ON ONLY readings (sensor, taken);
CREATE INDEX readings_2024_sensor ON readings_2024 (sensor, taken);
ALTER INDEX readings_sensor ATTACH PARTITION readings_2024_sensor;
CREATE INDEX readings_2025_sensor ON readings_2025 (sensor, taken);

-- a primary key ON ONLY the parent, and a partition with a unique index
-- on the same columns but no key yet
CREATE TABLE orders (
    region text NOT NULL,
    id integer NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
ALTER TABLE ONLY orders ADD CONSTRAINT orders_pkey PRIMARY KEY (region, id);
CREATE UNIQUE INDEX orders_eu_pkey ON orders_eu (region, id);
