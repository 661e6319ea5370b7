CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
CREATE TABLE members (doc_id bigint, member text);
CREATE POLICY p ON docs USING (EXISTS (SELECT 1 FROM members m WHERE m.doc_id = id AND m.user_id = owner_id));
