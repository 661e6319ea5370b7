CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
CREATE TABLE members (doc_id bigint, member text);
CREATE POLICY p ON docs USING (docs IS NOT NULL AND EXISTS (SELECT 1 FROM members m WHERE m.doc_id = id AND m.member = owner_id));
