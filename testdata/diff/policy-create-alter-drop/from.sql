CREATE TABLE docs (id int PRIMARY KEY, owner_id int NOT NULL, public boolean NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_read ON docs FOR SELECT USING (public);
CREATE POLICY docs_owner ON docs USING (owner_id = current_setting('app.user_id')::int);
CREATE POLICY docs_old ON docs FOR DELETE USING (false);
