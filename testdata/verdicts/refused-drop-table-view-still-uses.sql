CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
CREATE VIEW owners AS SELECT owner_id FROM docs;
DROP TABLE docs;
