CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
-- PostgreSQL 15 builds no index CONCURRENTLY on a partitioned table, nor
-- adds a NOT VALID foreign key to one: written as they are
CREATE TABLE events (
    id bigint,
    account_id bigint REFERENCES accounts (id),
    kind text,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- a plain table next to them still gets the safe form
CREATE INDEX accounts_email_idx ON accounts (email);
