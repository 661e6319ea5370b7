CREATE TABLE secrets (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION me() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.user', true) $$;
CREATE POLICY own ON secrets USING (owner = me());
