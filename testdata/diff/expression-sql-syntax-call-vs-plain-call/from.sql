-- functions called by name: timezone() and substring()
CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    code text NOT NULL,
    CONSTRAINT events_code_check CHECK (substring(code, 1, 2) <> 'xx')
);
CREATE INDEX events_utc_idx ON events ((timezone('UTC', at)));
