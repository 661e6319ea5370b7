SET LOCAL lock_timeout = '5s';

DROP INDEX events_at_idx;

ALTER TABLE events ADD CONSTRAINT events_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);

CREATE UNIQUE INDEX event_kinds_kind_idx ON event_kinds (kind);

CREATE UNIQUE INDEX events_at_idx ON events (at, kind);
