CREATE SCHEMA app;
CREATE TABLE app.events (at timestamptz, what text);
CREATE TABLE app.tags (name text UNIQUE);
