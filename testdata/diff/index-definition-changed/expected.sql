DROP INDEX events_at_idx;

DROP INDEX events_kind_idx;

DROP INDEX events_user_idx;

CREATE UNIQUE INDEX events_at_idx ON events (at);

CREATE INDEX events_kind_idx ON events (kind, at);

CREATE INDEX events_user_idx ON events (user_id) WHERE (user_id IS NOT NULL);
