CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
CREATE INDEX ON docs (lower(owner_id));
ALTER TABLE docs DROP COLUMN owner_id;
