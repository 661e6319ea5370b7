CREATE TABLE docs (id int PRIMARY KEY, owner_id int NOT NULL, public boolean NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_read ON docs FOR SELECT USING (public OR owner_id = current_setting('app.user_id')::int);
CREATE POLICY docs_owner ON docs AS RESTRICTIVE USING (owner_id = current_setting('app.user_id')::int);
CREATE POLICY docs_insert ON docs FOR INSERT WITH CHECK (owner_id = current_setting('app.user_id')::int);
COMMENT ON POLICY docs_read ON docs IS 'public or own';
