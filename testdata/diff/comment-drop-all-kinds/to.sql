-- comments dropped, the objects stay (not an extension's: without one it has its control file's comment)
CREATE SCHEMA app;
CREATE EXTENSION pgcrypto WITH SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a', 'b');
CREATE SEQUENCE app.seq;
CREATE TABLE app.things (id integer PRIMARY KEY, kind app.kind);
CREATE INDEX things_kind_idx ON app.things (kind);
