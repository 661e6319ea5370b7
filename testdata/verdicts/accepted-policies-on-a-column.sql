CREATE TABLE docs (id bigint PRIMARY KEY, owner_id text, title text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_read ON docs FOR SELECT USING (owner_id = current_user);
CREATE POLICY docs_write ON docs FOR UPDATE USING (docs.owner_id = current_user) WITH CHECK (owner_id IS NOT NULL);
