CREATE TABLE members (team_id integer, user_id text);
CREATE TABLE projects (id integer, team_id integer);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON projects USING (EXISTS (SELECT 1 FROM members m WHERE m.team_id = projects.team_id));
