-- a changed mapping migrates: the configuration is made again, with the
-- index that names it (pg_dump prints the configuration whole)
CREATE TEXT SEARCH CONFIGURATION doc_cfg (COPY = english);
ALTER TEXT SEARCH CONFIGURATION doc_cfg ALTER MAPPING FOR asciiword WITH simple;
ALTER TEXT SEARCH CONFIGURATION doc_cfg DROP MAPPING FOR numword;
CREATE TABLE docs (body text);
CREATE INDEX docs_fts ON docs USING gin (to_tsvector('doc_cfg'::regconfig, body));
