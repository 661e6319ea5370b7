-- as written: AT TIME ZONE, and untyped interval literals next to + and -
CREATE TABLE events (
    id bigint PRIMARY KEY,
    created_at timestamp DEFAULT (now() AT TIME ZONE 'utc') NOT NULL,
    at timestamptz,
    due timestamp,
    CHECK (due + '1 day' > created_at),
    CHECK (due - interval '90 minutes' < created_at + '2 hours 30 minutes')
);
CREATE INDEX events_day_idx ON events (((at AT TIME ZONE 'UTC')::date));
CREATE INDEX events_local_idx ON events ((at AT TIME ZONE 'Europe/Paris'));
CREATE INDEX events_soon_idx ON events (due) WHERE due + '1 week' > created_at;
CREATE VIEW recent AS
    SELECT id, at AT TIME ZONE 'UTC' AS at_utc, due + '12 hours' AS late
    FROM events WHERE created_at > now() AT TIME ZONE 'utc' - '1 day'::interval;
