CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE INDEX docs_live ON docs (id) WHERE deleted_at IS NULL;
