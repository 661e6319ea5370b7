ALTER POLICY member_read ON projects TO pg_monitor, pg_read_all_data USING (EXISTS (SELECT 1 FROM members WHERE members.team_id = projects.team_id AND members.user_id = current_setting('app.user_id')::int));

CREATE POLICY member_write ON projects FOR UPDATE TO public USING (team_id IN (SELECT m.team_id FROM members m WHERE m.user_id = current_setting('app.user_id')::int)) WITH CHECK (team_id IS NOT NULL);
