CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE TABLE tags (id bigint, tag text);
CREATE VIEW tagged AS SELECT id, title, tag FROM docs JOIN tags USING (id) WHERE EXISTS (SELECT 1 FROM tags t2 WHERE t2.id = docs.id AND tag IS NOT NULL);
