CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams (id));
CREATE TABLE keep (id integer);
