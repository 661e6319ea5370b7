CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE POLICY p ON docs USING (docs.owner_id = current_user);
