-- an unlogged table
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE UNLOGGED TABLE cache (key text PRIMARY KEY, value jsonb, expires_at timestamptz);
