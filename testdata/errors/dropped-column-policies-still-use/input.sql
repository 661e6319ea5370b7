-- owner_id was dropped from the table; both policies still use it
CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_read ON docs FOR SELECT USING (owner_id = current_user);
CREATE POLICY docs_write ON docs FOR UPDATE USING (owner_id = current_user);
