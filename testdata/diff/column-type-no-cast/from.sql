CREATE TABLE events (
    id integer PRIMARY KEY,
    doc text,
    flag integer,
    created bigint NOT NULL DEFAULT 0,
    ref integer UNIQUE
);
CREATE INDEX events_created_idx ON events (created);
