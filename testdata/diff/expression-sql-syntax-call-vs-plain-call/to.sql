-- the same calls in the SQL standard's syntax (x AT TIME ZONE zone and
-- SUBSTRING(x FROM a FOR b)). Since PostgreSQL 14 a call keeps the syntax
-- it was written in (pg_dump prints it back so): the constraint and the
-- index are made again
CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    code text NOT NULL,
    CONSTRAINT events_code_check CHECK (substring(code FROM 1 FOR 2) <> 'xx')
);
CREATE INDEX events_utc_idx ON events ((at AT TIME ZONE 'UTC'));
