DROP INDEX events_kind_id_key CASCADE;

ALTER TABLE ONLY events ADD CONSTRAINT events_kind_id_key UNIQUE (kind, id);

ALTER TABLE events_a ADD CONSTRAINT events_a_kind_id_key UNIQUE (kind, id);

ALTER TABLE events_b ADD CONSTRAINT events_b_kind_id_key UNIQUE (kind, id);

ALTER INDEX events_kind_id_key ATTACH PARTITION events_a_kind_id_key;

ALTER INDEX events_kind_id_key ATTACH PARTITION events_b_kind_id_key;
