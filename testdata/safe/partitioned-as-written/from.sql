CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint, account_id bigint, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
