CREATE SCHEMA app;
CREATE TABLE app.logs (id bigint PRIMARY KEY, at timestamptz, level text);
