CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE members (team_id int REFERENCES teams, user_id int, PRIMARY KEY (team_id, user_id));
CREATE TABLE projects (id int PRIMARY KEY, team_id int REFERENCES teams);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON projects FOR SELECT TO pg_monitor, pg_read_all_data
    USING (EXISTS (SELECT 1 FROM members WHERE members.team_id = projects.team_id
                   AND user_id = current_setting('app.user_id')::int));
CREATE POLICY member_write ON projects FOR UPDATE
    USING (team_id IN (SELECT m.team_id FROM members m WHERE m.user_id = current_setting('app.user_id')::int))
    WITH CHECK (team_id IS NOT NULL);
