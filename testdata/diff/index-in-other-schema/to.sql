-- an index on a table in another schema (the index lives in the table's schema)
CREATE SCHEMA app;
CREATE TABLE app.logs (id bigint PRIMARY KEY, at timestamptz, level text);
CREATE INDEX logs_at_idx ON app.logs (at DESC);
