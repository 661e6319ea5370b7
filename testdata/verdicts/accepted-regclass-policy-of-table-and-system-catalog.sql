CREATE TABLE docs (id int, owner text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_p ON docs USING (has_table_privilege('docs'::regclass, 'SELECT') AND 'pg_class'::regclass IS NOT NULL);
