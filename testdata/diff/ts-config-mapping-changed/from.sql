-- a changed mapping migrates: the configuration is made again, with the
-- index that names it (pg_dump prints the configuration whole)
CREATE TEXT SEARCH CONFIGURATION doc_cfg (COPY = english);
CREATE TABLE docs (body text);
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('doc_cfg'::regconfig, body));
