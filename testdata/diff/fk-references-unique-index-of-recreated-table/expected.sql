ALTER TABLE event_notes DROP CONSTRAINT event_notes_event_fkey;

-- schemac: destructive: table events and all its rows (created again: its partitioning changes)
DROP TABLE events;

CREATE TABLE events (
    kind text NOT NULL,
    id integer NOT NULL,
    payload text
) PARTITION BY LIST (kind);

CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');

CREATE UNIQUE INDEX events_kind_id ON events (kind, id);

ALTER TABLE event_notes ADD CONSTRAINT event_notes_event_fkey FOREIGN KEY (kind, event_id) REFERENCES events (kind, id);
