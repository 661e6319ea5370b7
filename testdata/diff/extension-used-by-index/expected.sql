CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX docs_body_trgm_idx ON docs USING gin (body gin_trgm_ops);
