-- NOT NULL columns added with defaults (so existing rows get a value)
CREATE TABLE users (
    id bigint PRIMARY KEY,
    status text NOT NULL DEFAULT 'active',
    score integer NOT NULL DEFAULT 0,
    joined_at timestamptz NOT NULL DEFAULT now()
);
