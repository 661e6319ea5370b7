CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE VIEW titles AS SELECT id, owner_id FROM docs;
