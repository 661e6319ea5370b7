CREATE TABLE users (
    id int PRIMARY KEY,
    team_id int REFERENCES team (id)
);
