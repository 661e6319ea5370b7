-- a partitioned table dropped with its foreign partition (PostgreSQL drops
-- the partitions with it; schemac drops the foreign table first); back: the
-- foreign partition created after its parent
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap;
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FOREIGN TABLE events_archive PARTITION OF events
    FOR VALUES FROM (MINVALUE) TO ('2024-01-01') SERVER remote;
CREATE TABLE kept (id int);
