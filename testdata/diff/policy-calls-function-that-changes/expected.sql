DROP POLICY own ON secrets;

DROP FUNCTION me();

CREATE FUNCTION me(fallback text = 'nobody') RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.user', true), fallback) $$;

CREATE POLICY own ON secrets TO public USING (owner = me());
