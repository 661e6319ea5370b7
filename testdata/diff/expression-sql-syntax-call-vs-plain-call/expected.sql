ALTER TABLE events DROP CONSTRAINT events_code_check;

DROP INDEX events_utc_idx;

ALTER TABLE events ADD CONSTRAINT events_code_check CHECK (SUBSTRING(code FROM 1 FOR 2) <> 'xx');

CREATE INDEX events_utc_idx ON events ((at AT TIME ZONE 'UTC'));
