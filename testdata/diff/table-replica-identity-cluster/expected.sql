DROP INDEX events_at_idx;

DROP INDEX events_id_kind_idx;

CREATE TABLE audit (
    id bigint NOT NULL,
    what text,
    CONSTRAINT audit_pkey PRIMARY KEY (id)
);

ALTER TABLE events ALTER COLUMN at SET NOT NULL;

CREATE INDEX events_at_idx ON events (at DESC);

CREATE UNIQUE INDEX events_id_kind_idx ON events (id, kind, at);

ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;

ALTER TABLE accounts CLUSTER ON accounts_pkey;

ALTER TABLE audit REPLICA IDENTITY FULL;

ALTER TABLE audit CLUSTER ON audit_pkey;

ALTER TABLE events REPLICA IDENTITY USING INDEX events_id_kind_idx;

ALTER TABLE events CLUSTER ON events_at_idx;

ALTER TABLE logs REPLICA IDENTITY NOTHING;
