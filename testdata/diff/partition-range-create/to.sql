CREATE TABLE users (id bigint PRIMARY KEY);
-- a range-partitioned table, its partitions created with it
CREATE TABLE events (
    id bigserial,
    user_id bigint REFERENCES users,
    happened_on date NOT NULL,
    kind text,
    PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events (kind DEFAULT 'new') FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_old PARTITION OF events FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE INDEX ON events (user_id);
