DROP POLICY docs_owner ON docs;

DROP POLICY docs_old ON docs;

CREATE POLICY docs_insert ON docs FOR INSERT TO public WITH CHECK (owner_id = current_setting('app.user_id')::int);

CREATE POLICY docs_owner ON docs AS RESTRICTIVE TO public USING (owner_id = current_setting('app.user_id')::int);

ALTER POLICY docs_read ON docs TO public USING (public OR owner_id = current_setting('app.user_id')::int);

COMMENT ON POLICY docs_read ON docs IS 'public or own';
