-- one table becomes logged, another unlogged
CREATE TABLE cache (key text PRIMARY KEY, value jsonb);
CREATE UNLOGGED TABLE events (id bigint PRIMARY KEY);
