CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE users (
    id int PRIMARY KEY,
    team_id int,
    FOREIGN KEY (team_id, id) REFERENCES teams (id)
);
