-- the comment of every kind of object changes
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'schema, changed';
CREATE EXTENSION pgcrypto WITH SCHEMA app;
COMMENT ON EXTENSION pgcrypto IS 'extension, changed';
CREATE TYPE app.kind AS ENUM ('a', 'b');
COMMENT ON TYPE app.kind IS 'type, changed';
CREATE SEQUENCE app.seq;
COMMENT ON SEQUENCE app.seq IS 'sequence, changed';
CREATE TABLE app.things (id integer PRIMARY KEY, kind app.kind);
COMMENT ON TABLE app.things IS 'table, changed';
COMMENT ON COLUMN app.things.kind IS 'column, changed';
COMMENT ON CONSTRAINT things_pkey ON app.things IS 'constraint, changed';
CREATE INDEX things_kind_idx ON app.things (kind);
COMMENT ON INDEX app.things_kind_idx IS 'index, changed';
