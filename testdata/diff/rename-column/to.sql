-- a column renamed with a directive; its constraints and indexes follow it
CREATE TABLE users (
    id bigint PRIMARY KEY,
    -- schemac:renamed-from email
    email_address text NOT NULL CONSTRAINT users_email_key UNIQUE CONSTRAINT users_email_check CHECK (email_address LIKE '%@%'),
    name text
);
CREATE INDEX users_lower_email_idx ON users (lower(email_address));
