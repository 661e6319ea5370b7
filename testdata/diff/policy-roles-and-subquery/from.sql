CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE members (team_id int REFERENCES teams, user_id int, PRIMARY KEY (team_id, user_id));
CREATE TABLE projects (id int PRIMARY KEY, team_id int REFERENCES teams);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON projects FOR SELECT TO pg_monitor USING (true);
