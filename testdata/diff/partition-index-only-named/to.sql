-- a key and an index made ON ONLY the parent, each partition's own made
-- under a name of its own and attached (CREATE INDEX ... ON ONLY, then
-- ALTER INDEX ... ATTACH PARTITION, as the CREATE INDEX page of the
-- PostgreSQL documentation shows). A recursive CREATE INDEX would name
-- the partitions' indexes itself
CREATE TABLE events (
    kind text NOT NULL,
    id integer NOT NULL,
    at date
) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (kind, id);
ALTER TABLE ONLY events_a ADD CONSTRAINT events_a_key PRIMARY KEY (kind, id);
ALTER INDEX events_pkey ATTACH PARTITION events_a_key;
ALTER TABLE ONLY events_b ADD CONSTRAINT events_b_key PRIMARY KEY (kind, id);
ALTER INDEX events_pkey ATTACH PARTITION events_b_key;
CREATE INDEX events_at ON ONLY events (at);
CREATE INDEX events_a_at_named ON events_a (at);
ALTER INDEX events_at ATTACH PARTITION events_a_at_named;
CREATE INDEX events_b_at_named ON events_b (at);
ALTER INDEX events_at ATTACH PARTITION events_b_at_named;
