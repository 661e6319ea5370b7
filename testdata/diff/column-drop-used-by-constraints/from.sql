CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer REFERENCES teams (id),
    number integer CHECK (number > 0),
    UNIQUE (team_id, number)
);
