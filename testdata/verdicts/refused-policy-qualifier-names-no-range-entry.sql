CREATE TABLE members (team_id integer, user_id text);
CREATE TABLE projects (id integer, team_id integer);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON projects USING (EXISTS (SELECT 1 FROM members WHERE members.team_id = projcets.team_id));
