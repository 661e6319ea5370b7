-- an extension and a trigram index that needs its operator class
CREATE EXTENSION pg_trgm WITH SCHEMA public;
CREATE TABLE docs (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX docs_body_trgm_idx ON docs USING gin (body gin_trgm_ops);
