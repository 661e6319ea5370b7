CREATE UNLOGGED TABLE cache (key text PRIMARY KEY, value jsonb);
CREATE TABLE events (id bigint PRIMARY KEY);
