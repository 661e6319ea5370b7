CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
CREATE POLICY docs_read ON docs FOR SELECT USING (owner_id = current_user);
ALTER TABLE docs DROP COLUMN owner_id CASCADE;
