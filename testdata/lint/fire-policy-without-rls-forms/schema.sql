CREATE SCHEMA app;
CREATE TABLE app.docs (id bigint PRIMARY KEY, owner text);
CREATE POLICY docs_a ON app.docs USING (owner = current_user);
CREATE POLICY docs_b ON app.docs FOR INSERT WITH CHECK (true);
CREATE TABLE app.renamed (id bigint PRIMARY KEY, owner text);
CREATE POLICY renamed_p ON app.renamed USING (true);
ALTER TABLE app.renamed RENAME TO renamed2;
ALTER POLICY renamed_p ON app.renamed2 RENAME TO renamed_q;
