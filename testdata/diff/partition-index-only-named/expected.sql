ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (kind, id);

ALTER TABLE events_a ADD CONSTRAINT events_a_key PRIMARY KEY (kind, id);

ALTER TABLE events_b ADD CONSTRAINT events_b_key PRIMARY KEY (kind, id);

CREATE INDEX events_at ON ONLY events (at);

CREATE INDEX events_a_at_named ON events_a (at);

CREATE INDEX events_b_at_named ON events_b (at);

ALTER INDEX events_at ATTACH PARTITION events_a_at_named;

ALTER INDEX events_pkey ATTACH PARTITION events_a_key;

ALTER INDEX events_at ATTACH PARTITION events_b_at_named;

ALTER INDEX events_pkey ATTACH PARTITION events_b_key;
