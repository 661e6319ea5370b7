-- a partitioned unique index whose partitions' indexes were attached and
-- then made their keys (ADD CONSTRAINT ... USING INDEX keeps them attached)
-- becomes a unique constraint: dropping the index takes the partitions'
-- keys with it (CASCADE), and they are made again and attached
CREATE TABLE events (id integer NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
ALTER TABLE events ADD CONSTRAINT events_kind_id_key UNIQUE (kind, id);
