-- comments on every kind of object created in the same migration
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'schema';
CREATE EXTENSION pgcrypto WITH SCHEMA app;
COMMENT ON EXTENSION pgcrypto IS 'extension';
CREATE TYPE app.kind AS ENUM ('a', 'b');
COMMENT ON TYPE app.kind IS 'type';
CREATE SEQUENCE app.seq;
COMMENT ON SEQUENCE app.seq IS 'sequence';
CREATE TABLE app.things (id integer PRIMARY KEY, kind app.kind);
COMMENT ON TABLE app.things IS 'table';
COMMENT ON COLUMN app.things.kind IS 'column';
COMMENT ON CONSTRAINT things_pkey ON app.things IS 'constraint';
CREATE INDEX things_kind_idx ON app.things (kind);
COMMENT ON INDEX app.things_kind_idx IS 'index';
