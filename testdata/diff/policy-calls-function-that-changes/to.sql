CREATE TABLE secrets (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION me(fallback text DEFAULT 'nobody') RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.user', true), fallback) $$;
CREATE POLICY own ON secrets USING (owner = me());
