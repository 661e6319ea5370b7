CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE VIEW titles AS SELECT id FROM docs WHERE archived;
