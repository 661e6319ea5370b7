-- a kept table references a unique index (not a constraint) of a table
-- that becomes partitioned, so is created again
CREATE TABLE events (
    kind text NOT NULL,
    id integer NOT NULL,
    payload text
);
CREATE UNIQUE INDEX events_kind_id ON events (kind, id);
CREATE TABLE event_notes (
    kind text,
    event_id integer,
    note text,
    CONSTRAINT event_notes_event_fkey FOREIGN KEY (kind, event_id) REFERENCES events (kind, id)
);
