CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
CREATE VIEW owners AS SELECT owner_id FROM docs;
ALTER TABLE docs DROP COLUMN owner_id;
