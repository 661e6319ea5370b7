-- a partitioned table with two partitions, no key and no index yet
CREATE TABLE events (
    kind text NOT NULL,
    id integer NOT NULL,
    at date
) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
