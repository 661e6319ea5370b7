CREATE EXTENSION pg_trgm WITH SCHEMA public;
CREATE TABLE docs (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX docs_body_trgm_idx ON docs USING gist (body gist_trgm_ops);
