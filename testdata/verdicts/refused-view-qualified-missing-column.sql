CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE VIEW titles AS SELECT d.id, d.owner_id FROM docs d;
