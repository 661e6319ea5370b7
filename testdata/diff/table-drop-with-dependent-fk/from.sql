CREATE TABLE teams (id integer PRIMARY KEY, name text);
CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer REFERENCES teams (id)
);
